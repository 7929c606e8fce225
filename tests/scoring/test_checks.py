"""Every check type, in both languages, through the bundled rubrics and test scenarios.

Each row: the scenario language, the rubric check id, a reply, the expected score of that
check (None = not applicable) and the text a finding must quote (or "" for none).
"""

from dataclasses import replace

import pytest

from coach.scoring import score_reply

LONG_EN = "This is a sentence that goes on " + "and on " * 20 + "until the reader is lost."
LONG_RU = "Это предложение тянется " + "и тянется " * 20 + "пока читатель не устанет."


def outcome(library, scenario_id, text, check_id):
    scenario = library.scenarios[scenario_id]
    report = score_reply(text, library.rubrics[scenario.rubric], scenario)
    (check,) = [c for c in report.checks if c.check_id == check_id]
    quotes = [f.quote for f in report.findings if f.check_id == check_id and f.quote]
    return check.score, quotes, report


CASES = [
    # phrases (courtesy)
    ("en", "courtesy", "Thanks, I'll look into it today.", 1.0, "Thanks"),
    ("en", "courtesy", "Noted. Done.", 0.0, ""),
    ("ru", "courtesy", "Спасибо, я всё проверю сегодня.", 1.0, "Спасибо"),
    ("ru", "courtesy", "Принято. Сделано.", 0.0, ""),
    # avoid (blame), with negation forgiven
    (
        "en",
        "blame",
        "You are doing everything wrong. Read the documentation.",
        0.0,
        "You are doing everything wrong",
    ),
    ("en", "blame", "It is not your fault at all.", 1.0, ""),
    (
        "ru",
        "blame",
        "Вы всё делаете неправильно, изучите документацию.",
        0.0,
        "Вы всё делаете неправильно",
    ),
    ("ru", "blame", "Это точно не ваша вина.", 1.0, ""),
    # avoid (condescension) quoting %s
    ("en", "condescension", "As I already said, it works.", 0.5, "As I already said"),
    ("ru", "condescension", "Как я уже говорил, всё работает.", 0.5, "Как я уже говорил"),
    # readability
    (
        "en",
        "readability",
        "We fixed it. You can log in now. Thanks for your patience. Write to me any time.",
        1.0,
        "",
    ),
    (
        "ru",
        "readability",
        "Мы всё исправили. Теперь можно войти. Спасибо за терпение. Пишите в любое время.",
        1.0,
        "",
    ),
    ("en", "readability", "Short.", None, ""),
    # sentence length
    ("en", "sentence-length", LONG_EN, 0.0, LONG_EN),
    ("ru", "sentence-length", LONG_RU, 0.0, LONG_RU),
    # spelling
    ("en", "spelling", "I will recieve the file.", 0.0, "recieve"),
    ("ru", "spelling", "Мы исправели ошибку.", 0.0, "исправели"),
    # shouting
    ("en", "shouting", "This is NOT ACCEPTABLE!!", 0.3, "NOT ACCEPTABLE"),
    ("en", "shouting", "Call the VIP desk ASAP.", 1.0, ""),
    ("en", "shouting", "The API returns JSON.", 1.0, ""),
    ("ru", "shouting", "Это НЕДОПУСТИМО!!!", 0.3, "НЕДОПУСТИМО"),
    # customer name (any inflection)
    ("en", "customer-name", "Hi Daniel, thanks.", 1.0, "Daniel"),
    ("en", "customer-name", "Hi there, thanks.", 0.0, ""),
    ("ru", "customer-name", "Ольге я уже ответила.", 1.0, "Ольге"),
    ("ru", "customer-name", "Добрый день, ОЛЬГА!", 1.0, "ОЛЬГА"),
    ("ru", "customer-name", "Ольгин вопрос решён, ольга.", 0.0, ""),
    ("en", "customer-name", "Thanks, DANIEL. Daniel’s export works.", 1.0, "DANIEL"),
    # moves: greeting at the start only, closing at the end only
    ("en", "greeting", "Hello Daniel,\nthe export works now.", 1.0, "Hello Daniel,"),
    ("en", "greeting", "The export works now. Hello again.", 0.0, ""),
    ("ru", "greeting", "Добрый день, Ольга! Всё работает.", 1.0, "Добрый день, Ольга!"),
    ("en", "closing", "It works now.\nBest regards,\nAnna", 1.0, "Best regards,"),
    ("ru", "closing", "Всё работает.\nС уважением,\nАнна", 1.0, "С уважением,"),
    # next step: owner/time qualifies, bare instruction earns partial credit
    (
        "en",
        "next-step",
        "I will check the logs and write back by 3 pm.",
        1.0,
        "I will check the logs and write back by 3 pm.",
    ),
    ("en", "next-step", "Please send me the response of the next call.", 0.5, ""),
    ("en", "next-step", "Try later.", 0.0, ""),  # a brush-off, not a step
    (
        "ru",
        "next-step",
        "Я проверю логи и напишу вам до 15:00.",
        1.0,
        "Я проверю логи и напишу вам до 15:00.",
    ),
    (
        "ru",
        "next-step",
        "Пришлите мне, пожалуйста, ответ сервера после следующего запуска.",
        0.5,
        "",
    ),
    ("ru", "next-step", "Попробуйте позже.", 0.0, ""),  # отмахивание, а не шаг
    # key points with synonyms and requires-groups
    ("en", "key-points", "Set page_size to 100, and I will verify the request.", 1.0, "page_size"),
    ("en", "key-points", "Set page size to one hundred.", 0.5, "page size"),
    ("ru", "key-points", "Укажите page_size 100, я проверю запрос.", 1.0, "page_size"),
    ("ru", "key-points", "Всё будет хорошо.", 0.0, ""),
    # length per channel (the test scenarios are e-mail)
    ("en", "length", "Fixed.", 1 / 35, ""),
    ("ru", "length", "Исправлено.", 1 / 30, ""),
    # repetition
    (
        "en",
        "repetition",
        "I am so sorry about this. I am so sorry about this. I am so sorry about this.",
        0.2,
        "I am so sorry about this.",
    ),
    (
        "ru",
        "repetition",
        "Мне очень жаль, что так вышло. Мне очень жаль, что так вышло.",
        0.6,
        "Мне очень жаль, что так вышло.",
    ),
    # scenario-specific avoid entries, critical ones cap the overall
    ("en", "blame", "Your integration is broken.", 0.4, "Your integration is broken"),
    ("en", "over-promise", "I guarantee a full refund.", 0.4, "I guarantee"),
    ("en", "over-promise", "I can't promise it, but I will try.", 1.0, ""),
    ("en", "forbidden", "I guarantee a full refund.", 0.0, "refund"),
    ("ru", "robotic", "Все данные сохранены.", 1.0, ""),
    ("ru", "robotic", "Данная функция недоступна.", 0.65, "Данная"),
    ("ru", "dismissive", "Простите, что заставили вас ждать.", 1.0, ""),
    ("ru", "over-promise", "Гарантирую, что всё заработает.", 0.4, "Гарантирую"),
    # respect: credit for a reply of some length with no hostile wording
    (
        "en",
        "respect",
        "I checked the request and the page_size is the only thing to change.",
        1.0,
        "",
    ),
    (
        "en",
        "respect",
        "As I already said, the page_size is the only thing to change here.",
        0.0,
        "",
    ),
    ("en", "respect", "Fixed.", None, ""),
    (
        "ru",
        "respect",
        "Я проверила ваш запрос: поменять нужно только один параметр, page_size.",
        1.0,
        "",
    ),
    (
        "ru",
        "respect",
        "Вы всё делаете неправильно, поменяйте параметр page_size в запросе.",
        0.0,
        "",
    ),
    # appreciation (thanks) is apart from acknowledging feelings
    ("en", "appreciation", "Thanks for sending the logs.", 1.0, "Thanks for"),
    ("en", "acknowledge", "Thanks for sending the logs.", 0.0, ""),
    ("ru", "appreciation", "Спасибо за подробные логи.", 1.0, "Спасибо за"),
    # data safety (critical)
    ("en", "data-safety", "Your card 4111 1111 1111 1111 was charged.", 0.0, "4111 1111 1111 1111"),
    ("ru", "data-safety", "Пароль: qwerty123", 0.0, "Пароль: qwerty123"),
]


@pytest.mark.parametrize(("language", "check_id", "text", "score", "quote"), CASES)
def test_check(library, language, check_id, text, score, quote):
    actual, quotes, _ = outcome(library, f"test-api-{language}", text, check_id)
    if score is None:
        assert actual is None
    else:
        assert actual == pytest.approx(score, abs=0.01)
    if quote:
        assert quote in quotes
    elif score == 1.0:
        assert not any(q for q in quotes if q in text and check_id in ("blame", "spelling"))


def test_apology_only_applies_when_something_went_wrong(library):
    score, _, _ = outcome(library, "test-api-en", "Sorry about that.", "apology")
    assert score is None  # the test scenario is not tagged service_failure


def test_critical_failure_caps_overall(library):
    good = library.scenarios["test-api-en"].examples.good[0].text
    _, _, clean = outcome(library, "test-api-en", good, "data-safety")
    leaked = good + "\nYour card 4111 1111 1111 1111 is on file."
    _, _, capped = outcome(library, "test-api-en", leaked, "data-safety")
    assert clean.overall > 80
    rubric = library.rubrics[library.scenarios["test-api-en"].rubric]
    floor = rubric.critical_cap * (1 - rubric.cap_range)
    assert floor < capped.overall <= rubric.critical_cap
    assert capped.capped_by == ("data-safety",)
    assert capped.findings[0].severity == "critical"


def test_under_a_cap_the_rest_of_the_reply_still_orders_replies(library):
    # Trainers rate a leak beside a good fix a 2 and a leak beside half an answer a 1: both stay
    # under the cap, and they do not tie at it.
    good = library.scenarios["test-api-en"].examples.good[0].text
    leak = "\nYour card 4111 1111 1111 1111 is on file."
    _, _, beside_fix = outcome(library, "test-api-en", good + leak, "data-safety")
    half = "Hi Daniel, thanks for writing. Use page_size=100 and I will check the request today."
    _, _, beside_half = outcome(library, "test-api-en", half + leak, "data-safety")
    cap = library.rubrics[library.scenarios["test-api-en"].rubric].critical_cap
    assert beside_half.overall < beside_fix.overall <= cap


def test_an_uncapped_reply_scores_at_least_the_floor(library, rubric_en):
    # A cold template (a 2 to trainers) ranks above the lowest capped replies (a 1): below
    # the critical cap its score is stretched up to the floor; above it nothing moves.
    scenario = library.scenarios["test-api-en"]
    plain = replace(rubric_en, floor=0.0)
    cold = "Dear customer,\nYour request has been received.\nRegards,\nSupport Team"
    before, after = score_reply(cold, plain, scenario), score_reply(cold, rubric_en, scenario)
    assert before.capped_by == ()
    assert before.overall < rubric_en.critical_cap
    cap, floor = rubric_en.critical_cap, rubric_en.floor
    assert floor > 0
    assert after.overall == pytest.approx(floor + (cap - floor) * before.overall / cap, abs=0.1)
    good = scenario.examples.good[0].text
    assert (
        score_reply(good, rubric_en, scenario).overall == score_reply(good, plain, scenario).overall
    )
    leaked = "Sorry. Your card 4111 1111 1111 1111 is on file."
    held = score_reply(leaked, rubric_en, scenario)
    assert held.capped_by
    assert held.overall == score_reply(leaked, plain, scenario).overall


def test_scenario_critical_avoid_entry_caps(library):
    good = library.scenarios["test-api-en"].examples.good[0].text
    _, _, report = outcome(library, "test-api-en", good + " We will refund you.", "over-promise")
    assert report.overall <= library.rubrics[library.scenarios["test-api-en"].rubric].critical_cap
    assert report.capped_by == ("forbidden",)


def test_override_retunes_a_check(library, rubric_en):
    scenario = library.scenarios["test-api-en"]
    text = "We reviewed the parameters. " * 3
    with_override = score_reply(text, rubric_en, scenario)
    without = score_reply(text, rubric_en, None)
    get = lambda r: next(c for c in r.checks if c.check_id == "readability").score  # noqa: E731
    assert get(with_override) >= get(without)


def test_key_value_code_token_matches_its_parts(library):
    score, quotes, _ = outcome(
        library, "test-api-en", "Use page_size=100 and I will verify the request.", "key-points"
    )
    assert score == 1.0
    assert "page_size=100" in quotes


@pytest.mark.parametrize(
    ("language", "text", "score"),
    [
        ("en", "I fixed the discount and sent a new invoice.", 1.0),
        ("ru", "Я исправила скидку и отправила новый счёт.", 1.0),
        ("ru", "Как я уже говорил, купон истёк.", 0.0),  # "я уже" of a reproach is no step
    ],
)
def test_done_actions_count_as_a_next_step(library, language, text, score):
    actual, _, _ = outcome(library, f"test-api-{language}", text, "next-step")
    assert actual == score


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        ("It works! Great.", []),
        ("It works!? Great.", ["!?"]),
        ("Why??? Fine!!", ["???", "!!"]),
        ("Really?!? Ok!", ["?!?"]),
        ("Hm?? Sure!", []),
    ],
)
def test_shouting_punctuation_runs(library, text, quotes):
    _, found, _ = outcome(library, "test-api-en", text, "shouting")
    assert found == quotes


def test_a_phrase_used_twice_is_listed_once(library):
    text = "Let's check the request. Let's fix page_size today."
    _, quotes, _ = outcome(library, "test-api-en", text, "collaborative")
    assert [q.lower() for q in quotes] == ["let's"]
