"""One article's pass: per sentence, cues, frames, quotes, speakers and focus.
"""

from __future__ import annotations

from .rules.headline import HeadlineRules
from .rules.nominal import NominalRules
from .rules.standalone import StandaloneRules
from .rules.verbal import VerbalRules
from .sources import PhotoCredits


class Document(VerbalRules, NominalRules, HeadlineRules, StandaloneRules, PhotoCredits):
    """One article's tokens, with the rules that read them."""

    def run(self) -> None:
        if self.n == 0:
            return
        self.build_mentions()
        self.index_quotes()
        for k in range(len(self.bounds)):
            self.sentence(k)
        self.standalone_quotes()

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
        cuts: list[int] = []
        for i, lemma, stance, frame in cues:
            f = self.frame_of(i, frame, s0, s1)
            if f is not None:
                frames.append((i, lemma, stance, frame, f))
            elif frames and self._coordinated(i, s0):
                cuts.append(i - 1)  # ``priopćilo je kako ... i preporučilo premještaj``: the first content ends
        # ``Prema riječima X, ... tvrtka koja može zajamčiti da``: a cue after a fronted ``according``
        # phrase (or subordinate to one) is part of X's statement
        acc = self._according_start(s0, s1)
        frames = [x for x in frames if not (0 <= acc < x[0] and (acc == s0 or not x[4].independent))]
        # clause starts of independent cues bound the content of earlier ones
        bounds = sorted([f[4].clause_start for f in frames if f[4].independent] + cuts)
        for i, lemma, stance, frame, f in frames:
            if self.in_content[i] and not f.independent:
                continue
            self.emit_cue(i, lemma, stance, frame, f, s0, s1, bounds)
        self.nominal_cues(s0, s1, bounds)
        self.according_bare(s0, s1, bounds)
        self.headline(k, s0, s1)
        self.update_focus(s0, s1)
