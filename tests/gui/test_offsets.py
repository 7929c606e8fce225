import pytest

from coach.gui.offsets import OffsetMap


@pytest.mark.parametrize(
    ("text", "index", "qt"),
    [("abc", 2, 2), ("a😀b", 2, 3), ("😀😀x", 2, 4), ("👋🏽 hi", 3, 5), ("", 0, 0)],
)
def test_round_trip(text, index, qt):
    offsets = OffsetMap(text)
    assert offsets.to_qt(index) == qt
    assert offsets.from_qt(qt) == index
    assert len(text[:index].encode("utf-16-le")) // 2 == qt
