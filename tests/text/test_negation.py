from hypothesis import given, settings
from hypothesis import strategies as st

from coach.text.analysis import analyze
from coach.text.negation import negations_of

_WORDS = ["I", "do", "not", "never", "no", "understand", "the", "limit", ",", "but", "."]


@given(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=25).map(" ".join))
@settings(max_examples=300, deadline=None)
def test_the_quick_no_negation_test_agrees_with_the_full_one(text):
    analysis = analyze.__wrapped__(text, "en")
    negations = negations_of(analysis)
    count = len(analysis.tokens)
    for start in range(count):
        for end in range(start, min(count, start + 5)):
            full = bool(negations.positions) and (
                negations.reaches(start) or negations.inside(start, end)
            )
            assert negations.negate(start, end) == full
