"""What every quote rule declares: its name, its confidence and the TOKENS columns it needs.

A rule whose ``requires`` are not all filled in an article's annotation is not run there: the
tree rules (``{"head", "deprel"}``) only where the annotation has dependency trees, the tagged
rules (``{"upos", "feats"}``) only where it has tags; their surface twins run everywhere. The
choice is made once per article, at the door (:attr:`newskit.quotes.view.TokenView.filled`).
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Rule", "Stop", "STOP", "LEMMA", "TAGS", "TREE"]

LEMMA = frozenset({"lemma"})
TAGS = frozenset({"upos", "feats"})
TREE = frozenset({"head", "deprel"})


@dataclass(frozen=True)
class Rule:
    """One rule of the quote pass.

    ``name`` is the value of the QUOTES ``rule`` column for a rule that emits quotes (the rules
    that only bound content or find a subject have names of their own); ``confidence`` the
    confidence of its quotes before the speaker is weighed in (``None`` for a rule that emits
    nothing); ``requires`` the TOKENS columns that must be filled for it to run.
    """

    name: str
    confidence: float | None
    requires: frozenset[str]
    doc: str

    def usable(self, filled: frozenset[str]) -> bool:
        """Whether an annotation that fills the columns ``filled`` gives this rule what it needs."""
        return self.requires <= filled


class Stop:
    """A frame rule's answer that the cue introduces nothing (no later rule is tried)."""

    def __repr__(self) -> str:
        return "STOP"


STOP = Stop()
