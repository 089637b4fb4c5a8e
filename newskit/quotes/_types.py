"""The records the quote pass builds: entities, mentions, speakers, quotes, credits; what a rule
declares (:class:`Rule`), the candidates rules return (:class:`Claim`, :class:`SentenceCredit`)
and the read-only view of what the pass has claimed that they read (:class:`Claimed`)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping, Sequence, Set
from dataclasses import dataclass, field
from typing import TypeVar


@dataclass
class Entity:
    key: int
    type: str  # person, organisation, agency
    words: list[str]  # folded nominative words of its fullest name
    name: str
    gender: str = ""
    gender_guessed: bool = False  # read from a first name's ending only, so a verb may overrule it
    forms: Counter = field(default_factory=Counter)
    positions: list[int] = field(default_factory=list)

@dataclass
class Mention:
    i0: int
    i1: int
    kind: str  # PER, ORG, AGENCY, ROLE, INST, PRON
    ent: int | None
    nominative: bool
    text: str
    gender: str = ""  # of a role noun or pronoun
    number: str = ""
    role: str = ""  # lemma of a role or institution noun
    adjs: tuple[str, ...] = ()

@dataclass
class Speaker:
    name: str | None
    mention: str
    type: str
    ent: int | None = None
    how: str = "explicit"  # explicit, focus, unknown

@dataclass
class Quote:
    kind: str
    spans: list[tuple[int, int]]
    speaker: Speaker
    cue: str | None
    cue_span: tuple[int, int] | None
    stance: str | None
    rule: str
    first_tok: int
    last_tok: int
    cue_tok: int
    source: str | None = None
    chain: str | None = None
    quote_ids: tuple[int, ...] = ()
    nested: bool = False  # reported inside another statement

@dataclass
class Credit:
    source: str
    chain: str
    cue: str | None
    kind: str
    start: int
    end: int
    tok: int


@dataclass(frozen=True, slots=True)
class Frame:
    """How a reporting verb at token ``cue`` introduces its content: found by a frame rule, used once.

    ``type`` names the construction (``complement``, ``colon``, ``colon_quote``, ``object_quote``,
    ``as_said``, ``postposed``). Token ranges are half-open: the content is ``lo:hi`` (and
    ``lo2:hi2`` for a statement around a parenthetical cue), ``quote`` the quotation it takes (-1:
    none). ``subj`` holds two ranges where its subject may stand, ``(a, b)`` before the cue and
    ``(c, d)`` after it. ``clause_start`` is where the cue's clause begins; an ``independent`` clause
    bounds the content of earlier cues in its sentence.
    """

    type: str
    cue: int
    clause_start: int
    independent: bool
    subj: tuple[int, int, int, int]
    lo: int = -1
    hi: int = -1
    quote: int = -1
    lo2: int | None = None
    hi2: int | None = None
    tense_pres: bool = False  # the cue is in the present tense (``poroča AFP`` credits a report)
    medial: bool = False  # a cue in the middle of its statement (``S druge strane, kazao je, ...``)
    fragment: bool = False  # a quoted fragment as the verb's object


@dataclass(frozen=True, slots=True)
class Cue:
    """A reporting verb at token ``i`` and its clause, as the frame rules read it.

    ``frame`` is the verb's frame class in the lexicon (``speech``, ``report``, ...); ``s0:s1`` its
    sentence; ``cs`` where its clause starts (after a comma, a quotation mark or the sentence start);
    ``first_word`` the clause's first word, ``between`` the tokens from there to the verb;
    ``subordinate`` whether the clause is subordinate (a complementizer or relative opens it).
    """

    i: int
    frame: str
    s0: int
    s1: int
    cs: int
    subordinate: bool
    first_word: str
    between: tuple[int, ...]


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


F = TypeVar("F", bound=Callable)


def choose(filled: frozenset[str], *twins: tuple[Rule, F]) -> F | None:
    """The function of the first rule among ``twins`` whose ``requires`` are all ``filled`` (a tree
    rule before its tagged and surface twins), or None when none is usable: chosen once per
    article, at the door."""
    for rule, fn in twins:
        if rule.usable(filled):
            return fn
    return None


def choose_twin(filled: frozenset[str], rule: tuple[Rule, F], surface: tuple[Rule, F]) -> F:
    """:func:`choose` between a rule and its surface twin, which needs no column and so is always
    usable: the function, never None."""
    fn = choose(filled, rule, surface)
    assert fn is not None, f"the surface twin {surface[0].name} requires {sorted(surface[0].requires)}"
    return fn


@dataclass(frozen=True, slots=True)
class Claimed:
    """What the pass over one article has claimed so far, as the rules may read it (never write it).

    The assembler (:mod:`newskit.quotes.assemble`) owns the state and is the only place that changes
    it; this is a read-only view of it that it passes to every rule. ``in_content[i]``: token ``i``
    is reported content (a cue there is a nested report); ``used_quotes``: the quotations already
    taken; ``quotes``: the statements recorded, in order; ``focus``: ``(token, entity, how)`` of the
    referents in focus; ``groups``: ``(token, speaker)`` of groups named as written;
    ``sent_credit``: per sentence, the ``(source, chain)`` its statements are credited to;
    ``post_end``: per sentence, where the last postposed statement's clause ended.
    """

    in_content: Sequence[bool]
    used_quotes: Set[int]
    quotes: Sequence[Quote]
    focus: Sequence[tuple[int, int, str]]
    groups: Sequence[tuple[int, Speaker]]
    sent_credit: Mapping[int, tuple[str, str]]
    post_end: Mapping[int, int]


@dataclass(frozen=True, slots=True)
class Claim:
    """A statement a rule found, for the assembler to record: the quote, the tokens it claims as
    reported content, the quotations it takes, whether its speaker comes into focus, and the
    credit of an agency that spoke (``Kot poroča STA``)."""

    quote: Quote
    tokens: tuple[int, ...]
    quote_ids: tuple[int, ...]
    focus: bool
    credit: Credit | None = None


@dataclass(frozen=True, slots=True)
class SentenceCredit:
    """A report credited to an agency or outlet (``..., poroča AFP``): the credit, the sentence whose
    statements it sources and the ``(source, chain)`` they get. With ``keep_first``, an earlier
    credit of the sentence stays and only statements with a cue are sourced (``po poročanju X``)."""

    credit: Credit
    sentence: int
    source: tuple[str, str]
    keep_first: bool = False


@dataclass(frozen=True, slots=True)
class NewName:
    """A person's name the article's entities do not hold yet (a headline's ``Frattini:``), for the
    assembler to add: the folded ``word``, the ``form`` as written, its ``token``."""

    word: str
    form: str
    token: int


@dataclass(frozen=True, slots=True)
class HeadlineOutcome:
    """What the headline rule makes of a sentence: a statement (or None) and the name it found for
    the entities, whose person is then the statement's speaker."""

    found: Claim | None
    name: NewName | None = None


@dataclass(frozen=True, slots=True)
class VerbalOutcome:
    """What the verbal rule makes of one frame: a statement or a credit (or neither), the group it
    found speaking (``kritičari kažu``), and where a postposed statement's clause ended."""

    found: Claim | SentenceCredit | None
    group: Speaker | None = None
    post_end: int | None = None
