"""What every quote rule declares: its name, its confidence and the TOKENS columns it needs.

A rule whose ``requires`` are not all filled in an article's annotation is not run there: the
tree rules (``{"head", "deprel"}``) only where the annotation has dependency trees, the tagged
rules (``{"upos", "feats"}``) only where it has tags; their surface twins run everywhere. The
choice is made once per article, at the door (:attr:`newskit.quotes.view.TokenView.filled`), by
:func:`choose`. :class:`Rule`, the column sets and :func:`choose` are defined in
:mod:`newskit.quotes._types`, below the speaker strategies, which declare rules too; they are
imported from here.
"""

from __future__ import annotations

from .._types import LEMMA, TAGS, TREE, Rule, choose

__all__ = ["Rule", "Stop", "STOP", "LEMMA", "TAGS", "TREE", "choose"]


class Stop:
    """A frame rule's answer that the cue introduces nothing (no later rule is tried)."""

    def __repr__(self) -> str:
        return "STOP"


STOP = Stop()
