"""The article as the rules read it: its tokens, mentions and quotations (the token-to-quote index).

:func:`read_article` builds one :class:`Quoted` per article; once built it is read-only, and
every rule and speaker strategy takes it as its first argument.
"""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Callable, Mapping
from typing import Any

from ._types import TAGS, Rule, choose_twin
from .lexicon import Lexicon
from .marks import QUOTE_MARKS, QuoteSpan, is_single_mark, pair_quote_marks
from .mentions import Mentions


def read_article(art_id: str, text: str, lang: str, lex: Lexicon | None, cols: Mapping[str, list],
                 lo: int, hi: int) -> Quoted:
    """The article of rows ``lo:hi`` of the token columns ``cols``, its mentions and quotations found."""
    a = Quoted(art_id, text, lang, lex, cols, lo, hi)
    if a.n:
        a.pair_marks()
        a.build_mentions()
        a.index_quotes()
    return a


#: Tagged text: a light word is an adverb, particle, auxiliary, pronoun, determiner, preposition,
#: adjective, noun or a light coordinator by its tag.
LIGHT_WORD = Rule("light_word", None, TAGS, ", je še dejal Komlev: ADV, AUX, PROPN ...")
#: Untagged text: any word but a conjunction (a light one, ``pa``, excepted).
LIGHT_WORD_SURFACE = Rule("light_word/surface", None, frozenset(), ", je pa dejal: no conjunction")
RULES = (LIGHT_WORD, LIGHT_WORD_SURFACE)


def choose_light_word(filled: frozenset[str]) -> Callable[[Quoted, int], bool]:
    """The light-word test where the TOKENS columns ``filled`` include tags, else its surface twin."""
    return choose_twin(filled, (LIGHT_WORD, light_by_tag), (LIGHT_WORD_SURFACE, light_by_word))


def light_by_tag(a: Quoted, i: int) -> bool:
    """Tagged text: word ``i`` is light by its tag (a coordinator only if a light one)."""
    u = a.upos[i]
    return u in ("ADV", "PART", "AUX", "PRON", "DET", "ADP", "ADJ", "NOUN", "PROPN", "CCONJ") and not (
        u == "CCONJ" and a.low[i] not in a.W_light_cconj
    )


def light_by_word(a: Quoted, i: int) -> bool:
    """Untagged text: word ``i`` is light unless a conjunction that is not a light one."""
    low = a.low[i]
    return low not in a.W_conjunction or low in a.W_light_conjunction


class Quoted(Mentions):
    """Mentions plus the quotations of the text, token by token."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.light_word = choose_light_word(self.filled)  # the door: tagged or surface light words

    found_spans: list[QuoteSpan]
    qspans: list[QuoteSpan]
    q_first: list[int]
    q_last: list[int]
    in_quote: list[int]

    def pair_marks(self) -> None:
        """Pair the quotation marks of the text; a single mark (``'``, ``’``) that the pairing
        takes for a quotation mark is one from now on (``mark``), one left unpaired an apostrophe."""
        sent_starts = [self.start[a] for a, _ in self.bounds]
        pairs = pair_quote_marks(self.text, sent_starts)
        self.found_spans = [QuoteSpan(p.pieces, p.open_at, p.close_at) for p in pairs if p.depth == 0 and p.pieces]
        at = {x + k for p in pairs for x in (p.open_at, p.close_at) if x >= 0 and self.text[x] not in QUOTE_MARKS
              for k in range(2 if self.text.startswith("''", x) else 1)}
        if at:
            for i in range(self.n):
                if self.start[i] in at and is_single_mark(self.form[i]):
                    self.mark[i] = True

    def index_quotes(self) -> None:
        """Map each token to the quotation (paired by :meth:`pair_marks`) it lies in."""
        self.qspans = [self._close_unbalanced(q) for q in self.found_spans]
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
        self._name_outside_quotes()

    def _name_outside_quotes(self) -> None:
        """An organisation is named by the form the article's own voice uses most: ``Asocijacija Pro
        Demokratija (APD)`` is the full name though a quotation goes on to say ``APD`` (forms inside
        quotations count only for an organisation the narrator never names); a form rebuilt from an
        oblique case never replaces a name read as written."""
        quoted: dict[int, Counter[str]] = {}
        # forms only ever rebuilt from an oblique case, word by word, which may mix cases
        # (``Središnji agencije`` from ``Središnje agencije``)
        rebuilt = {f for _, _, f, nom in self.org_forms if not nom} - {f for _, _, f, nom in self.org_forms if nom}
        for tok, ent, form, _ in self.org_forms:
            if self.in_quote[tok] >= 0:
                k = self.tok_mention[tok]  # the entity it belongs to now (an acronym's, when linked)
                now = self.mentions[k].ent if k >= 0 else None
                quoted.setdefault(ent if now is None else now, Counter())[form] += 1
        for key, forms in quoted.items():
            e = self.ents[key]
            if e.type not in ("organisation", "place") or not e.forms:
                continue
            own = {f: c - forms.get(f, 0) for f, c in e.forms.items() if c - forms.get(f, 0) > 0}
            best = max(own.items(), key=lambda kv: (kv[1], len(kv[0])))[0] if own else None
            if best is not None and (best not in rebuilt or e.name in rebuilt):
                e.name = best

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
            while cs > a and self.low[cs - 1] != "," and i - cs <= 4 and self.light(cs - 1):
                cs -= 1
            if cs > a + 1 and self.low[cs - 1] == ",":
                ends = [(s, e) for s, e in q.pieces if s < self.start[cs - 1]]
                if ends:
                    ends[-1] = (ends[-1][0], min(ends[-1][1], self.start[cs - 1]))
                    return QuoteSpan(ends, q.open_at, -1)
        return q

    def opens_quote(self, i: int) -> int:
        """Index of the quotation whose opening mark is token ``i`` (or starts right after it), else -1."""
        if not self.mark[i]:
            return -1
        nxt = i + 1
        if nxt < self.n and self.in_quote[nxt] >= 0 and self.q_first[self.in_quote[nxt]] == nxt:
            return self.in_quote[nxt]
        return -1

    def closes_quote(self, i: int) -> int:
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

    def light(self, i: int) -> bool:
        """A word that may stand between a clause's comma and its reporting verb: an auxiliary, the
        subject, a short adverb (``, je še dejal Komlev``); the rest by the twin the door chose
        (:data:`LIGHT_WORD` by its tag, :data:`LIGHT_WORD_SURFACE` by the lexicon's conjunctions)."""
        if self.punct[i]:
            return False
        low = self.low[i]
        if low in self.W_aux or self.tok_mention[i] >= 0:
            return True
        if low in self.W_complementizer or low in self.W_relative or low in self.W_complementizer_kept:
            return False
        return self.light_word(self, i)

    def short(self, q: int) -> bool:
        first, last = self.q_first[q], self.q_last[q]
        return sum(1 for x in range(first, last + 1) if not self.punct[x]) <= 6

    def quote_starts_midsentence(self, q: int) -> bool:
        first = self.q_first[q]
        s0 = self.bounds[self.sent_of[first]][0]
        return any(not self.punct[x] and not self.mark[x] for x in range(s0, first)) and self.sent_of[first] == self.sent_of[self.q_last[q]]
