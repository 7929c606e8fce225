"""Check a scenario that is still being typed: the text of an unsaved editor buffer.

`DraftChecker.check(text, path)` validates `text` as `coach validate path` would validate
the saved file (the same loader, the whole content search path reserved so a reused id
is an error, the same unexercised-content warnings), without writing anything. The other
files of the search path are parsed once and reused while they are unchanged on disk:
parsing them is most of a validation's cost (about 1.8 s for the bundled content) and a
trainer pauses dozens of times a minute. `selftest_draft` then runs the selftest on the
scenario that loaded from the buffer.

A checker is not thread-safe; the workbench runs one check at a time on one worker.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from coach.content.authoring_messages import declared_language
from coach.content.issues import ContentIssue
from coach.content.library import Library, resolved_path
from coach.content.scenario import Scenario
from coach.content.yaml_source import (
    MAX_FILE_BYTES,
    LocatedDocument,
    YamlError,
    load_yaml,
    parse_yaml,
    too_large,
)
from coach.paths import content_search_path
from coach.scoring.library import load_library
from coach.scoring.selftest import ScenarioResult, selftest_scenario
from coach.scoring.unexercised import unexercised_warnings


@dataclass(frozen=True)
class DraftCheck:
    """What validating one buffer found.

    `errors` and `warnings` are located in the buffer (`path`, 1-based line and column);
    `library` is everything that loaded, the search path included, with the buffer's
    scenario (`scenario`, None when the buffer does not load) in place of the saved file.
    """

    path: Path
    errors: list[ContentIssue]
    warnings: list[ContentIssue] = field(default_factory=list)
    library: Library = field(default_factory=Library)
    scenario: Scenario | None = None

    @property
    def valid(self) -> bool:
        return not self.errors


class DraftChecker:
    """Validates buffers against the content search path (bundled + `folders`)."""

    def __init__(self, folders: Sequence[Path] = ()) -> None:
        self.search_path = content_search_path(folders)
        self._parsed: dict[Path, tuple[tuple[int, int], LocatedDocument]] = {}

    def check(self, text: str, path: Path) -> DraftCheck:
        """Validate `text` as the content of `path` (which may not exist yet)."""
        target = resolved_path(path)
        draft = self._parse_draft(text, path)

        def read(candidate: Path) -> LocatedDocument:
            if resolved_path(candidate) == target:
                if isinstance(draft, YamlError):
                    raise draft
                return draft
            return self._read_saved(candidate)

        library = load_library([path], rubrics_named=(), reserved=self.search_path, read=read)
        errors = [i for i in library.issues if resolved_path(i.path) == target]
        scenario = next(
            (s for s in library.scenarios.values() if resolved_path(Path(s.path)) == target),
            None,
        )
        warnings = unexercised_warnings(library, only={target}, read=read) if scenario else []
        return DraftCheck(path, errors, warnings, library, scenario)

    def _parse_draft(self, text: str, path: Path) -> LocatedDocument | YamlError:
        data = text.encode("utf-8")
        if len(data) > MAX_FILE_BYTES:
            message = too_large(len(data), declared_language(text))
            return YamlError(ContentIssue(path, 1, 1, message))
        try:
            document = parse_yaml(text, path)
        except YamlError as problem:
            return problem
        # The hash `load_yaml` gives the saved bytes: attempts scored against the draft and
        # against the saved file name the same content.
        digest = hashlib.sha256(data).hexdigest()[:16]
        return LocatedDocument(document.path, document.data, document.root, digest)

    def _read_saved(self, path: Path) -> LocatedDocument:
        # Keyed on modification time and size: a file saved meanwhile (by the workbench
        # or the trainer's own editor) is parsed again.
        key = resolved_path(path)
        try:
            info = os.stat(path)
        except OSError:
            return load_yaml(path)  # raises the located "cannot read" error
        stamp = (info.st_mtime_ns, info.st_size)
        cached = self._parsed.get(key)
        if cached is not None and cached[0] == stamp:
            return cached[1]
        document = load_yaml(path)
        self._parsed[key] = (stamp, document)
        return document


def selftest_draft(check: DraftCheck) -> ScenarioResult | None:
    """The selftest of the buffer's scenario, or None when the buffer does not load."""
    if check.scenario is None or not check.valid:
        return None
    return selftest_scenario(check.library, check.scenario)
