"""Language and script detection, and Serbian Cyrillic to Latin transliteration.

Detection is a small, documented heuristic rather than a model: it looks at the script
and at letters and function words that tell the six languages apart (sl, hr, sr, bs, mk, bg).
It is meant for routing articles to the right annotator, not for linguistic research on
short strings; pass ``language=`` to a loader when you know better.

Example:
    >>> detect_language("Ruski predsednik se je zahvalil za napotitev vojakov.")
    'sl'
    >>> to_latin("Владимир Путин")
    'Vladimir Putin'
"""

from __future__ import annotations

import re
from collections import Counter

from .errors import UnsupportedLanguageError

__all__ = ["LANGUAGES", "detect_language", "detect_script", "to_latin", "check_language"]

#: Languages newskit knows, with their names. CLASSLA covers all but Bosnian, which uses Croatian models.
LANGUAGES = {
    "sl": "Slovenian",
    "hr": "Croatian",
    "sr": "Serbian",
    "bs": "Bosnian",
    "mk": "Macedonian",
    "bg": "Bulgarian",
}

_WORD = re.compile(r"\w+", re.UNICODE)

# Function words frequent in one language and rare in its neighbours.
_MARKERS: dict[str, set[str]] = {
    "sl": {"je", "in", "da", "se", "so", "ki", "za", "na", "pa", "tudi", "kot", "še", "bo", "bi", "ali",
           "sta", "smo", "ste", "pri", "ter", "kjer", "zaradi", "lahko", "danes", "letos", "leta", "več",
           "med", "že", "kar", "vendar", "jih", "ga", "njegov", "dejal", "povedal", "poudaril", "ni"},
    "hr": {"je", "i", "da", "se", "su", "koji", "koja", "koje", "za", "na", "u", "što", "kako", "će", "bi",
           "tijekom", "također", "kazao", "rekao", "izjavio", "prema", "tko", "gdje", "sada", "može",
           "vlada", "godine", "ili", "nije", "tisuća", "posto", "priopćio", "općina", "sveučilište"},
    "sr": {"je", "i", "da", "se", "su", "koji", "za", "na", "u", "što", "šta", "kako", "će", "bi",
           "takođe", "rekao", "izjavio", "prema", "ko", "gde", "sada", "može", "vlada", "godine", "ili",
           "nije", "hiljada", "odsto", "vesti", "opština", "univerzitet", "dve", "deo", "vreme"},
    "bs": {"je", "i", "da", "se", "su", "koji", "za", "na", "u", "šta", "kako", "će", "bi", "također",
           "hiljada", "općina", "historija", "rekao", "kazao", "izjavio", "vrijeme", "dvije"},
    "mk": {"и", "на", "во", "се", "да", "е", "со", "за", "од", "што", "ќе", "беше", "како", "тоа",
           "според", "рече", "изјави", "македонија", "годинава", "треба", "може", "бидејќи", "меѓу"},
    "bg": {"и", "на", "в", "се", "да", "е", "с", "за", "от", "че", "ще", "беше", "като", "това", "са",
           "според", "каза", "заяви", "българия", "година", "трябва", "може", "които", "който", "във"},
    "sr-Cyrl": {"и", "на", "у", "се", "да", "је", "са", "за", "од", "што", "шта", "ће", "био", "као", "то",
                "према", "рекао", "изјавио", "србија", "године", "треба", "може", "који", "која", "није"},
}

# Letters that occur in one language (or group) only.
_LETTERS = {
    "mk": set("ќѓѕљњџј"),  # mk shares љњџј with sr; ќ ѓ ѕ are Macedonian only
    "sr-Cyrl": set("ћђљњџј"),
    "bg": set("ъщюя"),  # ъ, щ are Bulgarian only among these
}


def detect_script(text: str) -> str:
    """``"Cyrillic"`` or ``"Latin"``, whichever letters dominate (Latin when there are none)."""
    cyr = sum(1 for ch in text if "\u0400" <= ch <= "\u04ff")
    lat = sum(1 for ch in text if ch.isalpha() and ch.isascii() or "\u00c0" <= ch <= "\u024f")
    return "Cyrillic" if cyr > lat else "Latin"


def detect_language(text: str, *, default: str = "sl") -> str:
    """Guess the language of a South Slavic text: one of :data:`LANGUAGES`.

    Cyrillic text is told apart by letters (ќ ѓ ѕ: Macedonian; ъ щ: Bulgarian; ћ ђ: Serbian) and
    function words; Latin text by function words and spellings (Slovenian ``je ... in``, ``ki``;
    Croatian ``tijekom``, ``tisuća``; Serbian ekavian ``gde``, ``vreme``, ``hiljada``). Returns
    ``default`` when there is too little text to tell.
    """
    words = [w.lower() for w in _WORD.findall(text[:20000])]
    if len(words) < 3:
        return default
    counts = Counter(words)
    if detect_script(text) == "Cyrillic":
        letters = set(text.lower())
        scores = {lang: sum(counts[w] for w in _MARKERS[lang]) for lang in ("mk", "bg", "sr-Cyrl")}
        for lang, marks in _LETTERS.items():
            scores[lang] += 20 * len(letters & marks)
        # ј, љ, њ are shared by Serbian and Macedonian; ќ/ѓ/ѕ settle it, ћ/ђ settle Serbian.
        if letters & set("ћђ"):
            scores["sr-Cyrl"] += 50
        best = max(scores, key=lambda k: scores[k])
        return "sr" if best == "sr-Cyrl" else best
    scores = {lang: sum(counts[w] for w in _MARKERS[lang]) for lang in ("sl", "hr", "sr", "bs")}
    # Slovenian has no ć/đ; Croatian, Serbian and Bosnian have them, and no "ki" relative.
    text_l = text.lower()
    if "ć" in text_l or "đ" in text_l:
        scores["sl"] -= 10 + text_l.count("ć") + text_l.count("đ")
    ije = len(re.findall(r"\w*ije\w*", text_l))
    scores["hr"] += ije // 3
    scores["bs"] += ije // 4
    return max(scores, key=lambda k: scores[k])


_SR_CYR_TO_LAT = {
    "А": "A", "Б": "B", "В": "V", "Г": "G", "Д": "D", "Ђ": "Đ", "Е": "E", "Ж": "Ž", "З": "Z", "И": "I",
    "Ј": "J", "К": "K", "Л": "L", "Љ": "Lj", "М": "M", "Н": "N", "Њ": "Nj", "О": "O", "П": "P", "Р": "R",
    "С": "S", "Т": "T", "Ћ": "Ć", "У": "U", "Ф": "F", "Х": "H", "Ц": "C", "Ч": "Č", "Џ": "Dž", "Ш": "Š",
}
_SR_CYR_TO_LAT.update({k.lower(): v.lower() for k, v in list(_SR_CYR_TO_LAT.items())})


def to_latin(text: str) -> str:
    """Transliterate Serbian Cyrillic to Latin (Gaj's alphabet), character by character.

    The mapping is one to one in this direction, so it is exact. Digraph capitals follow the
    next letter: ``ЉУБА`` -> ``LJUBA``, ``Љубав`` -> ``Ljubav``. Latin to Cyrillic is ambiguous
    (``nj`` in ``konjugacija``) and is not offered.
    """
    out = []
    for i, ch in enumerate(text):
        lat = _SR_CYR_TO_LAT.get(ch)
        if lat is None:
            out.append(ch)
        elif len(lat) == 2 and ch.isupper():
            nxt = text[i + 1] if i + 1 < len(text) else ""
            out.append(lat.upper() if nxt.isupper() else lat)
        else:
            out.append(lat)
    return "".join(out)


def check_language(lang: str | None, *, argument: str = "lang") -> str | None:
    """Return ``lang`` normalised (``"SL"`` -> ``"sl"``), or raise naming the supported ones."""
    if lang is None:
        return None
    code = str(lang).strip().lower().replace("_", "-").split("-")[0]
    if code not in LANGUAGES:
        choices = ", ".join(f"{k} ({v})" for k, v in LANGUAGES.items())
        raise UnsupportedLanguageError(f"{argument}={lang!r} is not supported; choose one of {choices}")
    return code
