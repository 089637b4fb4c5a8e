"""Word-level helpers of the quote rules: tag tables, name and form matching."""

from __future__ import annotations

import re

from ..names import name_words_match

_CASES = {"n": "Nom", "g": "Gen", "d": "Dat", "a": "Acc", "l": "Loc", "i": "Ins", "v": "Voc"}

_GENDERS = {"Masc": "m", "Fem": "f", "Neut": "n"}

_NUMBERS = {"Sing": "s", "Plur": "p", "Dual": "d"}

_SENT_END = {".", "!", "?", "…", "...", "..", "...."}

_CLAUSE_PUNCT = {",", ";", ":", "–", "—", "(", ")"}


_WORD_RE = re.compile(r"\w+")

def _fold(word: str) -> str:
    return word.lower()

# One matcher of inflected name words for all of newskit (newskit.names).
_name_match = name_words_match

def _similar(a: str, b: str) -> bool:
    """Two forms of one adjective or noun (``ruski`` ~ ``ruskemu``)."""
    if a == b:
        return True
    n = min(len(a), len(b))
    if n < 4:
        return False
    k = 0
    while k < n and a[k] == b[k]:
        k += 1
    return k >= max(4, n - 3)
