"""The customer's own words quoted back: a sentence that is a quotation of the customer's
message speaks in the customer's voice, not the agent's.

Quoting the customer is a trainer's technique ("“Is this coming, or should I just buy a
paper diary?” Please hold off on the diary."), and the quoted words are often the
customer's sarcasm or anger, which the heads rightly read as condescension or blame. The
judgement of the agent's stance must not count them against the reply.
"""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from coach.content.scenario import Scenario
from coach.identity_cache import by_identity
from coach.text.analysis import Analysis

# Straight and typographic double quotes, and guillemets; single quotes are apostrophes
# too often ("don't") to delimit a quotation.
_QUOTED = re.compile(r"\"([^\"]+)\"|“([^”]+)”|„([^“”]+)[“”]|«([^»]+)»")
# Words outside the quotation marks up to which a sentence is still a quotation: a
# sentence with more says something of its own about the words it quotes («…» — честно,
# это почти дословно то, с чего начинают мошенники.) and is judged whole.
MAX_OWN_WORDS = 3
# Words a quotation needs to be the customer's sentence rather than a phrase put in scare
# quotes, which mocks it: 'Hi Ryan, "the new office manager", right?'
MIN_QUOTED_WORDS = 5
# rapidfuzz partial ratio (0-100) at which the quoted words are the customer's: a quote
# trimmed, re-cased or with a word changed still counts.
SAME_WORDS = 85
_WORD = re.compile(r"\w+")


@by_identity
def customer_words(scenario: Scenario) -> str:
    """Every customer message of the scenario, lower-cased, one per line."""
    messages: list[str] = []
    for turn in scenario.turns:
        if turn.message is not None:
            messages.append(turn.message)
        for branch in turn.branches or ():
            messages.append(branch.message)
    # Whitespace collapsed: a quotation runs across the message's line breaks.
    return "\n".join(" ".join(m.lower().split()) for m in messages)


def quoted_sentences(analysis: Analysis, scenario: Scenario | None) -> frozenset[int]:
    """Starts of the sentences of `analysis` that quote the customer's message and say
    nothing of their own. A quotation may hold several sentences («Браво. Это вообще
    планируется, или мне купить бумажный ежедневник?»): each lies inside it."""
    if scenario is None:
        return frozenset()
    # Asked by each sentence_role check of the rubric: found once per reply and customer.
    words = customer_words(scenario)
    return analysis.memo(f"quoted-sentences:{words}", lambda a: _quoted(a, words))


def _quoted(analysis: Analysis, words: str) -> frozenset[int]:
    text = analysis.text
    quoted = bytearray(len(text))
    for match in _QUOTED.finditer(text):
        if _is_customers(next(g for g in match.groups() if g), words):
            quoted[match.start() : match.end()] = b"\x01" * (match.end() - match.start())
    if not any(quoted):
        return frozenset()
    found = set()
    for sentence in analysis.sentences:
        inside = quoted[sentence.start : sentence.end]
        if not any(inside):
            continue
        part = text[sentence.start : sentence.end]
        own = "".join(c for c, q in zip(part, inside, strict=True) if not q)
        if len(_WORD.findall(own)) <= MAX_OWN_WORDS:
            found.add(sentence.start)
    return frozenset(found)


def _is_customers(quote: str, words: str) -> bool:
    # Longer than everything the customer wrote, it is not theirs (and a pasted page in
    # quotation marks is not compared with the messages character by character).
    return (
        len(quote) <= len(words)
        and len(_WORD.findall(quote)) >= MIN_QUOTED_WORDS
        and fuzz.partial_ratio(" ".join(quote.lower().split()), words) >= SAME_WORDS
    )
