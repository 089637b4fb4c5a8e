"""What the pass has claimed so far: quotes, credits, reported content, used quotations, focus.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from ._types import Credit, Frame, Mention, Quote, Speaker
from ._words import CLAUSE_PUNCT
from .quoted import Quoted


class Claims(Quoted):
    """The state of the pass over one article, and the ways to add to it."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.credits: list[Credit] = []
        self.quotes: list[Quote] = []
        self.focus: list[tuple[int, int, str]] = []  # (token, ent, "speaker"|"subject")
        self.groups: list[tuple[int, Speaker]] = []  # (token, speaker): groups named as written
        self.in_content = [False] * self.n
        self.used_quote: set[int] = set()
        self.sent_credit: dict[int, tuple[str, str]] = {}

    # --- the only ways the rules change the state of the pass -----------------------------------

    def claim(self, tokens: Iterable[int]) -> None:
        """Mark ``tokens`` as reported content: later cues among them are nested reports."""
        for x in tokens:
            self.in_content[x] = True

    def use_quotes(self, qids: Iterable[int]) -> None:
        """Mark quotations as taken: no later rule reports them again."""
        self.used_quote.update(qids)

    def add_quote(self, quote: Quote, *, focus: bool = False) -> None:
        """Record a statement; with ``focus``, its speaker becomes the person in focus."""
        self.quotes.append(quote)
        if focus and quote.speaker.ent is not None:
            self.focus.append((quote.cue_tok, quote.speaker.ent, "speaker"))

    def add_source(self, credit: Credit) -> None:
        """Record a credit of a report or picture to an agency or outlet."""
        self.credits.append(credit)

    def credit_sentence(self, k: int, name: str) -> None:
        """Credit to ``name`` the statements of sentence ``k`` that have no source yet (``poroča AFP``)."""
        self.sent_credit.setdefault(k, (name, ""))
        for q in self.quotes:
            if q.cue_span is not None and self.sent_of[q.cue_tok] == k and not q.source:
                q.source, q.chain = name, ""

    def add_credit(self, i: int, speaker: Speaker, lemma: str, f: Frame) -> None:
        a, b, c, d = f.subj
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
        self.add_source(Credit(speaker.name or "", chain if len(chain_names) > 1 else "", lemma, "report",
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

    def _emit_simple(self, pieces: list[tuple[int, int]], speaker: Speaker, cue: str, i: int, stance: str, rule: str, s0: int, s1: int) -> None:
        qids = {self.in_quote[x] for lo, hi in pieces for x in range(lo, hi) if self.in_quote[x] >= 0}
        self.claim(x for lo, hi in pieces for x in range(lo, hi))
        self.use_quotes(qids)
        spans = [(self.start[lo], self.end[hi - 1]) for lo, hi in pieces]
        kind = "mixed" if qids else "indirect"
        source, chain = self.source_for(i, s0, s1)
        self.add_quote(Quote(kind, spans, speaker, cue, (self.start[i], self.end[i]), stance, rule,
                             pieces[0][0], pieces[-1][1] - 1, i, source, chain, tuple(sorted(qids))), focus=True)

    def _region_start(self, i: int, s0: int) -> int:
        """Where the subject of a cue may start: after the content of an earlier quote in its sentence
        (for a cue inside reported content, its own clause)."""
        if self.in_content[i]:
            j = i - 1
            while j >= s0 and not (self.low[j] in CLAUSE_PUNCT or self.mark[j]):
                j -= 1
            return j + 1
        j = i - 1
        while j >= s0 and not self.in_content[j]:
            j -= 1
        return j + 1

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
            # ``Predsjednik Fatmir Sejdiu i premijer Hashim Thaci objavili su``: two people as one subject
            prev = self._coordinated_person(m, s0)
            if prev is not None:
                a, b = self.ents[prev.ent].name, self.ents[m.ent].name  # type: ignore[index]
                self.groups.append((m.i0, Speaker(f"{a} {self.form[m.i0 - 1]} {b}" if self.low[m.i0 - 1] in ("i", "in")
                                                  else f"{a} i {b}", "", "person", None, "focus")))
            # a role noun (``nov predsednik``) may be indefinite: it enters focus only as a speaker
            if m.ent is not None and m.kind in ("PER", "ORG"):
                self.focus.append((m.i0, m.ent, "subject"))

    def _coordinated_person(self, m: Mention, s0: int) -> Mention | None:
        """The person named before ``m`` and joined to it by ``i`` / ``in`` (a title may stand between:
        ``Sejdiu i premijer Thaci``), both in the nominative, or None."""
        if m.kind != "PER" or m.ent is None:
            return None
        j = m.i0 - 1
        while j > s0 and self.tok_mention[j] < 0 and self.low[j] not in ("i", "in") and not self.punct[j] \
                and m.i0 - j <= 3:
            j -= 1
        if j <= s0 or self.low[j] not in ("i", "in") or self.tok_mention[j - 1] < 0:
            return None
        prev = self.mentions[self.tok_mention[j - 1]]
        if prev.kind != "PER" or prev.ent is None or prev.ent == m.ent or not prev.nominative:
            return None
        return prev
