"""What one language needs, in one record: `LanguageProfile`.

The text layer and the layers above look a language up by its code
(`coach.text.languages.profile("ru")`) and ask its profile, instead of branching on the
code: adding a language is adding a profile (plus its rubric, word list and translation),
not editing every module that analyses or scores text.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from coach.paths import package_data_dir

# A lower-cased word form -> its possible dictionary forms, most likely first.
Lemmatizer = Callable[[str], tuple[str, ...]]
# (text, grammemes) -> the text put into that grammatical form ("{1:datv}" in a rubric).
Inflector = Callable[[str, frozenset[str]], str]


@dataclass(frozen=True)
class FleschConstants:
    """One language's Flesch formula: base - sentence_weight*ASL - syllable_weight*ASW,
    with `pyphen` the hyphenation dictionary that counts syllables of words the CMU
    dictionary lacks (and `cmu` whether to look there first)."""

    base: float
    sentence_weight: float
    syllable_weight: float
    pyphen: str
    cmu: bool = False


def _no_more_known(word: str, dictionary: Mapping[str, int]) -> bool:
    """For a language whose frequency dictionary is the whole story."""
    return False


def _one_edit_candidates(word: str, checker: Any) -> set[str]:
    """pyspellchecker's own candidates (known words within its edit distance)."""
    return set(checker.candidates(word) or ())


@dataclass(frozen=True)
class SpellingRules:
    """How the offline speller treats one language.

    `dictionary` is the pyspellchecker language whose frequency list decides what is a
    word; `word_list` adds support-work words the general list lacks (one per line, `#`
    comments; `None` means the bundled `coach/data/wordlists/<code>.txt`, looked up when
    first needed). `claims` says whether a word of a mixed-script reply is written in this
    language (so "API" in Russian text is checked in English); `also_known` is asked last
    about a lower-case word the dictionary lacks (inflections, spelling variants);
    `candidates` proposes corrections of a lower-case word. `texting` maps chat shorthand
    to what a reply writes instead ("rn" → "right now"; "" deletes it, as for "lol"): one
    edit away from a real word, it would otherwise be "corrected" into one ("lol" → "lot").
    """

    dictionary: str
    claims: Callable[[str], bool]
    word_list: Path | None = None
    also_known: Callable[[str, Mapping[str, int]], bool] = _no_more_known
    candidates: Callable[[str, Any], set[str]] = _one_edit_candidates
    texting: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class LanguageProfile:
    """Everything language-specific about analysing and scoring a reply in one language.

    - `code`: what scenarios and rubrics write in `language:` ("en"); `name` is the
      language in English, for messages ("Russian").
    - Detection: `letters` matches one letter of its alphabet and `script` names the
      script; languages sharing a script are told apart by `common_words` (a few frequent
      function words), so Latin letters do not simply mean English.
    - `lemmatize`: lower-case word form -> dictionary forms (lemma matching of phrases).
    - `negations`: lemmas that negate a nearby match; `clause_words`: conjunctions that
      end a negation's reach ("but", "однако"); `clause_openers`: words that join a clause to
      the one before it ("and", "so", «и», «а»), left off when the clause is read as a
      sentence of its own; `subordinators`: words that open a clause
      inside the one before it ("I can't promise that it…"), which its negation still
      governs; `bound_words`: words after a negation that make it a limit, not a denial
      ("no more than 200", "не больше 200"). `promise_words`: lemmas of promising
      ("promise", "guarantee"), which a negation turns into a hedge (`coach.text.hedges`);
      `governed_from_after`: whether a negation after this form of one governs it, as an
      infinitive or noun in Russian word order («обещать не могу»); `None` where a later
      negation is what is promised ("I promise not to…").
    - `abbreviations`: a pattern for an abbreviation ending a sentence piece ("e.g."),
      where the sentence splitter's split is merged back; `None` when the splitter
      already knows them. `longest_abbreviation` bounds how far back it looks.
    - `flesch`: the readability formula's constants and syllable dictionaries.
    - `spelling`: the offline speller's rules; `languagetool_code` the code LanguageTool
      knows it by, and `probe` a correct sentence to test a server with.
    - `default_rubric`: the bundled rubric a reply without a scenario is scored with.
    - `inflect`: puts a captured phrase into a grammatical form for substitutions
      (`{1:datv}`); `None` leaves the captured text as written.
    - `messages`: user-facing text of the core in this language, by message id; a
      missing id falls back to English.
    """

    code: str
    name: str
    script: str
    letters: re.Pattern[str]
    lemmatize: Lemmatizer
    negations: frozenset[str]
    flesch: FleschConstants
    spelling: SpellingRules
    languagetool_code: str
    probe: str
    default_rubric: str
    common_words: frozenset[str] = frozenset()
    clause_words: tuple[str, ...] = ()
    clause_openers: frozenset[str] = frozenset()
    subordinators: frozenset[str] = frozenset()
    bound_words: frozenset[str] = frozenset()
    promise_words: frozenset[str] = frozenset()
    governed_from_after: Callable[[str], bool] | None = None
    abbreviations: re.Pattern[str] | None = None
    longest_abbreviation: int = 0
    inflect: Inflector | None = None
    messages: Mapping[str, str] = field(default_factory=dict)


def bundled_word_list(code: str) -> Path:
    """`coach/data/wordlists/<code>.txt`, where a bundled language keeps its word list
    (found when first needed: an unusable install fails on use, not on import)."""
    return package_data_dir() / "wordlists" / f"{code}.txt"
