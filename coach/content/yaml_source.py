"""Safe YAML loading that keeps every node's position, for file:line:column errors.

PyYAML's composer is used directly: it builds a node tree with marks and never constructs
arbitrary Python objects. Two guards run on the tree before any value is built: duplicate
mapping keys (PyYAML silently keeps the last one, so a trainer's copy-paste slip would
vanish) and the expanded size (aliases make a DAG; a "billion laughs" document is small on
disk but huge once expanded).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from coach.content.issues import ContentIssue

MAX_FILE_BYTES = 512 * 1024
MAX_EXPANDED_NODES = 200_000


class YamlError(Exception):
    """A file that cannot be turned into data; carries the located issue."""

    def __init__(self, issue: ContentIssue) -> None:
        super().__init__(str(issue))
        self.issue = issue


@dataclass(frozen=True)
class LocatedDocument:
    """Plain data from one YAML file plus the node tree to locate any path inside it."""

    path: Path
    data: Any
    root: yaml.Node

    def locate(self, loc: Sequence[str | int], at_key: bool = False) -> tuple[int, int]:
        """1-based (line, column) of the deepest node that `loc` reaches.

        A wrong scalar is reported where its value is written; with `at_key` (an unknown
        key) or for a container, the position of its key.
        """
        node: yaml.Node = self.root
        mark = node.start_mark
        for part in loc:
            if isinstance(node, yaml.MappingNode) and isinstance(part, str):
                for key_node, value_node in node.value:
                    if isinstance(key_node, yaml.ScalarNode) and key_node.value == part:
                        mark = key_node.start_mark
                        node = value_node
                        break
                else:
                    break
            elif isinstance(node, yaml.SequenceNode) and isinstance(part, int):
                if not 0 <= part < len(node.value):
                    break
                node = node.value[part]
                mark = node.start_mark
            else:
                break
        if not at_key:
            mark = _value_mark(node, mark)
        return mark.line + 1, mark.column + 1

    def issue(self, loc: Sequence[str | int], message: str, at_key: bool = False) -> ContentIssue:
        line, column = self.locate(loc, at_key)
        return ContentIssue(self.path, line, column, message)


def _value_mark(node: yaml.Node, key_mark: yaml.Mark) -> yaml.Mark:
    # Scalars are reported at the value (where the wrong thing is written); containers at
    # their key, because a block container's own mark is the line after the key.
    if isinstance(node, yaml.ScalarNode):
        return node.start_mark
    return key_mark


def load_yaml(path: Path) -> LocatedDocument:
    """Read, guard and construct one YAML file; raises `YamlError` with a location."""
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise YamlError(
                ContentIssue(
                    path,
                    1,
                    1,
                    f"file is {size // 1024} KiB; content files are limited to "
                    f"{MAX_FILE_BYTES // 1024} KiB (split it into several scenarios)",
                )
            )
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise YamlError(
            ContentIssue(path, 1, 1, f"file is not UTF-8 text ({exc.reason}); save it as UTF-8")
        ) from exc
    except OSError as exc:
        raise YamlError(ContentIssue(path, 1, 1, f"cannot read file: {exc.strerror}")) from exc
    return parse_yaml(text, path)


def parse_yaml(text: str, path: Path) -> LocatedDocument:
    """Parse YAML text already in memory (used by `load_yaml` and by tests)."""
    loader = yaml.SafeLoader(text)
    try:
        root = loader.get_single_node()
        if root is None:
            raise YamlError(ContentIssue(path, 1, 1, "file is empty"))
        _check_tree(root, path)
        data = loader.construct_document(root)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        problem = exc.problem or exc.context or "invalid YAML"
        hint = _hint_for(problem)
        raise YamlError(ContentIssue(path, line, column, f"YAML syntax: {problem}{hint}")) from exc
    except yaml.YAMLError as exc:
        raise YamlError(ContentIssue(path, 1, 1, f"YAML syntax: {exc}")) from exc
    finally:
        loader.dispose()
    return LocatedDocument(path=path, data=data, root=root)


def _hint_for(problem: str) -> str:
    if "mapping values are not allowed" in problem:
        return " (a value containing ': ' must be quoted)"
    if "found character '\\t'" in problem:
        return " (indent with spaces, not tabs)"
    return ""


def _check_tree(root: yaml.Node, path: Path) -> None:
    sizes: dict[int, int] = {}
    visiting: set[int] = set()
    stack: list[tuple[yaml.Node, bool]] = [(root, False)]
    # Iterative post-order walk: deep nesting must not hit Python's recursion limit.
    while stack:
        node, children_done = stack.pop()
        key = id(node)
        if key in sizes:
            continue
        children = _children(node)
        if not children_done:
            if key in visiting:
                continue
            visiting.add(key)
            if any(id(child) in visiting and id(child) not in sizes for child in children):
                mark = node.start_mark
                raise YamlError(
                    ContentIssue(path, mark.line + 1, mark.column + 1, "an alias refers to itself")
                )
            stack.append((node, True))
            stack.extend((child, False) for child in children if id(child) not in sizes)
            if isinstance(node, yaml.MappingNode):
                _check_duplicate_keys(node, path)
            continue
        total = 1 + sum(sizes.get(id(child), 0) for child in children)
        if total > MAX_EXPANDED_NODES:
            mark = node.start_mark
            raise YamlError(
                ContentIssue(
                    path,
                    mark.line + 1,
                    mark.column + 1,
                    "document expands to too many values through aliases (&anchor/*alias); "
                    "write the values out instead",
                )
            )
        sizes[key] = total


def _children(node: yaml.Node) -> list[yaml.Node]:
    if isinstance(node, yaml.MappingNode):
        return [part for pair in node.value for part in pair]
    if isinstance(node, yaml.SequenceNode):
        return list(node.value)
    return []


def _check_duplicate_keys(node: yaml.MappingNode, path: Path) -> None:
    seen: set[str] = set()
    for key_node, _ in node.value:
        if not isinstance(key_node, yaml.ScalarNode):
            continue
        if key_node.value in seen:
            mark = key_node.start_mark
            raise YamlError(
                ContentIssue(
                    path,
                    mark.line + 1,
                    mark.column + 1,
                    f"duplicate key '{key_node.value}' (the earlier value would be lost)",
                )
            )
        seen.add(key_node.value)
