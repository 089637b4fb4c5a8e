"""Questions the rules ask of what the pass has claimed (:class:`~newskit.quotes._types.Claimed`,
read-only): where a cue's subject may start, and the source of a statement.
"""

from __future__ import annotations

from ._types import Claimed
from ._words import CLAUSE_PUNCT
from .quoted import Quoted


def region_start(a: Quoted, st: Claimed, i: int, s0: int) -> int:
    """Where the subject of a cue may start: after the content of an earlier quote in its sentence
    (for a cue inside reported content, its own clause)."""
    if st.in_content[i]:
        j = i - 1
        while j >= s0 and not (a.low[j] in CLAUSE_PUNCT or a.mark[j]):
            j -= 1
        return j + 1
    j = i - 1
    while j >= s0 and not st.in_content[j]:
        j -= 1
    return j + 1


def source_for(a: Quoted, st: Claimed, i: int, s0: int, s1: int) -> tuple[str | None, str | None]:
    """The ``(source, chain)`` of a statement cued at ``i``: its sentence's credit, or the outlet it was
    given to (``je za STA povedal``, ``rekao je za SETimes``), or ``(None, None)``."""
    k = a.sent_of[i]
    if k in st.sent_credit:
        return st.sent_credit[k]
    for j in range(max(s0, i - 4), min(s1, i + 5)):
        m = a.mention_at(j)
        if m is not None and m.kind == "AGENCY" and m.i0 - 1 >= 0 and a.low[m.i0 - 1] in a.W_given_to:
            return a.ents[m.ent].name if m.ent is not None else None, ""
    return None, None
