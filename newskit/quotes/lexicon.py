"""Lexicons and outlets of the quote rules, read once from ``newskit/lexicons`` (data files, see their README).

Everything here is independent of the token table: outlets are found with one regular expression
over the article text.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field

from ..errors import InputError, UnsupportedLanguageError
from ..lexicons import credit_labels, on_change, read_rows
from ._words import latin_to_cyrillic

__all__ = [
    "QUOTE_LANGUAGES",
    "Lexicon",
    "load_lexicon",
    "Outlet",
    "find_outlets",
    "outlet_named",
    "suffix_rules",
    "rewrite_suffix",
]

#: Languages with their own quote lexicons (Bosnian has ijekavian files of its own; Macedonian and
#: Bulgarian have theirs, in Cyrillic, with no gold to measure them on).
QUOTE_LANGUAGES = {"sl": "sl", "hr": "hr", "bs": "bs", "sr": "sr", "mk": "mk", "bg": "bg"}


@dataclass(frozen=True)
class Lexicon:
    """The words the quote rules of one language need, read from ``newskit/lexicons/<lang>/``.

    ``verbs`` maps a reporting verb's lemma to ``(stance, frame)``; ``nouns`` a nominal cue's lemma to
    ``(stance, frame)``; ``roles`` a role noun's lemma to ``(gender, kind)``; ``words`` a function-word
    class to its words. The ``*_forms`` maps give the lemma of a surface form, for tokens whose lemma
    is missing or unknown (the lite annotation's lemmatizer does not know every verb).
    """

    lang: str
    verbs: Mapping[str, tuple[str, str]]
    verb_forms: Mapping[str, str]
    nouns: Mapping[str, tuple[str, str]]
    noun_forms: Mapping[str, str]
    roles: Mapping[str, tuple[str, str]]
    role_forms: Mapping[str, str]
    words: WordClasses
    #: an adjective cue's lemma to the forms that report (the lemma and the forms of its row):
    #: ``jasen, jasna, jasni, jasne``, not the impersonal ``jasno je``
    adjective_forms: Mapping[str, frozenset[str]] = field(default_factory=dict)

    def has(self, cls: str, word: str) -> bool:
        return word in self.words[cls]


class UndeclaredWordClassError(LookupError):
    """A word class that ``lexicons/common/word_classes.tsv`` does not declare was asked for."""


class WordClasses(Mapping[str, frozenset[str]]):
    """The function words of one language by class, over the classes ``common/word_classes.tsv``
    declares: a declared class the language has no words of is empty; an undeclared one is an
    error (:class:`UndeclaredWordClassError`), never a silent empty set, also through ``.get``.

    Example:
        >>> "da" in load_lexicon("sl").words["complementizer"]
        True
        >>> load_lexicon("sl").words["complementiser"]
        Traceback (most recent call last):
        ...
        newskit.quotes.lexicon.UndeclaredWordClassError: word class 'complementiser' is not declared in newskit/lexicons/common/word_classes.tsv (declared: according, ...)
    """

    def __init__(self, words: Mapping[str, frozenset[str]], declared: frozenset[str]):
        self._words = {cls: words.get(cls, frozenset()) for cls in sorted(declared)}

    def __getitem__(self, cls: str) -> frozenset[str]:
        try:
            return self._words[cls]
        except KeyError:
            names = ", ".join(list(self._words)[:2])
            raise UndeclaredWordClassError(
                f"word class {cls!r} is not declared in newskit/lexicons/common/word_classes.tsv "
                f"(declared: {names}, ...)") from None

    def __iter__(self) -> Iterator[str]:
        return iter(self._words)

    def __len__(self) -> int:
        return len(self._words)


@functools.cache
def declared_word_classes() -> frozenset[str]:
    """The word classes of ``newskit/lexicons/common/word_classes.tsv``."""
    return frozenset(row[0] for row in read_rows("common", "word_classes.tsv"))


def _function_words(*parts: str) -> dict[str, set[str]]:
    """The words of a function_words.tsv by class; a row of an undeclared class is an error naming the file and line."""
    declared = declared_word_classes()
    words: dict[str, set[str]] = {}
    for n, row in enumerate(read_rows(*parts), 1):
        if len(row) < 2 or row[1] not in declared:
            cls = row[1] if len(row) > 1 else ""
            raise UndeclaredWordClassError(
                f"newskit/lexicons/{'/'.join(parts)}: data row {n} ({row[0]!r}) has class {cls!r}, which "
                f"common/word_classes.tsv does not declare; declare it there or fix the row")
        words.setdefault(row[1], set()).add(row[0])
    return words


@functools.cache
def common_words() -> WordClasses:
    """The word classes of ``common/function_words.tsv`` alone: what every quote language shares, and
    all a language without quote lexicons would have."""
    words = _function_words("common", "function_words.tsv")
    return WordClasses({k: frozenset(v) for k, v in words.items()}, declared_word_classes())


#: The word classes of a participle's endings (``dejal``, ``rekla``, ...).
PARTICIPLE_CLASSES = ("participle_m_p", "participle_f_p", "participle_f_s", "participle_n_s", "participle_m_s")


def suffix_rules(rows: Iterable[str], cls: str = "") -> dict[str, tuple[str, ...]]:
    """The ``END>NEW`` rows of a rewrite word class ``cls`` (``present_form``, ``masculine_plural``)
    as a map from each ``END`` to its ``NEW`` endings, in sorted order.

    Raises:
        InputError: for a row without ``>``, naming the class and the fix.
    """
    out: dict[str, list[str]] = {}
    for row in sorted(rows):
        end, sep, new = row.partition(">")
        if not sep:
            raise InputError(f"row {row!r} of word class {cls!r} (newskit/lexicons/<lang>/function_words.tsv) "
                               "is not END>NEW; write it as, e.g., a>ajo")
        out.setdefault(end, []).append(new)
    return {end: tuple(news) for end, news in out.items()}


def rewrite_suffix(word: str, rules: Mapping[str, tuple[str, ...]]) -> list[str]:
    """``word`` with the longest ``END`` of ``rules`` it ends in replaced by each of that END's new
    endings; empty when it ends in none.

    Example:
        >>> rewrite_suffix("dužnosnik", suffix_rules(["k>ci", ">i"]))
        ['dužnosnici']
        >>> rewrite_suffix("ministar", suffix_rules(["k>ci", ">i"]))
        ['ministari']
    """
    best = None
    for end in rules:
        if word.endswith(end) and (best is None or len(end) > len(best)):
            best = end
    if best is None:
        return []
    stem = word[:len(word) - len(best)]
    return [stem + new for new in rules[best]]


def _verb_forms(lemma: str, participle_endings: frozenset[str], present: Mapping[str, tuple[str, ...]]) -> set[str]:
    """Regular participles (the language's ``participle_*`` endings) and present-tense forms (its
    ``present_form`` rewrites of the stem) of a reporting verb (used only without a lemma)."""
    out: set[str] = set()
    if not lemma.endswith("ti"):
        return out
    stem = lemma[:-2]
    out.update(stem + e for e in participle_endings)
    out.update(rewrite_suffix(stem, present))
    return out


def _noun_forms(lemma: str, forms: Mapping[str, tuple[str, ...]], fleeting: Mapping[str, tuple[str, ...]]) -> set[str]:
    """Oblique forms of a cue or role noun (the ``noun_form`` rewrites, and ``noun_form_fleeting`` in
    lemmas of five letters or more), for tokens without a usable lemma."""
    out = {lemma}
    out.update(rewrite_suffix(lemma, forms))
    if len(lemma) > 4:
        out.update(rewrite_suffix(lemma, fleeting))
    return out


@functools.cache
def load_lexicon(lang: str) -> Lexicon:
    """The quote lexicon of ``lang`` (sl, hr, sr, bs, mk, bg: Bosnian has its own ijekavian files), read once per process.

    Raises:
        UnsupportedLanguageError: for a language without quote lexicons, naming those that have them.

    Example:
        >>> load_lexicon("sl").verbs["poudariti"]
        ('emphatic', 'speech')
    """
    folder = QUOTE_LANGUAGES.get(lang)
    if folder is None:
        raise UnsupportedLanguageError(
            f"lang={lang!r} has no quote lexicons; choose one of {', '.join(sorted(QUOTE_LANGUAGES))}"
        )
    words = _function_words(folder, "function_words.tsv")
    for cls, common in _function_words("common", "function_words.tsv").items():
        words.setdefault(cls, set()).update(common)
    participle_endings = frozenset().union(*(words.get(cls, set()) for cls in PARTICIPLE_CLASSES))
    present = suffix_rules(words.get("present_form", ()), "present_form")
    noun_form = suffix_rules(words.get("noun_form", ()), "noun_form")
    fleeting = suffix_rules(words.get("noun_form_fleeting", ()), "noun_form_fleeting")
    verbs: dict[str, tuple[str, str]] = {}
    verb_forms: dict[str, str] = {}
    adjective_forms: dict[str, frozenset[str]] = {}
    for row in read_rows(folder, "reporting_verbs.tsv"):
        lemma, stance, frame = row[0], row[1], row[2]
        verbs[lemma] = (stance, frame)
        forms = _verb_forms(lemma, participle_endings, present)
        if len(row) > 3 and row[3]:
            forms.update(f.strip() for f in row[3].split(",") if f.strip())
        if frame == "adjective":
            adjective_forms[lemma] = frozenset({lemma} | {f.strip() for f in (row[3] if len(row) > 3 else "").split(",")
                                                          if f.strip()})
        for form in forms:
            verb_forms.setdefault(form, lemma)
    nouns: dict[str, tuple[str, str]] = {}
    noun_forms: dict[str, str] = {}
    for row in read_rows(folder, "nominal_cues.tsv"):
        nouns[row[0]] = (row[1], row[2])
        for form in _noun_forms(row[0], noun_form, fleeting):
            noun_forms.setdefault(form, row[0])
    roles: dict[str, tuple[str, str]] = {}
    role_forms: dict[str, str] = {}
    for row in read_rows(folder, "roles.tsv"):
        roles[row[0]] = (row[1], row[2])
        for form in _noun_forms(row[0], noun_form, fleeting):
            role_forms.setdefault(form, row[0])
    return Lexicon(
        lang=folder,
        verbs=verbs,
        verb_forms=verb_forms,
        adjective_forms=adjective_forms,
        nouns=nouns,
        noun_forms=noun_forms,
        roles=roles,
        role_forms=role_forms,
        words=WordClasses({k: frozenset(v) for k, v in words.items()}, declared_word_classes()),
    )


# --- Outlets and agencies ----------------------------------------------------------------------

@dataclass(frozen=True)
class Outlet:
    """One entry of ``lexicons/common/outlets.tsv``."""

    name: str
    type: str  # agency or outlet
    match: str  # exact, inflect, strict
    pattern: re.Pattern[str]
    aliases: tuple[str, ...] = ()  # the name and its other spellings, as written


_LOWER = "a-zčšžćđäöüéèáàíóúýřěňťďåøæœа-яђѓѕјљњћќџ"  # (Cyrillic too: ``Политике``)


def _alias_pattern(alias: str, match: str) -> str:
    if match in ("inflect", "strict"):  # (``strict``: only beside a cue, see Entities._credit_context)
        if alias[-1:].lower() in "aeiouаеиоу" and len(alias) > 3:
            return re.escape(alias[:-1]) + f"(?:[{_LOWER}]{{1,3}})"
        return re.escape(alias) + f"(?:-?[{_LOWER}]{{1,3}})?"
    return re.escape(alias)


_LATIN_LETTER = re.compile("[a-zA-ZčćžšđČĆŽŠĐ]")


@functools.cache
def _outlets() -> tuple[tuple[Outlet, ...], re.Pattern[str]]:
    entries = []
    alternatives: list[str] = []
    for row in read_rows("common", "outlets.tsv"):
        name, kind, match = row[0], row[1], row[2]
        aliases = [name] + [a for a in (row[3].split("|") if len(row) > 3 and row[3] else []) if a]
        # and each in Serbian Cyrillic (``Tanjug`` -> ``Тањуг``, ``RTS`` -> ``РТС``), beside any the row spells;
        # not a two-letter acronym (``АП`` is also the autonomous province of ``АП Војводина``)
        aliases += [c for c in dict.fromkeys(latin_to_cyrillic(x) for x in aliases
                                             if _LATIN_LETTER.search(x) and not (len(x) == 2 and x.isalpha()))
                    if c not in aliases]
        pats = sorted({_alias_pattern(a, match) for a in aliases}, key=len, reverse=True)
        alternatives.extend(pats)
        entries.append(Outlet(name, kind, match, re.compile("(?:" + "|".join(pats) + ")"), tuple(aliases)))
    alternatives.sort(key=len, reverse=True)
    big = re.compile(r"(?<![\w.@-])(?:" + "|".join(alternatives) + r")(?![\w]|\.\w)")
    return tuple(entries), big


_OUTLET_END = re.compile(r"(?![\w]|\.\w)")


def find_outlets(text: str) -> list[tuple[int, int, Outlet]]:
    """``(start, end, outlet)`` of every agency or outlet named in ``text``.

    Example:
        >>> [(o.name, text) for s, e, o in find_outlets(text := "poroča AFP, piše Reutersa")]  # doctest: +SKIP
    """
    entries, big = _outlets()
    found: list[tuple[int, int, Outlet]] = []
    for m in big.finditer(text):
        start = m.start()
        if found and start < found[-1][1]:
            continue
        # the longest name that starts here: ``Večernji list``, not the inflected ``Večer`` in ``Večernji``
        best: tuple[int, int, Outlet] | None = None
        for entry in entries:
            hit = entry.pattern.match(text, start)
            if hit is not None and _OUTLET_END.match(text, hit.end()) and (best is None or hit.end() > best[1]):
                best = (start, hit.end(), entry)
        if best is not None:
            found.append(best)
    return found


def outlet_spelt_in(name: str, text: str) -> str | None:
    """The spelling of the outlet ``name`` that ``text`` uses in another script, nominative
    (``Reuters`` in a text that writes ``Ројтерса``: ``Ројтерс``); None if it uses none."""
    entries, _ = _outlets()
    entry = next((e for e in entries if e.name == name), None)
    if entry is None:
        return None
    for alias in entry.aliases:
        if alias != name and re.search(r"(?<!\w)" + _alias_pattern(alias, entry.match) + r"(?!\w)", text):
            return alias
    return None


def outlet_named(name: str) -> Outlet | None:
    """The outlet entry that ``name`` spells (``Reutersa`` -> Reuters), or None."""
    entries, _ = _outlets()
    for entry in entries:
        if entry.pattern.fullmatch(name):
            return entry
    return None


# --- Credit lines ----------------------------------------------------------------------------

# One list of picture-credit labels for all of newskit (lexicons/common/credit_labels.tsv), as written and in capitals.
_LABELS = "|".join(re.escape(w) for label in credit_labels() for w in dict.fromkeys((label, label.upper())))
CREDIT_LABEL = re.compile(_LABELS)

_CREDIT_RE = re.compile(rf"(?:(?<![\w])(?:{_LABELS})\s*:\s*|©\s*)")

_CREDIT_VALUE_RE = re.compile(
    r"(?:[\w.\-&]+(?:\s*/\s*[\w.\-&]+)*)(?:\s+(?!(?:[A-ZČŠŽĆĐ][a-zčšžćđ]+[,.]))[A-ZČŠŽĆĐ][\w.\-]*(?:\s*/\s*[\w.\-&]+)+)?"
)

def credit_spans(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, value)`` of the picture credits in ``text``: ``Foto: Xinhua/STA``, ``© www.kremlin.ru``,
    ``Foto: Anže Malovrh/STA``."""
    out = []
    for m in _CREDIT_RE.finditer(text):
        nl = text.find("\n", m.end())
        line_end = len(text) if nl < 0 else nl
        if line_end - m.end() <= 60:  # a credit line of its own: all of it
            value, end = text[m.end():line_end], line_end
        else:  # a credit run into the text: its first words
            v = _CREDIT_VALUE_RE.match(text, m.end())
            if v is None:
                continue
            value, end = v.group(0), v.end()
        value = value.strip().rstrip(".,;")
        if value:
            out.append((m.start(), end, value))
    return out


# your own lexicons (newskit.add_lexicons) are read on next use
on_change(load_lexicon.cache_clear)
on_change(_outlets.cache_clear)
on_change(declared_word_classes.cache_clear)
on_change(common_words.cache_clear)
