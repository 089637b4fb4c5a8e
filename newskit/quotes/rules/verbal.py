"""Verbal cues: a frame's content and speaker become a statement, or a credit of a report.

:func:`verbal_claim` is one rule: given a frame (:mod:`.frames`) and the read-only
:class:`~newskit.quotes._types.Claimed`, it returns what the assembler is to record
(:class:`~newskit.quotes._types.VerbalOutcome`); it changes nothing itself.
"""

from __future__ import annotations

from .._types import Claim, Claimed, Credit, Frame, Quote, SentenceCredit, Speaker, VerbalOutcome
from .._words import SENT_END, SPEECH_DASHES
from ..claims import region_start, source_for
from ..quoted import Quoted
from ..speaker import cites_document, speaker_for, speaker_of
from .frames import Twins, cue_follows, main_clause_cut
from .nominal import possessor


def report_credit(a: Quoted, i: int, speaker: Speaker, lemma: str, f: Frame) -> SentenceCredit:
    """``..., poroča AFP``: the report of the cue's sentence credited to the agency that speaks, with
    the agencies it relays (``BBC povzema rusko tiskovno agencijo TASS`` -> ``BBC <- TASS``)."""
    lo, _b, _c, d = f.subj
    chain_names = [speaker.name or ""]
    for j in range(lo, d):
        m = a.mention_at(j)
        if m is not None and m.kind == "AGENCY" and m.ent is not None:
            name = a.ents[m.ent].name
            if name not in chain_names:
                chain_names.append(name)
    chain = " <- ".join(chain_names)
    source = (speaker.name or "", chain if len(chain_names) > 1 else "")
    credit = Credit(source[0], source[1], lemma, "report", a.start[lo], a.end[d - 1], i)
    return SentenceCredit(credit, a.sent_of[i], source)


def relays_statement(a: Quoted, i: int, f: Frame) -> bool:
    """The content of the report cued at ``i`` holds a reporting verb of its own (``Kako prenosi Hina,
    ministar smatra da ...``): another's statement that the medium relays."""
    for lo, hi in ((f.lo, f.hi), (f.lo2, f.hi2)):
        for x in range(lo or 0, hi or 0):
            v = a.verb_cue(x) if x != i else None
            if v is None or v[2] not in ("speech", "clause", "adjective"):
                continue
            if any(a.low[y] in a.W_complementizer or a.low[y] == ":" or a.mark[y]
                   for y in range(x + 1, min(hi or 0, x + 7))) \
                    or v[2] == "speech" and any(a.mark[y] for y in range(lo or 0, x)):
                # (``Kako prenosi N1, opozicija traži prelaznu vladu``: a demand, no statement; ``Kot poroča
                # STA, je premier govoril z opozicijo``: a talk, no statement either)
                return True
    return False


def statement_holder(a: Quoted, st: Claimed, i: int, f: Frame) -> Speaker | None:
    """The person whose statement is the cue's object, before its complement or colon (``DPA je citirala
    Scholzovu izjavu da ...``, ``prenijela je riječi ministra Ivana Horvata da ...``), else None."""
    if f.type not in ("complement", "colon", "colon_quote"):
        return None
    _lo, _b, c, d = f.subj
    for x in range(c, d):
        if a.noun_cue(x) is None:
            continue
        if x - 1 >= c:
            owner = possessor(a, st, x - 1)
            if owner is not None:
                return owner
        m = a.mention_at(x + 1) if x + 1 < d else None
        if m is not None and m.i0 == x + 1 and m.kind == "PER":
            return speaker_of(a, st, m, i)
    return None


def verbal_claim(a: Quoted, st: Claimed, tw: Twins, i: int, lemma: str, stance: str, frame: str, f: Frame,
                 s0: int, s1: int, bounds: list[int]) -> VerbalOutcome:
    """The statement (or credit) of the reporting verb at ``i`` with frame ``f``, for the assembler."""
    t = f.type
    speaker, group = speaker_for(a, st, tw.subjects, i, f)
    relay = None
    holder = statement_holder(a, st, i, f)
    if holder is not None and holder.name != speaker.name:
        # ``citirala je DPA Solaninu izjavu da``: Solana speaks; the agency that cites him is the source
        relay, speaker = speaker, holder
    if t == "postposed" and speaker.type == "agency" and f.tense_pres:
        # ``..., poroča AFP.``: a credit, not a statement of the agency
        return VerbalOutcome(report_credit(a, i, speaker, lemma, f), group)
    if t == "postposed" and speaker.type in ("agency", "organisation") and speaker.name and (
            frame == "report" and f.tense_pres
            or (frame == "report" or speaker.type == "agency")
            and any(f.lo <= q.cue_tok < f.hi for q in st.quotes if q.cue_span is not None)) \
            and cites_document(tw.subjects, a, i, f.clause_start, s1) < 0:
        # ``X je izjavio da ..., izvijestio je Yonhap``, ``..., prenose Vijesti.ba``: the medium that
        # relays another's statement is its source; but ``"...", piše u priopćenju``: the document's
        # author speaking, a statement
        return VerbalOutcome(report_credit(a, i, speaker, lemma, f), group)
    if t == "as_said" and frame == "report" and speaker.type in ("agency", "organisation") and speaker.name \
            and relays_statement(a, i, f):
        # ``Kot poroča STA, je minister dejal, da ...``: the medium is the source of the statement it relays
        return VerbalOutcome(report_credit(a, i, speaker, lemma, f), group)
    spans: list[tuple[int, int]]
    qids: tuple[int, ...] = ()
    taken: list[int] = []
    claimed: list[int] = []
    post_end: int | None = None
    kind = "indirect"
    rule = t
    if t in ("colon_quote", "object_quote") or (t == "postposed" and f.quote >= 0):
        q = f.quote
        if q in st.used_quotes:
            return VerbalOutcome(None, group)
        qs = a.qspans[q]
        first, last = a.q_first[q], a.q_last[q]
        if first < 0:
            return VerbalOutcome(None, group)
        if t == "object_quote" and f.fragment or t == "object_quote" and a.sent_of[first] == a.sent_of[i] and a.short(q):
            # a quoted fragment as the verb's object: »...« up to the end of its clause
            hi = last + 1
            while hi < s1 and not (a.low[hi] in (",", ";", ":") or a.low[hi] in SENT_END) and hi - last < 12:
                hi += 1
            lo = first - 1 if first - 1 >= 0 and a.mark[first - 1] else first
            lo, hi = a.trim(lo, hi)
            spans = [(a.start[lo], a.end[hi - 1])]
            kind = "mixed"
            rule = "quoted_object"
            ft, lt = lo, hi - 1
        elif t == "postposed" and qs.close_at >= 0 and a.quote_starts_midsentence(q):
            lo = region_start(a, st, first, s0)
            while lo < f.hi and st.in_content[lo]:
                lo += 1  # the quotation's first sentence is an earlier cue's complement: the rest is this cue's
            lo, hi = a.trim(lo, f.hi)
            spans = [(a.start[lo], a.end[hi - 1])]
            kind = "mixed"
            rule = "postposed"
            ft, lt = lo, hi - 1
        else:
            spans = list(qs.pieces)
            kind = "direct"
            rule = "quote+cue"
            ft, lt = first, last
            if st.in_content[first]:
                # its first sentence is an earlier cue's complement (``istakla je da "... . ...", rekla je``)
                while ft < last and (st.in_content[ft] or a.punct[ft]):
                    ft += 1
                spans = [(max(x, a.start[ft]), y) for x, y in spans if y > a.start[ft]]
            # a cue inside the quotation: »Ne,« je dejal X, »to ni res.«
            if t == "postposed":
                d = f.subj[3]
                if d < s1 and a.low[d] == ",":
                    q2 = a.opens_quote(d + 1) if d + 1 < a.n else -1
                    if q2 >= 0 and q2 not in st.used_quotes:
                        spans.extend(a.qspans[q2].pieces)
                        taken.append(q2)
                        lt = a.q_last[q2]
                        claimed.extend(range(a.q_first[q2], lt + 1))
        taken.append(q)
        qids = (q,)
    else:
        lo, hi = f.lo, f.hi
        if t in ("complement", "colon", "as_said") and hi == s1:
            hi = a.cut(lo, hi, bounds, f.clause_start)
            if t == "complement" and tw.ccomp_end is not None:
                hi = tw.ccomp_end(a, i, lo, hi)
        if t == "complement":
            hi = main_clause_cut(a, i, lo, hi, s0)
        if t == "postposed":
            # the statement runs from the sentence start (or the previous postposed clause) to
            # the cue's clause; reports nested in it stay inside
            # (dash-led speech opened sentences before: ``- A. B - rekao je X``, from its dash on)
            lo = lo if lo < s0 else a.dateline_end(max(lo, st.post_end.get(a.sent_of[i], s0)))
            post_end = f.subj[3]
        ranges = [a.trim(lo, hi)]
        if f.lo2 is not None and f.hi2 is not None:
            ranges.append(a.trim(f.lo2, a.cut(f.lo2, f.hi2, bounds, f.clause_start)))
        ranges = [(x, y) for x, y in ranges if y > x and any(not a.punct[k] for k in range(x, y))]
        if not ranges:
            return VerbalOutcome(None, group, post_end)
        lo, hi = ranges[0][0], ranges[-1][1]
        spans = [(a.start[x], a.end[y - 1]) for x, y in ranges]
        ft, lt = lo, hi - 1
        marks_in = [x for x in range(lo, hi) if a.mark[x]]
        if marks_in:
            inner = {a.in_quote[x + 1] for x in marks_in if x + 1 < a.n and a.in_quote[x + 1] >= 0}
            inner |= {a.in_quote[x] for x in range(lo, hi) if a.in_quote[x] >= 0}
            qids = tuple(sorted(inner))
            taken.extend(qids)
            whole = a.qspans[qids[0]] if len(qids) == 1 else None
            if whole is not None and len(ranges) == 1 and t == "complement" and a.q_first[qids[0]] > lo \
                    and a.sent_of[a.q_last[qids[0]]] != a.sent_of[lo] \
                    and all(a.punct[x] for x in range(hi, s1)) and cue_follows(a, qids[0], s1):
                # ``istakla je da "... posao. Najveći izvor ... ", rekla je ona``: a quotation opened in the
                # complement runs on over sentences to a cue of its own; the complement keeps its sentence
                kind = "mixed"
                taken.remove(qids[0])
                qids = ()
            elif whole is not None and len(ranges) == 1 and a.q_first[qids[0]] <= lo + 1 and a.q_last[qids[0]] >= hi - 2:
                kind = "direct"
                spans = list(whole.pieces)
            else:
                kind = "mixed"
        elif t == "colon":
            kind = "direct" if a.sent_of[lo] != a.sent_of[i] else "indirect"
        elif t == "postposed" and a.low[s0] in SPEECH_DASHES and lo <= s0 + 1:
            # ``- Nećemo odustati - rekao je X``, ``– Ne bomo odnehali, je dejal X``: a sentence opened
            # by a dash is direct speech without quotation marks
            kind = "direct"
    nested = st.in_content[i]
    claimed.extend(x for x in range(ft, lt + 1) if x < a.n and not (f.lo2 is not None and f.hi <= x < f.lo2))
    source, chain = source_for(a, st, i, s0, s1)
    if speaker.type == "agency" and not source:
        source, chain = speaker.name, ""
    if relay is not None and relay.type == "agency" and relay.name and not source:
        source, chain = relay.name, ""
    quote = Quote(kind, spans, speaker, lemma, (a.start[i], a.end[i]), stance, rule, ft, lt, i, source, chain, qids,
                  nested)
    credit = None
    agency = relay if relay is not None and relay.type == "agency" else speaker
    if agency.type == "agency":
        # the credit's box holds the cue and the agency's name (``Kot poroča STA``), not the cue alone
        lo_c, hi_c = a.start[i], a.end[i]
        x0, b, c, d = f.subj
        for j in [*range(x0, b), *range(c, d)]:
            m = a.mention_at(j) if 0 <= j < a.n else None
            if m is not None and agency.ent is not None and m.ent == agency.ent:
                lo_c, hi_c = min(lo_c, a.start[m.i0]), max(hi_c, a.end[m.i1 - 1])
                break
        credit = Credit(agency.name or "", "", lemma, "report", lo_c, hi_c, i)
    return VerbalOutcome(Claim(quote, tuple(claimed), tuple(taken), not nested, credit), group, post_end)
