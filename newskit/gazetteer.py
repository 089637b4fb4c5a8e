"""The offline annotator's language resources: lemmagen3's lemmas and the gazetteer of names.

The gazetteer of a language (``newskit/lexicons/<lang>/ner.tsv``: names with their type and base
form, and the cue words of names: roles, organisation heads, place prepositions, given names,
stop words) and lemmagen3's lemmatiser serve both the lite annotator's rules and its trained
recogniser, which is why they live below both.

Example:
    >>> from newskit.gazetteer import gazetteer_match
    >>> gazetteer_match(["v", "Severno", "Korejo"], 1, "sl")[:2]
    (2, 'LOC')
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from .language import resource_language
from .lexicons import LEXICON_ROOT

__all__ = ["Gazetteer", "gazetteer_match", "lemmatize", "lexicon", "match_at", "word_matches"]


@functools.cache
def _lemmatizer(lang: str) -> Any:
    from lemmagen3 import Lemmatizer

    return Lemmatizer(resource_language(lang))


@functools.lru_cache(maxsize=200_000)
def lemmatize(word: str, lang: str) -> str:
    """lemmagen3's lemma of ``word`` (case kept as lemmagen gives it); ``word`` itself on failure."""
    if not any(ch.isalpha() for ch in word):
        return word
    try:
        out = _lemmatizer(lang).lemmatize(word)
    except Exception:  # lemmagen raises on odd input; a word is its own lemma then
        return word
    return out or word



@dataclass
class Gazetteer:
    """The gazetteer and cue words of one language (``newskit/lexicons/<lang>/ner.tsv``)."""

    #: first three letters (lower case) of an entry -> [(entry words, type)]
    names: dict[str, list[tuple[tuple[str, ...], str]]] = field(default_factory=dict)
    role: set[str] = field(default_factory=set)
    org: set[str] = field(default_factory=set)
    locprep: set[str] = field(default_factory=set)
    stop: set[str] = field(default_factory=set)
    given: set[str] = field(default_factory=set)
    #: names of peoples and inhabitants (hr ``Hrvat``, ``Albanac``), which hr500k and SETimes mark as names
    demonym: set[str] = field(default_factory=set)
    #: head words of event, law, award and title names (hr ``zakon``, ``nagrada``, ``prvenstvo``)
    misc: set[str] = field(default_factory=set)


_ENTRY_WORDS = re.compile(r"\w+\.?|[^\w\s]", re.UNICODE)


@functools.cache
def lexicon(lang: str) -> Gazetteer:
    """Load ``newskit/lexicons/<lang>/ner.tsv`` (Bosnian reads the Croatian one)."""
    lex = Gazetteer()
    path = LEXICON_ROOT / resource_language(lang) / "ner.tsv"
    if not path.exists():
        return lex
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#") or "\t" not in line:
            continue
        entry, kind = (x.strip() for x in line.split("\t", 1))
        if kind in ("PER", "LOC", "ORG", "MISC"):
            words = tuple(_ENTRY_WORDS.findall(entry))
            if words:
                lex.names.setdefault(words[0][:3].lower(), []).append((words, kind))
        elif kind in ("role", "org", "locprep", "stop", "given", "demonym", "misc"):
            getattr(lex, kind).add(entry.lower())
    for entries in lex.names.values():
        entries.sort(key=lambda e: -len(e[0]))  # longest first
    return lex



_ADJ_FORM = re.compile(r"k(i|og|oga|ih|im|ima|ega|emu|em)$")


def word_matches(form: str, entry: str, lang: str) -> bool:
    """Whether running-text ``form`` is an inflected form of gazetteer word ``entry``.

    Exact (ignoring case), the same lemma, or, for entries of five letters or more, the same
    beginning up to the entry's last letter and at most three letters longer (``Korejo`` ~
    ``Koreja``, ``Severne`` ~ ``Severna``, ``Moskvi`` ~ ``Moskva``), except, outside Slovenian,
    adjective forms of a name in ``-ka`` (Croatian ``Hrvatskog`` is not ``Hrvatska``).
    """
    f, e = form.lower(), entry.lower()
    if f == e:
        return True
    if not e[:1].isalpha() or not f[:1].isalpha():
        return False
    if lemmatize(form, lang).lower() == lemmatize(entry, lang).lower():
        return True
    stem = len(e) - 1
    if lang != "sl" and e.endswith("ka") and _ADJ_FORM.search(f):
        return False  # hr Hrvatski, Hrvatskog: the adjective, not the country (sl na Hrvaškem is the country)
    return len(e) >= 5 and f[:stem] == e[:stem] and len(f) <= len(e) + 3


def match_at(forms: Sequence[str], i: int, lang: str, lex: Gazetteer) -> tuple[int, str, tuple[str, ...]] | None:
    first = forms[i].lower()
    for key in {first[:3], lemmatize(forms[i], lang).lower()[:3]}:
        for words, kind in lex.names.get(key, ()):
            n = len(words)
            if i + n <= len(forms) and all(word_matches(forms[i + k], words[k], lang) for k in range(n)):
                return n, kind, words
    return None


def gazetteer_match(forms: Sequence[str], i: int, lang: str) -> tuple[int, str, tuple[str, ...]] | None:
    """The longest gazetteer name starting at token ``i``: (its length in tokens, type, entry words)."""
    return match_at(forms, i, lang, lexicon(lang))
