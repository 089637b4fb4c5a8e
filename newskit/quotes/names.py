"""Corrections of the recogniser's names: titled names, surnames, initials, acronyms.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ..language import to_latin
from ..names import name_words_match
from ._types import TAGS, Mention, Rule, choose_twin
from ._words import fold
from .entities import Entities

#: Tagged text: a person's name is made of words tagged proper nouns.
NAME_WORD = Rule("name_word", None, TAGS, "predsjednik ciparskih Grka Tassos Papadopoulos: PROPN words")
#: Untagged text: any capitalised word in the nominative may be part of a name.
NAME_WORD_SURFACE = Rule("name_word/surface", None, frozenset(), "capitalised words, no role nouns")
#: Tagged text: a titled person's gender is the tags' (or the first name's), not the title's.
TITLE_GENDER = Rule("title_gender", None, TAGS, "Seb Bytyci, izvršni ravnatelj: the name's own gender")
#: Untagged text: a title in apposition gives the person its gender, not a guess from the first name.
TITLE_GENDER_SURFACE = Rule("title_gender/surface", None, frozenset(), "X, izvršna ravnateljica: a woman")
#: Untagged text only: a sentence's first word that is a surname the article names in full is that person.
INITIAL_SURNAMES = Rule("initial_surnames/surface", None, frozenset(), "Bytyci kaže, after Seb Bytyci")
#: Tagged text: the tagger tags sentence-initial names itself; nothing to add.
INITIAL_SURNAMES_TAGGED = Rule("initial_surnames", None, TAGS, "tagged: the recogniser's names stand")
RULES = (NAME_WORD, NAME_WORD_SURFACE, TITLE_GENDER, TITLE_GENDER_SURFACE, INITIAL_SURNAMES, INITIAL_SURNAMES_TAGGED)


@dataclass(frozen=True, slots=True)
class NameTwins:
    """The name corrections one article's annotation allows, chosen at the door."""

    name_tag: Callable[[Names, int], bool]
    title_gender: Callable[[Names, str, str], str]
    initial_surnames: Callable[[Names], list[Mention]]


def choose_name_twins(filled: frozenset[str]) -> NameTwins:
    """The tagged corrections where the TOKENS columns ``filled`` include tags, else their surface twins."""
    tag = choose_twin(filled, (NAME_WORD, tagged_proper_noun), (NAME_WORD_SURFACE, any_name_word))
    gender = choose_twin(filled, (TITLE_GENDER, gender_of_name), (TITLE_GENDER_SURFACE, gender_of_title))
    initial = choose_twin(filled, (INITIAL_SURNAMES_TAGGED, no_initial_surnames), (INITIAL_SURNAMES, initial_surnames))
    return NameTwins(name_tag=tag, title_gender=gender, initial_surnames=initial)


def tagged_proper_noun(v: Names, x: int) -> bool:
    """Tagged text: a word of a person's name is tagged a proper noun."""
    return v.upos[x] == "PROPN"


def any_name_word(v: Names, x: int) -> bool:
    """Untagged text: no tag to ask; the word's shape and case decide."""
    return True


def gender_of_name(v: Names, name_gender: str, title_gender: str) -> str:
    """Tagged text: the person keeps the gender its name's tags gave it."""
    return name_gender


def gender_of_title(v: Names, name_gender: str, title_gender: str) -> str:
    """Untagged text: a feminine title's gender (``ravnateljica``), not a guess from the first name;
    a masculine title only where the name gave none, as it is also written of women
    (``predsjedavajući Borjana Krišto``)."""
    return title_gender if title_gender == "f" or not name_gender else name_gender


def initial_surnames(v: Names) -> list[Mention]:
    """Untagged, a sentence's first word that is the surname of one person the article names in full
    (``Bytyci kaže``) is that person: the recogniser leaves sentence-initial words out."""
    people = [e for e in v.ents if e.type == "person" and len(e.words) >= 2]
    if not people:
        return []
    out = []
    covered = {x for m in v.mentions for x in range(m.i0, m.i1)}
    for s0, s1 in v.bounds:
        a = s0
        while a < s1 and v.mark[a]:
            a += 1
        if a + 1 >= s1 or a in covered or not v.name_word(a, nominative=False) \
                or v.form[a + 1][:1].isupper() or v.punct[a + 1]:
            continue
        words = {fold(v.nom_word(a)), v.low[a]}
        hits = [e for e in people if any(name_words_match(w, e.words[-1]) for w in words)]
        if len(hits) == 1:
            out.append(Mention(a, a + 1, "PER", hits[0].key, True, v.form[a]))
    return out


def no_initial_surnames(v: Names) -> list[Mention]:
    """Tagged text: the tagger tags sentence-initial names itself; nothing to add."""
    return []


class Names(Entities):
    """Entities, with the recogniser's types and spans corrected."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.name_twins = choose_name_twins(self.filled)  # the door: tagged or surface corrections

    def _retype_titled_names(self) -> None:
        """The name a title's phrase ends with is a person's, though the recogniser typed it an
        organisation: ``podtajnik UN-a za politička pitanja Kieran Prendergast``, ``predsjednik ciparskih
        Grka Tassos Papadopoulos`` (an oblique capitalised noun run into the name is split off). The
        person's name is two or three capitalised words in the nominative that are no role nouns,
        ending the phrase."""
        lex = self.lex
        if lex is None:
            return
        by_start = {m.i0: m for m in self.mentions}
        covered = {x for m in self.mentions for x in range(m.i0, m.i1)}
        stop = self.W_conjunction | self.W_relative | self.W_aux
        for i in range(self.n):
            role = self.role_noun(i) if i not in covered else None
            if role is None or lex.roles[role][1] not in ("title", "profession"):
                continue
            s1 = self.bounds[self.sent_of[i]][1]
            j, last = i + 1, None
            while j < s1 and j - i <= 8:
                m = by_start.get(j)
                if m is not None:
                    last = m
                    j = m.i1
                    continue
                if self.punct[j] and self.form[j] != "-" or self.mark[j] or self.is_verb(j) or self.low[j] in stop \
                        or self.form[j][:1].isupper() or self.low[j] in self.W_preposition and self.low[j] not in self.W_complement_preposition:
                    break  # ``urednik u novinama X``: a name after a preposition's noun is that noun's
                j += 1
            if last is None or last.kind != "ORG" or last.ent is None or last.i1 != j:
                continue
            if j < s1 and self.form[j][:1].isupper() and not self.punct[j]:
                continue  # the phrase goes on: not its end
            alpha = [x for x in range(last.i0, last.i1) if not self.punct[x]]
            if len(alpha) != last.i1 - last.i0:
                continue
            oblique = not self.has_upos and not self.nominative(i)
            k = len(alpha)
            while k > 0 and self.name_word(alpha[k - 1], nominative=not oblique):
                k -= 1
            tail = alpha[k:]
            if oblique:
                # untagged, a title in an oblique case: its holder's name is in that case too, and only a
                # given name opens it (``direktora tvrtke Končar Ivana Horvata``: Končar is the company's)
                g = next((t for t, x in enumerate(tail[:-1]) if t and self._oblique_given(x)), None)
                if g is None:
                    continue
                k, tail = k + g, tail[g:]
            if k and len(tail) == 3 and any(self.low[x] == self.low[tail[0]] and self.low[x + 1] != self.low[tail[1]]
                                            for x in range(self.n - 1) if x != tail[0]):
                # ``Pivovarne Laško Dušan Zorko``: a word the text uses apart from the name ends the organisation's
                k, tail = k + 1, tail[1:]
            if not 2 <= len(tail) <= 3:
                continue
            if k and not oblique and all(self.nominative(x) for x in alpha[:k]):
                continue  # a nominative word before: the whole is one name
            self._drop_mention(last)
            del by_start[last.i0]
            if k:
                self._add_name_mention(alpha[0], alpha[k - 1] + 1, "ORG", "")
                by_start[alpha[0]] = self.mentions[-1]
            self._add_name_mention(tail[0], tail[-1] + 1, "PER", "")
            by_start[tail[0]] = self.mentions[-1]
        # ``Seb Bytyci, izvršni ravnatelj Instituta ...``: a name with a title in apposition after it
        for m in list(self.mentions):
            if m.kind != "ORG" or m.ent is None or not 2 <= m.i1 - m.i0 <= 3 \
                    or not all(self.name_word(x, nominative=False) for x in range(m.i0, m.i1)):
                continue
            if m.i0 > 0 and self.low[m.i0 - 1] in self.W_preposition:
                continue
            s1 = self.bounds[self.sent_of[m.i0]][1]
            j = m.i1 + 1
            if j >= s1 or self.low[m.i1] != ",":
                continue
            while j < s1 and j - m.i1 <= 3 and not self.punct[j] and not self.form[j][:1].isupper() \
                    and self.role_noun(j) is None:
                j += 1
            role = self.role_noun(j) if j < s1 else None
            if role is None or lex.roles[role][1] not in ("title", "profession") or not self.nominative(j):
                continue
            self._drop_mention(m)
            self._add_name_mention(m.i0, m.i1, "PER", "")
            gender = lex.roles[role][0]
            person = self.mentions[-1]
            if not person.nominative and person.ent is not None:  # in the case of its title: the form as written
                person.nominative = True
                e = self.ents[person.ent]
                if len(e.words) == m.i1 - m.i0:
                    e.name = person.text
                e.forms[person.text] += 2
            if gender in ("m", "f") and person.ent is not None:
                ent = self.ents[person.ent]
                ent.gender = self.name_twins.title_gender(self, ent.gender, gender)
                ent.gender_guessed = ent.gender_guessed and gender != "f"

    def _drop_mention(self, m: Mention) -> None:
        """Take the recogniser's mention ``m`` out, and its place among its entity's positions, before
        its words are read again as other names."""
        if m.ent is not None and m.i0 in self.ents[m.ent].positions:
            self.ents[m.ent].positions.remove(m.i0)
        self.mentions.remove(m)

    def _oblique_given(self, x: int) -> bool:
        """Word ``x`` is a given name of the gazetteer in any case: as its lemma or its form, or by the
        genitive's ending (``Milana`` of Milan, ``Marka`` of Marko, ``Ivane`` of Ivana), whatever lemma
        the lemmatiser gave it (``Milana`` -> ``milati``)."""
        low = self.low[x]
        forms = [self.lem[x], low]
        if low.endswith("a"):
            forms += [low[:-1], low[:-1] + "o"]
        elif low.endswith("e"):
            forms.append(low[:-1] + "a")
        return self.form[x][:1].isupper() and any(self._given_name(f) for f in forms)

    def name_word(self, x: int, nominative: bool = True) -> bool:
        """A capitalised word that may be part of a person's name: in the nominative, no acronym and
        no role or institution noun, and tagged a proper noun where tags are known."""
        f = self.form[x]
        if not f[:1].isupper() or not f.isalpha() or f.isupper() or nominative and not self.nominative(x):
            return False
        if not self.name_twins.name_tag(self, x):
            return False
        lex = self.lex
        return lex is None or not (self.lem[x] in lex.roles or self.low[x] in lex.role_forms)

    def _retype_surnames(self) -> None:
        """A one-word organisation or place that is the surname of a person the article names in full
        (the recogniser's ``Turnšek`` as ORG beside ``Anton Turnšek``) is that person."""
        people = [e for e in self.ents if e.type == "person" and len(e.words) >= 2]
        if not people:
            return
        for m in self.mentions:
            if m.kind not in ("ORG", "LOC") or m.ent is None or m.i1 - m.i0 != 1:
                continue
            w = fold(self.nom_word(m.i0))
            for e in people:
                if name_words_match(w, e.words[-1]):
                    old = self.ents[m.ent]
                    if m.i0 in old.positions:
                        old.positions.remove(m.i0)
                    m.kind, m.ent = "PER", e.key
                    m.nominative = self.nominative(m.i0)
                    e.positions.append(m.i0)
                    break

    def _a_stem_names(self) -> None:
        """Untagged text: a person named first in the dative or locative of an a-stem name (``protivkandidat
        Rami``, which the lemmatiser keeps as ``Rami``) and later as ``Rama`` is Rama: the form in ``-a``
        is the nominative, the one in ``-i`` its oblique case (a nominative in ``-i``, ``Kurti``, declines
        as ``Kurtija``, not ``Kurta``)."""
        for e in self.ents:
            if e.type != "person" or not e.positions:
                continue
            words = e.name.split()
            last = words[-1] if words else ""
            if len(last) < 3 or not last.endswith("i"):
                continue
            want = last[:-1] + "a"
            hits = [m for m in self.mentions if m.ent == e.key and m.kind == "PER" and self.form[m.i1 - 1] == want
                    and not self.case(m.i1 - 1)]
            if not hits:
                continue
            e.name = " ".join(words[:-1] + [want])
            for m in self.mentions:
                if m.ent == e.key and m.kind == "PER" and self.form[m.i1 - 1] == last and not self.case(m.i1 - 1):
                    m.nominative = False
                elif m in hits:
                    m.nominative = True

    def _surnames_as_named(self) -> None:
        """Untagged text: a one-word name written exactly as the surname of the person's nominative
        name (``Haraćija`` of ``Astrit Haraćija``, though the lemmatiser reads ``Haraći``) is a nominative;
        the surname's oblique forms take an ending (``Haraćije``, ``Horvata``)."""
        surnames = {(m.ent, self.form[m.i1 - 1]) for m in self.mentions
                    if m.kind == "PER" and m.nominative and m.i1 - m.i0 >= 2 and not self.case(m.i1 - 1)}
        for m in self.mentions:
            if m.kind == "PER" and not m.nominative and m.i1 - m.i0 == 1 and not self.case(m.i0) \
                    and (m.ent, self.form[m.i0]) in surnames:
                m.nominative = True

    def _initial_surnames(self) -> None:
        """The sentence-initial surnames of the twin the door chose (:func:`choose_name_twins`)."""
        for m in self.name_twins.initial_surnames(self):
            self.mentions.append(m)
            self.ents[m.ent].positions.append(m.i0)  # type: ignore[index]

    def _link_acronyms(self) -> None:
        """``Nova Ljubljanska banka ( NLB )`` and NLB = its initials: one organisation."""
        orgs = [e for e in self.ents if e.type == "organisation"]
        by_acr = {}
        for e in orgs:
            if len(e.words) == 1 and e.words[0].isalpha() and 2 <= len(e.words[0]) <= 6:
                name = next(iter(e.forms), "")
                if name.isupper():
                    by_acr[e.words[0]] = e
        if not by_acr:
            return
        # ``Evropska bančna agencija ( EBA )``: the words before the bracket whose initials spell it
        for m in self.mentions:
            if m.kind != "ORG" or m.ent is None or m.i1 - m.i0 != 1 or m.i0 < 2 or self.low[m.i0 - 1] != "(":
                continue
            e = self.ents[m.ent]
            acr = e.words[0] if e.words else ""
            if by_acr.get(acr) is not e:
                continue
            k = len(acr)
            a = m.i0 - 1 - k
            if a < 0 or any(self.punct[x] for x in range(a, m.i0 - 1)):
                continue
            # the words are compared in Latin: a Cyrillic text's lower-cased words are read as Latin
            if "".join(self.low[x][:1] for x in range(a, m.i0 - 1)) == to_latin(acr, language="sr"):
                full = self.span_text(a, m.i0 - 1)
                e.words = e.words + [self.lem[x] or self.low[x] for x in range(a, m.i0 - 1)]
                e.forms[full] += 1
        for e in orgs:
            if len(e.words) < 2:
                continue
            initials = "".join(w[0] for w in e.words if w and w[0].isalpha())
            short = by_acr.get(initials)
            if short is None:
                continue
            # merge the full name into the acronym's entity; canonical is the form used most
            short.forms.update(e.forms)
            short.positions.extend(e.positions)
            short.words = short.words + [w for w in e.words if w not in short.words]
            for m in self.mentions:
                if m.ent == e.key:
                    m.ent = short.key
            e.positions = []
            e.forms = Counter()
