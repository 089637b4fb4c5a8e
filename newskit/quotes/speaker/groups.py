"""Speakers named by common nouns, as written (``kritičari kažu``, ``so sporočili organizatorji``), and
the documents a cue cites (``navodi se u priopćenju ministarstva``).

The tagged rules read tags and cases; their surface twins (for the lite annotation) read the forms
and lemmas. Which one runs is chosen once per article (:func:`newskit.quotes.speaker.choose_subjects`).
"""

from __future__ import annotations

from ...language import LATIN_READING, to_latin
from .._types import LEMMA, TAGS, Claimed, Rule, Speaker
from ..quoted import Quoted
from .resolve import speaker_of

#: A plural common noun in the nominative before a plural cue: the group speaking, as written.
GROUP_SUBJECT = Rule("group_subject", None, TAGS, "kritičari kažu, analitiki menijo: the group as written")
#: Its surface twin: a plural-looking common noun right before the verb.
GROUP_SUBJECT_SURFACE = Rule("group_subject/surface", None, frozenset(), "kritičari kažu (untagged: the plural ending)")
#: The subject of the main clause for a plural cue after a subordinator (known only with cases).
MAIN_CLAUSE_GROUP = Rule("group_subject/main_clause", None, TAGS, "Većina kosovskih Albanaca ... jer smatraju kako")
#: Its surface twin: the sentence's opening common noun phrase, up to the main clause's auxiliary.
MAIN_CLAUSE_GROUP_SURFACE = Rule("group_subject/main_clause/surface", None, frozenset(),
                                 "Većina kosovskih Albanaca nije uvjerena ... jer smatraju (untagged)")
#: A common noun in the nominative after the verb: the speakers, as written.
NOUN_SUBJECT = Rule("noun_subject", None, TAGS, "..., so sporočili organizatorji")
#: Its surface twin: a plural-looking common noun right after a plural verb, ending the clause.
NOUN_SUBJECT_SURFACE = Rule("noun_subject/surface", None, frozenset(), "..., so sporočili organizatorji (untagged)")
#: An untagged verb in the third person plural present (``kažu``, ``pravijo``), which no auxiliary tells.
PLURAL_PRESENT = Rule("plural_present/surface", None, frozenset(), "kažu, pravijo: a plural verb without tags")
#: A plural noun phrase that agrees with a plural participle, at the clitic auxiliary of its clause.
GROUP_AT_AUX = Rule("group_subject/at_aux", None, frozenset(),
                    "so banke že napovedale; Razvite države na čelu z ZDA so opozarjale: the group as written")
#: A quantity noun opening the clause with its genitive, right before the cue.
QUANTITY_GROUP = Rule("group_subject/quantity", None, frozenset(),
                      "Večina ameriških ekonomistov pričakuje, Dio analitičara smatra: the group as written")
#: An impersonal cue citing a document: the document's author, else the organisation in focus.
DOCUMENT_SUBJECT = Rule("document_subject", None, LEMMA, "navodi se u priopćenju ministarstva, piše u saopćenju")


def noun_before(a: Quoted, i: int, cs: int) -> int:
    """Tagged text: the common noun in the nominative right before the verb at ``i`` (past
    auxiliaries, adverbs and particles, not before ``cs``) that is no name: its token, or -1."""
    j = i - 1
    while j >= cs and (a.low[j] in a.W_aux or a.upos[j] in ("ADV", "PART") or a.low[j] in a.W_reflexive and j > cs):
        j -= 1
    if j < cs or a.upos[j] != "NOUN" or a.case(j) != "Nom" or a.tok_mention[j] >= 0:
        return -1
    return j


def tagged_plural(a: Quoted, j: int) -> bool:
    """Tagged text: noun ``j`` is plural by its UD features or its MSD."""
    return "Number=Plur" in a.feats[j] or a.xpos[j][:1] == "N" and a.xpos[j][3:4] == "p"


def group_before(a: Quoted, i: int, cs: int) -> Speaker | None:
    """:data:`GROUP_SUBJECT`: ``kritičari kažu da``, ``analitiki menijo``: a plural common noun in the
    nominative right before a plural verb is the group speaking, as written."""
    j = noun_before(a, i, cs)
    if j < 0 and a.has_tree:
        return _tree_group(a, i, cs)
    if j < 0 or not tagged_plural(a, j):
        return None
    k = j
    while k - 1 >= cs and a.upos[k - 1] in ("ADJ", "DET") and a.case(k - 1) == "Nom" \
            and a.low[k - 1] not in a.W_relative:
        k -= 1
    return _group_text(a, k, j)


def others_group(a: Quoted, st: Claimed, i: int, cs: int) -> Speaker | None:
    """``Neki analitičari smatraju da ..., dok drugi tvrde da``: ``drugi`` (word class ``other_group``)
    right before a plural verb is the rest of the group an earlier statement of this or the sentence
    before named with ``neki`` (``some_group``): ``drugi analitičari``; else ``drugi`` as written."""
    j = i - 1
    while j >= cs and (a.low[j] in a.W_aux or a.low[j] in a.W_verb_adverb):
        j -= 1
    others = a.words("other_group")
    if j < cs or a.low[j] not in others or a.tok_mention[j] >= 0:
        return None
    word = a.form[j].lower()
    k = a.sent_of[i]
    prev = next((q for q in reversed(st.quotes) if q.cue_tok < i and k - a.sent_of[q.cue_tok] <= 1
                 and q.speaker.name and q.speaker.ent is None and q.speaker.type == "person"), None)
    if prev is not None and prev.speaker.name:
        words = prev.speaker.name.split()
        table = LATIN_READING.get(a.lang)
        first = to_latin(words[0].lower(), language=table) if table else words[0].lower()
        if len(words) >= 2 and first in a.words("some_group"):
            name = " ".join([word, *words[1:]])
            return Speaker(name, a.form[j], "person", None, "explicit")
    return Speaker(word, a.form[j], "person", None, "explicit")


def _tree_group(a: Quoted, i: int, cs: int) -> Speaker | None:
    """With trees: the cue's nsubj before it, a plural common noun in the nominative that names no one,
    with its modifiers and complement as written, when they run on, six words at most (``Eksperti za
    životnu sredinu kažu``)."""
    s0, s1 = a.bounds[a.sent_of[i]]
    wid = a.word_id[i]
    for j in range(max(cs, s0), i):
        if a.head[j] != wid or a.deprel[j].split(":")[0] != "nsubj" or a.upos[j] != "NOUN" \
                or a.case(j) != "Nom" or not tagged_plural(a, j) or a.tok_mention[j] >= 0:
            continue
        sub = {j}
        for _ in range(3):  # the subtree, three levels down
            sub |= {k for k in range(s0, i) if k not in sub and any(a.head[k] == a.word_id[x] for x in sub)}
        lo, hi = min(sub), max(sub) + 1
        if hi - lo != len(sub) or len(sub) > 6 or any(a.punct[k] or a.tok_mention[k] >= 0 for k in sub):
            return None
        return _group_text(a, lo, hi - 1)
    return None


def group_before_surface(a: Quoted, i: int, cs: int) -> Speaker | None:
    """:data:`GROUP_SUBJECT_SURFACE`: without tags (lite), a plural-looking common noun right before the
    verb (:func:`plural_noun`), past auxiliaries and a short adverb between (``porodice obično kažu``),
    also a role noun in a plural form (``Suci su ukazali``, ``Sudije su ukazale``), over a short
    prepositional complement (``Eksperti za životnu sredinu kažu``), with a plural-looking word before it
    (``Zemlje članice zaključile su``)."""
    j = i - 1
    while j >= cs and (a.low[j] in a.W_aux or a.low[j] in a.W_reflexive and j > cs
                       or (a.adverb_like(j) or a.low[j] in a.W_verb_adverb) and j > cs and not a.punct[j - 1]):
        j -= 1  # (``porodice obično kažu``, ``poslodavci uglavnom kažu``: an adverb of the verb's group;
        # ``kritičari se pitaju``: its reflexive)
    if j >= cs and not _plural_head(a, j):
        # a short prepositional complement between the noun and the verb: ``Eksperti za zaštitu okoliša kažu``
        p = next((x for x in range(j, max(cs, j - 3) - 1, -1) if a.low[x] in a.W_preposition), -1)
        if p - 1 >= cs and all(not a.punct[x] and not a.is_verb(x) and a.tok_mention[x] < 0 for x in range(p, j + 1)) \
                and _plural_head(a, p - 1):
            j = p - 1
    if j < cs or not _plural_head(a, j):
        return None
    k = j
    if k - 1 >= cs and _plural_head(a, k - 1) and a.tok_mention[k - 1] == a.tok_mention[k] < 0 or \
            k - 1 >= cs and plural_noun(a, k - 1, mentions=True):
        k -= 1  # ``Zemlje članice``
    return _group_text(a, k, j)


def _plural_head(a: Quoted, j: int) -> bool:
    """Untagged ``j`` is a plural-looking common noun (:func:`plural_noun`), or a role noun of the
    lexicon in a plural-looking form (``suci``, ``sudije``, ``tužioci``), which a mention holds."""
    if plural_noun(a, j):
        return True
    k = a.tok_mention[j]
    if k < 0 or a.mentions[k].kind != "ROLE" or a.mentions[k].i1 != j + 1:
        return False
    w = a.low[j]
    return w != a.lem[j].lower() and w.endswith(a.W_plural_noun_ending) and len(w) >= 4 and w.isalpha()


def plural_present(a: Quoted, i: int) -> bool:
    """:data:`PLURAL_PRESENT`: untagged ``i`` is a present-tense verb in the third person plural
    (``kažu``, ``smatraju``; sl ``pravijo``), which the auxiliaries cannot tell."""
    if a.xpos[i] or a.feats[i]:
        return False
    w = a.low[i]
    return w.endswith(a.W_verb_ending_3p) and len(w) >= 4


def plural_noun(a: Quoted, j: int, *, mentions: bool = False) -> bool:
    """Untagged ``j`` looks like a plural common noun: lower case (or opening the sentence), no function word, mention or
    verb, and the lemmatiser took a plural ending off it (``kritičari`` -> ``kritičar``,
    ``organizatorji`` -> ``organizator``, ``porodice`` -> ``porodica``)."""
    w, lem = a.low[j], a.lem[j]
    if not w.isalpha() or a.tok_mention[j] >= 0 and not (mentions and a.mentions[a.tok_mention[j]].kind == "ROLE"):
        return False
    if not a.form[j][:1].islower() and not all(a.punct[x] or a.mark[x] for x in range(a.bounds[a.sent_of[j]][0], j)):
        return False  # capitalised only as the sentence's first word (``Kritičari kažu``)
    if any(w in a.words(c) for c in ("aux", "conjunction", "preposition", "relative", "complementizer",
                                     "pronoun_p", "pronoun_m", "pronoun_f", "pronoun_n", "negation")):
        return False
    if not lem or lem == w or lem.endswith(a.W_infinitive_ending) or a.verb_cue(j) is not None:
        return False
    return w.endswith(a.W_plural_noun_ending) and len(w) >= 6 \
        and w.startswith(lem[:max(3, len(lem) - 2)])


def group_of_main_clause(a: Quoted, st: Claimed, i: int, s0: int) -> Speaker | None:
    """:data:`MAIN_CLAUSE_GROUP`: ``Većina kosovskih Albanaca nije uvjerena u to jer smatraju kako ...``:
    a plural cue right after a subordinator has the main clause's subject, a common noun phrase
    opening the sentence, as written (with its genitive complement)."""
    j = i - 1
    while j > s0 and (a.low[j] in a.W_aux or a.upos[j] in ("ADV", "PART")):
        j -= 1
    if j <= s0 or a.low[j] not in a.W_subordinator:
        return None
    k = s0
    while k < j and (a.mark[k] or a.punct[k]):
        k += 1
    b = k
    while b < j and a.upos[b] in ("ADJ", "DET") and a.case(b) == "Nom":
        b += 1
    if b >= j or a.upos[b] != "NOUN" or a.case(b) != "Nom" or a.tok_mention[b] >= 0 or st.in_content[b]:
        return None
    e = b + 1
    while e < j and a.upos[e] in ("ADJ", "NOUN", "PROPN", "DET") and a.case(e) == "Gen":
        e += 1
    return _group_text(a, k, e - 1)


def group_of_main_clause_surface(a: Quoted, st: Claimed, i: int, s0: int) -> Speaker | None:
    """:data:`MAIN_CLAUSE_GROUP_SURFACE`: without tags (lite), a plural cue right after a subordinator
    (``Većina kosovskih Albanaca nije uvjerena u to jer smatraju kako``) has the sentence's opening
    phrase as its subject when that phrase is a common noun (no name, function word or verb; a role
    noun, ``Većina umirovljenika``, may be) and its
    next words, up to the main clause's auxiliary or negation, as written."""
    j = i - 1
    while j > s0 and a.low[j] in a.W_aux:
        j -= 1
    if j <= s0 or a.low[j] not in a.W_subordinator:
        return None
    k = s0
    while k < j and (a.mark[k] or a.punct[k]):
        k += 1
    if k >= j or a.tok_mention[k] >= 0 and a.mentions[a.tok_mention[k]].kind != "ROLE" or st.in_content[k] or not a.form[k].isalpha() or a.is_verb(k) \
            or a.verb_cue(k) is not None or a.role_noun(k) is None and not plural_noun(a, k) \
            and a.lem[k].lower() not in a.W_quantity_noun:
        return None
    if any(a.low[k] in a.words(c) for c in _FUNCTION_CLASSES):
        return None
    e = k + 1
    while e < j and e - k < 4 and not a.punct[e] and a.low[e] not in a.W_aux and a.low[e] not in a.W_negation \
            and a.low[e] not in a.W_conjunction and not a.is_verb(e):
        e += 1
    if e >= j or not (a.low[e] in a.W_aux or a.low[e] in a.W_negation or a.low[e] in a.W_conjunction):
        return None
    return _group_text(a, k, e - 1)


#: Word classes whose words are no common noun opening a subject phrase.
_FUNCTION_CLASSES = ("aux", "conjunction", "preposition", "relative", "complementizer", "pronoun_p", "pronoun_m",
                     "pronoun_f", "pronoun_n", "negation", "determiner")


def document_near(a: Quoted, i: int, cs: int, s1: int) -> int:
    """:data:`DOCUMENT_SUBJECT`: the document a cue cites (``navodi se u priopćenju``, ``piše u
    saopćenju misije``, ``U izvješću ... procjenjuje se``), also as the antecedent of a relative clause
    opened by a locative preposition (``priopćenje u kojem se navodi``): the token of its noun, or -1."""
    docs = a.W_document
    if not docs:
        return -1
    preps = a.W_locative
    for j in list(range(i + 1, min(s1, i + 4))) + list(range(max(cs, i - 6), i)):
        if a.low[j] in preps:
            if j + 1 < i and a.low[j + 1] in a.W_relative and j - 1 >= 0 and (a.lem[j - 1] in docs or a.low[j - 1] in docs):
                return j - 1  # ``izdao je priopćenje u kojem se navodi``: the document the relative clause is on
            for k in range(j + 1, min(s1, j + 4)):
                if a.lem[k] in docs or a.low[k] in docs:
                    return k
                if a.punct[k] or a.tok_mention[k] >= 0:
                    break
    return -1


def document_speaker(a: Quoted, st: Claimed, d: int, i: int) -> Speaker | None:
    """Who a document speaks for: the name after it (``u saopćenju misije``), else the organisation
    in focus."""
    s1 = a.bounds[a.sent_of[d]][1]
    for k in range(d + 1, min(s1, d + 4)):
        if a.punct[k]:
            break
        if a.tok_mention[k] >= 0:
            sp = speaker_of(a, st, a.mentions[a.tok_mention[k]], i)
            if sp is not None:
                return sp
            break
    for tok, ent, _how in reversed(st.focus):
        if tok < i and a.ents[ent].type in ("organisation", "agency"):
            e = a.ents[ent]
            return Speaker(e.name, "", e.type, e.key, "focus")
    return None


def noun_subject(a: Quoted, i: int, d: int, n: str) -> Speaker | None:
    """:data:`NOUN_SUBJECT`: ``..., so sporočili organizatorji``: a common noun in the nominative after
    the verb names the speakers though they are not in the lexicon."""
    aux = a.W_aux
    j = i + 1
    while j < d and (a.low[j] in aux or a.upos[j] in ("ADV", "PART", "ADJ", "DET")):
        j += 1
    if j >= d or a.upos[j] != "NOUN" or a.case(j) != "Nom":
        return None
    fe = a.feats[j]
    if n == "p" and "Number=Sing" in fe or n == "s" and "Number=Plur" in fe:
        return None
    k = j
    while k - 1 > i and a.upos[k - 1] in ("ADJ", "DET") and a.case(k - 1) == "Nom":
        k -= 1
    return _group_text(a, k, j)


def noun_subject_surface(a: Quoted, i: int, d: int, n: str) -> Speaker | None:
    """:data:`NOUN_SUBJECT_SURFACE`: without tags (lite), a plural-looking common noun right after a
    plural verb and ending the clause (:func:`plural_noun`)."""
    j = i + 1
    while j < d and a.low[j] in a.W_aux:
        j += 1
    if n == "p" and j < d and plural_noun(a, j) and (j + 1 >= d or a.punct[j + 1]):
        return Speaker(a.low[j], a.form[j], "person", None, "explicit")
    return None


def plural_agrees(a: Quoted, j: int, g: str) -> bool:
    """Noun ``j`` is a nominative plural that agrees with a plural participle of gender ``g``: by its
    tags; untagged, by its form on its lemma (``analitik-i``, ``bank-e`` of ``banka``, ``podjetj-a`` of
    ``podjetje``; the South Slavic nominative plural of the three genders), or :func:`plural_noun`."""
    if a.has_upos:
        return a.upos[j] == "NOUN" and a.case(j) == "Nom" and tagged_plural(a, j)
    w, lem = a.low[j], a.lem[j].lower()
    if not w.isalpha() or not lem or w == lem or a.is_verb(j) or a.verb_cue(j) is not None:
        return False
    if any(w in a.words(c) for c in _FUNCTION_CLASSES):
        return False
    if g == "f":
        return lem.endswith("a") and w == lem[:-1] + "e"
    if g == "n":
        return lem[-1:] in ("o", "e") and w == lem[:-1] + "a"
    return plural_noun(a, j, mentions=True) or w == lem + "i" or a.nominative(j) and w.endswith("i")


def _group_text(a: Quoted, lo: int, head: int) -> Speaker:
    """Words ``lo`` to ``head`` (its noun) as the group speaking, as written, its first letter in lower
    case (``Analitičari smatraju`` -> ``analitičari``)."""
    text = a.span_text(lo, head + 1)
    return Speaker(text[:1].lower() + text[1:], text, "person", None, "explicit")


def group_at_aux(a: Quoted, i: int, cs: int) -> Speaker | None:
    """:data:`GROUP_AT_AUX`: the plural auxiliary of the cue's clause (``so``, ``su``) stands second;
    a plural noun that agrees with the participle right after it (``Po neuradnih informacijah so
    banke tudi podjetjem ... napovedale``), or the noun phrase opening the clause right before it, a
    prepositional phrase of its own between (``Razvite države na čelu z ZDA so ... opozarjale``), is
    the group speaking, as written (adjectives before the noun kept). Only where no name is the
    subject: the rule runs after the mentions were tried."""
    g, n = a.agreement(i)
    if n != "p" or g not in ("m", "f", "n"):
        return None
    aux = next((x for x in range(i - 1, max(cs, i - 12) - 1, -1) if a.low[x] in a.W_aux_plural), -1)
    if aux < 0 or any(a.punct[x] or a.mark[x] or a.low[x] in a.W_complementizer for x in range(aux + 1, i)):
        return None
    j = aux + 1
    while j < i and (a.low[j] in a.W_reflexive or a.low[j] in a.W_verb_adverb):
        j += 1
    if j < i and plural_agrees(a, j, g):
        return _group_text(a, j, j)
    if j + 1 < i and a.is_adjective(j) and plural_agrees(a, j + 1, g):
        return _group_text(a, j, j + 1)
    # the clause's opening phrase before the auxiliary: adjectives, the noun, a prepositional phrase
    start = cs
    while start < aux and (a.punct[start] or a.mark[start]):
        start += 1
    head = start
    while head < aux and a.is_adjective(head) and not plural_agrees(a, head, g):
        head += 1
    if head >= aux or not plural_agrees(a, head, g) or a.tok_mention[head] >= 0 \
            and a.mentions[a.tok_mention[head]].kind not in ("ROLE", "INST"):
        return None
    rest = range(head + 1, aux)
    if rest and not (a.low[head + 1] in a.W_preposition and len(rest) <= 5
                     and not any(a.punct[x] or a.mark[x] or a.is_verb(x) for x in rest)):
        return None
    return _group_text(a, start, head)


def quantity_group(a: Quoted, st: Claimed, i: int, cs: int) -> Speaker | None:
    """:data:`QUANTITY_GROUP`: a quantity noun (word class ``quantity_noun``: ``večina``, ``del``,
    ``većina``) opens the cue's clause, and its genitive complement runs up to the cue, its
    auxiliaries and adverbs aside (``Večina ameriških ekonomistov pričakuje, da``): the group as
    written, its complement in full; also opening a complement clause without a comma before it
    (``Anketa nalazi da većina Britanaca smatra da``)."""
    start = cs
    for x in range(i - 1, cs, -1):
        if a.low[x] in a.W_complementizer or a.low[x] in a.W_conjunction:
            start = x + 1
            break
    while start < i and (a.punct[start] or a.mark[start]):
        start += 1
    if start >= i or a.lem[start].lower() not in a.W_quantity_noun or st.in_content[start] \
            or a.has_upos and a.case(start) not in ("", "Nom"):
        return None
    e = i
    while e - 1 > start and (a.low[e - 1] in a.W_aux or a.low[e - 1] in a.W_verb_adverb
                             or a.low[e - 1] in a.W_reflexive or a.low[e - 1] in a.W_negation):
        e -= 1
    words = range(start + 1, e)
    if not words or len(words) > 5 or any(a.punct[x] or a.mark[x] or a.is_verb(x) or a.verb_cue(x) is not None
                                          or a.low[x] in a.W_complementizer or a.low[x] in a.W_relative
                                          for x in words):
        return None
    return _group_text(a, start, e - 1)


def many_group(a: Quoted, st: Claimed, i: int, cs: int) -> Speaker | None:
    """A quantifier standing alone as the subject of the cue's clause (word class ``many_group``:
    ``Mnogi su tvrdili da``, ``..., pa su mnogi tvrdili da``, ``Svi kažu da``): the group as written,
    over a name earlier in the sentence. Only the quantifier right before the verb, its auxiliaries and
    adverbs aside, or right after the clause's plural auxiliary; never one before a noun (``Mnogi
    analitičari``: that noun is the group)."""
    words = a.words("many_group")
    if not words:
        return None
    j = i - 1
    while j >= cs and (a.low[j] in a.W_aux or a.low[j] in a.W_verb_adverb or a.low[j] in a.W_reflexive):
        j -= 1
    if j < cs or a.low[j] not in words or a.tok_mention[j] >= 0 or st.in_content[j]:
        return None
    before = j - 1
    while before >= cs and (a.low[before] in a.W_aux or a.low[before] in a.W_reflexive):
        before -= 1
    if before >= cs and not (a.punct[before] or a.mark[before] or a.low[before] in a.W_conjunction
                             or a.low[before] in a.W_coordinator or before == cs and a.tok_mention[cs] < 0):
        return None  # ``parlament i mnogi ...``, ``od mnogih``: not the clause's subject alone
    return Speaker(a.form[j].lower(), a.form[j], "person", None, "explicit")
