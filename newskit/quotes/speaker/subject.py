"""The subject of a reporting verb: in the dependency tree (:data:`TREE_SUBJECT`) or on the surface
(:func:`find_subject`: the nearest agreeing nominative mention), a relative pronoun's antecedent.
"""

from __future__ import annotations

from .._types import TREE, Claimed, Mention, Rule
from .._words import CLAUSE_PUNCT
from ..entities import person_role
from ..quoted import Quoted
from .resolve import agrees, coordinated_people

#: The subject of the reporting verb in the dependency tree (nsubj), before the surface search.
TREE_SUBJECT = Rule("tree_subject", None, TREE, "the nsubj of the cue (or of the verb it is conj/xcomp of)")
#: The subject found on the surface: the nearest agreeing nominative mention around the cue.
SURFACE_SUBJECT = Rule("surface_subject", None, frozenset(), "a nominative mention that agrees with the cue")
#: A relative pronoun subject: its antecedent, also across a common noun in apposition.
RELATIVE_SUBJECT = Rule("relative_subject", None, frozenset(), "X, ki je dejal / X, biznismena koji je rekao")


def subject_ok(a: Quoted, m: Mention, g: str, n: str) -> bool:
    """Mention ``m`` can be the subject of a verb of gender ``g`` and number ``n``."""
    if m.kind == "PER":
        e = a.ents[m.ent] if m.ent is not None else None
        # a gender guessed from the first name's ending does not overrule the verb's (``Siniša X je rekao``)
        if n == "p":  # ``Ivan Horvat i Marija Kovač izjavili su``: two people joined, one subject
            return coordinated_people(a, m) is not None
        return agrees("person", e.gender if e and not e.gender_guessed else "", g, n)
    if m.kind == "ROLE":
        if m.number == "p" and n == "s":
            return False
        return not (g in ("m", "f") and m.gender in ("m", "f") and g != m.gender) or n == "p"
    if m.kind == "PRON":
        if not m.number or not n and m.number == "p":
            return True  # ``Oni kažu``: an untagged present tense tells no number
        return (m.number == "p") == (n == "p") and not (g and m.gender and g != m.gender)
    return True


def _channel_subject(a: Quoted, cue: int, j: int) -> bool:
    """The channel noun at ``j`` opens the subject after the cue (``izvijestila je TV mreža MSNBC News``,
    ``javila je televizijska mreža X``): a nominative with only auxiliaries, abbreviations and adjectives
    between it and the cue, so the name after it is the medium that speaks, not the channel it spoke on
    (``je na mreži X zapisao``, ``za kanal bTV``: a preposition between)."""
    if not a.nominative(j) or a.low[j] not in a.W_channel_noun and a.lem[j] != a.low[j]:
        return False
    return all(a.low[x] in a.W_aux or a.form[x].isupper() and a.form[x].isalpha() or a.is_adjective(x)
               for x in range(cue + 1, j))


def find_subject(a: Quoted, st: Claimed, cue: int, lo: int, hi: int, g: str, n: str, *, forward: bool) -> Mention | None:
    """The subject of the cue among the mentions in ``[lo, hi)``, nearest to the cue first; a place
    (``Hrvaška je vztrajala``: the state speaking) only when there is no other."""
    m = _find_subject(a, st, cue, lo, hi, g, n, forward, places=False)
    if m is None and n != "p":
        m = _find_subject(a, st, cue, lo, hi, g, n, forward, places=True)
    if m is not None and m.kind == "PER" and m.ent is not None and g in ("m", "f"):
        e = a.ents[m.ent]
        if e.gender_guessed:  # the verb's gender settles a guess, for the dropped subjects after it
            e.gender, e.gender_guessed = g, False
    return m


def _credit_aside(a: Quoted, comma: int) -> int:
    """The opening comma of a credit set between commas that closes at ``comma`` (``, prenosi Hina,``,
    ``, poroča STA,``: a reporting verb and a medium, nothing else); -1 if there is none."""
    m = a.mention_at(comma - 1) if comma > 0 else None
    if m is None or m.i1 != comma or m.kind not in ("AGENCY", "ORG"):
        return -1
    v = m.i0 - 1
    while v >= 0 and a.low[v] in a.W_verb_adverb:
        v -= 1
    if v < 1 or a.low[v - 1] != "," or a.verb_cue(v) is None:
        return -1
    return v - 1


def _find_subject(a: Quoted, st: Claimed, cue: int, lo: int, hi: int, g: str, n: str, forward: bool,
                  places: bool) -> Mention | None:
    locative = a.W_locative
    preps = a.W_preposition
    rel = a.W_relative
    seen = set()
    s0 = a.bounds[a.sent_of[cue]][0]
    step = 1 if forward else -1
    i = lo if forward else hi - 1
    while lo <= i < hi:
        cur = i
        i += step
        if a.mark[cur] or (st.in_content[cur] and not st.in_content[cue]):
            continue
        if not forward and a.low[cur] == ")":
            # skip a parenthesis: Anton Žunič (... je Kramar nastopil ...) je dejal
            j = cur - 1
            while j >= lo and a.low[j] != "(":
                j -= 1
            if j >= lo:
                i = j - 1
            continue
        if not forward and a.low[cur] == ",":
            # skip a relative clause between the subject and the verb: X, ki je ..., je dejal; and a
            # comparison or a credit: X je, kako prenosi Tanjug, naglasio
            j = cur - 1
            aside = _credit_aside(a, cur)
            if aside >= lo:
                # a credit between commas: ``Ministar je, prenosi Hina, rekao da``
                i = aside - 1
                continue
            while j > lo and a.low[j] != ",":
                if (a.low[j] in rel or a.low[j] in a.W_comparative) and a.low[j - 1] == ",":
                    i = j - 2
                    break
                if a.low[j] in a.W_complementizer and j - 2 >= lo and "," in (a.low[j - 1], a.low[j - 2]):
                    # and a complement clause: ``Kitajska se brani, češ da je Nemčija kriva, in napoveduje``
                    i = j - 2 if a.low[j - 1] == "," else j - 3
                    break
                j -= 1
            continue
        k = a.tok_mention[cur]
        if k < 0 or k in seen:
            continue
        seen.add(k)
        m = a.mentions[k]
        before = a.low[m.i0 - 1] if m.i0 > s0 else ""
        if before == "(":
            continue  # an affiliation in brackets: Bogdan Barovič (SNS) je dejal
        if m.i0 - 2 >= s0 and a.low[m.i0 - 2] in preps and apposition(a, m.i0 - 1, m):
            continue  # a name in apposition inside a prepositional phrase: za radio Murski val
        if m.i0 - 1 >= s0 and (a.low[m.i0 - 1] in a.W_channel_noun or a.lem[m.i0 - 1] in a.W_channel_noun) \
                and not any(m.i0 <= tok < m.i1 for _e, _r, _adjs, tok in a.titles) \
                and not (forward and _channel_subject(a, cue, m.i0 - 1)):
            # the channel: ``je na omrežju Truth Social zapisal``, ``putem Truth Sociala poručio``; but
            # ``za kanal bTV stručnjak ... Boris Burov``: a titled person run into the channel's name
            continue
        if before in preps or (m.i0 - 1 >= 0 and a.upos[m.i0 - 1] == "ADP"):
            # ``so sporočili iz NLB``, ``na banki pravijo``: an organisation speaking as a whole
            # (before the cue, anywhere in its clause: ``Iz Pivovarne Laško so včeraj po seji sporočili``)
            near = m.i0 - 1 - cue <= 3 if m.i0 > cue else not any(a.low[x] in CLAUSE_PUNCT for x in range(m.i1, cue))
            if before in locative and m.kind in ("ORG", "INST", "AGENCY") and n == "p" and near \
                    and not noun_modified(a, m.i0 - 2, s0):
                # (but ``so banke podjetjem iz Skupine Krka napovedale``: the phrase of a noun, no speaker)
                return m
            if before in locative and m.kind == "LOC" and n == "p" and not forward and _place_opens(a, m, cue, s0):
                return m  # ``V Bruslju so prepričani, da``: the place's authorities speak
            continue
        if not forward and m.kind in ("ORG", "INST", "AGENCY", "LOC") and m.i0 - 1 >= s0 \
                and _oblique_title(a, m.i0 - 1):
            continue  # ``je vlada nekdanjega direktorja Petrola pozvala``: the title's complement, no subject
        if not forward and m.kind == "PER" and n != "p" and m.i1 == cue and m.i0 - 1 >= s0 \
                and a.low[m.i0 - 1] in a.W_aux and not a.case(m.i1 - 1) and not a.feats[m.i0] \
                and not _subject_before(a, m.i0 - 1, s0):
            return m  # ``mere koje je Bobana Macanović navela da``: between the clitic and its participle, the subject
        right_after = forward and m.kind == "PER" and not a.case(m.i1 - 1) and n != "p" \
            and all(a.low[x] in a.W_aux for x in range(cue + 1, m.i0))
        if not m.nominative and not (forward and m.kind == "PER" and a.low[m.i1 - 1] == a.lem[m.i1 - 1].lower() + "a"
                                     and not a.case(m.i1 - 1)) and not (right_after and m.i1 - m.i0 >= 2):
            # without cases a surname in -a reads as a genitive (``Beriša`` -> ``Beriš``), one in -i as a
            # dative (``Urška Mavri`` -> ``Maver``); a full name right after the verb is no complement of
            # a reporting verb, so the name stays its subject
            continue
        if forward and m.kind == "PER" and m.i1 - m.i0 == 1 and fuller_name_follows(a, m, hi) is not None:
            continue  # ``izjavila je Srpkinja s Kosova Milica Marković``: a one-word demonym or title before the name
        if forward and m.kind in ("INST", "ROLE", "ORG") and name_follows(a, m, hi):
            continue  # ``je dejal član Fiskalnega sveta Vladimir Vučković``: the title's complement; the name
        if forward and m.kind == "PER" and n != "p" and not a.feats[m.i0] and not a.xpos[m.i0] \
                and all(a.low[x] in a.W_aux for x in range(cue + 1, m.i0)):
            return m  # ``izjavio je Abdulla Ahmedi``: right after the verb, its subject, whatever the untagged first name suggests
        if not forward and m.kind in ("INST", "ROLE") and (owner := apposition_owner(a, m, cue, s0)) is not None:
            return owner  # ``Udruga X (UGG), vodeća nevladina organizacija ..., osudila je``: the name
        if forward and m.kind in ("ORG", "AGENCY") and cue < m.i0 - 1 and noun_modified(a, m.i0 - 1, s0):
            continue  # ``je še ponovil napovedi ECB, da``: the genitive of the verb's object, no subject
        if forward and m.kind in ("ORG", "INST", "AGENCY", "ROLE", "LOC") and n != "p" \
                and (person := apposed_person(a, m)) is not None:
            return person  # ``je dejal eden od članov Sveta ECB, guverner ... Yves Mersch``: who it is
        if m.kind in ("ORG", "INST", "AGENCY", "PER", "ROLE", "PRON") and subject_ok(a, m, g, n):
            return m
        if places and m.kind == "LOC":
            return m
    return None


def apposed_person(a: Quoted, m: Mention) -> Mention | None:
    """After a postposed cue, the subject's phrase ``m`` (a body, place or role, or a name inside it)
    closed by a comma and followed by a person named in the nominative that ends the sentence, no verb
    or clause word between (``je poudaril predsedujoči EU, češki premier Mirek Topolanek.``, ``je dejal
    eden od članov Sveta ECB, guverner ... Yves Mersch.``): the person, in apposition, is the speaker."""
    s1 = a.bounds[a.sent_of[m.i0]][1]
    c = m.i1
    if c >= s1 or a.low[c] != "," or a.mark[c]:
        return None
    for j in range(c + 1, min(s1, c + 10)):
        if a.punct[j] or a.mark[j] or a.is_verb(j) or a.low[j] in a.W_aux or a.low[j] in a.W_conjunction \
                or a.low[j] in a.W_complementizer or a.low[j] in a.W_relative:
            return None
        k = a.tok_mention[j]
        if k >= 0 and a.mentions[k].kind == "PER":
            p = a.mentions[k]
            if p.ent is None or not p.nominative or p.i0 < c + 1:
                return None
            end = p.i1
            while end < s1 and a.punct[end] and a.low[end] not in (",", ";", ":"):
                end += 1
            return p if end >= s1 else None
    return None


def noun_modified(a: Quoted, j: int, s0: int) -> bool:
    """Token ``j``, right before a preposition, is a common noun in an oblique case whose phrase the
    preposition continues (``podjetjem iz Skupine Krka``), not a verb, adverb or function word: with tags
    a ``NOUN``; without them a lower-case word that is not its own lemma and not a verb's form."""
    if j < s0 or a.punct[j] or a.mark[j]:
        return False
    if a.has_upos:
        return a.upos[j] == "NOUN" and a.case(j) not in ("", "Nom")
    if a.tok_mention[j] >= 0:  # a role or institution noun: ``tožilcem iz``, ``podjetjem iz``
        m = a.mentions[a.tok_mention[j]]
        return m.kind in ("ROLE", "INST") and not m.nominative and m.i1 == j + 1
    low = a.low[j]
    if not (low.isalpha() and a.form[j][:1].islower()) or low == a.lem[j].lower() or a.is_verb(j) \
            or a.adverb_like(j) or a.verb_cue(j) is not None:
        return False
    return not any(low in a.words(c) for c in _NOT_NOUNS)


#: Word classes whose words are no common noun a prepositional phrase continues.
_NOT_NOUNS = ("aux", "conjunction", "preposition", "relative", "complementizer", "negation", "verb_adverb",
              "reflexive", "pronoun_p", "pronoun_m", "pronoun_f", "pronoun_n", "determiner", "object_clitic")


def _place_opens(a: Quoted, m: Mention, cue: int, s0: int) -> bool:
    """A place after a locative preposition opens the cue's sentence and only auxiliaries, adverbs and
    the reflexive stand between it and the cue (``V Bruslju so prepričani``, ``V Washingtonu menijo``)."""
    start = a.dateline_end(s0)
    while start < m.i0 - 1 and (a.punct[start] or a.mark[start]):
        start += 1
    if start != m.i0 - 1:
        return False
    return all(a.low[x] in a.W_aux or a.low[x] in a.W_verb_adverb or a.low[x] in a.W_reflexive
               for x in range(m.i1, cue))


def _oblique_title(a: Quoted, j: int) -> bool:
    """Token ``j`` is a role noun in an oblique case (``direktorja``, ``predsednika``): a name after it
    is the title's complement (``direktorja Petrola``), not a subject."""
    if a.role_noun(j) is None or a.tok_mention[j] >= 0 and a.mentions[a.tok_mention[j]].nominative:
        return False
    if a.case(j):
        return a.case(j) != "Nom"
    return a.form[j][:1].islower() and not a.nominative(j)


def apposition_owner(a: Quoted, m: Mention, cue: int, s0: int) -> Mention | None:
    """The organisation's name an institution noun before the cue is in apposition to (``Udruga
    Građanski glas (UGG), vodeća nevladina organizacija za ..., osudila je``): the noun phrase set off
    by commas, its bracketed short form aside, right after the name, and the cue right after its
    closing comma (auxiliaries and clitics between); else None. A person's title in apposition
    (``Ivan Kovač, ministar financija, rekao je``) is resolved as a title."""
    j = m.i0 - 1
    if j - 1 < s0 or a.low[j] != ",":
        return None
    k = j - 1
    if a.low[k] == ")":
        k = next((x for x in range(k - 1, max(s0, k - 6) - 1, -1) if a.low[x] == "("), -1) - 1
    if k < s0 or a.tok_mention[k] < 0:
        return None
    owner = a.mentions[a.tok_mention[k]]
    if owner.kind not in ("ORG", "AGENCY") or owner.i1 != k + 1 or not owner.nominative:
        return None
    comma = next((x for x in range(m.i1, cue) if a.low[x] == ","), -1)
    if comma < 0 or any(a.punct[x] or a.mark[x] or a.is_verb(x) and a.low[x] not in a.W_aux for x in range(m.i1, comma)):
        return None
    if not all(a.low[x] in a.W_aux or a.low[x] in a.W_reflexive for x in range(comma + 1, cue)):
        return None
    return owner


def relative_antecedent(a: Quoted, i: int, cs: int, s0: int) -> Mention | None:
    """The speaker a relative pronoun subject stands for: ``X, ki je dejal``, ``X, biznismena koji je
    rekao`` (a common noun in apposition to the name), or None."""
    rel = a.W_relative
    r = -1
    for j in range(i - 1, max(s0, cs - 1, i - 5) - 1, -1):
        if a.low[j] in rel:
            r = j
            break
        if not (a.low[j] in a.W_aux or a.upos[j] in ("ADV", "PART") or a.low[j] in a.W_reflexive):
            return None
    if r < 0 or r - 1 < s0 or a.case(r) not in ("", "Nom") or a.low[r - 1] in a.W_preposition:
        return None
    k = r - 1
    if a.low[k] == ",":
        k -= 1
    if k >= s0 and a.tok_mention[k] >= 0:
        m = a.mentions[a.tok_mention[k]]
        if m.kind in ("ROLE", "INST") and (named := apposition_name(a, m.i0 - 1, s0)) is not None:
            m = named  # ``Marka Lončara, poslovnog čovjeka koji``: the name the apposition is on
    elif (named := apposition_name(a, k, s0)) is not None and not a.form[k][:1].isupper():
        m = named  # ``Dinua Patričua, biznismena koji``, ``Marka Lončara, poslovnog čovjeka koji``
    else:
        return None
    return m if m.kind in ("PER", "ORG", "AGENCY", "INST", "ROLE") else None


def apposition_name(a: Quoted, k: int, s0: int) -> Mention | None:
    """The person's or organisation's name before a common-noun apposition that ends at ``k``
    (``Marka Lončara, [poslovnog čovjeka]``): at most three lower-case words after a comma, the
    name right before it; else None."""
    j = k
    while j >= s0 and k - j < 3 and not a.punct[j]:
        if a.form[j][:1].isupper() or a.tok_mention[j] >= 0 and j != k:
            return None
        j -= 1
    if j - 1 < s0 or a.low[j] != "," or a.tok_mention[j - 1] < 0:
        return None
    m = a.mentions[a.tok_mention[j - 1]]
    return m if m.kind in ("PER", "ORG", "AGENCY") else None


def document_relative(a: Quoted, d: int) -> bool:
    """The document noun at ``d`` opens a relative clause with a locative preposition (``priopćenje u
    kojem``, ``pismo u kome``)."""
    return d + 2 < a.n and a.low[d + 1] in a.W_locative and a.low[d + 2] in a.W_relative


def relative_document_author(a: Quoted, st: Claimed, d: int) -> Mention | None:
    """Who issued the document at ``d`` that a relative clause cites (``Institut je izdao priopćenje u
    kojem se navodi``, ``supruga X objavila je pismo u kome odbacuje``): the subject of the verb before
    the document, or None."""
    s0 = a.bounds[a.sent_of[d]][0]
    if not document_relative(a, d):
        return None
    verbs = [x for x in range(d - 1, s0 - 1, -1) if a.is_verb(x) and a.low[x] not in a.W_aux]
    # (a participle beside its auxiliary over an untagged adjective in ``-o``: ``objavila je otvoreno pismo``)
    v = next((x for x in verbs if a.low[x - 1] in a.W_aux or x + 1 < d and a.low[x + 1] in a.W_aux),
             verbs[0] if verbs else -1)
    if v < 0:
        return None
    g, n = a.agreement(v)
    return find_subject(a, st, v, s0, v, g, n, forward=False) or find_subject(a, st, v, v + 1, d, g, n, forward=True)


def coordinated(a: Quoted, i: int, s0: int) -> bool:
    """A participle right after ``i`` / ``in`` / ``te`` (``... i preporučilo``): a second verb of the
    subject of an earlier one, whose statement ends at the conjunction."""
    if i - 1 <= s0 or a.low[i - 1] not in a.W_conjunction or a.low[i - 1] not in a.W_coordinator:
        return False
    g, _n = a.agreement(i)
    if not g:
        return False
    return any(a.verb_cue(j) is not None and a.in_quote[j] < 0 for j in range(s0, i - 1))


def name_follows(a: Quoted, m: Mention, hi: int) -> bool:
    """A person's name right after ``m`` in the same phrase (``član Fiskalnog saveta Vladimir
    Vučković``, ``članica organizacijskog odbora Majda Puača``)."""
    j = m.i1
    while j < min(hi, m.i1 + 4) and not a.punct[j]:
        k = a.tok_mention[j]
        if k >= 0 and a.mentions[k] is not m:
            nxt = a.mentions[k]
            if nxt.kind == "PER":
                return True
            if nxt.kind not in ("ORG", "INST", "LOC"):
                return False
            j = max(nxt.i1, j + 1)  # the title's genitive complement: ``Fiskalnog saveta``
            continue
        j += 1  # a word between: an adjective of the complement
    return False


def fuller_name_follows(a: Quoted, m: Mention, hi: int) -> Mention | None:
    """A person's name of two or more words, in the nominative, right after the one-word name ``m`` in
    the same phrase (``Srpkinja s Kosova Milica Marković``), or None."""
    j = m.i1
    # (a name's word is no verb, though untagged its lemma may look like one: ``Teseta`` -> ``Teseti``)
    while j < min(hi, m.i1 + 4) and not a.punct[j] and (a.tok_mention[j] >= 0 or not a.is_verb(j)):
        k = a.tok_mention[j]
        if k >= 0 and a.mentions[k] is not m:
            nxt = a.mentions[k]
            if nxt.kind == "PER" and nxt.i1 - nxt.i0 >= 2 and nxt.nominative and nxt.i0 == j:
                return nxt
            j = max(nxt.i1, j + 1)
            continue
        j += 1
    return None


def _subject_before(a: Quoted, aux: int, s0: int) -> bool:
    """A nominative name or role stands before the auxiliary ``aux`` in its clause (``Janez Novak je
    Horvata vprašal``): the name after the auxiliary is the object, not the subject."""
    for x in range(aux - 1, s0 - 1, -1):
        if a.low[x] in CLAUSE_PUNCT:
            return False
        k = a.tok_mention[x]
        if k >= 0 and a.mentions[k].nominative and a.mentions[k].kind in ("PER", "ROLE", "ORG", "INST", "AGENCY"):
            return True
    return False


def apposition(a: Quoted, j: int, m: Mention) -> bool:
    """Token ``j`` is a common noun that ``m`` names in apposition (``radio Murski val``): a role or
    institution noun in the same case as the name, where cases are known."""
    cj, cm = a.case(j), a.case(m.i1 - 1)
    if cj and cm:
        return cj == cm and cj != "Nom" and a.upos[j] == "NOUN"
    if a.nominative(m.i1 - 1) and not a.nominative(j):
        return False  # v družbi (locative) Sergej Komlev (nominative): not one phrase
    return a.role_noun(j) is not None


def tree_subject(a: Quoted, cue: int) -> Mention | None:
    """The :data:`TREE_SUBJECT` rule: the nsubj of the cue (or of the verb it is conj / xcomp of), the
    name of a title that is the subject, or None (then the surface search runs)."""
    s0, s1 = a.bounds[a.sent_of[cue]]
    wid = a.word_id[cue]
    heads = [wid]
    if a.deprel[cue] in ("conj", "xcomp") and a.head[cue] > 0:
        heads.append(a.head[cue])
    for h in heads:
        for j in range(s0, s1):
            if a.head[j] == h and a.deprel[j].split(":")[0] == "nsubj":
                m = a.mention_at(j)
                if m is None:
                    # the subject's head may be a role noun followed by the name (flat, nmod)
                    for k in range(s0, s1):
                        if a.head[k] == a.word_id[j] and a.mention_at(k) is not None:
                            m = a.mention_at(k)
                            break
                if m is not None and a.ner[j] in ("", "O"):
                    # the subject is a title (Predsjednik ciparskih Grka Tassos Papadopoulos, osnivač SNM
                    # Amela Radan): its name, a person by its mention (untyped names, as in UD SETimes,
                    # are typed by the mention builder); an institution noun's own name (organizacija
                    # za praćenje demokratije Fridom haus)
                    kinds = ("PER", "ORG") if m.kind == "INST" else ("PER",)
                    for k in range(s0, s1):
                        if a.head[k] == a.word_id[j] and a.deprel[k].split(":")[0] in ("flat", "appos", "nmod") \
                                and a.nominative(k):
                            mk = a.mention_at(k)
                            if mk is not None and mk is not m and mk.kind in kinds and mk.nominative:
                                m = mk
                                break
                if m is not None and m.kind == "PER" and m.i1 - m.i0 == 1:
                    m = fuller_name_follows(a, m, s1) or m  # ``Srpkinja s Kosova Milica Marković``
                if m is not None and m.kind in ("PER", "ORG", "AGENCY", "ROLE", "INST", "PRON"):
                    return m
                return None
    return None


def unnamed_subject(a: Quoted, i: int, cs: int, s0: int) -> int:
    """A capitalised word inside the sentence right before the cue (its clitics and adverbs aside) that
    no mention covers (``Kljub vsemu Radelj meni, da``): a name the recogniser missed, so the subject is
    that word, not the person in focus; -1 when there is none. A sentence's first word is never taken:
    there a capital tells nothing (``Danes je dejal``)."""
    j = i - 1
    while j >= cs and (a.low[j] in a.W_aux or a.low[j] in a.W_reflexive or a.low[j] in a.W_verb_adverb):
        j -= 1
    if j < cs or j <= s0 or a.tok_mention[j] >= 0 or a.mark[j - 1] or a.punct[j - 1]:
        return -1
    w = a.form[j]
    if not (w[:1].isupper() and w[1:].islower() and w.isalpha() and len(w) >= 3):
        return -1
    low = a.low[j]
    if low in a.W_preposition or low in a.W_conjunction or low in a.W_complementizer or low in a.W_relative \
            or low in a.W_comparative or low in a.W_determiner:
        return -1
    if person_role(a, j) or a.low[j] in a.lower_forms:
        return -1  # ``Rast je spora Ministar je rekao``: an intertitle run into the sentence, a role noun after it
    return j

