"""Nominal cues: ``po besedah X``, ``opozorilo ministrstva, da ...``.
"""

from __future__ import annotations

import re

from ...language import to_latin
from .._types import Credit, Speaker
from ..speaker import Speakers
from .base import Rule

ACCORDING_TO = Rule("according_to", 0.85, frozenset(), "po besedah X, ... / prema riječima X (a nominal cue and its holder)")
NOUN_CLAUSE = Rule("noun_clause", 0.8, frozenset(), "opozorilo ministrstva, da ... (a reporting noun and its clause)")
#: ``according`` without a noun (po njegovem; sl po + a person; hr/sr clause-initial prema + a name): emits according_to.
ACCORDING_BARE = Rule("according_to/bare", None, frozenset(), "Po njegovem ..., je po Omanu mešana, Prema ministarstvu, ...")
RULES = (ACCORDING_TO, NOUN_CLAUSE, ACCORDING_BARE)

#: a possessive adjective of a surname: ``Kuntarič|ev|ih``, ``Filipović|ev|im``, ``Marković|in|a``
_POSSESSIVE = re.compile(r"^(\w{3,}?)(?:ov|ev|in)(?:a|e|i|o|u|om|im|ima|ih|em|emu|ega|imi|oj|og|ome)?$")


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
                        self.credit_sentence(k, name)
                        self.add_source(Credit(name, "", noun, "report", self.start[i - 1], self.end[m.i1 - 1], i))
                        continue
            poss = ""
            p = i - 1
            if p >= s0 and any(self.low[p].startswith(w) for w in self.W_possessive_m | self.W_possessive_f | self.W_possessive_p):
                for words_, g in ((self.W_possessive_m, "m"), (self.W_possessive_f, "f"), (self.W_possessive_p, "p")):
                    if any(self.low[p].startswith(w) for w in words_):
                        poss = g
                p -= 1
            owner = None
            if not poss and p >= s0 and self.low[p] not in according:
                owner = self._possessor(p)  # ``po Kuntaričevih besedah``, ``prema Filipovićevim riječima``
                if owner is not None:
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
                if owner is not None:
                    speaker = owner
                elif poss:
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
                if owner is not None:
                    speaker = owner
                elif m is not None:
                    speaker = self.speaker_of(m, i) or Speaker(None, "", "unknown", None, "unknown")
                elif poss:
                    speaker = self.from_focus(i, poss if poss in "mf" else "", "p" if poss == "p" else "s") or Speaker(
                        None, "", "unknown", None, "unknown")
                else:
                    continue
                lo, hi = self._trim(j + 2, self._cut(j + 2, s1, bounds, -1))
                if hi > lo:
                    self._emit_simple([(lo, hi)], speaker, noun, i, stance, NOUN_CLAUSE.name, s0, s1)

    def _according_start(self, s0: int, s1: int) -> int:
        """The token of ``po / prema`` opening an ``according`` phrase in the sentence, or -1."""
        if self.lex is None:
            return -1
        for p in range(s0, s1 - 1):
            if self.low[p] in self.W_according and self.in_quote[p] < 0:
                for i in (p + 1, p + 2, p + 3):
                    if i < s1 and (noun := self.noun_cue(i)) is not None and self.lex.nouns[noun][1] == "according":
                        return p
        return -1

    def _possessor(self, p: int) -> Speaker | None:
        """A possessive adjective made from a person's surname (``Kuntaričevih``, ``Filipovićevim``,
        ``Markovinim``): that person, when the article names them."""
        form = self.form[p]
        if not form[:1].isupper():
            return None
        m = _POSSESSIVE.match(to_latin(form).lower())
        if not m:
            return None
        stem = m.group(1)
        for tok, ent, _how in reversed(self.focus):
            e = self.ents[ent]
            if tok < p and e.type == "person" and any(to_latin(w) in (stem, stem + "a") for w in e.words):
                return Speaker(e.name, form, "person", e.key, "explicit")
        for e in self.ents:
            if e.type == "person" and any(to_latin(w) in (stem, stem + "a") for w in e.words):
                return Speaker(e.name, form, "person", e.key, "explicit")
        return None

    def according_bare(self, s0: int, s1: int, bounds: list[int]) -> None:
        """``according`` without a noun: ``Po njegovem ...`` (sl; hr ``po njegovom``), ``je po Omanu
        mešana`` (sl ``po`` with a person in the locative), ``Prema ministarstvu financija, ...`` (hr, sr:
        a clause-initial ``prema`` with a named speaker and a comma after it)."""
        if self.lex is None:
            return
        poss_words = ((self.W_possessive_m, "m"), (self.W_possessive_f, "f"), (self.W_possessive_p, "p"))
        for p in range(s0, s1 - 2):
            if self.low[p] not in self.W_according or self.in_quote[p] >= 0 or self.in_content[p]:
                continue
            if any(self.noun_cue(x) is not None for x in range(p + 1, min(s1, p + 4))):
                continue  # ``po besedah X``: the nominal cue's own rule
            nxt = self.low[p + 1]
            speaker = None
            end = p + 1
            g = next((g for words_, g in poss_words if any(nxt.startswith(w) for w in words_)), "")
            if g and nxt.endswith(("em", "om")) and self.noun_cue(p + 2) is None \
                    and not (self.has_upos and self.upos[p + 2] in ("NOUN", "ADJ")):
                speaker = self.from_focus(p, g if g in "mf" else "", "p" if g == "p" else "s")
                end = p + 2
            else:
                m = self.mention_at(p + 1)
                if m is None or m.i0 != p + 1 or self.noun_cue(m.i1) is not None:
                    continue
                clause_start = p == s0 or self.low[p - 1] in (",", "–", "—", "(", ":") or self.mark[p - 1]
                if self.lang == "sl":
                    if m.kind != "PER" or self.case(m.i0) not in ("", "Loc"):
                        continue
                elif not (clause_start and m.kind in ("PER", "ORG", "INST", "AGENCY") and m.i1 < s1
                          and self.low[m.i1] == ","):
                    continue
                speaker = self.speaker_of(m, p)
                end = m.i1
            if speaker is None:
                continue
            pieces = []
            lo, hi = self._trim(self._region_start(p, s0), p)
            if hi > lo:
                pieces.append((lo, hi))
            lo2, hi2 = self._trim(end, self._cut(end, s1, bounds, -1))
            if hi2 > lo2:
                pieces.append((lo2, hi2))
            if pieces and sum(b - a for a, b in pieces) >= 3:
                self._emit_simple(pieces, speaker, self.lem[p] or self.low[p], p, "neutral", ACCORDING_TO.name, s0, s1)
