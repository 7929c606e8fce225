"""No module under coach/ reaches into another library's private names.

A private name (one leading underscore, not a dunder) is free to move in any release, so
using one lets a minor upgrade break scoring. Each module's source is parsed and checked
for `import x._y`, `from x._y import z`, `from x import _y`, and `x._y` or
`getattr(x, "_y")` where `x` is a name bound by importing a third-party module or a name
from one; and, in a class derived from a third-party class, for a private name of that
base overridden or used (`def _query_server`, `self._TIMEOUT`). Our own modules
(`coach.*`) and the standard library are not third-party.
"""

from __future__ import annotations

import ast
import importlib
import sys
from collections.abc import Collection
from pathlib import Path
from typing import Any

import pytest

import coach

PACKAGE = Path(coach.__file__).parent
ROOT = PACKAGE.parent


def is_private(name: str) -> bool:
    return name.startswith("_") and not (name.startswith("__") and name.endswith("__"))


def is_third_party(module: str) -> bool:
    top = module.split(".", 1)[0]
    return top not in {"coach", "__future__"} and top not in sys.stdlib_module_names


def private_uses(source: str) -> list[str]:
    """Each private third-party name `source` uses, as "line: what"."""
    tree = ast.parse(source)
    found: list[str] = []
    # Local names bound to third-party modules or their names, and what each stands for.
    imported: dict[str, str] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Import | ast.ImportFrom):
            found += _private_imports(node, imported)
    for node in ast.walk(tree):
        if isinstance(node, ast.expr) and _is_private_access(node, imported.keys()):
            found.append(f"{node.lineno}: {ast.unparse(node)}")
        elif isinstance(node, ast.ClassDef):
            found += _private_overrides(node, imported)
    return found


def _private_imports(node: ast.Import | ast.ImportFrom, imported: dict[str, str]) -> list[str]:
    """What `node` imports privately from third-party modules; records the names it binds."""
    if isinstance(node, ast.Import):
        found = []
        for alias in node.names:
            if is_third_party(alias.name):
                if any(map(is_private, alias.name.split("."))):
                    found.append(f"{node.lineno}: import {alias.name}")
                if alias.asname:
                    imported[alias.asname] = alias.name
                else:
                    top = alias.name.split(".", 1)[0]
                    imported[top] = top
        return found
    if node.level or node.module is None or not is_third_party(node.module):
        return []
    found = []
    if any(map(is_private, node.module.split("."))):
        found.append(f"{node.lineno}: from {node.module} import ...")
    for alias in node.names:
        if is_private(alias.name):
            found.append(f"{node.lineno}: from {node.module} import {alias.name}")
        imported[alias.asname or alias.name] = f"{node.module}.{alias.name}"
    return found


def _private_overrides(node: ast.ClassDef, imported: dict[str, str]) -> list[str]:
    """Private names of a third-party base class that `node` defines or uses on itself."""
    bases = [base for expr in node.bases if (base := _third_party_object(expr, imported))]
    if not bases:
        return []
    used: list[tuple[int, str]] = []
    for child in ast.walk(node):
        if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef) and child in node.body:
            used.append((child.lineno, child.name))
        elif isinstance(child, ast.Attribute) and (
            (isinstance(child.value, ast.Name) and child.value.id in {"self", "cls"})
            or (isinstance(child.value, ast.Call) and ast.unparse(child.value.func) == "super")
        ):
            used.append((child.lineno, child.attr))
    return [
        f"{line}: {node.name}.{name} (private in {ast.unparse(node.bases[0])})"
        for line, name in used
        if is_private(name) and any(hasattr(base, name) for base in bases)
    ]


def _third_party_object(expr: ast.expr, imported: dict[str, str]) -> Any:
    """The third-party object a base-class expression names, or None."""
    dotted = ast.unparse(expr)
    head, _, rest = dotted.partition(".")
    if head not in imported:
        return None
    path = imported[head] + ("." + rest if rest else "")
    parts = path.split(".")
    for split in range(len(parts), 0, -1):  # the longest importable module, then attributes
        try:
            target: Any = importlib.import_module(".".join(parts[:split]))
        except ImportError:
            continue
        for attribute in parts[split:]:
            target = getattr(target, attribute, None)
        return target
    return None


def _is_private_access(node: ast.expr, imported: Collection[str]) -> bool:
    """`x._y` (or `x.a._y`) or `getattr(x, "_y")` and kin, with `x` an imported name."""
    if isinstance(node, ast.Attribute):
        base = node.value
        while isinstance(base, ast.Attribute):
            base = base.value
        return is_private(node.attr) and isinstance(base, ast.Name) and base.id in imported
    return (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id in {"getattr", "setattr", "hasattr", "delattr"}
        and len(node.args) >= 2
        and isinstance(node.args[0], ast.Name)
        and node.args[0].id in imported
        and isinstance(node.args[1], ast.Constant)
        and isinstance(node.args[1].value, str)
        and is_private(node.args[1].value)
    )


def _modules() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


@pytest.mark.parametrize("path", _modules(), ids=lambda path: str(path.relative_to(ROOT)))
def test_no_private_names_of_other_libraries(path: Path) -> None:
    assert private_uses(path.read_text(encoding="utf-8")) == []


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        (
            "from textstat.backend.counts import _count_syllables",
            ["1: from textstat.backend.counts import _count_syllables"],
        ),
        (
            "from razdel.segmenters._impl import SentSplit",
            ["1: from razdel.segmenters._impl import ..."],
        ),
        ("import language_tool_python._deprecated", ["1: import language_tool_python._deprecated"]),
        ("import razdel\nrazdel.segmenters._window", ["2: razdel.segmenters._window"]),
        ("import numpy as np\nnp._core.multiarray", ["2: np._core"]),
        (
            "from language_tool_python import LanguageTool\nLanguageTool._TIMEOUT = 3",
            ["2: LanguageTool._TIMEOUT"],
        ),
        (
            "def f():\n    import pyphen\n    return getattr(pyphen, '_cache')",
            ["3: getattr(pyphen, '_cache')"],
        ),
        (  # a base class's private hook, overridden and called (pydantic is installed)
            "from pydantic import BaseModel\n"
            "class Model(BaseModel):\n"
            "    def _iter(self, *args):\n"
            "        self._helper = 1\n"
            "        return super()._iter(*args)\n",
            ["3: Model._iter (private in BaseModel)", "5: Model._iter (private in BaseModel)"],
        ),
        # Allowed: dunders, our own modules, the standard library, attributes of our names,
        # a subclass's own private names.
        ("import numpy\nnumpy.__version__", []),
        ("from coach.text.readability import _cmu_dictionary", []),
        ("import coach.text.readability\ncoach.text.readability._lock", []),
        ("from collections import namedtuple\nnamedtuple('P', 'x')._fields", []),
        ("import os\nos._exit", []),
        ("from razdel import sentenize\nself._client = sentenize", []),
        ("from . import _sibling", []),
    ],
)
def test_private_uses_finds_what_it_should(source: str, expected: list[str]) -> None:
    assert private_uses(source) == expected
