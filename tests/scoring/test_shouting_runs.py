from hypothesis import given, settings
from hypothesis import strategies as st

from coach.scoring.checks.shouting import _PUNCTUATION_RUN, _mark_runs


@given(st.text(alphabet="!?a .", max_size=40))
@settings(max_examples=1000, deadline=None)
def test_runs_found_from_their_seeds_are_the_whole_text_scan(text):
    windowed = [
        m.span()
        for low, high in _mark_runs(text)
        for m in _PUNCTUATION_RUN.finditer(text, low, high)
    ]
    assert windowed == [m.span() for m in _PUNCTUATION_RUN.finditer(text)]
