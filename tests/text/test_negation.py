import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from coach.text.analysis import analyze
from coach.text.negation import (
    as_sentence,
    free_clauses,
    governed_at,
    negated_by_a_later_clause,
    negated_sentences,
    negations_of,
)
from coach.text.phrases import find_phrases

_WORDS = ["I", "do", "not", "never", "no", "understand", "the", "limit", ",", "but", ".", "can't"]


@given(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=25).map(" ".join))
@settings(max_examples=300, deadline=None)
def test_the_quick_no_negation_test_agrees_with_the_full_one(text):
    analysis = analyze.__wrapped__(text, "en")
    negations = negations_of(analysis)
    count = len(analysis.tokens)
    for start in range(count):
        for end in range(start, min(count, start + 5)):
            full = bool(negations.positions) and (
                negations.reaches(start)
                or negations.inside(start, end)
                or negations.clitic_after(end)
            )
            assert negations.negate(start, end) == full


def test_a_negation_written_onto_the_last_word_negates_the_phrase():
    analysis = analyze("We can't change the plan, but we can move the date.", "en")
    matches = find_phrases(analysis, ["we can"])
    assert [(analysis.text[m.start : m.end], m.negated) for m in matches] == [
        ("We ca", True),
        ("we can", False),
    ]


def _free(text, language):
    analysis = analyze(text, language)
    return [clause for _, clause in free_clauses(analysis, negated_sentences(analysis))]


def test_a_clause_after_a_negated_opener_is_free():
    assert _free("Don't worry: I've refunded the full amount to your card.", "en") == [
        "I've refunded the full amount to your card."
    ]
    assert _free("Не переживайте, я уже вернула вам всю сумму за год.", "ru") == [
        "я уже вернула вам всю сумму за год."
    ]


def test_a_subordinate_clause_stays_under_the_negation_before_it():
    assert _free("I can't promise that the money arrives by Friday.", "en") == []
    assert _free("Не могу обещать, что деньги придут до пятницы.", "ru") == []
    assert _free("Не могу обещать, что деньги придут до пятницы, но я проверю статус.", "ru") == [
        "но я проверю статус."
    ]


def test_sentences_without_a_negation_have_no_free_clauses_to_add():
    assert _free("I've refunded the full amount, and it arrives by Friday.", "en") == []


def _governed(text, language, word):
    return governed_at(analyze(text, language), text.index(word))


def test_a_negation_governs_the_rest_of_its_clause_however_far():
    assert _governed("I can't promise it will be fixed before your demo.", "en", "fixed")
    assert _governed("Не могу обещать, что всё починят до демо.", "ru", "починят")
    # Put last, a short negated clause governs the subordinate clause before it.
    assert _governed("Обещать, что деньги придут до пятницы, я не могу.", "ru", "придут")


def test_a_negation_elsewhere_does_not_govern():
    assert not _governed("Don't worry, it will be back before your demo.", "en", "back")
    assert not _governed("It will be fixed before your demo, not later.", "en", "fixed")
    assert not _governed("Не переживайте, всё починят до демо.", "ru", "починят")
    assert not _governed("It will be fixed before your demo.", "en", "fixed")


def test_a_later_clause_opening_with_a_negation_governs_the_one_before():
    text = "Обещать, что всё заработает к демо, я не могу."
    assert negated_by_a_later_clause(analyze(text, "ru"), 0)
    text = "Обещать, что всё починят, могу только одно: это не займёт долго."
    assert not negated_by_a_later_clause(analyze(text, "ru"), 0)


@pytest.mark.parametrize(
    ("clause", "language", "sentence"),
    [
        (
            "and I've been told the patch goes out on Thursday",
            "en",
            "I've been told the patch goes out on Thursday.",
        ),
        (
            "so from then on every order arrives again.",
            "en",
            "From then on every order arrives again.",
        ),
        (
            "и ребята обещали выкатить исправление в среду",
            "ru",
            "Ребята обещали выкатить исправление в среду.",
        ),
        ("а данные целы!", "ru", "Данные целы!"),
        # A clause that is only its joining word stays as it was.
        ("and", "en", "And."),
    ],
)
def test_a_clause_reads_as_the_sentence_it_would_be(clause, language, sentence):
    assert as_sentence(clause, language) == sentence
