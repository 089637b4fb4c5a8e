"""Nominal cues: ``po besedah X``, ``opozorilo ministrstva, da ...``.
"""

from __future__ import annotations

from .._types import Credit, Speaker
from ..speaker import Speakers
from .base import Rule

ACCORDING_TO = Rule("according_to", 0.85, frozenset(), "po besedah X, ... / prema riječima X (a nominal cue and its holder)")
NOUN_CLAUSE = Rule("noun_clause", 0.8, frozenset(), "opozorilo ministrstva, da ... (a reporting noun and its clause)")
RULES = (ACCORDING_TO, NOUN_CLAUSE)


class NominalRules(Speakers):
    """Quotes of nominal cues."""

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
                        self.credits.append(Credit(name, "", noun, "report", self.start[i - 1], self.end[m.i1 - 1], i))
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
                    speaker = self.from_focus(i, poss if poss in "mf" else "", "p" if poss == "p" else "s") or Speaker(
                        None, "", "unknown", None, "unknown")
                    speaker.mention = self.form[p + 1] if p + 1 < i else ""
                elif m is not None:
                    speaker = self.speaker_of(m, i) or Speaker(None, "", "unknown", None, "unknown")
                else:
                    speaker = Speaker(None, "", "unknown", None, "unknown")
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
                self._emit_simple(pieces, speaker, noun, i, stance, ACCORDING_TO.name, s0, s1)
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
                    speaker = self.speaker_of(m, i) or Speaker(None, "", "unknown", None, "unknown")
                elif poss:
                    speaker = self.from_focus(i, poss if poss in "mf" else "", "p" if poss == "p" else "s") or Speaker(
                        None, "", "unknown", None, "unknown")
                else:
                    continue
                lo, hi = self._trim(j + 2, self._cut(j + 2, s1, bounds, -1))
                if hi > lo:
                    self._emit_simple([(lo, hi)], speaker, noun, i, stance, NOUN_CLAUSE.name, s0, s1)
