"""The labelled sentence corpus the role heads learn from (`data/roles/<lang>/*.jsonl`).

Each line is `{"text": ..., "roles": [...]}`; an empty list is a neutral sentence. The
corpus is kept in the repository, not in the package: only the trained heads ship.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from coach.errors import CoachError
from coach.scoring.judgement.roles import ROLES, Role


@dataclass(frozen=True)
class LabelledSentence:
    text: str
    roles: frozenset[Role]
    language: str
    source: str


class CorpusError(CoachError):
    """A corpus line that cannot be read; names the file and line."""


def load_corpus(root: Path) -> list[LabelledSentence]:
    """Every labelled sentence under `root` (one folder per language), in a stable order."""
    found: list[LabelledSentence] = []
    for path in sorted(root.glob("*/*.jsonl")):
        language = path.parent.name
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            where = f"{path}:{number}"
            try:
                item = json.loads(line)
                text = item["text"].strip()
                roles = frozenset(item["roles"])
            except (ValueError, KeyError, TypeError, AttributeError) as exc:
                raise CorpusError(f"{where}: not a {{text, roles}} object ({exc})") from exc
            unknown = sorted(r for r in roles if r not in ROLES)
            if unknown:
                raise CorpusError(f"{where}: unknown role {unknown[0]!r}")
            found.append(LabelledSentence(text, roles, language, where))
    return found
