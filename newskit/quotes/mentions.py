"""The people and organisations of an article, built once: names, surnames, roles, pronouns.
"""

from __future__ import annotations

import bisect

from ._types import Mention
from .entities import person_role
from .lexicon import CREDIT_LABEL, credit_spans, find_outlets
from .roles import Roles


class Mentions(Roles):
    """All mentions of an article, and the token-to-mention index."""

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
        # (one word that is a person's role noun is no name: ``Rast je spora Ministar je rekao``, an
        # intertitle run into the sentence, gets ``Ministar`` tagged a person)
        spans = [(a, b, k) for a, b, k in spans if k in ("PER", "ORG", "LOC")
                 and not (b - a == 1 and (self.low[a] in closed or CREDIT_LABEL.fullmatch(self.form[a])
                                          or k == "PER" and person_role(self, a)))]
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
        raw = [r for r in raw if r[2] == "AGENCY" or not self._dateline(r[0], r[1], r[2])]
        raw.sort()
        credits = credit_spans(self.text)
        if credits:  # a photographer named in a credit line is not a referent (Foto: Sandi Baumkirher)
            raw = [r for r in raw if r[2] == "AGENCY" or not any(cs <= self.start[r[0]] < ce for cs, ce, _v in credits)]
        # entities
        for a, b, k, name in raw:
            self._add_name_mention(a, b, k, name)
        self._link_acronyms()
        self._retype_titled_names()
        self._retype_surnames()
        self._initial_surnames()
        self._surnames_as_named()
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

    def _dateline(self, a: int, b: int, kind: str) -> bool:
        """Tokens ``a:b`` open a paragraph as its dateline, no name of a referent: a word in capitals
        before a capitalised word or a dash (``TETOVO Več sto študentov``, ``KRŠKO - ...``), or a
        place before a spaced dash (``Ljubljana - Vlada je ...``)."""
        start = self.start[a]
        before = self.text[:start].rstrip(" \t")
        if before and not before.endswith("\n"):
            return False
        if b >= self.n or self.sent_of[b] != self.sent_of[a]:
            return False
        nxt = self.form[b]
        dash = nxt in ("-", "–", "—") and self.spaced_dash(b) if nxt == "-" else nxt in ("–", "—")
        words = [self.form[i] for i in range(a, b) if not self.punct[i]]
        capitals = bool(words) and all(w.isalpha() and w.isupper() and len(w) >= 4 for w in words)
        if capitals:
            return dash or (nxt[:1].isupper() and nxt.isalpha() and not nxt.isupper())
        return kind == "LOC" and dash

    def mention_at(self, i: int) -> Mention | None:
        k = self.tok_mention[i]
        return self.mentions[k] if k >= 0 else None
