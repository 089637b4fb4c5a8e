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
