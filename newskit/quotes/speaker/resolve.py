"""Speakers from mentions: a name's entity, a role noun's person, a pronoun's referent in focus.

Each a function of the article (:class:`~newskit.quotes.quoted.Quoted`) and of what the pass has
claimed so far (:class:`~newskit.quotes._types.Claimed`: the referents in focus), read only.
"""

from __future__ import annotations

import bisect

from ...language import to_latin
from .._types import Claimed, Entity, Mention, Speaker
from .._words import latin_to_cyrillic, similar
from ..lexicon import rewrite_suffix, suffix_rules
from ..quoted import Quoted


def resolve_role(a: Quoted, st: Claimed, m: Mention, pos: int) -> int | None:
    """The entity a role or institution noun at ``pos`` stands for (``ruski predsednik`` -> Putin), or None."""
    if m.kind == "INST":
        if m.number == "p":
            return None  # ``so banke napovedale``: many banks, not the one bank the article names
        best = None
        for e in a.ents:
            if e.type not in ("organisation", "agency"):
                continue
            if any(similar(m.role, w) for w in e.words) or any(
                similar(m.role, w.lower()) for f in e.forms for w in f.split()
            ):
                k = bisect.bisect_left(e.positions, pos)
                last = e.positions[k - 1] if k else None
                if last is not None and (best is None or last > best[0]):
                    best = (last, e.key)
        # ``Mirovna misija EULEX-a ... ukazuje misija``: an organisation the article names with this noun
        # (its name holding the noun, or the noun with the name in the genitive or in apposition); the one
        # named so last before the cue is meant, over an older name merely sharing the noun's word
        linked = named_with(a, m, pos)
        if linked is not None and (best is None or linked[0] > best[0]):
            best = linked
        if best is None:
            # ``še piše časnik``: the outlet (or for an institution, the organisation) last in focus
            kind = a.lex.roles.get(m.role, ("", ""))[1] if a.lex is not None else ""
            pointed = m.number != "p" and (bool(m.adjs) and all(x in a.W_determiner for x in m.adjs)
                                            or m.i0 > 0 and a.low[m.i0 - 1] in a.W_determiner)
            if pointed and kind not in ("medium",):
                # ``ta ustanova``, ``omenjena agencija``: the organisation the article just named
                k = a.sent_of[pos]
                for tok, ent, _how in reversed(st.focus):
                    if tok < pos and a.ents[ent].type == "organisation" and k - a.sent_of[tok] <= 3:
                        return ent
                # else one named by an institution noun in any case (``zatražio je od Nacionalnog instituta
                # za ...``. ``Ta ustanova ...``), though no subject of a statement
                for other in reversed(a.mentions):
                    if other.i0 >= m.i0 or other.kind != "ORG" or other.ent is None:
                        continue
                    if k - a.sent_of[other.i0] > 3:
                        break
                    if a.lex is not None and a.ents[other.ent].type == "organisation" and any(
                            a.lex.roles.get(a.lem[t] or a.low[t], ("", ""))[1] == "institution"
                            for t in range(other.i0, other.i1)):
                        return other.ent
                return None
            if kind not in ("medium", "company") or m.number == "mod":
                return None  # ``vlada``, ``policija``, ``skupina tožilcev``: the institution itself
            want = "agency" if kind == "medium" else "organisation"
            k = a.sent_of[pos]
            for tok, ent, _how in reversed(st.focus):
                if tok < pos and a.ents[ent].type == want and k - a.sent_of[tok] <= 5:
                    return ent
            return None
        return best[1]
    if m.number == "p":
        return None  # ``po mnenju strokovnjakov``: a group, no one titled person
    scored = []
    for ent, role, adjs, _tok in a.titles:
        score = 0
        if role == m.role:
            score += 1
        if m.adjs and adjs:
            hits = sum(1 for x in m.adjs if any(similar(x, y) for y in adjs))
            if hits == 0:
                continue
            score += 2 * hits
        if score <= 0:
            continue
        if a.ents[ent].gender and m.gender in "mf" and m.gender and a.ents[ent].gender != m.gender:
            continue
        last = last_before(a.ents[ent], pos)
        # a holder already named before the role outranks one named only after it: ``je predsednik
        # odbora pojasnil`` is the chair named before, not ``predsednika vlade X`` further on
        before = last is not None and last < pos
        scored.append((score, before, last if last is not None else -1, ent))
    if not scored:
        return None
    scored.sort(reverse=True)
    return scored[0][3]



def named_with(a: Quoted, m: Mention, pos: int) -> tuple[int, int] | None:
    """The last organisation before ``pos`` named with the institution noun of ``m``: ``Mirovna misija
    EULEX-a`` (a name holding the noun, or the noun followed by the name), as ``(token, entity)``; None
    for a plural noun (``Babićevi portali`` are not the one portal the article names)."""
    if m.number == "p":
        return None
    orgs = {to_latin(w): k for k, e in enumerate(a.ents) if e.type in ("organisation", "agency") for w in e.words}
    best = None
    for other in a.mentions:
        if other is m or other.i0 >= pos:
            continue
        if other.kind in ("ORG", "AGENCY") and other.ent is not None:
            if any(a.lem[t] == m.role or similar(m.role, a.low[t]) for t in range(other.i0, other.i1)) \
                    and (best is None or other.i0 > best[0]):
                best = (other.i0, other.ent)
        elif other.kind == "INST" and other.role == m.role:
            head = other.i0 + len(other.adjs)
            for t in range(head + 1, min(other.i1 + 1, a.n)):
                k = a.tok_mention[t]
                if k >= 0 and a.mentions[k].kind in ("ORG", "AGENCY") and a.mentions[k].ent is not None:
                    ent = a.mentions[k].ent
                elif t < other.i1 and a.form[t][:1].isupper():
                    ent = orgs.get(to_latin(a.lem[t] or a.low[t]))
                else:
                    ent = None
                if ent is not None:
                    if best is None or other.i0 > best[0]:
                        best = (other.i0, ent)
                    break
    return best


def last_before(e: Entity, pos: int) -> int | None:
    """The last position of ``e`` before ``pos`` (else its first)."""
    k = bisect.bisect_left(e.positions, pos)
    if k:
        return e.positions[k - 1]
    return e.positions[0] if e.positions else None


def coordinated_person(a: Quoted, m: Mention, s0: int, *, nominative: bool = True) -> Mention | None:
    """The person named before ``m`` and joined to it by ``i`` / ``in`` (a title may stand between:
    ``Sejdiu i premijer Thaci``), both in the nominative (``nominative=False``: both in the same case,
    ``po besedah Andreja Mlakarja in Tine Horvat``), or None."""
    if m.kind != "PER" or m.ent is None:
        return None
    j = m.i0 - 1
    while j > s0 and a.tok_mention[j] < 0 and a.low[j] not in a.W_and and not a.punct[j] \
            and m.i0 - j <= 3:
        j -= 1
    if j <= s0 or a.low[j] not in a.W_and or a.tok_mention[j - 1] < 0:
        return None
    prev = a.mentions[a.tok_mention[j - 1]]
    if prev.kind != "PER" or prev.ent is None or prev.ent == m.ent \
            or not prev.nominative and nominative or prev.nominative != m.nominative:
        return None
    return prev


def coordinated_people(a: Quoted, m: Mention, *, nominative: bool = True) -> tuple[Mention, Mention] | None:
    """The two people joined by ``i`` / ``in`` / ``и`` that person mention ``m`` is one of (``Ivan Horvat i
    Marija Kovač``, :func:`coordinated_person`), in the order written, or None."""
    s0 = a.bounds[a.sent_of[m.i0]][0]
    prev = coordinated_person(a, m, s0, nominative=nominative)
    if prev is not None:
        return prev, m
    s1 = a.bounds[a.sent_of[m.i0]][1]
    if m.i1 + 1 >= s1 or a.low[m.i1] not in a.W_and:
        return None
    for k in range(m.i1 + 1, min(s1, m.i1 + 4)):
        nxt = a.mention_at(k)
        if nxt is not None and nxt.i0 == k and coordinated_person(a, nxt, s0, nominative=nominative) is m:
            return m, nxt
    return None


def pair_speaker(a: Quoted, pair: tuple[Mention, Mention]) -> Speaker:
    """Two people who speak together as one speaker, as the article joins them (``Marko Kos in Ana
    Zupan``, ``Фатмир Сејдиу и Хашим Тачи``), each in the fullest nominative form the article gives."""
    x, y = pair
    conj = next(j for j in range(x.i1, y.i0) if a.low[j] in a.W_and)
    name = f"{a.ents[x.ent].name} {a.form[conj]} {a.ents[y.ent].name}"  # type: ignore[index]
    return Speaker(name, a.span_text(x.i0, y.i1), "person", None)


def speaker_of(a: Quoted, st: Claimed, m: Mention, pos: int) -> Speaker | None:
    """The speaker mention ``m`` names: its entity, the person a role noun stands for, the person in
    focus for a pronoun, or the role or institution as written."""
    if m.kind in ("PER", "ORG", "AGENCY", "LOC") and m.ent is not None:
        e = a.ents[m.ent]
        return Speaker(e.name, m.text, "organisation" if e.type == "place" else e.type, e.key)
    if m.kind in ("ROLE", "INST"):
        ent = resolve_role(a, st, m, pos)
        if ent is not None:
            e = a.ents[ent]
            return Speaker(e.name, m.text, e.type, e.key)
        if m.kind == "INST":
            body = body_pointed_at(a, m, pos)
            if body is not None:  # ``Nacionalni institut za ... objavio je nalaze. Ta ustanova je saopštila``
                sp = speaker_of(a, st, body, pos)
                if sp is not None:
                    sp.mention = m.text
                    return sp
            name = plural_genitive_body(a, m) or m.role
            if m.nominative and m.text:  # ``so izvijestili lokalni mediji``
                name = m.text[:1].lower() + m.text[1:] if not m.text[1:2].isupper() else m.text
            if m.number == "mod" and not (m.nominative and m.adjs):
                # the noun in the nominative, then its modifiers as written (in the nominative, its
                # adjectives too: ``Policijska uprava za grad Beograd``)
                j = m.i0 + len(m.adjs)
                name = m.role + a.text[a.end[j]:a.end[m.i1 - 1]]
            if m.nominative and named_body_opens(a, m):
                name = m.text
            return Speaker(name, m.text, "organisation", None)
        if a.lex is not None and a.lex.roles.get(m.role, ("", ""))[1] == "representative" \
                and group_complement_end(a, m) == m.i1:
            # ``so poudarili predstavniki ruskega plinskega giganta``: the organisation in focus
            sp = from_focus(a, st, m.i0, "", "p", groups=False)
            if sp is not None:
                sp.mention, sp.how = m.text, "focus"
                return sp
        if m.number != "p" and (not m.adjs or all(x in a.W_determiner for x in m.adjs)) \
                and (a.lex is None or a.lex.roles.get(m.role, ("", ""))[1] != "person"):
            # ``je dodal gospodarski pravnik``, ``naš sogovornik``: the person the text is about; a
            # person named by family or acquaintance (``sin``, ``soseda``) is someone else, as written
            sp = from_focus(a, st, m.i0, m.gender if m.gender in "mf" else "", "s")
            if sp is not None and other_title(a, m, sp):
                sp = None  # ``..., rekao je povjerenik X. ..., rekao je ministar``: another title, another person
            if sp is not None:
                sp.mention, sp.how = m.text, "focus"
                return sp
        return Speaker(role_name(a, m), m.text, "person", None)
    if m.kind == "PRON":
        g, n = (m.gender, m.number) if m.number else a.agreement(pos)
        sp = role_in_focus(a, st, m.i0, n)
        if sp is not None:  # ``..., izjavio je politički urednik lista X. "...", dodao je on``
            sp.mention = m.text
            return sp
        sp = from_focus(a, st, m.i0, g, n)
        if sp is not None:
            sp.mention = m.text
            sp.how = "explicit"
        return sp
    return None

def plural_genitive_body(a: Quoted, m: Mention) -> str:
    """A masculine institution noun after adjectives in ``-ih`` (hbs: only the genitive or locative
    plural ends so) in the nominative plural, by the language's ``masculine_plural`` rows: ``prema
    pisanju lokalnih medija`` -> lokalni mediji; "" where that cannot be read (a nominative, no such
    adjective, no rows; the noun's own ``-a`` is the singular's too, so never the noun alone)."""
    if m.nominative or not m.adjs or a.lex is None or a.lex.roles.get(m.role, ("", ""))[0] != "m":
        return ""
    head = m.i0 + len(m.adjs)
    if head >= m.i1 or any(not a.low[k].endswith("ih") for k in range(m.i0, head)):
        return ""
    plural = rewrite_suffix(m.role, suffix_rules(a.words("masculine_plural"), "masculine_plural"))
    if not plural:
        return ""
    noun = plural[0] if a.form[head].lower() == a.low[head] else latin_to_cyrillic(plural[0])
    return " ".join([*(a.form[k][:-1].lower() for k in range(m.i0, head)), noun])


def other_title(a: Quoted, m: Mention, sp: Speaker) -> bool:
    """The person in focus ``sp`` holds titles in the article, and the title ``m`` is none of them nor one
    any office-holder is called (``dužnosnik``, ``član``): also with a complement (``Predsjednik komore
    X ... Prema riječima ravnatelja bolnice, ...`` is another person)."""
    if a.lex is None or a.lex.roles.get(m.role, ("", ""))[1] != "title" or m.role in a.W_generic_title:
        return False
    held = {role for ent, role, _adjs, _tok in a.titles if a.ents[ent].key == sp.ent}
    return bool(held) and m.role not in held


def pointed(a: Quoted, m: Mention) -> bool:
    """Singular role or institution mention ``m`` is pointed at by a demonstrative (``ta ustanova``,
    ``ova institucija``, ``omenjena agencija``)."""
    return m.number != "p" and (bool(m.adjs) and all(x in a.W_determiner for x in m.adjs)
                                or m.i0 > 0 and a.low[m.i0 - 1] in a.W_determiner)


def body_pointed_at(a: Quoted, m: Mention, pos: int) -> Mention | None:
    """The body a pointed institution noun (``Ta ustanova``) stands for where no organisation is named:
    the last institution named by its own noun phrase, in any case (``od Nacionalnog instituta za
    krivično veštačenje``), in this sentence or the three before, or None."""
    if not pointed(a, m) or a.lex is None or a.lex.roles.get(m.role, ("", ""))[1] != "institution":
        return None
    k = a.sent_of[pos]
    for other in reversed(a.mentions):
        if other.i0 >= m.i0 or other.kind != "INST" or pointed(a, other):
            continue
        if k - a.sent_of[other.i0] > 3:
            break
        if a.lex.roles.get(other.role, ("", ""))[1] == "institution" and (other.number == "mod" or other.adjs):
            return other
    return None


def role_in_focus(a: Quoted, st: Claimed, pos: int, n: str) -> Speaker | None:
    """A person named only by a role who spoke last, in this sentence or the one before, when no named
    person came after: what a singular pronoun subject stands for (never a group named as written)."""
    if n == "p":
        return None
    last = next((q for q in reversed(st.quotes) if q.cue_tok < pos), None)
    if last is None or last.speaker.type != "person" or last.speaker.ent is not None or not last.speaker.name \
            or last.speaker.how != "explicit" or a.sent_of[pos] - a.sent_of[last.cue_tok] > 1:
        return None
    if any(tok == last.cue_tok for tok, _sp in st.groups):
        return None
    if any(last.cue_tok < tok < pos and a.ents[ent].type == "person" for tok, ent, _how in st.focus):
        return None
    return Speaker(last.speaker.name, "", "person", None, "focus")


def named_body_opens(a: Quoted, m: Mention) -> bool:
    """An institution noun in the singular opening its sentence with a genitive complement is the
    body's name, capital kept as the article writes it inside a sentence (``Ministarstvo prosvete
    saopštilo je``, as ``..., saopštilo je Ministarstvo prosvete``); a bare noun (``Vlada je
    saopštila``) or a plural group stays a common noun, in lower case."""
    if m.kind != "INST" or m.number == "p" or m.i1 - m.i0 < 2 or not a.form[m.i0][:1].isupper() \
            or m.role in a.words("collective_noun") or a.lem[m.i0] in a.words("collective_noun"):
        return False  # (``Skupina nevladinih udruga najavila je``: a group, no body's name)
    s0 = a.bounds[a.sent_of[m.i0]][0]
    if any(not a.punct[x] for x in range(a.dateline_end(s0), m.i0)):
        return False
    nxt = m.i0 + len(m.adjs) + 1
    if nxt >= m.i1:
        return False
    if m.adjs:
        # ``Republički zavod za statistiku objavio je``: adjectives before the noun make a name only
        # with a complement that says what the body is for (``za``) or whose it is (a genitive)
        return a.low[nxt] == "za" and nxt + 1 < m.i1 or not a.punct[nxt] and a.low[nxt] not in a.W_preposition \
            and a.low[nxt] not in a.W_conjunction and a.case(nxt) == "Gen"
    return not a.punct[nxt] and a.low[nxt] not in a.W_preposition and a.low[nxt] not in a.W_conjunction \
        and a.case(nxt) != "Nom"


def group_complement_end(a: Quoted, m: Mention) -> int:
    """Where a group named by a plural role noun in the nominative ends: after the genitive complement
    that says whose they are (``odbornici opozicije``, ``predstavnici sindikata``, ``članovi upravnog
    odbora``, sl ``novinarji Maga``): an institution, organisation, role or place in an oblique case,
    with lower-case modifiers before it, right after the noun; else the noun's own end."""
    if m.kind != "ROLE" or not m.nominative or m.number != "p":
        return m.i1
    s1 = a.bounds[a.sent_of[m.i0]][1]
    j = end = m.i1
    while j < s1 and j - m.i1 < 5:
        if a.punct[j] or a.mark[j] or a.is_verb(j) or a.verb_cue(j) is not None or a.low[j] in a.W_aux \
                or a.low[j] in a.W_preposition or a.low[j] in a.W_conjunction or a.low[j] in a.W_relative:
            break
        k = a.tok_mention[j]
        if k >= 0:
            mm = a.mentions[k]
            if mm.nominative or mm.i0 != j or mm.kind not in ("INST", "ORG", "ROLE", "LOC"):
                break
            j = end = mm.i1
            continue
        if a.form[j][:1].isupper():
            break
        j += 1
    return end


def role_name(a: Quoted, m: Mention) -> str:
    """A role noun's speaker as written: in the nominative, its words; a group in the genitive plural
    (``po mnenju zahodnih strokovnjakov``) in the nominative plural (zahodni strokovnjaki), where the
    language's ``genitive_plural`` rows give it; else the lemmas."""
    if m.nominative:
        end = group_complement_end(a, m)
        text = a.span_text(m.i0, end) if end > m.i1 else m.text
        return text[:1].lower() + text[1:] if text[:1].isupper() and not text[1:2].isupper() else text
    if m.number == "p":
        head = m.i0 + len(m.adjs)
        words = [a.genitive_plural(k, noun=k == head) for k in range(m.i0, head + 1)]
        if all(words):
            name = " ".join(words)
            return name[:1].lower() + name[1:] if not name[1:2].isupper() else name
    return " ".join(list(m.adjs) + [m.role])

def agrees(sp_type: str, ent_gender: str, g: str, n: str) -> bool:
    """A speaker of ``sp_type`` and ``ent_gender`` can be the subject of a verb of gender ``g``, number ``n``."""
    if sp_type == "person":
        if n in ("p",):
            return False
        return not (g in ("m", "f") and ent_gender in ("m", "f") and g != ent_gender)
    return True

#: How many sentences back a plural dropped subject (``Kot so pojasnili``) looks for the organisation
#: or group it stands for; beyond that the speaker stays unknown rather than borrowing an old name.
PLURAL_REACH = 2


def from_focus(a: Quoted, st: Claimed, pos: int, g: str, n: str, *, groups: bool = True) -> Speaker | None:
    """The referent in focus before token ``pos`` that agrees with a dropped subject."""
    group = next(((tok, sp) for tok, sp in reversed(st.groups) if tok < pos), None) if n == "p" and groups \
        else None
    if n != "p":
        body = opening_body(a, st, pos, g)
        if body is not None:
            return body
    for tok, ent, _how in reversed(st.focus):
        if tok >= pos:
            continue
        e = a.ents[ent]
        if n in ("p",):
            if group is not None and group[0] > tok:
                break
            if a.sent_of[pos] - a.sent_of[tok] > PLURAL_REACH:
                break
            if e.type in ("organisation", "agency"):
                return Speaker(e.name, "", e.type, e.key, "focus")
            continue
        if e.type != "person":
            continue
        if agrees("person", e.gender, g, n):
            return Speaker(e.name, "", e.type, e.key, "focus")
    if group is not None and a.sent_of[pos] - a.sent_of[group[0]] <= PLURAL_REACH:
        # ``Oni kažu``, ``navele su``: the group that spoke last
        return Speaker(group[1].name, "", group[1].type, None, "focus")
    return None



def opening_body(a: Quoted, st: Claimed, pos: int, g: str) -> Speaker | None:
    """A singular verb opening its sentence with no subject (``Poudarja, da ...``) right after a sentence
    whose subject, opening it, is a medium or an organisation (``Britanski časnik Financial Times se je
    dotaknil tudi Slovenije.``), with no person named in the nominative after it: that body speaks on.
    A verb with a gender (a past participle) takes a medium only; an organisation may be any gender."""
    k = a.sent_of[pos]
    s0 = a.bounds[k][0]
    if k == 0 or any(not (a.punct[x] or a.mark[x] or a.low[x] in a.W_verb_adverb or a.low[x] in a.W_aux
                          or a.low[x] in a.W_reflexive) for x in range(a.dateline_end(s0), pos)):
        return None
    p0, p1 = a.bounds[k - 1]
    if any(q.cue_tok >= p0 and q.cue_tok < pos for q in st.quotes):
        return None  # a statement of the sentence before: its speaker is in focus already
    opening = None
    for m in a.mentions:
        if not p0 <= m.i0 < p1 or st.in_content[m.i0] or a.in_quote[m.i0] >= 0:
            continue
        if opening is None:
            start = a.dateline_end(p0)
            if m.kind not in ("ORG", "AGENCY") or m.ent is None or not m.nominative \
                    or any(a.punct[x] or a.mark[x] or a.is_verb(x) or a.low[x] in a.W_preposition
                           for x in range(start, m.i0)):
                return None
            if m.i1 >= p1 or not (a.low[m.i1] in a.W_aux or a.low[m.i1] in a.W_reflexive or a.is_verb(m.i1)):
                return None
            opening = m
        elif m.kind in ("PER", "ROLE", "PRON") and m.nominative:
            return None
    if opening is None:
        return None
    e = a.ents[opening.ent]  # type: ignore[index]
    if e.type not in ("agency", "organisation") or g and e.type != "agency":
        return None
    return Speaker(e.name, "", e.type, e.key, "focus")
