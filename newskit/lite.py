"""The offline ("lite") annotator: runs anywhere, without CLASSLA's neural models.

``annotate(articles, annotator="lite")`` fills the TOKENS table (:data:`newskit.schemas.TOKENS`)
from three rule-based or packaged parts, all of which run offline:

1. **Tokens and sentences** from CLASSLA's own rule-based tokenizers, through classla's code
   path: the adapter classla's tokenize processor calls (:func:`tokenize`), the same tokens as
   ``classla.Pipeline(lang, processors="tokenize", dir=D)`` gives (:func:`tokenizer`; ``D`` holds a
   minimal ``resources.json`` that newskit writes itself, :func:`resources_dir`), without the
   ``Document`` the Pipeline builds around them. Slovenian uses obeliks, the other languages
   reldi-tokeniser; ``type="nonstandard"`` uses reldi's non-standard mode, as classla does. No
   model file is read.
2. **Lemmas** from lemmagen3 (sl, hr, sr, bg, mk; Bosnian uses the Croatian model). A
   capitalised word that is not part of a name is lemmatised in lower case (``Ruski`` ->
   ``ruski``); a name keeps its capital (``Putinu`` -> ``Putin``), takes the base form the
   gazetteer or the article itself gives (``Severno Korejo`` -> ``Severna Koreja``, ``Kima`` ->
   ``Kim``), and adjectives inside organisation and place names are lower-cased as in the
   CLASSLA corpora (``Evropske`` -> ``evropski``); acronyms, punctuation and numbers are their
   own lemma. Macedonian and Bulgarian names, which do not decline, are their own lemma. A short list of frequent closed-class words that lemmagen3 gets wrong
   (``lexicons/<lang>/lemmas.tsv``: Croatian ``ali`` is not ``ala``) is looked up first.
   lemmagen3's models know Latin words only, so a Serbian (or Bosnian) Cyrillic word is lemmatised
   in its Latin reading and the lemma written back in Cyrillic (``рекао`` -> ``рећи``).
3. **Names** (the ``ner`` column, BIO) from a trained CRF recogniser (:mod:`newskit.recogniser`;
   Slovenian, and one model for Croatian, Serbian and Bosnian; see ``docs/methods/ner.md``)
   whose features include the gazetteer and cue words of ``newskit/lexicons/<lang>/ner.tsv``;
   a name the gazetteer knows takes its base form. Bulgarian and Macedonian, which have no
   trained model, use the small rule-based recogniser :func:`recognise_names`.

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
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Any

from . import recogniser
from ._paths import cache_dir
from .gazetteer import Gazetteer, gazetteer_match, lemmatize, lexicon, match_at
from .language import ANALYTIC, resource_language, to_latin
from .lexicons import LEXICON_ROOT

__all__ = [
    "LITE_VERSION",
    "TOKENIZER_LIBRARY",
    "resources_dir",
    "tokenizer",
    "tokenize",
    "versions",
    "lemmatize",
    "recognise_names",
    "gazetteer_match",
    "enrich",
]

#: Bumped whenever the lite annotator's output changes for the same input (it keys the cache).
LITE_VERSION = "3"

#: The rule-based tokenizer classla uses for each language in its standard pipelines.
TOKENIZER_LIBRARY = {"sl": "obeliks", "hr": "reldi", "sr": "reldi", "bg": "reldi", "mk": "reldi"}



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

    content = json.dumps(_resources(), indent=1, sort_keys=True)
    try:
        folder = cache_dir("lite", f"classla-resources-{LITE_VERSION}")
        return _write_resources(folder, content)
    except OSError:  # a read-only cache: a private temporary folder does as well
        return _write_resources(Path(tempfile.mkdtemp(prefix="newskit-lite-")), content)


def _write_resources(folder: Path, content: str) -> Path:
    target = folder / "resources.json"
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


class _FastRegex:
    """The ``regex`` module as obeliks calls it, without the cost of ``regex``'s own pattern lookup.

    Why: obeliks (Slovenian) makes module-level calls, ``regex.sub(pattern, repl, text)``, about
    70 per line of text (its rules, ``pattern`` compiled already), three per token and eight per
    sentence (``pattern`` a string). Each such call goes through ``regex``'s ``_compile``, which
    for these short texts costs more than the match itself (it builds keys, checks flags and the
    locale, and for a compiled pattern first fails a cache lookup): about a third of lite's time on
    Slovenian news. This object answers ``sub`` and ``findall`` from the compiled pattern itself
    (a pattern string is compiled once, by ``regex``, and kept; one that matches only itself, such
    as ``&amp;``, is replaced by ``str.replace``, left to right and without overlaps as ``regex``
    does, when the replacement holds no escape), gives a text back unchanged without running one of
    the rules of :data:`_OBELIKS_RULE_NEEDS` on it when the text lacks what the rule needs, and
    hands every other call and argument to ``regex`` unchanged, so obeliks's tokens are exactly
    what they were (``tests/test_lite_tokenizer.py`` compares them). It replaces only obeliks's own
    name for the module (the ``re`` global of ``obeliks.rules`` and ``obeliks.tokenizer``), never
    ``regex`` itself, and only once lite first tokenizes (:func:`_speed_up_obeliks`); no installed
    file is changed.
    """

    _MAX_PATTERNS = 1000
    #: What makes a pattern string more than the characters it matches (with no flags given).
    _SPECIAL = frozenset(".^$*+?{}[]\\|()")

    def __init__(self, module: Any) -> None:
        self._module = module
        self._type = module.Pattern
        self._version = module.DEFAULT_VERSION
        #: pattern string -> compiled with no flags, at ``_version`` (regex's default version)
        self._plain: dict[str, Any] = {}
        #: pattern strings that match only themselves (``&amp;``, ``</w>``): str.replace does their sub
        self._literal: set[str] = set()
        #: compiled pattern -> a pattern every text it matches in also matches (:data:`_OBELIKS_RULE_NEEDS`)
        self._needs: dict[Any, Any] = {}

    def __getattr__(self, name: str) -> Any:
        return getattr(self._module, name)

    def _pattern(self, pattern: Any, flags: int) -> Any:
        """The compiled pattern to use directly, or None where ``regex`` must answer itself."""
        module = self._module
        if type(pattern) is self._type:
            return None if flags else pattern  # regex raises on flags with a compiled pattern
        if type(pattern) is not str or flags:
            return None
        if module.DEFAULT_VERSION is not self._version:  # someone changed regex's default: start again
            self._version, self._plain = module.DEFAULT_VERSION, {}
        compiled = self._plain.get(pattern)
        if compiled is None:
            compiled = module.compile(pattern)
            if compiled.flags & module.LOCALE:
                return None  # a locale-dependent pattern: regex keys its cache by the locale too
            if len(self._plain) < self._MAX_PATTERNS:
                self._plain[pattern] = compiled
                if pattern and not self._SPECIAL.intersection(pattern):
                    self._literal.add(pattern)
        return compiled

    def sub(self, pattern: Any, repl: Any, string: Any, count: int = 0, flags: int = 0, *args: Any,
            **kwargs: Any) -> Any:
        if not (flags or args or kwargs):
            if type(pattern) is self._type:  # the common cases first, without a further call
                need = self._needs.get(pattern)
                if need is not None and type(string) is str and need.search(string) is None:
                    return string  # the pattern cannot match here: regex would return the text as it is
                return pattern.sub(repl, string, count)
            if type(pattern) is str:
                if (pattern in self._literal and type(string) is str and type(repl) is str and "\\" not in repl
                        and type(count) is int and count >= 0):  # the same left-to-right, non-overlapping replacement
                    return string.replace(pattern, repl, count or -1)
                compiled = self._plain.get(pattern)
                if compiled is not None and self._module.DEFAULT_VERSION is self._version:
                    return compiled.sub(repl, string, count)
        compiled = None if args or kwargs else self._pattern(pattern, flags)
        if compiled is None:
            return self._module.sub(pattern, repl, string, count, flags, *args, **kwargs)
        return compiled.sub(repl, string, count)

    def findall(self, pattern: Any, string: Any, flags: int = 0, *args: Any, **kwargs: Any) -> Any:
        if not (flags or args or kwargs):
            compiled = self._plain.get(pattern) if type(pattern) is str else None
            if compiled is not None and self._module.DEFAULT_VERSION is self._version:
                return compiled.findall(string)
        compiled = None if args or kwargs else self._pattern(pattern, flags)
        if compiled is None:
            return self._module.findall(pattern, string, flags, *args, **kwargs)
        return compiled.findall(string)


#: Four of obeliks's rules, by their exact pattern strings, and what every text they match in
#: holds. Why: these rules (e-mail and web addresses) try a long match with backtracking at every
#: word of every line, and took three quarters of obeliks's rule time on SentiCoref, where few
#: lines hold an address. A text without what every match needs gives no match, and ``regex.sub``
#: gives it back as it is: :class:`_FastRegex` gives it back without running the rule. Each need
#: is a part of the rule that no match can leave out (outside every optional group and
#: alternative), compiled with the rule's own flags. A rule obeliks changes is no longer found
#: here and runs as before (``tests/test_lite_tokenizer.py`` notices).
_OBELIKS_RULE_NEEDS: dict[str, str] = {
    # TokRulesPart1, e-mail addresses: '<c>@</c>' stands at the top level, between two required groups
    r"(((<w>[A-Za-z0-9]+</w>)|(<c>[_-]</c>))+<c>\.</c>)*((<w>[A-Za-z0-9]+</w>)|(<c>[_-]</c>))+<c>@</c>"
    r"(((<w>[A-Za-z0-9]+</w>)|(<c>[_-]</c>))+<c>\.</c>)*((<w>[A-Za-z0-9]+</w>)|(<c>[_-]</c>))+<c>\.</c>"
    r"<w>[A-Za-z]{2,6}</w>": r"<c>@</c>",
    # TokRulesPart1, web addresses: '<w>', one character, then '</w><c>\.</c><w>' and two letters
    # stand at the top level after two optional groups
    r"(<w>((ftp)|(https?))</w><c>:</c><c>/</c><c>/</c>)?(((<w>[0-9A-Za-z]+</w>)|(<c>[~_!*'-]</c>))+"
    r"<c>[\.-]</c>)*<w>([0-9A-Za-z][0-9A-Za-z-]{0,61})?[0-9A-Za-z]</w><c>\.</c><w>[A-Za-z]{2,6}</w>"
    r"(<c>/</c>((<w>[0-9A-Za-z]+</w>)|(<c>[~_!*'().;?:@=+$,%#-]</c>)|(<c>&</c>))*((<w>[0-9A-Za-z]+</w>)|"
    r"(<c>[~_*'@=+$%#-]</c>)|(<c>&</c>)))*(<c>/</c>)?": r"</w><c>\.</c><w>[A-Za-z]{2}",
    # TokRulesPart3, web addresses: group 1 (not optional) holds '\.' and two letters after three
    # optional groups and one character
    r"<w>((((ftp)|(https?))://)?((([0-9\p{L}]+)|([~_!*'-]))+[\.-])*([0-9\p{L}][0-9\p{L}-]{0,61})?"
    r"[0-9\p{L}]\.[\p{L}]{2,6}(/(([0-9\p{L}]+)|([~_!*'().;?:@=+$,%#-])|(&))*(([0-9\p{L}]+)|"
    r"([~_*'@=+$%#-])|(&)))*(/)?)</w>": r"\.[\p{L}]{2}",
    # TokRulesPart3, e-mail addresses: group 1 (not optional) holds '@' between two required groups
    r"<w>(((([A-Za-z0-9]+)|([_-]))+\.)*(([A-Za-z0-9]+)|([_-]))+@((([A-Za-z0-9]+)|([_-]))+\.)*"
    r"(([A-Za-z0-9]+)|([_-]))+\.[A-Za-z]{2,6})</w>": r"@",
}


def _obeliks_rules() -> list[Any]:
    """obeliks's compiled rule patterns, in the order it applies them."""
    import obeliks.rules

    return [rule[0] for name in ("TOK_RULES_1", "TOK_RULES_2", "TOK_RULES_3")
            for rule in getattr(obeliks.rules, name, ())]


@functools.cache
def _speed_up_obeliks() -> bool:
    """Give obeliks's modules a :class:`_FastRegex` for their ``re`` (once); whether it was done.

    Left alone when obeliks is missing or no longer uses ``regex`` under that name.
    """
    try:
        import obeliks.rules
        import obeliks.tokenizer
        import regex
    except ImportError:
        return False
    done = False
    for module in (obeliks.rules, obeliks.tokenizer):
        current = getattr(module, "re", None)
        if current is regex:
            module.re = current = _FastRegex(regex)  # type: ignore[attr-defined]
        if isinstance(current, _FastRegex):
            done = True
            if module is obeliks.rules:
                for pattern in _obeliks_rules():
                    need = _OBELIKS_RULE_NEEDS.get(getattr(pattern, "pattern", None))  # type: ignore[arg-type]
                    if need is not None and type(pattern) is regex.Pattern:
                        current._needs[pattern] = regex.compile(need, pattern.flags)
    return done


@functools.cache
def tokenizer(lang: str, type: str = "standard") -> Any:
    """classla's rule-based tokenizer for ``lang`` as a tokenize-only ``classla.Pipeline`` (cached).

    :func:`tokenize` runs the same tokenizer without the Pipeline and its ``Document``.
    """
    import classla

    if _library(lang, type) == "obeliks":
        _speed_up_obeliks()

    logger = logging.getLogger("classla")
    level = logger.level
    try:  # building a Pipeline resets classla's logger level; keep the caller's
        return classla.Pipeline(
            lang, dir=str(resources_dir()), processors="tokenize", type=type, logging_level="ERROR", use_gpu=False
        )
    finally:
        logger.setLevel(level)


def _library(lang: str, type: str) -> str:
    """The tokenizer library classla's tokenize processor runs for ``lang`` and ``type`` (see :func:`_resources`)."""
    return "reldi" if type == "nonstandard" else TOKENIZER_LIBRARY.get(lang, "reldi")


@functools.cache
def _adapter(lang: str, type: str) -> Any:
    """classla's own adapter of the rule-based tokenizer (what its tokenize processor calls), cached."""
    if _library(lang, type) == "obeliks":
        from classla.utils.obeliks import ObeliksTrainer

        _speed_up_obeliks()
        return ObeliksTrainer(lang, type)
    from classla.utils.reldi import ReldiTrainer

    return ReldiTrainer(lang, type)


def tokenize(text: str, lang: str, type: str = "standard") -> list[list[dict[str, Any]]]:
    """The sentences of ``text`` from classla's rule-based tokenizer for ``lang``: per sentence, its
    tokens as the CoNLL-U dicts classla's tokenize processor receives (``id``, ``text``, ...).

    The same call the tokenize-only :func:`tokenizer` pipeline makes, minus the classla
    ``Document`` it builds around the result: lite reads only the tokens' forms and ids, and
    building that Document took a sixth of lite's time (``newskit.annotate`` turns these dicts into
    TOKENS columns exactly as it did the Document's tokens). Offsets (``start_char``) are classla's
    own, which restart on every line: lite ignores them (:func:`newskit.annotate.realign`).
    """
    return _adapter(lang, type).tokenize(text)[1]


def _version(dist: str) -> str:
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return "absent"


@functools.cache
def _lexicon_digest(lang: str) -> str:
    folder = LEXICON_ROOT / resource_language(lang)
    digest = hashlib.sha256()
    for name in ("ner.tsv", "lemmas.tsv"):
        path = folder / name
        digest.update(path.read_bytes() if path.exists() else b"-")
    return digest.hexdigest()[:12]


def versions(lang: str) -> dict[str, str]:
    """What the lite annotator's output for ``lang`` depends on (recorded in attrs, keys the cache)."""
    library = TOKENIZER_LIBRARY.get(lang, "reldi")
    return {
        "newskit-lite": LITE_VERSION,
        "classla": _version("classla"),
        library: _version("obeliks" if library == "obeliks" else "reldi-tokeniser"),
        "lemmagen3": _version("lemmagen3"),
        "lexicon": _lexicon_digest(lang),
        # The rules themselves: an edited lite.py must not be answered from an older cache entry.
        "code": _code_digest(),
        # The trained name recogniser (newskit/data/ner/), "none" for a language without one.
        "ner-model": _ner_model_digest(lang),
    }


def _ner_model_digest(lang: str) -> str:
    return recogniser.model_digest(lang)


@functools.cache
def _code_digest() -> str:
    digest = hashlib.sha256(Path(__file__).read_bytes())
    for part in ("recogniser.py", "gazetteer.py"):  # its features, lemmas and gazetteer matching
        digest.update((Path(__file__).resolve().parent / part).read_bytes())
    return digest.hexdigest()[:12]


# --- lemmas ---------------------------------------------------------------------------------


def _is_punct(form: str) -> bool:
    return bool(form) and all(unicodedata.category(ch)[0] == "P" for ch in form)


_DIGITS = re.compile(r"^\d+$")


# --- names ----------------------------------------------------------------------------------


_OPENERS = set("»«„“”\"'‘’‚(:–—-•*")
_PARTICLES = {"von", "van", "der", "den", "de", "di", "da", "del", "la", "le", "al", "bin", "ibn", "ben"}
_ADJ_END = re.compile(r"(ski|ska|sko|ske|ški|ška|ško|ške|čki|čka|čko|ni|na|no|ne|ji|ja|je|ki|ka|ko|ega|emu|em|ih|im|oj|om|og)$")
# Adjective-looking name words whose lemma is a lower-case common word (Evropske -> evropski).
_COMMON_ADJ = re.compile(r"(sk|šk|čk|n)(i|a|o|e|ega|emu|em|ih|im|imi|oj|om|og|ih)$")
# (and the Cyrillic surnames of Macedonian and Bulgarian, which have no recogniser model: Василев, Ѓорѓиевски)
_SURNAME = re.compile(r"(ić|ič|ović|ovič|ević|evič|ski|sky|ška|ska|ски|ска|цки|цка|ов|ова|ев|ева|иќ|ич)(a|u|em|om|ju|i|e|o|ega|emu)?$")
_POSSESSIVE = re.compile(r"^(.+?)(ov|ev|in)(a|o|e|i|ega|emu|em|ih|im|imi|oj|om|og)?$")
#: The type of a name nothing else decides (see recognise_names, step 5).
_DEFAULT_TYPE = "ORG"
#: Lower-case words that never stand inside a name (Croatian, Serbian, Bosnian): auxiliaries,
#: reflexives, the complementiser (lite._article_memory, step 2c).
_CLITICS = {"je", "su", "sam", "si", "smo", "ste", "bi", "bih", "bismo", "će", "ću", "ćemo", "ćete", "se", "da",
            "nije", "nisu", "jest", "jesu"}
#: The conjunction "and" inside a long organisation's name (lite step 2f), by language.
_AND = {"hr": "i", "sr": "i", "bs": "i", "sl": "in"}


def _continues(before: str, after: str, tag: str) -> bool:
    """Whether ``after``, following "and" after ``before`` inside an organisation's name, goes on
    with it: a lower-case word outside any name with the same last letter (the same case:
    ``razvoja i fondova``, ``financiranje i ugovaranje``), not a clitic."""
    return (tag == "O" and after.isalpha() and after.islower() and after[-1:] == before[-1:]
            and after not in _CLITICS and len(after) >= 3)


#: Lower-case particles that may open a name as written (de Gaulle, van Rompuy, al Asad).
_PARTICLES = {"de", "da", "di", "del", "della", "der", "den", "van", "von", "la", "le", "al", "el", "bin", "ibn",
              "ter", "du", "dos", "das"}
_CONNECTORS = {"v", "za", "in", "i", "u", "na", "od", "pri", "of", "and", "&"}


def _name_key(lemma: str, low: str, bases: set[str]) -> str:
    """A name word's key: its lemma, or the article's uninflected base form it extends (Kima -> kim after Kim)."""
    if lemma in bases:
        return lemma
    for cut in (1, 2, 3):
        if len(low) - cut >= 3 and low[:-cut] in bases:
            return low[:-cut]
    return lemma


def _capitalised(form: str) -> bool:
    return form[:1].isupper() and sum(ch.isalpha() for ch in form) >= 2


@dataclass
class _Mention:
    sentence: int
    start: int
    end: int
    kind: str | None  # None: decided by the article's memory (pass 5)
    strong: bool  # typed by evidence (gazetteer, cue word, given name), not by default
    initial: bool = False  # a lone capitalised word at a sentence start
    lemmas: tuple[str, ...] | None = None  # base forms from the gazetteer


def recognise_names(sentences: Sequence[Sequence[str]], lang: str) -> list[list[str]]:
    """BIO name tags for the tokens of one article's sentences (the lite annotator's NER).

    A simple, predictable recogniser, not a statistical model. Within one article:

    1. **Gazetteer.** The longest sequence of tokens matching an entry of
       ``lexicons/<lang>/ner.tsv`` (first token capitalised; words match when equal ignoring
       case, of the same lemma, or of the same beginning but for the entry's last two letters:
       ``Severno Korejo`` ~ Severna Koreja) is a name of the entry's type.
    2. **Capitalised runs.** Otherwise a name is a run of consecutive capitalised tokens (first
       letter upper case, two letters or more), joined through attached hyphens (``Jong-un``),
       name particles (``von der``) and, after an organisation head word, connectors and the
       words that follow (``Univerza v Ljubljani``, ``Banka Slovenije``). Words on the ``stop``
       list (capitalised function words: ``Ko``, ``Ta``) and role words never start one. Capitalised
       adjectives followed by lower-case words ending in an organisation head word are one name
       (``Državni zbor``, ``Slovenska demokratska stranka``).
    3. **Sentence starts.** A single capitalised word at the start of a sentence (or after an
       opening quote or colon) is a name only if the gazetteer knows it, it is an acronym, or
       the article names it elsewhere (step 5).
    4. **Type**, first rule that applies: the gazetteer; ORG when a word is an organisation head
       (``banka``, ``ministrstvo``, ``d.o.o.``) or the name is an acronym; PER after a role word
       (``predsednik Putin``, ``dr. Novak``), when the run starts with a known given name
       (``Janez Janša``, ``Davida``) or ends in a surname suffix (``-ić``, ``-ski``); LOC after a place
       preposition (``v Pekingu``, ``iz Kijeva``). Anything else waits for step 5.
    5. **The article's memory.** A name left untyped takes the type the article gave the same
       lemma elsewhere (``Putin`` after ``Vladimir Putin``: PER); two persons named side by
       side are split (``Putin Kima``); a possessive adjective of a known person (``Kimova``)
       is not a name; a lone sentence-initial word stays ordinary; what remains is ORG
       (in news, most unclassified capitalised names are companies and institutions).

    Args:
        sentences: the token forms of each sentence of one article.
        lang: language code (sl, hr, sr, bs, bg, mk).

    Returns:
        One list of tags per sentence (``B-PER``, ``I-ORG``, ``O`` ...).
    """
    return _recognise(sentences, lang)[0]


def _recognise(sentences: Sequence[Sequence[str]], lang: str, space_after: Sequence[Sequence[bool]] | None = None,
               ) -> tuple[list[list[str]], list[list[str | None]]]:
    """Tags, and base forms for the words of gazetteer names (else ``None``)."""

    if recogniser.available(lang):
        return _recognise_trained(sentences, lang, space_after)
    lex = lexicon(lang)
    mentions: list[_Mention] = []
    lemmas = [[lemmatize(f, lang).lower() for f in forms] for forms in sentences]
    for si, forms in enumerate(sentences):
        mentions.extend(_sentence_mentions(si, forms, lemmas[si], lang, lex))
    _resolve(mentions, sentences, lemmas)
    tags = [["O"] * len(s) for s in sentences]
    bases: list[list[str | None]] = [[None] * len(s) for s in sentences]
    for m in mentions:
        if m.kind is None:
            continue
        tags[m.sentence][m.start] = f"B-{m.kind}"
        for k in range(m.start + 1, m.end):
            tags[m.sentence][k] = f"I-{m.kind}"
        if m.lemmas is not None and len(m.lemmas) == m.end - m.start:
            for k, base in zip(range(m.start, m.end), m.lemmas, strict=True):
                bases[m.sentence][k] = base
    return tags, bases


def _recognise_trained(sentences: Sequence[Sequence[str]], lang: str,
                       space_after: Sequence[Sequence[bool]] | None = None,
                       ) -> tuple[list[list[str]], list[list[str | None]]]:
    """The trained recogniser's tags; a name the gazetteer knows with the same span takes its base forms."""

    tags, hits = recogniser.tag_names(sentences, lang)
    _article_memory(sentences, tags, lang, space_after)
    bases: list[list[str | None]] = [[None] * len(s) for s in sentences]
    for si, found in enumerate(hits):
        sent_tags, forms = tags[si], sentences[si]
        for start, end, _, words in found:
            if not sent_tags[start].startswith("B-") or len(words) != end - start:
                continue
            if end < len(sent_tags) and sent_tags[end].startswith("I-"):
                continue  # the recogniser's name is longer than the gazetteer's
            if any(not t.startswith("I-") for t in sent_tags[start + 1:end]):
                continue
            if any(forms[k] != recogniser.fold(forms[k]) for k in range(start, end)):
                continue  # the gazetteer's Latin base forms would not fit a Cyrillic text
            bases[si][start:end] = list(words)
    return tags, bases


def _spans(tags: Sequence[str]) -> list[tuple[int, int, str]]:
    out = []
    i = 0
    while i < len(tags):
        if tags[i].startswith("B-"):
            kind = tags[i][2:]
            j = i + 1
            while j < len(tags) and tags[j] == "I-" + kind:
                j += 1
            out.append((i, j, kind))
            i = j
        else:
            i += 1
    return out


def _set(tags: list[str], i: int, j: int, kind: str) -> None:
    tags[i] = "B-" + kind
    for k in range(i + 1, j):
        tags[k] = "I-" + kind


def _abbreviation(form: str) -> bool:
    """An abbreviation as news writes one: letters, at least two of them capitals (EBA, S&D, NATO, HDZ-a)."""
    return sum(ch.isupper() for ch in form) >= 2 and any(ch.isalpha() for ch in form) and not any(
        ch.isspace() for ch in form)


def _article_memory(sentences: Sequence[Sequence[str]], tags: list[list[str]], lang: str,
                    space_after: Sequence[Sequence[bool]] | None) -> None:
    """What one article says of a name elsewhere, applied to the trained recogniser's tags (in place).

    0. A name does not open with a lower-case word other than a particle (``de Gaulle``): the
       words before its first capital are no part of it (``diploma Sveučilišta Kosova``).
    1. A name goes on through an attached hyphen and the word after it (``Kim Jong-un``).
    2. Two persons side by side (``Putin Kima``) are split where each word is also named alone,
       but not a given name of the gazetteer's list and one more word (``Laura Bush``).
    2a. Not in Slovenian (whose gold writes *Kanadčan Justin Bieber* as one person): a person's
       name of three words or more in which a given name (of the gazetteer's list) follows a
       word that is neither one nor an initial starts there (``Hrvat Ivica Kostelić``, ``BiH
       Mirko Šarović``, ``Vođa Obraza Mladen Obradović``); the words before it are a name of
       their own, of the gazetteer's type where the gazetteer has them as written.
    2c. Not in Slovenian: a name other than a person's ends before a lower-case verb form
       (lemma in ``-ti``/``-ći``), auxiliary, reflexive or ``da`` (``Iz Ministarstva prosvete
       poručuju da``: the name is *Ministarstva prosvete*).
    2b. Not in Slovenian: a people's name of the gazetteer (``demonym``) that ends a name of
       several words is a person of its own (``Svjetski kup Hrvat``); words before it that open
       the sentence are no name (``Mnogi Hrvati``).
    2d. An abbreviation in brackets right after a place's, organisation's or other name (not a
       person's) is a name of that type (``Evropska bančna agencija (EBA)``).
    2e. A name of two or three capitalised words opening with a given name of the gazetteer's
       list is a person's, whatever type the tagger gave it (``predsednik uprave Bojan
       Kovačič``), unless a word of it is an organisation or name head or a cue word, or the
       gazetteer knows the name as written.
    2g. Slovenian: a people's name of the gazetteer (``demonym``) opening a person's name of
       several words is a person of its own (``Španec Amancio Ortega``).
    2f. An organisation's name that ends in a lower-case word goes on through "and" and a
       lower-case word of the same last letter (the same case), then through lower-case words in
       ``-a``/``-e`` and a place's or organisation's name right after them (``Ministarstvo
       regionalnoga razvoja i fondova Europske unije``); not into a person's title (``Evropskega
       sveta in slovenskega premierja``).
    3. A possessive adjective of a person the article names (``Kimova``) is not part of a place's
       or organisation's name before it (``Rusijo Kimova``): it is ``DERIV-PER``.
    4. A one-word name takes the type the article gives that word most often (``Kim`` PER); a name
       of several words, the type the article gives the same words most often, when it gives them
       another type more often than this one (``Ras Muhamed`` LOC, PER, LOC: LOC).
    5. A capitalised word left out that the article names as part of a person's full name is that
       person (``Kocijančič je povedal`` after ``Janez Kocijančič``), unless the article also writes
       it in lower case.
    6. Not in Slovenian (where a woman's surname has the same endings): a one-word person that is a
       possessive adjective of a person the article names (``Babićevi portali`` beside ``Ivan
       Babić``) is ``DERIV-PER``, and step 5 does not make one a person.
    7. Not in Slovenian: two capitalised words opening a sentence, the second a person the article
       names alone elsewhere, are one person (``Ewan Tillotson, ravnatelj ...`` beside
       ``Tillotson kaže``), unless the first is a cue word (``Premijer Plenković``).

    Words are compared in their script-folded form (Serbian Cyrillic read as Latin, as the
    recogniser reads them), so that both scripts of one text get the same names.
    """
    sentences = [[recogniser.fold(f) for f in forms] for forms in sentences]
    lemmas = [[lemmatize(f, lang).lower() for f in forms] for forms in sentences]
    for si, forms in enumerate(sentences):  # 0. a name does not open with a lower-case word
        t = tags[si]
        for i, j, kind in _spans(t):
            k = i
            while k < j and forms[k].isalpha() and forms[k].islower() and forms[k] not in _PARTICLES:
                k += 1
            if k > i:
                t[i:k] = ["O"] * (k - i)
                if k < j and forms[k][:1].isupper():
                    _set(t, k, j, kind)
                else:
                    t[k:j] = ["O"] * (j - k)
    for si, forms in enumerate(sentences):
        t = tags[si]
        for i, j, kind in _spans(t):
            while (j + 1 < len(forms) and forms[j] in ("-", "‐") and forms[j + 1][:1].isalpha()
                   and space_after is not None and not space_after[si][j - 1] and not space_after[si][j]):
                _set(t, i, j + 2, kind)
                j += 2
    lex = lexicon(lang)
    for si, forms in enumerate(sentences if lang != "sl" else ()):
        t = tags[si]
        for i, j, kind in _spans(t):
            if kind != "PER":
                continue
            for k in range(i + 1, j - 1):  # Vođa Obraza Mladen Obradović, Hrvat Ivica Kostelić
                if ((lemmas[si][k] in lex.given or forms[k].lower() in lex.given) and forms[k + 1][:1].isupper()
                        and not forms[k - 1].endswith(".") and forms[k - 1].lower() not in lex.given
                        and lemmas[si][k - 1] not in lex.given):
                    hit = gazetteer_match(forms[i:k], 0, lang)
                    exact = hit is not None and hit[0] == len(hit[2]) == k - i and all(
                        w.lower() in (forms[q].lower(), lemmas[si][q]) for q, w in zip(range(i, k), hit[2], strict=False))
                    _set(t, i, k, hit[1] if exact and hit is not None else kind)
                    _set(t, k, j, "PER")
                    break
    # 2c. a place's, organisation's or other name does not run on into a verb or a clitic
    # (Iz Ministarstva prosvete poručuju da ..., Grupa nevladinih organizacija reagovala je ...): it
    # ends before a lower-case word whose lemma is a verb's (-ti, -ći) or that is an auxiliary,
    # a reflexive or the complementiser da.
    for si, forms in enumerate(sentences if lang != "sl" else ()):
        t = tags[si]
        for i, j, kind in _spans(t):
            if kind == "PER":
                continue
            for k in range(i + 1, j):
                if forms[k][:1].islower() and (forms[k].lower() in _CLITICS or (
                        lemmas[si][k].endswith(("ti", "ći")))):
                    t[k:j] = ["O"] * (j - k)
                    break
    # 2b. a people's name (gazetteer demonym) ending a name of several words is a name of its own
    # (Mnogi Hrvati, Svjetski kup Hrvat): hr500k and SETimes mark it alone; the words before it stay
    # a name unless they open the sentence.
    for si, forms in enumerate(sentences if lang != "sl" else ()):
        t = tags[si]
        for i, j, kind in _spans(t):
            if j - i < 2 or lemmas[si][j - 1] not in lex.demonym or not forms[j - 1][:1].isupper():
                continue
            if i == 0 or forms[i - 1] in _OPENERS:
                t[i:j - 1] = ["O"] * (j - 1 - i)
            else:
                _set(t, i, j - 1, kind)
            _set(t, j - 1, j, "PER")
    # 2d. an abbreviation in brackets right after a place's, organisation's or other name is that
    # name's abbreviation, of its type (Evropska bančna agencija (EBA), Europske narodne stranke
    # (EPP)); not after a person's, where the brackets hold a party or a place (Jože Drnovšek (LDS)).
    for si, forms in enumerate(sentences):
        t = tags[si]
        for _, j, kind in _spans(t):
            if (kind in ("LOC", "ORG", "MISC") and j + 2 < len(forms) and forms[j] == "(" and forms[j + 2] == ")"
                    and _abbreviation(forms[j + 1])):
                _set(t, j + 1, j + 2, kind)
    # 2e. a name of two or three capitalised words that opens with a given name of the gazetteer's
    # list is a person's, whatever type the tagger gave it (predsednik uprave Bojan Knuplež, tagged
    # an organisation after the organisation noun before it), unless a word of it is an
    # organisation or name head or a cue word, or the gazetteer knows the name as written.
    stops = lex.org | lex.misc | lex.role | lex.stop | lex.demonym
    for si, forms in enumerate(sentences):
        t = tags[si]
        for i, j, kind in _spans(t):
            if kind not in ("ORG", "LOC", "MISC") or not 2 <= j - i <= 3:
                continue
            words = forms[i:j]
            if not (forms[i].lower() in lex.given or lemmas[si][i] in lex.given):
                continue
            if any(not w[:1].isupper() or w.isupper() or w.lower() in stops or lemmas[si][k] in stops
                   for k, w in zip(range(i, j), words, strict=True)):
                continue
            if gazetteer_match(forms, i, lang) is not None:
                continue
            _set(t, i, j, "PER")
    # 2g. Slovenian: a people's or inhabitants' name (gazetteer demonym) opening a person's name of
    # several words is a person of its own (Španec Amancio Ortega, Ljubljančanka Sandra Udrih), as
    # SentiCoref and SSJ write five of their six such names. (hr500k and SETimes.SR write them
    # either way; Croatian, Serbian and Bosnian have steps 2a and 2b.)
    for si, forms in enumerate(sentences if lang == "sl" else ()):
        t = tags[si]
        for i, j, kind in _spans(t):
            if (kind == "PER" and j - i >= 2 and lemmas[si][i] in lex.demonym and forms[i][:1].isupper()
                    and forms[i + 1][:1].isupper()):
                _set(t, i, i + 1, "PER")
                _set(t, i + 1, j, "PER")
    # 2f. an organisation's name that ends in a lower-case word goes on through "and" and a
    # lower-case word of the same ending (Agencija za odgoj i obrazovanje, Zajednica nakladnika i
    # knjižara, Ministarstvo regionalnoga razvoja i fondova Europske unije), then through lower-case
    # words of that case and a name right after them, which is part of it.
    conj = _AND.get(lang)
    for si, forms in enumerate(sentences if conj else ()):
        t = tags[si]
        for i, j, kind in reversed(_spans(t)):
            if kind != "ORG" or j - i < 2 or not forms[j - 1].isalpha() or not forms[j - 1].islower():
                continue
            end, last, joined = j, forms[j - 1], False
            while end < len(forms):
                if (end + 1 < len(forms) and forms[end] == conj and t[end] == "O"
                        and _continues(last, forms[end + 1], t[end + 1]) and forms[end + 1] not in lex.stop
                        and forms[end + 1] not in lex.role and lemmas[si][end + 1] not in lex.role
                        and not lemmas[si][end + 1].endswith(("ti", "ći"))):
                    end, last, joined = end + 2, forms[end + 1], True
                elif (joined and forms[end][-1:] in ("a", "e") and _continues(forms[end], forms[end], t[end])
                      and forms[end] not in lex.stop and lemmas[si][end] not in lex.role
                      and not lemmas[si][end].endswith(("ti", "ći"))):
                    end, last = end + 1, forms[end]  # a genitive after it (ugovaranje programa i projekata)
                else:
                    break
            if end == j or (end < len(forms) and (forms[end].lower() in lex.role or lemmas[si][end] in lex.role)):
                continue  # Evropskega sveta in slovenskega premierja: a person's title, not the name
            if end < len(t) and t[end].startswith("B-") and t[end][2:] in ("ORG", "LOC"):
                end += 1
                while end < len(t) and t[end].startswith("I-"):
                    end += 1
            _set(t, i, end, "ORG")
    # keys: a name word's lemma, or the base form (a word the article writes uninflected) it extends
    bases = {lemmas[si][k] for si, t in enumerate(tags) for k, tag in enumerate(t)
             if tag != "O" and lemmas[si][k] == sentences[si][k].lower() and len(lemmas[si][k]) >= 3}

    def key(si: int, k: int) -> str:
        return _name_key(lemmas[si][k], sentences[si][k].lower(), bases)

    persons: set[str] = set()
    alone: set[str] = set()
    votes: dict[str, dict[str, int]] = {}
    phrase_votes: dict[tuple[str, ...], dict[str, int]] = {}
    for si, t in enumerate(tags):
        for i, j, kind in _spans(t):
            words = [key(si, k) for k in range(i, j)]
            if kind == "PER":
                persons.update(words)
            if j - i == 1:
                alone.add(words[0])
            if kind in ("PER", "LOC", "ORG", "MISC") and (j - i == 1 or kind == "PER"):
                for w in words:
                    votes.setdefault(w, {}).setdefault(kind, 0)
                    votes[w][kind] += 1
            if kind in ("PER", "LOC", "ORG", "MISC") and j - i >= 2:
                many = phrase_votes.setdefault(tuple(words), {})
                many[kind] = many.get(kind, 0) + 1
    # the words (as written) of persons' full names: a possessive adjective is never one of them
    in_full = {sentences[si][k].lower() for si, t in enumerate(tags) for i, j, kind in _spans(t)
               if kind == "PER" and j - i >= 2 for k in range(i, j)}

    def possessive(form: str) -> bool:
        """``Babićevi`` (portali) beside ``Ivan Babić``: an adjective of a person the article names.

        Not in Slovenian, where a woman's surname has the same endings (``Zevnikova``, Mrs Zevnik).
        """
        if lang == "sl":
            return False
        low = form.lower()
        p = _POSSESSIVE.match(low)
        return bool(p and p.group(3) and p.group(1) in persons and low not in bases and low not in in_full)

    def given_first(si: int, i: int, j: int) -> bool:
        """``Laura Bush``: a given name and one more word are one person, even where the article
        names each alone (not ``Putin Kima``)."""
        return j - i == 2 and (sentences[si][i].lower() in lex.given or lemmas[si][i] in lex.given)

    for si, t in enumerate(tags):
        for i, j, kind in _spans(t):
            words = [key(si, k) for k in range(i, j)]
            if (j - i >= 2 and kind == "PER" and all(w in persons and w in alone for w in words)
                    and not given_first(si, i, j)):
                for k in range(i, j):
                    _set(t, k, k + 1, "PER")
            elif j - i >= 2 and kind in ("LOC", "ORG") and sentences[si][j - 1][:1].isupper():
                p = _POSSESSIVE.match(sentences[si][j - 1].lower())
                if p and p.group(1) in persons and sentences[si][j - 1].lower() not in bases:
                    _set(t, i, j - 1, kind)
                    _set(t, j - 1, j, "DERIV-PER")
            elif j - i == 1 and kind == "PER" and j < len(t) and sentences[si][j][:1].islower() and possessive(
                    sentences[si][i]):
                _set(t, i, j, "DERIV-PER")
            elif j - i >= 2 and kind in ("PER", "LOC", "ORG", "MISC") and len(phrase_votes.get(tuple(words), {})) > 1:
                counts = phrase_votes[tuple(words)]
                best = max(counts, key=lambda c: counts[c])
                if best != kind and counts[best] > counts[kind]:
                    _set(t, i, j, best)
            elif j - i == 1 and kind in ("PER", "LOC", "ORG", "MISC"):
                counts = votes.get(words[0], {})
                best = max(counts, key=lambda c: counts[c], default=kind)
                if best != kind and counts[best] > counts.get(kind, 0) * 2:
                    _set(t, i, j, best)
    full = {key(si, k) for si, t in enumerate(tags) for i, j, kind in _spans(t) if kind == "PER" and j - i >= 2
            for k in range(i, j)}
    lower = {f.lower() for forms in sentences for f in forms if f[:1].islower()}
    for si, t in enumerate(tags):
        forms = sentences[si]
        for k, tag in enumerate(t):
            if (tag == "O" and forms[k][:1].isupper() and not forms[k].isupper() and len(forms[k]) >= 3
                    and forms[k].lower() not in lower and key(si, k) in full and not possessive(forms[k])
                    and (k + 1 >= len(t) or t[k + 1] == "O") and (k == 0 or t[k - 1] == "O")):
                t[k] = "B-PER"

    def name_like(form: str) -> bool:
        return form[:1].isupper() and not form.isupper() and len(form) >= 3 and form.lower() not in lower

    cues = lex.stop | lex.role | lex.org | lex.locprep
    # two capitalised words opening a sentence, the second a person the article names alone
    # (Ewan Tillotson, izvršni ravnatelj ... / Tillotson kaže; Esat Beriša radio je ... / rekao je
    # Beriša): a given name and a surname, unless the first is a cue word (Premijer Plenković).
    # Not in Slovenian, where it cost SentiCoref's dev figure (typed F1 0.802 -> 0.797).
    for si, t in enumerate(tags if lang != "sl" else ()):
        forms = sentences[si]
        for k in range(1, len(t)):
            if (t[k - 1] == "O" and t[k] in ("O", "B-PER") and (k + 1 >= len(t) or not t[k + 1].startswith("I-"))
                    and (k == 1 or forms[k - 2] in _OPENERS) and name_like(forms[k - 1]) and name_like(forms[k])
                    and forms[k - 1].lower() not in cues and lemmas[si][k - 1] not in cues
                    and key(si, k) in persons and key(si, k) in alone and not possessive(forms[k])
                    and lemmas[si][k] not in lex.demonym):
                _set(t, k - 1, k + 1, "PER")


def _sentence_mentions(si: int, forms: Sequence[str], lem: Sequence[str], lang: str, lex: Gazetteer) -> list[_Mention]:
    n = len(forms)
    low = [f.lower() for f in forms]
    initial = [False] * n
    seen_word = False
    for i, f in enumerate(forms):
        if any(ch.isalnum() for ch in f):
            if not seen_word or (i and forms[i - 1] in _OPENERS):
                initial[i] = True
            seen_word = True
    role = [lem[i] in lex.role or low[i] in lex.role for i in range(n)]
    cand = [_capitalised(f) and low[i] not in lex.stop and not (initial[i] and role[i]) for i, f in enumerate(forms)]
    # (a given name as written is no organisation's head word, whatever its lemma: ``Владимир`` -> ``влада``)
    org = [(lem[i] in lex.org or low[i] in lex.org) and low[i] not in lex.given for i in range(n)]
    out: list[_Mention] = []
    i = 0
    while i < n:
        if _capitalised(forms[i]) and low[i] not in lex.stop:
            hit = match_at(forms, i, lang, lex)
            if hit is not None and low[i] in lex.given and hit[1] != "PER":
                hit = None  # a given name as written, which the lemmatiser made another name of (mk ``Владимир`` -> Влада)
            if hit is not None:
                length, found, words = hit
                j = i + length
                if found == "LOC" and out and out[-1].end == i and out[-1].kind == "ORG" and org[out[-1].end - 1]:
                    out[-1].end = j  # Banka Slovenije, Univerza v Ljubljani
                else:
                    out.append(_Mention(si, i, j, found, True, lemmas=words))
                i = j
                continue
        if not cand[i]:
            i += 1
            continue
        j = i + 1
        has_org = org[i]
        while j < n:
            if cand[j]:
                has_org = has_org or org[j]
                j += 1
            elif forms[j] in ("-", "‐") and j + 1 < n and forms[j + 1][:1].isalpha():
                j += 2  # Jong-un, Bosna-Hercegovina
            elif (low[j] in _PARTICLES or (has_org and low[j] in _CONNECTORS)) and j + 1 < n and cand[j + 1]:
                j += 1
            else:
                break
        kind: str | None = None
        strong = False
        # capitalised adjectives + lower-case organisation head: Državni zbor, Slovenska demokratska stranka
        if _ADJ_END.search(low[j - 1]) and not has_org:
            k = j
            while k < n and k < j + 3 and forms[k][:1].islower() and not org[k] and _ADJ_END.search(low[k]):
                k += 1
            if k < n and forms[k][:1].islower() and org[k]:
                j, kind, strong, has_org = k + 1, "ORG", True, True
        # an organisation's name goes on through the capitalised words after its head: Zbornica Slovenije
        if has_org:
            while j < n and cand[j]:
                j += 1
        if j - i == 1 and initial[i] and not (forms[i].isupper() and len(forms[i]) > 1):
            out.append(_Mention(si, i, j, None, False, initial=True))
        else:
            if kind is None:
                kind = _type_of(forms, lem, low, i, j, lex, org, role)
                strong = kind is not None
            out.append(_Mention(si, i, j, kind, strong))
        i = j
    return out


def _type_of(forms: Sequence[str], lem: Sequence[str], low: Sequence[str], i: int, j: int, lex: Gazetteer,
             org: Sequence[bool], role: Sequence[bool]) -> str | None:
    if any(org[i:j]):
        return "ORG"
    if j - i == 1 and forms[i].isupper() and len(forms[i]) > 1:
        return "ORG"
    if i > 0 and role[i - 1]:
        return "PER"
    if low[i] in lex.given or lem[i] in lex.given:
        return "PER"
    if j - i >= 2 and _SURNAME.search(low[j - 1]):
        return "PER"
    if i > 0 and low[i - 1] in lex.locprep:
        return "LOC"
    return None


def _resolve(mentions: list[_Mention], sentences: Sequence[Sequence[str]], lemmas: Sequence[Sequence[str]]) -> None:
    """Step 5: type what is left from what the article says elsewhere; split adjacent persons."""
    # One key per name word: its lemma, or the article's base form it extends (Kima -> kim after Kim),
    # since lemmagen is unreliable on foreign names (Kima -> K).
    bases = {lemmas[m.sentence][k] for m in mentions for k in range(m.start, m.end)
             if lemmas[m.sentence][k] == sentences[m.sentence][k].lower() and len(lemmas[m.sentence][k]) >= 3}

    def key(si: int, k: int) -> str:
        return _name_key(lemmas[si][k], sentences[si][k].lower(), bases)

    def words_of(m: _Mention) -> list[str]:
        return [key(m.sentence, k) for k in range(m.start, m.end)]

    memory: dict[str, str] = {}
    persons: set[str] = set()
    alone: set[str] = set()
    for m in mentions:
        words = words_of(m)
        if m.end - m.start == 1:
            alone.add(words[0])
        if m.kind is None or not m.strong:
            continue
        if m.kind == "PER":
            persons.update(w for w in words if any(ch.isalpha() for ch in w))
            for w in words:
                memory.setdefault(w, "PER")
        elif m.end - m.start == 1:
            memory.setdefault(words[0], m.kind)
    # Two persons side by side (Putin Kima): split where both halves are named alone elsewhere.
    split: list[_Mention] = []
    for m in mentions:
        words = words_of(m)
        if m.end - m.start >= 2 and m.kind in (None, "PER") and all(w in persons and w in alone for w in words):
            split.extend(_Mention(m.sentence, k, k + 1, "PER", True) for k in range(m.start, m.end))
        else:
            split.append(m)
    mentions[:] = split
    for m in mentions:
        if m.kind is not None:
            continue
        words = words_of(m)
        if all(w in memory for w in words) and len({memory[w] for w in words}) == 1:
            m.kind = memory[words[0]]
        elif any(memory.get(w) == "PER" for w in words) and m.end - m.start >= 2:
            m.kind = "PER"
        elif m.initial:
            continue
        elif m.end - m.start == 1 and (p := _POSSESSIVE.match(words[0])) and p.group(1) in persons:
            continue
        else:
            m.kind = _DEFAULT_TYPE


# --- filling the table ----------------------------------------------------------------------


def enrich(cols: dict[str, list], lang: str) -> None:
    """Fill ``lemma``, ``upos``, ``xpos`` and ``ner`` of freshly tokenized TOKENS columns in place.

    ``cols`` are the columns of one article as built by :func:`newskit.annotate.document_columns`
    (one word per token: the rule-based tokenizers make no multi-word tokens).
    """
    n = len(cols["text"])
    sentences: list[list[str]] = []
    bounds: list[tuple[int, int]] = []
    spaces: list[list[bool]] = []
    start = 0
    for k in range(1, n + 1):
        if k == n or cols["sentence"][k] != cols["sentence"][start]:
            sentences.append(list(cols["text"][start:k]))
            spaces.append(list(cols["space_after"][start:k]))
            bounds.append((start, k))
            start = k
    tags, bases = _recognise(sentences, lang, spaces) if n else ([], [])
    known = _nominatives(sentences, tags, lang)
    mte = lang in ("sl", "hr", "sr", "bs")
    for (a, b), sent_tags, sent_bases in zip(bounds, tags, bases, strict=True):
        for k, tag, base in zip(range(a, b), sent_tags, sent_bases, strict=True):
            form = cols["text"][k]
            # a word of a name other than its last: may be a common adjective (Evropske unije)
            inner = tag != "O" and k + 1 < b and sent_tags[k + 1 - a].startswith("I-")
            cols["ner"][k] = tag
            if _is_punct(form):
                cols["lemma"][k] = form
                cols["upos"][k] = "PUNCT"
                cols["xpos"][k] = "Z" if mte else ("punct" if lang == "bg" else None)
            elif _DIGITS.match(form):
                cols["lemma"][k] = form
                cols["upos"][k] = "NUM"
                cols["xpos"][k] = "Mdc" if mte else None
            else:
                cols["lemma"][k] = _lemma(form, tag, base, known, lang, inner=inner)


def _nominatives(sentences: Sequence[Sequence[str]], tags: Sequence[Sequence[str]], lang: str) -> set[str]:
    """Name words the article writes in their base form (lemmagen leaves them unchanged); Serbian
    Cyrillic words in their Latin reading, which is what lemmagen sees (:func:`_lemma`)."""
    out: set[str] = set()
    seen: dict[str, int] = {}
    for forms, sent_tags in zip(sentences, tags, strict=True):
        for form, tag in zip(forms, sent_tags, strict=True):
            if lang in _CYRILLIC_LANGS and _SR_CYRILLIC.search(form):
                form = to_latin(form, language="sr")
            if tag != "O" and len(form) >= 3:
                seen[form] = seen.get(form, 0) + 1
                if lemmatize(form, lang) == form:
                    out.add(form)
    # A foreign name the article writes the same way each time (``Veliu``, ``Basesku``), which
    # lemmagen takes for a woman's name in another case (``Velia``) that the article never writes:
    # a Slavic name's case ending only adds to its base (``Putinu``), a swapped vowel is a guess.
    for form, count in seen.items():
        if count >= 2 and form not in out:
            lemma = lemmatize(form, lang)
            if not form.startswith(lemma) and lemma not in seen and form[-1:] != lemma[-1:]:
                out.add(form)
    return out


#: Languages whose text may be in Serbian Cyrillic, which lemmagen3's models do not know.
_CYRILLIC_LANGS = frozenset({"sr", "bs"})
_SR_CYRILLIC = re.compile("[абвгдђежзијклљмнњопрстћуфхцчџшАБВГДЂЕЖЗИЈКЛЉМНЊОПРСТЋУФХЦЧЏШ]")
#: Gaj's Latin letters (digraphs first) back to Serbian Cyrillic, for the ending a lemma does not share with its form.
_LAT_TO_CYR = sorted(((to_latin(c, language="sr"), c) for c in "абвгдђежзијклљмнњопрстћуфхцчџш"),
                     key=lambda pair: -len(pair[0]))


def _in_cyrillic(form: str, lemma: str) -> str:
    """``lemma`` (Latin, lemmagen's lemma of ``form``'s Latin reading) written in Cyrillic like ``form``.

    The beginning the lemma shares with the form keeps the form's own letters (so ``Njegoš``'s
    digraphs are never guessed); only the lemma's own ending is transliterated back, letter by
    letter: ``рекао`` -> ``reći`` -> ``рећи``, ``Путину`` -> ``Putin`` -> ``Путин``.
    """
    out: list[str] = []
    pos = 0
    for ch in form:
        lat = to_latin(ch, language="sr")
        if not lemma[pos:pos + len(lat)].lower() == lat.lower() or not lat:
            break
        out.append(ch.upper() if lemma[pos].isupper() else ch.lower())
        pos += len(lat)
    rest = lemma[pos:]
    while rest:
        for lat, cyr in _LAT_TO_CYR:
            if rest[:len(lat)].lower() == lat:
                out.append(cyr.upper() if rest[0].isupper() else cyr)
                rest = rest[len(lat):]
                break
        else:
            out.append(rest[0])
            rest = rest[1:]
    return "".join(out)


@functools.cache
def lemma_overrides(lang: str) -> dict[str, str]:
    """``newskit/lexicons/<lang>/lemmas.tsv``: form -> lemma for closed-class words lemmagen3 gets wrong."""
    path = LEXICON_ROOT / resource_language(lang) / "lemmas.tsv"
    out: dict[str, str] = {}
    if path.exists():
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#") and "\t" in line:
                form, lemma = (x.strip() for x in line.split("\t", 1))
                out[form] = lemma
    return out


def _lemma(form: str, tag: str, base: str | None, known: set[str], lang: str, *, inner: bool = False) -> str:
    """The lemma of one word: see the module docstring."""
    if lang in _CYRILLIC_LANGS and _SR_CYRILLIC.search(form):
        # lemmagen3 knows Latin words only: lemmatise the Latin reading, write the lemma back in Cyrillic
        lat = to_latin(form, language="sr")
        if base is not None and _SR_CYRILLIC.search(base):
            base = to_latin(base, language="sr")
        return _in_cyrillic(form, _lemma(lat, tag, base, known, lang, inner=inner))
    adjective = inner and not tag.endswith("PER")
    if base is not None:
        return base  # the gazetteer's base form, kept whole so that the name's lemma is right (Severna Koreja)
    if not form[:1].isupper():
        return lemma_overrides(lang).get(form) or lemmatize(form, lang)
    if form.isupper() and len(form) > 1:
        return form  # an acronym: ZDA, NATO
    if tag == "O":
        lower = form.lower()  # Ruski at a sentence start, Foto
        return lemma_overrides(lang).get(lower) or lemmatize(lower, lang)
    if adjective and _COMMON_ADJ.search(form.lower()):
        return lemmatize(form.lower(), lang)  # Evropske (unije) -> evropski, as CLASSLA and the corpora do
    if lang in ANALYTIC:
        return form  # Macedonian and Bulgarian names do not decline: lemmagen makes Мицкоски a Мицкоска
    # A name: the article's own base form of it (Kima -> Kim, after Kim), else lemmagen's,
    # unless lemmagen makes it shorter than three letters or much longer (Xi -> X, Maga -> Magati).
    for cut in (1, 2, 3):
        if len(form) - cut >= 3 and form[:-cut] in known:
            return form[:-cut]
    if form in known:
        return form
    lemma = lemmatize(form, lang)
    if len(lemma) < 3 <= len(form) or len(lemma) > len(form) + 1 or len(lemma) < 2:
        return form
    return lemma[:1].upper() + lemma[1:] if lemma[:1].islower() else lemma
