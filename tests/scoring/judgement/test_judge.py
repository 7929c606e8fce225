"""Sentences are judged by meaning: new wordings of blame and slang are caught, kind
sentences that resemble them are not, in English and Russian."""

import pytest

from coach.scoring.judgement.judge import judge
from coach.text.analysis import analyze


def roles_of(text: str, language: str) -> tuple[float, str, float]:
    (sentence,) = judge(analyze(text, language)).sentences
    role, p = sentence.strongest_positive()
    return sentence.negativity, role, p


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("engineers r on it, nothing else to say rn", "en"),
        ("lol yeah thats broken, try again later i guess", "en"),
        ("You should have read the setup guide before calling us.", "en"),
        ("ну короче всё упало, инженеры в курсе, чё ещё сказать", "ru"),
        ("Надо было читать инструкцию, прежде чем жаловаться.", "ru"),
    ],
)
def test_negative_sentences_are_judged_negative(text, language):
    negativity, _, _ = roles_of(text, language)
    assert negativity >= 0.5


@pytest.mark.parametrize(
    ("text", "language", "role"),
    [
        ("Hi Priya,", "en", "greeting"),
        ("Thank you for sending the exact request line.", "en", "appreciation"),
        ("I'll check tonight's run and write to you by 9:00.", "en", "next_step"),
        ("Здравствуйте, Ольга!", "ru", "greeting"),
        ("Спасибо, что сразу прислали номер счёта.", "ru", "appreciation"),
    ],
)
def test_good_moves_are_recognised_by_meaning(text, language, role):
    negativity, found, p = roles_of(text, language)
    assert (found, negativity < 0.5) == (role, True)
    assert p >= 0.5


def test_each_sentence_is_judged_once_and_cached_by_text():
    from coach.text.embedding import SentenceEncoder

    encoder = SentenceEncoder()
    text = "Hi Tom, thanks for writing in. I've cancelled the duplicate charge."
    judge(analyze(text, "en"), encoder=encoder)
    judge(analyze(text + " Talk soon!", "en"), encoder=encoder)
    assert (encoder.misses, encoder.hits) == (3, 2)


def test_a_listed_phrase_inside_a_kind_sentence_is_not_flagged():
    from coach.scoring import default_rubric, score_reply

    kind = score_reply("I'm so sorry you're dealing with it.", default_rubric("en"))
    rude = score_reply("Deal with it.", default_rubric("en"))
    assert [f for f in kind.findings if f.check_id == "dismissive"] == []
    assert [f.quote for f in rude.findings if f.check_id == "dismissive"] == ["Deal with it"]


# What the agent controls, said with a negation, is no over-promise: the hedged-promise
# corpus taught "It won't happen again" and these came out negative with it, until the
# controlled-negations corpus stood beside it. (Sentences written for this test.)
@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("You won't receive any more marketing e-mails from us.", "en"),
        ("Your address is now on our suppression list, so you won't get newsletters.", "en"),
        ("I cannot guarantee it will be fixed before your demo.", "en"),
        ("Ваш адрес теперь в стоп-листе, и рекламных писем вы больше не получите.", "ru"),
        ("Не могу обещать, что всё заработает до вашего демо.", "ru"),
    ],
)
def test_a_negated_statement_within_our_control_is_not_negative(text, language):
    (sentence,) = judge(analyze(text, language)).sentences
    assert not sentence.is_negative()


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("It won't happen again, I promise.", "en"),
        ("You won't be charged again, I guarantee it.", "en"),
        ("Больше такого не повторится, обещаю.", "ru"),
    ],
)
def test_a_negated_guarantee_is_still_an_over_promise(text, language):
    (sentence,) = judge(analyze(text, language)).sentences
    assert sentence.is_negative()
    assert sentence.strongest_negative()[0] == "over_promise"


# A negated promise word hedges what it governs; the heads alone read "fixed today" and
# "happen again" in these as promises (0.62 to 0.98). Sentences written for this test.
@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("I cannot guarantee it will be fixed today.", "en"),
        ("Nobody can guarantee it will be back before 11.", "en"),
        ("I can't promise this won't happen again, but the new checks make it less likely.", "en"),
        ("Гарантировать, что подобное не повторится, не может ни один инженер.", "ru"),
    ],
)
def test_a_hedged_promise_is_no_over_promise(text, language):
    (sentence,) = judge(analyze(text, language)).sentences
    assert sentence.p("over_promise") < 0.5
    assert not sentence.is_negative()


def test_what_a_hedge_does_not_govern_is_still_judged():
    text = "I can't promise a date, but it will definitely be fixed by Friday."
    (sentence,) = judge(analyze(text, "en")).sentences
    assert sentence.strongest_negative() == (
        "over_promise",
        pytest.approx(sentence.p("over_promise")),
    )
    assert sentence.p("over_promise") >= 0.5


def test_a_stance_needs_a_third_of_the_examples():
    from coach.scoring.judgement.judge import stance_of

    promises = (
        "I've refunded the full amount.",
        "I promise the money is back on your card tomorrow.",
        "Consider the fee waived, guaranteed.",
    )
    assert "over_promise" in stance_of(promises, "en")
    plain = tuple(f"Your invoice number {n} has been sent." for n in range(8))
    assert "condescension" not in stance_of((*plain, "Obviously you missed the button."), "en")


def _judged(**probabilities: float):
    import numpy as np

    from coach.scoring.judgement.judge import JudgedSentence
    from coach.scoring.judgement.roles import ROLES

    p = {role: probabilities.get(role, 0.0) for role in ROLES}
    return JudgedSentence(0, 1, "x", np.zeros(1, dtype=np.float32), p, 0.0)


@pytest.mark.parametrize(
    ("probabilities", "claim"),
    [
        ({"next_step": 0.6}, True),
        ({"over_promise": 0.3}, True),
        # The heads torn between a next step and a promise: still a claim to back.
        ({"next_step": 0.44, "over_promise": 0.27}, True),
        ({"next_step": 0.3, "action_taken": 0.2}, False),
        ({"explanation": 0.9, "greeting": 0.6}, False),
    ],
)
def test_a_claim_is_what_was_done_what_happens_next_or_a_promise(probabilities, claim):
    assert _judged(**probabilities).is_claim() is claim
