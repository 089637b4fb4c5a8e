"""The offline ("lite") annotator: runs anywhere, without CLASSLA's neural models.

``annotate(articles, annotator="lite")`` fills the TOKENS table (:data:`newskit.schemas.TOKENS`)
from three rule-based or packaged parts, all of which run offline:

1. **Tokens and sentences** from CLASSLA's own rule-based tokenizers, through classla's code
   path: ``classla.Pipeline(lang, processors="tokenize", dir=D)`` where ``D`` holds a minimal
   ``resources.json`` that newskit writes itself (:func:`resources_dir`). Slovenian uses
   obeliks, the other languages reldi-tokeniser; ``type="nonstandard"`` uses reldi's
   non-standard mode, as classla does. No model file is read.
2. **Lemmas** from lemmagen3 (sl, hr, sr, bg, mk; Bosnian uses the Croatian model). A word
   at the start of a sentence that is not part of a name is lemmatised in lower case
   (``Ruski`` -> ``ruski``); a name keeps its capital (``Putinu`` -> ``Putin``); punctuation and
   numbers are their own lemma.
3. **Names** (the ``ner`` column, BIO) from the small rule-based recogniser
   :func:`recognise_names`, described there, with a gazetteer and cue words read from
   ``newskit/lexicons/<lang>/ner.tsv``.

What it cannot tell honestly it leaves empty: ``feats``, ``head`` and ``deprel`` are always
missing, and ``upos`` / ``xpos`` are filled only for punctuation (``PUNCT`` / ``Z``) and
numbers written in digits (``NUM`` / ``Mdc``), which are unambiguous.

Example:
    >>> import newskit as nk
    >>> ann = nk.annotate(nk.load_example(), annotator="lite")  # doctest: +SKIP
    >>> ann.entities.lemma.tolist()[:2]  # doctest: +SKIP
    ['Rusija', 'Severna Koreja']
"""

from __future__ import annotations

import functools
import hashlib
import json
import logging
import os
import re
import tempfile
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Any

__all__ = [
    "LITE_VERSION",
    "TOKENIZER_LIBRARY",
    "resources_dir",
    "tokenizer",
    "versions",
    "lemmatize",
    "recognise_names",
    "enrich",
]

#: Bumped whenever the lite annotator's output changes for the same input (it keys the cache).
LITE_VERSION = "1"

#: The rule-based tokenizer classla uses for each language in its standard pipelines.
TOKENIZER_LIBRARY = {"sl": "obeliks", "hr": "reldi", "sr": "reldi", "bg": "reldi", "mk": "reldi"}

_LEXICONS = Path(__file__).resolve().parent / "lexicons"


def _resources() -> dict[str, Any]:
    res: dict[str, Any] = {}
    for lang, library in TOKENIZER_LIBRARY.items():
        res[lang] = {
            "lang_name": lang,
            "default_processors": {"tokenize": "standard"},
            "default_dependencies": {},
            "tokenize": {
                "standard": {"library": library, "type": "standard"},
                "nonstandard": {"library": "reldi", "type": "nonstandard"},
            },
        }
    return res


def resources_dir() -> Path:
    """A classla resources folder holding only tokenizer entries (written once, atomically).

    classla's ``Pipeline`` insists on a ``resources.json``; the rule-based tokenizers need no
    model file, so this minimal one lets ``classla.Pipeline(lang, processors="tokenize", dir=...)``
    run offline without touching ``CLASSLA_RESOURCES_DIR`` or the network.
    """
    from .datasets import cache_dir

    folder = cache_dir("lite", f"classla-resources-{LITE_VERSION}")
    target = folder / "resources.json"
    content = json.dumps(_resources(), indent=1, sort_keys=True)
    try:
        current = target.read_text(encoding="utf-8")
    except OSError:
        current = None
    if current != content:
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=".resources-", suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(content)
        os.replace(tmp, target)
    return folder


@functools.cache
def tokenizer(lang: str, type: str = "standard") -> Any:
    """classla's rule-based tokenizer for ``lang`` as a tokenize-only ``classla.Pipeline`` (cached)."""
    import classla

    logger = logging.getLogger("classla")
    level = logger.level
    try:  # building a Pipeline resets classla's logger level; keep the caller's
        return classla.Pipeline(
            lang, dir=str(resources_dir()), processors="tokenize", type=type, logging_level="ERROR", use_gpu=False
        )
    finally:
        logger.setLevel(level)


def _version(dist: str) -> str:
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return "absent"


@functools.cache
def _lexicon_digest(lang: str) -> str:
    path = _LEXICONS / lang / "ner.tsv"
    return hashlib.sha256(path.read_bytes()).hexdigest()[:12] if path.exists() else "none"


def versions(lang: str) -> dict[str, str]:
    """What the lite annotator's output for ``lang`` depends on (recorded in attrs, keys the cache)."""
    library = TOKENIZER_LIBRARY.get(lang, "reldi")
    return {
        "newskit-lite": LITE_VERSION,
        "classla": _version("classla"),
        library: _version("obeliks" if library == "obeliks" else "reldi-tokeniser"),
        "lemmagen3": _version("lemmagen3"),
        "lexicon": _lexicon_digest(lang),
    }


# --- lemmas ---------------------------------------------------------------------------------

_LEMMAGEN_LANG = {"sl": "sl", "hr": "hr", "sr": "sr", "bs": "hr", "bg": "bg", "mk": "mk"}


@functools.cache
def _lemmatizer(lang: str) -> Any:
    from lemmagen3 import Lemmatizer

    return Lemmatizer(_LEMMAGEN_LANG[lang])


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


def _is_punct(form: str) -> bool:
    return bool(form) and all(unicodedata.category(ch)[0] == "P" for ch in form)


_DIGITS = re.compile(r"^\d+$")


# --- names ----------------------------------------------------------------------------------


@dataclass
class Lexicon:
    """The gazetteer and cue words of one language (``newskit/lexicons/<lang>/ner.tsv``)."""

    names: dict[tuple[str, ...], str] = field(default_factory=dict)
    role: set[str] = field(default_factory=set)
    org: set[str] = field(default_factory=set)
    locprep: set[str] = field(default_factory=set)
    stop: set[str] = field(default_factory=set)
    longest: int = 1


_ENTRY_WORDS = re.compile(r"\w+\.?|[^\w\s]", re.UNICODE)


@functools.cache
def lexicon(lang: str) -> Lexicon:
    """Load ``newskit/lexicons/<lang>/ner.tsv`` (Bosnian reads the Croatian one)."""
    lex = Lexicon()
    path = _LEXICONS / ("hr" if lang == "bs" else lang) / "ner.tsv"
    if not path.exists():
        return lex
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#") or "\t" not in line:
            continue
        entry, kind = (x.strip() for x in line.split("\t", 1))
        if kind in ("PER", "LOC", "ORG", "MISC"):
            words = _ENTRY_WORDS.findall(entry)
            # Index by lemmas, as running text is matched, and by the written forms.
            for key in (tuple(lemmatize(w, lang).lower() for w in words), tuple(w.lower() for w in words)):
                lex.names.setdefault(key, kind)
                lex.longest = max(lex.longest, len(key))
        elif kind in ("role", "org", "locprep", "stop"):
            getattr(lex, kind).add(entry.lower())
    return lex


_OPENERS = set("»«„“”\"'‘’‚(:–—-•*")
_PARTICLES = {"von", "van", "der", "den", "de", "di", "da", "del", "la", "le", "al", "bin", "ibn", "ben"}
_ADJ_END = re.compile(r"(ski|ska|sko|ske|ški|ška|ško|ške|čki|čka|čko|ni|na|no|ne|ji|ja|je|ki|ka|ko|ega|emu|em|ih|im|ega|oj|om|og)$")
_POSSESSIVE = re.compile(r"^(.+?)(ov|ev|in)(a|o|e|i|ega|emu|em|ih|im|imi|ih|oj|om|og)?$")
_CONNECTORS = {"v", "za", "in", "i", "u", "na", "od", "pri"}


def _capitalised(form: str) -> bool:
    return form[:1].isupper() and any(ch.isalpha() for ch in form)


def recognise_names(sentences: Sequence[Sequence[str]], lang: str) -> list[list[str]]:
    """BIO name tags for the tokens of one article's sentences (the lite annotator's NER).

    A simple, predictable recogniser, not a statistical model. Within one article:

    1. **Gazetteer.** The longest sequence of tokens whose lower-cased lemmas match an entry of
       ``lexicons/<lang>/ner.tsv`` (first token capitalised) is a name of the entry's type:
       ``v Moskvi`` -> Moskva, LOC; ``Evropske unije`` -> ORG.
    2. **Capitalised runs.** Otherwise a name is a run of consecutive capitalised tokens (first
       letter upper case), joined through attached hyphens (``Jong-un``), name particles
       (``von der``) and, inside organisation names, connectors (``Univerza v Ljubljani``).
       Words on the ``stop`` list (capitalised function words: ``V``, ``Ko``, ``Ta``) and role
       words never start one. A run of capitalised adjectives followed by lower-case words that
       end in an organisation head word is one name (``Državni zbor``, ``Slovenska demokratska
       stranka``).
    3. **Sentence starts.** A single capitalised word at the start of a sentence (or after an
       opening quote or colon) is a name only if the gazetteer knows it, it is an acronym, or
       the article names it elsewhere (pass 5).
    4. **Type**, first rule that applies: the gazetteer; ORG when a word is an organisation head
       (``banka``, ``ministrstvo``, ``d.o.o.``) or the name is an acronym of two or more capitals;
       PER after a role word (``predsednik Putin``, ``dr. Novak``); LOC after a place preposition
       (``v Pekingu``, ``iz Kijeva``); PER for runs of two or more words (``Vladimir Putin``).
    5. **The article's memory.** A single word left untyped takes the type the article gave
       that lemma elsewhere (``Putin`` after ``Vladimir Putin``: PER); a possessive adjective of
       a known person (``Kimova``) is not a name; anything else is MISC.

    Args:
        sentences: the token forms of each sentence of one article.
        lang: language code (sl, hr, sr, bs, bg, mk).

    Returns:
        One list of tags per sentence (``B-PER``, ``I-ORG``, ``O`` ...).
    """
    lex = lexicon(lang)
    tags = [["O"] * len(s) for s in sentences]
    # (sentence, start, end, type or None, initial single)
    mentions: list[list[Any]] = []
    for si, forms in enumerate(sentences):
        n = len(forms)
        lem = [lemmatize(f, lang).lower() for f in forms]
        low = [f.lower() for f in forms]
        initial = [False] * n
        seen_word = False
        for i, f in enumerate(forms):
            if any(ch.isalnum() for ch in f):
                if not seen_word or (i and forms[i - 1] in _OPENERS):
                    initial[i] = True
                seen_word = True
        cand = [
            _capitalised(f) and low[i] not in lex.stop and not (initial[i] and (lem[i] in lex.role or low[i] in lex.role))
            for i, f in enumerate(forms)
        ]
        used = [False] * n
        i = 0
        while i < n:
            # 1. gazetteer, longest match first
            if _capitalised(forms[i]):
                hit = None
                for length in range(min(lex.longest, n - i), 0, -1):
                    kind = lex.names.get(tuple(lem[i:i + length])) or lex.names.get(tuple(low[i:i + length]))
                    if kind:
                        hit = (length, kind)
                        break
                if hit:
                    mentions.append([si, i, i + hit[0], hit[1], False])
                    for k in range(i, i + hit[0]):
                        used[k] = True
                    i += hit[0]
                    continue
            if not cand[i]:
                i += 1
                continue
            # 2. capitalised run
            j = i + 1
            has_org = lem[i] in lex.org
            while j < n:
                if cand[j] and not used[j]:
                    has_org = has_org or lem[j] in lex.org
                    j += 1
                elif forms[j] in ("-", "‐") and j + 1 < n and forms[j + 1][:1].isalpha():
                    j += 2  # Jong-un, Bosna-Hercegovina
                elif (low[j] in _PARTICLES or (has_org and low[j] in _CONNECTORS)) and j + 1 < n and cand[j + 1]:
                    j += 1
                else:
                    break
            kind = None
            # adjectives + lower-case organisation head: Državni zbor, Slovenska demokratska stranka
            if _ADJ_END.search(low[j - 1]):
                k = j
                while k < n and k < j + 3 and forms[k][:1].islower() and lem[k] not in lex.org and _ADJ_END.search(low[k]):
                    k += 1
                if k < n and forms[k][:1].islower() and lem[k] in lex.org:
                    j, kind = k + 1, "ORG"
            single = j - i == 1
            if single and initial[i] and not (forms[i].isupper() and len(forms[i]) > 1):
                mentions.append([si, i, j, None, True])
            else:
                if kind is None:
                    kind = _type_of(forms, lem, low, i, j, lex)
                mentions.append([si, i, j, kind, False])
            i = j
    # 5. the article's memory
    memory: dict[str, str] = {}
    persons: set[str] = set()
    for si, i, j, kind, _ in mentions:
        if kind is None:
            continue
        lem = [lemmatize(f, lang).lower() for f in sentences[si][i:j]]
        if kind == "PER":
            persons.update(w for w in lem if any(ch.isalpha() for ch in w))
            for w in lem:
                memory.setdefault(w, "PER")
        elif j - i == 1:
            memory.setdefault(lem[0], kind)
    for m in mentions:
        si, i, j, kind, initial_single = m
        if kind is not None:
            continue
        word = sentences[si][i]
        lw = lemmatize(word, lang).lower()
        if lw in memory:
            m[3] = memory[lw]
        elif initial_single:
            continue
        else:
            poss = _POSSESSIVE.match(lw)
            if poss and poss.group(1) in persons:
                continue
            m[3] = "MISC"
    for si, i, j, kind, _ in mentions:
        if kind is None:
            continue
        tags[si][i] = f"B-{kind}"
        for k in range(i + 1, j):
            tags[si][k] = f"I-{kind}"
    return tags


def _type_of(forms: Sequence[str], lem: Sequence[str], low: Sequence[str], i: int, j: int, lex: Lexicon) -> str | None:
    words = range(i, j)
    if any(lem[k] in lex.org or low[k] in lex.org for k in words):
        return "ORG"
    if j - i == 1 and forms[i].isupper() and len(forms[i]) > 1:
        return "ORG"
    prev = i - 1
    if prev >= 0 and (lem[prev] in lex.role or low[prev] in lex.role):
        return "PER"
    if prev >= 0 and low[prev] in lex.locprep:
        return "LOC"
    if j - i >= 2 and not any(ch.isdigit() for k in words for ch in forms[k]):
        return "PER"
    return None


# --- filling the table ----------------------------------------------------------------------


def enrich(cols: dict[str, list], lang: str) -> None:
    """Fill ``lemma``, ``upos``, ``xpos`` and ``ner`` of freshly tokenized TOKENS columns in place.

    ``cols`` are the columns of one article as built by :func:`newskit.annotate.document_columns`
    (one word per token: the rule-based tokenizers make no multi-word tokens).
    """
    n = len(cols["text"])
    sentences: list[list[str]] = []
    bounds: list[tuple[int, int]] = []
    start = 0
    for k in range(1, n + 1):
        if k == n or cols["sentence"][k] != cols["sentence"][start]:
            sentences.append(list(cols["text"][start:k]))
            bounds.append((start, k))
            start = k
    tags = recognise_names(sentences, lang) if n else []
    mte = lang in ("sl", "hr", "sr", "bs")
    for (a, b), sent_tags in zip(bounds, tags, strict=True):
        first_word = True
        for k, tag in zip(range(a, b), sent_tags, strict=True):
            form = cols["text"][k]
            cols["ner"][k] = tag
            if _is_punct(form):
                cols["lemma"][k] = form
                cols["upos"][k] = "PUNCT"
                cols["xpos"][k] = "Z" if mte else ("punct" if lang == "bg" else None)
                continue
            if _DIGITS.match(form):
                cols["lemma"][k] = form
                cols["upos"][k] = "NUM"
                cols["xpos"][k] = "Mdc" if mte else None
                first_word = False
                continue
            if tag != "O" or form.isupper():
                cols["lemma"][k] = lemmatize(form, lang)
            elif first_word or (k > a and cols["text"][k - 1] in _OPENERS):
                cols["lemma"][k] = lemmatize(form.lower(), lang)
            else:
                cols["lemma"][k] = lemmatize(form, lang)
            if any(ch.isalnum() for ch in form):
                first_word = False
