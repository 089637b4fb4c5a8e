"""Quotes and attribution: who is given a voice, in what words, and on whose authority.

:func:`extract_quotes` finds reported statements in a TOKENS table: direct quotations in any
quotation marks (»...«, „...“, "...", “...”, «...», unbalanced ones too, over several sentences
or paragraphs), indirect speech (``je dejal, da ...``, ``rekao je kako ...``), mixed quotes (a
quoted fragment inside reported speech), ``Kot je pojasnil X, ...``, ``po besedah X`` /
``prema riječima X``, nominal cues (``opozorilo ministrstva, da ...``) and headline quotes
(``Frattini: Hrvaška naj naredi korak naprej``). Each gets its speaker in the canonical
nominative form the article gives fullest (``Putinu`` -> ``Vladimir Putin``; ``ruski predsednik``
-> the person the article calls so; a dropped subject, ``Dejal je še, da``, -> the person in
focus who agrees with the participle's gender and number), the reporting word (``cue``) with
its stance class from the lexicon, and the agency or outlet it is credited to (``source``,
``source_chain`` such as ``BBC <- TASS``).

The rules read the surface forms and lemmas, and use what else the annotation gives:
UD features and MULTEXT-East MSDs (case, gender and number), and dependency trees (the
subject of the reporting verb; the extent of its ``ccomp``; a ``parataxis`` cue after the
content). They work on the lite annotation, where only tokens, lemmas and names are known.
The words live in data files, ``newskit/lexicons/<lang>/`` (see the README there); Serbian
Cyrillic is matched through :func:`newskit.language.to_latin`.

:func:`extract_sources` lists the credits of reports and pictures to agencies and outlets
(``poroča AFP``, ``BBC povzema rusko tiskovno agencijo TASS``, ``Foto: Xinhua/STA``), and
:func:`speakers` sums the quotes per speaker.

Example:
    >>> import newskit as nk
    >>> ann = nk.annotate(nk.load_example(), annotator="lite")  # doctest: +SKIP
    >>> q = nk.extract_quotes(ann.tokens, articles=ann.articles)  # doctest: +SKIP
    >>> q.speaker.value_counts().to_dict()  # doctest: +SKIP
    {'Vladimir Putin': 4, 'Kim Jong-un': 4}
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field

import pandas as pd

from ._quote_rules import (
    QUOTE_LANGUAGES,
    Lexicon,
    QuoteSpan,
    find_outlets,
    find_quote_spans,
    is_quote_mark,
    load_lexicon,
    outlet_named,
)
from ._version import __version__
from .article import Article
from .language import check_language, detect_language, to_latin
from .schemas import QUOTES, SOURCES, SPEAKERS, TOKENS, conform, require

__all__ = ["extract_quotes", "extract_sources", "speakers", "load_lexicon"]

_CASES = {"n": "Nom", "g": "Gen", "d": "Dat", "a": "Acc", "l": "Loc", "i": "Ins", "v": "Voc"}
_GENDERS = {"Masc": "m", "Fem": "f", "Neut": "n"}
_NUMBERS = {"Sing": "s", "Plur": "p", "Dual": "d"}
_SENT_END = {".", "!", "?", "…", "...", "..", "...."}
_CLAUSE_PUNCT = {",", ";", ":", "–", "—", "(", ")"}
#: First names ending in -a that are men's (most Slovenian, Croatian and Serbian ones ending so are women's).
_MALE_A = {"luka", "nikola", "jaka", "miha", "sava", "kosta", "ilija", "andrija", "mitja", "gaja", "aljoša",
           "matija", "jovica", "mića", "pera", "toma", "saša", "joža", "jaša", "nemanja", "vanja", "borna"}
_WORD_RE = re.compile(r"\w+")

# Confidence of each rule, before the speaker is weighed in.
_RULE_CONFIDENCE = {
    "quote+cue": 0.95,
    "colon": 0.9,
    "complement": 0.9,
    "postposed": 0.85,
    "as_said": 0.85,
    "according_to": 0.85,
    "noun_clause": 0.8,
    "quoted_object": 0.75,
    "headline": 0.8,
    "standalone": 0.6,
}


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


@dataclass
class _Ent:
    key: int
    type: str  # person, organisation, agency
    words: list[str]  # folded nominative words of its fullest name
    name: str
    gender: str = ""
    forms: Counter = field(default_factory=Counter)
    positions: list[int] = field(default_factory=list)


@dataclass
class _Mention:
    i0: int
    i1: int
    kind: str  # PER, ORG, AGENCY, ROLE, INST, PRON
    ent: int | None
    nominative: bool
    text: str
    gender: str = ""  # of a role noun or pronoun
    number: str = ""
    role: str = ""  # lemma of a role or institution noun
    adjs: tuple[str, ...] = ()


@dataclass
class _Speaker:
    name: str | None
    mention: str
    type: str
    ent: int | None = None
    how: str = "explicit"  # explicit, focus, unknown


@dataclass
class _Quote:
    kind: str
    spans: list[tuple[int, int]]
    speaker: _Speaker
    cue: str | None
    cue_span: tuple[int, int] | None
    stance: str | None
    rule: str
    first_tok: int
    last_tok: int
    cue_tok: int
    source: str | None = None
    chain: str | None = None
    quote_ids: tuple[int, ...] = ()
    nested: bool = False  # reported inside another statement


@dataclass
class _Credit:
    source: str
    chain: str
    cue: str | None
    kind: str
    start: int
    end: int
    tok: int


class _Doc:
    """One article's tokens as plain lists, with the rules that read them."""

    def __init__(self, art_id: str, text: str, lang: str, lex: Lexicon | None, cols: Mapping[str, list], lo: int, hi: int):
        self.art_id = art_id
        self.text = text
        self.lang = lang
        self.lex = lex
        self.n = hi - lo
        tr = to_latin if lang == "sr" else None
        self.form: list[str] = cols["text"][lo:hi]
        self.low = [(tr(f) if tr else f).lower() for f in self.form]
        lem = cols["lemma"][lo:hi]
        self.lem = [(tr(x) if tr else x).lower() if x else "" for x in lem]
        self.lemma_raw = lem
        self.upos: list[str] = cols["upos"][lo:hi]
        self.xpos: list[str] = cols["xpos"][lo:hi]
        self.feats: list[str] = cols["feats"][lo:hi]
        self.head: list[int] = cols["head"][lo:hi]
        self.deprel: list[str] = cols["deprel"][lo:hi]
        self.ner: list[str] = cols["ner"][lo:hi]
        self.start: list[int] = cols["start_char"][lo:hi]
        self.end: list[int] = cols["end_char"][lo:hi]
        self.sent_no: list[int] = cols["sentence"][lo:hi]
        self.part: list[str] = cols["part"][lo:hi]
        self.word_id: list[int] = cols["word_id"][lo:hi]
        self.has_upos = any(u and u != "PUNCT" and u != "NUM" for u in self.upos[:200])
        self.has_tree = any(h >= 0 for h in self.head[:200]) and self.has_upos
        # sentences
        self.bounds: list[tuple[int, int]] = []
        s0 = 0
        for i in range(1, self.n + 1):
            if i == self.n or self.sent_no[i] != self.sent_no[i - 1]:
                self.bounds.append((s0, i))
                s0 = i
        self.sent_of = [0] * self.n
        for k, (a, b) in enumerate(self.bounds):
            for i in range(a, b):
                self.sent_of[i] = k
        self.W_according: frozenset[str] = self.words("according")
        self.W_aux12: frozenset[str] = self.words("aux_12")
        self.W_object_clitic: frozenset[str] = self.words("object_clitic")
        self.W_aux: frozenset[str] = self.words("aux")
        self.W_comparative: frozenset[str] = self.words("comparative")
        self.W_complementizer: frozenset[str] = self.words("complementizer")
        self.W_complementizer_kept: frozenset[str] = self.words("complementizer_kept")
        self.W_conjunction: frozenset[str] = self.words("conjunction")
        self.W_determiner: frozenset[str] = self.words("determiner")
        self.W_locative: frozenset[str] = self.words("locative")
        self.W_negation: frozenset[str] = self.words("negation")
        self.W_possessive_f: frozenset[str] = self.words("possessive_f")
        self.W_possessive_m: frozenset[str] = self.words("possessive_m")
        self.W_possessive_p: frozenset[str] = self.words("possessive_p")
        self.W_preposition: frozenset[str] = self.words("preposition")
        self.W_reflexive: frozenset[str] = self.words("reflexive")
        self.W_relative: frozenset[str] = self.words("relative")
        self.W_subordinator: frozenset[str] = self.words("subordinator")
        self.punct = [
            (u == "PUNCT") or not any(ch.isalnum() for ch in f) for u, f in zip(self.upos, self.form, strict=True)
        ]
        self.mark = [is_quote_mark(f) for f in self.form]
        self._case: dict[int, str] = {}
        self.ents: list[_Ent] = []
        self.mentions: list[_Mention] = []
        self.tok_mention = [-1] * self.n
        self.titles: list[tuple[int, str, tuple[str, ...], int]] = []  # (ent, role, adjs, token)
        self.credits: list[_Credit] = []
        self.quotes: list[_Quote] = []
        self.focus: list[tuple[int, int, str]] = []  # (token, ent, "speaker"|"subject")
        self.in_content = [False] * self.n
        self.used_quote: set[int] = set()
        self.sent_credit: dict[int, tuple[str, str]] = {}
        self.post_end: dict[int, int] = {}
        self._mplural: dict[str, str] | None = None

    # --- token properties --------------------------------------------------------------------

    def words(self, cls: str) -> frozenset[str]:
        return self.lex.words.get(cls, frozenset()) if self.lex else frozenset()

    def case(self, i: int) -> str:
        c = self._case.get(i)
        if c is None:
            c = ""
            fe = self.feats[i]
            if fe and "Case=" in fe:
                c = fe.split("Case=", 1)[1].split("|", 1)[0]
            else:
                x = self.xpos[i]
                if x[:1] == "N" and len(x) >= 5:
                    c = _CASES.get(x[4], "")
                elif x[:1] == "A" and len(x) >= 6:
                    c = _CASES.get(x[5], "")
            self._case[i] = c
        return c

    def nominative(self, i: int) -> bool:
        c = self.case(i)
        if c:
            return c == "Nom"
        lem = self.lem[i]
        if not lem or self.has_upos and self.upos[i] in ("PROPN",) and not self.feats[i] and not self.xpos[i]:
            return True
        low = self.low[i]
        if len(lem) > len(low) and lem.startswith(low) and self.form[i][:1].isupper():
            return True  # a lemmatizer's guess at an unknown name (Komlev -> Komleva): case endings lengthen names
        return low == lem or low == lem + "i" or low == lem[:-1] + "i" and lem[-1:] in "ko"

    def agreement(self, i: int) -> tuple[str, str]:
        """Gender and number of a verb (its participle), from features, MSD, form and auxiliary."""
        g = n = ""
        fe = self.feats[i]
        if fe:
            for kv in fe.split("|"):
                k, _, v = kv.partition("=")
                if k == "Gender":
                    g = _GENDERS.get(v, "")
                elif k == "Number":
                    n = _NUMBERS.get(v, "")
        x = self.xpos[i]
        if not (g or n) and x[:1] == "V" and len(x) >= 6:
            if "p" in x[2:4] and x[-1] in "mfn":
                n, g = x[-2] if x[-2] in "sdp" else "", x[-1]
            elif x[-1] in "sdp":
                n = x[-1]
        if not (g or n):
            low = self.low[i]
            if self.lang == "sl":
                for end, gg, nn in (("li", "m", "p"), ("le", "f", "p"), ("la", "f", "s"), ("lo", "n", "s"), ("l", "m", "s")):
                    if low.endswith(end) and not self.lem[i].endswith(low):
                        g, n = gg, nn
                        break
                else:
                    if self.verb_cue(i) is not None or low != self.lem[i]:
                        n = "p" if low.endswith("jo") else "d" if low.endswith("ta") else "s"
            else:
                for end, gg, nn in (("li", "m", "p"), ("le", "f", "p"), ("la", "f", "s"), ("lo", "n", "s"), ("o", "m", "s")):
                    if low.endswith(end) and low != self.lem[i]:
                        g, n = gg, nn
                        break
        # the auxiliary settles the number (sta dejala is dual, not feminine)
        s0, s1 = self.bounds[self.sent_of[i]]
        aux = self.W_aux
        for j in (i - 1, i - 2, i + 1, i - 3):
            if j < i and any(self.low[x] in _CLAUSE_PUNCT for x in range(j + 1, i)):
                continue  # ``Obrtnici su, rekla je, ...``: the auxiliary of another clause
            if s0 <= j < s1 and self.low[j] in aux and self.low[j] not in ("bi", "bio", "bila", "bili"):
                w = self.low[j]
                if w in ("so", "su", "smo", "ste", "bodo"):
                    n = "p"
                elif w in ("sta", "bosta"):
                    n, g = "d", ""
                elif w in ("je", "bo"):
                    n = n or "s"
                break
        return g, n

    def verb_cue(self, i: int) -> tuple[str, str, str] | None:
        lex = self.lex
        if lex is None or self.punct[i]:
            return None
        u = self.upos[i]
        if u and u not in ("VERB", "X"):
            return None
        lem = self.lem[i]
        v = lex.verbs.get(lem)
        if v:
            return lem, v[0], v[1]
        if not lem or lem == self.low[i]:
            l2 = lex.verb_forms.get(self.low[i])
            if l2:
                v = lex.verbs[l2]
                return l2, v[0], v[1]
        return None

    def _lookup(self, i: int, table: Mapping[str, tuple[str, str]], forms: Mapping[str, str]) -> str | None:
        lem = self.lem[i]
        if lem in table:
            return lem
        if not lem or lem == self.low[i]:
            return forms.get(self.low[i])
        return None

    def noun_cue(self, i: int) -> str | None:
        if self.lex is None or (self.upos[i] and self.upos[i] != "NOUN"):
            return None
        return self._lookup(i, self.lex.nouns, self.lex.noun_forms)

    def role_noun(self, i: int) -> str | None:
        if self.lex is None or (self.upos[i] and self.upos[i] != "NOUN"):
            return None
        if self.form[i][:1].isupper() and self.sent_of[i] == self.sent_of[max(i - 1, 0)] and i > self.bounds[self.sent_of[i]][0]:
            return None  # a capitalised word inside a sentence is part of a name
        return self._lookup(i, self.lex.roles, self.lex.role_forms)

    def is_verb(self, i: int) -> bool:
        """A verb or auxiliary: from the tag, or, without tags, from a verb's lemma (-ti, -či, -ći)."""
        if self.has_upos:
            return self.upos[i] in ("VERB", "AUX")
        lem = self.lem[i]
        return self.low[i] in self.W_aux or (len(lem) > 3 and lem.endswith(("ti", "či", "ći")))

    def is_adjective(self, i: int) -> bool:
        if self.punct[i]:
            return False
        if self.has_upos:
            return self.upos[i] == "ADJ"
        low = self.low[i]
        if not low.isalpha() or len(low) < 3 or self.lex is None:
            return False
        for cls in ("aux", "preposition", "conjunction", "negation", "complementizer", "relative", "comparative"):
            if low in self.lex.words.get(cls, ()):
                return False
        if self.verb_cue(i) or self.role_noun(i):
            return False
        s0 = self.bounds[self.sent_of[i]][0]
        if self.form[i][:1].isupper() and i != s0:
            return False
        return low.endswith(("i", "a", "o", "e", "ega", "emu", "em", "im", "ih", "ima", "oj", "og", "om", "u"))

    # --- names, roles and organisations ------------------------------------------------------

    def build_mentions(self) -> None:
        spans: list[tuple[int, int, str]] = []
        cur = -1
        kind = ""
        for i, tag in enumerate(self.ner):
            if tag and tag[:2] in ("B-", "I-"):
                t = tag[2:]
                if tag[0] == "I" and cur >= 0 and t == kind and self.sent_of[i] == self.sent_of[cur]:
                    continue
                if cur >= 0:
                    spans.append((cur, i, kind))
                cur, kind = i, t
            else:
                if cur >= 0:
                    spans.append((cur, i, kind))
                cur = -1
        if cur >= 0:
            spans.append((cur, self.n, kind))
        closed = self.W_preposition | self.W_conjunction | self.W_aux | self.W_complementizer | self.W_negation
        spans = [(a, b, k) for a, b, k in spans if k in ("PER", "ORG", "LOC")
                 and not (b - a == 1 and (self.low[a] in closed or _CREDIT_LABEL.fullmatch(self.form[a])))]
        # outlets override the recogniser's ORG/MISC/PER
        outlets: list[tuple[int, int, str, str]] = []
        starts = self.start
        for cs, ce, outlet in find_outlets(self.text):
            a = bisect.bisect_left(starts, cs)
            b = a
            while b < self.n and self.end[b] <= ce:
                b += 1
            if b == a or a >= self.n or self.start[a] != cs:
                continue
            if outlet.match == "strict" and not self._credit_context(a, b):
                continue
            outlets.append((a, b, outlet.name, outlet.type))
        taken = [False] * self.n
        for a, b, _name, _t in outlets:
            for i in range(a, b):
                taken[i] = True
        raw: list[tuple[int, int, str, str]] = [(a, b, "AGENCY", name) for a, b, name, _ in outlets]
        for a, b, k in spans:
            if any(taken[i] for i in range(a, b)):
                continue
            raw.append((a, b, k, ""))
        raw.extend(self._untagged_names(raw))
        raw.sort()
        credits = _credit_spans(self.text)
        if credits:  # a photographer named in a credit line is not a referent (Foto: Sandi Baumkirher)
            raw = [r for r in raw if r[2] == "AGENCY" or not any(cs <= self.start[r[0]] < ce for cs, ce, _v in credits)]
        # entities
        for a, b, k, name in raw:
            self._add_name_mention(a, b, k, name)
        self._link_acronyms()
        self._retype_titled_names()
        self._retype_surnames()
        self._initial_surnames()
        self._add_role_mentions()
        self.mentions.sort(key=lambda m: m.i0)
        self.tok_mention = [-1] * self.n
        for idx, m in enumerate(self.mentions):
            for i in range(m.i0, m.i1):
                self.tok_mention[i] = idx
        for e in self.ents:
            e.positions.sort()
            if e.type in ("organisation", "place") and e.forms:
                best = max(e.forms.items(), key=lambda kv: (kv[1], len(kv[0])))
                e.name = best[0]

    def _untagged_names(self, raw: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
        """Without tags (the lite annotation), capitalised words inside a sentence that the name
        recogniser left out are names too (``je navedel Komlev``): a person, or an organisation when
        they include an institution noun (``Zveza za Primorsko``)."""
        tagged = [False] * self.n
        for a, b, _k, _n in raw:
            for i in range(a, b):
                tagged[i] = True
        out = []
        i = 0
        n = self.n
        closed = self.W_preposition | self.W_conjunction | self.W_aux | self.W_complementizer | self.W_negation \
            | self.W_relative | self.W_comparative
        while i < n:
            f = self.form[i]
            s0 = self.bounds[self.sent_of[i]][0]
            if self.has_upos:  # tagged text: untagged proper nouns
                if tagged[i] or self.upos[i] != "PROPN" or not f[:1].isupper() or not f.isalpha() or f.isupper():
                    i += 1
                    continue
                j = i + 1
                while j < n and j - i < 3 and not tagged[j] and self.upos[j] == "PROPN" and self.sent_of[j] == self.sent_of[i]:
                    j += 1
                out.append((i, j, "PER", ""))
                i = j
                continue
            if tagged[i] or not f[:1].isupper() or not f.isalpha() or i == s0 or f.isupper() and len(f) > 1 \
                    or self.low[i] in closed or _CREDIT_LABEL.fullmatch(f) \
                    or self.mark[i - 1] and i - 1 == s0 or self.low[i - 1] in ("?", "!", ":", ".", "\n"):
                i += 1
                continue
            j = i + 1
            while j < n and j - i < 3 and not tagged[j] and self.form[j][:1].isupper() and self.form[j].isalpha() \
                    and self.sent_of[j] == self.sent_of[i]:
                j += 1
            if self.verb_cue(i) is None and not any(self.is_verb(x) for x in range(i, j)):
                kind = "ORG" if any(self.role_noun(x) or (self.lex and self.lem[x] in self.lex.roles) for x in range(i, j)) else "PER"
                out.append((i, j, kind, ""))
            i = j
        return out

    def _credit_context(self, a: int, b: int) -> bool:
        for j in (a - 1, a - 2, b, b + 1):
            if 0 <= j < self.n and (self.verb_cue(j) or self.low[j] in ("za", "po")):
                return True
        return False

    def _nom_word(self, i: int) -> str:
        lem = self.lemma_raw[i]
        f = self.form[i]
        if lem and lem[:2].lower() == f[:2].lower() and not (
            len(lem) > len(f) and lem.lower().startswith(f.lower()) and not self.case(i)
        ):
            w = lem
        else:
            w = f
        return w[:1].upper() + w[1:] if f[:1].isupper() else w

    def _span_text(self, a: int, b: int) -> str:
        return self.text[self.start[a]:self.end[b - 1]]

    def _add_name_mention(self, a: int, b: int, kind: str, outlet_name: str) -> None:
        alpha = [i for i in range(a, b) if not self.punct[i]]
        if not alpha:
            return
        if kind == "AGENCY":
            nominative = True
            ent = self._entity("agency", [outlet_name.lower()], outlet_name, a)
            ent.forms[outlet_name] += 1
        elif kind == "PER":
            cut = self._name_break(alpha)
            if cut is not None:
                # a verb, or a word in another case, inside a name: the recogniser ran two together
                left = [i for i in alpha[:cut] if not self.is_verb(i)]
                right = [i for i in alpha[cut:] if not self.is_verb(i)]
                for part_ in (left, right):
                    if part_:
                        self._add_name_mention(part_[0], part_[-1] + 1, kind, outlet_name)
                return
            if len(alpha) >= 2 and self._two_people(alpha):
                for i in alpha:  # the recogniser ran two names together: ``Putin Kima``
                    self._add_name_mention(i, i + 1, kind, outlet_name)
                return
            last = alpha[-1]
            nominative = self.nominative(last)
            words = [self._nom_word(i) for i in alpha]
            if nominative:
                name = self._span_text(alpha[0], alpha[-1] + 1)
            else:
                name = self._join(alpha, words)
            folded = [_fold(w) for w in words]
            ent = self._person(folded, name, a, nominative)
            gender = self._gender_of(alpha)
            if gender and not ent.gender:
                ent.gender = gender
        else:  # an organisation, or a place speaking as its state (Hrvaška je vztrajala)
            nominative = any(self.nominative(i) for i in alpha)
            if nominative:
                name = self._span_text(alpha[0], alpha[-1] + 1)
            else:
                first = alpha[0]
                w0 = self._nom_word(first)
                name = self._join(alpha, [w0] + [self.form[i] for i in alpha[1:]])
            folded = [_fold(self._nom_word(i)) for i in alpha]
            ent = self._org(folded, a, "place" if kind == "LOC" else "organisation")
            ent.forms[name] += 1
        self.mentions.append(_Mention(a, b, kind, ent.key, nominative, self._span_text(a, b)))
        ent.positions.append(a)

    def _name_break(self, alpha: list[int]) -> int | None:
        """Where a multi-word name should be split: at a verb, or where an oblique word is followed
        by a nominative one (``Pivovarne Laško Anton Turnšek``); None to keep it whole."""
        if len(alpha) < 2:
            return None
        for k, i in enumerate(alpha):
            if self.is_verb(i) and not self.form[i][:1].isupper() or self.is_verb(i) and k > 0:
                return k if k > 0 else 1
        for k in range(len(alpha) - 2, 0, -1):  # the name after the break has two words at least
            a, b = alpha[k - 1], alpha[k]
            if not self.nominative(a) and self.nominative(b) and self.nominative(alpha[-1]) and self.lem[a] != self.low[a]:
                if self.case(a) or self.lem[a]:
                    return k
        return None

    def _two_people(self, alpha: list[int]) -> bool:
        """True when the first and last word of a name belong to two different known people."""
        def owners(i: int) -> set[int]:
            w = _fold(self._nom_word(i))
            return {e.key for e in self.ents if e.type == "person" and len(e.words) >= 1
                    and any(_name_match(w, v) for v in e.words)}

        a, b = owners(alpha[0]), owners(alpha[-1])
        return bool(a) and bool(b) and not (a & b)

    def _join(self, idx: list[int], words: list[str]) -> str:
        out = words[0]
        for k in range(1, len(idx)):
            glue = "" if self.start[idx[k]] == self.end[idx[k] - 1] else " "
            out += glue + words[k]
        return out

    def _gender_of(self, idx: list[int]) -> str:
        for i in idx:
            fe = self.feats[i]
            if fe and "Gender=" in fe:
                return _GENDERS.get(fe.split("Gender=", 1)[1].split("|", 1)[0], "")
            x = self.xpos[i]
            if x[:2] == "Np" and len(x) >= 3 and x[2] in "mf":
                return x[2]
        if len(idx) >= 2:
            first = self._nom_word(idx[0]).lower()
            if first.isalpha():
                return "f" if first.endswith("a") and first not in _MALE_A else "m"
        return ""

    def _entity(self, type_: str, words: list[str], name: str, pos: int) -> _Ent:
        for e in self.ents:
            if e.type == type_ and e.words == words:
                return e
        e = _Ent(len(self.ents), type_, words, name)
        self.ents.append(e)
        return e

    def _person(self, words: list[str], name: str, pos: int, nominative: bool) -> _Ent:
        def covers(big: list[str], small: list[str]) -> bool:
            return all(any(_name_match(w, v) for v in big) for w in small)

        best = None
        heads = {w[:2] for w in words}
        for e in self.ents:
            if e.type != "person" or not any(v[:2] in heads for v in e.words):
                continue
            if covers(e.words, words) or covers(words, e.words):
                if best is None or (e.positions and best.positions and e.positions[-1] > best.positions[-1]):
                    best = e
        if best is None:
            best = _Ent(len(self.ents), "person", words, name)
            best.forms[name] += 2 if nominative else 1
            self.ents.append(best)
            return best
        if len(words) > len(best.words) or (len(words) == len(best.words) and nominative and not best.forms.get(best.name)):
            best.words = words
            best.name = name
        best.forms[name] += 1
        return best

    def _org(self, words: list[str], pos: int, type_: str = "organisation") -> _Ent:
        for e in self.ents:
            if e.type == type_ and len(e.words) == len(words) and all(
                _name_match(a, b) for a, b in zip(e.words, words, strict=True)
            ):
                return e
        e = _Ent(len(self.ents), type_, words, " ".join(words))
        self.ents.append(e)
        return e

    def _retype_titled_names(self) -> None:
        """The name a title's phrase ends with is a person's, though the recogniser typed it an
        organisation: ``podtajnik UN-a za politička pitanja Kieran Prendergast``, ``predsjednik ciparskih
        Grka Tassos Papadopoulos`` (an oblique capitalised noun run into the name is split off). The
        person's name is two or three capitalised words in the nominative that are no role nouns,
        ending the phrase."""
        lex = self.lex
        if lex is None:
            return
        by_start = {m.i0: m for m in self.mentions}
        covered = {x for m in self.mentions for x in range(m.i0, m.i1)}
        stop = self.W_conjunction | self.W_relative | self.W_aux
        for i in range(self.n):
            role = self.role_noun(i) if i not in covered else None
            if role is None or lex.roles[role][1] not in ("title", "profession"):
                continue
            s1 = self.bounds[self.sent_of[i]][1]
            j, last = i + 1, None
            while j < s1 and j - i <= 8:
                m = by_start.get(j)
                if m is not None:
                    last = m
                    j = m.i1
                    continue
                if self.punct[j] and self.form[j] != "-" or self.mark[j] or self.is_verb(j) or self.low[j] in stop \
                        or self.form[j][:1].isupper() or self.low[j] in self.W_preposition and self.low[j] != "za":
                    break  # ``urednik u novinama X``: a name after a preposition's noun is that noun's
                j += 1
            if last is None or last.kind != "ORG" or last.ent is None or last.i1 != j:
                continue
            if j < s1 and self.form[j][:1].isupper() and not self.punct[j]:
                continue  # the phrase goes on: not its end
            alpha = [x for x in range(last.i0, last.i1) if not self.punct[x]]
            if len(alpha) != last.i1 - last.i0:
                continue
            k = len(alpha)
            while k > 0 and self._name_word(alpha[k - 1]):
                k -= 1
            tail = alpha[k:]
            if k and len(tail) == 3 and any(self.low[x] == self.low[tail[0]] and self.low[x + 1] != self.low[tail[1]]
                                            for x in range(self.n - 1) if x != tail[0]):
                # ``Pivovarne Laško Dušan Zorko``: a word the text uses apart from the name ends the organisation's
                k, tail = k + 1, tail[1:]
            if not 2 <= len(tail) <= 3:
                continue
            if k and all(self.nominative(x) for x in alpha[:k]):
                continue  # a nominative word before: the whole is one name
            old = self.ents[last.ent]
            if last.i0 in old.positions:
                old.positions.remove(last.i0)
            self.mentions.remove(last)
            del by_start[last.i0]
            if k:
                self._add_name_mention(alpha[0], alpha[k - 1] + 1, "ORG", "")
                by_start[alpha[0]] = self.mentions[-1]
            self._add_name_mention(tail[0], tail[-1] + 1, "PER", "")
            by_start[tail[0]] = self.mentions[-1]
        # ``Seb Bytyci, izvršni ravnatelj Instituta ...``: a name with a title in apposition after it
        for m in list(self.mentions):
            if m.kind != "ORG" or m.ent is None or not 2 <= m.i1 - m.i0 <= 3 \
                    or not all(self._name_word(x, nominative=False) for x in range(m.i0, m.i1)):
                continue
            if m.i0 > 0 and self.low[m.i0 - 1] in self.W_preposition:
                continue
            s1 = self.bounds[self.sent_of[m.i0]][1]
            j = m.i1 + 1
            if j >= s1 or self.low[m.i1] != ",":
                continue
            while j < s1 and j - m.i1 <= 3 and not self.punct[j] and not self.form[j][:1].isupper() \
                    and self.role_noun(j) is None:
                j += 1
            role = self.role_noun(j) if j < s1 else None
            if role is None or lex.roles[role][1] not in ("title", "profession") or not self.nominative(j):
                continue
            old = self.ents[m.ent]
            if m.i0 in old.positions:
                old.positions.remove(m.i0)
            self.mentions.remove(m)
            self._add_name_mention(m.i0, m.i1, "PER", "")
            gender = lex.roles[role][0]
            person = self.mentions[-1]
            if not person.nominative and person.ent is not None:  # in the case of its title: the form as written
                person.nominative = True
                e = self.ents[person.ent]
                if len(e.words) == m.i1 - m.i0:
                    e.name = person.text
                e.forms[person.text] += 2
            if gender in ("m", "f") and person.ent is not None and not self.has_upos:
                self.ents[person.ent].gender = gender  # the title's gender, not a guess from the first name

    def _name_word(self, x: int, nominative: bool = True) -> bool:
        """A capitalised word that may be part of a person's name: in the nominative, no acronym and
        no role or institution noun, and tagged a proper noun where tags are known."""
        f = self.form[x]
        if not f[:1].isupper() or not f.isalpha() or f.isupper() or nominative and not self.nominative(x):
            return False
        if self.has_upos and self.upos[x] != "PROPN":
            return False
        lex = self.lex
        return lex is None or not (self.lem[x] in lex.roles or self.low[x] in lex.role_forms)

    def _retype_surnames(self) -> None:
        """A one-word organisation or place that is the surname of a person the article names in full
        (the recogniser's ``Turnšek`` as ORG beside ``Anton Turnšek``) is that person."""
        people = [e for e in self.ents if e.type == "person" and len(e.words) >= 2]
        if not people:
            return
        for m in self.mentions:
            if m.kind not in ("ORG", "LOC") or m.ent is None or m.i1 - m.i0 != 1:
                continue
            w = _fold(self._nom_word(m.i0))
            for e in people:
                if _name_match(w, e.words[-1]):
                    old = self.ents[m.ent]
                    if m.i0 in old.positions:
                        old.positions.remove(m.i0)
                    m.kind, m.ent = "PER", e.key
                    m.nominative = self.nominative(m.i0)
                    e.positions.append(m.i0)
                    break

    def _initial_surnames(self) -> None:
        """Untagged, a sentence's first word that is the surname of one person the article names in full
        (``Bytyci kaže``) is that person: the recogniser leaves sentence-initial words out."""
        if self.has_upos:
            return
        people = [e for e in self.ents if e.type == "person" and len(e.words) >= 2]
        if not people:
            return
        covered = {x for m in self.mentions for x in range(m.i0, m.i1)}
        for s0, s1 in self.bounds:
            a = s0
            while a < s1 and self.mark[a]:
                a += 1
            if a + 1 >= s1 or a in covered or not self._name_word(a, nominative=False) \
                    or self.form[a + 1][:1].isupper() or self.punct[a + 1]:
                continue
            words = {_fold(self._nom_word(a)), self.low[a]}
            hits = [e for e in people if any(_name_match(w, e.words[-1]) for w in words)]
            if len(hits) != 1:
                continue
            e = hits[0]
            self.mentions.append(_Mention(a, a + 1, "PER", e.key, True, self.form[a]))
            e.positions.append(a)

    def _link_acronyms(self) -> None:
        """``Nova Ljubljanska banka ( NLB )`` and NLB = its initials: one organisation."""
        orgs = [e for e in self.ents if e.type == "organisation"]
        by_acr = {}
        for e in orgs:
            if len(e.words) == 1 and e.words[0].isalpha() and 2 <= len(e.words[0]) <= 6:
                name = next(iter(e.forms), "")
                if name.isupper():
                    by_acr[e.words[0]] = e
        if not by_acr:
            return
        # ``Evropska bančna agencija ( EBA )``: the words before the bracket whose initials spell it
        for m in self.mentions:
            if m.kind != "ORG" or m.ent is None or m.i1 - m.i0 != 1 or m.i0 < 2 or self.low[m.i0 - 1] != "(":
                continue
            e = self.ents[m.ent]
            acr = e.words[0] if e.words else ""
            if by_acr.get(acr) is not e:
                continue
            k = len(acr)
            a = m.i0 - 1 - k
            if a < 0 or any(self.punct[x] for x in range(a, m.i0 - 1)):
                continue
            if "".join(self.low[x][:1] for x in range(a, m.i0 - 1)) == acr:
                full = self._span_text(a, m.i0 - 1)
                e.words = e.words + [self.lem[x] or self.low[x] for x in range(a, m.i0 - 1)]
                e.forms[full] += 1
        for e in orgs:
            if len(e.words) < 2:
                continue
            initials = "".join(w[0] for w in e.words if w and w[0].isalpha())
            short = by_acr.get(initials)
            if short is None:
                continue
            # merge the full name into the acronym's entity; canonical is the form used most
            short.forms.update(e.forms)
            short.positions.extend(e.positions)
            short.words = short.words + [w for w in e.words if w not in short.words]
            for m in self.mentions:
                if m.ent == e.key:
                    m.ent = short.key
            e.positions = []
            e.forms = Counter()

    def _add_role_mentions(self) -> None:
        lex = self.lex
        if lex is None:
            return
        named = {m.i0: m for m in self.mentions}
        ends = {m.i1 - 1: m for m in self.mentions}
        covered: set[int] = set()
        for m in self.mentions:
            covered.update(range(m.i0, m.i1))
        new: list[_Mention] = []
        roles, role_forms = lex.roles, lex.role_forms
        for i in range(self.n):
            lem, low = self.lem[i], self.low[i]
            if lem not in roles and not ((not lem or lem == low) and low in role_forms) or i in covered:
                continue
            role = self.role_noun(i)
            if role is None:
                continue
            gender, kind = lex.roles[role]
            plural_nom = False
            if gender == "f" and self.lang != "sl" and low in self._masc_plurals():
                # ``dužnosnici``: the nominative plural of the masculine noun rather than the feminine's dative
                role, plural_nom = self._masc_plurals()[low], True
                gender, kind = lex.roles[role]
            s0, s1 = self.bounds[self.sent_of[i]]
            a = i
            while a - 1 >= s0 and i - a < 3 and self.is_adjective(a - 1) and a - 1 not in covered:
                a -= 1
            adjs = tuple(self.lem[j] or self.low[j] for j in range(a, i))
            nominative = self.nominative(i)
            if kind in ("title", "profession") and a - 2 >= s0 and self.low[a - 1] == "," and a - 2 in ends \
                    and ends[a - 2].kind == "PER" and ends[a - 2].ent is not None:
                # ``Milan Antonijević, ravnatelj udruge YUCOM, kaže``: the title in apposition is the name's
                self.titles.append((ends[a - 2].ent, role, adjs, i))  # type: ignore[arg-type]
                covered.add(i)
                continue
            # a name after the role (and its genitive modifiers): ruski predsednik Vladimir Putin
            j = i + 1
            target = None
            limit = 5
            while j < s1 and j - i <= limit:
                if j in named:
                    target = named[j]
                    if target.kind in ("ORG", "LOC") and kind in ("title", "profession") and j + 1 < s1:
                        # generalni direktor Gospodarske zbornice Slovenije Samo Hribar Milič
                        nxt = target.i1
                        if nxt in named and named[nxt].kind == "PER":
                            target = named[nxt]
                            j = nxt
                            break
                        limit += target.i1 - target.i0
                        j = target.i1
                        target = None
                        continue
                    break
                if self.punct[j] and self.form[j] != "-" or self.is_verb(j) or self.mark[j]:
                    break
                if self.low[j] in lex.words.get("conjunction", ()) or self.low[j] in lex.words.get("relative", ()):
                    break
                j += 1
            if target is not None and target.kind == "PER" and kind in ("title", "profession"):
                self.titles.append((target.ent, role, adjs, i))  # type: ignore[arg-type]
                ent = self.ents[target.ent]  # type: ignore[index]
                if gender == "f" or not ent.gender and gender == "m":
                    ent.gender = gender  # a feminine title (ravnateljica) outweighs a guess from the first name
                target.i0 = a
                target.nominative = nominative
                target.text = self._span_text(a, target.i1)
                covered.update(range(a, target.i1))
                continue
            if target is not None and j == i + 1 and target.kind in ("ORG", "AGENCY") and kind in ("representative", "institution", "medium", "company"):
                target.i0 = a
                target.nominative = nominative
                target.text = self._span_text(a, target.i1)
                covered.update(range(a, target.i1))
                continue
            if target is not None and target.kind in ("ORG", "AGENCY") and kind == "representative":
                target_m = _Mention(a, target.i1, target.kind, target.ent, nominative, self._span_text(a, target.i1))
                new.append(target_m)
                covered.update(range(a, target.i1))
                continue
            number = "s"
            if not self.nominative(i) or self.low[i] == self.lem[i]:
                number = "s"
            elif self.low[i] != self.lem[i] and self.case(i) == "":
                number = "p"
            fe = self.feats[i]
            if fe and "Number=Plur" in fe:
                number = "p"
            if plural_nom:
                number, nominative = "p", True
            end = i + 1
            if kind in ("institution", "medium", "company"):
                # ``skupina državnih tožilcev za pregon ...``: a noun with its modifiers names the body
                j = i + 1
                while j < s1 and j - i <= 6 and not (self.punct[j] or self.mark[j] or self.is_verb(j) or j in named
                                                    or self.low[j] in lex.words.get("conjunction", ())
                                                    or self.low[j] in lex.words.get("relative", ())
                                                    or self.low[j] in lex.words.get("aux", ())
                                                    or (self.has_upos and self.upos[j] not in ("NOUN", "ADJ", "ADP", "PROPN"))
                                                    or (self.upos[j] == "ADP" or self.low[j] in lex.words.get("preposition", ()))
                                                    and self.low[j] != "za"
                                                    or (self.has_upos and self.upos[j] != "ADP" and self.case(j) not in ("Gen", "")
                                                        and self.low[j - 1] != "za")):
                    j += 1
                if j < s1 and j in named and named[j].kind in ("ORG", "AGENCY") and not (
                    self.case(i) and self.case(named[j].i1 - 1) and self.case(i) != self.case(named[j].i1 - 1)
                ):
                    # organizacija za varnost letalskega prometa Eurocontrol: the name it gives
                    target = named[j]
                    target.i0, target.nominative = a, nominative
                    target.text = self._span_text(a, target.i1)
                    covered.update(range(a, target.i1))
                    continue
                if j > i + 1 and (not self.has_upos or self.upos[j - 1] in ("NOUN", "PROPN")):
                    end = j
                    number = "mod"
            new.append(_Mention(a, end, "INST" if kind in ("institution", "medium", "company") else "ROLE", None, nominative,
                                self._span_text(a, end), gender=gender, number=number, role=role, adjs=adjs))
            covered.update(range(a, end))
        # pronouns
        pronouns: dict[str, tuple[str, str]] = {}
        for cls, g, nn in (("pronoun_x", "", ""), ("pronoun_p", "", "p"), ("pronoun_f", "f", "s"), ("pronoun_m", "m", "s")):
            for w in self.words(cls):
                pronouns[w] = (g, nn)
        for i, low in enumerate(self.low):
            gn = pronouns.get(low)
            if gn is not None and i not in covered and (not self.has_upos or self.upos[i] == "PRON"):
                new.append(_Mention(i, i + 1, "PRON", None, True, self.form[i], gender=gn[0], number=gn[1]))
        self.mentions.extend(new)

    def _masc_plurals(self) -> dict[str, str]:
        """Nominative plurals of the masculine role nouns (``ministri``, ``dužnosnici``), Croatian and Serbian."""
        if self._mplural is None:
            self._mplural = {}
            for r, (g, _kind) in (self.lex.roles.items() if self.lex else ()):
                if g == "m" and r.isalpha():
                    soft = {"k": "c", "g": "z", "h": "s"}.get(r[-1])
                    self._mplural[(r[:-1] + soft if soft else r) + "i"] = r
        return self._mplural

    def resolve_role(self, m: _Mention, pos: int) -> int | None:
        if m.kind == "INST":
            best = None
            for e in self.ents:
                if e.type not in ("organisation", "agency"):
                    continue
                if any(_similar(m.role, w) for w in e.words) or any(
                    _similar(m.role, w.lower()) for f in e.forms for w in f.split()
                ):
                    k = bisect.bisect_left(e.positions, pos)
                    last = e.positions[k - 1] if k else None
                    if last is not None and (best is None or last > best[0]):
                        best = (last, e.key)
            if best is None:
                # ``še piše časnik``: the outlet (or for an institution, the organisation) last in focus
                kind = self.lex.roles.get(m.role, ("", ""))[1] if self.lex is not None else ""
                if kind not in ("medium", "company") or m.number == "mod":
                    return None  # ``vlada``, ``policija``, ``skupina tožilcev``: the institution itself
                want = "agency" if kind == "medium" else "organisation"
                k = self.sent_of[pos]
                for tok, ent, _how in reversed(self.focus):
                    if tok < pos and self.ents[ent].type == want and k - self.sent_of[tok] <= 5:
                        return ent
                return None
            return best[1]
        scored = []
        for ent, role, adjs, _tok in self.titles:
            score = 0
            if role == m.role:
                score += 1
            if m.adjs and adjs:
                hits = sum(1 for x in m.adjs if any(_similar(x, y) for y in adjs))
                if hits == 0:
                    continue
                score += 2 * hits
            if score <= 0:
                continue
            if self.ents[ent].gender and m.gender in "mf" and m.gender and self.ents[ent].gender != m.gender:
                continue
            last = self._last_before(self.ents[ent], pos)
            scored.append((score, last if last is not None else -1, ent))
        if not scored:
            return None
        scored.sort(reverse=True)
        return scored[0][2]

    @staticmethod
    def _last_before(e: _Ent, pos: int) -> int | None:
        k = bisect.bisect_left(e.positions, pos)
        if k:
            return e.positions[k - 1]
        return e.positions[0] if e.positions else None

    # --- speakers ----------------------------------------------------------------------------

    def speaker_of(self, m: _Mention, pos: int) -> _Speaker | None:
        if m.kind in ("PER", "ORG", "AGENCY", "LOC") and m.ent is not None:
            e = self.ents[m.ent]
            return _Speaker(e.name, m.text, "organisation" if e.type == "place" else e.type, e.key)
        if m.kind in ("ROLE", "INST"):
            ent = self.resolve_role(m, pos)
            if ent is not None:
                e = self.ents[ent]
                return _Speaker(e.name, m.text, e.type, e.key)
            if m.kind == "INST":
                name = m.role
                if m.nominative and m.text:  # ``so izvijestili lokalni mediji``
                    name = m.text[:1].lower() + m.text[1:] if not m.text[1:2].isupper() else m.text
                if m.number == "mod":  # the noun in the nominative, then its modifiers as written
                    j = m.i0 + len(m.adjs)
                    name = m.role + self.text[self.end[j]:self.end[m.i1 - 1]]
                return _Speaker(name, m.text, "organisation", None)
            if self.lex is not None and self.lex.roles.get(m.role, ("", ""))[1] == "representative":
                # ``so poudarili predstavniki ruskega plinskega giganta``: the organisation in focus
                sp = self.from_focus(m.i0, "", "p")
                if sp is not None:
                    sp.mention, sp.how = m.text, "focus"
                    return sp
            if m.number != "p" and (not m.adjs or all(a in self.W_determiner for a in m.adjs)):
                # ``je dodal gospodarski pravnik``, ``naš sogovornik``: the person the text is about
                sp = self.from_focus(m.i0, m.gender if m.gender in "mf" else "", "s")
                if sp is not None:
                    sp.mention, sp.how = m.text, "focus"
                    return sp
            return _Speaker(self._role_name(m), m.text, "person", None)
        if m.kind == "PRON":
            g, n = (m.gender, m.number) if m.number else self.agreement(pos)
            sp = self.from_focus(m.i0, g, n)
            if sp is not None:
                sp.mention = m.text
                sp.how = "explicit"
            return sp
        return None

    def _role_name(self, m: _Mention) -> str:
        if m.nominative:
            return m.text[:1].lower() + m.text[1:] if m.text[:1].isupper() and not m.text[1:2].isupper() else m.text
        return " ".join(list(m.adjs) + [m.role])

    def agrees(self, sp_type: str, ent_gender: str, g: str, n: str) -> bool:
        if sp_type == "person":
            if n in ("p",):
                return False
            return not (g in ("m", "f") and ent_gender in ("m", "f") and g != ent_gender)
        return True

    def from_focus(self, pos: int, g: str, n: str) -> _Speaker | None:
        """The referent in focus before token ``pos`` that agrees with a dropped subject."""
        for tok, ent, _how in reversed(self.focus):
            if tok >= pos:
                continue
            e = self.ents[ent]
            if n in ("p",):
                if e.type in ("organisation", "agency"):
                    return _Speaker(e.name, "", e.type, e.key, "focus")
                continue
            if e.type != "person":
                continue
            if self.agrees("person", e.gender, g, n):
                return _Speaker(e.name, "", e.type, e.key, "focus")
        return None

    def mention_at(self, i: int) -> _Mention | None:
        k = self.tok_mention[i]
        return self.mentions[k] if k >= 0 else None

    def _subject_ok(self, m: _Mention, g: str, n: str) -> bool:
        if m.kind == "PER":
            e = self.ents[m.ent] if m.ent is not None else None
            return not (n == "p") and self.agrees("person", e.gender if e else "", g, n)
        if m.kind == "ROLE":
            if m.number == "p" and n == "s":
                return False
            return not (g in ("m", "f") and m.gender in ("m", "f") and g != m.gender) or n == "p"
        if m.kind == "PRON":
            if not m.number:
                return True
            return (m.number == "p") == (n == "p") and not (g and m.gender and g != m.gender)
        return True

    def find_subject(self, cue: int, lo: int, hi: int, g: str, n: str, *, forward: bool) -> _Mention | None:
        """The subject of the cue among the mentions in ``[lo, hi)``, nearest to the cue first; a place
        (``Hrvaška je vztrajala``: the state speaking) only when there is no other."""
        m = self._find_subject(cue, lo, hi, g, n, forward, places=False)
        if m is None and n != "p":
            m = self._find_subject(cue, lo, hi, g, n, forward, places=True)
        return m

    def _find_subject(self, cue: int, lo: int, hi: int, g: str, n: str, forward: bool, places: bool) -> _Mention | None:
        locative = self.W_locative
        preps = self.W_preposition
        rel = self.W_relative
        seen = set()
        s0 = self.bounds[self.sent_of[cue]][0]
        step = 1 if forward else -1
        i = lo if forward else hi - 1
        while lo <= i < hi:
            cur = i
            i += step
            if self.mark[cur] or (self.in_content[cur] and not self.in_content[cue]):
                continue
            if not forward and self.low[cur] == ")":
                # skip a parenthesis: Anton Žunič (... je Kramar nastopil ...) je dejal
                j = cur - 1
                while j >= lo and self.low[j] != "(":
                    j -= 1
                if j >= lo:
                    i = j - 1
                continue
            if not forward and self.low[cur] == ",":
                # skip a relative clause between the subject and the verb: X, ki je ..., je dejal
                j = cur - 1
                while j > lo and self.low[j] != ",":
                    if self.low[j] in rel and self.low[j - 1] == ",":
                        i = j - 2
                        break
                    j -= 1
                continue
            k = self.tok_mention[cur]
            if k < 0 or k in seen:
                continue
            seen.add(k)
            m = self.mentions[k]
            before = self.low[m.i0 - 1] if m.i0 > s0 else ""
            if before == "(":
                continue  # an affiliation in brackets: Bogdan Barovič (SNS) je dejal
            if m.i0 - 2 >= s0 and self.low[m.i0 - 2] in preps and self._apposition(m.i0 - 1, m):
                continue  # a name in apposition inside a prepositional phrase: za radio Murski val
            if before in preps or (m.i0 - 1 >= 0 and self.upos[m.i0 - 1] == "ADP"):
                # ``so sporočili iz NLB``, ``na banki pravijo``: an organisation speaking as a whole
                near = m.i0 - 1 - cue <= 3 if m.i0 > cue else cue - m.i1 <= 3
                if before in locative and m.kind in ("ORG", "INST", "AGENCY") and n == "p" and near:
                    return m
                continue
            if not m.nominative:
                continue
            if m.kind in ("ORG", "INST", "AGENCY", "PER", "ROLE", "PRON") and self._subject_ok(m, g, n):
                return m
            if places and m.kind == "LOC":
                return m
        return None

    def _apposition(self, j: int, m: _Mention) -> bool:
        """Token ``j`` is a common noun that ``m`` names in apposition (``radio Murski val``): a role or
        institution noun in the same case as the name, where cases are known."""
        cj, cm = self.case(j), self.case(m.i1 - 1)
        if cj and cm:
            return cj == cm and cj != "Nom" and self.upos[j] == "NOUN"
        if self.nominative(m.i1 - 1) and not self.nominative(j):
            return False  # v družbi (locative) Sergej Komlev (nominative): not one phrase
        return self.role_noun(j) is not None

    def tree_subject(self, cue: int) -> _Mention | None:
        if not self.has_tree:
            return None
        s0, s1 = self.bounds[self.sent_of[cue]]
        wid = self.word_id[cue]
        heads = [wid]
        if self.deprel[cue] in ("conj", "xcomp") and self.head[cue] > 0:
            heads.append(self.head[cue])
        for h in heads:
            for j in range(s0, s1):
                if self.head[j] == h and self.deprel[j].split(":")[0] == "nsubj":
                    m = self.mention_at(j)
                    if m is None:
                        # the subject's head may be a role noun followed by the name (flat, nmod)
                        for k in range(s0, s1):
                            if self.head[k] == self.word_id[j] and self.mention_at(k) is not None:
                                m = self.mention_at(k)
                                break
                    if m is not None and self.ner[j] in ("", "O"):
                        # the subject is a title (Predsjednik ciparskih Grka Tassos Papadopoulos): its name
                        for k in range(s0, s1):
                            if self.head[k] == self.word_id[j] and self.deprel[k].split(":")[0] in ("flat", "appos", "nmod") \
                                    and self.ner[k].endswith("PER") and self.nominative(k):
                                mk = self.mention_at(k)
                                if mk is not None:
                                    m = mk
                                    break
                    if m is not None and m.kind in ("PER", "ORG", "AGENCY", "ROLE", "INST", "PRON"):
                        return m
                    return None
        return None

    # --- the rules ---------------------------------------------------------------------------

    def run(self) -> None:
        if self.n == 0:
            return
        sent_starts = [self.start[a] for a, _ in self.bounds]
        self.build_mentions()
        self.qspans = [self._close_unbalanced(q) for q in find_quote_spans(self.text, sent_starts)]
        self.q_first: list[int] = []
        self.q_last: list[int] = []
        self.in_quote = [-1] * self.n
        for qi, q in enumerate(self.qspans):
            first = last = -1
            for s, e in q.pieces:
                a = bisect.bisect_left(self.start, s)
                b = a
                while b < self.n and self.end[b] <= e:
                    if not self.mark[b]:
                        self.in_quote[b] = qi
                        if first < 0:
                            first = b
                        last = b
                    b += 1
            self.q_first.append(first)
            self.q_last.append(last)
        for k in range(len(self.bounds)):
            self.sentence(k)
        self.standalone_quotes()

    def _close_unbalanced(self, q: QuoteSpan) -> QuoteSpan:
        """An opening mark never closed: the quotation ends before the first ``, je dejal X`` after it
        (else, as found, at its paragraph's end)."""
        if q.close_at >= 0 or q.open_at < 0:
            return q
        a = bisect.bisect_left(self.start, q.start)
        b = a
        while b < self.n and self.end[b] <= q.end:
            b += 1
        for i in range(a + 1, b):
            v = self.verb_cue(i)
            if v is None or v[2] not in ("speech", "report"):
                continue
            cs = i
            while cs > a and self.low[cs - 1] != "," and i - cs <= 4 and self._light(cs - 1):
                cs -= 1
            if cs > a + 1 and self.low[cs - 1] == ",":
                ends = [(s, e) for s, e in q.pieces if s < self.start[cs - 1]]
                if ends:
                    ends[-1] = (ends[-1][0], min(ends[-1][1], self.start[cs - 1]))
                    return QuoteSpan(ends, q.open_at, -1)
        return q

    def _opens_quote(self, i: int) -> int:
        """Index of the quotation whose opening mark is token ``i`` (or starts right after it), else -1."""
        if not self.mark[i]:
            return -1
        nxt = i + 1
        if nxt < self.n and self.in_quote[nxt] >= 0 and self.q_first[self.in_quote[nxt]] == nxt:
            return self.in_quote[nxt]
        return -1

    def _closes_quote(self, i: int) -> int:
        """Index of the quotation that ends right before token ``i`` (a mark or the comma after it), else -1."""
        j = i - 1
        while j >= 0 and (self.mark[j] or self.low[j] in (",", ".")) and i - j <= 3:
            j -= 1
        if j >= 0 and self.in_quote[j] >= 0:
            q = self.in_quote[j]
            if j <= self.q_last[q] < i and (
                any(self.mark[t] for t in range(j + 1, i + 1)) or self.qspans[q].close_at < 0
            ):
                return q
        return -1

    def _light(self, i: int) -> bool:
        """A word that may stand between a clause's comma and its reporting verb: an auxiliary, the
        subject, a short adverb (``, je še dejal Komlev``)."""
        if self.punct[i]:
            return False
        low = self.low[i]
        if low in self.W_aux or self.tok_mention[i] >= 0:
            return True
        if low in self.W_complementizer or low in self.W_relative or low in self.W_complementizer_kept:
            return False
        if self.has_upos:
            return self.upos[i] in ("ADV", "PART", "AUX", "PRON", "DET", "ADP", "ADJ", "NOUN", "PROPN", "CCONJ") and not (
                self.upos[i] == "CCONJ" and low not in ("pa", "a", "no")
            )
        return low not in self.W_conjunction or low in ("pa", "a")

    def sentence(self, k: int) -> None:
        s0, s1 = self.bounds[k]
        lex = self.lex
        cues: list[tuple[int, str, str, str]] = []
        if lex is not None:
            for i in range(s0, s1):
                if self.in_quote[i] >= 0:
                    continue
                v = self.verb_cue(i)
                if v is not None:
                    cues.append((i, v[0], v[1], v[2]))
        # 1. locate each cue's frame and content
        frames = []
        for i, lemma, stance, frame in cues:
            f = self.frame_of(i, frame, s0, s1)
            if f is not None:
                frames.append((i, lemma, stance, frame, f))
        # clause starts of independent cues bound the content of earlier ones
        bounds = sorted(f[4]["clause_start"] for f in frames if f[4].get("independent"))
        for i, lemma, stance, frame, f in frames:
            if self.in_content[i] and not f.get("independent"):
                continue
            self.emit_cue(i, lemma, stance, frame, f, s0, s1, bounds)
        self.nominal_cues(s0, s1, bounds)
        self.headline(k, s0, s1)
        self.update_focus(s0, s1)

    def frame_of(self, i: int, frame: str, s0: int, s1: int) -> dict | None:
        """How the cue at ``i`` introduces its content: a dict with ``type`` and the token bounds."""
        neg = self.W_negation
        for j in (i - 1, i - 2, i - 3):
            if s0 <= j and self.low[j] in neg:
                return None
        fe = self.feats[i]
        if fe and ("Person=1" in fe or "Person=2" in fe) or (not fe and self.xpos[i][:1] == "V" and ("1" in self.xpos[i][3:6] or "2" in self.xpos[i][3:6])):
            return None  # ``Spomnimo, da ...``, ``kot vi omenjate``: the journalist or the reader
        if not fe and not self.xpos[i] and self.lang == "sl" and self.low[i].endswith("mo") and self.lem[i] != self.low[i]:
            return None
        if (fe and "VerbForm=Inf" in fe or (not fe and self.low[i] == self.lem[i] and self.low[i].endswith(("ti", "či", "ći")))) \
                and not (i - 1 >= s0 and self.is_verb(i - 1) and self.low[i - 1] not in self.W_aux):
            return None  # ``je prepozno govoriti`` reports nothing; ``so želeli sporočiti, da`` does
        # clause start: the comma (or quote mark, sentence start) before the cue
        cs = i
        while cs > s0 and not (self.low[cs - 1] in _CLAUSE_PUNCT or self.mark[cs - 1]):
            cs -= 1
        def first_or_second(j: int) -> bool:
            fj = self.feats[j]
            return self.low[j] in self.W_aux12 or bool(fj) and ("Person=1" in fj or "Person=2" in fj) and self.is_verb(j)

        if any(first_or_second(j) or self.low[j] == "bi" and self.low[j - 1] != "naj"
               for j in range(max(cs, i - 3), i)) or (i + 1 < s1 and first_or_second(i + 1)):
            return None  # ``kot smo že pisali``, ``kot bi lahko rekel``: the writer, or no report (``naj bi`` is one)
        refl = self.W_reflexive
        group = [i + 1]  # the verb's own clitics and adverbs: ``se je govorilo``, ``kot se uradno reče``
        j = i - 1
        while j >= cs and (self.low[j] in self.W_aux or self.low[j] in refl or self.low[j] in ("še", "tudi", "že")
                           or (self.upos[j] in ("ADV", "PART") if self.has_upos else len(self.low[j]) <= 7 and self.low[j].endswith("o"))):
            group.append(j)
            j -= 1
        if any(s0 <= j < s1 and self.low[j] in refl for j in group):
            # ``se pravi`` (that is), ``navodi se``, ``se je govorilo``: impersonal, nobody's statement;
            # ``se je vprašal`` (wondered) keeps its subject
            if self.lex is None or self.lex.verbs.get(self.lem[i], ("", ""))[0] != "questioning":
                return None
        if self.agreement(i) == ("n", "s") and self.lem[i] != self.low[i]:
            return None  # ``se je o tem govorilo``: an impersonal neuter participle
        comp = self.W_complementizer
        kept = self.W_complementizer_kept
        conj = self.W_conjunction
        aux = self.W_aux
        k = i - 1
        while k > cs and (self.low[k] in aux or self.low[k] in ("še", "tudi", "pa", "i")) and self.low[k] not in ("in", "ter"):
            k -= 1
        if k >= s0 and k > cs - 1 and self.low[k] in conj and self.low[k] not in ("saj",) and k > s0:
            cs = k  # ``je priznal, da ..., in dodal, da ...``: a second reporting verb of the same subject
        between = [j for j in range(cs, i)]
        first_word = self.low[cs] if cs < i else ""
        if first_word in comp and first_word != "da" and not (self.lang != "sl" and first_word == "kako"):
            return None  # ``ali ocenjuje, da ...``: a question put to the speaker, not a statement
        subordinate = first_word in comp or first_word in kept or first_word in self.W_relative
        # Kot je dejal X, ...
        comparative = self.W_comparative
        if cs < i and first_word in comparative and all(self._light(j) for j in between[1:]) \
                and not any(self.low[j] in self.W_object_clitic for j in between):
            j = i + 1
            while j < s1 and not (self.low[j] in (",", ";", ":") or self.mark[j]):
                j += 1
            if cs == s0 or (cs - 1 >= s0 and self.mark[cs - 1] and cs - 1 == s0):
                if j < s1 - 1:
                    return {"type": "as_said", "lo": j + 1, "hi": s1, "clause_start": cs, "independent": True,
                            "subj": (cs + 1, i, i + 1, j)}
            elif cs - 1 >= s0 and self.low[cs - 1] == ",":
                if j < s1 - 1 and self.low[j] == ",":
                    # a parenthesis inside the statement: ..., kot pravi minister, ...
                    return {"type": "as_said", "lo": s0, "hi": cs - 1, "lo2": j + 1, "hi2": s1, "clause_start": cs - 1,
                            "independent": False, "subj": (cs + 1, i, i + 1, j)}
                return {"type": "as_said", "lo": s0, "hi": cs - 1, "clause_start": cs - 1, "independent": True,
                        "subj": (cs + 1, i, i + 1, j)}
        if self._inanimate_subject(i, cs):
            return None
        # complement or colon after the cue
        j = i + 1
        while j < s1 and j - i <= 10:
            low = self.low[j]
            if low == ":":
                q = self._opens_quote(j + 1) if j + 1 < self.n else -1
                if q < 0 and j + 1 < s1 and self.in_quote[j + 1] >= 0 and self.q_first[self.in_quote[j + 1]] == j + 1:
                    q = self.in_quote[j + 1]
                if q < 0 and j + 1 >= s1 and s1 < self.n:  # the quotation is the next sentence
                    q = self._opens_quote(s1)
                    if q < 0 and self.in_quote[s1] >= 0 and self.q_first[self.in_quote[s1]] == s1:
                        q = self.in_quote[s1]
                if q >= 0:
                    return {"type": "colon_quote", "quote": q, "clause_start": cs, "independent": not subordinate,
                            "subj": (cs, i, i + 1, j)}
                if j + 1 < s1:
                    return {"type": "colon", "lo": j + 1, "hi": s1, "clause_start": cs, "independent": not subordinate,
                            "subj": (cs, i, i + 1, j)}
                return None
            if low in comp or low in kept:
                prev = self.low[j - 1]
                # ``da`` (hr, sr: also ``kako``) may follow the verb without a comma; ``ali``, ``če``
                # and the rest introduce a complement only after one (``zavrne ali vrne`` is "or")
                bare = low in ("da", "naj") or (self.lang != "sl" and low in ("kako", "neka"))
                if prev == "," or (bare and (j == i + 1 or prev in aux or self.lang != "sl")):
                    lo = j + 1 if low in comp else j
                    return {"type": "complement", "lo": lo, "hi": s1, "clause_start": cs,
                            "independent": not subordinate, "subj": (cs, i, i + 1, j)}
            if self.mark[j]:
                q = self._opens_quote(j)
                if q >= 0:
                    return {"type": "object_quote", "quote": q, "clause_start": cs, "independent": not subordinate,
                            "subj": (cs, i, i + 1, j)}
                break
            if low in _SENT_END or low == ";" or low == "(":
                break
            if low == "," and not (j + 1 < s1 and (self.low[j + 1] in comp or self.low[j + 1] in kept)):
                break
            if j != i and self.verb_cue(j):
                break
            if self.is_verb(j) and self.low[j] not in aux:
                break
            j += 1
        # postposed: »...«, je dejal X. / ..., pravijo v banki.
        if frame in ("speech", "report") and not subordinate:
            after_quote = self._closes_quote(cs) >= 0
            light = len(between) <= (10 if after_quote else 4) and all(self._light(j) for j in between)
            if not after_quote and any(self.low[j] in self.W_conjunction for j in between):
                light = False  # ``..., pri tem pa izpostavlja X``: a clause of its own
            if light and not after_quote and self._has_object(i, s1):
                light = False
            tree_para = self.has_tree and self.deprel[i] == "parataxis" and not self._has_object(i, s1) and not (
                not after_quote and any(self.low[j] in self.W_conjunction for j in between))
            if (light or tree_para) and (cs > s0 or self._closes_quote(cs) >= 0 or (cs == s0 and self.mark[s0])):
                q = self._closes_quote(cs)
                comma = cs - 1
                if q < 0 and comma <= s0:
                    return None
                end = i + 1
                while end < s1 and not (self.low[end] in (",", ";", ":") or self.mark[end]):
                    end += 1
                f = {"type": "postposed", "quote": q, "lo": s0, "hi": comma, "clause_start": comma,
                     "independent": True, "subj": (cs, i, i + 1, end), "tense_pres": self._present(i, cs)}
                # a cue in the middle: ``S druge strane, kazao je, stječe se dojam ...``
                if q < 0 and end < s1 - 3 and self.low[end] == "," and not self.mark[end]:
                    first = self.low[end + 1]
                    tail = [x for x in range(end + 1, s1) if not self.punct[x]]
                    rel = self.W_relative
                    if len(tail) >= 3 and first not in rel and first not in self.W_conjunction \
                            and first not in comp and not any(self.low[x] in rel for x in tail[:2]) \
                            and not any(self.verb_cue(x) for x in tail[:6]) and any(self.is_verb(x) for x in tail):
                        f["lo2"], f["hi2"], f["medial"] = end + 1, s1, True
                return f
        # a quoted fragment later in the sentence: pohvalil »zaupanje in prijateljstvo«
        for j in range(i + 1, s1):
            if self.mark[j]:
                q = self._opens_quote(j)
                if q >= 0 and self.qspans[q].close_at >= 0 and frame != "report" and not self._cue_follows(q, s1) and (
                    j - i <= 3 or sum(1 for x in range(self.q_first[q], self.q_last[q] + 1) if not self.punct[x]) >= 2
                ):
                    return {"type": "object_quote", "quote": q, "clause_start": cs, "independent": not subordinate,
                            "subj": (cs, i, i + 1, j), "fragment": True}
        return None

    def _main_clause_cut(self, i: int, lo: int, hi: int, s0: int) -> int:
        """``Čeprav je Rajoy zatrjeval, da ..., je Španija zaprosila``: when the reporting clause is a
        fronted subordinate clause, its content ends where the main clause begins (a comma, then an
        auxiliary or ``pa``)."""
        first = s0
        while first < i and (self.mark[first] or self.punct[first]):
            first += 1
        if first >= i or self.low[first] not in self.W_subordinator:
            return hi
        if any(self.low[j] in _CLAUSE_PUNCT for j in range(first, i)):
            return hi
        aux = self.W_aux
        for j in range(lo + 1, hi - 1):
            if self.low[j] == "," and (self.low[j + 1] in aux or self.low[j + 1] == "pa"):
                return j
        return hi

    def _cue_follows(self, q: int, s1: int) -> bool:
        """A reporting verb right after the quotation (``»...«, je dejal X``) claims it."""
        last = self.q_last[q]
        s1 = self.bounds[self.sent_of[last]][1]
        for j in range(last + 1, min(s1, last + 6)):
            if self.verb_cue(j) is not None:
                return True
        return False

    def _has_object(self, i: int, s1: int) -> bool:
        """An accusative noun phrase right after the verb (``izpostavlja avtocestna odseka``): the verb
        reports a thing, not the statement before it. Known only where the annotation has cases."""
        for j in range(i + 1, min(s1, i + 4)):
            if self.punct[j] or self.tok_mention[j] >= 0:
                return False
            if self.upos[j] in ("NOUN", "ADJ", "DET") and self.case(j) == "Acc":
                return True
        return False

    def _inanimate_subject(self, i: int, cs: int) -> bool:
        """A common noun in the nominative right before the verb (``Julijski dogovor predvideva, da``):
        a document or a fact, not a speaker. Known only where the annotation has cases."""
        if not self.has_upos:
            return False
        aux = self.W_aux
        j = i - 1
        while j >= cs and (self.low[j] in aux or self.upos[j] in ("ADV", "PART")):
            j -= 1
        if j < cs or self.upos[j] != "NOUN" or self.case(j) != "Nom" or self.tok_mention[j] >= 0:
            return False
        return self.role_noun(j) is None

    def _present(self, i: int, cs: int) -> bool:
        fe = self.feats[i]
        if fe and "Tense=Pres" in fe and "VerbForm=Fin" in fe:
            return True
        x = self.xpos[i]
        if x[:1] == "V" and len(x) >= 4 and (x[3:4] == "r" or x[2:3] == "r"):
            return True
        if fe or x:
            return False
        aux = self.W_aux
        return not any(self.low[j] in aux for j in range(cs, min(i + 3, self.n)) if j != i)

    def _trim(self, lo: int, hi: int) -> tuple[int, int]:
        """Drop punctuation and conjunctions at the edges of a content range."""
        conj = self.W_conjunction
        while lo < hi and (self.punct[lo] and not self.mark[lo] or self.low[lo] in ("in", "i", "ter", "te")):
            lo += 1
        while hi > lo and self.punct[hi - 1] and not self.mark[hi - 1]:
            hi -= 1
        while hi > lo and self.low[hi - 1] in conj and self.low[hi - 1] not in ("a",):
            hi -= 1
        while hi > lo and self.punct[hi - 1] and not self.mark[hi - 1]:
            hi -= 1
        return lo, hi

    def _cut(self, lo: int, hi: int, bounds: list[int], own: int) -> int:
        for b in bounds:
            if lo < b < hi and b != own:
                return b
        return hi

    def _tree_content_end(self, cue: int, lo: int, hi: int) -> int:
        """With a UD tree, the last word of the cue's clausal complement (ccomp) bounds its content."""
        if not self.has_tree:
            return hi
        s0, s1 = self.bounds[self.sent_of[cue]]
        wid = self.word_id[cue]
        for j in range(lo, min(hi, s1)):
            if self.head[j] == wid and self.deprel[j] in ("ccomp", "parataxis", "xcomp"):
                # subtree of j
                ids = {self.word_id[j]}
                changed = True
                while changed:
                    changed = False
                    for t in range(s0, s1):
                        if self.word_id[t] not in ids and self.head[t] in ids:
                            ids.add(self.word_id[t])
                            changed = True
                last = max(t for t in range(s0, s1) if self.word_id[t] in ids)
                if lo < last + 1 <= hi:
                    return last + 1
                return hi
        return hi

    def _speaker_for(self, i: int, f: dict) -> _Speaker:
        g, n = self.agreement(i)
        m = self.tree_subject(i)
        if m is not None and m.kind == "PRON":
            sp = self.speaker_of(m, i)
            if sp is not None:
                return sp
        elif m is not None:
            sp = self.speaker_of(m, i)
            if sp is not None:
                return sp
        a, b, c, d = f["subj"]
        s0, s1 = self.bounds[self.sent_of[i]]
        if f["type"] == "postposed" and not f.get("medial"):
            d = s1  # ``..., je dejal eden od članov Sveta ECB, guverner ... Yves Mersch.``
        else:
            e = c
            while e < d and not (self.low[e] in _CLAUSE_PUNCT or self.mark[e]):
                e += 1
            d = e
        if f["type"] == "postposed":
            sp = self._noun_subject(i, min(d, i + 4), n)
            if sp is not None and not any(self.tok_mention[x] >= 0 for x in range(i + 1, i + 3) if x < d):
                return sp  # ``pravijo raziskovalci iz Heidelberga``: the nouns right after the verb
        if f["type"] == "postposed" or f["type"] == "as_said":
            m = self.find_subject(i, c, d, g, n, forward=True) or self.find_subject(i, a, b, g, n, forward=False)
        else:
            m = self.find_subject(i, c, d, g, n, forward=True) or self.find_subject(i, self._region_start(i, s0), b, g, n, forward=False)
        if m is not None:
            sp = self.speaker_of(m, i)
            if sp is not None:
                return sp
        # a relative clause: X, ki je dejal, da ...
        cs = f["clause_start"]
        if cs < i and self.low[cs] in self.W_relative and cs - 2 >= s0:
            k = self.tok_mention[cs - 2]
            if k >= 0:
                sp = self.speaker_of(self.mentions[k], i)
                if sp is not None:
                    return sp
        if f["type"] in ("postposed", "as_said"):
            sp = self._noun_subject(i, d, n)
            if sp is not None:
                return sp
        sp = self.from_focus(i, g, n)
        if sp is not None:
            return sp
        return _Speaker(None, "", "unknown", None, "unknown")

    def _noun_subject(self, i: int, d: int, n: str) -> _Speaker | None:
        """``..., so sporočili organizatorji``: a common noun in the nominative after the verb names the
        speakers though they are not in the lexicon. Known only where the annotation has cases."""
        if not self.has_upos:
            return None
        aux = self.W_aux
        j = i + 1
        while j < d and (self.low[j] in aux or self.upos[j] in ("ADV", "PART", "ADJ", "DET")):
            j += 1
        if j >= d or self.upos[j] != "NOUN" or self.case(j) != "Nom":
            return None
        fe = self.feats[j]
        if n == "p" and "Number=Sing" in fe or n == "s" and "Number=Plur" in fe:
            return None
        a = j
        while a - 1 > i and self.upos[a - 1] in ("ADJ", "DET") and self.case(a - 1) == "Nom":
            a -= 1
        text = self._span_text(a, j + 1)
        return _Speaker(text[:1].lower() + text[1:], text, "person", None, "explicit")

    def _region_start(self, i: int, s0: int) -> int:
        """Where the subject of a cue may start: after the content of an earlier quote in its sentence
        (for a cue inside reported content, its own clause)."""
        if self.in_content[i]:
            j = i - 1
            while j >= s0 and not (self.low[j] in _CLAUSE_PUNCT or self.mark[j]):
                j -= 1
            return j + 1
        j = i - 1
        while j >= s0 and not self.in_content[j]:
            j -= 1
        return j + 1

    def emit_cue(self, i: int, lemma: str, stance: str, frame: str, f: dict, s0: int, s1: int, bounds: list[int]) -> None:
        t = f["type"]
        speaker = self._speaker_for(i, f)
        if t == "postposed" and speaker.type == "agency" and f.get("tense_pres"):
            # ``..., poroča AFP.``: a credit, not a statement of the agency
            self.add_credit(i, speaker, lemma, f)
            return
        spans: list[tuple[int, int]]
        qids: tuple[int, ...] = ()
        kind = "indirect"
        rule = t
        if t in ("colon_quote", "object_quote") or (t == "postposed" and f["quote"] >= 0):
            q = f["quote"]
            if q in self.used_quote:
                return
            qs = self.qspans[q]
            first, last = self.q_first[q], self.q_last[q]
            if first < 0:
                return
            if t == "object_quote" and f.get("fragment") or t == "object_quote" and self.sent_of[first] == self.sent_of[i] and self._short(q):
                # a quoted fragment as the verb's object: »...« up to the end of its clause
                hi = last + 1
                while hi < s1 and not (self.low[hi] in (",", ";", ":") or self.low[hi] in _SENT_END) and hi - last < 12:
                    hi += 1
                lo = first - 1 if first - 1 >= 0 and self.mark[first - 1] else first
                lo, hi = self._trim(lo, hi)
                spans = [(self.start[lo], self.end[hi - 1])]
                kind = "mixed"
                rule = "quoted_object"
                ft, lt = lo, hi - 1
            elif t == "postposed" and qs.close_at >= 0 and self._quote_starts_midsentence(q):
                lo, hi = self._trim(self._region_start(first, s0), f["hi"])
                spans = [(self.start[lo], self.end[hi - 1])]
                kind = "mixed"
                rule = "postposed"
                ft, lt = lo, hi - 1
            else:
                spans = list(qs.pieces)
                kind = "direct"
                rule = "quote+cue"
                ft, lt = first, last
                # a cue inside the quotation: »Ne,« je dejal X, »to ni res.«
                if t == "postposed":
                    d = f["subj"][3]
                    if d < s1 and self.low[d] == ",":
                        q2 = self._opens_quote(d + 1) if d + 1 < self.n else -1
                        if q2 >= 0 and q2 not in self.used_quote:
                            spans.extend(self.qspans[q2].pieces)
                            self.used_quote.add(q2)
                            lt = self.q_last[q2]
                            for t2 in range(self.q_first[q2], lt + 1):
                                self.in_content[t2] = True
            self.used_quote.add(q)
            qids = (q,)
        else:
            lo, hi = f["lo"], f["hi"]
            if t in ("complement", "colon", "as_said") and hi == s1:
                hi = self._cut(lo, hi, bounds, f["clause_start"])
                hi = self._tree_content_end(i, lo, hi) if t == "complement" else hi
            if t == "complement":
                hi = self._main_clause_cut(i, lo, hi, s0)
            if t == "postposed":
                # the statement runs from the sentence start (or the previous postposed clause) to
                # the cue's clause; reports nested in it stay inside
                lo = max(lo, self.post_end.get(self.sent_of[i], s0))
                self.post_end[self.sent_of[i]] = f["subj"][3]
            ranges = [self._trim(lo, hi)]
            if "lo2" in f:
                ranges.append(self._trim(f["lo2"], self._cut(f["lo2"], f["hi2"], bounds, f["clause_start"])))
            ranges = [(a, b) for a, b in ranges if b > a and any(not self.punct[x] for x in range(a, b))]
            if not ranges:
                return
            lo, hi = ranges[0][0], ranges[-1][1]
            spans = [(self.start[a], self.end[b - 1]) for a, b in ranges]
            ft, lt = lo, hi - 1
            marks_in = [x for x in range(lo, hi) if self.mark[x]]
            if marks_in:
                inner = {self.in_quote[x + 1] for x in marks_in if x + 1 < self.n and self.in_quote[x + 1] >= 0}
                inner |= {self.in_quote[x] for x in range(lo, hi) if self.in_quote[x] >= 0}
                qids = tuple(sorted(inner))
                self.used_quote.update(inner)
                whole = self.qspans[qids[0]] if len(qids) == 1 else None
                if whole is not None and len(ranges) == 1 and self.q_first[qids[0]] <= lo + 1 and self.q_last[qids[0]] >= hi - 2:
                    kind = "direct"
                    spans = list(whole.pieces)
                else:
                    kind = "mixed"
            elif t == "colon":
                kind = "direct" if self.sent_of[lo] != self.sent_of[i] else "indirect"
        nested = self.in_content[i]
        for x in range(ft, lt + 1):
            if x < self.n and not (f.get("lo2") and f["hi"] <= x < f["lo2"]):
                self.in_content[x] = True
        source, chain = self.source_for(i, s0, s1)
        if speaker.type == "agency" and not source:
            source, chain = speaker.name, ""
        self.quotes.append(_Quote(kind, spans, speaker, lemma, (self.start[i], self.end[i]), stance, rule,
                                  ft, lt, i, source, chain, qids, nested))
        if speaker.ent is not None and not nested:
            self.focus.append((i, speaker.ent, "speaker"))
        if speaker.type == "agency":
            self.credits.append(_Credit(speaker.name or "", speaker.name or "", lemma, "report", self.start[i], self.end[i], i))

    def _short(self, q: int) -> bool:
        first, last = self.q_first[q], self.q_last[q]
        return sum(1 for x in range(first, last + 1) if not self.punct[x]) <= 6

    def _quote_starts_midsentence(self, q: int) -> bool:
        first = self.q_first[q]
        s0 = self.bounds[self.sent_of[first]][0]
        return any(not self.punct[x] and not self.mark[x] for x in range(s0, first)) and self.sent_of[first] == self.sent_of[self.q_last[q]]

    def add_credit(self, i: int, speaker: _Speaker, lemma: str, f: dict) -> None:
        a, b, c, d = f["subj"]
        chain_names = [speaker.name or ""]
        for j in range(a, d):
            m = self.mention_at(j)
            if m is not None and m.kind == "AGENCY" and m.ent is not None:
                name = self.ents[m.ent].name
                if name not in chain_names:
                    chain_names.append(name)
        chain = " <- ".join(chain_names)
        k = self.sent_of[i]
        self.sent_credit[k] = (speaker.name or "", chain if len(chain_names) > 1 else "")
        self.credits.append(_Credit(speaker.name or "", chain if len(chain_names) > 1 else "", lemma, "report",
                                    self.start[a], self.end[d - 1], i))
        # quotes of this sentence found before the credit get it now
        for q in self.quotes:
            if self.sent_of[q.cue_tok] == k and not q.source:
                q.source, q.chain = self.sent_credit[k]

    def source_for(self, i: int, s0: int, s1: int) -> tuple[str | None, str | None]:
        k = self.sent_of[i]
        if k in self.sent_credit:
            return self.sent_credit[k]
        # ``je za STA povedal``, ``rekao je za SETimes``: the outlet the statement was given to
        for j in range(max(s0, i - 4), min(s1, i + 5)):
            m = self.mention_at(j)
            if m is not None and m.kind == "AGENCY" and m.i0 - 1 >= 0 and self.low[m.i0 - 1] == "za":
                return self.ents[m.ent].name if m.ent is not None else None, ""
        return None, None

    def nominal_cues(self, s0: int, s1: int, bounds: list[int]) -> None:
        lex = self.lex
        if lex is None:
            return
        according = self.W_according
        for i in range(s0, s1):
            if self.in_quote[i] >= 0 or self.in_content[i]:
                continue
            noun = self.noun_cue(i)
            if noun is None:
                continue
            stance, frame = lex.nouns[noun]
            if stance == "reportive" and i - 1 >= s0 and self.low[i - 1] in according:
                # ``je po poročanju Večernjega lista povedal X``: the outlet is the source
                m = self.mention_at(i + 1) if i + 1 < s1 else None
                if m is not None and m.ent is not None and m.kind in ("AGENCY", "ORG"):
                    name = self.ents[m.ent].name
                    k = self.sent_of[i]
                    has_verb = any(q.cue_tok is not None and self.sent_of[q.cue_tok] == k for q in self.quotes
                                   if q.cue_span is not None)
                    if has_verb or self.in_content[i]:
                        self.sent_credit.setdefault(k, (name, ""))
                        for q in self.quotes:
                            if q.cue_span is not None and self.sent_of[q.cue_tok] == k and not q.source:
                                q.source, q.chain = name, ""
                        self.credits.append(_Credit(name, "", noun, "report", self.start[i - 1], self.end[m.i1 - 1], i))
                        continue
            poss = ""
            p = i - 1
            if p >= s0 and any(self.low[p].startswith(w) for w in self.W_possessive_m | self.W_possessive_f | self.W_possessive_p):
                for words_, g in ((self.W_possessive_m, "m"), (self.W_possessive_f, "f"), (self.W_possessive_p, "p")):
                    if any(self.low[p].startswith(w) for w in words_):
                        poss = g
                p -= 1
            if frame == "according":
                if p < s0 or self.low[p] not in according:
                    continue
                start = p
                end = i + 1
                m = None
                if not poss and end < s1:
                    m = self.mention_at(end)
                    if m is not None and m.kind in ("PER", "ORG", "AGENCY", "ROLE", "INST"):
                        end = m.i1
                    else:
                        m = None
                if poss:
                    speaker = self.from_focus(i, poss if poss in "mf" else "", "p" if poss == "p" else "s") or _Speaker(
                        None, "", "unknown", None, "unknown")
                    speaker.mention = self.form[p + 1] if p + 1 < i else ""
                elif m is not None:
                    speaker = self.speaker_of(m, i) or _Speaker(None, "", "unknown", None, "unknown")
                else:
                    speaker = _Speaker(None, "", "unknown", None, "unknown")
                pieces = []
                lo, hi = self._trim(self._region_start(start, s0), start)
                if hi > lo:
                    pieces.append((lo, hi))
                hi2 = self._cut(end, s1, bounds, -1)
                lo2, hi2 = self._trim(end, hi2)
                if hi2 > lo2:
                    pieces.append((lo2, hi2))
                if not pieces:
                    continue
                self._emit_simple(pieces, speaker, noun, i, stance, "according_to", s0, s1)
            elif frame == "noun":
                # izjava / opozorilo ministrstva, da ...
                j = i + 1
                m = None
                found = False
                while j < s1 and j - i <= 6:
                    if self.low[j] == "," and j + 1 < s1 and self.low[j + 1] in self.W_complementizer:
                        found = True
                        break
                    if self.punct[j] or self.verb_cue(j) or (self.has_upos and self.upos[j] in ("VERB", "AUX")):
                        j = s1
                        break
                    if self.low[j] in self.W_aux:
                        j = s1
                        break
                    mm = self.mention_at(j)
                    if mm is not None and m is None:
                        m = mm
                    j += 1
                if not found or j >= s1 - 2:
                    continue
                if m is not None:
                    speaker = self.speaker_of(m, i) or _Speaker(None, "", "unknown", None, "unknown")
                elif poss:
                    speaker = self.from_focus(i, poss if poss in "mf" else "", "p" if poss == "p" else "s") or _Speaker(
                        None, "", "unknown", None, "unknown")
                else:
                    continue
                lo, hi = self._trim(j + 2, self._cut(j + 2, s1, bounds, -1))
                if hi > lo:
                    self._emit_simple([(lo, hi)], speaker, noun, i, stance, "noun_clause", s0, s1)

    def _emit_simple(self, pieces: list[tuple[int, int]], speaker: _Speaker, cue: str, i: int, stance: str, rule: str, s0: int, s1: int) -> None:
        qids = set()
        for lo, hi in pieces:
            for x in range(lo, hi):
                self.in_content[x] = True
                if self.in_quote[x] >= 0:
                    qids.add(self.in_quote[x])
        self.used_quote.update(qids)
        spans = [(self.start[lo], self.end[hi - 1]) for lo, hi in pieces]
        kind = "mixed" if qids else "indirect"
        source, chain = self.source_for(i, s0, s1)
        self.quotes.append(_Quote(kind, spans, speaker, cue, (self.start[i], self.end[i]), stance, rule,
                                  pieces[0][0], pieces[-1][1] - 1, i, source, chain, tuple(sorted(qids))))
        if speaker.ent is not None:
            self.focus.append((i, speaker.ent, "speaker"))

    def headline(self, k: int, s0: int, s1: int) -> None:
        """``Frattini: Hrvaška naj naredi korak naprej``: a name, a colon, the statement."""
        a = s0
        while a < s1 and self.mark[a]:
            a += 1
        m = self.mention_at(a) if a < s1 else None
        if m is None and a + 1 < s1 and self.low[a + 1] == ":":
            m = self._name_before_colon(a)
        if m is None or m.i0 != a or m.kind not in ("PER", "ORG", "AGENCY", "ROLE") or m.i1 >= s1 + 1:
            return
        c = m.i1
        if c >= s1 or self.low[c] != ":" or self.in_content[c]:
            return
        lo, hi = c + 1, s1
        if lo >= s1:  # the statement is the next sentence
            if k + 1 >= len(self.bounds):
                return
            lo, hi = self.bounds[k + 1]
            if self.part[lo] != self.part[s0]:
                return
            if any(self.verb_cue(x) for x in range(lo, hi)):
                return
        lo, hi = self._trim(lo, hi)
        while lo < hi and self.mark[lo]:
            lo += 1
        while hi > lo and (self.mark[hi - 1] or self.punct[hi - 1]):
            hi -= 1
        if sum(1 for x in range(lo, hi) if not self.punct[x]) < 2:
            return
        speaker = self.speaker_of(m, a) or _Speaker(None, "", "unknown", None, "unknown")
        qids = {self.in_quote[x] for x in range(lo, hi) if self.in_quote[x] >= 0}
        self.used_quote.update(qids)
        for x in range(lo, hi):
            self.in_content[x] = True
        self.quotes.append(_Quote("direct", [(self.start[lo], self.end[hi - 1])], speaker, None, None, None, "headline",
                                  lo, hi - 1, a, None, None, tuple(sorted(qids))))

    def _name_before_colon(self, a: int) -> _Mention | None:
        """A headline's first word before a colon that the recogniser left out (``Frattini:``): a name
        when it is a proper noun, or, untagged, when its lemma keeps the capital (``Komentar:`` does not)."""
        f, lem = self.form[a], self.lemma_raw[a]
        if not f[:1].isupper() or not f.isalpha() or _CREDIT_LABEL.fullmatch(f) or self.low[a] in self.W_preposition:
            return None
        if self.has_upos and self.upos[a] != "PROPN" or not self.has_upos and not (lem[:1].isupper() or not lem):
            return None
        w = _fold(self._nom_word(a))
        ent = next((e for e in self.ents if e.type == "person" and any(_name_match(w, v) for v in e.words)), None)
        if ent is None:
            ent = self._person([w], f, a, True)
        return _Mention(a, a + 1, "PER", ent.key, True, f)

    def update_focus(self, s0: int, s1: int) -> None:
        """Names in the nominative outside reported content become the referents in focus."""
        preps = self.W_preposition
        seen = set()
        for i in range(s0, s1):
            k = self.tok_mention[i]
            if k < 0 or k in seen:
                continue
            seen.add(k)
            m = self.mentions[k]
            if self.in_content[m.i0] or self.in_quote[m.i0] >= 0 or not m.nominative:
                continue
            if m.i0 > 0 and self.low[m.i0 - 1] in preps:
                continue
            # a role noun (``nov predsednik``) may be indefinite: it enters focus only as a speaker
            if m.ent is not None and m.kind in ("PER", "ORG"):
                self.focus.append((m.i0, m.ent, "subject"))

    def standalone_quotes(self) -> None:
        """Quotations no cue claimed: a statement of the speaker in focus, or a scare quote (dropped)."""
        attributed = [q for q in self.quotes if q.speaker.name]
        for qi, q in enumerate(self.qspans):
            if qi in self.used_quote:
                continue
            first, last = self.q_first[qi], self.q_last[qi]
            if first < 0 or self.in_content[first]:
                continue
            words_ = [x for x in range(first, last + 1) if not self.punct[x]]
            k0 = self.sent_of[first]
            s0, s1 = self.bounds[k0]
            lead = [x for x in range(s0, first) if not self.punct[x]]
            whole = not lead
            has_verb = any(
                (self.upos[x] in ("VERB", "AUX")) if self.has_upos else (self.low[x] in self.W_aux or self.verb_cue(x) is not None)
                for x in words_
            )
            if not whole and not (len(words_) >= 6 and has_verb):
                continue  # a scare quote or a name in quotation marks, nobody's statement
            if whole and len(words_) < 2:
                continue
            text = " ".join(self.text[s:e] for s, e in q.pieces)
            part = self.part[first]
            # a quotation that repeats an attributed statement (a headline, an intertitle) is theirs
            echo = self._echo(text, attributed)
            if echo is not None and part in ("title", "lead"):
                continue  # the headline repeats a statement the article reports; count it once
            speaker: _Speaker
            rule = "standalone"
            if echo is not None:
                speaker = _Speaker(echo.speaker.name, "", echo.speaker.type, echo.speaker.ent, "echo")
            else:
                speaker = self._recent_speaker(first) or _Speaker(None, "", "unknown", None, "unknown")
            kind = "direct" if whole else "mixed"
            self.quotes.append(_Quote(kind, list(q.pieces), speaker, None, None, None, rule, first, last, first,
                                      None, None, (qi,)))
            for x in range(first, last + 1):
                self.in_content[x] = True

    def _echo(self, text: str, attributed: list[_Quote]) -> _Quote | None:
        a = Counter(w.lower() for w in _WORD_RE.findall(text))
        if not a:
            return None
        best = None
        for q in attributed:
            b = Counter(w.lower() for s, e in q.spans for w in _WORD_RE.findall(self.text[s:e]))
            common = sum((a & b).values())
            if not common:
                continue
            f1 = 2 * common / (sum(a.values()) + sum(b.values()))
            recall = common / sum(a.values())
            if (f1 >= 0.5 or recall >= 0.6) and (best is None or f1 > best[0]):
                best = (f1, q)
        return best[1] if best else None

    def _recent_speaker(self, tok: int) -> _Speaker | None:
        """The speaker of the last attributed statement shortly before ``tok``."""
        k = self.sent_of[tok]
        best = None
        for q in self.quotes:
            if q.speaker.name is None or q.cue_tok >= tok or q.nested:
                continue
            if k - self.sent_of[q.last_tok] > 4:
                continue
            if best is None or q.cue_tok > best.cue_tok:
                best = q
        if best is None:
            return None
        sp = best.speaker
        return _Speaker(sp.name, "", sp.type, sp.ent, "focus")

    # --- photo credits -----------------------------------------------------------------------

    def photo_credits(self) -> None:
        for start, end, value in _credit_spans(self.text):
            parts = [p.strip() for p in re.split(r"\s*/\s*", value) if p.strip()]
            names = []
            for p in parts:
                o = outlet_named(p)
                names.append(o.name if o else re.sub(r"^(?:https?://)?www\.", "", p))
            chain = " <- ".join(reversed(names)) if len(names) > 1 else ""
            tok = min(bisect.bisect_left(self.start, start), self.n - 1) if self.n else 0
            self.credits.append(_Credit(names[-1], chain, None, "photo", start, end, tok))


_CREDIT_LABEL = re.compile(r"Foto(?:grafija)?|FOTO|Photo|Slika|Vir|Izvor|Avtor|Autor|Фото|Извор")
_CREDIT_RE = re.compile(r"(?:(?<![\w])(?:Foto(?:grafija)?|FOTO|Photo|Slika|Vir|Izvor|Фото|Извор)\s*:\s*|©\s*)")
_CREDIT_VALUE_RE = re.compile(
    r"(?:[\w.\-&]+(?:\s*/\s*[\w.\-&]+)*)(?:\s+(?!(?:[A-ZČŠŽĆĐ][a-zčšžćđ]+[,.]))[A-ZČŠŽĆĐ][\w.\-]*(?:\s*/\s*[\w.\-&]+)+)?"
)


def _credit_spans(text: str) -> list[tuple[int, int, str]]:
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


# --- the public functions ------------------------------------------------------------------------


def _as_articles(articles: Article | Iterable[Article] | Mapping[str, Article] | None) -> dict[str, Article]:
    if articles is None:
        return {}
    if isinstance(articles, Article):
        return {articles.article_id: articles}
    if isinstance(articles, Mapping):
        return {str(k): v for k, v in articles.items()}
    return {a.article_id: a for a in articles}


def _column(tokens: pd.DataFrame, col: str, kind: str) -> list:
    s = tokens[col]
    if kind == "int":
        return s.fillna(-1).astype("int64").tolist()
    values = s.tolist()
    return [v if isinstance(v, str) else "" for v in values]


def _rebuild_text(start: list[int], end: list[int], forms: list[str], paragraphs: list[int]) -> str:
    """The article text from its tokens' offsets: tokens at their start, spaces and newlines between."""
    pieces: list[str] = []
    pos = 0
    prev_par = paragraphs[0] if paragraphs else 0
    for s, e, f, p in zip(start, end, forms, paragraphs, strict=True):
        if s < pos or e < s:
            continue  # the other words of a multi-word token share its span
        gap = s - pos
        if gap:
            pieces.append("\n\n" + " " * (gap - 2) if p != prev_par and gap >= 2 and pos else " " * gap)
        pieces.append(f if len(f) == e - s else (f + " " * (e - s))[: e - s])
        pos = e
        prev_par = p
    return "".join(pieces)


def _documents(tokens: pd.DataFrame, articles: dict[str, Article], lang: str | None):
    """Yield one :class:`_Doc` per article of the token table (in table order)."""
    if tokens["article_id"].is_monotonic_increasing or tokens["article_id"].nunique() <= 1:
        ordered = tokens
    else:
        codes = pd.factorize(tokens["article_id"])[0]
        ordered = tokens.iloc[pd.Series(codes).argsort(kind="stable").to_numpy()]
    cols = {c: _column(ordered, c, "str") for c in ("article_id", "text", "token", "lemma", "upos", "xpos", "feats",
                                                     "deprel", "ner", "part")}
    for c in ("head", "start_char", "end_char", "sentence", "paragraph", "word_id"):
        cols[c] = _column(ordered, c, "int")
    ids = cols["article_id"]
    n = len(ids)
    lo = 0
    while lo < n:
        hi = lo
        while hi < n and ids[hi] == ids[lo]:
            hi += 1
        art_id = ids[lo]
        art = articles.get(art_id)
        if art is not None:
            text = art.text
        else:
            forms = [t or x for t, x in zip(cols["token"][lo:hi], cols["text"][lo:hi], strict=True)]
            text = _rebuild_text(cols["start_char"][lo:hi], cols["end_char"][lo:hi], forms, cols["paragraph"][lo:hi])
        code = lang or (check_language(art.language) if art is not None and art.language else None)
        if code is None:
            code = detect_language(text[:5000]) if text.strip() else "sl"
        lex = load_lexicon(code) if code in QUOTE_LANGUAGES else None
        yield _Doc(art_id, text, code, lex, cols, lo, hi)
        lo = hi


def _check_lang(lang: str | None) -> str | None:
    code = check_language(lang)
    if code is not None and code not in QUOTE_LANGUAGES:
        load_lexicon(code)  # raises UnsupportedLanguageError naming the supported languages
    return code


def extract_quotes(
    tokens: pd.DataFrame,
    *,
    lang: str | None = None,
    articles: Article | Iterable[Article] | Mapping[str, Article] | None = None,
) -> pd.DataFrame:
    """Reported statements with their speakers, reporting words and sources.

    Args:
        tokens: a TOKENS table (:data:`newskit.schemas.TOKENS`) of one or more articles, from
            :func:`newskit.annotate` (CLASSLA or lite) or :func:`newskit.read_conllu`.
        lang: ``sl``, ``hr``, ``sr`` or ``bs``; by default each article's ``language`` (with
            ``articles``) or the language detected from its text.
        articles: the articles the tokens index into; their text gives quotes character-exact. Without
            them the text is rebuilt from the tokens' offsets.

    Returns:
        A QUOTES table (:data:`newskit.schemas.QUOTES`), one row per statement in text order.
        ``speaker`` is missing and ``speaker_type`` is ``unknown`` when no speaker can be found.
        ``df.attrs`` carries the newskit version and the options.

    Raises:
        SchemaError: ``tokens`` is not a TOKENS table.
        UnsupportedLanguageError: ``lang`` has no quote lexicons.

    Example:
        >>> import newskit as nk
        >>> ann = nk.annotate(nk.load_example(), annotator="lite")  # doctest: +SKIP
        >>> nk.extract_quotes(ann.tokens, articles=ann.articles).speaker.nunique()  # doctest: +SKIP
        2
    """
    rows: list[dict] = []
    for doc in _analysed(tokens, lang, articles, caller="extract_quotes"):
        rows.extend(_quote_rows(doc))
    out = conform(rows, QUOTES)
    out.attrs.update({"newskit_version": __version__, "stage": "extract_quotes",
                      "annotator": tokens.attrs.get("annotator"), "options": {"lang": lang}})
    return out


def _analysed(tokens: pd.DataFrame, lang: str | None, articles: object, *, caller: str) -> Iterator[_Doc]:
    """Each article of ``tokens``, with its quotes and credits found."""
    require(tokens, TOKENS, caller=caller)
    code = _check_lang(lang)
    for doc in _documents(tokens, _as_articles(articles), code):  # type: ignore[arg-type]
        doc.run()
        doc.photo_credits()
        yield doc


def _quote_rows(doc: _Doc) -> list[dict]:
    rows = []
    quotes = sorted(doc.quotes, key=lambda q: (q.spans[0][0], q.spans[0][1]))
    for n, q in enumerate(quotes, 1):
        spans = sorted(q.spans)
        text = " ".join(doc.text[s:e] for s, e in spans)
        conf = _RULE_CONFIDENCE.get(q.rule, 0.7)
        if q.speaker.how == "focus":
            conf *= 0.85
        elif q.speaker.how == "echo":
            conf *= 0.8
        elif q.speaker.how == "unknown":
            conf *= 0.5
        rows.append({
            "article_id": doc.art_id,
            "quote_id": n,
            "kind": q.kind,
            "text": text,
            "start_char": spans[0][0],
            "end_char": spans[-1][1],
            "spans": ";".join(f"{s}:{e}" for s, e in spans),
            "speaker": q.speaker.name if q.speaker.name else pd.NA,
            "speaker_mention": q.speaker.mention,
            "speaker_type": q.speaker.type if q.speaker.name else "unknown",
            "cue": q.cue if q.cue else pd.NA,
            "cue_start": q.cue_span[0] if q.cue_span else pd.NA,
            "cue_end": q.cue_span[1] if q.cue_span else pd.NA,
            "cue_stance": q.stance if q.stance else pd.NA,
            "source": q.source if q.source else pd.NA,
            "source_chain": q.chain if q.chain else pd.NA,
            "sentence_start": doc.sent_no[q.first_tok],
            "sentence_end": doc.sent_no[q.last_tok],
            "rule": q.rule,
            "confidence": round(conf, 3),
        })
    return rows


def extract_sources(
    tokens: pd.DataFrame,
    *,
    lang: str | None = None,
    articles: Article | Iterable[Article] | Mapping[str, Article] | None = None,
) -> pd.DataFrame:
    """Credits of reports and pictures to agencies and outlets.

    A report is credited in the text (``..., poroča AFP``, ``piše AFP``, ``navaja britanski BBC``,
    ``BBC povzema rusko tiskovno agencijo TASS`` -> ``BBC <- TASS``, ``je poročal POP TV``,
    ``je za STA povedal``); a picture in its credit line (``Foto: Xinhua/STA`` -> ``STA <- Xinhua``,
    ``© www.kremlin.ru``).

    Args:
        tokens: a TOKENS table; ``lang`` and ``articles`` as for :func:`extract_quotes`.

    Returns:
        A SOURCES table (:data:`newskit.schemas.SOURCES`): ``kind`` is ``report`` or ``photo``,
        ``source_chain`` the chain of credits, latest first (empty when there is one).

    Example:
        >>> import newskit as nk
        >>> ann = nk.annotate(nk.load_example(), annotator="lite")  # doctest: +SKIP
        >>> sorted(set(nk.extract_sources(ann.tokens, articles=ann.articles).source))  # doctest: +SKIP
        ['AFP', 'BBC', 'STA', 'kremlin.ru']
    """
    rows: list[dict] = []
    for doc in _analysed(tokens, lang, articles, caller="extract_sources"):
        seen = set()
        # quotes credited to an outlet in the same breath (``je za STA povedal``) are reports too,
        # unless their sentence has its credit already (``..., poroča AFP``)
        credited = {doc.sent_of[c.tok] for c in doc.credits if c.kind == "report"}
        for q in doc.quotes:
            if q.source and q.cue_span is not None and doc.sent_of[q.cue_tok] not in credited:
                doc.credits.append(_Credit(q.source, q.chain or "", q.cue, "report", q.cue_span[0], q.cue_span[1], q.cue_tok))
        for c in sorted(doc.credits, key=lambda c: (c.start, c.end)):
            key = (c.tok if c.kind == "report" else c.start, c.source)
            if key in seen or not c.source:
                continue
            seen.add(key)
            rows.append({
                "article_id": doc.art_id,
                "source": c.source,
                "source_chain": c.chain or pd.NA,
                "cue": c.cue or pd.NA,
                "kind": c.kind,
                "start_char": c.start,
                "end_char": c.end,
                "sentence": doc.sent_no[c.tok] if doc.n else 0,
            })
    out = conform(rows, SOURCES)
    out.attrs.update({"newskit_version": __version__, "stage": "extract_sources", "options": {"lang": lang}})
    return out


def speakers(quotes: pd.DataFrame) -> pd.DataFrame:
    """How often and how much each speaker is quoted, per article.

    Args:
        quotes: a QUOTES table from :func:`extract_quotes`.

    Returns:
        A SPEAKERS table (:data:`newskit.schemas.SPEAKERS`), most quoted first within each article;
        unattributed quotes are summed in one row with a missing ``speaker`` and type ``unknown``.
        ``words`` counts the words of the reported content.

    Example:
        >>> import newskit as nk
        >>> ann = nk.annotate(nk.load_example(), annotator="lite")  # doctest: +SKIP
        >>> nk.speakers(nk.extract_quotes(ann.tokens, articles=ann.articles))[["speaker", "quotes"]]  # doctest: +SKIP
    """
    require(quotes, QUOTES, caller="speakers")
    acc: dict[tuple, dict] = {}
    order: list[tuple] = []
    for art, sp, typ, kind, text in zip(quotes["article_id"], quotes["speaker"], quotes["speaker_type"],
                                         quotes["kind"], quotes["text"], strict=True):
        sp_key = sp if isinstance(sp, str) else None
        key = (art, sp_key, typ if sp_key else "unknown")
        row = acc.get(key)
        if row is None:
            row = {"article_id": art, "speaker": sp_key if sp_key else pd.NA, "speaker_type": key[2],
                   "quotes": 0, "direct": 0, "indirect": 0, "mixed": 0, "words": 0}
            acc[key] = row
            order.append(key)
        row["quotes"] += 1
        if kind in ("direct", "indirect", "mixed"):
            row[kind] += 1
        row["words"] += len(_WORD_RE.findall(text if isinstance(text, str) else ""))
    rows = [acc[k] for k in order]
    rows.sort(key=lambda r: (str(r["article_id"]), r["speaker"] is pd.NA, -r["quotes"], -r["words"]))
    out = conform(rows, SPEAKERS)
    out.attrs.update({"newskit_version": __version__, "stage": "speakers"})
    return out
