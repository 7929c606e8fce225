"""The right register for the channel: a chat answer needs no sign-off, an e-mail does."""

from coach.scoring.evaluate import RatedReply
from coach.scoring.rated import score_rated


def closing_score(scenario_id, text, lang="en"):
    report = score_rated(RatedReply("x", text, lang, 5, scenario_id, scenario_id))
    return next(c.score for c in report.checks if c.check_id == "closing")


def test_a_chat_answer_is_not_marked_down_for_ending_on_the_answer():
    text = "Hi Grace! Only admins can invite; Daniel Park can add them in Settings → Team."
    assert closing_score("team-invite-permissions-en", text) is None
    ru = "Вера, добрый день! Приглашать могут только администраторы: это сделает владелец."
    assert closing_score("team-invite-permissions-ru", ru, "ru") is None


def test_an_email_still_wants_its_closing():
    text = "Hi Daniel, set page_size=200 and follow next_cursor until it is null."
    assert closing_score("api-params-vip-en", text) == 0.0
    signed = text + "\nLet me know how tonight's run goes.\nBest regards,\nMaria"
    assert closing_score("api-params-vip-en", signed) == 1.0
