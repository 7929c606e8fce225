"""No `language == "ru"`-style branch, and no dict keyed by language codes, outside the
language profiles (coach/text/languages/): a language is a profile, looked up by code.

The scan reads the syntax tree, so a comparison with a code, a membership test or list
of codes, or a dict literal with a code as a key is found however it is formatted.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from coach.text.languages import codes

ROOT = Path(__file__).resolve().parent.parent
PROFILES = ROOT / "coach" / "text" / "languages"

# Files allowed to key on language codes, each with the reason.
ALLOWED = {
    "coach/content/authoring_messages.py": (
        "the trainer-facing validation messages are the content layer's translation table; "
        "content sits below coach.text and cannot look a profile up (a language without an "
        "entry reads English)"
    ),
}


def _is_code(node: ast.AST, known: frozenset[str]) -> bool:
    return isinstance(node, ast.Constant) and node.value in known


def language_branches(source: str, known: frozenset[str]) -> list[int]:
    """Line numbers of the code in `source` that branches on, chooses or keys by a language
    code."""
    return sorted({node.lineno for node in ast.walk(ast.parse(source)) if _keys_on(node, known)})


def _keys_on(node: ast.AST, known: frozenset[str]) -> bool:
    if isinstance(node, ast.Compare):
        return any(_is_code(side, known) for side in [node.left, *node.comparators])
    if isinstance(node, ast.Dict):
        return any(key is not None and _is_code(key, known) for key in node.keys)
    if isinstance(node, ast.IfExp):
        # `"ru" if cyrillic > latin else "en"`: choosing a language by a test.
        return _is_code(node.body, known) or _is_code(node.orelse, known)
    if isinstance(node, ast.List | ast.Tuple | ast.Set):
        # ("en", "ru"), choices=["en", "ru"], Literal["en", "ru"]: the list of languages.
        return sum(_is_code(item, known) for item in node.elts) >= 2
    return False


KNOWN = frozenset(codes())


@pytest.mark.parametrize(
    "source",
    [
        'if language == "ru":\n    pass\n',
        'x = "a" if "en" != rubric.language else "b"\n',
        'NAMES = {"en": "English", "ru": "Russian"}\n',
        'FLAGS = {"ru": 1}\n',
        'parser.add_argument("--lang", choices=["en", "ru"])\n',
        'Language = Literal["en", "ru"]\n',
        'return_value = "ru" if cyrillic > latin else "en"\n',
    ],
)
def test_the_scan_finds_a_language_branch(source: str) -> None:
    assert language_branches(source, KNOWN) == [1]


@pytest.mark.parametrize(
    "source",
    [
        'DEFAULT_LANGUAGE = "en"\n',
        'def f(language: str = "en") -> str:\n    return profile(language).name\n',
        'if position == "end":\n    pass\n',
        'WORDS = {"phrase": "phrase"}\n',
    ],
)
def test_the_scan_lets_plain_code_pass(source: str) -> None:
    assert language_branches(source, KNOWN) == []


def _core_files() -> list[Path]:
    return sorted(
        path
        for path in (ROOT / "coach").rglob("*.py")
        if PROFILES not in path.parents and "data" not in path.relative_to(ROOT).parts
    )


def test_no_language_branch_outside_the_profiles() -> None:
    found = {}
    for path in _core_files():
        name = path.relative_to(ROOT).as_posix()
        lines = language_branches(path.read_text(encoding="utf-8"), KNOWN)
        if lines and name not in ALLOWED:
            found[name] = lines
    assert not found, f"move these into a language profile (coach/text/languages/): {found}"


def test_every_allowed_file_still_needs_its_entry() -> None:
    for name in ALLOWED:
        source = (ROOT / name).read_text(encoding="utf-8")
        assert language_branches(source, KNOWN), f"{name} no longer keys on languages"
