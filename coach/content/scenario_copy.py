"""A copy of a scenario's YAML text under a new id, every other byte kept.

Ids are unique across the content search path, so "Save a copy" of a bundled scenario
must give the copy an id of its own or the copy would fail to load as a duplicate. Only
the top-level `id` (and the `title`, so the trainee's library tells the two apart) are
replaced, in place, at their positions in the text: the trainer's comments, key order,
quoting and line breaks are kept as they were, with no round-trip YAML library.
"""

from __future__ import annotations

import json
import re
from collections.abc import Collection

import yaml

from coach.content.authoring_messages import declared_language, word
from coach.content.rubric import ID_PATTERN


def copy_id(scenario_id: str, taken: Collection[str]) -> str:
    """`<id>-copy`, or `<id>-copy-2`, `-3`… : the first one not in `taken`."""
    base = f"{scenario_id}-copy"
    candidate, number = base, 1
    while candidate in taken:
        number += 1
        candidate = f"{base}-{number}"
    return candidate


def with_new_id(text: str, new_id: str) -> str | None:
    """`text` with its top-level `id` replaced by `new_id` and " (copy)", in the language
    the file declares, appended to its `title`; None when the text is not a YAML mapping
    with a plain `id` to replace (it does not parse, or has no id: the caller saves it as
    typed and validation says why).

    A title written as a block scalar (`title: >`) keeps its text: rewriting one in place
    would have to re-fold its lines.
    """
    if not re.fullmatch(ID_PATTERN, new_id):
        raise ValueError(f"not a valid id: {new_id!r}")
    scalars = _top_level_scalars(text)
    if "id" not in scalars:
        return None
    title_suffix = word("copy_title_suffix", declared_language(text))
    node = scalars["id"]
    edits = [(node.start_mark.index, node.end_mark.index, new_id)]
    title = scalars.get("title")
    if title is not None and title.style not in ("|", ">"):
        # A JSON string is a valid YAML double-quoted scalar, whatever the title holds.
        quoted = json.dumps(title.value + title_suffix, ensure_ascii=False)
        edits.append((title.start_mark.index, title.end_mark.index, quoted))
    for start, end, replacement in sorted(edits, reverse=True):
        text = text[:start] + replacement + text[end:]
    return text


def scenario_id_of(text: str) -> str | None:
    """The top-level `id` written in `text`, if it parses and has a plain one."""
    node = _top_level_scalars(text).get("id")
    return None if node is None else str(node.value)


def _top_level_scalars(text: str) -> dict[str, yaml.ScalarNode]:
    """The top-level keys of `text` whose values are scalars, with their value nodes
    (composed only: nothing is constructed, and a broken file has none)."""
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError:
        return {}
    if not isinstance(root, yaml.MappingNode):
        return {}
    return {
        key.value: value
        for key, value in root.value
        if isinstance(key, yaml.ScalarNode) and isinstance(value, yaml.ScalarNode)
    }
