"""The language profiles: lookup by code, and a third language added by one profile.

The German profile below is built here, not shipped: it proves that a language is a
profile plus a rubric and a word list, with no edit to the modules that analyse and score.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from coach.errors import ContentError
from coach.scoring import load_library, score_reply
from coach.text import languages
from coach.text.language import detect_language
from coach.text.languages import FleschConstants, LanguageProfile, SpellingRules
from coach.text.readability import text_reading_ease
from coach.text.sentences import split_sentences

_RUBRIC = """\
id: support-de
language: de
title: Kundenantwort (Deutsch)
dimensions:
  empathy: {weight: 0.5, label: Empathie}
  clarity: {weight: 0.5, label: Klarheit}
bands:
  - {min: 70, label: Gut}
  - {min: 0, label: Schwach}
checks:
  - id: thanks
    type: phrases
    dimension: empathy
    weight: 1
    message: Bedanken Sie sich bei der Kundin.
    phrases: [vielen Dank, danke für]
  - id: blame
    type: avoid
    dimension: empathy
    weight: 2
    penalty: 0.6
    message: "„%s“ gibt der Kundin die Schuld."
    entries:
      - {phrase: Ihr Fehler, replacements: ["das lösen wir gemeinsam"]}
  - id: spelling
    type: spelling
    dimension: clarity
    weight: 1
    max_rate: 6
    message: "„%s“ scheint falsch geschrieben."
"""


def _lemmatize(lower: str) -> tuple[str, ...]:
    import simplemma

    lemma = str(simplemma.lemmatize(lower, lang="de")).lower()
    return (lemma,) if lemma == lower else (lemma, lower)


def _german(word_list: Path) -> LanguageProfile:
    return LanguageProfile(
        code="de",
        name="German",
        script="Latin",
        letters=re.compile(r"[A-Za-zÄÖÜäöüß]"),
        common_words=frozenset({"und", "ich", "sie", "ihre", "ihr", "der", "die", "das", "wir"}),
        lemmatize=_lemmatize,
        negations=frozenset({"nicht", "kein", "nie", "ohne"}),
        clause_words=("aber", "jedoch"),
        abbreviations=re.compile(r"(?:\b(?:z\.B|bzw|usw)\.)$", re.IGNORECASE),
        longest_abbreviation=len("z.B.") + 1,
        # Amstad's German Flesch: 180 - ASL - 58.5*ASW.
        flesch=FleschConstants(180.0, 1.0, 58.5, pyphen="de_DE"),
        spelling=SpellingRules(
            dictionary="de",
            claims=lambda word: all(ch.isascii() or ch in "ÄÖÜäöüß" for ch in word),
            word_list=word_list,
        ),
        languagetool_code="de-DE",
        probe="Vielen Dank für Ihre Geduld.",
        default_rubric="support-de",
        messages={"empty_reply": "Die Antwort ist leer: schreiben Sie der Kundin etwas."},
    )


@pytest.fixture(scope="module")
def german(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """German registered for this module's tests; the folder holds its rubric."""
    folder = tmp_path_factory.mktemp("de")
    (folder / "wordlist.txt").write_text("# Support-Wörter\nkundenkonto\n", encoding="utf-8")
    (folder / "support-de.yaml").write_text(_RUBRIC, encoding="utf-8")
    languages.register(_german(folder / "wordlist.txt"))
    yield folder
    languages.unregister("de")


def test_profiles_are_looked_up_by_code() -> None:
    assert languages.profile("ru").default_rubric == "support-ru"
    assert languages.profile("en").languagetool_code == "en-US"
    assert languages.codes()[:2] == ("en", "ru")
    assert languages.find_profile("xx") is None
    with pytest.raises(ContentError, match="no language profile for 'xx'"):
        languages.profile("xx")


def test_a_second_profile_for_a_code_is_refused() -> None:
    other = LanguageProfile(**{**languages.profile("en").__dict__, "name": "Other English"})
    with pytest.raises(ValueError, match="already registered"):
        languages.register(other)
    assert languages.profile("en").name == "English"


def test_a_missing_message_reads_in_english() -> None:
    assert languages.core_message("ru", "delete_suggestion") == "Удалить «{quote}»"
    assert languages.core_message("xx", "delete_suggestion") == "Delete “{quote}”"


def test_an_unregistered_language_is_refused_by_the_loader(tmp_path: Path) -> None:
    # "xx" has no profile (German may be registered by the time this runs, "xx" never is).
    rubric = _RUBRIC.replace("language: de", "language: xx")
    (tmp_path / "support-xx.yaml").write_text(rubric, encoding="utf-8")
    library = load_library([tmp_path])
    assert "support-de" not in library.rubrics
    [issue] = library.issues
    assert issue.line == 2
    # The list is every registered code ("'en' or 'ru'", plus 'de' while it is registered).
    assert issue.message.startswith("'xx' is not allowed here; use one of 'en'")
    assert "'ru'" in issue.message


def test_latin_letters_do_not_mean_english(german: Path) -> None:
    # No umlaut at all: the letters tie with English, the function words decide.
    assert detect_language("Ich habe das Problem gefunden und wir beheben es heute.") == "de"
    assert detect_language("We found the problem and we fix it today.") == "en"
    assert detect_language("Мы нашли проблему и исправим её сегодня.") == "ru"


def test_a_third_language_scores_end_to_end(german: Path) -> None:
    library = load_library([german])
    assert not library.issues
    rubric = library.rubrics["support-de"]
    good = score_reply(
        "Hallo Frau Berg,\n\nvielen Dank für Ihre Nachricht. Ich habe Ihr Kundenkonto "
        "geprüft und die Rechnung korrigiert.\n\nViele Grüße",
        rubric,
    )
    bad = score_reply("Das ist Ihr Fehler. Lesen Sie die Anleitung genauu.", rubric)
    assert good.language == bad.language == "de"
    assert good.overall > bad.overall
    found = {f.check_id: f for f in bad.findings}
    assert "blame" in found
    assert [s.text for s in found["blame"].suggestions] == ["das lösen wir gemeinsam"]
    misspelt = [f for f in bad.findings if f.check_id == "spelling"]
    assert [f.quote for f in misspelt] == ["genauu"]
    assert "genau" in [s.text for s in misspelt[0].suggestions]
    # The word list counts: "Kundenkonto" is not flagged in the good reply.
    assert not [f for f in good.findings if f.check_id == "spelling" and not f.is_positive]
    empty = score_reply("   ", rubric)
    assert empty.findings[0].message == "Die Antwort ist leer: schreiben Sie der Kundin etwas."


def test_a_third_language_uses_its_own_rules(german: Path) -> None:
    text = "Bitte prüfen Sie usw. Die Einstellungen sind neu."
    assert len(split_sentences(text, "de")) == 1  # "usw." is merged back
    assert len(split_sentences(text, "ru")) == 2  # no German abbreviations there
    # Amstad's constants, not Flesch's English ones, on the same words.
    assert text_reading_ease(text, "de") != text_reading_ease(text, "en")
