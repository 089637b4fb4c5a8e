"""Quotations no cue claimed: the speaker in focus, an echo, or a scare quote (dropped).
"""

from __future__ import annotations

from collections import Counter

from .._types import Quote, Speaker
from .._words import WORD_RE
from ..speaker import Speakers
from .base import Rule

STANDALONE = Rule("standalone", 0.6, frozenset(), "a quotation no cue claimed: the speaker in focus, or an echo")
RULES = (STANDALONE,)


class StandaloneRules(Speakers):
    """Quotes without a cue."""

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
            speaker: Speaker
            rule = STANDALONE.name
            if echo is not None:
                speaker = Speaker(echo.speaker.name, "", echo.speaker.type, echo.speaker.ent, "echo")
            else:
                speaker = self._recent_speaker(first) or Speaker(None, "", "unknown", None, "unknown")
            kind = "direct" if whole else "mixed"
            self.add_quote(Quote(kind, list(q.pieces), speaker, None, None, None, rule, first, last, first,
                                 None, None, (qi,)))
            self.claim(range(first, last + 1))

    def _echo(self, text: str, attributed: list[Quote]) -> Quote | None:
        a = Counter(w.lower() for w in WORD_RE.findall(text))
        if not a:
            return None
        best = None
        for q in attributed:
            b = Counter(w.lower() for s, e in q.spans for w in WORD_RE.findall(self.text[s:e]))
            common = sum((a & b).values())
            if not common:
                continue
            f1 = 2 * common / (sum(a.values()) + sum(b.values()))
            recall = common / sum(a.values())
            if (f1 >= 0.5 or recall >= 0.6) and (best is None or f1 > best[0]):
                best = (f1, q)
        return best[1] if best else None

    def _recent_speaker(self, tok: int) -> Speaker | None:
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
        return Speaker(sp.name, "", sp.type, sp.ent, "focus")
