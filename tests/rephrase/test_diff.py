from coach.rephrase.diff import render_diff, word_diff


def test_diff_reconstructs_both_texts():
    before = "Hi Anna, you are doing it wrong. Set page_size to 100."
    after = "Hi Anna, I see a way to optimise this. Set page_size to 100, and I'll verify it."
    ops = word_diff(before, after)
    assert "".join(o.text for o in ops if o.op != "insert") == before
    assert "".join(o.text for o in ops if o.op != "delete") == after


def test_short_common_words_do_not_fragment_the_diff():
    ops = word_diff("You are wrong and it is bad.", "We can fix this and it works.")
    assert [o.op for o in ops] == ["delete", "insert"]


def test_render():
    assert render_diff(word_diff("a b c d e", "a b X d e")) == "a b [-c-]{+X+} d e"
