from pathlib import Path

import pytest

from coach.content.yaml_source import MAX_FILE_BYTES, YamlError, load_yaml, parse_yaml


def problem(text: str) -> str:
    with pytest.raises(YamlError) as info:
        parse_yaml(text, Path("f.yaml"))
    return str(info.value.issue)


def test_syntax_error_names_line_and_column():
    assert problem("id: a\ntitle: a: b\n") == (
        "f.yaml:2:9: YAML syntax: mapping values are not allowed here "
        "(a value containing ': ' must be quoted)"
    )


def test_duplicate_key_is_an_error_not_a_silent_overwrite():
    assert (
        problem("id: a\nid: b\n")
        == "f.yaml:2:1: duplicate key 'id' (the earlier value would be lost)"
    )


def test_alias_bomb_is_rejected_quickly():
    lines = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]']
    for i in range(1, 9):
        prev = chr(ord("a") + i - 1)
        name = chr(ord("a") + i)
        lines.append(f"{name}: &{name} [" + ",".join([f"*{prev}"] * 10) + "]")
    assert "too many values through aliases" in problem("\n".join(lines))


def test_recursive_alias_is_rejected():
    assert "refers to itself" in problem("a: &a [*a]\n")


def test_empty_file():
    assert problem("") == "f.yaml:1:1: file is empty"


def test_python_tags_are_never_executed():
    assert "could not determine a constructor" in problem(
        "a: !!python/object/apply:os.system [ls]\n"
    )


def test_oversized_file_is_rejected(tmp_path: Path):
    path = tmp_path / "big.yaml"
    path.write_text("a: " + "x" * (MAX_FILE_BYTES + 1))
    with pytest.raises(YamlError) as info:
        load_yaml(path)
    assert "content files are limited" in info.value.issue.message


def test_locate_points_at_keys_and_values():
    doc = parse_yaml("a:\n  b: [1, 2]\n  c: x\n", Path("f.yaml"))
    assert doc.locate(["a", "c"]) == (3, 6)
    assert doc.locate(["a", "b", 1]) == (2, 10)
    assert doc.locate(["a", "missing"]) == (1, 1)  # a missing key: at its parent
    assert doc.locate(["a", "c"], at_key=True) == (3, 3)
