"""The rule families of the quote pass, one module each: verbal cues (:mod:`.frames` finds how a
reporting verb introduces its content, :mod:`.verbal` turns the frame into a quote), nominal cues,
headlines and quotations without a cue. :mod:`.base` has what every rule declares.

Importing this package imports none of the rule modules; :func:`all_rules` lists their rules.
"""

from __future__ import annotations

from .. import speaker
from . import frames, headline, nominal, standalone
from .base import Rule


def all_rules() -> tuple[Rule, ...]:
    """Every rule of the quote pass, with its name, confidence and required TOKENS columns."""

    return (*frames.RULES, *nominal.RULES, *headline.RULES, *standalone.RULES,
            *speaker.SUBJECT_RULES)
