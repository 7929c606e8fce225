"""A promise a scenario forbids is caught in wordings its examples do not share, in both
languages, and an honest limit that mentions the same subject is not.

The sentences below are written for this test (not in the role corpus or the scenarios):
each is put into the scenario's first good trainer example, before its closing.
"""

import pytest

from coach.scoring import score_reply
from coach.scoring.rated import _bundled

FORBIDDEN = [
    (
        "refund-outside-policy-en",
        "Good news: I've pushed through a full refund of the $240 for you.",
    ),
    ("refund-outside-policy-en", "You'll see the whole amount back on your card by Friday."),
    ("mass-outage-en", "It will definitely be back up well before your demo."),
    ("mass-outage-en", "I can promise logins will work again within the hour."),
    ("mass-outage-ru", "Всё гарантированно заработает задолго до вашего демо."),
    ("mass-outage-ru", "Обещаю, через полчаса вход уже будет работать."),
    ("refund-outside-policy-ru", "Хорошая новость: я уже вернул вам всю сумму за год."),
    ("refund-outside-policy-ru", "Деньги целиком вернутся на карту до пятницы."),
    ("api-params-vip-en", "I'll get our engineers to lift the page_size limit to 1000 today."),
]
HONEST = [
    (
        "refund-outside-policy-en",
        "I can't refund the renewal after 30 days, but I've asked our billing lead to review it.",
    ),
    ("mass-outage-en", "I can't promise a time yet, but I'll update you by 10:30."),
    ("mass-outage-ru", "Пообещать точное время пока не могу, но в 10:30 напишу, что известно."),
    (
        "refund-outside-policy-ru",
        "Вернуть деньги после 30 дней я не могу, но попросила руководителя биллинга "
        "рассмотреть исключение.",
    ),
]


def _score_with(scenario_id, sentence):
    library = _bundled()
    scenario = library.scenarios[scenario_id]
    good = scenario.examples.good[0].text.strip()
    parts = good.split("\n\n")
    text = (
        "\n\n".join([*parts[:-1], sentence, parts[-1]]) if len(parts) > 1 else f"{good} {sentence}"
    )
    rubric = library.rubrics[scenario.rubric]
    return score_reply(good, rubric, scenario).overall, score_reply(text, rubric, scenario)


@pytest.mark.parametrize(("scenario_id", "sentence"), FORBIDDEN)
def test_a_forbidden_promise_in_new_words_holds_the_reply_down(scenario_id, sentence):
    good, report = _score_with(scenario_id, sentence)
    assert good >= 85
    assert report.overall <= 60
    assert any(f.quote and sentence[:20] in f.quote for f in report.findings if not f.is_positive)


@pytest.mark.parametrize(("scenario_id", "sentence"), HONEST)
def test_an_honest_limit_on_the_same_subject_is_not_a_promise(scenario_id, sentence):
    good, report = _score_with(scenario_id, sentence)
    assert report.overall >= good - 10


# A negation in front of the promise ("don't worry") used to hide the whole sentence from
# meaning matching; a negation that governs the promise ("can't promise that…") still does.
AFTER_A_NEGATION = [
    (
        "refund-outside-policy-en",
        "Don't worry: I've pushed through a full refund of the $240 for you.",
    ),
    ("refund-outside-policy-ru", "Не переживайте, я уже вернул вам всю сумму за год."),
    ("mass-outage-en", "No stress, it will definitely be back up well before your demo."),
]
GOVERNED = [
    ("mass-outage-en", "I can't promise that it will be back up before your demo."),
    ("mass-outage-en", "I cannot guarantee it will be fixed before your demo."),
    ("mass-outage-ru", "Не могу обещать, что всё заработает до вашего демо."),
    # Russian may put the negation last: it still governs the clause before it.
    (
        "double-charge-ru",
        "Зачисление зависит от банка, поэтому обещать, что деньги вернутся к пятнице, я не буду.",
    ),
]


@pytest.mark.parametrize(("scenario_id", "sentence"), AFTER_A_NEGATION)
def test_a_forbidden_promise_after_a_negated_opener_is_still_caught(scenario_id, sentence):
    _, report = _score_with(scenario_id, sentence)
    assert report.overall <= 60
    promise = sentence.split(maxsplit=2)[-1][-30:]
    assert any(f.quote and promise in f.quote for f in report.findings if not f.is_positive)


@pytest.mark.parametrize(("scenario_id", "sentence"), GOVERNED)
def test_a_promise_under_a_negation_is_not_made(scenario_id, sentence):
    good, report = _score_with(scenario_id, sentence)
    assert report.overall >= good - 10


# A long sentence that also says good things is too far from the examples as a whole; its
# clause with the promise is not.
INSIDE_A_LONG_SENTENCE = [
    (
        "refund-outside-policy-en",
        "I'm sorry about the renewal, but given the circumstances I've pushed through a full "
        "refund of the $240 for you, and I'll send you the confirmation today.",
    ),
    (
        "refund-outside-policy-ru",
        "Мне жаль, что так вышло с продлением, поэтому я уже вернул вам всю сумму за год, "
        "а подтверждение пришлю сегодня.",
    ),
]


@pytest.mark.parametrize(("scenario_id", "sentence"), INSIDE_A_LONG_SENTENCE)
def test_a_forbidden_promise_inside_a_long_sentence_is_caught(scenario_id, sentence):
    _, report = _score_with(scenario_id, sentence)
    assert report.overall <= 60


# What the trainers themselves say shares its words with a forbidden statement's examples
# and is not that statement: it is nearer to the scenario's material.
WHAT_THE_TRAINERS_SAY = [
    ("team-invite-permissions-en", "Your current role is Member."),
    ("team-invite-permissions-en", "Only admins can invite, and your role is Member."),
]


# A sentence on the forbidden subject that plainly does not do what the examples do (they
# promise a bigger page; this reports what the logs show, over-promise near 0) needs a
# closer match: it was critical at 0.61 by the lower bar of an unbacked claim.
NOT_WHAT_THE_EXAMPLES_DO = [
    (
        "api-params-vip-en",
        "I've looked through the logs for your API key, and both errors are there.",
    ),
    ("api-params-vip-ru", "Я просмотрела журналы по вашему ключу API, обе ошибки там видны."),
]


@pytest.mark.parametrize(
    ("scenario_id", "sentence"), WHAT_THE_TRAINERS_SAY + NOT_WHAT_THE_EXAMPLES_DO
)
def test_a_sentence_on_a_forbidden_subject_that_does_not_say_it_is_not_forbidden(
    scenario_id, sentence
):
    good, report = _score_with(scenario_id, sentence)
    assert not any(f.severity == "critical" for f in report.findings)
    assert report.overall >= good - 10


# A claim the scenario's material says nothing near, on a forbidden statement's subject,
# is that statement in words the encoder puts further from its examples (0.5-0.6).
UNBACKED_CLAIMS = [
    (
        "angry-vip-manager-ru",
        "Чтобы сгладить ситуацию, SMS для «Линии здоровья» до июля будут за наш счёт.",
    ),
    ("refund-outside-policy-ru", "Неиспользованные месяцы вернутся на вашу карту ещё до выходных."),
    # Done deeds the heads hear as actions taken, not promises (over-promise 0.05-0.08),
    # 0.75-0.77 from the entry's examples: held to the entry's own bar, not a stricter one.
    ("api-params-vip-en", "I've requested that your API key be whitelisted for bigger pages."),
    (
        "api-params-vip-en",
        "I've asked the API team to whitelist your key so 500 records per page go through.",
    ),
]


@pytest.mark.parametrize(("scenario_id", "sentence"), UNBACKED_CLAIMS)
def test_an_unbacked_claim_on_a_forbidden_subject_is_caught(scenario_id, sentence):
    _, report = _score_with(scenario_id, sentence)
    assert report.overall <= 60
    assert any(f.severity == "critical" and f.quote for f in report.findings)


# A promise in a clause of a longer sentence is matched as the sentence the clause would be
# on its own: "и они пообещали исправить всё к среде" scored 100 while the encoder heard
# its "и" and its missing full stop.
IN_A_CLAUSE = [
    (
        "escalation-l3-ru",
        "Задачу я передала разработчикам (ENG-5521), и они пообещали исправить всё к среде, "
        "так что заказы снова пойдут.",
    ),
    (
        "escalation-l3-en",
        "I've passed it to our developers as ENG-5521, and I've heard the fix goes out on "
        "Wednesday, so your orders will arrive again from then.",
    ),
]


@pytest.mark.parametrize(("scenario_id", "sentence"), IN_A_CLAUSE)
def test_a_forbidden_promise_in_a_clause_is_caught(scenario_id, sentence):
    good, report = _score_with(scenario_id, sentence)
    assert good >= 85
    assert report.overall <= 60
    critical = [f.quote for f in report.findings if f.severity == "critical"]
    assert critical
    assert all(quote in sentence for quote in critical)


# A negation can say what a forbidden statement says ("won't fail you again" is the
# promise that it never fails again): a negated sentence is compared with the entry's
# examples that hold a negation of their own, where it used to be skipped.
NEVER_AGAIN = [
    ("angry-vip-manager-en", "Rest assured, your reminders won't fail you again."),
    ("angry-vip-manager-en", "Nothing like this will ever happen to your clinics again."),
    ("angry-vip-manager-ru", "Даю слово: ваши напоминания больше не подведут."),
    ("angry-vip-manager-ru", "Гарантирую, что сбоев больше не будет."),
]


@pytest.mark.parametrize(("scenario_id", "sentence"), NEVER_AGAIN)
def test_a_promise_made_with_a_negation_is_the_forbidden_statement(scenario_id, sentence):
    good, report = _score_with(scenario_id, sentence)
    assert good >= 85
    critical = [f.quote for f in report.findings if f.severity == "critical"]
    assert critical
    assert all(quote in sentence for quote in critical)
