"""Quotations no cue claimed: the speaker in focus, an echo, or a scare quote (dropped).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from .._types import Claim, Claimed, Quote, Speaker
from .._words import SENT_END, WORD_RE
from ..quoted import Quoted
from .base import Rule

STANDALONE = Rule("standalone", 0.6, frozenset(), "a quotation no cue claimed: the speaker in focus, or an echo")
RULES = (STANDALONE,)


def attributed(st: Claimed) -> list[Quote]:
    """The statements with a named speaker, which a standalone quotation may echo."""
    return [q for q in st.quotes if q.speaker.name]


def standalone(a: Quoted, st: Claimed, qi: int, echoes: Sequence[Quote]) -> Claim | None:
    """:data:`STANDALONE`: quotation ``qi``, if no cue claimed it, as a statement of the speaker in
    focus or of the statement it repeats (one of ``echoes``); None for a scare quote or a name in
    quotation marks, and for a headline that repeats a statement the article reports."""
    if qi in st.used_quotes:
        return None
    q = a.qspans[qi]
    first, last = a.q_first[qi], a.q_last[qi]
    if first < 0 or st.in_content[first]:
        return None
    words_ = [x for x in range(first, last + 1) if not a.punct[x]]
    k0 = a.sent_of[first]
    s0, _s1 = a.bounds[k0]
    lead = [x for x in range(s0, first) if not a.punct[x]]
    whole = not lead
    has_verb = any(a.is_verb_or_cue(x) for x in words_)
    if not whole and not (len(words_) >= 6 and has_verb):
        return None  # a scare quote or a name in quotation marks, nobody's statement
    if whole and len(words_) < 2:
        return None
    after = next((x for x in range(last + 1, _s1) if not a.mark[x]), -1)
    if whole and not has_verb and after >= 0 and a.low[after] in (",", "-", "–") \
            and a.low[last] not in SENT_END and any(not a.punct[x] for x in range(after, _s1)):
        # ``"Delta 4 Heavy", trenutno najveća raketa, ima ...``: a name in quotation marks opening a
        # sentence that goes on with its own words is its subject, nobody's statement
        return None
    text = " ".join(a.text[s:e] for s, e in q.pieces)
    part = a.part[first]
    # a quotation that repeats an attributed statement (a headline, an intertitle) is theirs
    echo = _echo(a, text, echoes)
    if echo is not None and part in ("title", "lead"):
        return None  # the headline repeats a statement the article reports; count it once
    speaker: Speaker
    if echo is not None:
        speaker = Speaker(echo.speaker.name, "", echo.speaker.type, echo.speaker.ent, "echo")
    else:
        speaker = following_speaker(a, st, qi) or (introduced_speaker(a, st, first) if whole else None) \
            or recent_speaker(a, st, first) or Speaker(None, "", "unknown", None, "unknown")
    kind = "direct" if whole else "mixed"
    quote = Quote(kind, list(q.pieces), speaker, None, None, None, STANDALONE.name, first, last, first, None, None, (qi,))
    return Claim(quote, tuple(range(first, last + 1)), (qi,), False)


def _echo(a: Quoted, text: str, echoes: Sequence[Quote]) -> Quote | None:
    c = Counter(w.lower() for w in WORD_RE.findall(text))
    if not c:
        return None
    best = None
    for q in echoes:
        b = Counter(w.lower() for s, e in q.spans for w in WORD_RE.findall(a.text[s:e]))
        common = sum((c & b).values())
        if not common:
            continue
        f1 = 2 * common / (sum(c.values()) + sum(b.values()))
        recall = common / sum(c.values())
        if (f1 >= 0.5 or recall >= 0.6) and (best is None or f1 > best[0]):
            best = (f1, q)
    return best[1] if best else None


def following_speaker(a: Quoted, st: Claimed, qi: int) -> Speaker | None:
    """``"A." "B", rekao je X.``: a quotation that runs straight into the next one (nothing but marks
    and punctuation between, also over a paragraph break), which a cue credits, is the same speaker's."""
    if qi + 1 >= len(a.qspans):
        return None
    last, nxt = a.q_last[qi], a.q_first[qi + 1]
    if last < 0 or nxt <= last or any(not (a.punct[x] or a.mark[x]) for x in range(last + 1, nxt)):
        return None
    for q in st.quotes:
        if qi + 1 in q.quote_ids and q.speaker.name and q.rule != STANDALONE.name and not q.nested:
            sp = q.speaker
            return Speaker(sp.name, "", sp.type, sp.ent, "focus")
    return None


def introduced_speaker(a: Quoted, st: Claimed, tok: int) -> Speaker | None:
    """``Esat Beriša je jedan takav primer. "Moj otac je ..."``: the one person named in the nominative
    in the sentence right before a quotation that opens its own sentence, when that sentence reports
    nobody's words, is the person the quotation is given to."""
    k = a.sent_of[tok]
    if k == 0:
        return None
    p0, p1 = a.bounds[k - 1]
    if any(p0 <= q.cue_tok < p1 for q in st.quotes) or a.in_quote[p0] >= 0:
        return None
    people = {ent for t, ent, _how in st.focus if p0 <= t < p1 and a.ents[ent].type == "person"}
    if len(people) != 1:
        return None
    # the person must be the sentence's first nominative (its subject), not a name in a clause after
    # it (``Novinarji so razočarani, ker Boško Šrot ni odgovoril``)
    first = next((m for m in a.mentions if p0 <= m.i0 < p1 and a.in_quote[m.i0] < 0
                  and not (m.i0 > p0 and a.low[m.i0 - 1] in a.W_preposition)), None)
    ent = people.pop()
    if first is not None and first.ent != ent and not first.nominative:
        # ``V odgovoru na kritike opozicije je minister X objavil pismo.``: after a long fronted phrase,
        # the subject is the nominative name after its auxiliary or its comma, in the main clause
        subject = next((m for m in a.mentions if first.i0 < m.i0 < p1 and m.ent == ent and m.nominative
                        and a.in_quote[m.i0] < 0 and (a.low[m.i0 - 1] in a.W_aux or a.low[m.i0 - 1] == ",")), None)
        if subject is not None and not any(a.low[x] in a.W_subordinator or a.low[x] in a.W_complementizer
                                           or a.low[x] in a.W_complementizer_kept for x in range(p0, subject.i0)):
            first = subject
    if first is None or first.ent != ent or not first.nominative:
        return None
    e = a.ents[ent]
    return Speaker(e.name, "", e.type, e.key, "focus")


def recent_speaker(a: Quoted, st: Claimed, tok: int) -> Speaker | None:
    """The speaker of the last attributed statement shortly before ``tok``."""
    k = a.sent_of[tok]
    best = None
    for q in st.quotes:
        if q.speaker.name is None or q.cue_tok >= tok or q.nested:
            continue
        if k - a.sent_of[q.last_tok] > 4:
            continue
        if best is None or q.cue_tok > best.cue_tok:
            best = q
    if best is None:
        return None
    sp = best.speaker
    return Speaker(sp.name, "", sp.type, sp.ent, "focus")
