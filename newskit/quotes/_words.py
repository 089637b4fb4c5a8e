"""Word-level helpers of the quote rules: tag tables, name and form matching."""

from __future__ import annotations

import re

CASES = {"n": "Nom", "g": "Gen", "d": "Dat", "a": "Acc", "l": "Loc", "i": "Ins", "v": "Voc"}

GENDERS = {"Masc": "m", "Fem": "f", "Neut": "n"}

NUMBERS = {"Sing": "s", "Plur": "p", "Dual": "d"}

SENT_END = {".", "!", "?", "…", "...", "..", "...."}

CLAUSE_PUNCT = {",", ";", ":", "–", "—", "(", ")"}

#: What opens dash-led direct speech at the start of a sentence (``- Nismo zadovoljni - rekao je X``).
SPEECH_DASHES = {"-", "–", "—"}


WORD_RE = re.compile(r"\w+")

def fold(word: str) -> str:
    return word.lower()

def similar(a: str, b: str) -> bool:
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
