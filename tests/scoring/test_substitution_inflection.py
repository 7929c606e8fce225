import pytest

from coach.content.rubric import RubricCheck
from coach.scoring.checks import avoid
from coach.scoring.context import CheckContext
from coach.text.analysis import analyze
from coach.text.languages.ru import inflect
from coach.text.spelling.base import SpellReport


@pytest.mark.parametrize(
    ("text", "grammemes", "expected"),
    [
        ("служба поддержки", {"datv"}, "службе поддержки"),
        ("новый тариф", {"datv"}, "новому тарифу"),
        ("Менеджер", {"gent"}, "Менеджера"),
    ],
)
def test_inflect(text, grammemes, expected):
    assert inflect(text, frozenset(grammemes)) == expected


def test_pattern_replacement_inflects_the_captured_word(rubric_ru):
    params = avoid.Params(
        entries=[
            {"pattern": r"обратитесь в (\w+)", "replacements": ["я сам передам вопрос {1:datv}"]}
        ]
    )
    check = RubricCheck("x", "avoid", "tone", "“%s”", 1, False, True, "major", None, params)
    text = "Обратитесь в бухгалтерию, там помогут."
    ctx = CheckContext(analyze(text, "ru"), rubric_ru, None, SpellReport("offline"))
    (finding,) = avoid.run(check, ctx).findings
    assert finding.suggestions[0].text == "я сам передам вопрос бухгалтерии"
