"""English: simplemma lemmas, pyspellchecker's US dictionary with British spellings
accepted, Flesch Reading Ease with CMU syllable counts, and razdel sentences with common
English abbreviations merged back."""

from __future__ import annotations

import re
from collections.abc import Mapping

from coach.text.languages.profile import (
    FleschConstants,
    LanguageProfile,
    SpellingRules,
)

_BRITISH = re.compile(r"is(e|es|ed|ing|ation|ations)$")


def lemmatize(lower: str) -> tuple[str, ...]:
    """simplemma's lemma first, then the form itself when they differ ("apologized" ->
    "apologize", "apologized"); a non-ASCII word (a name, a Cyrillic word in an English
    reply) stands for itself."""
    if not lower.isascii():
        return (lower,)
    import simplemma  # noqa: PLC0415 - keeps `import coach.text` cheap

    lemma = str(simplemma.lemmatize(lower, lang="en")).lower()
    return (lemma,) if lemma == lower else (lemma, lower)


def _is_variant(word: str, dictionary: Mapping[str, int]) -> bool:
    """British spellings (-ise/-isation, -our) of words the US dictionary knows."""
    american = _BRITISH.sub(lambda m: "iz" + m.group(1), word)
    if american != word and american in dictionary:
        return True
    return word.endswith("our") and word[:-3] + "or" in dictionary  # colour, behaviour


PROFILE = LanguageProfile(
    code="en",
    name="English",
    script="Latin",
    letters=re.compile(r"[A-Za-z]"),
    common_words=frozenset(
        {"the", "and", "you", "your", "to", "is", "we", "for", "of", "it", "that", "with"}
    ),
    lemmatize=lemmatize,
    negations=frozenset(
        {"not", "no", "never", "nobody", "nothing", "neither", "nor", "without", "cannot"}
    ),
    clause_words=("but", "however", "although", "though"),
    clause_openers=frozenset({"and", "but", "so", "or", "however", "although", "though", "then"}),
    bound_words=frozenset(
        {"more", "less", "fewer", "longer", "later", "earlier", "over", "above", "beyond"}
        | {"exceed", "until", "till", "before", "after", "than"}
    ),
    subordinators=frozenset(
        {"that", "when", "whether", "if", "what", "how", "why", "where", "which", "until"}
    ),
    promise_words=frozenset({"promise", "guarantee", "assure", "swear", "pretend", "vouch"}),
    abbreviations=re.compile(
        r"(?:\b(?:e\.g|i\.e|etc|vs|approx|incl|dept|est|no|nos|fig|ref|a\.m|p\.m)\.)$",
        re.IGNORECASE,
    ),
    longest_abbreviation=len("approx.") + 1,
    # textstat 0.7's constants for "en_US", unchanged, so scores stay comparable.
    flesch=FleschConstants(206.835, 1.015, 84.6, pyphen="en_US", cmu=True),
    spelling=SpellingRules(
        dictionary="en",
        # ASCII words of a Russian reply (product names, English terms) are English.
        claims=str.isascii,
        also_known=_is_variant,
        texting={
            "lol": "",
            "lmao": "",
            "omg": "",
            "rn": "right now",
            "ur": "your",
            "thx": "thanks",
            "thnx": "thanks",
            "pls": "please",
            "plz": "please",
            "btw": "by the way",
            "idk": "I don't know",
            "imo": "in my opinion",
            "tbh": "to be honest",
            "cuz": "because",
            "coz": "because",
            "np": "no problem",
            "gonna": "going to",
            "wanna": "want to",
        },
    ),
    languagetool_code="en-US",
    probe="Thank you for your patience.",
    default_rubric="support-en",
    messages={
        "store.permission_denied": (
            "Your login to the history database {where} may not do this ({detail}); nothing "
            "was written. A trainee's login records and reads only that trainee's own "
            "attempts and drafts; reviews and everyone's history need a trainer's login. "
            "Ask the database administrator if your login should have more rights."
        ),
        "store.upgrade_needed": (
            "The history database {where} needs an upgrade for this version of Reply Coach "
            "(schema {current} to {wanted}), and your login may not upgrade it. Ask a "
            "trainer or the database administrator to run `coach db upgrade --database "
            "URL` with the owner's login. Meanwhile you can practise: your drafts are kept "
            "on this computer, and submitted attempts too, until they can be saved."
        ),
        "score.held": (
            "A finding holds the overall down: one such sentence outweighs the rest of the reply."
        ),
        "score.held_by": (
            "“{quote}” holds the overall down: one such sentence outweighs the rest of the reply."
        ),
        "empty_reply": "The reply is empty: write something to the customer.",
        "delete_suggestion": "Delete “{quote}”",
        # {before}, {after}, {band}, {floor} are filled in (coach/rephrase/offer.py).
        "rewrite.empty": "Write a reply first; there is nothing to rewrite yet.",
        "rewrite.needs_scenario": (
            "No rewrite without a scenario: the rubric alone could not make this reply "
            "better (best found: {after:.0f}, yours: {before:.0f}). Choose a scenario, and "
            "its trainers' examples supply the sentences."
        ),
        "rewrite.not_higher": (
            "No rewrite offered: the best one found scores {after:.0f}, not higher than "
            "your {before:.0f}."
        ),
        "rewrite.below_good": (
            "No rewrite offered: the best one found scores {after:.0f}, below “{band}” "
            "({floor:.0f}). Use the suggestions on each finding instead."
        ),
        "rewrite.already_best": (
            "Your reply already scores {before:.0f} (“{band}”); no rewrite found scores higher."
        ),
    },
)
