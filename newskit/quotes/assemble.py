"""One article's pass, and the only place that changes its state.

:func:`attribute` goes sentence by sentence: the reporting verbs' cues, their frames
(:mod:`.rules.frames`), the statements and credits the rules return as candidates
(:mod:`.rules.verbal`, :mod:`.rules.nominal`, :mod:`.rules.headline`), then the referents in focus;
then the quotations no cue claimed (:mod:`.rules.standalone`) and the picture credits. Rules never
change anything: each gets the read-only :class:`~newskit.quotes._types.Claimed` of what the pass
has claimed so far and returns a candidate (:class:`~newskit.quotes._types.Claim`,
:class:`~newskit.quotes._types.SentenceCredit`, :class:`~newskit.quotes._types.VerbalOutcome`),
which :class:`Pass` records at once, in the order the rules run: the quotations it takes, the
tokens it claims as reported content, the speaker it brings into focus, the credits it gives.
The tree and tagged rules an article's annotation allows are chosen once, at the door
(:func:`~newskit.quotes.rules.frames.choose_twins`).
"""

from __future__ import annotations

from dataclasses import dataclass

from . import entities, names, quoted, roles
from ._types import (
    Claim,
    Claimed,
    Credit,
    HeadlineOutcome,
    Mention,
    Quote,
    Rule,
    SentenceCredit,
    Speaker,
    VerbalOutcome,
)
from .quoted import Quoted
from .rules import frames, headline, nominal, standalone
from .rules.frames import Twins, choose_twins, frame_of
from .rules.headline import headline as headline_claim
from .rules.nominal import according_bare, according_clauses, according_start, nominal_cue
from .rules.standalone import attributed
from .rules.standalone import standalone as standalone_claim
from .rules.verbal import verbal_claim
from .sources import photo_credits
from .speaker import SUBJECT_RULES
from .speaker.resolve import coordinated_person
from .speaker.subject import coordinated


def all_rules() -> tuple[Rule, ...]:
    """Every rule of the quote pass, with its name, confidence and required TOKENS columns: the
    mention builders' twins, then the rules'."""
    return (*entities.RULES, *names.RULES, *roles.RULES, *quoted.RULES,
            *frames.RULES, *nominal.RULES, *headline.RULES, *standalone.RULES, *SUBJECT_RULES)


@dataclass(frozen=True)
class Attribution:
    """What the pass found in one article: its statements, in the order found, and its credits."""

    article: Quoted
    quotes: tuple[Quote, ...]
    credits: tuple[Credit, ...]


class Pass:
    """The state of the pass over one article, owned here and changed only by :meth:`record` and
    :meth:`update_focus`; the rules read it through :attr:`seen`."""

    def __init__(self, a: Quoted) -> None:
        self.a = a
        self.credits: list[Credit] = []
        self.quotes: list[Quote] = []
        self.focus: list[tuple[int, int, str]] = []  # (token, ent, "speaker"|"subject")
        self.groups: list[tuple[int, Speaker]] = []  # (token, speaker): groups named as written
        self.in_content = [False] * a.n
        self.used_quotes: set[int] = set()
        self.sent_credit: dict[int, tuple[str, str]] = {}
        self.post_end: dict[int, int] = {}  # per sentence: where the last postposed statement ended
        #: The read-only view of this state that every rule is given.
        self.seen = Claimed(self.in_content, self.used_quotes, self.quotes, self.focus, self.groups,
                            self.sent_credit, self.post_end)

    def record(self, found: Claim | SentenceCredit | None) -> None:
        """Record a rule's candidate: a statement with what it claims, or a credit of a report."""
        if isinstance(found, Claim):
            self.used_quotes.update(found.quote_ids)
            for x in found.tokens:
                self.in_content[x] = True
            q = found.quote
            self.quotes.append(q)
            if found.focus and q.speaker.ent is not None:
                self.focus.append((q.cue_tok, q.speaker.ent, "speaker"))
            if found.credit is not None:
                self.credits.append(found.credit)
        elif isinstance(found, SentenceCredit):
            k, sent_of = found.sentence, self.a.sent_of
            if found.keep_first:
                self.sent_credit.setdefault(k, found.source)
            else:
                self.sent_credit[k] = found.source
            for q in self.quotes:  # the statements of the sentence found before the credit get it now
                if sent_of[q.cue_tok] == k and not q.source and (not found.keep_first or q.cue_span is not None):
                    q.source, q.chain = found.source
            self.credits.append(found.credit)

    def record_verbal(self, i: int, out: VerbalOutcome) -> None:
        """Record what the verbal rule made of the cue at ``i``."""
        if out.group is not None:
            self.groups.append((i, out.group))
        if out.post_end is not None:
            self.post_end[self.a.sent_of[i]] = out.post_end
        self.record(out.found)

    def record_headline(self, out: HeadlineOutcome) -> None:
        """Record what the headline rule found: the person it named, added to the article's entities
        (the one change to them after they are built), who then speaks its statement."""
        if out.name is not None:
            e = self.a.person([out.name.word], out.name.form, out.name.token, True)
            if out.found is not None:
                out.found.quote.speaker = Speaker(e.name, out.name.form, e.type, e.key)
        if out.found is not None:
            self.record(out.found)

    def update_focus(self, s0: int, s1: int) -> None:
        """Names in the nominative outside reported content become the referents in focus."""
        a = self.a
        preps = a.W_preposition
        seen = set()
        for i in range(s0, s1):
            k = a.tok_mention[i]
            if k < 0 or k in seen:
                continue
            seen.add(k)
            m = a.mentions[k]
            if self.in_content[m.i0] or a.in_quote[m.i0] >= 0 or not m.nominative:
                continue
            if m.i0 > 0 and a.low[m.i0 - 1] in preps:
                continue
            # ``Predsjednik Fatmir Sejdiu i premijer Hashim Thaci objavili su``: two people as one subject
            prev = coordinated_person(a, m, s0)
            if prev is not None:
                x, y = a.ents[prev.ent].name, a.ents[m.ent].name  # type: ignore[index]
                self.groups.append((m.i0, Speaker(f"{x} {a.form[m.i0 - 1]} {y}" if a.low[m.i0 - 1] in a.W_and
                                                  else f"{x} i {y}", "", "person", None, "focus")))
            # a role noun (``nov predsednik``) may be indefinite: it enters focus only as a speaker
            if m.ent is not None and m.kind in ("PER", "ORG"):
                self.focus.append((m.i0, m.ent, "subject"))
            group = group_subject(a, m, s0, s1)
            if group is not None:
                self.groups.append((m.i0, group))


def group_subject(a: Quoted, m: Mention, s0: int, s1: int) -> Speaker | None:
    """A plural role or institution noun in the nominative opening its sentence right before a plural
    auxiliary (``Sindikati so napovedali stavko.``): the group, as written, that a plural dropped
    subject after it stands for (``Kot so zapisali v sporočilu, ...``), though it made no statement."""
    if m.kind not in ("ROLE", "INST") or m.number != "p" or m.adjs and not m.nominative:
        return None
    start = a.dateline_end(s0)
    while start < m.i0 and (a.punct[start] or a.mark[start]):
        start += 1
    if start != m.i0 or m.i1 >= s1 or a.low[m.i1] not in a.W_aux_plural:
        return None
    j = m.i1 + 1
    while j < s1 and (a.low[j] in a.W_reflexive or a.low[j] in a.W_verb_adverb):
        j += 1
    # an active l-participle, the group doing something (``so napovedali``); ``Lastniki bodo obveščeni``
    # (a passive) is done to, no one to speak on
    if j >= s1 or not frames.past_participle(a, j) or a.low[j][-2:] not in ("li", "le", "la"):
        return None
    text = a.span_text(m.i0, m.i1)
    return Speaker(text[:1].lower() + text[1:] if not text[1:2].isupper() else text, text, "person", None, "focus")


def sentence(a: Quoted, p: Pass, tw: Twins, k: int) -> None:
    """Sentence ``k``: cues, frames, statements and credits, then the referents in focus."""
    s0, s1 = a.bounds[k]
    st = p.seen
    cues: list[tuple[int, str, str, str]] = []
    if a.lex is not None:
        for i in range(s0, s1):
            if a.in_quote[i] >= 0:
                continue
            v = a.verb_cue(i)
            if v is not None:
                cues.append((i, v[0], v[1], v[2]))
    # 1. locate each cue's frame and content
    found = []
    cuts: list[int] = []
    for i, lemma, stance, frame in cues:
        f = frame_of(a, st, tw, i, frame, s0, s1)
        if f is not None:
            found.append((i, lemma, stance, frame, f))
        elif found and coordinated(a, i, s0):
            cuts.append(i - 1)  # ``priopćilo je kako ... i preporučilo premještaj``: the first content ends
    # ``Prema riječima X, ... tvrtka koja može zajamčiti da``: a cue after a fronted ``according``
    # phrase (or subordinate to one) is part of X's statement
    acc = according_start(a, s0, s1)
    found = [x for x in found if not (0 <= acc < x[0] and (acc == s0 or not x[4].independent))]
    # clause starts of independent cues bound the content of earlier ones
    # and so do ``according`` phrases opening clauses of their own (``..., po besedah X pa bo ...``)
    bounds = sorted([f[4].clause_start for f in found if f[4].independent] + cuts + according_clauses(a, s0, s1))
    for i, lemma, stance, frame, f in found:
        if p.in_content[i] and not f.independent:
            continue
        p.record_verbal(i, verbal_claim(a, st, tw, i, lemma, stance, frame, f, s0, s1, bounds))
    if a.lex is not None:
        # the nominal cues (``izjava``, ``po besedah``) and bare ``according`` words of the sentence
        for i in [i for i in range(s0, s1) if a.noun_cue(i) is not None]:
            if (c := nominal_cue(a, st, i, s0, s1, bounds)) is not None:
                p.record(c)
        according = a.W_according
        for x in [x for x in range(s0, s1 - 2) if a.low[x] in according]:
            if (c2 := according_bare(a, st, x, s0, s1, bounds)) is not None:
                p.record(c2)
    p.record_headline(headline_claim(a, st, k, s0, s1))
    p.update_focus(s0, s1)


def attribute(a: Quoted) -> Attribution:
    """The statements and credits of one article (built by :func:`~newskit.quotes.quoted.read_article`)."""
    p = Pass(a)
    if a.n:
        tw = choose_twins(a.filled)  # the door: which tree and tagged rules this annotation allows
        for k in range(len(a.bounds)):
            sentence(a, p, tw, k)
        echoes = attributed(p.seen)
        for qi in range(len(a.qspans)):
            if (c := standalone_claim(a, p.seen, qi, echoes)) is not None:
                p.record(c)
    return Attribution(a, tuple(p.quotes), tuple(p.credits) + tuple(photo_credits(a)))
