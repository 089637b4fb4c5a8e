"""Verbal cues: a frame's content and speaker become a quote.
"""

from __future__ import annotations

from typing import Any

from .._types import Credit, Frame, Quote
from .._words import SENT_END
from .frames import Frames


class VerbalRules(Frames):
    """Quotes of verbal cues."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.post_end: dict[int, int] = {}  # per sentence: where the last postposed statement ended

    def emit_cue(self, i: int, lemma: str, stance: str, frame: str, f: Frame, s0: int, s1: int, bounds: list[int]) -> None:
        t = f.type
        speaker = self._speaker_for(i, f)
        if t == "postposed" and speaker.type == "agency" and f.tense_pres:
            # ``..., poroča AFP.``: a credit, not a statement of the agency
            self.add_credit(i, speaker, lemma, f)
            return
        if t == "postposed" and speaker.type in ("agency", "organisation") and speaker.name and (
                frame == "report" and f.tense_pres
                or frame == "report" and any(f.lo <= q.cue_tok < f.hi for q in self.quotes if q.cue_span is not None)):
            # ``X je izjavio da ..., izvijestio je Yonhap``, ``..., prenose Vijesti.ba``: the medium that
            # relays another's statement is its source
            self.add_credit(i, speaker, lemma, f)
            return
        spans: list[tuple[int, int]]
        qids: tuple[int, ...] = ()
        kind = "indirect"
        rule = t
        if t in ("colon_quote", "object_quote") or (t == "postposed" and f.quote >= 0):
            q = f.quote
            if q in self.used_quote:
                return
            qs = self.qspans[q]
            first, last = self.q_first[q], self.q_last[q]
            if first < 0:
                return
            if t == "object_quote" and f.fragment or t == "object_quote" and self.sent_of[first] == self.sent_of[i] and self._short(q):
                # a quoted fragment as the verb's object: »...« up to the end of its clause
                hi = last + 1
                while hi < s1 and not (self.low[hi] in (",", ";", ":") or self.low[hi] in SENT_END) and hi - last < 12:
                    hi += 1
                lo = first - 1 if first - 1 >= 0 and self.mark[first - 1] else first
                lo, hi = self._trim(lo, hi)
                spans = [(self.start[lo], self.end[hi - 1])]
                kind = "mixed"
                rule = "quoted_object"
                ft, lt = lo, hi - 1
            elif t == "postposed" and qs.close_at >= 0 and self._quote_starts_midsentence(q):
                lo, hi = self._trim(self._region_start(first, s0), f.hi)
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
                    d = f.subj[3]
                    if d < s1 and self.low[d] == ",":
                        q2 = self._opens_quote(d + 1) if d + 1 < self.n else -1
                        if q2 >= 0 and q2 not in self.used_quote:
                            spans.extend(self.qspans[q2].pieces)
                            self.use_quotes((q2,))
                            lt = self.q_last[q2]
                            self.claim(range(self.q_first[q2], lt + 1))
            self.use_quotes((q,))
            qids = (q,)
        else:
            lo, hi = f.lo, f.hi
            if t in ("complement", "colon", "as_said") and hi == s1:
                hi = self._cut(lo, hi, bounds, f.clause_start)
                hi = self._tree_content_end(i, lo, hi) if t == "complement" else hi
            if t == "complement":
                hi = self._main_clause_cut(i, lo, hi, s0)
            if t == "postposed":
                # the statement runs from the sentence start (or the previous postposed clause) to
                # the cue's clause; reports nested in it stay inside
                lo = max(lo, self.post_end.get(self.sent_of[i], s0))
                self.post_end[self.sent_of[i]] = f.subj[3]
            ranges = [self._trim(lo, hi)]
            if f.lo2 is not None and f.hi2 is not None:
                ranges.append(self._trim(f.lo2, self._cut(f.lo2, f.hi2, bounds, f.clause_start)))
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
                self.use_quotes(inner)
                whole = self.qspans[qids[0]] if len(qids) == 1 else None
                if whole is not None and len(ranges) == 1 and self.q_first[qids[0]] <= lo + 1 and self.q_last[qids[0]] >= hi - 2:
                    kind = "direct"
                    spans = list(whole.pieces)
                else:
                    kind = "mixed"
            elif t == "colon":
                kind = "direct" if self.sent_of[lo] != self.sent_of[i] else "indirect"
        nested = self.in_content[i]
        self.claim(x for x in range(ft, lt + 1) if x < self.n and not (f.lo2 is not None and f.hi <= x < f.lo2))
        source, chain = self.source_for(i, s0, s1)
        if speaker.type == "agency" and not source:
            source, chain = speaker.name, ""
        self.add_quote(Quote(kind, spans, speaker, lemma, (self.start[i], self.end[i]), stance, rule,
                             ft, lt, i, source, chain, qids, nested), focus=not nested)
        if speaker.type == "agency":
            # the credit's box holds the cue and the agency's name (``Kot poroča STA``), not the cue alone
            lo_c, hi_c = self.start[i], self.end[i]
            a, b, c, d = f.subj
            for j in [*range(a, b), *range(c, d)]:
                m = self.mention_at(j) if 0 <= j < self.n else None
                if m is not None and speaker.ent is not None and m.ent == speaker.ent:
                    lo_c, hi_c = min(lo_c, self.start[m.i0]), max(hi_c, self.end[m.i1 - 1])
                    break
            self.add_source(Credit(speaker.name or "", "", lemma, "report", lo_c, hi_c, i))
