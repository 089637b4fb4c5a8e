"""Nominal cues: ``po besedah X``, ``opozorilo ministrstva, da ...``.

Each rule is a function of the article, the read-only :class:`~newskit.quotes._types.Claimed` and
one token, returning a candidate for the assembler (:class:`~newskit.quotes._types.Claim`, or the
:class:`~newskit.quotes._types.SentenceCredit` of ``po poročanju X``), or None.
"""

from __future__ import annotations

import functools
import re

from ...language import to_latin
from .._types import Claim, Claimed, Credit, Mention, Quote, SentenceCredit, Speaker
from .._words import CLAUSE_PUNCT
from ..claims import region_start, source_for
from ..quoted import Quoted
from ..speaker import from_focus, speaker_of
from ..speaker.resolve import coordinated_people, pair_speaker
from ..speaker.subject import find_subject
from .base import Rule

ACCORDING_TO = Rule("according_to", 0.85, frozenset(), "po besedah X, ... / prema riječima X (a nominal cue and its holder)")
NOUN_CLAUSE = Rule("noun_clause", 0.8, frozenset(), "opozorilo ministrstva, da ...; z besedami, da ... (a reporting noun and its clause)")
#: ``according`` without a noun (po njegovem; sl po + a person; hr/sr clause-initial prema + a name): emits according_to.
ACCORDING_BARE = Rule("according_to/bare", None, frozenset(), "Po njegovem ..., je po Omanu mešana, Prema ministarstvu, ...")
RULES = (ACCORDING_TO, NOUN_CLAUSE, ACCORDING_BARE)


@functools.cache
def _possessive(suffixes: frozenset[str], endings: frozenset[str]) -> re.Pattern[str] | None:
    """A possessive adjective of a surname: ``Kuntarič|ev|ih``, ``Filipović|ev|im``, ``Marković|in|a``
    (the suffixes and case endings of the word classes ``surname_possessive_suffix`` and
    ``surname_possessive_ending``), the surname's stem its first group."""
    if not suffixes:
        return None

    def alternatives(words: frozenset[str]) -> str:
        return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))

    ending = f"(?:{alternatives(endings)})?" if endings else ""
    return re.compile(rf"^(\w{{3,}}?)(?:{alternatives(suffixes)}){ending}$")



def _unknown() -> Speaker:
    return Speaker(None, "", "unknown", None, "unknown")


def simple_claim(a: Quoted, st: Claimed, pieces: list[tuple[int, int]], speaker: Speaker, cue: str, i: int,
                 stance: str, rule: str, s0: int, s1: int) -> Claim:
    """The statement of a nominal cue at ``i`` over the token ranges ``pieces``: mixed where it takes a
    quotation, else indirect; its speaker comes into focus."""
    qids = {a.in_quote[x] for lo, hi in pieces for x in range(lo, hi) if a.in_quote[x] >= 0}
    tokens = tuple(x for lo, hi in pieces for x in range(lo, hi))
    spans = [(a.start[lo], a.end[hi - 1]) for lo, hi in pieces]
    kind = "mixed" if qids else "indirect"
    source, chain = source_for(a, st, i, s0, s1)
    quote = Quote(kind, spans, speaker, cue, (a.start[i], a.end[i]), stance, rule, pieces[0][0], pieces[-1][1] - 1,
                  i, source, chain, tuple(sorted(qids)))
    return Claim(quote, tokens, tuple(sorted(qids)), True)


def phrase_end(a: Quoted, j: int, s1: int, *, conjunction: bool = False) -> int:
    """The comma right after the names that follow ``j`` (``predsjednika [Saveza sindikata] [Mladena
    Novosela],``), else ``j``: only names run on, never the content (``po mnenju pravnika smiselne ...``).
    With ``conjunction``, a phrase opening a clause of its own may end at ``pa`` instead of a comma
    (``..., po besedah direktorja družbe Hess (HSE) Marka Kosa pa bo``), an abbreviation in brackets
    between its names."""
    k = j
    while k < s1:
        if a.tok_mention[k] >= 0:
            k = max(k + 1, a.mentions[a.tok_mention[k]].i1)
        elif conjunction and k > j and a.low[k] == "(" and k + 2 < s1 and a.low[k + 2] == ")" \
                and a.tok_mention[k + 3 if k + 3 < s1 else k] >= 0:
            k += 3
        else:
            break
    if conjunction and k > j and k < s1 and a.low[k] in a.W_light_conjunction:
        return k
    if k == j and k + 1 < s1 and a.low[k] in a.W_complement_preposition:
        # a title's complement (``po besedah ministrice za zdravje, ...``, ``според зборовите на
        # министерката за здравство, ...``): up to three words, none a verb, before the comma
        e = k + 1
        while e < s1 and e - k <= 3 and not (a.punct[e] or a.mark[e] or a.is_verb(e)):
            e += 1
        if e < s1 and a.low[e] == ",":
            return e
    return k if k > j and k < s1 and a.low[k] == "," else j


def nominal_cue(a: Quoted, st: Claimed, i: int, s0: int, s1: int, bounds: list[int]) -> Claim | SentenceCredit | None:
    """:data:`ACCORDING_TO` (``po besedah X, ...``) and :data:`NOUN_CLAUSE` (``opozorilo ministrstva, da``)
    at token ``i``; or, for ``po poročanju X`` in a sentence with a reporting verb, the outlet's credit."""
    lex = a.lex
    if lex is None or a.in_quote[i] >= 0 or st.in_content[i]:
        return None
    noun = a.noun_cue(i)
    if noun is None:
        return None
    according = a.W_according
    stance, frame = lex.nouns[noun]
    if according_statement(a, noun, i, s0):
        frame = "according"
    if stance == "reportive" and i - 1 >= s0 and a.low[i - 1] in according:
        # ``je po poročanju Večernjega lista povedal X``: the outlet is the source
        m = a.mention_at(i + 1) if i + 1 < s1 else None
        if m is not None and m.ent is not None and m.kind in ("AGENCY", "ORG"):
            name = a.ents[m.ent].name
            k = a.sent_of[i]
            has_verb = any(q.cue_tok is not None and a.sent_of[q.cue_tok] == k for q in st.quotes
                           if q.cue_span is not None)
            if has_verb or st.in_content[i]:
                credit = Credit(name, "", noun, "report", a.start[i - 1], a.end[m.i1 - 1], i)
                return SentenceCredit(credit, k, (name, ""), keep_first=True)
    poss = ""
    p = i - 1
    if p >= s0 and any(a.low[p].startswith(w) for w in a.W_possessive_m | a.W_possessive_f | a.W_possessive_p):
        for words_, g in ((a.W_possessive_m, "m"), (a.W_possessive_f, "f"), (a.W_possessive_p, "p")):
            if any(a.low[p].startswith(w) for w in words_):
                poss = g
        p -= 1
    owner = None
    if not poss and p >= s0 and a.low[p] not in according:
        owner = possessor(a, st, p)  # ``po Kuntaričevih besedah``, ``prema Filipovićevim riječima``
        if owner is not None:
            p -= 1
    if not poss and owner is None and p >= s0 and a.low[p] in a.W_instrumental and a.case(i) in ("", "Ins"):
        return with_words(a, st, i, noun, stance, p, s0, s1, bounds)
    if frame == "according":
        adjectives = False
        if not poss and owner is None and p >= s0 and a.low[p] not in according:
            # ``prema neposrednoj zdravstvenoj procjeni``: up to two adjectives before the noun
            q = p
            while q >= s0 and i - q <= 2 and a.is_adjective(q):
                q -= 1
            if q < p and q >= s0 and a.low[q] in according:
                p, adjectives = q, True
        if p < s0 or a.low[p] not in according:
            return None
        start = p
        end = i + 1
        m = None
        clitic = False
        if not poss and end < s1:
            # mk, bg ``по думите му``: a possessive clitic after the noun
            poss = next((g for words_, g in a.W_possessive_clitic if a.low[end] in words_), "")
            clitic = bool(poss)
            if poss:
                end += 1
        if not poss and end + 1 < s1 and a.low[end] in a.W_genitive_preposition:
            end += 1  # mk, bg ``според зборовите на X``, ``по думите на X``: the complement after ``на``
        if not poss and end < s1:
            m = a.mention_at(end)
            if m is not None and m.kind in ("PER", "ORG", "AGENCY", "ROLE", "INST"):
                end = m.i1
            else:
                m = None
        if not poss and m is None and end < s1 and a.low[end] in a.W_relative:
            m, end = relative_author(a, end, s1)
        if adjectives and m is None:
            return None  # ``naklonosti prema lijepoj riječi``: with adjectives, only a named author makes it one
        if m is not None and m.kind in ("ROLE", "ORG", "INST"):
            # ``prema riječima predsjednika Saveza sindikata Mladena Novosela, ...``: the phrase runs on to
            # its comma, and a person named in it is the one whose words they are
            k = phrase_end(a, end, s1, conjunction=start - 1 > s0 and a.low[start - 1] == ",")
            if k > end:
                per = [x for x in (a.mention_at(j) for j in range(end, k)) if x is not None and x.kind == "PER"]
                if per:
                    m = per[-1]
                end = k
        if m is not None and m.kind == "PER" and m.i1 == end and end + 1 < s1 \
                and a.low[end] in a.words("affiliation_preposition"):
            body = a.mention_at(end + 1)
            if body is not None and body.i0 == end + 1 and (body.kind in ("ORG", "INST", "AGENCY") or body.kind == "LOC"
                                                            and body.i1 < s1 and a.low[body.i1] == ","):
                # ``prema rečima Nenada Lazića iz Pokreta X, ...``: whom the person speaks for (a place only
                # up to the phrase's comma: ``iz Niša, ...``)
                end = body.i1
        pair = coordinated_people(a, m, nominative=False) if m is not None and m.kind == "PER" else None
        if pair is not None and pair[0] is m:
            end = pair[1].i1  # ``po besedah Andreja Mlakarja in Tine Horvat``: the words of both
        else:
            pair = None
        if owner is not None:
            speaker = owner
        elif poss:
            speaker = from_focus(a, st, i, poss if poss in "mf" else "", "p" if poss == "p" else "s") or _unknown()
            speaker.mention = a.form[p + 1] if p + 1 < i else a.form[i + 1] if clitic else ""
        elif pair is not None:
            speaker = pair_speaker(a, pair)
        elif m is not None:
            speaker = speaker_of(a, st, m, i) or _unknown()
        else:
            speaker = _unknown()
        pieces = []
        lo, hi = a.trim(region_start(a, st, start, s0), start)
        # (not the mark closing an earlier quotation; not the clause before the comma when the phrase
        # opens a clause of its own: ``..., po besedah direktorja X pa bo ...``)
        if hi > lo and not all(a.punct[x] for x in range(lo, hi)) and according_clause(a, start, end, s0, s1) < 0:
            pieces.append((lo, hi))
        hi2 = a.cut(end, s1, bounds, -1)
        if end < hi2 and a.low[end] in a.W_light_conjunction and according_clause(a, start, end, s0, s1) >= 0:
            end += 1  # (``pa`` joins the clause to the one before: no word of the statement)
        lo2, hi2 = a.trim(end, hi2)
        if hi2 > lo2:
            pieces.append((lo2, hi2))
        if not pieces:
            return None
        return simple_claim(a, st, pieces, speaker, noun, i, stance, ACCORDING_TO.name, s0, s1)
    if frame == "noun":
        # izjava / opozorilo ministrstva, da ...
        j = i + 1
        m = None
        found = False
        while j < s1 and j - i <= 6:
            if a.low[j] == "," and j + 1 < s1 and a.low[j + 1] in a.W_complementizer:
                found = True
                break
            if a.punct[j] or a.verb_cue(j) or a.tagged_as(j, "VERB", "AUX"):
                j = s1
                break
            if a.low[j] in a.W_aux:
                j = s1
                break
            mm = a.mention_at(j)
            if mm is not None and m is None:
                m = mm
            j += 1
        if not found or j >= s1 - 2 or st.in_content[j + 2]:
            return None  # (the clause already a verb's: ``je citirala Novakovo izjavo, da``)
        if owner is not None:
            speaker = owner
        elif m is not None:
            speaker = speaker_of(a, st, m, i) or _unknown()
        elif poss:
            speaker = from_focus(a, st, i, poss if poss in "mf" else "", "p" if poss == "p" else "s") or _unknown()
        else:
            return None
        lo, hi = a.trim(j + 2, a.cut(j + 2, s1, bounds, -1))
        if hi > lo:
            return simple_claim(a, st, [(lo, hi)], speaker, noun, i, stance, NOUN_CLAUSE.name, s0, s1)
    return None


def with_words(a: Quoted, st: Claimed, i: int, noun: str, stance: str, p: int, s0: int, s1: int,
               bounds: list[int]) -> Claim | None:
    """:data:`NOUN_CLAUSE` of a nominal cue in the instrumental after ``p`` (sl ``z``: ``je sejo sklenil z
    besedami, da ...``, ``je kritike zavrnil z opozorilom: ...``): a statement of the subject of the verb
    the phrase belongs to, with the clause or the colon's content after the noun."""
    j = i + 1
    if j + 1 < s1 and a.low[j] == "," and a.low[j + 1] in a.W_complementizer_statement:
        lo = j + 2
    elif j + 1 < s1 and a.low[j] == ":":
        lo = j + 1
    else:
        return None
    if st.in_content[lo] or a.in_quote[i] >= 0:
        return None
    cs = p
    while cs > s0 and not (a.low[cs - 1] in CLAUSE_PUNCT or a.mark[cs - 1]):
        cs -= 1
    verb = next((x for x in range(p - 1, cs - 1, -1) if a.is_verb(x) and a.low[x] not in a.W_aux), -1)
    if verb < 0 or any(a.low[x] in a.W_negation for x in range(cs, verb)):
        return None  # no verb the phrase belongs to, or a negated one
    g, n = a.agreement(verb)
    m = find_subject(a, st, verb, region_start(a, st, cs, s0), verb, g, n, forward=False) \
        or find_subject(a, st, verb, verb + 1, p, g, n, forward=True)
    speaker = speaker_of(a, st, m, verb) if m is not None else None
    if speaker is None:
        speaker = from_focus(a, st, verb, g, n) or _unknown()
    lo, hi = a.trim(lo, a.cut(lo, s1, bounds, -1))
    if hi <= lo:
        return None
    return simple_claim(a, st, [(lo, hi)], speaker, noun, i, stance, NOUN_CLAUSE.name, s0, s1)


def relative_author(a: Quoted, r: int, s1: int) -> tuple[Mention | None, int]:
    """``prema procjeni koju je prošlog mjeseca izvršila Svjetska zdravstvena organizacija (WHO), ...``:
    the relative clause at ``r`` after an according noun names its author, the one nominative name or
    body in it; the content starts after its comma. ``(None, r)`` when there is none or no comma."""
    k = r + 1
    while k < s1 and a.low[k] != "," and not a.mark[k] and k - r <= 12:
        k += 1
    if k >= s1 or a.low[k] != ",":
        return None, r
    found = [m for m in (a.mention_at(x) for x in range(r + 1, k)) if m is not None
             and m.kind in ("PER", "ORG", "AGENCY", "ROLE", "INST") and m.nominative
             and a.low[m.i0 - 1] not in a.W_preposition and a.low[m.i0 - 1] != "("]
    if len({m.i0 for m in found}) != 1:
        return None, r
    return found[0], k


def according_start(a: Quoted, s0: int, s1: int) -> int:
    """The token of ``po / prema`` opening an ``according`` phrase in the sentence, or -1."""
    if a.lex is None:
        return -1
    for p in range(s0, s1 - 1):
        if a.low[p] in a.W_according and a.in_quote[p] < 0:
            for i in (p + 1, p + 2, p + 3):
                if i < s1 and (noun := a.noun_cue(i)) is not None and (
                        a.lex.nouns[noun][1] == "according" or according_statement(a, noun, i, s0)):
                    return p
    return -1


def according_clause(a: Quoted, p: int, end: int, s0: int, s1: int) -> int:
    """The comma before an ``according`` phrase at ``p`` (ending at ``end``) that opens a clause of its
    own inside the sentence: a coordinator after the comma (``..., a po besedah X ...``), or the clitic
    conjunction (``light_conjunction``) right after the phrase (sl ``..., po besedah direktorja X pa bo jez končan``); else -1.
    What comes before the comma is another statement (or the writer's), not the phrase's content."""
    if p - 2 >= s0 and a.low[p - 2] == "," and (a.low[p - 1] in a.W_coordinator or a.low[p - 1] in a.W_conjunction):
        return p - 2
    if p - 1 > s0 and a.low[p - 1] == "," and end < s1 and a.low[end] in a.W_light_conjunction:
        return p - 1
    return -1


def according_clauses(a: Quoted, s0: int, s1: int) -> list[int]:
    """The commas before the ``according`` phrases of the sentence that open clauses of their own
    (:func:`according_clause`): where the content of a statement before them ends. The phrase is taken
    to run up to the first verb or punctuation (a bracket's words aside), as far as fourteen words."""
    out = []
    for p in range(s0 + 1, s1 - 2):
        if a.low[p] not in a.W_according or a.in_quote[p] >= 0 or a.low[p - 1] not in (",",) + tuple(
                a.W_coordinator | a.W_conjunction):
            continue
        if not any(a.noun_cue(x) is not None and a.lex is not None and a.lex.nouns[a.noun_cue(x) or ""][1] == "according"
                   for x in (p + 1, p + 2)):
            continue
        end, depth = p + 2, 0
        while end < min(s1, p + 16):
            if a.low[end] == "(":
                depth += 1
            elif a.low[end] == ")":
                depth -= 1
            elif depth <= 0 and (a.punct[end] or a.mark[end] or a.is_verb(end) or a.low[end] in a.W_aux
                                 or a.low[end] in a.W_light_conjunction):
                break
            end += 1
        c = according_clause(a, p, end, s0, s1)
        if c >= 0:
            out.append(c)
    return out


def according_statement(a: Quoted, noun: str, i: int, s0: int) -> bool:
    """A neutral statement's noun of the ``noun`` frame right after the ``according`` preposition
    (``prema priopćenju policije, ...``, ``prema saopštenju ministarstva, ...``, ``po izjavi ministra``)
    reads as ``according``: the genitive after it speaks, the rest of the sentence is the content. Only
    with a name, role or body right after the noun: without one, the content's start is not known."""
    lex = a.lex
    if lex is None or lex.nouns[noun] != ("neutral", "noun") or i - 1 < s0 or a.low[i - 1] not in a.W_according:
        return False
    m = a.mention_at(i + 1) if i + 1 < a.n else None
    return m is not None and m.kind in ("PER", "ORG", "AGENCY", "ROLE", "INST")


def possessor(a: Quoted, st: Claimed, p: int) -> Speaker | None:
    """A possessive adjective made from a person's surname (``Kuntaričevih``, ``Filipovićevim``,
    ``Markovinim``): that person as the article names them, else the surname it is made from."""
    form = a.form[p]
    if not form[:1].isupper():
        return None
    pattern = _possessive(a.words("surname_possessive_suffix"), a.words("surname_possessive_ending"))
    latin = to_latin(form).lower()
    m = pattern.match(latin) if pattern is not None else None
    if not m:
        return None
    stem = m.group(1)
    # the surname: the stem, an a-stem's (Markovi-n of Markovina), or one with a fleeting vowel before its
    # last consonant (Turnšk-ov of Turnšek), c palatalised before the suffix (Navč-ev of Navac, Kranjč-ev of Kranjec)
    surnames = {stem, stem + "a"}
    if len(stem) >= 3:
        last = "c" if stem.endswith("č") else stem[-1]
        surnames.update({stem[:-1] + "a" + last, stem[:-1] + "e" + last})
    for tok, ent, _how in reversed(st.focus):
        e = a.ents[ent]
        if tok < p and e.type == "person" and any(to_latin(w) in surnames for w in e.words):
            return Speaker(e.name, form, "person", e.key, "explicit")
    for e in a.ents:
        if e.type == "person" and any(to_latin(w) in surnames for w in e.words):
            return Speaker(e.name, form, "person", e.key, "explicit")
    # named only here (``citirala je Scholzovu izjavu``): the surname as written, less the suffix
    # (whose letters are one to one in both scripts)
    surname = form[:len(form) - (len(latin) - len(stem))]
    return Speaker(surname, form, "person", None, "explicit")


def _possessed_noun(a: Quoted, j: int, s1: int) -> bool:
    """Untagged: word ``j`` after ``po njenem`` is the noun the possessive goes with (``po njenem
    odstopu``: after her resignation), not a clause's first word (``Po njegovem je``): a lower-case
    word, no verb or function word, with a locative noun's ending (word class ``possessive_noun_ending``)."""
    if a.has_upos or j >= s1 or not a.W_possessive_noun_ending:
        return False
    low = a.low[j]
    if not (low.isalpha() and a.form[j][:1].islower()) or a.is_verb(j) or a.verb_cue(j) is not None:
        return False
    if any(low in a.words(c) for c in ("aux", "conjunction", "preposition", "negation", "complementizer", "relative",
                                       "verb_adverb", "reflexive")):
        return False
    return low.endswith(a.W_possessive_noun_ending) and len(low) >= 4


def according_bare(a: Quoted, st: Claimed, p: int, s0: int, s1: int, bounds: list[int]) -> Claim | None:
    """:data:`ACCORDING_BARE`: ``according`` at ``p`` without a noun: ``Po njegovem ...`` (sl; hr ``po
    njegovom``), ``je po Omanu mešana`` (sl ``po`` with a person in the locative), ``Prema
    ministarstvu financija, ...`` (hr, sr: a clause-initial ``prema`` with a named speaker and a
    comma after it)."""
    if a.lex is None or a.low[p] not in a.W_according or a.in_quote[p] >= 0 or st.in_content[p]:
        return None
    poss_words = ((a.W_possessive_m, "m"), (a.W_possessive_f, "f"), (a.W_possessive_p, "p"))
    if any(a.noun_cue(x) is not None for x in range(p + 1, min(s1, p + 4))):
        return None  # ``po besedah X``: the nominal cue's own rule
    nxt = a.low[p + 1]
    speaker = None
    end = p + 1
    coordinated = False
    g = next((g for words_, g in poss_words if any(nxt.startswith(w) for w in words_)), "")
    oblique = next((g for words_, g in a.W_pronoun_oblique if nxt in words_), "")
    if oblique:  # mk, bg ``Според него, ...``: the person in focus
        speaker = from_focus(a, st, p, oblique if oblique in "mf" else "", "p" if oblique == "p" else "s")
        if speaker is not None:
            speaker.mention = a.form[p + 1]
        end = p + 2
    elif g and nxt.endswith(a.W_possessive_bare_ending) and a.noun_cue(p + 2) is None and not a.tagged_as(p + 2, "NOUN", "ADJ") \
            and not _possessed_noun(a, p + 2, s1):
        speaker = from_focus(a, st, p, g if g in "mf" else "", "p" if g == "p" else "s")
        end = p + 2
    else:
        m = a.mention_at(p + 1)
        if m is None or m.i0 != p + 1 or a.noun_cue(m.i1) is not None:
            return None
        # ``..., a prema Babiću, vlada je ...``: a coordinator after a comma opens the clause too
        coordinated = p - 2 >= s0 and a.low[p - 2] == "," and (a.low[p - 1] in a.W_coordinator or a.low[p - 1] in a.W_conjunction)
        clause_start = p == s0 or a.low[p - 1] in (",", "–", "—", "(", ":") or a.mark[p - 1] or coordinated
        # sl ``po Omanu``, mk, bg ``Според Запрянов ...``: a person anywhere, in the locative where cases are
        # known; else (``Prema ministarstvu financija, ...``, ``Според МИА, ...``) clause-initial, with a comma
        person = a.low[p] in a.W_according_person and m.kind == "PER" and a.case(m.i0) in ("", "Loc") \
            or a.low[p] in a.W_according_bare and clause_start and m.kind in ("ORG", "INST", "AGENCY", "ROLE") \
            and m.i1 < s1 and not a.punct[m.i1]  # bg ``Според полицията заподозрените са ...``: no comma
        if not person and not (clause_start and m.kind in ("PER", "ORG", "INST", "AGENCY", "ROLE") and m.i1 < s1
                               and a.low[m.i1] == ","):
            return None
        speaker = speaker_of(a, st, m, p)
        end = m.i1
    if speaker is None:
        return None
    pieces = []
    lo, hi = a.trim(region_start(a, st, p, s0), p)
    # (not the mark closing an earlier quotation; not the clause before a coordinator: another statement)
    if hi > lo and not all(a.punct[x] for x in range(lo, hi)) and not coordinated:
        pieces.append((lo, hi))
    lo2, hi2 = a.trim(end, a.cut(end, s1, bounds, -1))
    if hi2 > lo2:
        pieces.append((lo2, hi2))
    if pieces and sum(b - x for x, b in pieces) >= 3:
        return simple_claim(a, st, pieces, speaker, a.lem[p] or a.low[p], p, "neutral", ACCORDING_TO.name, s0, s1)
    return None
