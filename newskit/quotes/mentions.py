"""The people and organisations of an article, built once: names, surnames, roles, pronouns.
"""

from __future__ import annotations

import bisect

from ._types import Mention
from .entities import person_role
from .lexicon import CREDIT_LABEL, credit_spans, find_outlets
from .roles import Roles


class Mentions(Roles):
    """All mentions of an article, and the token-to-mention index."""

    def build_mentions(self) -> None:
        spans: list[tuple[int, int, str]] = []
        cur = -1
        kind = ""
        for i, tag in enumerate(self.ner):
            if tag and tag[:2] in ("B-", "I-"):
                t = tag[2:]
                if tag[0] == "I" and cur >= 0 and t == kind and self.sent_of[i] == self.sent_of[cur]:
                    continue
                if cur >= 0:
                    spans.append((cur, i, kind))
                cur, kind = i, t
            else:
                if cur >= 0:
                    spans.append((cur, i, kind))
                cur = -1
        if cur >= 0:
            spans.append((cur, self.n, kind))
        if not self.has_upos:
            spans = self._one_word_names_joined(spans)
        closed = self.W_preposition | self.W_conjunction | self.W_aux | self.W_complementizer | self.W_negation
        # (one word that is a person's role noun is no name: ``Rast je spora Ministar je rekao``, an
        # intertitle run into the sentence, gets ``Ministar`` tagged a person)
        spans = [(a, b, k) for a, b, k in spans if k in ("PER", "ORG", "LOC")
                 and not (b - a == 1 and (self.low[a] in closed or CREDIT_LABEL.fullmatch(self.form[a])
                                          or k == "PER" and person_role(self, a)))]
        # a name right after an institution noun is its complement, one organisation with it (``Vlada
        # Kantona Sarajevo``, which the recogniser read as a person; ``Ured Borisa Johnsona``)
        spans = [(a - 1, b, "ORG") if k in ("PER", "LOC") and a > self.bounds[self.sent_of[a]][0]
                 and self.form[a - 1][:1].isupper() and self._institution_noun(a - 1)
                 and not any(x[0] <= a - 1 < x[1] for x in spans) else (a, b, k) for a, b, k in spans]
        # outlets override the recogniser's ORG/MISC/PER
        outlets: list[tuple[int, int, str, str]] = []
        starts = self.start
        for cs, ce, outlet in find_outlets(self.text):
            a = bisect.bisect_left(starts, cs)
            b = a
            while b < self.n and self.end[b] <= ce:
                b += 1
            if b == a or a >= self.n or self.start[a] != cs:
                continue
            if outlet.match == "strict" and not self._credit_context(a, b, self.text[cs:ce] not in outlet.aliases):
                continue
            outlets.append((a, b, outlet.name, outlet.type))
        taken = [False] * self.n
        for a, b, _name, _t in outlets:
            for i in range(a, b):
                taken[i] = True
        raw: list[tuple[int, int, str, str]] = [(a, b, "AGENCY", name) for a, b, name, _ in outlets]
        for a, b, k in spans:
            if any(taken[i] for i in range(a, b)):
                continue
            raw.append((a, b, k, ""))
        extra = self._untagged_names(raw)
        # (a name left out may take in a one-word place the recogniser made of its surname: that span goes)
        inside = {i for a, b, _k, _n in extra for i in range(a, b)}
        raw = [r for r in raw if r[2] == "AGENCY" or not any(i in inside for i in range(r[0], r[1]))] + extra
        raw = self._institution_names(raw)
        raw = [r for r in raw if r[2] == "AGENCY" or not self._dateline(r[0], r[1], r[2])]
        raw.sort()
        credits = credit_spans(self.text)
        if credits:  # a photographer named in a credit line is not a referent (Foto: Sandi Baumkirher)
            raw = [r for r in raw if r[2] == "AGENCY" or not any(cs <= self.start[r[0]] < ce for cs, ce, _v in credits)]
        # entities
        for a, b, k, name in raw:
            self._add_name_mention(a, b, k, name)
        self._link_acronyms()
        self._retype_titled_names()
        self._retype_surnames()
        self._initial_surnames()
        self._a_stem_names()
        self._surnames_as_named()
        self._add_role_mentions()
        self.mentions.sort(key=lambda m: m.i0)
        self.tok_mention = [-1] * self.n
        for idx, m in enumerate(self.mentions):
            for i in range(m.i0, m.i1):
                self.tok_mention[i] = idx
        for e in self.ents:
            e.positions.sort()
            if e.type in ("organisation", "place") and e.forms:
                best = max(e.forms.items(), key=lambda kv: (kv[1], len(kv[0])))
                e.name = best[0]

    def _one_word_names_joined(self, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        """Untagged, two one-word person names the recogniser gave side by side, both in the nominative
        and nothing between them, are one person's given name and surname (``Srpski teniser Lazar Đukić``
        tagged ``B-PER B-PER``): two people side by side would be joined by ``i`` or a comma, and a
        second one in another case is no nominative (``Vučić Putinu``)."""
        out: list[tuple[int, int, str]] = []
        for a, b, k in spans:
            if out and k == "PER" and b - a == 1 and out[-1][2] == "PER" and out[-1][1] == a \
                    and out[-1][1] - out[-1][0] == 1 and self.sent_of[a] == self.sent_of[a - 1] \
                    and self.start[a] > self.end[a - 1] and all(
                        self.form[x][:1].isupper() and self.form[x].isalpha() and self.nominative(x)
                        and self.low[x] == self.lem[x] for x in (a - 1, a)):
                out[-1] = (a - 1, b, "PER")
                continue
            out.append((a, b, k))
        return out

    def _institution_names(self, raw: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
        """An organisation named by an institution or company noun of the lexicon that is written with a
        capital inside a sentence, on itself or on the adjectives before it (``iz Republiškega zavoda
        za zaposlovanje``, ``v Zavodu za zdravstveno zavarovanje Slovenije``), with the lower-case
        words after it (up to a comma, verb, conjunction or a preposition other than ``za``) and a
        name closing it: one organisation, where the recogniser tagged at most one word of it (a
        name of several words it found is kept)."""
        lex = self.lex
        if lex is None:
            return raw
        owner = [-1] * self.n
        for k, (a, b, _kind, _name) in enumerate(raw):
            for t in range(a, b):
                owner[t] = k
        stops = self.W_conjunction | self.W_relative | self.W_aux | self.W_complementizer | self.W_negation \
            | self.W_verb_adverb
        drop: set[int] = set()
        new: list[tuple[int, int, str, str]] = []
        i = 0
        while i < self.n:
            r = self._lookup(i, lex.roles, lex.role_forms)
            if r is None or lex.roles[r][1] not in ("institution", "company", "medium") or self.punct[i] \
                    or "Number=Plur" in self.feats[i]:
                i += 1
                continue  # (a plural, ``Babićevi portali``, is no one organisation)
            s0, s1 = self.bounds[self.sent_of[i]]
            a = i
            while a - 1 > s0 and i - a < 3 and self.form[a - 1][1:].islower() and self.form[a - 1].isalpha() \
                    and self.low[a - 1].endswith(self.W_adjective_ending) and self.low[a - 1] not in stops \
                    and self.low[a - 1] not in self.W_preposition and owner[a - 1] not in drop \
                    and not (self.has_upos and (self.upos[a - 1] != "ADJ" or self.case(a - 1) != self.case(i))) \
                    and not (owner[a - 1] >= 0 and a < i and self.form[a][:1].isupper()) \
                    and not (self.is_verb(a - 1) or self.verb_cue(a - 1) is not None or person_role(self, a - 1)):
                # the adjectives before the noun (``Slovenske tiskovne agencije``); a name the recogniser
                # found before a capitalised adjective is a complement of its own (``iz Laškega Nadzorni svet``)
                a -= 1
            while a < i and not self.form[a][:1].isupper():
                a += 1  # the name opens at its first capital
            p = a - 1
            if a <= s0 or not self.form[a][:1].isupper() or self.mark[p] or not (
                    self.low[p] in ("(", ",") or self.low[p] in self.W_preposition or self.low[p] in self.W_aux
                    or self.low[p] in self.W_conjunction or self.is_verb(p) or self.verb_cue(p) is not None):
                # a sentence's first word, no capital (vlada, ministrstvo), or a capital opening a sentence
                # run into the words before it (``... kriminala Misija EU``)
                i += 1
                continue
            b = i + 1
            while b < s1 and b - i <= 6 and not (self.punct[b] or self.mark[b] or self.low[b] in stops
                                                 or self.low[b] in self.W_preposition and self.low[b] not in self.W_complement_preposition
                                                 or self.is_verb(b) or self.verb_cue(b) is not None) \
                    or self.low[b] in self.W_locative and b + 1 < s1 and owner[b + 1] >= 0 and raw[owner[b + 1]][2] == "LOC":
                if self.low[b] in self.W_locative and not self.form[b][:1].isupper():
                    b += 1  # the seat closing the name: ``Višje sodišče v Mariboru``
                if self.form[b][:1].isupper():
                    if owner[b] >= 0 and raw[owner[b]][2] != "LOC" or sum(ch.isupper() for ch in self.form[b]) >= 2:
                        break  # a person, or an organisation of its own (``Misija EU``: EU's mission)
                    b = raw[owner[b]][1] if owner[b] >= 0 else b + 1
                    break  # a name closes it: ``Slovenije``
                b += 1
            while b > i + 1 and self.low[b - 1] in self.W_complement_preposition:
                b -= 1
            if b - a < 2:
                i = b
                continue  # one capitalised noun alone: the noun as such
            ks = {owner[t] for t in range(a, b) if owner[t] >= 0}
            if any(raw[k][1] - raw[k][0] > 1 or raw[k][2] == "AGENCY" or raw[k][0] < a or raw[k][1] > b
                   or raw[k][2] == "PER" and not (raw[k][0] < i and self._adjective_case(raw[k][0])) for k in ks) \
                    or len(ks) > 2:
                i = b
                continue  # a name the recogniser found whole, or one running outside the phrase
            drop |= ks
            new.append((a, b, "ORG", ""))
            i = b
        if not new:
            return raw
        return [x for k, x in enumerate(raw) if k not in drop] + new

    def _adjective_case(self, t: int) -> bool:
        """Word ``t`` has an adjective's case ending of two letters or more (``Višjem``, ``Republiškega``):
        before an institution noun, an adjective of its name, whatever the recogniser made of it."""
        return any(len(e) >= 2 and self.low[t].endswith(e) for e in self.W_adjective_ending)

    def _dateline(self, a: int, b: int, kind: str) -> bool:
        """Tokens ``a:b`` open a paragraph as its dateline, no name of a referent: a word in capitals
        before a capitalised word or a dash (``TETOVO Več sto študentov``, ``KRŠKO - ...``), or a
        place before a spaced dash (``Ljubljana - Vlada je ...``)."""
        if not self._opens_paragraph(a):
            return False
        if b >= self.n or self.sent_of[b] != self.sent_of[a]:
            return False
        nxt = self.form[b]
        dash = self._dateline_dash(b)
        words = [i for i in range(a, b) if not self.punct[i]]
        if words and all(self._in_capitals(i) for i in words):
            return dash or (nxt[:1].isupper() and nxt.isalpha() and not nxt.isupper())
        return kind == "LOC" and dash

    def dateline_end(self, lo: int) -> int:
        """The first word after a dateline that opens a paragraph at ``lo`` (``ZAGREB - ``, ``ZAGREB, 12.
        svibnja (Hina) - ``, ``BEOGRAD (Tanjug) – ``): a place in capitals, then up to a dash only a date
        and a credit in brackets; else ``lo``. A statement's content starts after it."""
        if not self._opens_paragraph(lo):
            return lo
        s1 = self.bounds[self.sent_of[lo]][1]
        k = lo
        while k < s1 and self._in_capitals(k):
            k += 1
        credit_needed = False
        if k == lo:
            # ``София, 3 март (БТА) - ``, ``Beograd, 12. maja (Tanjug) - ``: a place as written, then a
            # credit in brackets (an acronym or a capitalised name) before the dash
            if not (self.form[lo][:1].isupper() and lo + 1 < s1 and self.low[lo + 1] in (",", "(")):
                return lo
            k, credit_needed = lo + 1, True
        lower = 0
        credit = False
        for j in range(k, min(s1 - 1, k + 10)):
            if self._dateline_dash(j):
                return j + 1 if credit or not credit_needed else lo
            if self.form[j] == "(" and j + 2 < s1 and self.form[j + 2] == ")" and self.form[j + 1][:1].isupper():
                credit = True
            if self.form[j][:1].islower():
                lower += 1  # the month (``12. svibnja``)
            if lower > 1 or self.is_verb(j) or self.mark[j]:
                break
        return lo

    def mention_at(self, i: int) -> Mention | None:
        k = self.tok_mention[i]
        return self.mentions[k] if k >= 0 else None
