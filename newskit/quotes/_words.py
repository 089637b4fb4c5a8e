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


_LAT_CYR = dict(zip(
    ["lj", "nj", "dž", "a", "b", "v", "g", "d", "đ", "e", "ž", "z", "i", "j", "k", "l", "m", "n", "o", "p", "r",
     "s", "t", "ć", "u", "f", "h", "c", "č", "š"],
    "љњџабвгдђежзијклмнопрстћуфхцчш", strict=True,
))


def latin_to_cyrillic(word: str) -> str:
    """A word of Serbian Latin in Serbian Cyrillic, letter by letter (``lj``, ``nj``, ``dž`` as one):
    for names the rules took from Latin lexicons or lemmas. Not exact in general (``konjugacija``),
    which is why :func:`newskit.to_latin` offers only the other direction.

    Example:
        >>> latin_to_cyrillic("Tanjug")
        'Тањуг'
    """
    return _to_cyrillic(word, frozenset())


def _to_cyrillic(word: str, apart: frozenset[int]) -> str:
    """:func:`latin_to_cyrillic`, with the digraphs that start at the offsets ``apart`` read as two letters."""
    out, i = [], 0
    while i < len(word):
        two = word[i:i + 2].lower()
        step = 2 if two in _LAT_CYR and i not in apart else 1
        ch = _LAT_CYR.get(word[i:i + step].lower(), word[i:i + step])
        out.append(ch.upper() if word[i].isupper() else ch)
        i += step
    return "".join(out)


def cyrillic_as_in(word: str, text: str) -> str:
    """``word`` in Serbian Cyrillic as ``text`` spells it: a digraph may be two letters there
    (``Tanjug`` is ``Танјуг``, ``konjunktura`` ``конјунктура``); :func:`latin_to_cyrillic` when
    the text spells it no way.

    Example:
        >>> cyrillic_as_in("Tanjug", "јавља Танјуг")
        'Танјуг'
    """
    first = latin_to_cyrillic(word)
    digraphs = [i for i in range(len(word) - 1) if word[i:i + 2].lower() in _LAT_CYR]
    if first in text or not digraphs or len(digraphs) > 3:
        return first
    for k in range(1, 1 << len(digraphs)):
        spelt = _to_cyrillic(word, frozenset(d for b, d in enumerate(digraphs) if k >> b & 1))
        if spelt in text:
            return spelt
    return first
