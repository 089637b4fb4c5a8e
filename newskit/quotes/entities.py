"""Named people and organisations: one entity per referent, one mention per occurrence.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from .. import gazetteer
from ..language import to_latin
from ..names import name_words_match
from ._types import TAGS, Entity, Mention, Rule, choose_twin
from ._words import GENDERS, fold
from .lexicon import CREDIT_LABEL, rewrite_suffix
from .view import TokenView


class Entities(TokenView):
    """The entities and name mentions of an article."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.entity_twins = choose_entity_twins(self.filled)  # the door: tagged or surface builders
        self.ents: list[Entity] = []
        self.mentions: list[Mention] = []
        self.tok_mention = [-1] * self.n
        self.titles: list[tuple[int, str, tuple[str, ...], int]] = []  # (ent, role, adjs, token)
        # (token, entity, form, nominative) of each organisation's name
        self.org_forms: list[tuple[int, int, str, bool]] = []

    def _untagged_names(self, raw: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
        """The names the recogniser left out, by the twin the door chose (:func:`choose_entity_twins`)."""
        tagged = [False] * self.n
        for a, b, _k, _n in raw:
            for i in range(a, b):
                tagged[i] = True
        return self.entity_twins.names_left_out(self, tagged)

    def _credit_context(self, a: int, b: int, inflected: bool = False) -> bool:
        """An outlet whose name is also a word (``Delo``, ``Politika``) as written beside a reporting
        verb or a credit preposition (``piše Politika``, ``za Delo``); in another case only right after
        a reporting noun (``prema pisanju Politike``, ``po poročanju Dela``), not beside a verb (``je
        naročil Delu``: the company; ``je kazao Dell``)."""
        if inflected:
            return self.form[a][:1].isupper() and a - 1 >= 0 and self.noun_cue(a - 1) is not None
        for j in (a - 1, a - 2, b, b + 1):
            if 0 <= j < self.n and (self.verb_cue(j) or self.low[j] in self.W_credit_preposition):
                return True
        return False

    def _role_kind(self, i: int) -> str:
        """The kind of the lexicon's role noun that word ``i`` is (``institution``, ``medium``, ``title``
        ...), else ``""``."""
        lex = self.lex
        r = self._lookup(i, lex.roles, lex.role_forms) if lex is not None else None
        return lex.roles[r][1] if r is not None and lex is not None else ""

    def _institution_noun(self, i: int) -> bool:
        """Word ``i`` is an institution or company noun of the lexicon (``udruga``, ``sindikat``, ``zavod``)."""
        return self._role_kind(i) in ("institution", "company")

    def _add_name_mention(self, a: int, b: int, kind: str, outlet_name: str) -> None:
        alpha = [i for i in range(a, b) if not self.punct[i]]
        if not alpha:
            return
        if kind == "PER" and (len(alpha) >= 2 and self._institution_noun(alpha[0]) or self._after_medium_noun(a)):
            # ``Udruga Pravo na grad``, ``Sindikat Nezavisnost``, ``prema pisanju lista Nova``: the
            # recogniser read a person
            kind = "ORG"
        if kind == "PER" and len(alpha) >= 2 and self.lem[alpha[0]].lower() in self.words("place_noun") \
                and all(self.form[i][:1].isupper() for i in alpha):
            # ``Ministarstvo ... Kantona Sarajevo``: a place named by its common noun, not a person
            kind = "LOC"
        acronyms = next((k for k, i in enumerate(alpha) if not _acronym(self.form[i])), len(alpha))
        titled = a > 0 and self._role_kind(a - 1) in ("title", "profession")
        if kind in ("PER", "ORG") and acronyms and len(alpha) - acronyms >= 2 and (kind == "PER" or titled) \
                and len(alpha) - acronyms <= 3 and all(self.form[i][:1].isupper() for i in alpha[acronyms:]):
            # ``član predsedništva BiH Mirko Šarović``, ``Direktor KJKP GRAS Senad Begić``: the recogniser ran
            # the organisation's acronyms (a genitive complement of the title) into the person's name
            self._add_name_mention(alpha[0], alpha[acronyms - 1] + 1, "ORG", outlet_name)
            self._add_name_mention(alpha[acronyms], alpha[-1] + 1, "PER", outlet_name)
            return
        if kind == "PER" and len(alpha) >= 3 and a > 0 and self.lem[a - 1].lower() in self.words("place_noun") \
                and self.form[a - 1][:1].islower() and all(self.form[i][:1].isupper() for i in alpha):
            # ``načelnik općine Maglaj Adnan Osmanović``: the place the common noun names, then the
            # person (a given name and surname)
            self._add_name_mention(alpha[0], alpha[-3] + 1, "LOC", outlet_name)
            self._add_name_mention(alpha[-2], alpha[-1] + 1, kind, outlet_name)
            return
        if kind == "AGENCY":
            nominative = True
            # (mk, bg: no cases, so the outlet as the article writes it: ``БТА``, ``Ројтерс``)
            shown = self.span_text(a, b) if self.analytic else outlet_name
            ent = self._entity("agency", [outlet_name.lower()], shown, a)
            ent.forms[shown] += 1
        elif kind == "PER":
            cut = self._name_break(alpha)
            if cut is not None:
                # a verb, or a word in another case, inside a name: the recogniser ran two together
                left = [i for i in alpha[:cut] if not self.is_verb(i)]
                right = [i for i in alpha[cut:] if not self.is_verb(i)]
                for part_ in (left, right):
                    if part_:
                        self._add_name_mention(part_[0], part_[-1] + 1, kind, outlet_name)
                return
            if len(alpha) >= 2 and self._two_people(alpha):
                for i in alpha:  # the recogniser ran two names together: ``Putin Kima``
                    self._add_name_mention(i, i + 1, kind, outlet_name)
                return
            last = alpha[-1]
            woman = self._woman_unknown_given(alpha)
            nominative = self.nominative(last) or self._woman_as_written(alpha) or woman or self._man_as_written(alpha)
            genitive_woman = self._woman_in_genitive_phrase(alpha)
            if nominative and (self._woman_in_oblique(alpha) or genitive_woman or self._man_genitive_kept_surname(alpha)):
                nominative = False  # ``pozvao je Anu Kralj``, ``prema Ani Kovač``: Ana Kralj, Ana Kovač
            words = self._man_in_genitive([self.nom_word(i) for i in alpha], alpha)
            if woman:
                words[0] = self.form[alpha[0]]
            if genitive_woman:
                # her surname does not decline: the given name in the nominative, the rest as written
                # (``prema riječima Ivane Marić`` -> Ivana Marić, ``Ane Kovačević Bilić``)
                words = [genitive_woman] + [self.form[i] for i in alpha[1:]]
            if nominative and not self.nominative(last):
                words = [self.form[i] for i in alpha]
            if nominative:
                name = self.span_text(alpha[0], alpha[-1] + 1)
            else:
                name = self._join(alpha, words)
            folded = [fold(w) for w in words]
            ent = self.person(folded, name, a, nominative)
            gender, guessed = self._gender_of(alpha, woman)
            if gender and not ent.gender:
                ent.gender, ent.gender_guessed = gender, guessed
        else:  # an organisation, or a place speaking as its state (Hrvaška je vztrajala)
            # the case of the name's head phrase, before its first preposition (``Inicijative mladih
            # za ljudska prava`` is a genitive, though ``za`` and ``prava`` look like nominatives)
            head = []
            for i in alpha:
                if self.low[i] in self.W_preposition or self.low[i] in self.W_conjunction:
                    break
                head.append(i)
            lex = self.lex
            noun = next((k for k, i in enumerate(head) if self._institution_noun(i)), -1)
            if noun >= 0:
                head = head[:noun + 1]  # ``Ministarstva financija``: the noun's case, not its genitive complement's
            # (a noun written as the lexicon's row is its nominative, whatever lemma lite gave it:
            # ``Žalbeno veće MKSJ``, though ``veće`` is lemmatised ``velik``)
            nominative = any(self.nominative(i) for i in head or alpha) or noun >= 0 and not self.case(head[noun]) \
                and self.low[head[noun]] in (lex.roles if lex is not None else {}) \
                or self._after_medium_noun(a) and not self.case(alpha[0])
            if nominative and noun >= 0 and not self.has_upos and not self.nominative(head[noun]) \
                    and self.low[head[noun]] not in (lex.roles if lex is not None else {}) \
                    and all(self.low[i] == self.lem[i].lower() for i in head[:noun] if self.nominative(i)):
                # untagged, an adjective the lemmatiser does not know reads as its own nominative; the
                # institution noun's ending tells the case (``iz Središnje agencije``: a genitive)
                nominative = False
            if nominative:
                name = self.span_text(alpha[0], alpha[-1] + 1)
            else:
                first = alpha[0]
                w0 = self.nom_word(first)
                name = self._join(alpha, self._org_nominative(alpha, head)
                                  or [w0] + [self.form[i] for i in alpha[1:]])
            # the case ending of an acronym that heads the name is never its nominative (``iz MUP-a KS-a``:
            # ``MUP KS-a``; ``UN-ov``: ``UN``); one after the head is its genitive (``misija OESS-a``)
            head_word, _, rest = name.partition(" ")
            if _acronym(head_word):
                name = (_ACRONYM_CASE.sub("", head_word) + " " + rest).strip()
            folded = [fold(self.nom_word(i)) for i in alpha]
            ent = self._org(folded, a, "place" if kind == "LOC" else "organisation")
            ent.forms[name] += 1
            self.org_forms.append((a, ent.key, name, nominative))
        self.mentions.append(Mention(a, b, kind, ent.key, nominative, self.span_text(a, b)))
        ent.positions.append(a)

    def _after_medium_noun(self, a: int) -> bool:
        """Untagged, a name right after a medium's noun (``prema pisanju lista Nova``, ``portala Nova.rs``):
        the title of a paper or channel in apposition, which keeps its nominative whatever the noun's case."""
        return a > 0 and self._role_kind(a - 1) == "medium" and self.form[a - 1][:1].islower()

    def _given_name(self, low: str) -> bool:
        """A given name of the gazetteer (``low``: lower case, Latin)."""
        return low in gazetteer.lexicon(self.lang).given

    def _woman_as_written(self, alpha: list[int]) -> bool:
        """``Urška Mavri``: a woman's given name in the nominative before a surname the lemmatiser read
        as an oblique case; a woman's surname does not decline, so the name is a nominative as written
        (but ``Ivana Horvata`` is a man's genitive: his surname in ``-a``)."""
        if len(alpha) < 2:
            return False
        first, last = alpha[0], alpha[-1]
        low0 = to_latin(self.form[first], language="sr").lower()
        if not low0.endswith("a") or self.low[first] != self.lem[first] or low0 in self.W_male_first_name_a \
                or not self._given_name(low0):
            return False
        return not (self.low[last].endswith("a") and self.lem[last] != self.low[last])  # Penka of Penko too

    def _woman_in_oblique(self, alpha: list[int]) -> bool:
        """Untagged, ``Anu Kralj``, ``Ani Kovač``: a woman's given name in an oblique case (lemmatised to a
        given name in ``-a`` of the gazetteer, the form itself none) before a surname as its own lemma:
        a woman's surname does not decline, so the name is hers in that case, not a nominative (a
        man's surname would take the ending too: ``Ivanu Kovaču``)."""
        if len(alpha) < 2 or self.case(alpha[0]):
            return False
        first, last = alpha[0], alpha[-1]
        low0 = to_latin(self.form[first], language="sr").lower()
        lem0 = to_latin(self.lem[first], language="sr").lower()
        if low0 == lem0 or not lem0.endswith("a") or not low0.endswith(("u", "i", "e", "om")) \
                or low0[:len(lem0) - 1] != lem0[:-1] or lem0 in self.W_male_first_name_a:
            return False
        if not self._given_name(lem0) or self._given_name(low0):
            return False
        return self.low[last] == self.lem[last].lower()

    def _woman_unknown_given(self, alpha: list[int]) -> bool:
        """Untagged, ``Brareta Kogilović``, ``Teseta Revomska``: a given name in ``-a`` the gazetteer does not
        know (neither as a woman's nor, without its ending, as a man's: ``Marka`` of Marko), before a surname
        the lemmatiser leaves as written and that does not end in ``-a``, or before the feminine of an
        adjectival surname (``-ska``, lemmatised ``-ski``), is a woman's name in the nominative: in a man's
        genitive the surname takes an ending too (``Marka Jovića``). The lemmatiser reads such a given name
        as a man's genitive (``Brareta`` -> ``Braret``), which makes a woman a man."""
        if len(alpha) < 2:
            return False
        first, last = alpha[0], alpha[-1]
        if self.case(first) or self.case(last) or not self.form[first][:1].isupper():
            return False
        low0 = to_latin(self.form[first], language="sr").lower()
        if len(low0) < 4 or not low0.endswith("a") or not low0.isalpha() or low0 in self.W_male_first_name_a \
                or any(self._given_name(g) for g in (low0, low0[:-1], low0[:-1] + "o")):
            return False
        low = to_latin(self.form[last], language="sr").lower()
        lem = to_latin(self.lem[last], language="sr").lower()
        if low.endswith(self.W_feminine_adjective_surname) and lem == low[:-1] + "i":
            return True
        return low == lem and not low.endswith("a") and low.isalpha()

    def _man_as_written(self, alpha: list[int]) -> bool:
        """``Astrit Haraćija``, ``Esat Beriša``: a man's given name ending in a consonant, as its own lemma
        (in an oblique case it would take an ending: ``Astrita``), before a surname in ``-a`` that the
        untagged lemmatiser read as a genitive (``Haraćija`` -> ``Haraći``): the name is a nominative as
        written, the surname an a-stem (whose genitive would end in ``-e``)."""
        if len(alpha) < 2:
            return False
        first, last = alpha[0], alpha[-1]
        low0 = to_latin(self.form[first], language="sr").lower()
        if self.case(first) or self.case(last) or self.low[first] != self.lem[first].lower() \
                or not low0.isalpha() or low0[-1] in "aeiou" or not self.form[first][:1].isupper():
            return False
        low, lem = self.low[last], self.lem[last].lower()
        return low == lem + "a" or lem.endswith("i") and low == lem + "ja"  # ``Haraćija`` -> ``Haraći``

    def _man_in_genitive(self, words: list[str], alpha: list[int]) -> list[str]:
        """``Mladena Novosela`` -> Mladen Novosel: where the surname is a man's in ``-a`` (a woman's
        does not decline) and the lemmatiser kept the given name, that is a man's given name in ``-a``
        too, when the lexicon knows it (sl ``Andreja Mlakarja`` -> Andrej Mlakar, though Andreja is also a
        woman's name); a man's given name in ``-a`` (word class male_first_name_a) in the genitive ``-e`` is
        ``-a`` (``Luke Kosa`` -> Luka Kos).
        Where the given name is a man's genitive by its lemma (``Marka`` of Marko) and the lemmatiser kept
        a surname in ``-a`` as written, the surname is in the genitive too (``Marka Kovača`` -> Marko Kovač;
        a surname in ``-a`` of its own would end in ``-e``: ``Esata Beriše``)."""
        if len(alpha) < 2:
            return words
        first, last = alpha[0], alpha[-1]
        f0, fl = self.form[first], self.form[last]
        low0, lowl = to_latin(f0, language="sr").lower(), self.low[last]
        if self._man_genitive_kept_surname(alpha):
            return words[:-1] + [fl[:-1]]
        declined = lowl != to_latin(words[-1], language="sr").lower() and lowl.endswith("a")
        if words[0] != f0 and (self.lemma_raw[first] or "")[:1].islower() and f0[:1].isupper():
            words = [f0] + words[1:]  # a common word's lemma (``Milana`` -> ``milati``): no name's
        if words[0] != f0 or not declined or not fl.lower().startswith(words[-1].lower()):
            return words
        if low0.endswith("eta") and len(low0) >= 5 and not self._given_name(low0):
            # ``Toneta Smolnikarja``, ``Daneta Kondića``: the genitive of a man's name in ``-e`` (Tone, Dane)
            return [f0[:-2]] + words[1:]
        if low0.endswith("e") and low0[:-1] + "a" in self.W_male_first_name_a:
            # (only a man's name known to end in ``-a``: ``Bože`` is Božo's, ``Ante`` Ante's)
            return [f0[:-1] + _a_ending(f0)] + words[1:]
        if not low0.endswith("a"):
            return words
        man = f0[:-1]
        if not self._given_name(to_latin(man, language="sr").lower()):
            return words
        return [man] + words[1:]

    def _man_genitive_kept_surname(self, alpha: list[int]) -> bool:
        """Untagged, ``Marka Kovača``: a man's given name in the genitive by its lemma (``Marka`` of Marko,
        ``Ivana`` of Ivan, a given name of the gazetteer) before a surname in ``-a`` the lemmatiser kept as
        written: the surname is in the genitive too (a surname in ``-a`` of its own would end in ``-e``:
        ``Esata Beriše``)."""
        if len(alpha) < 2 or self.has_upos:
            return False
        first, last = alpha[0], alpha[-1]
        low0, lowl = to_latin(self.form[first], language="sr").lower(), self.low[last]
        lem0 = self.lem[first]
        return lem0 != low0 and (low0 == lem0 + "a" or lem0.endswith("o") and low0 == lem0[:-1] + "a") \
            and lowl.endswith("a") and lowl == self.lem[last] and len(lowl) >= 4 and not self.case(last) \
            and lowl[-2:-1] not in ("i", "j") and self._given_name(lem0) and self.form[last][:1].isupper()

    def _in_genitive_phrase(self, a: int) -> bool:
        """The name at token ``a`` is the genitive complement of the word before it in its phrase: an
        according noun after its preposition (``po besedah``, ``prema riječima``, ``према речима``), or
        a title noun written in an a-stem's genitive (``ministarke zdravlja``, ``direktorice``), with at
        most four words (a title's complement, an earlier name joined by ``in``/``i``) between."""
        j, seen = a - 1, 0
        while j >= 0 and seen < 5 and not self.punct[j] and self.sent_of[j] == self.sent_of[a]:
            if j >= 1 and self.low[j - 1] in self.W_according and self.noun_cue(j) is not None:
                return True
            if self.form[j][:1].islower() and self._role_kind(j) in ("title", "profession"):
                low, lem = self.low[j], self.lem[j]
                return low != lem and low.endswith("e") and lem.endswith("a")
            j -= 1
            seen += 1
        return False

    def _woman_in_genitive_phrase(self, alpha: list[int]) -> str:
        """Untagged, a woman's name in the genitive after an according noun or a title in the
        genitive (:meth:`_in_genitive_phrase`): a given name in ``-e`` before a surname as written and
        ending in a consonant (``prema riječima Ivane Marić``, ``Milice Stojanović``, sl ``Mojce Kranjc
        Novak``); a woman's surname does not decline, a man's would (``Ivana Marića``). Returns her given
        name in the nominative (``-e`` -> ``-a``), else ``""``."""
        if len(alpha) < 2 or self.has_upos or self.case(alpha[0]):
            return ""
        first = alpha[0]
        low0 = to_latin(self.form[first], language="sr").lower()
        if len(low0) < 4 or not low0.endswith("e") or not low0.isalpha() or not self.form[first][:1].isupper():
            return ""
        for i in alpha[1:]:
            low = self.low[i]
            if not self.form[i][:1].isupper() or low != self.lem[i] or not low.isalpha() or low[-1] in "aeiou":
                return ""
        if not self._in_genitive_phrase(first):
            return ""
        return self.form[first][:-1] + _a_ending(self.form[first])

    def _org_nominative(self, alpha: list[int], head: list[int]) -> list[str] | None:
        """The words of an organisation's name written in an oblique case, its head phrase in the
        nominative: the adjectives before an institution or company noun of the lexicon and the noun
        (``iz Hrvatske narodne banke`` -> Hrvatska narodna banka, ``u Erste banci`` -> Erste banka),
        the rest as written; None where the language has no adjective_nominative rows or the head
        phrase holds no such noun."""
        lex = self.lex
        if lex is None or not head:
            return None
        noun = next((k for k, i in enumerate(head) if self._institution_noun(i)), -1)
        if noun < 0:
            return None
        gender = lex.roles[str(self._lookup(head[noun], lex.roles, lex.role_forms))][0]
        rules = self.W_adjective_nominative.get(gender)
        if not rules or any(self.low[i].endswith("ih") for i in head[:noun]):
            return None  # no rows (sl), or a plural name
        words = [self.form[i] for i in alpha]
        for k, i in enumerate(head[:noun + 1]):
            x = alpha.index(i)
            if k == noun:
                words[x] = self.nom_word(i)
                continue
            if self.has_upos and self.upos[i] != "ADJ":
                continue  # ``Erste`` (PROPN), indeclinable
            latin = to_latin(self.form[i], language="sr")
            new = rewrite_suffix(latin.lower(), rules)
            lem = self.lem[i].lower()
            if not new:
                continue
            end = next(e for e in sorted(rules, key=len, reverse=True) if latin.lower().endswith(e))
            n_low, n_lem = self.low[head[noun]], self.lem[head[noun]].lower()
            agrees = n_low.endswith(end) and n_low != n_lem and n_lem.endswith(new[0][-1:])
            if not self.has_upos and len(end) < 2 and not (lem.endswith("i") or fold(new[0]) == fold(lem)) \
                    and not (k > 0 and self.form[i][:1].islower()) and not agrees:
                # untagged, a one-letter ending only where the lemmatiser made it an adjective, on a
                # lower-case word between the name's first word and its noun (``Slovenske tiskovne agencije``),
                # or where the noun ends in it too and its lemma in the nominative's (``iz Središnje
                # agencije``: agencij-e, agencij-a; but ``u Erste banci``)
                continue
            tail = new[0][len(latin) - len(end):]
            if latin != self.form[i]:  # Cyrillic: the ending's letters are one to one
                tail = tail.translate(_CYRILLIC_ENDING)
            words[x] = self.form[i][:len(self.form[i]) - len(end)] + tail
        return words

    def _name_break(self, alpha: list[int]) -> int | None:
        """Where a multi-word name should be split: at a verb, or where an oblique word is followed
        by a nominative one (``Pivovarne Laško Anton Turnšek``); None to keep it whole."""
        if len(alpha) < 2:
            return None
        for k, i in enumerate(alpha):
            # untagged, a capitalised word is a verb by its lemma's ending only when it is a cue:
            # ``Albin Kurti``, ``Mustafa Ahmeti`` (lemmas in -ti) are names
            verb = self.entity_twins.verb_in_name(self, i)
            if verb and not self.form[i][:1].isupper() or verb and k > 0:
                return k if k > 0 else 1
        for k in range(len(alpha) - 2, 0, -1):  # the name after the break has two words at least
            a, b = alpha[k - 1], alpha[k]
            if k == 1 and self._oblique_given_name(a) and not self._given_name(self.low[b]):
                # ``Po besedah Mojce Kranjc Novak``, ``Ane Nikolić Popović``: a given name in an oblique
                # case before a surname of two words (the words after it no given name), one name
                continue
            if not self.nominative(a) and self.nominative(b) and self.nominative(alpha[-1]) and self.lem[a] != self.low[a]:
                if self.case(a) or self.lem[a]:
                    return k
        return None

    def _oblique_given_name(self, i: int) -> bool:
        """Untagged, word ``i`` is a given name in an oblique case: the lemmatiser read it as a given
        name of the gazetteer (``Mojce`` -> Mojca, ``Ane`` -> Ana), or it is a woman's in ``-e`` (the
        genitive) in a genitive phrase (``prema rečima Jovane``, :meth:`_in_genitive_phrase`)."""
        if self.has_upos or not self.form[i][:1].isupper() or self.low[i] == self.lem[i]:
            return False
        if self._given_name(self.lem[i]) and not self._given_name(self.low[i]):
            return True
        return self.low[i].endswith("e") and len(self.low[i]) >= 4 and self._in_genitive_phrase(i)

    def _two_people(self, alpha: list[int]) -> bool:
        """True when the first and last word of a name belong to two different known people."""
        def owners(i: int) -> set[int]:
            w = fold(self.nom_word(i))
            return {e.key for e in self.ents if e.type == "person" and len(e.words) >= 1
                    and any(name_words_match(w, v) for v in e.words)}

        if self._given_name(fold(self.nom_word(alpha[0])).lower()) and self.nominative(alpha[-1]):
            # ``Franc Hudoklin in Franc Škufca``: a given name two people share, before a surname in
            # the nominative, is this one's own (``Putin Kima`` has the second name in another case)
            return False
        a, b = owners(alpha[0]), owners(alpha[-1])
        return bool(a) and bool(b) and not (a & b)

    def _join(self, idx: list[int], words: list[str]) -> str:
        out = words[0]
        for k in range(1, len(idx)):
            glue = "" if self.start[idx[k]] == self.end[idx[k] - 1] else " "
            out += glue + words[k]
        return out

    def _gender_of(self, idx: list[int], woman_unknown_given: bool) -> tuple[str, bool]:
        """The gender of a person's name, and whether it is only guessed from the first name's ending
        (``Siniša``, ``Luka`` and ``Mirza`` are men, though most names in -a are women's);
        ``woman_unknown_given``: :meth:`_woman_unknown_given` of ``idx``, which the caller has."""
        for i in idx:
            fe = self.feats[i]
            if fe and "Gender=" in fe:
                return GENDERS.get(fe.split("Gender=", 1)[1].split("|", 1)[0], ""), False
            x = self.xpos[i]
            if x[:2] == "Np" and len(x) >= 3 and x[2] in "mf":
                return x[2], False
        if woman_unknown_given:
            return "f", True
        if len(idx) >= 2:
            first = to_latin(self.nom_word(idx[0]), language="sr").lower()  # the word lists are Latin
            low, last = self.low[idx[0]], idx[-1]
            if low.endswith("a") and first == low[:-1] and self.low[last] == self.lem[last] \
                    and self._given_name(low):
                # ``Jelena Petrović`` -> ``Jelen``: a lemmatiser's genitive reading of a woman's given
                # name; a man's genitive would inflect his surname too (``Marka Jovića``)
                first = low
            if first.isalpha():
                return ("f" if first.endswith("a") and first not in self.W_male_first_name_a else "m"), True
        return "", False

    def _entity(self, type_: str, words: list[str], name: str, pos: int) -> Entity:
        for e in self.ents:
            if e.type == type_ and e.words == words:
                return e
        e = Entity(len(self.ents), type_, words, name)
        self.ents.append(e)
        return e

    def person(self, words: list[str], name: str, pos: int, nominative: bool) -> Entity:
        def covers(big: list[str], small: list[str]) -> bool:
            return all(any(name_words_match(w, v) for v in big) for w in small)

        best = None
        heads = {w[:2] for w in words}
        for e in self.ents:
            if e.type != "person" or not any(v[:2] in heads for v in e.words):
                continue
            if covers(e.words, words) or covers(words, e.words):
                if best is None or (e.positions and best.positions and e.positions[-1] > best.positions[-1]):
                    best = e
        if best is None:
            best = Entity(len(self.ents), "person", words, name)
            best.forms[name] += 2 if nominative else 1
            self.ents.append(best)
            return best
        if len(words) > len(best.words) or (len(words) == len(best.words) and nominative and not best.forms.get(best.name)):
            best.words = words
            best.name = name
        best.forms[name] += 1
        return best

    def _org(self, words: list[str], pos: int, type_: str = "organisation") -> Entity:
        for e in self.ents:
            if e.type == type_ and len(e.words) == len(words) and all(
                name_words_match(a, b) for a, b in zip(e.words, words, strict=True)
            ):
                return e
        e = Entity(len(self.ents), type_, words, " ".join(words))
        self.ents.append(e)
        return e


#: The letters of a nominative adjective ending in Serbian Cyrillic (``-a``, ``-o``, ``-e``, ``-i``).
_CYRILLIC_ENDING = str.maketrans("aoei", "аоеи")


def _a_ending(form: str) -> str:
    """The ending ``-a`` in the script of ``form`` (Serbian Cyrillic ``-а``)."""
    return "а" if to_latin(form, language="sr") != form else "a"

Span = tuple[int, int, str, str]

#: Tagged text: the proper nouns the recogniser left out are names (an all-capitals one an organisation).
PROPER_NOUN_NAMES = Rule("proper_noun_names", None, TAGS, "EULEKS ističe (PROPN): an organisation; PROPN runs: a person")
#: Untagged text: capitalised words inside a sentence, no cue and no verb, are names.
CAPITALISED_NAMES = Rule("capitalised_names/surface", None, frozenset(), "je navedel Komlev; Zveza za Primorsko")
#: Tagged text: a word inside a name is a verb by its tag.
VERB_IN_NAME = Rule("verb_in_name", None, TAGS, "a VERB inside a recogniser's name splits it")
#: Untagged text: a capitalised word is a verb by its lemma's ending only when it is a cue.
VERB_IN_NAME_SURFACE = Rule("verb_in_name/surface", None, frozenset(), "Albin Kurti, Mustafa Ahmeti: names, not verbs")
RULES = (PROPER_NOUN_NAMES, CAPITALISED_NAMES, VERB_IN_NAME, VERB_IN_NAME_SURFACE)


@dataclass(frozen=True, slots=True)
class EntityTwins:
    """The name builders one article's annotation allows, chosen at the door."""

    names_left_out: Callable[[Entities, list[bool]], list[Span]]
    verb_in_name: Callable[[Entities, int], bool]


def choose_entity_twins(filled: frozenset[str]) -> EntityTwins:
    """The tagged builders where the TOKENS columns ``filled`` include tags, else their surface twins."""
    names = choose_twin(filled, (PROPER_NOUN_NAMES, proper_noun_names), (CAPITALISED_NAMES, capitalised_names))
    verb = choose_twin(filled, (VERB_IN_NAME, verb_by_tag), (VERB_IN_NAME_SURFACE, verb_in_name_surface))
    return EntityTwins(names_left_out=names, verb_in_name=verb)


def proper_noun_names(v: Entities, tagged: list[bool]) -> list[Span]:
    """Tagged text: untagged proper nouns are names; an acronym (``EULEKS ističe``, ``BiH``) an
    organisation, a run of up to three a person. ``tagged[i]``: token ``i`` is in a name already."""
    out = []
    i = 0
    n = v.n
    while i < n:
        f = v.form[i]
        if not tagged[i] and v.upos[i] == "PROPN" and f.isalpha() and (f.isupper() and len(f) >= 3
                                                                       or not f.isupper() and _acronym(f)):
            out.append((i, i + 1, "ORG", ""))  # ``EULEKS``, and a mixed-case acronym (``BiH``), never a person
            i += 1
            continue
        if tagged[i] or v.upos[i] != "PROPN" or not f[:1].isupper() or not f.isalpha() or f.isupper():
            i += 1
            continue
        j = i + 1
        while j < n and j - i < 3 and not tagged[j] and v.upos[j] == "PROPN" and v.sent_of[j] == v.sent_of[i]:
            j += 1
        out.append((i, j, "PER", ""))
        i = j
    return out


def capitalised_names(v: Entities, tagged: list[bool]) -> list[Span]:
    """Without tags (the lite annotation), capitalised words inside a sentence that the name
    recogniser left out are names too (``je navedel Komlev``): a person, or an organisation when
    they include an institution noun (``Zveza za Primorsko``). Not a word the article also writes
    in lower case, nor a person's role noun: capitalised inside a sentence, it opens a sentence that
    the text ran into a headline or intertitle without a full stop (``Lastniki Mure Največji
    posamični lastnik ...``, ``Sloveniji se ne mudi Minister je ocenil``)."""
    out = []
    i = 0
    n = v.n
    closed = v.W_preposition | v.W_conjunction | v.W_aux | v.W_complementizer | v.W_negation \
        | v.W_relative | v.W_comparative
    # words the article also writes in lower case: a capitalised one inside a sentence starts a
    # sentence the text ran into a headline (``Lastniki Mure Največji posamični lastnik``)
    lower = {f for f in v.form if f[:1].islower()}
    while i < n:
        f = v.form[i]
        s0 = v.bounds[v.sent_of[i]][0]
        if tagged[i] or not f[:1].isupper() or not f.isalpha() or i == s0 or f.isupper() and len(f) > 1 \
                or v.low[i] in closed or CREDIT_LABEL.fullmatch(f) \
                or v.mark[i - 1] and i - 1 == s0 or v.low[i - 1] in ("?", "!", ":", ".", "\n") \
                or v.lem[i].lower() in v.W_determiner:  # ``Naše stranke``: a determiner in a name is no person's
            i += 1
            continue
        if f.lower() in lower or person_role(v, i) or i + 1 < n and v.form[i + 1].islower() \
                and (person_role(v, i + 1) or v._institution_noun(i + 1) and v.lem[i][:1].islower()):
            # (an adjective before a role noun is no name either: ``Zunanji minister je ...``; nor one
            # before an institution noun, which names the body: ``saopštila je Policijska uprava``)
            i += 1
            continue
        if _runs_in(v, i):
            i += 1
            continue
        j = i + 1
        while j < n and j - i < 3 and not tagged[j] and v.form[j][:1].isupper() and v.form[j].isalpha() \
                and v.sent_of[j] == v.sent_of[i]:
            j += 1
        if v.verb_cue(i) is None and not any(v.is_verb(x) for x in range(i, j)):
            kind = "ORG" if any(v.role_noun(x) or (v.lex and v.lem[x] in v.lex.roles) for x in range(i, j)) else "PER"
            if kind == "PER" and v.form[i - 1][:1].islower() and v._institution_noun(i - 1) \
                    and not v._given_name(v.low[i]) and not v._given_name(v.lem[i]):
                # ``direktora Javnog preduzeća Srbijašume Milana Đorđevića``: a name the recogniser left out
                # right after an institution or company noun is that body's (no given name opens it)
                kind = "ORG"
            out.append((i, j, kind, ""))
        i = j
    return out + _initial_names(v, tagged, out, closed, lower) + _initial_full_names(v, tagged, closed, lower)


#: How an adjective (``Novi``, ``Hrvatska``, ``Slovenski``), not a given name, ends: no name opens with it.
_ADJECTIVE_END = ("ski", "ska", "sko", "ški", "ška", "čki", "čka", "cki", "cka", "ni", "no")


def _initial_full_names(v: Entities, tagged: list[bool], closed: frozenset[str], lower: set[str]) -> list[Span]:
    """Two or three capitalised words opening a sentence, which the recogniser left out (an unknown
    given name and surname: ``Geban Kelski je rekao``), are a person's name where a title in apposition
    follows (``X Y, ravnatelj udruge ...,``), the clitics or a reporting verb do (``X Y je``, ``X Y
    kaže``), or a prepositional phrase before a reporting verb (``X Y iz udruge Z izjavila je``): none a word the article writes in lower case, a role noun, a verb or a function word, and
    the first not an adjective's form (``Novi Sad``, ``Hrvatska Vlada``)."""
    out: list[Span] = []
    for s0, s1 in v.bounds:
        i = s0 + 1 if s0 < s1 and v.mark[s0] else s0
        j = i
        while j < s1 and j - i < 3 and (not tagged[j] or j > i and _lone_place_or_org(v, j)) \
                and v.form[j][:1].isupper() and v.form[j][1:].islower() \
                and v.form[j].isalpha() and len(v.form[j]) >= 2 and v.low[j] not in closed \
                and v.form[j].lower() not in lower and not person_role(v, j) and v.role_noun(j) is None \
                and v.verb_cue(j) is None and (not v.is_verb(j) or _name_before_name(v, j, s1)):
            j += 1
        if j - i < 2 or j >= s1 or to_latin(v.form[i], language="sr").lower().endswith(_ADJECTIVE_END):
            continue
        nxt = v.low[j]
        if nxt == ",":
            k = j + 1
            while k < s1 and k - j <= 3 and not v.punct[k] and v.role_noun(k) is None:
                k += 1
            role = v.role_noun(k) if k < s1 else None
            if role is None or v.lex is None or v.lex.roles[role][1] not in ("title", "profession"):
                continue
        elif nxt in v.W_preposition:
            # ``X Y iz njemačke zajednice izjavila je``: a prepositional phrase, then the clause's reporting verb
            if not any(v.verb_cue(k) is not None for k in range(j + 1, min(s1, j + 10))):
                continue
        elif not (nxt in v.W_aux or nxt in v.W_reflexive or v.verb_cue(j) is not None):
            continue
        out.append((i, j, "PER", ""))
    return out


def _name_before_name(v: Entities, j: int, s1: int) -> bool:
    """Untagged, a capitalised word whose lemma looks like a verb's (``Slosimana`` -> ``slosimati``) before
    another capitalised word that does not is a given name before a surname: a verb form opening a
    sentence is followed by its clitics or complement, not by a name."""
    return j + 1 < s1 and v.form[j + 1][:1].isupper() and v.form[j + 1].isalpha() and not v.is_verb(j + 1)


def _lone_place_or_org(v: Entities, j: int) -> bool:
    """Word ``j`` is a one-word place or organisation of the recogniser's (an unknown surname it took for
    one: ``Sudavar``, lemmatised ``Sudan``), which a name run before it may take in."""
    tag = v.ner[j] or ""
    nxt = (v.ner[j + 1] or "") if j + 1 < v.n else ""
    return tag in ("B-LOC", "B-ORG") and not nxt.startswith("I-")


def _initial_names(v: Entities, tagged: list[bool], found: list[Span], closed: frozenset[str],
                   lower: set[str]) -> list[Span]:
    """A lone capitalised word opening a sentence before its clitics or verb (``Zagožen je ugotovil``),
    where the capital tells nothing by itself, is a name when the article names a person with that word
    inside a sentence (``je Zagožen odgovoril``, ``Jože Zagožen``; case endings allowed) and never
    writes it in lower case."""
    words = {fold(v.form[k]) for a, b, kind, _n in found if kind == "PER" for k in range(a, b)}
    words.update(fold(f) for f, tag in zip(v.form, v.ner, strict=False) if (tag or "")[2:] == "PER" and f[:1].isupper())
    words = {w for w in words if len(w) >= 3}
    if not words:
        return []
    out = []
    for s0, s1 in v.bounds:
        i = s0
        if i < s1 and v.mark[i]:
            i += 1  # a quotation's opening mark
        if i + 1 >= s1 or tagged[i]:
            continue
        f = v.form[i]
        if not (f[:1].isupper() and f[1:].islower() and f.isalpha() and len(f) >= 3) or v.low[i] in closed \
                or f.lower() in lower or person_role(v, i) or v.verb_cue(i) is not None or v.is_verb(i):
            continue
        nxt = v.low[i + 1]
        if not (nxt in v.W_aux or nxt in v.W_reflexive or v.verb_cue(i + 1) is not None):
            continue  # only the subject before the clitics or the verb
        w = fold(f)
        if any(name_words_match(w, x) for x in words):
            out.append((i, i + 1, "PER", ""))
    return out


def _runs_in(v: Entities, i: int) -> bool:
    """Capitalised word ``i`` opens a sentence run into the words before it: one word, that the
    lemmatiser knows as a common word (its lemma in lower case), before a lower-case word, and not
    after a word that takes a name (a reporting verb, an auxiliary, a preposition, a role noun)."""
    if i + 1 >= v.n or not v.lem[i][:1].islower() or not v.form[i + 1][:1].islower() or not v.form[i + 1].isalpha():
        return False
    p = i - 1
    return not (v.verb_cue(p) is not None or v.low[p] in v.W_aux or v.low[p] in v.W_preposition
                or person_role(v, p) or v.punct[p])


def person_role(v: Entities, i: int) -> bool:
    """Word ``i``, whatever its case, is a person's role noun (``Minister``), not an institution's."""
    if v.lex is None:
        return False
    lem = v.lex.role_forms.get(v.low[i]) or v.lem[i].lower()
    return lem in v.lex.roles and v.lex.roles[lem][1] != "institution"


def verb_by_tag(v: Entities, i: int) -> bool:
    """Tagged text: a word of a name is a verb by its tag."""
    return v.is_verb(i)


def verb_in_name_surface(v: Entities, i: int) -> bool:
    """Untagged text: a capitalised word is a verb by its lemma's ending only when it is a cue
    (``Albin Kurti``, ``Mustafa Ahmeti``, lemmas in -ti, are names)."""
    return v.is_verb(i) and (not v.form[i][:1].isupper() or v.verb_cue(i) is not None)


# the case ending of an acronym, after a hyphen: ``HDZ-a``, ``MUP-om``, ``KS-u``
_ACRONYM_CASE = re.compile(r"-[a-zčšžćđ]{1,3}$")


def _acronym(form: str) -> bool:
    """``BiH``, ``SNM``, ``HDZ-a``: mostly capitals, at most six letters before a case ending."""
    base = form.split("-", 1)[0]
    caps = sum(ch.isupper() for ch in base)
    return 2 <= len(base) <= 6 and base.isalpha() and caps >= 2 and caps * 2 >= len(base)
