"""Headline quotes: ``Frattini: Hrvaška naj naredi korak naprej``.
"""

from __future__ import annotations

from ...names import name_words_match
from .._types import Claim, Claimed, HeadlineOutcome, Mention, NewName, Quote, Speaker
from .._words import fold
from ..lexicon import CREDIT_LABEL
from ..quoted import Quoted
from ..speaker import speaker_of
from .base import Rule

HEADLINE = Rule("headline", 0.8, frozenset(), "Frattini: Hrvaška naj naredi korak naprej (a name and a colon in a headline)")
RULES = (HEADLINE,)


def headline(a: Quoted, st: Claimed, k: int, s0: int, s1: int) -> HeadlineOutcome:
    """:data:`HEADLINE`: ``Frattini: Hrvaška naj naredi korak naprej``: a name, a colon, the statement
    (sentence ``k``, tokens ``s0:s1``). A first word the recogniser left out that is a name the
    article does not hold (``Frattini``) is returned for the assembler to add to the entities (it
    does so whether or not the sentence is a statement); the statement's speaker is then that person."""
    found, name = _headline(a, st, k, s0, s1)
    return HeadlineOutcome(found, name)


def _headline(a: Quoted, st: Claimed, k: int, s0: int, s1: int) -> tuple[Claim | None, NewName | None]:
    x = s0
    while x < s1 and a.mark[x]:
        x += 1
    m = a.mention_at(x) if x < s1 else None
    name = None
    if m is None and x + 1 < s1 and a.low[x + 1] == ":":
        m, name = name_before_colon(a, x)
    if m is None or m.i0 != x or m.kind not in ("PER", "ORG", "AGENCY", "ROLE") or m.i1 >= s1 + 1:
        return None, name
    if m.i1 - m.i0 <= 2 and all(a.form[t].isupper() and len(a.form[t]) > 3 for t in range(m.i0, m.i1)) \
            and a.part[x] != "title" and k > 0 and m.kind != "ORG":
        return None, name  # a dateline (``PJONGJANG:``, ``BRUXELLES:``), not a speaker
    c = m.i1
    if c >= s1 or a.low[c] != ":" or st.in_content[c]:
        return None, name
    lo, hi = c + 1, s1
    if lo >= s1:  # the statement is the next sentence
        if k + 1 >= len(a.bounds):
            return None, name
        lo, hi = a.bounds[k + 1]
        if a.part[lo] != a.part[s0]:
            return None, name
        if any(a.verb_cue(t) for t in range(lo, hi)):
            return None, name
    lo, hi = a.trim(lo, hi)
    while lo < hi and a.mark[lo]:
        lo += 1
    while hi > lo and (a.mark[hi - 1] or a.punct[hi - 1]):
        hi -= 1
    if sum(1 for t in range(lo, hi) if not a.punct[t]) < 2:
        return None, name
    speaker = speaker_of(a, st, m, x) or Speaker(None, "", "unknown", None, "unknown")
    qids = tuple(sorted({a.in_quote[t] for t in range(lo, hi) if a.in_quote[t] >= 0}))
    quote = Quote("direct", [(a.start[lo], a.end[hi - 1])], speaker, None, None, None, HEADLINE.name,
                  lo, hi - 1, x, None, None, qids)
    return Claim(quote, tuple(range(lo, hi)), qids, False), name


def name_before_colon(a: Quoted, x: int) -> tuple[Mention | None, NewName | None]:
    """A headline's first word before a colon that the recogniser left out (``Frattini:``): a name
    when it is a proper noun, or, untagged, when its lemma keeps the capital (``Komentar:`` does not);
    with the :class:`NewName` to add when the article names no such person (the mention's entity is
    then None until the assembler adds it)."""
    f = a.form[x]
    if not f[:1].isupper() or not f.isalpha() or CREDIT_LABEL.fullmatch(f) or a.low[x] in a.W_preposition:
        return None, None
    if not a.proper_noun(x):
        return None, None
    w = fold(a.nom_word(x))
    ent = next((e for e in a.ents if e.type == "person" and any(name_words_match(w, v) for v in e.words)), None)
    if ent is None:
        return Mention(x, x + 1, "PER", None, True, f), NewName(w, f, x)
    return Mention(x, x + 1, "PER", ent.key, True, f), None
