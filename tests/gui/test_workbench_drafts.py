"""Workbench drafts on disk: one per scenario file, never offered for another file."""

from __future__ import annotations

import json
from pathlib import Path

from coach.gui.trainer.workbench_drafts import WorkbenchDrafts


def test_a_draft_per_file_and_one_for_the_new_scenario(tmp_path):
    drafts = WorkbenchDrafts(tmp_path / "drafts")
    a, b = tmp_path / "a.yaml", tmp_path / "b.yaml"
    assert drafts.save(a, "id: a\n")
    assert drafts.save(None, "id: new\n")
    assert drafts.load(a) == "id: a\n"
    assert drafts.load(b) is None
    assert drafts.load(None) == "id: new\n"
    # The same file by another spelling is the same draft.
    assert drafts.load(tmp_path / "x" / ".." / "a.yaml") == "id: a\n"
    drafts.clear(a)
    assert drafts.load(a) is None
    assert drafts.load(None) == "id: new\n"


def test_a_record_of_another_file_or_a_broken_one_is_not_offered(tmp_path):
    drafts = WorkbenchDrafts(tmp_path)
    a = tmp_path / "a.yaml"
    drafts.save(a, "id: a\n")
    (stored,) = tmp_path.glob("*.json")
    stored.write_text(json.dumps({"source": "/elsewhere.yaml", "text": "x"}), encoding="utf-8")
    assert drafts.load(a) is None
    stored.write_text("{not json", encoding="utf-8")
    assert drafts.load(a) is None


def test_an_unwritable_folder_is_reported_not_raised(tmp_path):
    blocked = tmp_path / "file"
    blocked.write_text("")
    drafts = WorkbenchDrafts(blocked / "drafts")  # a folder under a file cannot exist
    assert not drafts.save(Path("a.yaml"), "id: a\n")
    assert drafts.load(Path("a.yaml")) is None
