"""Verbal cues: how a reporting verb introduces its content (its frame).

:func:`frame_of` reads the cue's clause once (:func:`cue_at`), then tries the frame rules in order
(:func:`as_said_frame`, then :data:`FRAME_RULES`), each a function of the article, the twins
chosen at the door (:class:`Twins`) and the cue; the first that applies gives the :class:`Frame`.
The tree twins (:data:`POSTPOSED_PARATAXIS`, :data:`COMPLEMENT_CCOMP_END`) and the tagged
:data:`INANIMATE_SUBJECT` run only where the annotation has trees or tags (:func:`choose_twins`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from .._types import TAGS, TREE, Claimed, Cue, Frame, Rule, choose
from .._words import CLAUSE_PUNCT, SENT_END, SPEECH_DASHES
from ..quoted import Quoted
from ..speaker import Subjects, choose_subjects, cites_document
from ..speaker.groups import noun_before, tagged_plural
from ..speaker.subject import apposed_person, coordinated
from .base import STOP, Stop

#: Each rule that emits quotes, by the name it writes in the QUOTES ``rule`` column.
QUOTE_CUE = Rule("quote+cue", 0.95, frozenset(), "a quotation claimed by a reporting verb before or after it")
COLON = Rule("colon", 0.9, frozenset(), "je dejal: ... (the content after the colon)")
COMPLEMENT = Rule("complement", 0.9, frozenset(), "je dejal, da ... (the complement clause)")
POSTPOSED = Rule("postposed", 0.85, frozenset(), "..., je dejal X (the content before a short reporting clause)")
AS_SAID = Rule("as_said", 0.85, frozenset(), "Kot je dejal X, ... (the rest of the sentence)")
QUOTED_OBJECT = Rule("quoted_object", 0.75, frozenset(), "pohvalil »zaupanje in prijateljstvo« (a quoted object)")
#: The tree twins, run only where the annotation has dependency trees.
POSTPOSED_PARATAXIS = Rule("postposed/parataxis", None, TREE, "a cue attached as parataxis to its content")
COMPLEMENT_CCOMP_END = Rule("complement/ccomp", None, TREE, "the complement ends with the cue's ccomp subtree")
#: A common noun in the nominative before the verb (``Julijski dogovor predvideva``): no speaker; with cases only.
INANIMATE_SUBJECT = Rule("inanimate_subject", None, TAGS, "Julijski dogovor predvideva, da: a document, not a speaker")
#: Words before a postposed cue with no verb among them (``Taj vid izražavanja, tipičan za ..., ukazuje na``):
#: the cue's subject, not a statement; with tags only, as lite cannot tell a verb without them.
VERBLESS_CONTENT = Rule("verbless_content", None, TAGS, "X, tipičan za ..., ukazuje na: no verb, no statement")
#: Its surface twin, for what lite can tell: a short prepositional (or ``kao``) phrase before the cue with
#: no verb by its lemma (``U međuvremenu, govoreći na skupu``, ``U Rumuniji, kritičari se pitaju``).
VERBLESS_CONTENT_SURFACE = Rule("verbless_content/surface", None, frozenset(),
                                "U međuvremenu, govoreći ...: a short phrase opened by a preposition, or a name "
                                "and its apposition (X i Y, oboje ..., objavili su), no statement")
RULES = (QUOTE_CUE, COLON, COMPLEMENT, POSTPOSED, AS_SAID, QUOTED_OBJECT, POSTPOSED_PARATAXIS, COMPLEMENT_CCOMP_END,
         INANIMATE_SUBJECT, VERBLESS_CONTENT, VERBLESS_CONTENT_SURFACE)


@dataclass(frozen=True, slots=True)
class Twins:
    """The tree and tagged rules one article's annotation allows (None: not run), chosen at the door,
    and its speaker strategies."""

    subjects: Subjects
    parataxis: Callable[[Quoted, int, int, tuple[int, ...], bool], bool] | None
    ccomp_end: Callable[[Quoted, int, int, int], int] | None
    inanimate: Callable[[Quoted, int, int], bool] | None
    verbless: Callable[[Quoted, int, int], bool] | None


def choose_twins(filled: frozenset[str]) -> Twins:
    """The rules whose ``requires`` the TOKENS columns ``filled`` meet."""
    return Twins(
        subjects=choose_subjects(filled),
        parataxis=choose(filled, (POSTPOSED_PARATAXIS, parataxis_cue)),
        ccomp_end=choose(filled, (COMPLEMENT_CCOMP_END, ccomp_end)),
        inanimate=choose(filled, (INANIMATE_SUBJECT, inanimate_subject)),
        verbless=choose(filled, (VERBLESS_CONTENT, verbless_content), (VERBLESS_CONTENT_SURFACE, verbless_phrase)),
    )


def frame_of(a: Quoted, st: Claimed, tw: Twins, i: int, frame: str, s0: int, s1: int) -> Frame | None:
    """How the cue at ``i`` introduces its content: a :class:`Frame`, or None.

    The cue's clause is read once (:func:`cue_at`); then the frame rules are tried in order,
    the first that applies giving the frame; a rule may also find that the cue introduces nothing.
    """
    c = cue_at(a, st, tw, i, frame, s0, s1)
    if c is None:
        return None
    f = as_said_frame(a, tw, c)
    if f is not None:
        return f
    if tw.inanimate is not None and tw.inanimate(a, i, c.cs):
        return None
    for rule in FRAME_RULES:
        found = rule(a, tw, c)
        if isinstance(found, Stop):
            return None
        if found is not None:
            return found
    return None


def cue_at(a: Quoted, st: Claimed, tw: Twins, i: int, frame: str, s0: int, s1: int) -> Cue | None:
    """The clause of the reporting verb at ``i``, or None when it reports nobody's statement
    (negated, in the first or second person, an impersonal or infinitive use, a question)."""
    neg = a.W_negation
    for j in (i - 1, i - 2, i - 3):
        if j < s0 or a.low[j] in CLAUSE_PUNCT or a.mark[j]:
            break  # ``To nije istina, rekao je``: the negation of the content before it is not the cue's
        if a.low[j] in neg:
            return None
    fe = a.feats[i]
    if fe and ("Person=1" in fe or "Person=2" in fe) or (not fe and a.xpos[i][:1] == "V" and ("1" in a.xpos[i][3:6] or "2" in a.xpos[i][3:6])):
        return None  # ``Spomnimo, da ...``, ``kot vi omenjate``: the journalist or the reader
    if not fe and not a.xpos[i] and a.low[i].endswith(a.W_verb_ending_1p) and a.lem[i] != a.low[i]:
        return None
    if not fe and not a.xpos[i] and i - 1 >= s0 and a.low[i - 1].endswith(a.W_verb_ending_1p) \
            and a.lem[i - 1] != a.low[i - 1] and a.is_verb(i - 1) and a.lem[i] == a.low[i]:
        return None  # ``možemo zaključiti da``: the writer, through a modal verb
    if bare_passive(a, i, s0, s1):
        return None  # ``vjenčanje, najavljeno za proljeće, ...``: a participle of a noun, no report
    infinitive = fe and "VerbForm=Inf" in fe or (not fe and a.low[i] == a.lem[i] and a.low[i].endswith(a.W_infinitive_ending))
    if infinitive and not (i - 1 >= s0 and a.is_verb(i - 1) and a.low[i - 1] not in a.W_aux):
        return None  # ``je prepozno govoriti`` reports nothing; ``so želeli sporočiti, da`` does
    if infinitive and i - 1 >= s0 and a.low[i - 1] in a.W_impersonal_modal:
        return None  # ``Valja napomenuti da``, ``Treba reći da``: the writer's own remark
    # clause start: the comma (or quote mark, sentence start) before the cue
    cs = i
    while cs > s0 and not (a.low[cs - 1] in CLAUSE_PUNCT or a.mark[cs - 1] or a.spaced_dash(cs - 1)):
        cs -= 1
    if adjective_without_copula(a, i, cs, s1):
        return None  # ``prebivalstvo, prepričano, da ...``: an attribute of a noun, nobody's statement

    def first_or_second(j: int) -> bool:
        fj = a.feats[j]
        return a.low[j] in a.W_aux12 and not reflexive_clitic(a, j, s0, s1) \
            or bool(fj) and ("Person=1" in fj or "Person=2" in fj) and a.is_verb(j)

    if any(first_or_second(j) or a.low[j] in a.W_conditional_cue and a.low[j - 1] not in a.W_hearsay
           for j in range(max(cs, i - 3), i)) or (i + 1 < s1 and first_or_second(i + 1)) \
            or any(a.low[j] in a.W_aux12 and not reflexive_clitic(a, j, s0, s1) for j in range(cs, i - 3)) \
            and not any(a.is_verb(j) and a.low[j] not in a.W_aux for j in range(cs, i)):
        # (also a 1st or 2nd person auxiliary further back in the cue's clause, no other verb between:
        # ``o čemu smo već toliko puta pisali``)
        return None  # ``kot smo že pisali``, ``kot bi lahko rekel``: the writer, or no report (``naj bi`` is one)
    refl = a.W_reflexive
    group = [i + 1]  # the verb's own clitics and adverbs: ``se je govorilo``, ``kot se uradno reče``
    j = i - 1
    while j >= cs and (a.low[j] in a.W_aux or a.low[j] in refl or a.low[j] in a.W_verb_adverb
                       or a.adverb_like(j)):
        group.append(j)
        j -= 1
    if any(s0 <= j < s1 and a.low[j] in refl for j in group):
        # ``se pravi`` (that is), ``navodi se``, ``se je govorilo``: impersonal, nobody's statement;
        # ``se je vprašal`` (wondered) keeps its subject
        if (a.lex is None or a.lex.verbs.get(a.lem[i], ("", ""))[0] != "questioning") \
                and cites_document(tw.subjects, a, i, cs, s1) < 0:
            return None  # ``navodi se u priopćenju`` is the document's
    if a.agreement(i) == ("n", "s") and a.lem[i] != a.low[i] and not neuter_subject(a, st, i, cs, s1):
        return None  # ``se je o tem govorilo``: an impersonal neuter participle
    comp = a.W_complementizer
    kept = a.W_complementizer_kept
    conj = a.W_conjunction
    aux = a.W_aux
    k = i - 1
    while k > cs and (a.low[k] in aux or a.low[k] in a.W_verb_link):
        k -= 1
    if k >= s0 and k > cs - 1 and a.low[k] in conj and a.low[k] not in a.W_conjunction_causal and k > s0:
        cs = k  # ``je priznal, da ..., in dodal, da ...``: a second reporting verb of the same subject
    elif coordinated(a, i, s0) and i - 1 > cs:
        cs = i - 1  # ``saopštilo je da ... i preporučilo da ...``: no comma before the second verb
    between = [j for j in range(cs, i)]
    first_word = a.low[cs] if cs < i else ""
    if first_word in comp and first_word not in a.W_complementizer_statement:
        return None  # ``ali ocenjuje, da ...``: a question put to the speaker, not a statement
    subordinate = first_word in comp or first_word in kept or first_word in a.W_relative
    return Cue(i, frame, s0, s1, cs, subordinate, first_word, tuple(between))


def bare_passive(a: Quoted, i: int, s0: int, s1: int) -> bool:
    """Untagged: a neuter passive participle (``najavljeno``, ``rečeno``: word class
    ``passive_neuter_ending`` on a verb's lemma) with no auxiliary in its clause near it is an attribute
    of a noun (``Williamovo vjenčanje, najavljeno za proljeće, ...``), not an impersonal report
    (``priopćeno je``, ``kako je ranije najavljeno``); lite's participle endings would read it as a
    masculine past participle (``-o`` of ``rekao``)."""
    if a.has_upos or not a.W_passive_neuter_ending or a.feats[i] or a.xpos[i]:
        return False
    low, lem = a.low[i], a.lem[i]
    if not low.endswith(a.W_passive_neuter_ending) or lem == low or not lem.endswith(a.W_infinitive_ending):
        return False
    for j in range(i - 1, max(s0, i - 4) - 1, -1):
        if a.low[j] in CLAUSE_PUNCT:
            break
        if a.low[j] in a.W_aux:
            return False
    return not any(a.low[j] in a.W_aux for j in range(i + 1, min(s1, i + 3)))


def reflexive_clitic(a: Quoted, j: int, s0: int, s1: int) -> bool:
    """A first or second person auxiliary's form that is the reflexive pronoun here (sl ``si``:
    ``Nič posebnega, si je rekla``): tagged a pronoun, or, untagged, beside a 3rd-person auxiliary,
    which the verb cannot have as well."""
    if a.has_upos:
        return a.upos[j] == "PRON"
    return a.low[j] in a.W_aux12 \
        and any(s0 <= x < s1 and a.low[x] in a.W_aux and a.low[x] not in a.W_aux12 for x in (j - 1, j + 1))


def adjective_without_copula(a: Quoted, i: int, cs: int, s1: int) -> bool:
    """An adjectival cue (``prepričan``, ``uvjeren``) with no auxiliary of its own in its clause or right
    after it (``je prepričan, da``, ``Prepričan je, da``): an attribute of a noun, which reports nothing."""
    v = a.verb_cue(i)
    if a.lex is None or v is None or a.lex.verbs.get(v[0], ("", ""))[1] != "adjective":
        return False
    def aux(x: int) -> bool:
        return a.low[x] in a.W_aux or a.lem[x] in a.aux_lemmas

    if any(aux(x) for x in range(cs, min(s1, i + 2)) if x != i):
        return False
    if cs - 1 > 0 and a.low[cs - 1] == ",":
        # ``je, denimo, prepričana, da``: the auxiliary before an aside between commas
        p = next((x for x in range(cs - 2, max(cs - 7, 0), -1) if a.low[x] == ","), -1)
        if p > 0 and aux(p - 1) and a.sent_of[p - 1] == a.sent_of[i]:
            return False
    return True


def as_said_frame(a: Quoted, tw: Twins, c: Cue) -> Frame | None:
    """``Kot je dejal X, ...`` (as_said): the content is the rest of the sentence, or around the cue."""
    i, s0, s1, cs = c.i, c.s0, c.s1, c.cs
    first_word, between = c.first_word, c.between
    # Kot je dejal X, ...
    comparative = a.W_comparative
    # ``Kao što je rekao X``: the comparative may be of two words
    # ``..., i kao što je ukazao X, ...``: a conjunction before the comparative
    off = 1 if first_word in a.W_conjunction and len(between) > 2 and a.low[between[1]] in comparative else 0
    if off:
        first_word = a.low[between[1]]
    rest = between[off + 2:] if len(between) > off + 1 and a.low[between[off + 1]] in a.W_comparative_tail \
        else between[off + 1:]
    if cs < i and first_word in comparative and all(a.light(j) for j in rest) \
            and not any(a.low[j] in a.W_object_clitic for j in between):
        j = i + 1
        while j < s1 and not (a.low[j] in (",", ";", ":") or a.mark[j]):
            j += 1
        if cs == s0 or (cs - 1 >= s0 and a.mark[cs - 1] and cs - 1 == s0):
            j = after_speaker_relative(a, j, s1)
            if j < s1 - 1:
                return Frame(cue=i, type="as_said", lo=j + 1, hi=s1, clause_start=cs, independent=True,
                        subj=(cs + 1, i, i + 1, j))
            end = as_said_subject_end(a, i, j)
            if end > 0:  # ``Kot je dejal minister Janez Novak bodo cene rasle``: no comma after the speaker
                return Frame(cue=i, type="as_said", lo=end, hi=j, clause_start=cs, independent=True,
                             subj=(cs + 1, i, i + 1, end))
        elif cs - 1 >= s0 and a.low[cs - 1] == ",":
            if any(a.low[x] in a.W_degree_correlative for x in range(max(s0, cs - 5), cs - 2)):
                # ``..., ki ni bila tako nizka, kot so se bali``: a comparison of degree, no report (but
                # ``Zgodilo se je tako, kot je napovedal X``, the degree word right before the comma, reports)
                return None
            if j < s1 - 1 and a.low[j] == ",":
                # a parenthesis inside the statement: ..., kot pravi minister, ...
                return Frame(cue=i, type="as_said", lo=s0, hi=cs - 1, lo2=j + 1, hi2=s1, clause_start=cs - 1,
                        independent=False, subj=(cs + 1, i, i + 1, j))
            return Frame(cue=i, type="as_said", lo=s0, hi=cs - 1, clause_start=cs - 1, independent=True,
                    subj=(cs + 1, i, i + 1, j))
    return None


def after_speaker_relative(a: Quoted, j: int, s1: int) -> int:
    """The comma that ends a relative clause on the speaker of a sentence-opening ``Kot poroča
    Reuters, ki se sklicuje na vire, ...``, when one opens at the comma ``j``; else ``j``. The
    statement starts after it, not inside the relative clause."""
    if not (j < s1 - 2 and a.low[j] == "," and a.low[j + 1] in a.W_relative
            and a.low[j + 1] not in a.W_clause_relative):
        return j
    for k in range(j + 2, min(s1 - 1, j + 16)):
        if a.mark[k]:
            return j
        if a.low[k] == ",":
            return k
    return j


def as_said_subject_end(a: Quoted, i: int, hi: int) -> int:
    """Where the statement starts after a sentence-opening ``Kot je dejal X`` with no comma after it:
    after the speaker named right after the cue (its adverbs aside; an organisation after a locative
    preposition, ``Kot so sporočili iz vlade``), when a clause with a verb of three words or more
    follows before ``hi``; else -1."""
    k = i + 1
    while k < hi and (a.low[k] in a.W_verb_adverb or a.low[k] in a.W_aux):
        k += 1
    if k + 1 < hi and a.low[k] in a.W_locative and a.tok_mention[k + 1] >= 0:
        k += 1
    if k >= hi or a.tok_mention[k] < 0:
        return -1
    m = a.mentions[a.tok_mention[k]]
    if m.i0 != k or m.kind not in ("PER", "ORG", "INST", "AGENCY", "ROLE"):
        return -1
    end = m.i1
    if hi - end < 3 or a.punct[end] or not any(a.is_verb(x) for x in range(end, hi)):
        return -1
    return end


def after_cue_frame(a: Quoted, tw: Twins, c: Cue) -> Frame | Stop | None:
    """A complement (``je dejal, da ...``), a colon (``je dejal: ...``) or a quotation right after the cue."""
    i, s1, cs = c.i, c.s1, c.cs
    subordinate = c.subordinate
    comp, kept, aux = a.W_complementizer, a.W_complementizer_kept, a.W_aux
    # complement or colon after the cue
    j = i + 1
    skipped = 0  # tokens of a bracket after the verb: ``izjavio je u utorak (19. svibnja) X da``
    while j < s1 and j - i - skipped <= 10:
        low = a.low[j]
        if low == "(" and not a.mark[j]:
            close = next((x for x in range(j + 1, min(s1, j + 12)) if a.low[x] == ")"), -1)
            if close > 0:
                skipped += close + 1 - j
                j = close + 1
                continue
        if low == ":":
            q = a.opens_quote(j + 1) if j + 1 < a.n else -1
            if q < 0 and j + 1 < s1 and a.in_quote[j + 1] >= 0 and a.q_first[a.in_quote[j + 1]] == j + 1:
                q = a.in_quote[j + 1]
            if q < 0 and j + 1 >= s1 and s1 < a.n:  # the quotation is the next sentence
                q = a.opens_quote(s1)
                if q < 0 and a.in_quote[s1] >= 0 and a.q_first[a.in_quote[s1]] == s1:
                    q = a.in_quote[s1]
            if q >= 0:
                return Frame(cue=i, type="colon_quote", quote=q, clause_start=cs, independent=not subordinate,
                        subj=(cs, i, i + 1, j))
            if j + 1 < s1:
                return Frame(cue=i, type="colon", lo=j + 1, hi=s1, clause_start=cs, independent=not subordinate,
                        subj=(cs, i, i + 1, j))
            return STOP
        if low in a.W_preposition and j + 2 < s1 and a.low[j + 1] in a.W_relative and asks(a, i) \
                and all(a.low[x] in aux or a.low[x] in a.W_reflexive for x in range(i + 1, j)):
            # ``kritičari se pitaju u kojem je smjeru krenula moda``: an indirect question opened by a
            # preposition, right after a verb of asking
            return Frame(cue=i, type="complement", lo=j, hi=s1, clause_start=cs,
                         independent=not subordinate, subj=(cs, i, i + 1, j))
        bare_q = a.W_bare_question
        if j + 1 < s1 and bare_q and asks(a, i) and not a.mark[j] \
                and (a.low[j + 1] == "li" and "li" in bare_q or low in bare_q and low != "li") \
                and all(a.low[x] in aux or a.low[x] in a.W_reflexive for x in range(i + 1, j)):
            # ``upitao je hoće li Vlada odstupiti``, ``pitao je je li itko kriv``, ``upitao je zašto Vlada
            # šuti``: hr, sr and bs write no comma before the indirect question right after a verb of asking
            # (``da li`` is a complementizer, as sl ``ali``: the content starts after it)
            lo = j + 2 if low in comp and a.low[j + 1] == "li" else j
            return Frame(cue=i, type="complement", lo=lo, hi=s1, clause_start=cs,
                         independent=not subordinate, subj=(cs, i, i + 1, j))
        if low in comp or low in kept:
            if low in a.W_purpose and j + 1 < s1 and a.low[j + 1] in a.W_conditional and not (
                    a.low[j - 1] != "," and all(a.low[x] in aux or a.low[x] in a.W_reflexive for x in range(i + 1, j))
                    and not any(a.low[x] in a.W_object_demonstrative for x in range(cs, i))):
                # ``najavila je mjere kako bi pomogla``, ``je to rekao kako bi``: a purpose clause; right after
                # the verb (``kaže kako bi sindikati pomogli``) it is a reported conditional
                break
            prev = a.low[j - 1]
            # ``da`` (hr, sr: also ``kako``) may follow the verb without a comma; ``ali``, ``če``
            # and the rest introduce a complement only after one (``zavrne ali vrne`` is "or")
            bare = low in a.W_complementizer_bare
            if prev == "," or (bare and (j == i + 1 or prev in aux or low in a.W_complementizer_bare_anywhere)):
                lo = j + 1 if low in comp else j
                return Frame(cue=i, type="complement", lo=lo, hi=s1, clause_start=cs,
                        independent=not subordinate, subj=(cs, i, i + 1, j))
        if a.mark[j]:
            q = a.opens_quote(j)
            if q >= 0 and not names_something(a, q, i, j):
                return Frame(cue=i, type="object_quote", quote=q, clause_start=cs, independent=not subordinate,
                        subj=(cs, i, i + 1, j))
            break
        if low in SENT_END or low == ";" or low == "(":
            break
        if low == "," and not (j + 1 < s1 and (a.low[j + 1] in comp or a.low[j + 1] in kept)) \
                and not object_list(a, j, s1):
            break
        if j != i and a.verb_cue(j):
            break
        if a.is_verb(j) and a.low[j] not in aux:
            break
        j += 1
    return None


def postposed_frame(a: Quoted, tw: Twins, c: Cue) -> Frame | Stop | None:
    """The cue after its content: ``»...«, je dejal X.`` / ``..., pravijo v banki.`` (the surface rule:
    a short clause of light words; its tree twin: the cue is a ``parataxis`` of the content)."""
    i, s0, s1, cs, frame = c.i, c.s0, c.s1, c.cs, c.frame
    subordinate, between = c.subordinate, c.between
    if inside_dash_speech(a, i, s0, s1):
        return None
    # postposed: »...«, je dejal X. / ..., pravijo v banki.
    after_quote = a.closes_quote(cs) >= 0
    # a verb that needs a clause takes one on both sides of it: ``Vsekakor, je še zagotovila X, so ...``
    medial_clause = frame == "clause" and not after_quote and cs > s0 + 1 and named_subject_to(a, i, medial_end(a, i, s1))
    # (nor a clause a subordinator opens: ``..., ko so razpis objavili, ...`` tells when, reports nothing)
    if (frame in ("speech", "report") or frame == "clause" and (quote_opens_clause(a, i, s0, s1, cs) or medial_clause)) \
            and not subordinate and c.first_word not in a.W_subordinator:
        # ``..., je za današnji Jutarnji list izjavil X``: the medium the words were given to is no clause
        between = without_medium(a, between)
        light = len(between) <= (10 if after_quote else 4) and all(a.light(j) for j in between)
        if not after_quote and any(a.low[j] in a.W_conjunction for j in between):
            light = False  # ``..., pri tem pa izpostavlja X``: a clause of its own
        if light and not after_quote and has_object(a, i, s1):
            light = False
        if not light and not after_quote and adverbial_reporting_clause(a, i, s0, s1, between):
            light = True  # ``..., je na današnji novinarski konferenci v Ljubljani pojasnil Luka Mulej.``
        tree_para = tw.parataxis is not None and tw.parataxis(a, i, s1, between, after_quote)
        if (light or tree_para) and (cs > s0 or a.closes_quote(cs) >= 0 or (cs == s0 and a.mark[s0])):
            q = a.closes_quote(cs)
            comma = cs - 1
            if q < 0 and comma <= s0:
                return STOP
            if q < 0 and a.low[comma] in ("(", ")"):
                return None  # ``Predsjednik Komisije (EK) X objavio je``: a bracket ends an aside, not a statement
            if q < 0 and (split_auxiliary(a, i, s0, s1, cs, comma) or subject_relative(a, s0, comma) >= 0
                          or awaited_participle(a, i, s0, s1, cs, comma)):
                return None  # (``Marko Kos, ki je ..., je opozoril na``: the subject and its relative clause)
            if q < 0 and a.low[s0] in a.W_comparative and not any(a.low[x] == "," for x in range(s0, comma)) \
                    and any(a.verb_cue(x) for x in range(s0 + 1, comma)):
                return None  # ``Kot piše Delo, je premier govoril z ...``: a credit clause, no statement
            end = i + 1
            while end < s1 and not (a.low[end] in (",", ";", ":") or a.mark[end]):
                end += 1
            f = Frame(cue=i, type="postposed", quote=q, lo=dash_speech_start(a, s0, comma), hi=comma,
                      clause_start=comma, independent=True, subj=(cs, i, i + 1, end), tense_pres=present(a, i, cs))
            # a cue in the middle: ``S druge strane, kazao je, stječe se dojam ...``
            if q < 0 and medial_end(a, i, s1) == end:
                f = replace(f, lo2=end + 1, hi2=s1, medial=True)
            elif medial_clause:
                return None
            # a clause that opens with a clitic (``Kakšna šala, si je rekla``) has no first word of its
            # own: the words before it are its content, with a verb or without
            clitic = a.low[cs] in a.W_aux or a.low[cs] in a.W_reflexive or reflexive_clitic(a, cs, s0, s1)
            if q < 0 and not f.medial and not clitic and tw.verbless is not None and tw.verbless(a, s0, comma):
                return None
            return f
    return None


def dash_speech_start(a: Quoted, s0: int, comma: int) -> int:
    """Where dash-led speech closed by the dash at ``comma`` (``- A. B - rekao je X.``) opens: at the
    dash opening an earlier sentence of the same paragraph, when the sentences between have no dash,
    quotation mark or reporting verb of their own (``- Sudac nam je poništio gol. Igrači su dali sve
    od sebe - rekao je Perić``: both sentences are his); else ``s0``, the cue's own sentence."""
    if not (a.form[comma] in ("–", "—") or a.spaced_dash(comma)) or a.low[s0] in SPEECH_DASHES:
        return s0
    k = a.sent_of[s0]
    for _ in range(3):  # (a few sentences at most)
        if a.opens_paragraph(s0) or k == 0:
            return a.bounds[a.sent_of[comma]][0]
        k -= 1
        p0, p1 = a.bounds[k]
        words = range(p0 + 1, p1)
        if any(a.mark[x] or a.verb_cue(x) is not None or a.form[x] in ("–", "—") or a.spaced_dash(x) for x in words):
            break
        if a.low[p0] in SPEECH_DASHES and (a.form[p0] != "-" or a.spaced_dash(p0) or a.opens_paragraph(p0)):
            return p0 + 1
        s0 = p0
    return a.bounds[a.sent_of[comma]][0]


def inside_dash_speech(a: Quoted, i: int, s0: int, s1: int) -> bool:
    """The cue at ``i`` stands inside direct speech opened by a dash, which a later dash closes before
    a cue of its own (``– Voda je ispravna, analize to potvrđuju – rekao je X``): the speaker's words,
    not a report of its own."""
    if a.low[s0] not in SPEECH_DASHES or i <= s0 + 1:
        return False
    for k in range(i + 1, s1 - 1):
        if a.mark[k]:
            return False
        if a.low[k] in SPEECH_DASHES and (a.form[k] != "-" or a.spaced_dash(k)):
            return any(a.verb_cue(x) is not None for x in range(k + 1, min(s1, k + 4)))
    return False


def medial_end(a: Quoted, i: int, s1: int) -> int:
    """The comma that ends a reporting clause in the middle of its statement (``S druge strane,
    kazao je, stječe se dojam ...``): the clause after it has three words or more and a verb, opens
    with no relative word, complementizer or coordinator (a conjunction other than ``i`` / ``in``
    goes on with the statement: ``..., dodao je, a prema Zakonu ...``) and has no reporting verb
    of its own near its start (a second verb of the speaker is a cue of its own); else -1."""
    end = i + 1
    while end < s1 and not (a.low[end] in (",", ";", ":") or a.mark[end]):
        end += 1
    if not (end < s1 - 3 and a.low[end] == "," and not a.mark[end]):
        return -1
    first = a.low[end + 1]
    tail = [x for x in range(end + 1, s1) if not a.punct[x]]
    rel = a.W_relative
    if len(tail) >= 3 and first not in rel and (first not in a.W_conjunction or first not in a.W_coordinator) \
            and first not in a.W_complementizer and not any(a.low[x] in rel for x in tail[:2]) \
            and not any(a.verb_cue(x) for x in tail[:6]) and any(a.is_verb(x) for x in tail):
        return end
    return -1


def named_subject_to(a: Quoted, i: int, end: int) -> bool:
    """After the cue at ``i``, its adverbs aside, a nominative name or role ends its clause at
    ``end`` (``, je še zagotovila Novakova,``): an inserted reporting clause, not a verb in a list
    (``..., komentira, odgovara na pitanja, ...``) or a clause of its own (``priporočajo pa ga spomladi,``)."""
    if end < 0:
        return False
    k = i + 1
    while k < end and (a.low[k] in a.W_verb_adverb or a.adverb_like(k)):
        k += 1
    if a.has_tree and any(a.head[x] == a.word_id[i] and a.deprel[x].split(":")[0] == "nsubj" for x in range(k, end)):
        return True  # the tree's subject, a name or not (``Mešlova`` tagged a possessive adjective)
    if k >= end or a.tok_mention[k] < 0:
        return False
    m = a.mentions[a.tok_mention[k]]
    return m.i0 == k and m.i1 == end and m.nominative and m.kind in ("PER", "ORG", "INST", "AGENCY", "ROLE")


def asks(a: Quoted, i: int) -> bool:
    """The cue at ``i`` is a verb of asking (stance ``questioning``: ``pitati``, ``upitati``)."""
    v = a.verb_cue(i)
    return v is not None and v[1] == "questioning"


def split_auxiliary(a: Quoted, i: int, s0: int, s1: int, cs: int, comma: int) -> bool:
    """``Ministarka je, međutim, najavila razgovore``: an aside between commas right after the
    auxiliary of the participle cue, which has none of its own: one clause cut by an aside, not a
    statement with a postposed cue."""
    aux = a.W_aux
    if any(a.low[j] in aux for j in range(cs, min(i + 3, s1)) if j != i):
        return False
    j = comma - 1
    k = j
    while k > s0 and not a.punct[k] and j - k < 3:
        k -= 1  # over an aside of up to three words: ``, međutim,``, ``, kot kaže,``
    return k > s0 and a.low[k] == "," and a.low[k - 1] in aux


def awaited_participle(a: Quoted, i: int, s0: int, s1: int, cs: int, comma: int) -> bool:
    """``Reagirajući na ..., ministrova je supruga Ana Horvat, koja se nije javljala, objavila je ...``
    without the second ``je``: the participle cue after a relative clause on a noun phrase whose
    clause has an auxiliary and no verb after it, and which has no auxiliary of its own, is that
    auxiliary's participle: one clause with its subject, not a statement before a postposed cue."""
    aux = a.W_aux
    if any(a.low[j] in aux for j in range(cs, min(i + 3, s1)) if j != i) or not past_participle(a, i):
        return False
    rel = next((x for x in range(comma - 1, s0, -1) if a.low[x] == "," and a.low[x + 1] in a.W_relative), -1)
    if rel <= s0:
        # no relative clause, an aside: ``Minister je glede dogodkov v Zagrebu, predvsem z X, pisal
        # hrvaškemu kolegu``: the sentence's last auxiliary before the comma has no verb after it
        last_aux = next((x for x in range(comma - 1, s0 - 1, -1) if a.low[x] in aux), -1)
        return last_aux >= 0 and not any(a.mark[x] or a.low[x] in (";", ":") or a.is_verb(x) and a.low[x] not in aux
                                         or a.low[x] in a.W_complementizer or a.low[x] in a.W_relative
                                         for x in range(last_aux + 1, comma))
    if any(a.punct[x] or a.mark[x] for x in range(rel + 1, comma)):
        return False
    start = next((x + 1 for x in range(rel - 1, s0 - 1, -1) if a.punct[x] or a.mark[x]), s0)
    last_aux = next((x for x in range(rel - 1, start - 1, -1) if a.low[x] in aux), -1)
    return last_aux >= 0 and not any(a.is_verb(x) and a.low[x] not in aux for x in range(last_aux + 1, rel))


def past_participle(a: Quoted, i: int) -> bool:
    """A past (l-)participle: by its features or MSD where tagged (a present tense ``pravi`` is none),
    else by lite's participle ending."""
    if a.has_upos:
        if a.feats[i]:  # (the MSD's third letter is the aspect in Slovenian, ``Vmpr3p`` a present tense)
            return "VerbForm=Part" in a.feats[i]
        return a.xpos[i][:3] in ("Vmp", "Vap")
    return a.participle(i)


def subject_relative(a: Quoted, s0: int, hi: int) -> int:
    """``Marko Kos, ki je poudaril, da ...``: the comma before ``hi`` after which a relative clause on
    the sentence's opening noun phrase (no verb before it) begins, else -1."""
    first = next((x for x in range(s0, hi) if a.low[x] == ","), -1)
    if first <= s0 or first + 1 >= hi or a.low[first + 1] not in a.W_relative:
        return -1
    if any(a.is_verb(x) or a.low[x] in a.W_aux or a.mark[x] for x in range(s0, first)):
        return -1
    if any(a.low[x] == "," and a.low[x + 1] not in a.W_complementizer for x in range(first + 2, hi - 1)):
        return -1  # ``Podjetje, ki proizvaja čevlje, posluje dobro``: a main clause after the relative one
    return first


def quote_opens_clause(a: Quoted, i: int, s0: int, s1: int, cs: int) -> bool:
    """A verb that needs a clause takes a quotation before it when it is the direct speech the
    sentence opens with or began before it (``»...,« je zagotovila X``), not a quoted phrase (``u "crni fond", priznali su
    krivnju``), and the verb has no object of its own."""
    q = a.closes_quote(cs)
    return q >= 0 and cs > s0 and q in (a.opens_quote(s0), a.in_quote[s0]) and not has_object(a, i, s1)


def object_list(a: Quoted, j: int, s1: int) -> bool:
    """The comma at ``j`` joins the cue's objects (``pozvao je čelnike, institucije i građane da``):
    up to the complementizer, words with no verb or other punctuation, the last joined by ``i``."""
    joined = False
    for k in range(j + 1, min(s1, j + 10)):
        low = a.low[k]
        if low in a.W_complementizer:
            return joined and not a.punct[k - 1]
        if low in a.W_and:
            joined = True
        elif a.mark[k] or a.punct[k] and low != "," or a.is_verb(k) or a.verb_cue(k) is not None:
            return False
    return False


def adverbial_reporting_clause(a: Quoted, i: int, s0: int, s1: int, between: tuple[int, ...]) -> bool:
    """A postposed reporting clause longer than a light one: its auxiliary (and adverbs), then only
    prepositional phrases of where and when (each a preposition and up to four words, no verb,
    conjunction or punctuation), twelve words at most, and after the cue its subject, a name in the
    nominative that ends the clause or opens a relative or apposition (``..., je na današnji
    novinarski konferenci v Ljubljani pojasnil Luka Mulej``). The words before it are the statement
    only when no other reporting verb stands there (``"...," pravi X, ki ..., je še v intervjuju
    povedal X``: the statement is already the first cue's)."""
    if not between or len(between) > 12 or a.low[between[0]] not in a.W_aux:
        return False
    if any(a.verb_cue(x) is not None for x in range(s0, between[0])):
        return False
    if any(a.low[x] in a.W_relative and any(a.low[y] == "," for y in range(max(s0, x - 3), x))
           for x in range(s0 + 1, between[0])):
        return False  # ``Vse glasnejše domneve o dogovoru, na osnovi katerega ..., je navedel X``: a noun phrase, his object
    k = 1
    while k < len(between) and (a.low[between[k]] in a.W_aux or a.low[between[k]] in a.W_verb_adverb):
        k += 1
    rest = between[k:]
    if not rest or a.low[rest[0]] not in a.W_preposition:
        return False
    run = 0
    for x in rest:
        if a.punct[x] or a.mark[x] or a.is_verb(x) or a.verb_cue(x) is not None or a.low[x] in a.W_conjunction \
                or a.low[x] in a.W_complementizer or a.low[x] in a.W_relative:
            return False
        run = 0 if a.low[x] in a.W_preposition else run + 1
        if run > 4:
            return False
    j = i + 1
    while j < s1 and a.low[j] in a.W_verb_adverb:
        j += 1
    m = a.mention_at(j) if j < s1 else None
    if m is not None and m.i0 == j and m.kind != "PER" and apposed_person(a, m) is not None:
        return True  # ``..., je danes v izjavi ... poudaril predsedujoči EU, češki premier X.``
    if m is None and j + 1 < s1 and (m2 := a.mention_at(j + 1)) is not None and m2.i0 == j + 1 \
            and a.form[j][:1].islower() and apposed_person(a, m2) is not None:
        return True  # (a title lite does not know before the body: ``predsedujoči EU, ...``)
    if m is None or m.i0 != j or not m.nominative or m.kind not in ("PER", "ORG", "AGENCY"):
        return False
    return m.i1 >= s1 or a.punct[m.i1]


def without_medium(a: Quoted, between: tuple[int, ...]) -> tuple[int, ...]:
    """``between`` without a ``za`` phrase naming a medium or a name (``za današnji Jutarnji list``,
    ``za SETimes``): up to three words after ``za`` ending in a mention."""
    out = list(between)
    for k, j in enumerate(between):
        if a.low[j] in a.W_given_to:
            for e in range(k + 1, min(len(between), k + 4)):
                if a.tok_mention[between[e]] >= 0:
                    m = a.mentions[a.tok_mention[between[e]]]
                    if m.kind in ("ORG", "AGENCY") and all(x in between for x in range(m.i0, m.i1)):
                        last = between.index(m.i1 - 1)
                        rest = out[:k] + out[last + 1:]
                        if any(a.low[x] in a.W_preposition for x in rest):
                            return between  # ``je še v intervjuju za Planet Siol.net``: a clause of its own
                        return tuple(rest)
            break
    return tuple(out)


def names_something(a: Quoted, q: int, i: int, j: int) -> bool:
    """A short quotation after a prepositional phrase that follows the cue at ``i`` (a preposition among
    ``i+1 .. j-1``) names something, a title or a programme, and is no object of the cue: ``je kazao
    za radio 'Beatdown'``, ``govoreći na konferenciji udruge 'Air and Space'``."""
    words = sum(1 for x in range(a.q_first[q], a.q_last[q] + 1) if not a.punct[x])
    return words <= 4 and any(a.low[x] in a.W_preposition for x in range(i + 1, j))


def fragment_frame(a: Quoted, tw: Twins, c: Cue) -> Frame | None:
    """A quoted fragment later in the sentence as the verb's object: ``pohvalil »zaupanje in prijateljstvo«``."""
    i, s1, cs, frame = c.i, c.s1, c.cs, c.frame
    subordinate = c.subordinate
    # a quoted fragment later in the sentence: pohvalil »zaupanje in prijateljstvo«
    for j in range(i + 1, s1):
        if not a.mark[j] and a.verb_cue(j) is not None:
            break  # ``je pritrdil X, ki je prepričan, da ... »...«``: the later cue's
        if a.low[j] in a.W_complementizer or a.low[j] in a.W_relative or a.is_verb(j) and a.low[j] not in a.W_aux:
            break  # ``je preporučio kupnju ... zbog činjenice da će Grad 'biti tu'``: another clause's
        if a.mark[j]:
            q = a.opens_quote(j)
            if q >= 0 and names_something(a, q, i, j - 1):
                break  # ``Govoreći na konferenciji udruge 'Air and Space', ...``
            if q >= 0 and a.qspans[q].close_at >= 0 and frame != "report" and not cue_follows(a, q, s1) and (
                j - i <= 3 or sum(1 for x in range(a.q_first[q], a.q_last[q] + 1) if not a.punct[x]) >= 2
            ):
                return Frame(cue=i, type="object_quote", quote=q, clause_start=cs, independent=not subordinate,
                        subj=(cs, i, i + 1, j), fragment=True)
    return None


def neuter_subject(a: Quoted, st: Claimed, i: int, cs: int, s1: int) -> bool:
    """A neuter participle with a named subject: ``Ministarstvo ... priopćilo je``, ``je sporočilo
    ministrstvo``: an organisation in the nominative in the clause, before or right after the verb."""
    around = list(range(cs, i)) + list(range(i + 1, min(s1, i + 4)))
    s0 = a.bounds[a.sent_of[i]][0]
    if cs - 1 > s0 and a.low[cs - 1] == ",":
        # ``Fiskalno vijeće, koje je zaduženo za nadzor, otkrilo je``: the subject before a relative clause
        for r in range(cs - 2, max(s0, cs - 14), -1):
            if a.low[r] in CLAUSE_PUNCT:
                break
            if a.low[r] in a.W_relative and r - 2 >= s0 and a.low[r - 1] == ",":
                around.append(r - 2)
                break
    for j in around:
        k = a.tok_mention[j]
        if k >= 0 and a.mentions[k].kind in ("ORG", "INST", "AGENCY") and a.mentions[k].nominative \
                and not st.in_content[j]:
            return True
    return False


def main_clause_cut(a: Quoted, i: int, lo: int, hi: int, s0: int) -> int:
    """``Čeprav je Rajoy zatrjeval, da ..., je Španija zaprosila``: when the reporting clause is a
    fronted subordinate clause, its content ends where the main clause begins (a comma, then an
    auxiliary or a ``main_clause_opener``, ``pa``); so too in a relative clause on the sentence's
    subject (``Marko Kos, ki je poudaril, da ..., je opozoril``)."""
    first = s0
    while first < i and (a.mark[first] or a.punct[first]):
        first += 1
    fronted = first < i and a.low[first] in a.W_subordinator and not any(a.low[j] in CLAUSE_PUNCT for j in range(first, i))
    if first == i and a.converb_cue(i):
        # ``Istaknuvši da je proračun stabilan, ministar X odbio je kritike``: a converb opening the
        # sentence; its content ends at the comma before the main clause's verb
        for j in range(lo + 1, hi - 1):
            if a.low[j] != ",":
                continue
            k = next((x for x in range(j + 1, hi) if a.low[x] in CLAUSE_PUNCT), hi)
            if any(a.low[x] in a.W_aux or a.is_verb(x) for x in range(j + 1, min(k, j + 7))) \
                    and not any(a.low[x] in a.W_complementizer for x in range(j + 1, k)):
                return j
        return hi
    if not fronted and subject_relative(a, first, i) < 0:
        return hi
    opens = a.W_aux | a.W_main_clause_opener
    for j in range(lo + 1, hi - 1):
        if a.low[j] == "," and (a.low[j + 1] in opens or j + 2 < hi and a.low[j + 2] in a.W_aux
                                and (a.verb_cue(j + 1) is not None or a.is_verb(j + 1))):
            return j  # (hr, sr: the participle before its auxiliary, ``..., upozorio je``)
    return hi


def cue_follows(a: Quoted, q: int, s1: int) -> bool:
    """A reporting verb right after the quotation (``»...«, je dejal X``) claims it."""
    last = a.q_last[q]
    s1 = a.bounds[a.sent_of[last]][1]
    for j in range(last + 1, min(s1, last + 6)):
        if a.verb_cue(j) is not None:
            return True
    return False


def has_object(a: Quoted, i: int, s1: int) -> bool:
    """An accusative noun phrase right after the verb (``izpostavlja avtocestna odseka``): the verb
    reports a thing, not the statement before it. Known only where the annotation has cases."""
    j, end, in_pp = i + 1, min(s1, i + 4), False
    while j < end:
        if a.low[j] == "(":
            # an aside in brackets (``u petak (27. studenog)``) is skipped, and the window moves on with it
            k = next((x for x in range(j + 1, min(s1, j + 8)) if a.low[x] == ")"), -1)
            if k < 0:
                return False
            end, j = min(s1, end + k - j + 1), k + 1
            continue
        if a.punct[j] or a.tok_mention[j] >= 0:
            return False
        if a.upos[j] == "ADP":
            in_pp = True  # a preposition's accusative is no object: ``izjavio je u petak X``
        elif a.upos[j] in ("NOUN", "ADJ", "DET") and a.case(j) == "Acc":
            if not in_pp:
                return True
            if a.upos[j] == "NOUN":
                in_pp = False  # the preposition's noun phrase ends at its noun
                end = min(s1, end + 2)
        j += 1
    return False


def inanimate_subject(a: Quoted, i: int, cs: int) -> bool:
    """A common noun in the nominative right before the verb (``Julijski dogovor predvideva, da``):
    a document or a fact, not a speaker (:data:`INANIMATE_SUBJECT`: known only where the annotation
    has cases)."""
    j = noun_before(a, i, cs)
    if j < 0 or tagged_plural(a, j):
        return False  # a plural (``kritičari kažu``, ``porodice kažu``): people speaking as a group
    return a.role_noun(j) is None


def verbless_content(a: Quoted, lo: int, hi: int) -> bool:
    """:data:`VERBLESS_CONTENT`: no verb or auxiliary among the words ``lo`` to ``hi``."""
    return not any(a.is_verb(j) for j in range(lo, hi))


def verbless_phrase(a: Quoted, lo: int, hi: int) -> bool:
    """:data:`VERBLESS_CONTENT_SURFACE`: the words ``lo`` to ``hi`` are at most five, opened by a
    preposition or a comparative (``U međuvremenu``, ``Kao najpovoljniji oblik štednje``), with no
    quotation mark, verb or cue among them."""
    words = [j for j in range(lo, hi) if not a.punct[j] or a.mark[j]]
    if not words or any(a.mark[j] or a.is_verb(j) or a.verb_cue(j) is not None for j in words):
        return False
    if len(words) <= 5 and (a.low[words[0]] in a.W_preposition or a.low[words[0]] in a.W_comparative):
        return True
    # ``William i Middleton, oboje 28-godišnjaci, objavili su svoje zaruke``: names and their
    # apposition, no verb: the cue's own subject, not a statement
    head = next((j for j in range(lo, hi) if a.punct[j]), hi)
    names = [j for j in range(lo, head) if a.low[j] not in a.W_coordinator]
    return len(words) <= 12 and head < hi and bool(names) and all(a.form[j][:1].isupper() for j in names) \
        and any(a.tok_mention[j] >= 0 for j in names)


def present(a: Quoted, i: int, cs: int) -> bool:
    """The cue is in the present tense (``poroča AFP`` credits a report)."""
    fe = a.feats[i]
    if fe and "Tense=Pres" in fe and "VerbForm=Fin" in fe:
        return True
    x = a.xpos[i]
    if x[:1] == "V" and len(x) >= 4 and (x[3:4] == "r" or x[2:3] == "r"):
        return True
    if fe or x:
        return False
    if a.low[i] in a.W_aorist:
        return False  # mk, bg ``..., соопшти МИА``: an aorist needs no auxiliary to be past
    aux = a.W_aux
    # (an agency's abbreviation is no auxiliary: sl ``sta`` is, ``poroča STA`` is present)
    return not any(a.low[j] in aux and a.tok_mention[j] < 0 for j in range(cs, min(i + 3, a.n)) if j != i)


def ccomp_end(a: Quoted, cue: int, lo: int, hi: int) -> int:
    """:data:`COMPLEMENT_CCOMP_END`: with a UD tree, the last word of the cue's clausal complement (ccomp) bounds its content."""
    s0, s1 = a.bounds[a.sent_of[cue]]
    wid = a.word_id[cue]
    for j in range(lo, min(hi, s1)):
        if a.head[j] == wid and a.deprel[j] in ("ccomp", "parataxis", "xcomp"):
            # subtree of j
            ids = {a.word_id[j]}
            changed = True
            while changed:
                changed = False
                for t in range(s0, s1):
                    if a.word_id[t] not in ids and a.head[t] in ids:
                        ids.add(a.word_id[t])
                        changed = True
            last = max(t for t in range(s0, s1) if a.word_id[t] in ids)
            if lo < last + 1 <= hi:
                return last + 1
            return hi
    return hi


def parataxis_cue(a: Quoted, i: int, s1: int, between: tuple[int, ...], after_quote: bool) -> bool:
    """:data:`POSTPOSED_PARATAXIS`: the cue is attached as ``parataxis`` to the content before it, and
    reports no object of its own (the tree twin of the postposed rule's light clause)."""
    return a.deprel[i] == "parataxis" and not has_object(a, i, s1) and not (
        not after_quote and any(a.low[j] in a.W_conjunction for j in between))


#: The frame rules tried after :func:`as_said_frame`, in order.
FRAME_RULES: tuple[Callable[[Quoted, Twins, Cue], Frame | Stop | None], ...] = (
    after_cue_frame, postposed_frame, fragment_frame)
