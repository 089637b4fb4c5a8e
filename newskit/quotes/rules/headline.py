"""Headline quotes: ``Frattini: Hrvaška naj naredi korak naprej``.
"""

from __future__ import annotations

from ...names import name_words_match
from .._types import Mention, Quote, Speaker
from .._words import fold
from ..lexicon import CREDIT_LABEL
from ..speaker import Speakers
from .base import Rule

HEADLINE = Rule("headline", 0.8, frozenset(), "Frattini: Hrvaška naj naredi korak naprej (a name and a colon in a headline)")
RULES = (HEADLINE,)


class HeadlineRules(Speakers):
    """Quotes of headlines."""

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
        if m.i1 - m.i0 <= 2 and all(self.form[x].isupper() and len(self.form[x]) > 3 for x in range(m.i0, m.i1)) \
                and self.part[a] != "title" and k > 0 and m.kind != "ORG":
            return  # a dateline (``PJONGJANG:``, ``BRUXELLES:``), not a speaker
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
        speaker = self.speaker_of(m, a) or Speaker(None, "", "unknown", None, "unknown")
        qids = {self.in_quote[x] for x in range(lo, hi) if self.in_quote[x] >= 0}
        self.use_quotes(qids)
        self.claim(range(lo, hi))
        self.add_quote(Quote("direct", [(self.start[lo], self.end[hi - 1])], speaker, None, None, None, HEADLINE.name,
                             lo, hi - 1, a, None, None, tuple(sorted(qids))))

    def _name_before_colon(self, a: int) -> Mention | None:
        """A headline's first word before a colon that the recogniser left out (``Frattini:``): a name
        when it is a proper noun, or, untagged, when its lemma keeps the capital (``Komentar:`` does not)."""
        f, lem = self.form[a], self.lemma_raw[a]
        if not f[:1].isupper() or not f.isalpha() or CREDIT_LABEL.fullmatch(f) or self.low[a] in self.W_preposition:
            return None
        if self.has_upos and self.upos[a] != "PROPN" or not self.has_upos and not (lem[:1].isupper() or not lem):
            return None
        w = fold(self._nom_word(a))
        ent = next((e for e in self.ents if e.type == "person" and any(name_words_match(w, v) for v in e.words)), None)
        if ent is None:
            ent = self._person([w], f, a, True)
        return Mention(a, a + 1, "PER", ent.key, True, f)
