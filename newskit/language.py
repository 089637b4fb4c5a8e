"""Language and script detection, and Serbian Cyrillic to Latin transliteration.

Detection is a small, documented heuristic rather than a model: it looks at the script
and at letters and function words that tell the six languages apart (sl, hr, sr, bs, mk, bg).
It is meant for routing articles to the right annotator, not for linguistic research on
short strings; pass ``language=`` to a loader when you know better. It also recognises
English (:data:`READ_ONLY_LANGUAGES`), so that English reports are kept apart rather than taken
for Slovenian; loaders accept English, annotators refuse it.

Example:
    >>> detect_language("Ruski predsednik se je zahvalil za napotitev vojakov.")
    'sl'
    >>> to_latin("Владимир Путин")
    'Vladimir Putin'
"""

from __future__ import annotations

import re

from .errors import InputError, UnsupportedLanguageError

__all__ = [
    "LANGUAGES",
    "READ_ONLY_LANGUAGES",
    "detect_language",
    "detect_script",
    "to_latin",
    "check_language",
    "language_argument",
    "resource_language",
    "LATIN_READING",
    "ANALYTIC",
    "warn_unavailable",
]

#: Languages newskit knows, with their names. CLASSLA covers all but Bosnian, which uses Croatian models.
LANGUAGES = {
    "sl": "Slovenian",
    "hr": "Croatian",
    "sr": "Serbian",
    "bs": "Bosnian",
    "mk": "Macedonian",
    "bg": "Bulgarian",
}

#: Languages without models and lexicons of their own, and the language whose resources serve them:
#: CLASSLA has no Bosnian models, so Bosnian is tagged, lemmatised and named with the Croatian ones.
SERVED_BY = {"bs": "hr"}


def resource_language(lang: str) -> str:
    """The language whose models, lemmatiser and lexicons annotate ``lang`` (``"bs"`` -> ``"hr"``).

    Example:
        >>> resource_language("bs"), resource_language("sl")
        ('hr', 'sl')
    """
    return SERVED_BY.get(lang, lang)


#: Languages written in Cyrillic as in Latin, and the table that reads their Cyrillic as Latin exactly
#: (:func:`to_latin`): the quote rules compare such words with their Latin word lists.
LATIN_READING = {"sr": "sr", "bs": "sr"}

#: Languages that lost the Slavic noun cases and the infinitive (Macedonian, Bulgarian). The quote rules
#: read every noun and name there as a nominative (``премиерот``, ``министърът`` carry a postfixed
#: article, not a case ending; only pronouns keep cases: ``го``, ``му``), keep names and outlets as
#: written, and, without tags, know a verb by the reporting-verb lexicon rather than an infinitive lemma.
ANALYTIC = frozenset({"mk", "bg"})


#: Languages loaders accept and keep but annotators refuse (see :func:`check_language`).
READ_ONLY_LANGUAGES = {"en": "English"}

_WORD = re.compile(r"\w+", re.UNICODE)


def _words(*groups: str) -> frozenset[str]:
    return frozenset(w for g in groups for w in g.split())


# Latin script, first step: Slovenian against Croatian/Serbian/Bosnian (BCS). Only words frequent in one
# side and absent or rare in the other count; shared words (je, da, se, na, za, kako) tell nothing.
_SL_WORDS = _words(
    "v in ki so tudi kot še že bo bodo bomo sta ter več lahko zaradi vendar kjer jih ker če vse vsi tega tem",
    "bil bilo dejal dejala povedal povedala poudaril dodal letos lani danes včeraj zdaj sedaj sicer",
    "namreč oziroma predvsem skupaj medtem ob ni niso le pri z naj kaj kdo zelo nekaj vsak saj ampak",
    "kljub okrog glede vseeno sem ji med brez skozi torej celo",
)
_BCS_WORDS = _words(
    "u i su koji koja koje kojeg kojem kojima kojoj nije nisu će ću ćemo što šta jer ako sve svi ovo",
    "ova ovaj ovog ovom ih joj još nakon tijekom tokom dok kada kad mogu može bio godine godina",
    "rekao rekla kazao izjavio izjavila također takođe danas jučer juče sada sa prema nego",
    "među tko kao bez kroz nekoliko vrlo dakle zbog čak već uz",
)
# Slovenian masculine past participles end in -l (dejal, postavil), the BCS ones in -o (rekao, postavio).
_SL_PARTICIPLE = re.compile(r"^\w{2,}il$")
_BCS_PARTICIPLE = re.compile(r"^\w+(?:ao|io|eo)$")
_NOT_PARTICIPLES = _words("radio studio video trio rodeo ohio")
# Slovenian has no ć or đ: they come with names (Vučić, Đoković), so they count little.
_BCS_LETTERS = "ćđ"

# Second step, among BCS. Reflexes of Common Slavic jat: ekavian (Serbian) against (i)jekavian
# (Croatian, Bosnian, and Serbian in Bosnia and Montenegro). Word beginnings, or whole words ($).
_EKAVIAN = re.compile(
    r"^(?:predsed|potpredsed|vreme$|svetsk|svetu$|sever|mest[oaui]?$|meseci?|meseca|nedelj|ponedelj"
    r"|deo$|delov|reč$|reči$|rečima$|vest[iu]?$|uvek|ovde$|gde$|negde|posle|pre$|dve$|primer|cen[aeuo]$"
    r"|cenama|dete|dec[aeu]$|mer[aeu]$|merama|hteo|hteli|želeo|želeli|videli|smeo|sme$|mesto"
    r"|lep[aoi]?$|rek[ae]$|sred[au]$|belo|beli|verovatno|vek[au]?$|ocen|procen|rešen|rešit|napred|pesm"
    r"|devojk|celo|celi)",
)
_IJEKAVIAN = re.compile(
    r"^(?:predsjed|potpredsjed|vrijem|svijet|svjetsk|sjever|mjest|mjesec|nedjelj|ponedjelj|dio$|dijel"
    r"|riječ|vijest|uvijek|ovdje$|gdje$|negdje|poslije|prije$|dvije$|primjer|cijen|dijete|djec|mjer"
    r"|htio|htjel|željel|vidio$|vidjel|smio|lijep|rijek|srijed|bijel|vjerovatno|vjerojatno|vijek|ocjen"
    r"|procjen|rješen|riješ|naprijed|pjesm|djevojk|cijel|uvjet|uvjeren|odjel|sjedn|sjedišt|mjesn|vjer)",
)
# Croatian standard words, against words Serbian and Bosnian share (hiljada/tisuća, tokom/tijekom ...).
_HR = re.compile(
    r"^(?:tisuć|tijekom|tko$|povijes|sveučilišt|priopć|izvješć|tjed|veleposlan|nogomet|glazb|zrakoplov"
    r"|obitelj|kazališt|bojišnic|dužnosni|glasnogovorni|siječ|veljač|ožuj|travnj|svib|lipnj|srpnj|kolovoz"
    r"|rujn|listopad|studenog|studeni$|prosin|jučer$|zrak|točno|točk|znanost|kruh|vlak|tvornic|prosvjed"
    r"|čimbeni|izvanredn|sudjelova|unatoč|europ|kemij|suradnj|surađ|čelni|oporb|obljetnic|hina$|hdz"
    r"|sabor|zapovjed|tvrtk|neovisn|ravnatelj|ulagač|gospodarstv|poduze|mirovin|proračun|tajnik|odvjetni"
    r"|udrug)",
)
_EAST = re.compile(
    r"^(?:hiljad|tokom$|juče$|vazduh|tačno|tačk|nauk|fabrik|učestvova|vanredn|evrop|hemij|saradnj|sarađ"
    r"|porodic|muzik|fudbal|univerzitet|ambasad|lider|oblast|godišnjic|sedmic|procenat|hleb|hljeb|voz$"
    r"|opozicij|portparol|ko$|uslov|preduze|nezavisn|privred|sekretar|advokat)",
)
_SR = re.compile(r"^(?:saopšt|opšt|odsto$|tanjug)")
# Not "BiH": Croatian and Serbian reports about Bosnia name it as often ("bih" is also "I would").
_BS = re.compile(r"^(?:saopć|općin|historij|fena$|lahk|bošnja|kantona?$)")

# Cyrillic: Bulgarian, Macedonian, Serbian. Letters settle most texts: ъ щ я ю й (Bulgarian, none in the
# other two), ќ ѓ ѕ (Macedonian only), ћ ђ (Serbian only); ј љ њ џ are Serbian and Macedonian.
_CYR_WORDS: dict[str, frozenset[str]] = {
    "bg": _words("в във със с че ще това които който от след през между няма каза заяви този тази тези",
                 "днес бяха бъде"),
    "mk": _words("во со дека ќе кој кое кои овој оваа ова тоа изјави рече меѓу преку нема го додека денес",
                 "бил била"),
    "sr": _words("у је шта ће који које није био била били према између након такође рекао изјавио",
                 "данас сам смо"),
}
_CYR_LETTERS = {"bg": "ъщяюйэы", "mk": "ќѓѕ", "sr": "ћђ"}
_CYR_SHARED = "јљњџ"  # Serbian and Macedonian, never Bulgarian

# English (read, not annotated): its commonest words, none of them a South Slavic word.
_EN_WORDS = _words("the and of that with was were said his her from for by at is are has have it this",
                   "which their they after he she would will not an been who")
def detect_script(text: str) -> str:
    """``"Cyrillic"`` or ``"Latin"``, whichever letters dominate (Latin when there are none)."""
    cyr = sum(1 for ch in text if "\u0400" <= ch <= "\u04ff")
    lat = sum(1 for ch in text if ch.isalpha() and ch.isascii() or "\u00c0" <= ch <= "\u024f")
    return "Cyrillic" if cyr > lat else "Latin"


def detect_language(text: str, *, default: str = "sl") -> str:
    """Guess the language of a news text: one of :data:`LANGUAGES`, or ``"en"`` for English.

    Cyrillic text is told apart by letters (ъ щ я ю: Bulgarian; ќ ѓ ѕ: Macedonian; ћ ђ: Serbian;
    ј љ њ џ: not Bulgarian) and function words (``във``, ``че`` / ``во``, ``дека`` / ``у``, ``је``).
    Latin text in two steps: Slovenian against Croatian, Serbian and Bosnian by function words
    (``in``, ``ki``, ``so``, ``v`` against ``i``, ``koji``, ``su``, ``u``); then among those three by
    the reflex of jat (ekavian ``predsednik``, ``gde``: Serbian; ijekavian ``predsjednik``, ``gdje``:
    Croatian or Bosnian) and by standard vocabulary (Croatian ``tisuća``, ``tijekom``, ``europski``;
    Serbian and Bosnian ``hiljada``, ``tokom``, ``evropski``; Serbian ``saopštio``, ``opština``;
    Bosnian ``saopćio``, ``historija``). Ijekavian Latin text in Serbian without such Serbian-only
    words reads as Bosnian: the standards differ in few words.

    Clearly English text gives ``"en"``, which loaders keep and annotators refuse. Text with too
    few telling words gives ``default``.

    Example:
        >>> detect_language("Predsjednik je rekao da će tijekom tjedna doći u Zagreb.")
        'hr'
        >>> detect_language("Председник је рекао да ће доћи у Београд.")
        'sr'
    """
    words = [w.lower() for w in _WORD.findall(text[:20000]) if not w.isdigit()]
    if len(words) < 3:
        return default
    if detect_script(text) == "Cyrillic":
        return _detect_cyrillic(text, words, default)
    return _detect_latin(words, default)


def _detect_cyrillic(text: str, words: list[str], default: str) -> str:
    low = text[:20000].lower()
    scores = {lang: float(sum(w in marks for w in words)) for lang, marks in _CYR_WORDS.items()}
    for lang, letters in _CYR_LETTERS.items():
        scores[lang] += 2 * sum(low.count(ch) for ch in letters)
    shared = sum(low.count(ch) for ch in _CYR_SHARED)
    scores["sr"] += shared
    scores["mk"] += shared
    best = max(scores, key=lambda k: scores[k])
    if scores[best] == 0:
        return default if default in ("sr", "mk", "bg") else "sr"
    return best


def _detect_latin(words: list[str], default: str) -> str:
    en = sum(w in _EN_WORDS for w in words)
    ijek = sum(bool(_IJEKAVIAN.match(w)) for w in words)
    sl = sum(w in _SL_WORDS or bool(_SL_PARTICIPLE.match(w)) for w in words)
    bcs = (sum(w in _BCS_WORDS or (bool(_BCS_PARTICIPLE.match(w)) and w not in _NOT_PARTICIPLES) for w in words)
           + ijek + 0.5 * sum(any(c in w for c in _BCS_LETTERS) for w in words))
    if en >= 2 and en > max(sl, bcs):
        return "en"
    if sl > bcs:
        return "sl"
    ekav = sum(bool(_EKAVIAN.match(w)) for w in words)
    hr = sum(bool(_HR.match(w)) for w in words)
    east = sum(bool(_EAST.match(w)) for w in words)
    sr = sum(bool(_SR.match(w)) for w in words)
    bs = sum(bool(_BS.match(w)) for w in words)
    if bcs == 0 and ekav + hr + east + sr + bs == 0:
        return default
    if ekav > ijek:
        return "sr"
    if ijek == 0:
        # No jat reflex to go by: eastern words point to Serbian, by far the commoner of the two.
        return "hr" if hr >= east + sr + bs else "sr" if sr >= bs else "bs"
    if sr > bs and sr >= hr:
        return "sr"  # ijekavian Serbian (Republika Srpska, Montenegro): saopštio, opština, odsto
    return "hr" if hr >= east + bs else "bs"


_SR_CYR_TO_LAT = {
    "А": "A", "Б": "B", "В": "V", "Г": "G", "Д": "D", "Ђ": "Đ", "Е": "E", "Ж": "Ž", "З": "Z", "И": "I",
    "Ј": "J", "К": "K", "Л": "L", "Љ": "Lj", "М": "M", "Н": "N", "Њ": "Nj", "О": "O", "П": "P", "Р": "R",
    "С": "S", "Т": "T", "Ћ": "Ć", "У": "U", "Ф": "F", "Х": "H", "Ц": "C", "Ч": "Č", "Џ": "Dž", "Ш": "Š",
}
_SR_CYR_TO_LAT.update({k.lower(): v.lower() for k, v in list(_SR_CYR_TO_LAT.items())})


#: Cyrillic letters of Macedonian and of Bulgarian that Serbian does not have.
_MK_ONLY = frozenset("ЃЌЅѓќѕ")
_BG_ONLY = frozenset("ЩЪЬЮЯЙщъьюяй")


def _serbian_to_latin(text: str) -> str:
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


def to_latin(text: str, *, language: str | None = None) -> str:
    """Transliterate Cyrillic to Latin: Serbian (and Bosnian) exactly; Macedonian and Bulgarian with cyrtranslit.

    Serbian Cyrillic becomes Gaj's Latin alphabet, character by character; the mapping is one to
    one in this direction, so it is exact. Digraph capitals follow the next letter: ``ЉУБА`` ->
    ``LJUBA``, ``Љубав`` -> ``Ljubav``. Latin to Cyrillic is ambiguous (``nj`` in ``konjugacija``)
    and is not offered.

    Macedonian and Bulgarian have letters and conventions of their own (``ќе``, ``щастие``); they
    are transliterated by the `cyrtranslit <https://pypi.org/project/cyrtranslit/>`_ package
    when it is installed (``pip install cyrtranslit``), never with the Serbian table.

    Args:
        text: the text.
        language: ``sr`` (also ``bs``), ``mk`` or ``bg``; by default Serbian, unless the text has
            letters only Macedonian (``ѓ ќ ѕ``) or Bulgarian (``щ ъ ь ю я й``) have.

    Raises:
        UnsupportedLanguageError: Macedonian or Bulgarian text without cyrtranslit installed, or a
            language with no Cyrillic script newskit knows.

    Example:
        >>> to_latin("Љубав и Њујорк")
        'Ljubav i Njujork'
    """
    code = check_language(language, argument="language") if language is not None else None
    if code is None:
        letters = set(text)
        code = "mk" if letters & _MK_ONLY else "bg" if letters & _BG_ONLY else "sr"
    if code in ("sr", "bs"):
        return _serbian_to_latin(text)
    if code in ("mk", "bg"):
        try:
            import cyrtranslit
        except ImportError:
            raise UnsupportedLanguageError(
                f"to_latin(): {LANGUAGES[code]} ({code}) Cyrillic needs the cyrtranslit package "
                f"(pip install cyrtranslit); newskit's own table is Serbian and would garble it"
            ) from None
        return str(cyrtranslit.to_latin(text, code))
    raise UnsupportedLanguageError(
        f"to_latin(): language={language!r} is written in Latin script; to_latin is for sr, bs, mk and bg"
    )


def check_language(lang: str | None, *, argument: str = "lang", purpose: str = "annotate") -> str | None:
    """Return ``lang`` normalised (``"SL"`` -> ``"sl"``, ``"sr-Latn"`` -> ``"sr"``), or raise naming the choices.

    Args:
        lang: a language code, or ``None`` (returned as is).
        argument: the argument's name, for the message.
        purpose: ``"annotate"`` (the default) accepts :data:`LANGUAGES` only; ``"read"`` also accepts
            :data:`READ_ONLY_LANGUAGES` (English), which loaders keep so that, for instance, the
            AFP reports of the story pack can be read and compared, while annotators refuse them.

    Raises:
        UnsupportedLanguageError: naming the value and the supported languages.

    Example:
        >>> check_language("SL")
        'sl'
        >>> check_language("en", purpose="read")
        'en'
    """
    if purpose not in ("annotate", "read"):
        raise ValueError(f"purpose={purpose!r} is not one of 'annotate', 'read'")
    if lang is None:
        return None
    code = str(lang).strip().lower().replace("_", "-").split("-")[0]
    if code in LANGUAGES or (purpose == "read" and code in READ_ONLY_LANGUAGES):
        return code
    choices = ", ".join(f"{k} ({v})" for k, v in LANGUAGES.items())
    if code in READ_ONLY_LANGUAGES:
        raise UnsupportedLanguageError(
            f"{argument}={lang!r} ({READ_ONLY_LANGUAGES[code]}) can be read but not annotated; "
            f"newskit annotates {choices}"
        )
    if purpose == "read":
        choices += ", " + ", ".join(f"{k} ({v}, read only)" for k, v in READ_ONLY_LANGUAGES.items())
    raise UnsupportedLanguageError(f"{argument}={lang!r} is not supported; choose one of {choices}")


def language_argument(language: str | None, lang: str | None, *, caller: str, stacklevel: int = 3) -> str | None:
    """The language a caller was given: ``language=``, or the old spelling ``lang=`` with a warning.

    ``language=`` is the one name of the language argument across newskit; ``lang=`` is
    accepted for one release and gives a :class:`DeprecationWarning`. Both at once, differing,
    is an error.

    Raises:
        InputError: ``language=`` and ``lang=`` are both given and differ.
    """
    if lang is None:
        return language
    import warnings


    if language is not None and language != lang:
        raise InputError(f"{caller}(): language={language!r} and lang={lang!r} differ; give language= only")
    warnings.warn(f"{caller}(lang=...) is deprecated; use language=", DeprecationWarning, stacklevel=stacklevel)
    return lang


_WARNED: set[tuple[str, str]] = set()


def warn_unavailable(language: str, caller: str, what: str, *, stacklevel: int = 3) -> None:
    """Say once per process, clearly, that ``caller`` lacks something for ``language`` (mk and bg
    have no quote or role lexicons): one UserWarning, never a silent empty table."""
    if (language, caller) in _WARNED:
        return
    _WARNED.add((language, caller))
    import warnings

    name = LANGUAGES.get(language, language)
    warnings.warn(f"{caller}(): for {name} ({language}) {what}", UserWarning, stacklevel=stacklevel)
