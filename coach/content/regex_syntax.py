"""The structure of a trainer's regular expression, read without running it.

Python's own parser (`re._parser`) is private and may change in any release, so this
module reads the pattern syntax itself: literal characters, single-character matchers
(classes, escapes, `.`), zero-width assertions, groups with their alternatives, and
repetitions with their bounds. That is all two uses need:

- validation (`pattern_problem`) refuses what would hang or crash the scorer: repetition
  nested inside unbounded repetition (`(a+)+$` doubles its time with every character of
  a near-miss), repeat counts beyond any use (`a{4294967296}` overflows `re`), and groups
  nested deeper than anyone writes (2 000 of them exhaust `re`'s recursion);
- screening (`coach.text.regex_screen`) finds words every match must contain.

The walk is iterative, so no pattern can exhaust the recursion limit here either. A
pattern this module cannot read raises `PatternSyntaxError`; validation then lets `re`
say what is wrong with it.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import Literal

# Repeat counts and nesting far above anything a support-reply pattern needs, far below
# what breaks the engines (`re` refuses counts of 2**32 with an OverflowError and
# recurses once per nested group).
MAX_REPEAT = 1000
MAX_GROUP_DEPTH = 50
MAX_PATTERN_LENGTH = 5000
# Outer repetitions at most this often may hold an unbounded one: `(?:\w+ ){1,5}` is
# polynomial of a small degree, `(?:\w+ ){1,50}` is not.
SMALL_REPEAT = 10

Kind = Literal["literal", "atom", "assertion", "group"]


class PatternSyntaxError(ValueError):
    """The pattern is not one this reader understands (usually not a valid pattern)."""


@dataclass
class Item:
    """One element of a pattern, repeated `low` to `high` times (None: unbounded).

    `literal`: the character `text`; `atom`: one character from a set (`\\d`, `[a-z]`,
    `.`) or a back-reference; `assertion`: zero-width (`\\b`, `^`, lookarounds);
    `group`: `branches`, alternatives each a sequence of items.
    """

    kind: Kind
    text: str = ""
    branches: list[list[Item]] = field(default_factory=list)
    low: int = 1
    high: int | None = 1

    @property
    def repeated(self) -> bool:
        return (self.low, self.high) != (1, 1)


_SIMPLE_ESCAPES = {"a": "\a", "f": "\f", "n": "\n", "r": "\r", "t": "\t", "v": "\v"}
_CLASS_ESCAPES = frozenset("dDsSwW")
_ASSERTION_ESCAPES = frozenset("bBAZ")
_OCTAL = frozenset("01234567")
_DIGITS = frozenset("0123456789")
_FLAG_LETTERS = frozenset("aiLmsux")
# After "(?": the openings that need no more reading, and what the group is.
_GROUP_PREFIXES = (
    (":", ""),
    (">", ""),
    ("=", "lookaround"),
    ("!", "lookaround"),
    ("<=", "lookaround"),
    ("<!", "lookaround"),
)
_QUANTIFIER = re.compile(r"\{(\d*)(?:(,)(\d*))?\}")


def parse_pattern(pattern: str, verbose: bool = False) -> list[list[Item]]:
    """The top-level alternatives of `pattern`, each a list of items.

    `verbose` is the `re.VERBOSE` flag given outside the pattern; `(?x)` inside it is
    read too. Raises `PatternSyntaxError`.
    """
    return _Reader(pattern, verbose).read()


def pattern_problem(pattern: str) -> str | None:
    """Why `pattern` must not be used for scoring, or None. Raises `PatternSyntaxError`
    when the pattern cannot be read (`re` then says what is wrong)."""
    if len(pattern) > MAX_PATTERN_LENGTH:
        return (
            f"the pattern is {len(pattern)} characters long; patterns are limited to "
            f"{MAX_PATTERN_LENGTH} (split it into several entries)"
        )
    try:
        branches = parse_pattern(pattern)
    except _TooDeepError:
        return (
            f"groups are nested more than {MAX_GROUP_DEPTH} deep; no reply pattern needs "
            "that many (look for a run of '(')"
        )
    stack: list[tuple[list[Item], int]] = [(branch, 0) for branch in branches]
    while stack:
        items, loops = stack.pop()
        for item in items:
            for bound in (item.low, item.high):
                if bound is not None and bound > MAX_REPEAT:
                    return (
                        f"repeat count {bound} is too large (at most {MAX_REPEAT}); "
                        "use + or * for 'any number'"
                    )
            many = item.high is None or item.high > SMALL_REPEAT
            if item.kind == "group":
                inner = loops + 1 if many else loops
                stack.extend((branch, inner) for branch in item.branches)
            if item.high is None and loops:
                return (
                    "nested repetition such as (a+)+ or (\\w+\\s?)* can take exponential "
                    "time on a reply that almost matches; repeat the group or its "
                    "contents, not both (e.g. (a+)+ -> a+), or give the outer a small "
                    "bound like {1,5}"
                )
    return None


class _Reader:
    """One pass over the pattern with an explicit stack of open groups."""

    def __init__(self, pattern: str, verbose: bool) -> None:
        self.source = pattern
        self.at = 0
        self.verbose = [verbose]

    def read(self) -> list[list[Item]]:
        self._global_flags()
        # Each open group: its item, its alternatives so far, whether it switched verbose.
        root = Item("group", branches=[[]])
        stack: list[tuple[Item, bool]] = [(root, False)]
        source = self.source
        while self.at < len(source):
            char = source[self.at]
            group = stack[-1][0]
            items = group.branches[-1]
            if self.verbose[-1] and (char.isspace() or char == "#"):
                self._skip_verbose()
                continue
            if char == "|":
                self.at += 1
                group.branches.append([])
            elif char == ")":
                if len(stack) == 1:
                    raise PatternSyntaxError("unbalanced parenthesis")
                self.at += 1
                _, switched = stack.pop()
                if switched:
                    self.verbose.pop()
            elif char == "(":
                self._enter(stack)
            elif char in "*+?{":
                self._quantifier(items)
            else:
                items.append(self._atom())
        if len(stack) != 1:
            raise PatternSyntaxError("missing ), unterminated subpattern")
        return root.branches

    def _enter(self, stack: list[tuple[Item, bool]]) -> None:
        opened = self._open_group()
        items = stack[-1][0].branches[-1]
        if isinstance(opened, Item):
            items.append(opened)  # a back-reference by name
        elif opened is not None:
            item, switched = opened
            items.append(item)
            stack.append((item, switched))
            if len(stack) - 1 > MAX_GROUP_DEPTH:
                raise _TooDeepError("groups nested too deep")

    def _global_flags(self) -> None:
        while True:
            found = re.match(r"\(\?([aiLmsux]+)\)", self.source[self.at :])
            if found is None:
                return
            if "x" in found.group(1):
                self.verbose[-1] = True
            self.at += found.end()

    def _skip_verbose(self) -> None:
        if self.source[self.at] == "#":
            end = self.source.find("\n", self.at)
            self.at = len(self.source) if end < 0 else end + 1
        else:
            self.at += 1

    def _open_group(self) -> tuple[Item, bool] | Item | None:
        """A new group (and whether it switched verbose mode on or off), a back-reference
        `(?P=name)`, or None for a comment."""
        source = self.source
        self.at += 1
        if not source.startswith("?", self.at):
            return Item("group", branches=[[]]), False
        self.at += 1
        rest = source[self.at : self.at + 3]
        if rest.startswith(("#", "P=")):  # a comment, a back-reference by name
            end = source.find(")", self.at)
            if end < 0:
                raise PatternSyntaxError("missing ), unterminated comment or name")
            self.at = end + 1
            return Item("atom", text="backref") if rest.startswith("P") else None
        if rest.startswith("P<"):
            end = source.find(">", self.at)
            if end < 0:
                raise PatternSyntaxError("missing >, unterminated name")
            self.at = end + 1
            return Item("group", branches=[[]]), False
        for prefix, kind in _GROUP_PREFIXES:
            if rest.startswith(prefix):
                self.at += len(prefix)
                return Item("group", text=kind, branches=[[]]), False
        if rest.startswith("("):
            end = source.find(")", self.at)
            if end < 0:
                raise PatternSyntaxError("missing ), unterminated name")
            self.at = end + 1
            # (?(1)yes|no): either branch may be taken, so it requires nothing.
            return Item("group", text="conditional", branches=[[]]), False
        found = re.match(r"([aiLmsux]*)(?:-([imsx]+))?:", source[self.at :])
        if found is None:
            raise PatternSyntaxError("unknown extension")
        self.at += found.end()
        on, off = found.group(1), found.group(2) or ""
        if "x" in on or "x" in off:
            self.verbose.append("x" in on)
            return Item("group", branches=[[]]), True
        return Item("group", branches=[[]]), False

    def _quantifier(self, items: list[Item]) -> None:
        source = self.source
        char = source[self.at]
        if char == "{":
            found = _QUANTIFIER.match(source, self.at)
            if found is None or found.group() == "{}":
                items.append(Item("literal", text="{"))
                self.at += 1
                return
            low = int(found.group(1)) if found.group(1) else 0
            high: int | None = low
            if found.group(2):
                high = int(found.group(3)) if found.group(3) else None
            if high is not None and high < low:
                raise PatternSyntaxError("min repeat greater than max repeat")
            self.at = found.end()
        else:
            low, high = {"*": (0, None), "+": (1, None), "?": (0, 1)}[char]
            self.at += 1
        if not items or items[-1].kind == "assertion":
            raise PatternSyntaxError("nothing to repeat")
        target = items[-1]
        if target.repeated:
            raise PatternSyntaxError("multiple repeat")
        target.low, target.high = low, high
        if source.startswith(("?", "+"), self.at):  # lazy or possessive
            self.at += 1

    def _atom(self) -> Item:
        source = self.source
        char = source[self.at]
        if char == "[":
            self._skip_class()
            return Item("atom", text="class")
        if char == ".":
            self.at += 1
            return Item("atom", text=".")
        if char in "^$":
            self.at += 1
            return Item("assertion", text=char)
        if char == "\\":
            return self._escape()
        self.at += 1
        return Item("literal", text=char)

    def _escape(self) -> Item:
        source = self.source
        if self.at + 1 >= len(source):
            raise PatternSyntaxError("bad escape (end of pattern)")
        char = source[self.at + 1]
        self.at += 2
        if char in _ASSERTION_ESCAPES:
            return Item("assertion", text="\\" + char)
        if char in _CLASS_ESCAPES:
            return Item("atom", text="\\" + char)
        if char in _SIMPLE_ESCAPES:
            return Item("literal", text=_SIMPLE_ESCAPES[char])
        if char in "xuUN":
            return Item("literal", text=self._coded_character(char))
        if char in _DIGITS:
            return self._numeric_escape(char)
        if char.isascii() and char.isalnum():
            raise PatternSyntaxError(f"bad escape \\{char}")
        return Item("literal", text=char)

    def _coded_character(self, char: str) -> str:
        """The character of `\\xhh`, `\\uhhhh`, `\\Uhhhhhhhh` or `\\N{NAME}`."""
        source = self.source
        if char == "N":
            end = source.find("}", self.at)
            if not source.startswith("{", self.at) or end < 0:
                raise PatternSyntaxError("missing {NAME}")
            try:
                text = unicodedata.lookup(source[self.at + 1 : end])
            except KeyError as exc:
                raise PatternSyntaxError("undefined character name") from exc
            self.at = end + 1
            return text
        width = {"x": 2, "u": 4, "U": 8}[char]
        digits = source[self.at : self.at + width]
        if len(digits) != width or not all(c in "0123456789abcdefABCDEF" for c in digits):
            raise PatternSyntaxError(f"incomplete escape \\{char}{digits}")
        self.at += width
        code = int(digits, 16)
        if code > 0x10FFFF:
            raise PatternSyntaxError("bad escape")
        return chr(code)

    def _numeric_escape(self, char: str) -> Item:
        """`\\0`, `\\012` and `\\101` are characters; `\\1` to `\\99` back-references."""
        source = self.source
        if char == "0":
            digits = "0"
            while len(digits) < 3 and source[self.at : self.at + 1] in _OCTAL:
                digits += source[self.at]
                self.at += 1
            return Item("literal", text=chr(int(digits, 8)))
        following = source[self.at : self.at + 2]
        if char in _OCTAL and len(following) == 2 and set(following) <= _OCTAL:
            self.at += 2
            code = int(char + following, 8)
            if code > 0o377:
                raise PatternSyntaxError("octal escape value outside of range")
            return Item("literal", text=chr(code))
        if source[self.at : self.at + 1] in _DIGITS:
            self.at += 1
        return Item("atom", text="backref")

    def _skip_class(self) -> None:
        source = self.source
        at = self.at + 1
        if source.startswith("^", at):
            at += 1
        if source.startswith("]", at):
            at += 1
        while at < len(source):
            char = source[at]
            if char == "\\":
                at += 2
                continue
            if char == "]":
                self.at = at + 1
                return
            at += 1
        raise PatternSyntaxError("unterminated character set")


class _TooDeepError(PatternSyntaxError):
    """Groups nested deeper than `MAX_GROUP_DEPTH`."""
