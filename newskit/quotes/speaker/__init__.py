"""Who said it: the speaker of a reporting verb's frame, tried strategy by strategy.

:func:`speaker_for` tries, in order: the subject in the dependency tree (:mod:`.subject`,
``tree_subject``), the earlier verb's speaker for a chained verb, a common noun after a postposed
verb (:mod:`.groups`), a relative pronoun's antecedent, the surface subject, a group named as
written, the document a cue cites, and the referent in focus (:mod:`.resolve`). Each strategy is a
function of the article (:class:`~newskit.quotes.quoted.Quoted`), the frame and the read-only
:class:`~newskit.quotes._types.Claimed`; the tree and tagged strategies and their surface twins
are chosen once per article by :func:`choose_subjects`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from .._types import TAGS, Claimed, Frame, Mention, Rule, Speaker, choose, choose_twin
from .._words import CLAUSE_PUNCT
from ..claims import region_start
from ..quoted import Quoted
from .groups import (
    DOCUMENT_SUBJECT,
    GROUP_AT_AUX,
    GROUP_SUBJECT,
    GROUP_SUBJECT_SURFACE,
    MAIN_CLAUSE_GROUP,
    MAIN_CLAUSE_GROUP_SURFACE,
    NOUN_SUBJECT,
    NOUN_SUBJECT_SURFACE,
    PLURAL_PRESENT,
    QUANTITY_GROUP,
    document_near,
    document_speaker,
    group_at_aux,
    group_before,
    group_before_surface,
    group_of_main_clause,
    group_of_main_clause_surface,
    many_group,
    noun_subject,
    noun_subject_surface,
    others_group,
    plural_present,
    quantity_group,
)
from .resolve import coordinated_people, from_focus, pair_speaker, speaker_of
from .subject import (
    RELATIVE_SUBJECT,
    SURFACE_SUBJECT,
    TREE_SUBJECT,
    coordinated,
    document_relative,
    find_subject,
    relative_antecedent,
    relative_document_author,
    tree_subject,
    unnamed_subject,
)

__all__ = ["SUBJECT_RULES", "Subjects", "choose_subjects", "speaker_for", "speaker_of", "from_focus"]

#: A second verb joined by i / in, or a converb: the speaker of the sentence's earlier cue.
CHAINED_SUBJECT = Rule("chained_subject", None, frozenset(), "X je priopćilo da ... i preporučilo / ističući kako")
SUBJECT_RULES = (TREE_SUBJECT, SURFACE_SUBJECT, GROUP_SUBJECT, GROUP_SUBJECT_SURFACE, MAIN_CLAUSE_GROUP,
                 MAIN_CLAUSE_GROUP_SURFACE, NOUN_SUBJECT,
                 NOUN_SUBJECT_SURFACE, PLURAL_PRESENT, CHAINED_SUBJECT, RELATIVE_SUBJECT, DOCUMENT_SUBJECT,
                 GROUP_AT_AUX, QUANTITY_GROUP)


@dataclass(frozen=True, slots=True)
class Subjects:
    """The speaker strategies one article's annotation allows, chosen at the door (None: not run)."""

    tree: Callable[[Quoted, int], Mention | None] | None
    group_before: Callable[[Quoted, int, int], Speaker | None]
    main_clause_group: Callable[[Quoted, Claimed, int, int], Speaker | None] | None
    noun_subject: Callable[[Quoted, int, int, str], Speaker | None]
    plural_present: Callable[[Quoted, int], bool] | None
    document_near: Callable[[Quoted, int, int, int], int] | None


def choose_subjects(filled: frozenset[str]) -> Subjects:
    """The strategies whose ``requires`` the TOKENS columns ``filled`` meet: a tree or tagged rule where
    the annotation has trees or tags, else its surface twin."""
    nouns = choose_twin(filled, (NOUN_SUBJECT, noun_subject), (NOUN_SUBJECT_SURFACE, noun_subject_surface))
    groups = choose_twin(filled, (GROUP_SUBJECT, group_before), (GROUP_SUBJECT_SURFACE, group_before_surface))
    return Subjects(
        tree=choose(filled, (TREE_SUBJECT, tree_subject)),
        group_before=groups,
        main_clause_group=choose_twin(filled, (MAIN_CLAUSE_GROUP, group_of_main_clause),
                                      (MAIN_CLAUSE_GROUP_SURFACE, group_of_main_clause_surface)),
        noun_subject=nouns,
        # with tags, the verb's features give its number; the surface guess is for untagged verbs only
        plural_present=None if TAGS <= filled else plural_present,
        document_near=choose(filled, (DOCUMENT_SUBJECT, document_near)),
    )


def cites_document(sub: Subjects, a: Quoted, i: int, cs: int, s1: int) -> int:
    """The token of the document the cue at ``i`` cites (``navodi se u priopćenju``), or -1."""
    return sub.document_near(a, i, cs, s1) if sub.document_near is not None else -1


def source_organisation(a: Quoted, i: int, s0: int, s1: int) -> Mention | None:
    """The organisation after a locative preposition (``iz``, ``u``) in the cue's clause, before the cue
    or within five words after it; also a name the recogniser typed a place (``Iz Puteva Srbije
    saopšteno je``: a public company named after the country; ``iz Beograda``: its government)."""
    before = []
    for j in range(i - 1, s0 - 1, -1):
        if a.low[j] in CLAUSE_PUNCT:
            break  # (the clause before the cue ends at its comma; the words after the cue are still its own:
            # ``..., saopćeno je iz Ureda za odnose s javnošću``)
        before.append(j)
    for j in [*before, *range(i + 1, min(s1, i + 6))]:
        m = a.mention_at(j)
        if m is not None and m.i0 == j and m.kind in ("ORG", "INST", "AGENCY", "LOC") and j - 1 >= s0 \
                and a.low[j - 1] in a.W_locative:
            return m
    return None


def postposed_subject_end(a: Quoted, c: int, s1: int) -> int:
    """Where the subject after a postposed cue can end: the sentence's end, or before a second verb
    joined to the cue (``je dejal in dodal, da ...``) or a complement clause, whose words are not
    the cue's subject."""
    for x in range(c, s1 - 1):
        nxt = x + 1
        if a.low[x] in a.W_coordinator and (a.verb_cue(nxt) is not None or a.is_verb(nxt) or a.low[nxt] in a.W_aux):
            return x
        if a.low[x] == "," and a.low[nxt] in a.W_complementizer:
            return x
    return s1


def fronted_converb_speaker(a: Quoted, st: Claimed, sub: Subjects, i: int, s0: int, s1: int) -> Speaker | None:
    """A converb opening its sentence shares the subject of the main clause after its comma
    (``Pozivajući Vladu da reagira, sindikalisti su upozorili ...``), which agrees with that clause's verb."""
    if any(not a.punct[x] for x in range(a.dateline_end(s0), i)):
        return None
    comma = next((x for x in range(i + 1, s1) if a.low[x] == ","), -1)
    verb = next((x for x in range(comma + 1, min(s1, comma + 8)) if a.is_verb(x) and a.low[x] not in a.W_aux), -1) \
        if comma >= 0 else -1
    if verb < 0:
        return None
    g, n = a.agreement(verb)
    m = find_subject(a, st, verb, comma + 1, verb, g, n, forward=False)
    if m is not None:
        return speaker_of(a, st, m, verb)
    return sub.group_before(a, verb, comma + 1) if n == "p" or sub.plural_present is not None \
        and sub.plural_present(a, verb) else None


def converb_number(a: Quoted, i: int, s0: int) -> str:
    """The number of the finite verb a converb cue at ``i`` goes with (``objavili su priopćenje
    ističući kako``: plural), the nearest verb before it in its clause; else ``""``."""
    if not a.converb_cue(i):
        return ""
    for x in range(i - 1, s0 - 1, -1):
        if a.low[x] in CLAUSE_PUNCT and a.low[x] != ",":
            break
        if a.is_verb(x) and a.low[x] not in a.W_aux:
            return a.agreement(x)[1]
    return ""


def speaker_for(a: Quoted, st: Claimed, sub: Subjects, i: int, f: Frame) -> tuple[Speaker, Speaker | None]:
    """The speaker of the cue at ``i`` with frame ``f``, and the group it is when a group named as
    written speaks (``kritičari kažu``: the assembler remembers it for a later ``oni``), else None."""
    g, n = a.agreement(i)
    m = sub.tree(a, i) if sub.tree is not None else None
    n_verb = n or converb_number(a, i, a.bounds[a.sent_of[i]][0])
    if m is not None and n_verb in ("p", "d") and m.kind == "PER" and (pair := coordinated_people(a, m)) is not None:
        both = pair_speaker(a, pair)
        return both, both
    if m is not None:
        sp = speaker_of(a, st, m, i)
        if sp is not None:
            return sp, None
    lo, b, c, d = f.subj
    s0, s1 = a.bounds[a.sent_of[i]]
    if a.passive_neuter(i):
        # ``Iz Ministarstva financija priopćeno je da``: the organisation it comes from, else nobody known
        m = source_organisation(a, i, s0, s1)
        sp = speaker_of(a, st, m, i) if m is not None else None
        if sp is not None and m is not None and m.kind == "LOC" and m.ent is not None \
                and a.ents[m.ent].name == a.span_text(m.i0, m.i1):
            # a place's name is kept as written, here in the genitive after ``iz``: its first word's lemma
            # (``Iz Puteva Srbije`` -> Put Srbije, ``iz Beograda`` -> Beograd)
            lemma = a.lemma_raw[m.i0] or ""
            if lemma[:1].isupper() and lemma != a.form[m.i0]:
                sp.name = lemma + a.text[a.end[m.i0]:a.end[m.i1 - 1]]
        return sp or Speaker(None, "", "unknown", None, "unknown"), None
    if coordinated(a, i, s0) or a.converb_cue(i):
        # ``X je priopćilo da ... i preporučilo da``, ``..., ističući kako``: the earlier verb's speaker
        prev = next((q for q in reversed(st.quotes) if s0 <= q.cue_tok < i and q.speaker.name), None)
        if prev is not None:
            return Speaker(prev.speaker.name, "", prev.speaker.type, prev.speaker.ent, "focus"), None
        sp = fronted_converb_speaker(a, st, sub, i, s0, s1) if a.converb_cue(i) else None
        if sp is not None:
            return sp, None
    if f.type == "postposed" and not f.medial:
        d = postposed_subject_end(a, c, s1)  # ``..., je dejal eden od članov Sveta ECB, guverner ... Yves Mersch.``
    else:
        e = c
        while e < d and not (a.low[e] in CLAUSE_PUNCT or a.mark[e]):
            e += 1
            if e < d and a.low[e] == "(":  # ``izjavio je u utorak (19. svibnja) X``: over the brackets
                close = next((x for x in range(e, d) if a.low[x] == ")"), -1)
                if close > 0:
                    e = close + 1
        d = e
    if f.type == "postposed":
        sp = sub.noun_subject(a, i, min(d, i + 4), n)
        if sp is not None and not any(a.tok_mention[x] >= 0 for x in range(i + 1, i + 3) if x < d):
            return sp, None  # ``pravijo raziskovalci iz Heidelberga``: the nouns right after the verb
    rel = relative_antecedent(a, i, f.clause_start, s0) if f.type not in ("postposed", "as_said") else None
    if rel is not None:  # ``Dinua Patričua, biznismena koji je rekao da``: the relative's antecedent
        sp = speaker_of(a, st, rel, i)
        if sp is not None:
            return sp, None
    if f.type not in ("postposed", "as_said"):
        sp = quantity_group(a, st, i, f.clause_start)
        if sp is not None:  # ``Večina ameriških ekonomistov pričakuje``: the group, over a name in its complement
            return sp, sp
        sp = many_group(a, st, i, f.clause_start) if n == "p" or sub.plural_present is not None \
            and sub.plural_present(a, i) else None
        if sp is not None:  # ``..., pa su mnogi tvrdili da``: the group, over a name before it
            return sp, sp
    if f.type == "postposed" or f.type == "as_said":
        m = find_subject(a, st, i, c, d, g, n, forward=True) or find_subject(a, st, i, lo, b, g, n, forward=False)
    else:
        m = find_subject(a, st, i, c, d, g, n, forward=True) \
            or find_subject(a, st, i, region_start(a, st, i, s0), b, g, n, forward=False)
    if m is not None and n_verb in ("p", "d") and m.kind == "PER" and (pair := coordinated_people(a, m)) is not None:
        # ``Kako su izjavili Ivan Horvat i Marija Kovač``, ``Marko Kos in Ana Zupan sta povedala``: both
        # (``X i Y objavili su priopćenje ističući kako``: a converb, by its clause's verb)
        both = pair_speaker(a, pair)
        return both, both
    if m is not None:
        sp = speaker_of(a, st, m, i)
        if sp is not None:
            # ``Predstavnici udruženja tvrde ... Kako su naveli, ...``: a plural role as written is a group
            return sp, sp if m.kind == "ROLE" and m.number == "p" and sp.ent is None else None
    # a relative clause: X, ki je dejal, da ...
    cs = f.clause_start
    if cs < i and a.low[cs] in a.W_relative and cs - 2 >= s0:
        k = a.tok_mention[cs - 2]
        if k >= 0:
            sp = speaker_of(a, st, a.mentions[k], i)
            if sp is not None:
                return sp, None
    if f.type in ("postposed", "as_said"):
        sp = sub.noun_subject(a, i, d, n)
        if sp is not None:
            return sp, None
    elif n == "p" or (sub.plural_present is not None and sub.plural_present(a, i)):
        sp = others_group(a, st, i, f.clause_start) or sub.group_before(a, i, f.clause_start) or (
            sub.main_clause_group(a, st, i, s0) if sub.main_clause_group is not None else None) \
            or group_at_aux(a, i, f.clause_start)
        if sp is not None:
            return sp, sp
    if f.type not in ("postposed", "as_said"):
        j = unnamed_subject(a, i, f.clause_start, s0)
        if j >= 0:
            return Speaker(a.form[j], a.form[j], "person", None, "explicit"), None
    doc = cites_document(sub, a, i, f.clause_start, s1) if not g else -1  # ``V izjavi je zatrdil``: his
    if doc >= 0 and document_relative(a, doc):
        # ``Institut je izdao priopćenje u kojem se navodi``: who issued it, the subject before it; when
        # that cannot be read, nobody known (not the organisation last in focus)
        author = relative_document_author(a, st, doc)
        sp = speaker_of(a, st, author, i) if author is not None else None
        return sp or Speaker(None, "", "unknown", None, "unknown"), None
    if doc >= 0:
        sp = document_speaker(a, st, doc, i)
        if sp is not None:
            return sp, None
    sp = from_focus(a, st, i, g, n)
    if sp is not None:
        return sp, None
    return Speaker(None, "", "unknown", None, "unknown"), None
