"""Substitutions replace what they declare: the phrase, its clause or its sentence; and
`coach validate` refuses one that cannot fit where it goes."""

from __future__ import annotations

from pathlib import Path

import pytest

from coach.paths import bundled_rubrics_dir, bundled_scenarios_dir
from coach.rephrase.substitution import replace_spans, scope_span
from coach.scoring import load_library
from coach.scoring.report import ScoreReport

ROOT = Path(__file__).parent.parent.parent
GOOD = (ROOT / "tests/data/scenarios/api-en.yaml").read_text()


def errors(tmp_path: Path, text: str) -> list[str]:
    path = tmp_path / "s.yaml"
    path.write_text(text)
    return [str(i) for i in load_library([path]).issues]


def edit(old: str, new: str) -> str:
    assert old in GOOD
    return GOOD.replace(old, new, 1)


@pytest.mark.parametrize(
    ("sentence", "phrase", "replaces", "replacement", "expected"),
    [
        (
            "As per our terms, annual subscriptions are non-refundable after 30 days.",
            "non-refundable",
            "clause",
            "annual plans can be refunded within 30 days",
            "As per our terms, annual plans can be refunded within 30 days.",
        ),
        (
            "Hi Aiko, you should have been more careful, the button asks twice.",
            "you should have",
            "clause",
            "this is easy to miss",
            "Hi Aiko, this is easy to miss, the button asks twice.",
        ),
        (
            "Андрей, надо было отменять в течение 30 дней.",
            "надо было",
            "clause",
            "такое легко упустить",
            "Андрей, такое легко упустить.",
        ),
        (
            "Двойное списание — это, скорее всего, временная блокировка средств банком.",
            "временная блокировка",
            "sentence",
            "Двойное списание — ошибка нашей системы.",
            "Двойное списание — ошибка нашей системы.",
        ),
        (
            "Please utilize the export.",
            "utilize",
            "phrase",
            "use",
            "Please use the export.",
        ),
    ],
)
def test_scope_span(sentence, phrase, replaces, replacement, expected):
    start = sentence.index(phrase)
    a, b = scope_span(sentence, start, start + len(phrase), replaces)
    assert replace_spans(sentence, [(a, b, replacement)]) == expected


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        (
            '{phrase: your integration is broken, message: "x", replaces: sentence, '
            'replacements: ["the request needs one adjustment"]}',
            "replaces a whole sentence, so it must be one",
        ),
        (
            '{phrase: your integration is broken, message: "x", '
            'replacements: ["The request needs one adjustment."]}',
            "ends a sentence but replaces only a phrase",
        ),
        (
            '{phrase: your integration is broken, message: "x", replaces: paragraph, '
            'replacements: ["x"]}',
            "'paragraph' is not allowed here",
        ),
    ],
)
def test_validate_rejects_a_substitution_that_cannot_fit(tmp_path, entry, message):
    old = (
        '{phrase: your integration is broken, message: "“%s” blames the customer\'s code.", '
        'replacements: ["the request needs one adjustment"]}'
    )
    found = errors(tmp_path, edit(old, entry))
    assert any(message in line for line in found), found


def test_a_fitting_sentence_substitution_is_valid(tmp_path):
    old = (
        '{phrase: your integration is broken, message: "“%s” blames the customer\'s code.", '
        'replacements: ["the request needs one adjustment"]}'
    )
    new = (
        '{phrase: your integration is broken, message: "x", replaces: sentence, '
        'replacements: ["The request needs one small adjustment."]}'
    )
    assert errors(tmp_path, edit(old, new)) == []


def test_the_bundled_content_is_valid_with_declared_scopes():
    library = load_library([bundled_rubrics_dir(), bundled_scenarios_dir()])
    assert not library.issues, [str(i) for i in library.issues]


def test_the_scope_survives_a_report_round_trip(library):
    from coach.scoring import score_reply

    scenario = library.scenarios["test-api-en"]
    report = score_reply("You should have read it.", library.rubrics[scenario.rubric], scenario)
    again = ScoreReport.from_json(report.to_json())
    assert again == report
    scopes = {s.replaces for f in report.findings for s in f.suggestions}
    assert "clause" in scopes
