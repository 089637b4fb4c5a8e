"""Role nouns and institutions as mentions (``ruski predsednik``, ``ministrstvo``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ._types import TAGS, Mention, Rule, choose_twin
from .lexicon import rewrite_suffix, suffix_rules
from .names import Names

#: Tagged text: a body's noun (``skupina državnih tožilcev``) takes only nouns, adjectives and
#: prepositions after it, in the genitive unless after ``za``.
BODY_WORDS = Rule("body_words", None, TAGS, "skupina državnih tožilcev za pregon: NOUN/ADJ/ADP, genitives")
#: Untagged text: the lexicon's stop words alone end the body's modifiers.
BODY_WORDS_SURFACE = Rule("body_words/surface", None, frozenset(), "untagged: stop at a verb, comma, conjunction")
#: Tagged text: a body's name ends on a noun.
BODY_END = Rule("body_end", None, TAGS, "the modifiers end on a NOUN or PROPN")
#: Untagged text: a body's name ends where its modifiers do.
BODY_END_SURFACE = Rule("body_end/surface", None, frozenset(), "untagged: the last modifier")
#: Tagged text: a personal pronoun is tagged one (``ona`` may be a determiner).
PRONOUN = Rule("pronoun", None, TAGS, "on, ona, oni tagged PRON")
#: Untagged text: the lexicon's pronouns as written.
PRONOUN_SURFACE = Rule("pronoun/surface", None, frozenset(), "on, ona, oni as words")
RULES = (BODY_WORDS, BODY_WORDS_SURFACE, BODY_END, BODY_END_SURFACE, PRONOUN, PRONOUN_SURFACE)


@dataclass(frozen=True, slots=True)
class RoleTwins:
    """The role and pronoun builders one article's annotation allows, chosen at the door."""

    body_stops: Callable[[Roles, int], bool]
    body_ends: Callable[[Roles, int], bool]
    pronoun: Callable[[Roles, int], bool]


def choose_role_twins(filled: frozenset[str]) -> RoleTwins:
    """The tagged builders where the TOKENS columns ``filled`` include tags, else their surface twins."""
    stops = choose_twin(filled, (BODY_WORDS, body_stops_by_tag), (BODY_WORDS_SURFACE, never))
    ends = choose_twin(filled, (BODY_END, body_ends_by_tag), (BODY_END_SURFACE, always))
    pronoun = choose_twin(filled, (PRONOUN, pronoun_by_tag), (PRONOUN_SURFACE, always))
    return RoleTwins(body_stops=stops, body_ends=ends, pronoun=pronoun)


def body_stops_by_tag(v: Roles, j: int) -> bool:
    """Tagged text: word ``j`` is no modifier of the body's noun (not a noun, adjective or preposition;
    a word in a case other than the genitive, unless after ``za``)."""
    u = v.upos[j]
    return u not in ("NOUN", "ADJ", "ADP", "PROPN") or u != "ADP" and v.case(j) not in ("Gen", "") and v.low[j - 1] not in v.W_complement_preposition


def body_ends_by_tag(v: Roles, k: int) -> bool:
    """Tagged text: the body's last word ``k`` is a noun."""
    return v.upos[k] in ("NOUN", "PROPN")


def pronoun_by_tag(v: Roles, i: int) -> bool:
    """Tagged text: word ``i`` is tagged a pronoun."""
    return v.upos[i] == "PRON"


def always(v: Roles, i: int) -> bool:
    """Untagged text: no tag to ask; the words decide."""
    return True


def never(v: Roles, i: int) -> bool:
    """Untagged text: no tag to ask; the words decide."""
    return False


class Roles(Names):
    """Name mentions plus role and institution mentions."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.role_twins = choose_role_twins(self.filled)  # the door: tagged or surface role builders
        self._mplural: dict[str, str] | None = None

    def _group_complement_end(self, j: int, s1: int, named: dict[int, Mention]) -> int:
        """Where the complement of a plural group noun ending before ``j`` ends: a name (``Europske
        komisije``), a ``za`` phrase or lower-case words (adjectives and a noun, ``civilne obrane``) of at
        most three words, right before the verb, its auxiliary or the clause's end; else ``j`` (no
        complement: ``analitičari u petak tvrde``, ``građani ovih dana kažu``). A role noun of the
        lexicon is a noun whatever lite's lemma (``uprave`` lemmatised ``upraviti``)."""
        lex = self.lex
        if lex is None or j >= s1:
            return j
        if j in named and named[j].kind in ("ORG", "INST", "AGENCY", "LOC"):
            e = named[j].i1
        else:
            k = j + 1 if self.low[j] in self.W_complement_preposition else j
            e = k
            while e < s1 and e - k < 3 and self.form[e][:1].islower() and not (
                    self.punct[e] or self.mark[e] or self.is_verb(e) and self.low[e] not in lex.role_forms
                    or self.verb_cue(e) is not None
                    or self.low[e] in lex.words["aux"] or self.low[e] in lex.words["preposition"]
                    or self.low[e] in lex.words["conjunction"] or self.low[e] in lex.words["relative"]
                    or self.low[e] in lex.words["complementizer"] or self.low[e] in self.W_determiner
                    or k == j and (self.low[e] in self.W_verb_adverb or self.adverb_like(e))
                    or self.low[e] in self.W_reflexive):
                e += 1
            if e == k:
                return j
        if e >= s1 or self.punct[e] or self.low[e] in lex.words["aux"] or self.is_verb(e) \
                or self.verb_cue(e) is not None:
            return e
        return j

    def _add_role_mentions(self) -> None:
        lex = self.lex
        if lex is None:
            return
        named = {m.i0: m for m in self.mentions}
        ends = {m.i1 - 1: m for m in self.mentions}
        covered: set[int] = set()
        for m in self.mentions:
            covered.update(range(m.i0, m.i1))
        new: list[Mention] = []
        tw = self.role_twins
        roles, role_forms = lex.roles, lex.role_forms
        for i in range(self.n):
            lem, low = self.lem[i], self.low[i]
            if lem not in roles and low not in roles and not ((not lem or lem == low) and low in role_forms) \
                    or i in covered:
                continue
            role = self.role_noun(i)
            if role is None:
                continue
            if self.has_upos and low != role and low in roles and roles[low][0] == "f" and roles[role][0] == "m":
                # ``Predsjedavajuća``: a feminine title the tagger lemmatised as the masculine's (untagged,
                # a form that is a row is that row already: ``role_noun``)
                role = low
            gender, kind = lex.roles[role]
            plural_nom = False
            if gender == "f" and low in self._masc_plurals():
                # ``dužnosnici``: the nominative plural of the masculine noun rather than the feminine's dative
                role, plural_nom = self._masc_plurals()[low], True
                gender, kind = lex.roles[role]
            elif not self.case(i) and self._masc_plurals().get(low) == role:
                plural_nom = True  # ``rekli su zvaničnici``: without cases, the masculine nominative plural's form
            s0, s1 = self.bounds[self.sent_of[i]]
            a = i
            # (a form that is a lexicon row is its nominative singular, whatever lemma the lemmatiser gave)
            # (and the masculine nominative plural's form read so above: ``Predstavnici Ministarstva ...``)
            nominative = self.nominative(i) or role == low and not self.case(i) or plural_nom
            while a - 1 >= s0 and i - a < 3 and self.is_adjective(a - 1) and a - 1 not in covered \
                    and not self.participle(a - 1):  # ``koju je podigao glavni tužilac X``: a verb, no adjective
                if nominative and a - 2 >= s0 and self.low[a - 2] in self.W_preposition and self.W_adjective_lemma_ending \
                        and not (self.lem[a - 1] or self.low[a - 1]).endswith(self.W_adjective_lemma_ending):
                    # ``rekao je nakon sastanka zrakoplovni general X``: a noun (lemma ``sastanak``) after a
                    # preposition is its object, no modifier of the role (lite reads adjectives by ending)
                    break
                a -= 1
            adjs = tuple(self.lem[j] or self.low[j] for j in range(a, i))
            if kind in ("title", "profession", "person") and a - 2 >= s0 and self.low[a - 1] == "," and a - 2 in ends \
                    and ends[a - 2].kind == "PER" and ends[a - 2].ent is not None:
                # ``Milan Antonijević, ravnatelj udruge YUCOM, kaže``: the title in apposition is the name's
                self.titles.append((ends[a - 2].ent, role, adjs, i))  # type: ignore[arg-type]
                covered.add(i)
                continue
            # a name after the role (and its genitive modifiers): ruski predsednik Vladimir Putin
            j = i + 1
            target = None
            complement: Mention | None = None  # a person's name in the genitive: the title's complement
            limit = 5
            while j < s1 and j - i <= limit:
                if j in named and named[j].kind == "PER" and self.low[j - 1] in self.W_preposition:
                    break  # the object of a preposition: ``raziskovalci iz Heidelberga``, ``kolesar iz Pečk``
                if j in named:
                    target = named[j]
                    if target.kind == "PER" and kind in ("title", "profession", "person") and nominative \
                            and self.genitive_name(target, i):
                        # ``savjetnik Ivana Perića je rekao``: the adviser speaks, not Perić; a name after
                        # the complement is the title's holder (``savjetnik ministra Ivana Perića Marko Kolar``)
                        nxt = target.i1
                        if nxt in named and named[nxt].kind == "PER" and not self.genitive_name(named[nxt], i):
                            target = named[nxt]
                            j = nxt
                            break
                        complement, target = target, None
                        break
                    if target.kind in ("ORG", "LOC") and kind in ("title", "profession", "person") and j + 1 < s1:
                        # generalni direktor Gospodarske zbornice Slovenije Samo Hribar Milič
                        nxt = target.i1
                        if nxt in named and named[nxt].kind == "PER":
                            target = named[nxt]
                            j = nxt
                            break
                        limit += target.i1 - target.i0
                        j = target.i1
                        target = None
                        continue
                    break
                if self.punct[j] and self.form[j] != "-" or self.is_verb(j) or self.mark[j]:
                    break
                if self.low[j] in lex.words["conjunction"] and j > i + 1 and j + 1 < s1 \
                        and self.form[j + 1][:1].islower() and not self.punct[j + 1] and not self.is_verb(j + 1) \
                        and not self.form[j - 1][:1].isupper() and j + 1 not in named:
                    # ``povjerenik za ekonomska i monetarna pitanja X``, ``ministar rada i socijalne politike
                    # X``: words joined inside the title's complement, the name still to come
                    limit += 2
                    j += 1
                    continue
                if self.low[j] in lex.words["conjunction"] or self.low[j] in lex.words["relative"]:
                    break
                j += 1
            if target is not None and target.kind == "PER" and kind in ("title", "profession", "person"):
                self.titles.append((target.ent, role, adjs, i))  # type: ignore[arg-type]
                ent = self.ents[target.ent]  # type: ignore[index]
                if gender == "f" or not ent.gender and gender == "m":
                    # a feminine title (ravnateljica) outweighs a guess from the first name; a masculine
                    # one is a guess itself, as it is also written of women (predsjedavajući Borjana X)
                    ent.gender, ent.gender_guessed = gender, gender != "f"
                if nominative and not target.nominative and not self.case(target.i1 - 1) \
                        and len(ent.words) == target.i1 - target.i0 and (any(
                            not (self.low[x].startswith(self.lem[x].lower()) or self.lem[x].lower().startswith(self.low[x]))
                            for x in range(target.i0, target.i1)) or gender == "f" and not self.has_upos):
                    # ``premijer Sali Beriša je rekao``: lite lemmatised the name into another one (``Sati
                    # Beriš``); after a title in the nominative it is the nominative as written; so is a
                    # woman's after a feminine title (``Direktorica MMF-a Kristalina Georgieva``, not the
                    # man's genitive ``Kristalin Georgiev`` the lemmatiser read)
                    ent.name = self.span_text(target.i0, target.i1)
                    ent.forms[ent.name] += 2
                self._extend_over_role(target, a, nominative, covered)
                continue
            if target is not None and j == i + 1 and target.kind in ("ORG", "AGENCY") and kind in ("representative", "institution", "medium", "company"):
                self._extend_over_role(target, a, nominative, covered)
                continue
            if target is not None and target.kind in ("ORG", "AGENCY") and kind == "representative":
                target_m = Mention(a, target.i1, target.kind, target.ent, nominative, self.span_text(a, target.i1))
                new.append(target_m)
                covered.update(range(a, target.i1))
                continue
            number = "s"
            if not self.nominative(i) or self.low[i] == self.lem[i]:
                number = "s"
            elif self.low[i] != self.lem[i] and self.case(i) == "":
                # untagged, a nominative that is not its lemma is a plural; where nouns have no cases (mk,
                # bg) the singular takes a postfixed article (``премиерот``, ``говорителят``) and only a
                # plural ending tells (``министрите``, ``пратеници``)
                number = "p" if not self.analytic or self.low[i].endswith(self.W_plural_noun_ending) else "s"
            fe = self.feats[i]
            if fe and "Number=Plur" in fe:
                number = "p"
            if plural_nom:
                number, nominative = "p", True
            elif not nominative and not self.case(i) and self.genitive_plural(i, noun=True):
                number = "p"  # ``po mnenju strokovnjakov``: untagged, a genitive plural by its ending
            end = i + 1
            if kind in ("institution", "medium", "company"):
                # ``skupina državnih tožilcev za pregon ...``: a noun with its modifiers names the body
                j = i + 1
                while j < s1 and j - i <= 6 and not (self.punct[j] or self.mark[j] or self.is_verb(j) or j in named
                                                    or self.low[j] in lex.words["conjunction"]
                                                    or self.low[j] in lex.words["relative"]
                                                    or self.low[j] in lex.words["aux"]
                                                    or self.low[j] in self.W_object_clitic  # (``Синдикатите ја поздравија``)
                                                    # mk, bg: a noun's complement follows a preposition
                                                    # (``полицията на София``), never a bare noun
                                                    or self.analytic and j == i + 1
                                                    and self.low[j] not in self.W_complement_preposition
                                                    or self.low[j] in self.W_verb_adverb
                                                    or (self.upos[j] == "ADP" or self.low[j] in lex.words["preposition"])
                                                    and self.low[j] not in self.W_complement_preposition
                                                    or tw.body_stops(self, j)):
                    j += 1
                titled = any((r := self._lookup(x, lex.roles, lex.role_forms)) is not None
                             and lex.roles[r][1] in ("title", "profession", "person") for x in range(i + 1, j))
                if j < s1 and j in named and named[j].kind in ("ORG", "AGENCY") and titled:
                    # ``vlada nekdanjega direktorja Petrola``: the name is the complement of a person's title
                    # between, no name of the body (whose noun speaks alone)
                    j = i + 1
                if j < s1 and j in named and named[j].kind in ("ORG", "AGENCY") and not (
                    self.case(i) and self.case(named[j].i1 - 1) and self.case(i) != self.case(named[j].i1 - 1)
                ):
                    # organizacija za varnost letalskega prometa Eurocontrol: the name it gives
                    self._extend_over_role(named[j], a, nominative, covered)
                    continue
                if j > i + 1 and tw.body_ends(self, j - 1):
                    end = j
                    number = "mod"
                    if j < s1 and j in named and named[j].kind == "LOC" and "za" in self.low[i + 1:j]:
                        # ``Policijska uprava za grad Beograd``, ``kancelarija za Kosovo``: the place it serves
                        end = named[j].i1
            text = self.span_text(a, end)
            if complement is None and number == "p" and nominative and kind in ("title", "profession", "person"):
                # a group as written, with its complement: ``dužnosnici civilne obrane``, ``stručnjaci za
                # životni okoliš``, ``dužnosnici Europske komisije``
                text = self.span_text(a, self._group_complement_end(end, s1, named))
            if complement is not None:
                # the role's words as written run on over its genitive complement, which speaks for no one
                complement.nominative = False
                text = self.span_text(a, complement.i1)
            new.append(Mention(a, end, "INST" if kind in ("institution", "medium", "company") else "ROLE", None, nominative,
                               text, gender=gender, number=number, role=role, adjs=adjs))
            covered.update(range(a, end))
        # pronouns
        pronouns: dict[str, tuple[str, str]] = {}
        for cls, g, nn in (("pronoun_x", "", ""), ("pronoun_p", "", "p"), ("pronoun_f", "f", "s"), ("pronoun_m", "m", "s")):
            for w in self.words(cls):
                pronouns[w] = (g, nn)
        for i, low in enumerate(self.low):
            gn = pronouns.get(low)
            if gn is not None and i not in covered and tw.pronoun(self, i):
                new.append(Mention(i, i + 1, "PRON", None, True, self.form[i], gender=gn[0], number=gn[1]))
        self.mentions.extend(new)

    def _extend_over_role(self, m: Mention, a: int, nominative: bool, covered: set[int]) -> None:
        """The name ``m`` after a role begins at the role's first word ``a`` and takes the role's case
        (``ruski predsednik Vladimir Putin``, ``organizacija ... Eurocontrol``); its words are covered."""
        m.i0 = a
        m.nominative = nominative
        m.text = self.span_text(a, m.i1)
        covered.update(range(a, m.i1))

    def genitive_name(self, m: Mention, role: int) -> bool:
        """The person's name ``m`` after the title at ``role`` is in the genitive, the title's complement
        (``savjetnik Ivana Perića``), not the holder in apposition (``premijer Sali Beriša``). With
        cases, its last word is a genitive after a title that is not, and a word of it is declined;
        without, a surname ending the
        language has only in an oblique case (``surname_genitive_ending``: hr, sr, bs ``-ića``), or
        every word of a name of two or more a case ending on its lemma (``Ivana Perića``: Ivan Perić;
        ``Sali Beriša``, lemmatised ``Sati Beriš``, is another name, read as written)."""
        last = m.i1 - 1
        c = self.case(last)
        if c:
            # (a name the form does not decline, ``kraljica Elizabeth``, is no genitive whatever its tag)
            return c == "Gen" and self.case(role) not in ("", "Gen") \
                and any(self.lem[x] and self.low[x] != self.lem[x] for x in range(m.i0, m.i1))
        if self.feats[last] or self.xpos[last]:
            return False
        if self.low[last].endswith(self.W_surname_genitive_ending):
            return True
        if m.i1 - m.i0 < 2:
            return False
        return all(self.lem[x] and self.low[x] != self.lem[x] and self.low[x].startswith(self.lem[x])
                   and len(self.low[x]) - len(self.lem[x]) <= 2 for x in range(m.i0, m.i1))

    def _masc_plurals(self) -> dict[str, str]:
        """Nominative plurals of the masculine role nouns (``ministri``, ``dužnosnici``), by the language's
        ``masculine_plural`` rewrites (none in Slovenian, where they are not read)."""
        if self._mplural is None:
            self._mplural = {}
            rules = suffix_rules(self.words("masculine_plural"), "masculine_plural")
            if rules:
                for r, (g, _kind) in (self.lex.roles.items() if self.lex else ()):
                    if g == "m" and r.isalpha():
                        for plural in rewrite_suffix(r, rules):
                            self._mplural[plural] = r
        return self._mplural
