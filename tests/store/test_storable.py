"""A NUL pasted into a reply is stored (as U+FFFD) on both back ends, never refused."""

from __future__ import annotations

from coach.scoring import score_reply
from coach.store import HistoryFilter

REPLACEMENT = "\ufffd"


def test_nul_becomes_the_replacement_character_and_keeps_offsets():
    from coach.store.storable import storable

    assert storable("a\x00b\x00") == "a\ufffdb\ufffd"
    assert len(storable("a\x00b")) == 3
    assert storable("plain") == "plain"


def test_a_reply_with_a_nul_is_stored_with_its_findings_on_either_back_end(
    store, make_attempt, rubric_en, api_en
):
    text = "You are doing\x00 everything wrong. Study the docs.\x00"
    report = score_reply(text, rubric_en, api_en)
    assert any("\x00" in f.quote for f in report.findings)  # a finding quotes the NUL too
    attempt_id = store.record_attempt(make_attempt(text=text, the_report=report))
    stored = store.attempt(attempt_id)
    assert stored.reply_text == text.replace("\x00", REPLACEMENT)
    quoted = [f for f in stored.findings if f["quote"]]
    assert any(REPLACEMENT in f["quote"] for f in quoted)
    for finding in quoted:  # spans still point at the same characters
        assert stored.reply_text[finding["start"] : finding["end"]] == finding["quote"]


def test_drafts_reviews_and_names_with_a_nul_are_stored(store, make_attempt):
    store.save_draft("Anna", "api", 1, "half\x00 a thought")
    assert store.load_draft("Anna", "api", 1) == "half\ufffd a thought"
    attempt_id = store.record_attempt(make_attempt(trainee="Ol\x00ga"))
    assert store.trainees() == ["Anna", "Ol\ufffdga"]
    assert store.count_attempts(HistoryFilter(trainee="Ol\ufffdga")) == 1
    store.add_review(attempt_id, "Kim", "pasted\x00 comment")
    assert store.reviews(attempt_id)[0].comment == "pasted\ufffd comment"
