"""The customer's own words quoted back are the customer's: the heads read the quoted
sarcasm as condescension, and the reply is not held in "Poor" for it. The sentences are
written for this test (not in the role corpus or the rated sets)."""

import pytest

from coach.scoring import score_reply
from coach.scoring.judgement.judge import judge
from coach.scoring.quoted import quoted_sentences
from coach.scoring.rated import _bundled
from coach.text.analysis import analyze

QUOTING = [
    (
        "missing-feature-en",
        '"Or should I just buy a paper diary?" No need: recurring tasks are not out yet, '
        "but an automation rule repeats the task for you today.",
        '"Or should I just buy a paper diary?"',
    ),
    (
        "missing-feature-ru",
        "«Браво. Это вообще планируется, или мне купить бумажный ежедневник?» Ежедневник не "
        "понадобится: повторяющихся задач пока нет, но правило автоматизации уже сегодня "
        "создаёт задачу заново.",
        "Это вообще планируется, или мне купить бумажный ежедневник?»",
    ),
]


def _scenario(scenario_id: str):
    return _bundled().scenarios[scenario_id]


@pytest.mark.parametrize(("scenario_id", "reply", "quote"), QUOTING)
def test_the_heads_read_the_quoted_words_as_condescension(scenario_id, reply, quote):
    # Otherwise the tests below could not fail.
    scenario = _scenario(scenario_id)
    sentence = next(
        s for s in judge(analyze(reply, scenario.language)).sentences if quote in s.text
    )
    assert sentence.p("condescension") >= 0.6


@pytest.mark.parametrize(("scenario_id", "reply", "quote"), QUOTING)
def test_a_quotation_of_the_customer_is_not_judged_the_agents(scenario_id, reply, quote):
    scenario = _scenario(scenario_id)
    rubric = _bundled().rubrics[scenario.rubric]
    report = score_reply(reply, rubric, scenario)
    assert not [f for f in report.findings if f.role == "condescension"]
    assert "judged-blame" not in report.capped_by


def test_the_customers_words_are_found_across_sentences_and_line_breaks():
    scenario = _scenario("missing-feature-ru")
    analysis = analyze(QUOTING[1][1], "ru")
    assert len(quoted_sentences(analysis, scenario)) == 2


@pytest.mark.parametrize(
    "reply",
    [
        # Scare quotes around a phrase of the customer's mock it.
        'Hi Marcus, "powerful task manager", right?',
        # Words of the agent's own about the quotation are judged with it.
        'Honestly, asking "should I just buy a paper diary" only shows you never opened the '
        "settings page.",
        # Quotation marks around words the customer never wrote.
        '"Nobody reads the release notes anyway, do they?"',
    ],
)
def test_what_is_not_a_quotation_of_the_customer(reply):
    scenario = _scenario("missing-feature-en")
    analysis = analyze(reply, "en")
    assert quoted_sentences(analysis, scenario) == frozenset()


def test_a_quotation_longer_than_the_customers_messages_is_not_theirs():
    # The customer's whole message twice over holds their words but is not a quotation.
    scenario = _scenario("missing-feature-en")
    message = " ".join(scenario.turns[0].message.replace('"', "").split())
    long_quote = f'"{message} {message}"'
    assert quoted_sentences(analyze(long_quote, "en"), scenario) == frozenset()


def test_without_a_scenario_nothing_is_the_customers():
    analysis = analyze('"Or should I just buy a paper diary?"', "en")
    assert quoted_sentences(analysis, None) == frozenset()
