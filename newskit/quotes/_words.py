"""Word-level helpers of the quote rules: tag tables, name and form matching."""

from __future__ import annotations

import re

_CASES = {"n": "Nom", "g": "Gen", "d": "Dat", "a": "Acc", "l": "Loc", "i": "Ins", "v": "Voc"}

_GENDERS = {"Masc": "m", "Fem": "f", "Neut": "n"}

_NUMBERS = {"Sing": "s", "Plur": "p", "Dual": "d"}

_SENT_END = {".", "!", "?", "…", "...", "..", "...."}

_CLAUSE_PUNCT = {",", ";", ":", "–", "—", "(", ")"}

#: First names ending in -a that are men's (most Slovenian, Croatian and Serbian ones ending so are women's).
_MALE_A = {"luka", "nikola", "jaka", "miha", "sava", "kosta", "ilija", "andrija", "mitja", "gaja", "aljoša",
           "matija", "jovica", "mića", "pera", "toma", "saša", "joža", "jaša", "nemanja", "vanja", "borna"}

_WORD_RE = re.compile(r"\w+")

def _fold(word: str) -> str:
    return word.lower()

def _name_match(a: str, b: str) -> bool:
    """Two name words of one name, allowing case endings: Putin ~ Putinu, Turnšek ~ Turnška, Ana ~ Ane."""
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    if len(short) >= 3 and long_.startswith(short) and len(long_) - len(short) <= 3:
        return True
    for w, other in ((a, b), (b, a)):
        # fleeting e (Turnšek -> Turnška) and a final vowel replaced by the ending (Ana -> Ane)
        if len(w) >= 5 and w[-2] == "e" and w[-1] not in "aeiou":
            stem = w[:-2] + w[-1]
            if other.startswith(stem) and 0 < len(other) - len(stem) <= 3:
                return True
        if len(w) >= 4 and w[-1] in "aeo":
            stem = w[:-1]
            if other.startswith(stem) and 0 < len(other) - len(stem) <= 3 and len(stem) >= 3:
                return True
    return False

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
