"""The records the quote pass builds: entities, mentions, speakers, quotes, credits."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field


@dataclass
class Entity:
    key: int
    type: str  # person, organisation, agency
    words: list[str]  # folded nominative words of its fullest name
    name: str
    gender: str = ""
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
