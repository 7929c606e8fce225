"""Realistic, distinct replies for benchmarks, built from support-reply sentences."""

from __future__ import annotations

import random

EN = [
    "Hi Daniel,",
    "Thank you for the detailed logs and for your patience while we looked into this.",
    "I understand how frustrating failed exports are, especially right before a report.",
    "The API rejects the request because page_size is set to {n}, while the maximum is 100.",
    "The created_after date also needs the ISO format, for example 2026-11-{d:02d}.",
    "Let's make a few small adjustments to the request parameters together.",
    "Set page_size to 100 and follow the next-page cursor to fetch the remaining records.",
    "I have attached a corrected example request that you can run as it is.",
    "If you send me the request ID after your next run, I will verify it within the hour.",
    "I'll stay on this ticket until the export works end to end.",
    "You are doing everything wrong, so please read the documentation again.",
    "As I already said, the limit is documented and it is not our problem.",
    "We guarantee this will never happen again!!",
    "Best regards,\nAnna from the API support team",
]
RU = [
    "Здравствуйте, Ольга!",
    "Спасибо за подробные логи и за терпение, пока мы разбирались.",
    "Понимаю, как неприятно, когда выгрузка срывается прямо перед отчётом.",
    "Сервер отклоняет запрос, потому что page_size равен {n}, а максимум — 100.",
    "Дату created_after нужно передавать в формате ISO, например 2026-11-{d:02d}.",
    "Давайте вместе внесём пару небольших изменений в параметры запроса.",
    "Укажите page_size 100 и переходите по курсору к следующей странице.",
    "Я приложила исправленный пример запроса, его можно запустить как есть.",
    "Пришлите ID следующего запроса, и я проверю его в течение часа.",
    "Я буду вести этот тикет, пока выгрузка не заработает полностью.",
    "Вы всё делаете неправильно, изучите документацию ещё раз.",
    "Как я уже говорила, ограничение описано в документации.",
    "Гарантирую, что это больше никогда не повторится!!",
    "С уважением,\nАнна, поддержка API",
]


def make_reply(language: str, seed: int, words: int = 150) -> str:
    """A reply of about `words` words: greeting, shuffled body sentences, closing."""
    rng = random.Random(seed)
    pool = EN if language == "en" else RU
    body = pool[1:-1]
    parts = [pool[0]]
    while sum(len(p.split()) for p in parts) < words - 8:
        parts.append(rng.choice(body).format(n=rng.randint(101, 999), d=rng.randint(1, 28)))
    parts.append(pool[-1])
    return " ".join(parts[:1]) + "\n\n" + " ".join(parts[1:-1]) + "\n\n" + parts[-1]
