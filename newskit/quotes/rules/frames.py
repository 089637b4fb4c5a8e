"""Verbal cues: how a reporting verb introduces its content (its frame).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from .._types import Cue, Frame
from .._words import CLAUSE_PUNCT, SENT_END
from ..speaker import Speakers
from .base import STOP, TREE, Rule, Stop

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
RULES = (QUOTE_CUE, COLON, COMPLEMENT, POSTPOSED, AS_SAID, QUOTED_OBJECT, POSTPOSED_PARATAXIS, COMPLEMENT_CCOMP_END)


class Frames(Speakers):
    """The frame rules of verbal cues: :meth:`as_said_frame`, :meth:`after_cue_frame`,
    :meth:`postposed_frame`, :meth:`fragment_frame`, tried in this order by :meth:`frame_of`."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # the tree twins are chosen once, at the door
        self.use_parataxis = POSTPOSED_PARATAXIS.usable(self.filled)
        self.use_ccomp_end = COMPLEMENT_CCOMP_END.usable(self.filled)

    def frame_of(self, i: int, frame: str, s0: int, s1: int) -> Frame | None:
        """How the cue at ``i`` introduces its content: a :class:`Frame`, or None.

        The cue's clause is read once (:meth:`cue_at`); then the frame rules are tried in order,
        the first that applies giving the frame; a rule may also find that the cue introduces nothing.
        """
        c = self.cue_at(i, frame, s0, s1)
        if c is None:
            return None
        f = self.as_said_frame(c)
        if f is not None:
            return f
        if self._inanimate_subject(i, c.cs):
            return None
        for rule in (self.after_cue_frame, self.postposed_frame, self.fragment_frame):
            found = rule(c)
            if isinstance(found, Stop):
                return None
            if found is not None:
                return found
        return None

    def cue_at(self, i: int, frame: str, s0: int, s1: int) -> Cue | None:
        """The clause of the reporting verb at ``i``, or None when it reports nobody's statement
        (negated, in the first or second person, an impersonal or infinitive use, a question)."""
        neg = self.W_negation
        for j in (i - 1, i - 2, i - 3):
            if s0 <= j and self.low[j] in neg:
                return None
        fe = self.feats[i]
        if fe and ("Person=1" in fe or "Person=2" in fe) or (not fe and self.xpos[i][:1] == "V" and ("1" in self.xpos[i][3:6] or "2" in self.xpos[i][3:6])):
            return None  # ``Spomnimo, da ...``, ``kot vi omenjate``: the journalist or the reader
        if not fe and not self.xpos[i] and self.lang == "sl" and self.low[i].endswith("mo") and self.lem[i] != self.low[i]:
            return None
        if (fe and "VerbForm=Inf" in fe or (not fe and self.low[i] == self.lem[i] and self.low[i].endswith(("ti", "či", "ći")))) \
                and not (i - 1 >= s0 and self.is_verb(i - 1) and self.low[i - 1] not in self.W_aux):
            return None  # ``je prepozno govoriti`` reports nothing; ``so želeli sporočiti, da`` does
        # clause start: the comma (or quote mark, sentence start) before the cue
        cs = i
        while cs > s0 and not (self.low[cs - 1] in CLAUSE_PUNCT or self.mark[cs - 1] or self.spaced_dash(cs - 1)):
            cs -= 1
        def first_or_second(j: int) -> bool:
            fj = self.feats[j]
            return self.low[j] in self.W_aux12 or bool(fj) and ("Person=1" in fj or "Person=2" in fj) and self.is_verb(j)

        if any(first_or_second(j) or self.low[j] == "bi" and self.low[j - 1] != "naj"
               for j in range(max(cs, i - 3), i)) or (i + 1 < s1 and first_or_second(i + 1)):
            return None  # ``kot smo že pisali``, ``kot bi lahko rekel``: the writer, or no report (``naj bi`` is one)
        refl = self.W_reflexive
        group = [i + 1]  # the verb's own clitics and adverbs: ``se je govorilo``, ``kot se uradno reče``
        j = i - 1
        while j >= cs and (self.low[j] in self.W_aux or self.low[j] in refl or self.low[j] in ("še", "tudi", "že")
                           or (self.upos[j] in ("ADV", "PART") if self.has_upos else len(self.low[j]) <= 7 and self.low[j].endswith("o"))):
            group.append(j)
            j -= 1
        if any(s0 <= j < s1 and self.low[j] in refl for j in group):
            # ``se pravi`` (that is), ``navodi se``, ``se je govorilo``: impersonal, nobody's statement;
            # ``se je vprašal`` (wondered) keeps its subject
            if (self.lex is None or self.lex.verbs.get(self.lem[i], ("", ""))[0] != "questioning") \
                    and self.document_near(i, cs, s1) < 0:
                return None  # ``navodi se u priopćenju`` is the document's
        if self.agreement(i) == ("n", "s") and self.lem[i] != self.low[i] and not self._neuter_subject(i, cs, s1):
            return None  # ``se je o tem govorilo``: an impersonal neuter participle
        comp = self.W_complementizer
        kept = self.W_complementizer_kept
        conj = self.W_conjunction
        aux = self.W_aux
        k = i - 1
        while k > cs and (self.low[k] in aux or self.low[k] in ("še", "tudi", "pa", "i")) and self.low[k] not in ("in", "ter"):
            k -= 1
        if k >= s0 and k > cs - 1 and self.low[k] in conj and self.low[k] not in ("saj",) and k > s0:
            cs = k  # ``je priznal, da ..., in dodal, da ...``: a second reporting verb of the same subject
        elif self._coordinated(i, s0) and i - 1 > cs:
            cs = i - 1  # ``saopštilo je da ... i preporučilo da ...``: no comma before the second verb
        between = [j for j in range(cs, i)]
        first_word = self.low[cs] if cs < i else ""
        if first_word in comp and first_word != "da" and not (self.lang != "sl" and first_word == "kako"):
            return None  # ``ali ocenjuje, da ...``: a question put to the speaker, not a statement
        subordinate = first_word in comp or first_word in kept or first_word in self.W_relative
        return Cue(i, frame, s0, s1, cs, subordinate, first_word, tuple(between))

    def as_said_frame(self, c: Cue) -> Frame | None:
        """``Kot je dejal X, ...`` (as_said): the content is the rest of the sentence, or around the cue."""
        i, s0, s1, cs = c.i, c.s0, c.s1, c.cs
        first_word, between = c.first_word, c.between
        # Kot je dejal X, ...
        comparative = self.W_comparative
        if cs < i and first_word in comparative and all(self._light(j) for j in between[1:]) \
                and not any(self.low[j] in self.W_object_clitic for j in between):
            j = i + 1
            while j < s1 and not (self.low[j] in (",", ";", ":") or self.mark[j]):
                j += 1
            if cs == s0 or (cs - 1 >= s0 and self.mark[cs - 1] and cs - 1 == s0):
                if j < s1 - 1:
                    return Frame(cue=i, type="as_said", lo=j + 1, hi=s1, clause_start=cs, independent=True,
                            subj=(cs + 1, i, i + 1, j))
            elif cs - 1 >= s0 and self.low[cs - 1] == ",":
                if j < s1 - 1 and self.low[j] == ",":
                    # a parenthesis inside the statement: ..., kot pravi minister, ...
                    return Frame(cue=i, type="as_said", lo=s0, hi=cs - 1, lo2=j + 1, hi2=s1, clause_start=cs - 1,
                            independent=False, subj=(cs + 1, i, i + 1, j))
                return Frame(cue=i, type="as_said", lo=s0, hi=cs - 1, clause_start=cs - 1, independent=True,
                        subj=(cs + 1, i, i + 1, j))
        return None

    def after_cue_frame(self, c: Cue) -> Frame | Stop | None:
        """A complement (``je dejal, da ...``), a colon (``je dejal: ...``) or a quotation right after the cue."""
        i, s1, cs = c.i, c.s1, c.cs
        subordinate = c.subordinate
        comp, kept, aux = self.W_complementizer, self.W_complementizer_kept, self.W_aux
        # complement or colon after the cue
        j = i + 1
        skipped = 0  # tokens of a bracket after the verb: ``izjavio je u utorak (19. svibnja) X da``
        while j < s1 and j - i - skipped <= 10:
            low = self.low[j]
            if low == "(" and not self.mark[j]:
                close = next((x for x in range(j + 1, min(s1, j + 12)) if self.low[x] == ")"), -1)
                if close > 0:
                    skipped += close + 1 - j
                    j = close + 1
                    continue
            if low == ":":
                q = self._opens_quote(j + 1) if j + 1 < self.n else -1
                if q < 0 and j + 1 < s1 and self.in_quote[j + 1] >= 0 and self.q_first[self.in_quote[j + 1]] == j + 1:
                    q = self.in_quote[j + 1]
                if q < 0 and j + 1 >= s1 and s1 < self.n:  # the quotation is the next sentence
                    q = self._opens_quote(s1)
                    if q < 0 and self.in_quote[s1] >= 0 and self.q_first[self.in_quote[s1]] == s1:
                        q = self.in_quote[s1]
                if q >= 0:
                    return Frame(cue=i, type="colon_quote", quote=q, clause_start=cs, independent=not subordinate,
                            subj=(cs, i, i + 1, j))
                if j + 1 < s1:
                    return Frame(cue=i, type="colon", lo=j + 1, hi=s1, clause_start=cs, independent=not subordinate,
                            subj=(cs, i, i + 1, j))
                return STOP
            if low in comp or low in kept:
                if low == "kako" and j + 1 < s1 and self.low[j + 1] in ("bi", "bismo", "biste", "bih"):
                    break  # ``kako bi``: a purpose clause, not what was said
                prev = self.low[j - 1]
                # ``da`` (hr, sr: also ``kako``) may follow the verb without a comma; ``ali``, ``če``
                # and the rest introduce a complement only after one (``zavrne ali vrne`` is "or")
                bare = low in ("da", "naj") or (self.lang != "sl" and low in ("kako", "neka"))
                if prev == "," or (bare and (j == i + 1 or prev in aux or self.lang != "sl")):
                    lo = j + 1 if low in comp else j
                    return Frame(cue=i, type="complement", lo=lo, hi=s1, clause_start=cs,
                            independent=not subordinate, subj=(cs, i, i + 1, j))
            if self.mark[j]:
                q = self._opens_quote(j)
                if q >= 0:
                    return Frame(cue=i, type="object_quote", quote=q, clause_start=cs, independent=not subordinate,
                            subj=(cs, i, i + 1, j))
                break
            if low in SENT_END or low == ";" or low == "(":
                break
            if low == "," and not (j + 1 < s1 and (self.low[j + 1] in comp or self.low[j + 1] in kept)):
                break
            if j != i and self.verb_cue(j):
                break
            if self.is_verb(j) and self.low[j] not in aux:
                break
            j += 1
        return None

    def postposed_frame(self, c: Cue) -> Frame | Stop | None:
        """The cue after its content: ``»...«, je dejal X.`` / ``..., pravijo v banki.`` (the surface rule:
        a short clause of light words; its tree twin: the cue is a ``parataxis`` of the content)."""
        i, s0, s1, cs, frame = c.i, c.s0, c.s1, c.cs, c.frame
        subordinate, between = c.subordinate, c.between
        comp = self.W_complementizer
        # postposed: »...«, je dejal X. / ..., pravijo v banki.
        if frame in ("speech", "report") and not subordinate:
            after_quote = self._closes_quote(cs) >= 0
            # ``..., je za današnji Jutarnji list izjavil X``: the medium the words were given to is no clause
            between = self._without_medium(between)
            light = len(between) <= (10 if after_quote else 4) and all(self._light(j) for j in between)
            if not after_quote and any(self.low[j] in self.W_conjunction for j in between):
                light = False  # ``..., pri tem pa izpostavlja X``: a clause of its own
            if light and not after_quote and self._has_object(i, s1):
                light = False
            tree_para = self.use_parataxis and self.deprel[i] == "parataxis" and not self._has_object(i, s1) and not (
                not after_quote and any(self.low[j] in self.W_conjunction for j in between))
            if (light or tree_para) and (cs > s0 or self._closes_quote(cs) >= 0 or (cs == s0 and self.mark[s0])):
                q = self._closes_quote(cs)
                comma = cs - 1
                if q < 0 and comma <= s0:
                    return STOP
                end = i + 1
                while end < s1 and not (self.low[end] in (",", ";", ":") or self.mark[end]):
                    end += 1
                f = Frame(cue=i, type="postposed", quote=q, lo=s0, hi=comma, clause_start=comma,
                     independent=True, subj=(cs, i, i + 1, end), tense_pres=self._present(i, cs))
                # a cue in the middle: ``S druge strane, kazao je, stječe se dojam ...``
                if q < 0 and end < s1 - 3 and self.low[end] == "," and not self.mark[end]:
                    first = self.low[end + 1]
                    tail = [x for x in range(end + 1, s1) if not self.punct[x]]
                    rel = self.W_relative
                    if len(tail) >= 3 and first not in rel and first not in self.W_conjunction \
                            and first not in comp and not any(self.low[x] in rel for x in tail[:2]) \
                            and not any(self.verb_cue(x) for x in tail[:6]) and any(self.is_verb(x) for x in tail):
                        f = replace(f, lo2=end + 1, hi2=s1, medial=True)
                return f
        return None

    def _without_medium(self, between: tuple[int, ...]) -> tuple[int, ...]:
        """``between`` without a ``za`` phrase naming a medium or a name (``za današnji Jutarnji list``,
        ``za SETimes``): up to three words after ``za`` ending in a mention."""
        out = list(between)
        for k, j in enumerate(between):
            if self.low[j] == "za":
                for e in range(k + 1, min(len(between), k + 4)):
                    if self.tok_mention[between[e]] >= 0:
                        m = self.mentions[self.tok_mention[between[e]]]
                        if m.kind in ("ORG", "AGENCY") and all(x in between for x in range(m.i0, m.i1)):
                            last = between.index(m.i1 - 1)
                            rest = out[:k] + out[last + 1:]
                            if any(self.low[x] in self.W_preposition for x in rest):
                                return between  # ``je še v intervjuju za Planet Siol.net``: a clause of its own
                            return tuple(rest)
                break
        return tuple(out)

    def fragment_frame(self, c: Cue) -> Frame | None:
        """A quoted fragment later in the sentence as the verb's object: ``pohvalil »zaupanje in prijateljstvo«``."""
        i, s1, cs, frame = c.i, c.s1, c.cs, c.frame
        subordinate = c.subordinate
        # a quoted fragment later in the sentence: pohvalil »zaupanje in prijateljstvo«
        for j in range(i + 1, s1):
            if not self.mark[j] and self.verb_cue(j) is not None:
                break  # ``je pritrdil X, ki je prepričan, da ... »...«``: the later cue's
            if self.mark[j]:
                q = self._opens_quote(j)
                if q >= 0 and self.qspans[q].close_at >= 0 and frame != "report" and not self._cue_follows(q, s1) and (
                    j - i <= 3 or sum(1 for x in range(self.q_first[q], self.q_last[q] + 1) if not self.punct[x]) >= 2
                ):
                    return Frame(cue=i, type="object_quote", quote=q, clause_start=cs, independent=not subordinate,
                            subj=(cs, i, i + 1, j), fragment=True)
        return None

    def _neuter_subject(self, i: int, cs: int, s1: int) -> bool:
        """A neuter participle with a named subject: ``Ministarstvo ... priopćilo je``, ``je sporočilo
        ministrstvo``: an organisation in the nominative in the clause, before or right after the verb."""
        for j in list(range(cs, i)) + list(range(i + 1, min(s1, i + 4))):
            k = self.tok_mention[j]
            if k >= 0 and self.mentions[k].kind in ("ORG", "INST", "AGENCY") and self.mentions[k].nominative \
                    and not self.in_content[j]:
                return True
        return False

    def _main_clause_cut(self, i: int, lo: int, hi: int, s0: int) -> int:
        """``Čeprav je Rajoy zatrjeval, da ..., je Španija zaprosila``: when the reporting clause is a
        fronted subordinate clause, its content ends where the main clause begins (a comma, then an
        auxiliary or ``pa``)."""
        first = s0
        while first < i and (self.mark[first] or self.punct[first]):
            first += 1
        if first >= i or self.low[first] not in self.W_subordinator:
            return hi
        if any(self.low[j] in CLAUSE_PUNCT for j in range(first, i)):
            return hi
        aux = self.W_aux
        for j in range(lo + 1, hi - 1):
            if self.low[j] == "," and (self.low[j + 1] in aux or self.low[j + 1] == "pa"):
                return j
        return hi

    def _cue_follows(self, q: int, s1: int) -> bool:
        """A reporting verb right after the quotation (``»...«, je dejal X``) claims it."""
        last = self.q_last[q]
        s1 = self.bounds[self.sent_of[last]][1]
        for j in range(last + 1, min(s1, last + 6)):
            if self.verb_cue(j) is not None:
                return True
        return False

    def _has_object(self, i: int, s1: int) -> bool:
        """An accusative noun phrase right after the verb (``izpostavlja avtocestna odseka``): the verb
        reports a thing, not the statement before it. Known only where the annotation has cases."""
        for j in range(i + 1, min(s1, i + 4)):
            if self.punct[j] or self.tok_mention[j] >= 0:
                return False
            if self.upos[j] in ("NOUN", "ADJ", "DET") and self.case(j) == "Acc":
                return True
        return False

    def _inanimate_subject(self, i: int, cs: int) -> bool:
        """A common noun in the nominative right before the verb (``Julijski dogovor predvideva, da``):
        a document or a fact, not a speaker. Known only where the annotation has cases."""
        if not self.has_upos:
            return False
        aux = self.W_aux
        j = i - 1
        while j >= cs and (self.low[j] in aux or self.upos[j] in ("ADV", "PART")):
            j -= 1
        if j < cs or self.upos[j] != "NOUN" or self.case(j) != "Nom" or self.tok_mention[j] >= 0:
            return False
        if "Number=Plur" in self.feats[j] or self.xpos[j][:1] == "N" and self.xpos[j][3:4] == "p":
            return False  # ``kritičari kažu``, ``porodice kažu``: people speaking as a group
        return self.role_noun(j) is None

    def _present(self, i: int, cs: int) -> bool:
        fe = self.feats[i]
        if fe and "Tense=Pres" in fe and "VerbForm=Fin" in fe:
            return True
        x = self.xpos[i]
        if x[:1] == "V" and len(x) >= 4 and (x[3:4] == "r" or x[2:3] == "r"):
            return True
        if fe or x:
            return False
        aux = self.W_aux
        return not any(self.low[j] in aux for j in range(cs, min(i + 3, self.n)) if j != i)

    def _tree_content_end(self, cue: int, lo: int, hi: int) -> int:
        """With a UD tree, the last word of the cue's clausal complement (ccomp) bounds its content."""
        if not self.use_ccomp_end:
            return hi
        s0, s1 = self.bounds[self.sent_of[cue]]
        wid = self.word_id[cue]
        for j in range(lo, min(hi, s1)):
            if self.head[j] == wid and self.deprel[j] in ("ccomp", "parataxis", "xcomp"):
                # subtree of j
                ids = {self.word_id[j]}
                changed = True
                while changed:
                    changed = False
                    for t in range(s0, s1):
                        if self.word_id[t] not in ids and self.head[t] in ids:
                            ids.add(self.word_id[t])
                            changed = True
                last = max(t for t in range(s0, s1) if self.word_id[t] in ids)
                if lo < last + 1 <= hi:
                    return last + 1
                return hi
        return hi
