"""Safe YAML loading that keeps every node's position, for file:line:column errors.

PyYAML's composer is used directly: it builds a node tree with marks and never constructs
arbitrary Python objects. Two guards run on the tree before any value is built: duplicate
mapping keys (PyYAML silently keeps the last one, so a trainer's copy-paste slip would
vanish) and the expanded size (aliases make a DAG; a "billion laughs" document is small on
disk but huge once expanded).

Whatever a file holds, reading it ends in data or in one located `YamlError`: only regular
files are opened (a FIFO named `x.yaml` would block for ever, `/dev/zero` never ends), at
most `MAX_FILE_BYTES` are read (a `/proc` file says it is empty and is not), and the
characters, nesting depth and values PyYAML would raise about outside its own error
classes (a NUL byte, 1 000 nested lists, an integer of 5 000 digits, 2026-13-45) are
turned into messages at their line and column.
"""

from __future__ import annotations

import hashlib
import os
import re
import stat
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from coach.content.authoring_messages import (
    declared_language,
    os_reason,
    read_reason,
    say,
    word,
)
from coach.content.enums import DEFAULT_LANGUAGE
from coach.content.issues import ContentIssue
from coach.content.yaml_advice import advise

MAX_FILE_BYTES = 512 * 1024
MAX_EXPANDED_NODES = 200_000
# Scenario files nest six or seven levels; PyYAML's composer recurses once per level and
# hits Python's recursion limit near 1 000.
MAX_NESTING = 100
# Characters YAML forbids in a document (the set PyYAML's reader refuses), found here
# first so the message can say where and which.
_NON_PRINTABLE = re.compile(
    "[^\x09\x0a\x0d\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]"
)
_CONTROL_NAMES = {0x00: "NUL", 0x07: "BEL", 0x08: "backspace", 0x1B: "ESC", 0x7F: "DEL"}


class YamlError(Exception):
    """A file that cannot be turned into data; carries the located issue."""

    def __init__(self, issue: ContentIssue) -> None:
        super().__init__(str(issue))
        self.issue = issue


class UnreadFileError(YamlError):
    """A path whose text could not be read at all (a folder, a pipe, a loop of symlinks,
    no permission): it declares no language, so the caller picks the one to say it in
    (`issue_in`); `issue` says it in English.

    `os_error`, when given, fills the message's `{reason}` in the language asked for.
    """

    def __init__(
        self,
        path: Path,
        message_id: str,
        os_error: OSError | ValueError | None = None,
        **values: Any,
    ) -> None:
        self.path = path
        self.message_id = message_id
        self.os_error = os_error
        self.values = values
        super().__init__(self.issue_in(DEFAULT_LANGUAGE))

    def issue_in(self, language: str) -> ContentIssue:
        values = dict(self.values)
        if self.os_error is not None:
            values["reason"] = os_reason(self.os_error, language)
        return ContentIssue(self.path, 1, 1, say(self.message_id, language, **values))


@dataclass(frozen=True)
class LocatedDocument:
    """Plain data from one YAML file plus the node tree to locate any path inside it."""

    path: Path
    data: Any
    root: yaml.Node
    # Of the bytes that were parsed (the file may change after it was read).
    content_hash: str = ""

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

    @property
    def language(self) -> str:
        """The language the file declares, in which its author reads the messages; English
        when it declares none (or not as text)."""
        declared = self.data.get("language") if isinstance(self.data, dict) else None
        return declared if isinstance(declared, str) else DEFAULT_LANGUAGE

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
    data = read_content_bytes(path)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line, column = _byte_position(data, exc.start)
        language = declared_language(data.decode("utf-8", errors="replace"))
        reason = read_reason(exc.reason, language)
        message = say("not_utf8", language, reason=reason)
        raise YamlError(ContentIssue(path, line, column, message)) from exc
    document = parse_yaml(text, path)
    digest = hashlib.sha256(data).hexdigest()[:16]
    return LocatedDocument(document.path, document.data, document.root, digest)


def read_content_bytes(path: Path) -> bytes:
    """The bytes of one content file, at most `MAX_FILE_BYTES`; anything that is not a
    regular file, or cannot be read, raises `UnreadFileError`, and a file over the limit
    `YamlError` (in the language its first part declares)."""

    # O_NONBLOCK: opening a FIFO for reading otherwise waits for a writer; fstat then
    # rules it out without reading from it.
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except (OSError, ValueError) as exc:
        raise UnreadFileError(path, "cannot_read_file", exc) from exc
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise UnreadFileError(path, "is_a_folder")
        if not stat.S_ISREG(info.st_mode):
            raise UnreadFileError(path, "not_a_regular_file")
        chunks = []
        remaining = MAX_FILE_BYTES + 1
        while remaining > 0:
            chunk = os.read(fd, min(remaining, 64 * 1024))
            if not chunk:
                break
            chunks.append(chunk)
            remaining -= len(chunk)
    except OSError as exc:
        raise UnreadFileError(path, "cannot_read_file", exc) from exc
    finally:
        os.close(fd)
    data = b"".join(chunks)
    if len(data) > MAX_FILE_BYTES:
        size = max(info.st_size, len(data))
        language = declared_language(data.decode("utf-8", errors="replace"))
        raise YamlError(ContentIssue(path, 1, 1, too_large(size, language)))
    return data


def too_large(size: int, language: str) -> str:
    """The message for content of `size` bytes, over `MAX_FILE_BYTES`."""
    return say("file_too_large", language, limit=MAX_FILE_BYTES // 1024, size=size // 1024)


def _byte_position(data: bytes, offset: int) -> tuple[int, int]:
    line_start = data.rfind(b"\n", 0, offset) + 1
    column = len(data[line_start:offset].decode("utf-8", errors="replace")) + 1
    return data.count(b"\n", 0, offset) + 1, column


def parse_yaml(text: str, path: Path) -> LocatedDocument:
    """Parse YAML text already in memory (used by `load_yaml` and by tests)."""
    language = declared_language(text)
    _check_characters(text, path, language)
    loader = _Loader(text, language)
    try:
        root = loader.get_single_node()
        if root is None:
            raise YamlError(ContentIssue(path, 1, 1, say("file_empty", language)))
        _check_tree(root, path, language)
        data = loader.construct_document(root)
    except yaml.MarkedYAMLError as exc:
        advice = advise(exc, text, language)
        if advice is not None:
            issue = ContentIssue(path, advice.line, advice.column, advice.message)
            raise YamlError(issue) from exc
        mark = exc.problem_mark or exc.context_mark
        line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        problem = exc.problem or exc.context or "invalid YAML"
        hint = _hint_for(problem, language)
        message = say("yaml_syntax", language, problem=problem, hint=hint)
        raise YamlError(ContentIssue(path, line, column, message)) from exc
    except yaml.YAMLError as exc:
        message = say("yaml_syntax", language, problem=exc, hint="")
        raise YamlError(ContentIssue(path, 1, 1, message)) from exc
    except _TooDeepError as exc:
        message = say("nesting_too_deep", language, limit=MAX_NESTING)
        raise YamlError(
            ContentIssue(path, exc.mark.line + 1, exc.mark.column + 1, message)
        ) from exc
    except RecursionError as exc:  # a guard missed a recursive path: still this file only
        message = say("nesting_too_deep_unlocated", language)
        raise YamlError(ContentIssue(path, 1, 1, message)) from exc
    finally:
        loader.dispose()
    return LocatedDocument(path=path, data=data, root=root)


def _check_characters(text: str, path: Path, language: str) -> None:
    found = _NON_PRINTABLE.search(text)
    if found is None:
        return
    offset = found.start()
    line = text.count("\n", 0, offset) + 1
    column = offset - (text.rfind("\n", 0, offset) + 1) + 1
    code = ord(found.group())
    name = _CONTROL_NAMES.get(code)
    shown = f"U+{code:04X}" + (f" ({name})" if name else "")
    message = say("character_not_allowed", language, character=shown)
    raise YamlError(ContentIssue(path, line, column, message))


class _TooDeepError(Exception):
    def __init__(self, mark: yaml.Mark) -> None:
        super().__init__("too deep")
        self.mark = mark


class _Loader(yaml.SafeLoader):
    """PyYAML's safe loader with two guards: a nesting limit while composing, and values
    whose construction raises a plain ValueError (an integer of more digits than Python
    converts, a date such as 2026-13-45) reported at the value."""

    def __init__(self, stream: str, language: str) -> None:
        super().__init__(stream)
        self._depth = 0
        self._language = language

    def compose_node(self, parent: yaml.Node | None, index: Any) -> yaml.Node | None:
        self._depth += 1
        try:
            if self._depth > MAX_NESTING:
                raise _TooDeepError(self.peek_event().start_mark)  # type: ignore[no-untyped-call]
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1

    def construct_object(self, node: yaml.Node, deep: bool = False) -> Any:
        try:
            return super().construct_object(node, deep)
        except (ValueError, OverflowError) as exc:
            reason = str(exc).split(";")[0]
            problem = say("cannot_read_value", self._language, reason=reason)
            raise yaml.constructor.ConstructorError(None, None, problem, node.start_mark) from exc


def _hint_for(problem: str, language: str) -> str:
    if "mapping values are not allowed" in problem:
        return word("hint_quote_colon", language)
    if "found character '\\t'" in problem:
        return word("hint_tabs", language)
    return ""


def _check_tree(root: yaml.Node, path: Path, language: str) -> None:
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
                message = say("alias_refers_to_itself", language)
                raise YamlError(ContentIssue(path, mark.line + 1, mark.column + 1, message))
            stack.append((node, True))
            stack.extend((child, False) for child in children if id(child) not in sizes)
            if isinstance(node, yaml.MappingNode):
                _check_duplicate_keys(node, path, language)
            continue
        total = 1 + sum(sizes.get(id(child), 0) for child in children)
        if total > MAX_EXPANDED_NODES:
            mark = node.start_mark
            message = say("alias_expansion", language)
            raise YamlError(ContentIssue(path, mark.line + 1, mark.column + 1, message))
        sizes[key] = total


def _children(node: yaml.Node) -> list[yaml.Node]:
    if isinstance(node, yaml.MappingNode):
        return [part for pair in node.value for part in pair]
    if isinstance(node, yaml.SequenceNode):
        return list(node.value)
    return []


def _check_duplicate_keys(node: yaml.MappingNode, path: Path, language: str) -> None:
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
                    say("duplicate_key", language, key=key_node.value),
                )
            )
        seen.add(key_node.value)
