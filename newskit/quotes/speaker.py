"""Who said it: role nouns resolved to people, subjects in the tree or on the surface, focus.
"""

from __future__ import annotations

import bisect
from typing import Any

from ._types import Entity, Frame, Mention, Speaker
from ._words import CLAUSE_PUNCT, similar
from .claims import Claims
from .rules.base import LEMMA, TAGS, TREE, Rule

#: The subject of the reporting verb in the dependency tree (nsubj), before the surface search.
TREE_SUBJECT = Rule("tree_subject", None, TREE, "the nsubj of the cue (or of the verb it is conj/xcomp of)")
#: The subject found on the surface: the nearest agreeing nominative mention around the cue.
SURFACE_SUBJECT = Rule("surface_subject", None, frozenset(), "a nominative mention that agrees with the cue")
#: A plural common noun in the nominative before a plural cue: the group speaking, as written.
GROUP_SUBJECT = Rule("group_subject", None, TAGS, "kritičari kažu, analitiki menijo: the group as written")
#: A second verb joined by i / in, or a converb: the speaker of the sentence's earlier cue.
CHAINED_SUBJECT = Rule("chained_subject", None, frozenset(), "X je priopćilo da ... i preporučilo / ističući kako")
#: A relative pronoun subject: its antecedent, also across a common noun in apposition.
RELATIVE_SUBJECT = Rule("relative_subject", None, frozenset(), "X, ki je dejal / X, biznismena koji je rekao")
#: An impersonal cue citing a document: the document's author, else the organisation in focus.
DOCUMENT_SUBJECT = Rule("document_subject", None, LEMMA, "navodi se u priopćenju ministarstva, piše u saopćenju")
SUBJECT_RULES = (TREE_SUBJECT, SURFACE_SUBJECT, GROUP_SUBJECT, CHAINED_SUBJECT, RELATIVE_SUBJECT, DOCUMENT_SUBJECT)


class Speakers(Claims):
    """The speaker strategies: tree subject, surface subject, relative clause, apposition, focus."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.use_tree_subject = TREE_SUBJECT.usable(self.filled)  # chosen once, at the door
        self.use_group_subject = GROUP_SUBJECT.usable(self.filled)
        self.use_document_subject = DOCUMENT_SUBJECT.usable(self.filled)

    def resolve_role(self, m: Mention, pos: int) -> int | None:
        if m.kind == "INST":
            best = None
            for e in self.ents:
                if e.type not in ("organisation", "agency"):
                    continue
                if any(similar(m.role, w) for w in e.words) or any(
                    similar(m.role, w.lower()) for f in e.forms for w in f.split()
                ):
                    k = bisect.bisect_left(e.positions, pos)
                    last = e.positions[k - 1] if k else None
                    if last is not None and (best is None or last > best[0]):
                        best = (last, e.key)
            if best is None:
                # ``Mirovna misija EULEX-a ... ukazuje misija``: the organisation the article names right
                # after this institution noun (in the genitive or in apposition) is one
                for other in self.mentions:
                    if other.kind == "INST" and other.role == m.role and other.i0 < pos and other is not m \
                            and other.i1 < self.n and self.tok_mention[other.i1] >= 0:
                        named = self.mentions[self.tok_mention[other.i1]]
                        if named.kind in ("ORG", "AGENCY") and named.ent is not None and named.i0 == other.i1:
                            best = (other.i0, named.ent)
            if best is None:
                # ``še piše časnik``: the outlet (or for an institution, the organisation) last in focus
                kind = self.lex.roles.get(m.role, ("", ""))[1] if self.lex is not None else ""
                if kind not in ("medium", "company") or m.number == "mod":
                    return None  # ``vlada``, ``policija``, ``skupina tožilcev``: the institution itself
                want = "agency" if kind == "medium" else "organisation"
                k = self.sent_of[pos]
                for tok, ent, _how in reversed(self.focus):
                    if tok < pos and self.ents[ent].type == want and k - self.sent_of[tok] <= 5:
                        return ent
                return None
            return best[1]
        scored = []
        for ent, role, adjs, _tok in self.titles:
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
            if self.ents[ent].gender and m.gender in "mf" and m.gender and self.ents[ent].gender != m.gender:
                continue
            last = self._last_before(self.ents[ent], pos)
            scored.append((score, last if last is not None else -1, ent))
        if not scored:
            return None
        scored.sort(reverse=True)
        return scored[0][2]

    @staticmethod
    def _last_before(e: Entity, pos: int) -> int | None:
        k = bisect.bisect_left(e.positions, pos)
        if k:
            return e.positions[k - 1]
        return e.positions[0] if e.positions else None

    def speaker_of(self, m: Mention, pos: int) -> Speaker | None:
        if m.kind in ("PER", "ORG", "AGENCY", "LOC") and m.ent is not None:
            e = self.ents[m.ent]
            return Speaker(e.name, m.text, "organisation" if e.type == "place" else e.type, e.key)
        if m.kind in ("ROLE", "INST"):
            ent = self.resolve_role(m, pos)
            if ent is not None:
                e = self.ents[ent]
                return Speaker(e.name, m.text, e.type, e.key)
            if m.kind == "INST":
                name = m.role
                if m.nominative and m.text:  # ``so izvijestili lokalni mediji``
                    name = m.text[:1].lower() + m.text[1:] if not m.text[1:2].isupper() else m.text
                if m.number == "mod":  # the noun in the nominative, then its modifiers as written
                    j = m.i0 + len(m.adjs)
                    name = m.role + self.text[self.end[j]:self.end[m.i1 - 1]]
                return Speaker(name, m.text, "organisation", None)
            if self.lex is not None and self.lex.roles.get(m.role, ("", ""))[1] == "representative":
                # ``so poudarili predstavniki ruskega plinskega giganta``: the organisation in focus
                sp = self.from_focus(m.i0, "", "p", groups=False)
                if sp is not None:
                    sp.mention, sp.how = m.text, "focus"
                    return sp
            if m.number != "p" and (not m.adjs or all(a in self.W_determiner for a in m.adjs)):
                # ``je dodal gospodarski pravnik``, ``naš sogovornik``: the person the text is about
                sp = self.from_focus(m.i0, m.gender if m.gender in "mf" else "", "s")
                if sp is not None:
                    sp.mention, sp.how = m.text, "focus"
                    return sp
            return Speaker(self._role_name(m), m.text, "person", None)
        if m.kind == "PRON":
            g, n = (m.gender, m.number) if m.number else self.agreement(pos)
            sp = self.from_focus(m.i0, g, n)
            if sp is not None:
                sp.mention = m.text
                sp.how = "explicit"
            return sp
        return None

    def _role_name(self, m: Mention) -> str:
        if m.nominative:
            return m.text[:1].lower() + m.text[1:] if m.text[:1].isupper() and not m.text[1:2].isupper() else m.text
        return " ".join(list(m.adjs) + [m.role])

    def agrees(self, sp_type: str, ent_gender: str, g: str, n: str) -> bool:
        if sp_type == "person":
            if n in ("p",):
                return False
            return not (g in ("m", "f") and ent_gender in ("m", "f") and g != ent_gender)
        return True

    def from_focus(self, pos: int, g: str, n: str, *, groups: bool = True) -> Speaker | None:
        """The referent in focus before token ``pos`` that agrees with a dropped subject."""
        group = next(((tok, sp) for tok, sp in reversed(self.groups) if tok < pos), None) if n == "p" and groups \
            else None
        for tok, ent, _how in reversed(self.focus):
            if tok >= pos:
                continue
            e = self.ents[ent]
            if n in ("p",):
                if group is not None and group[0] > tok:
                    break
                if e.type in ("organisation", "agency"):
                    return Speaker(e.name, "", e.type, e.key, "focus")
                continue
            if e.type != "person":
                continue
            if self.agrees("person", e.gender, g, n):
                return Speaker(e.name, "", e.type, e.key, "focus")
        if group is not None:  # ``Oni kažu``, ``navele su``: the group that spoke last
            return Speaker(group[1].name, "", group[1].type, None, "focus")
        return None

    def _subject_ok(self, m: Mention, g: str, n: str) -> bool:
        if m.kind == "PER":
            e = self.ents[m.ent] if m.ent is not None else None
            return not (n == "p") and self.agrees("person", e.gender if e else "", g, n)
        if m.kind == "ROLE":
            if m.number == "p" and n == "s":
                return False
            return not (g in ("m", "f") and m.gender in ("m", "f") and g != m.gender) or n == "p"
        if m.kind == "PRON":
            if not m.number:
                return True
            return (m.number == "p") == (n == "p") and not (g and m.gender and g != m.gender)
        return True

    def find_subject(self, cue: int, lo: int, hi: int, g: str, n: str, *, forward: bool) -> Mention | None:
        """The subject of the cue among the mentions in ``[lo, hi)``, nearest to the cue first; a place
        (``Hrvaška je vztrajala``: the state speaking) only when there is no other."""
        m = self._find_subject(cue, lo, hi, g, n, forward, places=False)
        if m is None and n != "p":
            m = self._find_subject(cue, lo, hi, g, n, forward, places=True)
        return m

    def _find_subject(self, cue: int, lo: int, hi: int, g: str, n: str, forward: bool, places: bool) -> Mention | None:
        locative = self.W_locative
        preps = self.W_preposition
        rel = self.W_relative
        seen = set()
        s0 = self.bounds[self.sent_of[cue]][0]
        step = 1 if forward else -1
        i = lo if forward else hi - 1
        while lo <= i < hi:
            cur = i
            i += step
            if self.mark[cur] or (self.in_content[cur] and not self.in_content[cue]):
                continue
            if not forward and self.low[cur] == ")":
                # skip a parenthesis: Anton Žunič (... je Kramar nastopil ...) je dejal
                j = cur - 1
                while j >= lo and self.low[j] != "(":
                    j -= 1
                if j >= lo:
                    i = j - 1
                continue
            if not forward and self.low[cur] == ",":
                # skip a relative clause between the subject and the verb: X, ki je ..., je dejal
                j = cur - 1
                while j > lo and self.low[j] != ",":
                    if self.low[j] in rel and self.low[j - 1] == ",":
                        i = j - 2
                        break
                    j -= 1
                continue
            k = self.tok_mention[cur]
            if k < 0 or k in seen:
                continue
            seen.add(k)
            m = self.mentions[k]
            before = self.low[m.i0 - 1] if m.i0 > s0 else ""
            if before == "(":
                continue  # an affiliation in brackets: Bogdan Barovič (SNS) je dejal
            if m.i0 - 2 >= s0 and self.low[m.i0 - 2] in preps and self._apposition(m.i0 - 1, m):
                continue  # a name in apposition inside a prepositional phrase: za radio Murski val
            if before in preps or (m.i0 - 1 >= 0 and self.upos[m.i0 - 1] == "ADP"):
                # ``so sporočili iz NLB``, ``na banki pravijo``: an organisation speaking as a whole
                near = m.i0 - 1 - cue <= 3 if m.i0 > cue else cue - m.i1 <= 3
                if before in locative and m.kind in ("ORG", "INST", "AGENCY") and n == "p" and near:
                    return m
                continue
            if not m.nominative:
                continue
            if forward and m.kind in ("INST", "ROLE", "ORG") and self._name_follows(m, hi):
                continue  # ``je dejal član Fiskalnega sveta Vladimir Vučković``: the title's complement; the name
            if m.kind in ("ORG", "INST", "AGENCY", "PER", "ROLE", "PRON") and self._subject_ok(m, g, n):
                return m
            if places and m.kind == "LOC":
                return m
        return None

    def _relative_antecedent(self, i: int, cs: int, s0: int) -> Mention | None:
        """The speaker a relative pronoun subject stands for: ``X, ki je dejal``, ``X, biznismena koji je
        rekao`` (a common noun in apposition to the name), or None."""
        rel = self.W_relative
        r = -1
        for j in range(i - 1, max(s0, cs - 1, i - 5) - 1, -1):
            if self.low[j] in rel:
                r = j
                break
            if not (self.low[j] in self.W_aux or self.upos[j] in ("ADV", "PART") or self.low[j] in self.W_reflexive):
                return None
        if r < 0 or r - 1 < s0 or self.case(r) not in ("", "Nom") or self.low[r - 1] in self.W_preposition:
            return None
        k = r - 1
        if self.low[k] == ",":
            k -= 1
        if k >= s0 and self.tok_mention[k] >= 0:
            m = self.mentions[self.tok_mention[k]]
        elif k - 2 >= s0 and self.low[k - 1] == "," and self.tok_mention[k - 2] >= 0 and not self.form[k][:1].isupper():
            m = self.mentions[self.tok_mention[k - 2]]  # ``Dinua Patričua, biznismena koji``
        else:
            return None
        return m if m.kind in ("PER", "ORG", "AGENCY", "INST", "ROLE") else None

    def _coordinated(self, i: int, s0: int) -> bool:
        """A participle right after ``i`` / ``in`` / ``te`` (``... i preporučilo``): a second verb of the
        subject of an earlier one, whose statement ends at the conjunction."""
        if i - 1 <= s0 or self.low[i - 1] not in self.W_conjunction or self.low[i - 1] not in ("i", "in", "te", "ter"):
            return False
        g, _n = self.agreement(i)
        if not g:
            return False
        return any(self.verb_cue(j) is not None and self.in_quote[j] < 0 for j in range(s0, i - 1))

    def _name_follows(self, m: Mention, hi: int) -> bool:
        """A person's name right after ``m`` in the same phrase (``član Fiskalnog saveta Vladimir
        Vučković``, ``članica organizacijskog odbora Majda Puača``)."""
        j = m.i1
        while j < min(hi, m.i1 + 4) and not self.punct[j]:
            k = self.tok_mention[j]
            if k >= 0 and self.mentions[k] is not m:
                nxt = self.mentions[k]
                if nxt.kind == "PER":
                    return True
                if nxt.kind not in ("ORG", "INST", "LOC"):
                    return False
                j = max(nxt.i1, j + 1)  # the title's genitive complement: ``Fiskalnog saveta``
                continue
            j += 1  # a word between: an adjective of the complement
        return False

    def _apposition(self, j: int, m: Mention) -> bool:
        """Token ``j`` is a common noun that ``m`` names in apposition (``radio Murski val``): a role or
        institution noun in the same case as the name, where cases are known."""
        cj, cm = self.case(j), self.case(m.i1 - 1)
        if cj and cm:
            return cj == cm and cj != "Nom" and self.upos[j] == "NOUN"
        if self.nominative(m.i1 - 1) and not self.nominative(j):
            return False  # v družbi (locative) Sergej Komlev (nominative): not one phrase
        return self.role_noun(j) is not None

    def tree_subject(self, cue: int) -> Mention | None:
        if not self.use_tree_subject:
            return None
        s0, s1 = self.bounds[self.sent_of[cue]]
        wid = self.word_id[cue]
        heads = [wid]
        if self.deprel[cue] in ("conj", "xcomp") and self.head[cue] > 0:
            heads.append(self.head[cue])
        for h in heads:
            for j in range(s0, s1):
                if self.head[j] == h and self.deprel[j].split(":")[0] == "nsubj":
                    m = self.mention_at(j)
                    if m is None:
                        # the subject's head may be a role noun followed by the name (flat, nmod)
                        for k in range(s0, s1):
                            if self.head[k] == self.word_id[j] and self.mention_at(k) is not None:
                                m = self.mention_at(k)
                                break
                    if m is not None and self.ner[j] in ("", "O"):
                        # the subject is a title (Predsjednik ciparskih Grka Tassos Papadopoulos): its name
                        for k in range(s0, s1):
                            if self.head[k] == self.word_id[j] and self.deprel[k].split(":")[0] in ("flat", "appos", "nmod") \
                                    and self.ner[k].endswith("PER") and self.nominative(k):
                                mk = self.mention_at(k)
                                if mk is not None:
                                    m = mk
                                    break
                    if m is not None and m.kind in ("PER", "ORG", "AGENCY", "ROLE", "INST", "PRON"):
                        return m
                    return None
        return None

    def _speaker_for(self, i: int, f: Frame) -> Speaker:
        g, n = self.agreement(i)
        m = self.tree_subject(i)
        if m is not None and m.kind == "PRON":
            sp = self.speaker_of(m, i)
            if sp is not None:
                return sp
        elif m is not None:
            sp = self.speaker_of(m, i)
            if sp is not None:
                return sp
        a, b, c, d = f.subj
        s0, s1 = self.bounds[self.sent_of[i]]
        if self._coordinated(i, s0) or (self.upos[i] == "ADV" or not self.has_upos) and self.is_converb(i):
            # ``X je priopćilo da ... i preporučilo da``, ``..., ističući kako``: the earlier verb's speaker
            prev = next((q for q in reversed(self.quotes) if s0 <= q.cue_tok < i and q.speaker.name), None)
            if prev is not None:
                return Speaker(prev.speaker.name, "", prev.speaker.type, prev.speaker.ent, "focus")
        if f.type == "postposed" and not f.medial:
            d = s1  # ``..., je dejal eden od članov Sveta ECB, guverner ... Yves Mersch.``
        else:
            e = c
            while e < d and not (self.low[e] in CLAUSE_PUNCT or self.mark[e]):
                e += 1
                if e < d and self.low[e] == "(":  # ``izjavio je u utorak (19. svibnja) X``: over the brackets
                    close = next((x for x in range(e, d) if self.low[x] == ")"), -1)
                    if close > 0:
                        e = close + 1
            d = e
        if f.type == "postposed":
            sp = self._noun_subject(i, min(d, i + 4), n)
            if sp is not None and not any(self.tok_mention[x] >= 0 for x in range(i + 1, i + 3) if x < d):
                return sp  # ``pravijo raziskovalci iz Heidelberga``: the nouns right after the verb
        rel = self._relative_antecedent(i, f.clause_start, s0) if f.type not in ("postposed", "as_said") else None
        if rel is not None:  # ``Dinua Patričua, biznismena koji je rekao da``: the relative's antecedent
            sp = self.speaker_of(rel, i)
            if sp is not None:
                return sp
        if f.type == "postposed" or f.type == "as_said":
            m = self.find_subject(i, c, d, g, n, forward=True) or self.find_subject(i, a, b, g, n, forward=False)
        else:
            m = self.find_subject(i, c, d, g, n, forward=True) or self.find_subject(i, self._region_start(i, s0), b, g, n, forward=False)
        if m is not None:
            sp = self.speaker_of(m, i)
            if sp is not None:
                return sp
        # a relative clause: X, ki je dejal, da ...
        cs = f.clause_start
        if cs < i and self.low[cs] in self.W_relative and cs - 2 >= s0:
            k = self.tok_mention[cs - 2]
            if k >= 0:
                sp = self.speaker_of(self.mentions[k], i)
                if sp is not None:
                    return sp
        if f.type in ("postposed", "as_said"):
            sp = self._noun_subject(i, d, n)
            if sp is not None:
                return sp
        elif n == "p" or self._plural_present(i):
            sp = self._group_before(i, f.clause_start) or self._group_of_main_clause(i, s0)
            if sp is not None:
                self.groups.append((i, sp))
                return sp
        doc = self.document_near(i, f.clause_start, s1) if not g else -1  # ``V izjavi je zatrdil``: his
        if doc >= 0:
            sp = self._document_speaker(doc, i)
            if sp is not None:
                return sp
        sp = self.from_focus(i, g, n)
        if sp is not None:
            return sp
        return Speaker(None, "", "unknown", None, "unknown")

    def _group_before(self, i: int, cs: int) -> Speaker | None:
        """``kritičari kažu da``, ``analitiki menijo``: a plural common noun in the nominative right
        before a plural verb is the group speaking, as written. Without tags (lite), a plural-looking
        common noun right before the verb (:meth:`_plural_noun`)."""
        if not self.use_group_subject:
            j = i - 1
            while j >= cs and self.low[j] in self.W_aux:
                j -= 1
            if j >= cs and self._plural_noun(j):
                return Speaker(self.low[j], self.form[j], "person", None, "explicit")
            return None
        aux = self.W_aux
        j = i - 1
        while j >= cs and (self.low[j] in aux or self.upos[j] in ("ADV", "PART")):
            j -= 1
        if j < cs or self.upos[j] != "NOUN" or self.case(j) != "Nom" or self.tok_mention[j] >= 0:
            return None
        if not ("Number=Plur" in self.feats[j] or self.xpos[j][:1] == "N" and self.xpos[j][3:4] == "p"):
            return None
        a = j
        while a - 1 >= cs and self.upos[a - 1] in ("ADJ", "DET") and self.case(a - 1) == "Nom" \
                and self.low[a - 1] not in self.W_relative:
            a -= 1
        text = self._span_text(a, j + 1)
        return Speaker(text[:1].lower() + text[1:], text, "person", None, "explicit")

    def _plural_present(self, i: int) -> bool:
        """Untagged ``i`` is a present-tense verb in the third person plural (``kažu``, ``smatraju``;
        sl ``pravijo``), which the auxiliaries cannot tell."""
        if self.has_upos or self.xpos[i] or self.feats[i]:
            return False
        w = self.low[i]
        return w.endswith("jo") if self.lang == "sl" else w.endswith("u") and len(w) >= 4

    def _plural_noun(self, j: int) -> bool:
        """Untagged ``j`` looks like a plural common noun: lower case, no function word, mention or
        verb, and the lemmatiser took a plural ending off it (``kritičari`` -> ``kritičar``,
        ``organizatorji`` -> ``organizator``, ``porodice`` -> ``porodica``)."""
        w, lem = self.low[j], self.lem[j]
        if self.has_upos or not w.isalpha() or not self.form[j][:1].islower() or self.tok_mention[j] >= 0:
            return False
        if any(w in self.words(c) for c in ("aux", "conjunction", "preposition", "relative", "complementizer",
                                            "pronoun_p", "pronoun_m", "pronoun_f", "pronoun_n", "negation")):
            return False
        if not lem or lem == w or lem.endswith(("ti", "či", "ći")) or self.verb_cue(j) is not None:
            return False
        return w.endswith(("ri", "ci", "ji", "ki", "ti", "ni", "li", "vi", "ce", "je")) and len(w) >= 6 \
            and w.startswith(lem[:max(3, len(lem) - 2)])

    def _group_of_main_clause(self, i: int, s0: int) -> Speaker | None:
        """``Većina kosovskih Albanaca nije uvjerena u to jer smatraju kako ...``: a plural cue right after
        a subordinator has the main clause's subject, a common noun phrase opening the sentence, as
        written (with its genitive complement). Known only where there are cases."""
        if not self.use_group_subject:
            return None
        j = i - 1
        while j > s0 and (self.low[j] in self.W_aux or self.upos[j] in ("ADV", "PART")):
            j -= 1
        if j <= s0 or self.low[j] not in self.W_subordinator:
            return None
        a = s0
        while a < j and (self.mark[a] or self.punct[a]):
            a += 1
        b = a
        while b < j and self.upos[b] in ("ADJ", "DET") and self.case(b) == "Nom":
            b += 1
        if b >= j or self.upos[b] != "NOUN" or self.case(b) != "Nom" or self.tok_mention[b] >= 0 or self.in_content[b]:
            return None
        e = b + 1
        while e < j and self.upos[e] in ("ADJ", "NOUN", "PROPN", "DET") and self.case(e) == "Gen":
            e += 1
        text = self._span_text(a, e)
        return Speaker(text[:1].lower() + text[1:], text, "person", None, "explicit")

    def document_near(self, i: int, cs: int, s1: int) -> int:
        """The document a cue cites (``navodi se u priopćenju``, ``piše u saopćenju misije``,
        ``U izvješću ... procjenjuje se``): the token of its noun, or -1."""
        docs = self.W_document
        if not docs or not self.use_document_subject:
            return -1
        preps = self.W_locative
        for j in list(range(i + 1, min(s1, i + 4))) + list(range(max(cs, i - 6), i)):
            if self.low[j] in preps:
                for k in range(j + 1, min(s1, j + 4)):
                    if self.lem[k] in docs or self.low[k] in docs:
                        return k
                    if self.punct[k] or self.tok_mention[k] >= 0:
                        break
        return -1

    def _document_speaker(self, d: int, i: int) -> Speaker | None:
        """Who a document speaks for: the name after it (``u saopćenju misije``), else the organisation
        in focus."""
        s1 = self.bounds[self.sent_of[d]][1]
        for k in range(d + 1, min(s1, d + 4)):
            if self.punct[k]:
                break
            if self.tok_mention[k] >= 0:
                sp = self.speaker_of(self.mentions[self.tok_mention[k]], i)
                if sp is not None:
                    return sp
                break
        for tok, ent, _how in reversed(self.focus):
            if tok < i and self.ents[ent].type in ("organisation", "agency"):
                e = self.ents[ent]
                return Speaker(e.name, "", e.type, e.key, "focus")
        return None

    def _noun_subject(self, i: int, d: int, n: str) -> Speaker | None:
        """``..., so sporočili organizatorji``: a common noun in the nominative after the verb names the
        speakers though they are not in the lexicon. Without tags (lite), a plural-looking common noun
        right after a plural verb and ending the clause (:meth:`_plural_noun`)."""
        if not self.has_upos:
            j = i + 1
            while j < d and self.low[j] in self.W_aux:
                j += 1
            if n == "p" and j < d and self._plural_noun(j) and (j + 1 >= d or self.punct[j + 1]):
                return Speaker(self.low[j], self.form[j], "person", None, "explicit")
            return None
        aux = self.W_aux
        j = i + 1
        while j < d and (self.low[j] in aux or self.upos[j] in ("ADV", "PART", "ADJ", "DET")):
            j += 1
        if j >= d or self.upos[j] != "NOUN" or self.case(j) != "Nom":
            return None
        fe = self.feats[j]
        if n == "p" and "Number=Sing" in fe or n == "s" and "Number=Plur" in fe:
            return None
        a = j
        while a - 1 > i and self.upos[a - 1] in ("ADJ", "DET") and self.case(a - 1) == "Nom":
            a -= 1
        text = self._span_text(a, j + 1)
        return Speaker(text[:1].lower() + text[1:], text, "person", None, "explicit")
