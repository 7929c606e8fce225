"""Load content with the scoring layer's check schemas (the entry point callers use)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from coach.content.enums import Language
from coach.content.library import Library
from coach.content.library import load_library as _load_library
from coach.content.rubric import Rubric
from coach.content.yaml_source import LocatedDocument, load_yaml
from coach.errors import ContentError
from coach.paths import bundled_rubrics_dir
from coach.scoring.checks import CHECK_SCHEMAS
from coach.text.languages import codes, profile


def load_library(
    paths: Iterable[Path],
    rubrics_named: Iterable[Path] | None = None,
    reserved: Iterable[Path] = (),
    read: Callable[[Path], LocatedDocument] = load_yaml,
) -> Library:
    """Scenarios and rubrics under `paths`, plus the rubrics under `rubrics_named` that
    their scenarios may name (default: the bundled rubrics).

    `reserved`: content whose ids the files under `paths` must not reuse (see
    `coach.content.library.load_library`); `read` parses one file (the same).
    """
    extra = [bundled_rubrics_dir()] if rubrics_named is None else list(rubrics_named)
    return _load_library(
        list(paths),
        CHECK_SCHEMAS,
        extra_rubric_paths=extra,
        reserved_paths=list(reserved),
        read=read,
        languages=codes(),
    )


def default_rubric(language: Language, library: Library | None = None) -> Rubric:
    """The bundled default rubric for a language (its profile names it)."""
    library = library or load_library([bundled_rubrics_dir()])
    rubric_id = profile(language).default_rubric
    rubric = library.rubrics.get(rubric_id)
    if rubric is None:
        problems = "; ".join(str(i) for i in library.issues[:3])
        raise ContentError(
            f"the default {language} rubric '{rubric_id}' could not be loaded"
            + (f": {problems}" if problems else "")
        )
    return rubric
