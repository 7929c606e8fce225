"""Item 6: scoring time grows linearly with the reply, whatever its shape.

Each shape is scored at 10k, 100k and 1M characters and the time ratios between sizes are
compared, never absolute times (CI machines differ). Linear growth gives ratios near 10
per tenfold size (a little more: the garbage collector walks a heap that grows with the
reply); a quadratic step gives 100. CPU time of this process is measured, so other
programs on the machine do not count.
"""

from __future__ import annotations

import itertools
import time

import pytest

from coach.scoring import score_reply
from coach.scoring.rated import _bundled
from coach.text import embedding

SIZES = (10_000, 100_000, 1_000_000)
# Per tenfold size. Measured after the fix: 3-14; before it: 21 to 100 (or hours).
MAX_RATIO = 25.0

SHAPES = {
    # A paragraph-shaped reply pasted many times (the realistic case; was quadratic).
    "reply-en": (
        "Hi Anna, I'm sorry the export failed. Please set page_size to 100 and try again.\n",
        "en",
    ),
    # One endless sentence of a single word: one cue per word for the move checks.
    "please": ("please ", "en"),
    # Shouted, with a phrase the avoid checks flag at every repeat (hits were compared
    # pairwise), no full stop: one 1M-character "sentence" for the splitter and encoder.
    "try-again": ("TRY AGAIN NOW ", "en"),
    "пожалуйста": ("пожалуйста ", "ru"),
    # One long line mixing scripts, code-like tokens and capitalised words the speller
    # looks at (each looked back to the line start).
    "mixed-line": ("Hello мир page_size=100 Ёжик OK! Спасибо, Anna — Проверим API ", "ru"),
}


def _cpu_seconds(text: str, rubric, scenario=None) -> float:
    started = time.process_time()
    report = score_reply(text, rubric, scenario)
    spent = time.process_time() - started
    assert 0 <= report.overall <= 100
    return spent


# With a scenario: key points and meaning-matched avoid entries, which compare each
# negation-free clause of a negated sentence on its own.
SCENARIO_SHAPES = {
    "negated-clauses": (
        "Don't worry, I can't refund it, but the renewal won't be charged again. ",
        "refund-outside-policy-en",
    ),
    "отрицания": (
        "Не переживайте, вернуть деньги не могу, но повторного списания не будет. ",
        "refund-outside-policy-ru",
    ),
    # Hedged promises in one endless sentence: every promise word asks which clause of the
    # sentence a negation governs, and every pattern match of a skip_negated entry too.
    "hedges": ("I can't promise it will be fixed before your demo, ", "mass-outage-en"),
    "оговорки": ("обещать, что всё заработает к демо, я не могу, ", "mass-outage-ru"),
    # Key points' words in short clauses, never in a phrase's order: each clause is tried
    # for each phrase in any order (it scanned every position of a word per clause).
    "слова-ключевых-пунктов": (
        "Доступ, увы, цена, подписка, оплата, годовая, данные, отмена. ",
        "cancel-price-increase-ru",
    ),
}


@pytest.mark.slow
@pytest.mark.parametrize("shape", list(SHAPES))
def test_scoring_time_grows_linearly(shape, rubric_en, rubric_ru):
    unit, language = SHAPES[shape]
    _assert_linear(shape, unit, rubric_en if language == "en" else rubric_ru, None)


@pytest.mark.slow
@pytest.mark.parametrize("shape", list(SCENARIO_SHAPES))
def test_scoring_with_a_scenario_grows_linearly(shape):
    unit, scenario_id = SCENARIO_SHAPES[shape]
    scenario = _bundled().scenarios[scenario_id]
    _assert_linear(shape, unit, _bundled().rubrics[scenario.rubric], scenario)


def _assert_linear(shape: str, unit: str, rubric, scenario) -> None:
    _cpu_seconds(unit * 50, rubric, scenario)  # warm: model, heads, dictionaries
    times = []
    for size in SIZES:
        # The smaller sizes are cheap: the best of two takes out a stray pause. Each run
        # is a new text (its own first word), or the analysis cache would answer it.
        runs = "12" if size < SIZES[-1] else "1"
        texts = [(f"{run} " + unit * (size // len(unit) + 1))[:size] for run in runs]
        times.append(min(_cpu_seconds(text, rubric, scenario) for text in texts))
    ratios = [later / max(earlier, 0.02) for earlier, later in itertools.pairwise(times)]
    shown = ", ".join(f"{size:,}: {t:.2f} s" for size, t in zip(SIZES, times, strict=True))
    print(f"{shape}: {shown}; ratios " + ", ".join(f"{r:.1f}" for r in ratios))  # for -s
    assert max(ratios) < MAX_RATIO, f"{shape}: {shown}; ratios {ratios}"


def test_the_encoder_is_never_handed_a_huge_sentence(monkeypatch):
    seen: list[int] = []
    encoder = embedding.SentenceEncoder()

    class Model:
        def encode(self, texts):
            seen.extend(len(t) for t in texts)
            return [[1.0] * embedding.DIMENSIONS for _ in texts]

    monkeypatch.setattr(encoder, "_load", Model)
    encoder.embed(["x" * 1_000_000, "short"])
    assert seen == [embedding.MAX_EMBED_CHARS, 5]
