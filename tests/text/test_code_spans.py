from hypothesis import given, settings
from hypothesis import strategies as st

from coach.text.code_spans import _COMPILED, find_code_spans

_PIECES = [
    "page_size",
    "=500",
    "createdAfter",
    "2026-11-25",
    "T10:00",
    "10:00",
    "+03:00",
    "-11-22",
    "ERR-429",
    "HTTP42",
    "help@example.com",
    "https://",
    "www.",
    "api.example.com/v2",
    "/v2/orders",
    "{id}",
    "GET",
    "obj.run()",
    "`x y`",
    "`",
    "limit=1",
    "Заказ_1",
    "я",
    "word",
    ".",
    ",",
    " ",
    "  ",
    "\n",
    "\t",
    "\xa0",
]


def _whole_text_scan(text: str) -> list[tuple[int, int]]:
    """The definition: every pattern over the whole text, earliest then longest wins."""
    found = sorted(
        (m.start(), -m.end())
        for pattern, _, _ in _COMPILED
        for m in pattern.finditer(text)
        if m.end() > m.start()
    )
    spans: list[tuple[int, int]] = []
    for start, negative_end in found:
        if not spans or start >= spans[-1][1]:
            spans.append((start, -negative_end))
    return spans


@given(st.lists(st.sampled_from(_PIECES), max_size=30).map("".join))
@settings(max_examples=500, deadline=None)
def test_scanning_around_triggers_finds_what_a_whole_text_scan_finds(text):
    assert find_code_spans(text) == _whole_text_scan(text)


def test_a_date_and_its_time_are_one_span_across_the_space():
    text = "Since 2026-11-25 10:00 the export fails; see job_id=7 today."
    assert [text[a:b] for a, b in find_code_spans(text)] == ["2026-11-25 10:00", "job_id=7"]
