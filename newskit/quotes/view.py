"""A read-only view of one article's tokens, with the lexical and morphological questions the rules ask.

It never consults mentions, quotes or any state of the pass.
"""

from __future__ import annotations

from collections.abc import Mapping

from ..language import ANALYTIC, LATIN_READING, to_latin
from ._words import CASES, CLAUSE_PUNCT, GENDERS, NUMBERS, SENT_END
from .lexicon import Lexicon, common_words, rewrite_suffix, suffix_rules
from .marks import is_quote_mark


class TokenView:
    """One article's tokens as plain lists: forms, lemmas, tags, features, sentence bounds."""

    def __init__(self, art_id: str, text: str, lang: str, lex: Lexicon | None, cols: Mapping[str, list], lo: int, hi: int):
        self.art_id = art_id
        self.text = text
        self.lang = lang
        self.lex = lex
        #: a language without cases or infinitive (mk, bg: :data:`~newskit.language.ANALYTIC`)
        self.analytic = lang in ANALYTIC
        self.n = hi - lo
        table = LATIN_READING.get(lang)  # a language written in both scripts is read in Latin
        tr = (lambda text: to_latin(text, language=table)) if table else None
        self.form: list[str] = cols["text"][lo:hi]
        self.low = [(tr(f) if tr else f).lower() for f in self.form]
        #: the words the article writes in lower case somewhere (a capital elsewhere is then no name's)
        self.lower_forms = frozenset(lw for f, lw in zip(self.form, self.low, strict=True) if f[:1].islower())
        lem = cols["lemma"][lo:hi]
        self.lem = [(tr(x) if tr else x).lower() if x else "" for x in lem]
        self.lemma_raw = lem
        self.upos: list[str] = cols["upos"][lo:hi]
        self.xpos: list[str] = cols["xpos"][lo:hi]
        self.feats: list[str] = cols["feats"][lo:hi]
        self.head: list[int] = cols["head"][lo:hi]
        self.deprel: list[str] = cols["deprel"][lo:hi]
        self.ner: list[str] = cols["ner"][lo:hi]
        self.start: list[int] = cols["start_char"][lo:hi]
        self.end: list[int] = cols["end_char"][lo:hi]
        self.sent_no: list[int] = cols["sentence"][lo:hi]
        self.part: list[str] = cols["part"][lo:hi]
        self.word_id: list[int] = cols["word_id"][lo:hi]
        self.has_upos = any(u and u != "PUNCT" and u != "NUM" for u in self.upos[:200])
        self.has_tree = any(h >= 0 for h in self.head[:200]) and self.has_upos
        #: The TOKENS columns this article's annotation fills: the rules that need others are not run.
        self.filled = frozenset({"text"} | ({"lemma"} if any(self.lem) else set())
                                | ({"upos", "xpos", "feats"} if self.has_upos else set())
                                | ({"head", "deprel"} if self.has_tree else set())
                                | ({"ner"} if any(self.ner) else set()))
        # sentences
        self.bounds: list[tuple[int, int]] = []
        s0 = 0
        for i in range(1, self.n + 1):
            if i == self.n or self.sent_no[i] != self.sent_no[i - 1] or not self.has_tree and self._dash_opens(i):
                self.bounds.append((s0, i))
                s0 = i
        self.sent_of = [0] * self.n
        self._index_sentences()
        self.W_according: frozenset[str] = self.words("according")
        self.W_aux12: frozenset[str] = self.words("aux_12")
        self.W_object_clitic: frozenset[str] = self.words("object_clitic")
        self.W_object_demonstrative: frozenset[str] = self.words("object_demonstrative")
        self.W_aux: frozenset[str] = self.words("aux")
        #: the lemmas of the auxiliaries as the article's annotation gives them (sl biti: bil, bila are forms too)
        self.aux_lemmas = frozenset(lm for lm, w in zip(self.lem, self.low, strict=True) if lm and w in self.W_aux)
        self.W_comparative: frozenset[str] = self.words("comparative")
        self.W_comparative_tail: frozenset[str] = self.words("comparative_tail")
        self.W_complementizer: frozenset[str] = self.words("complementizer")
        self.W_complementizer_kept: frozenset[str] = self.words("complementizer_kept")
        self.W_conjunction: frozenset[str] = self.words("conjunction")
        self.W_determiner: frozenset[str] = self.words("determiner")
        self.W_locative: frozenset[str] = self.words("locative")
        self.W_instrumental: frozenset[str] = self.words("instrumental")
        self.W_negation: frozenset[str] = self.words("negation")
        self.W_possessive_f: frozenset[str] = self.words("possessive_f")
        self.W_possessive_m: frozenset[str] = self.words("possessive_m")
        self.W_possessive_p: frozenset[str] = self.words("possessive_p")
        #: possessive clitics after their noun (mk, bg ``по думите му``), by gender: m, f, p
        self.W_possessive_clitic: tuple[tuple[frozenset[str], str], ...] = tuple(
            (self.words(f"possessive_clitic_{g}"), g) for g in "mfp")
        self.W_genitive_preposition: frozenset[str] = self.words("genitive_preposition")
        self.W_aorist: frozenset[str] = self.words("aorist")
        self.W_according_bare: frozenset[str] = self.words("according_bare")
        #: stressed oblique pronouns after an according preposition (mk, bg ``според него``), by gender: m, f, p
        self.W_pronoun_oblique: tuple[tuple[frozenset[str], str], ...] = tuple(
            (self.words(f"pronoun_oblique_{g}"), g) for g in "mfp")
        self.W_complement_preposition: frozenset[str] = self.words("complement_preposition")
        self.W_preposition: frozenset[str] = self.words("preposition")
        self.W_reflexive: frozenset[str] = self.words("reflexive")
        self.W_relative: frozenset[str] = self.words("relative")
        self.W_impersonal_modal: frozenset[str] = self.words("impersonal_modal")
        self.W_subordinator: frozenset[str] = self.words("subordinator")
        self.W_aux_plural: frozenset[str] = self.words("aux_plural")
        self.W_aux_dual: frozenset[str] = self.words("aux_dual")
        self.W_aux_singular: frozenset[str] = self.words("aux_singular")
        self.W_aux_conditional: frozenset[str] = self.words("aux_conditional")
        self.W_male_first_name_a: frozenset[str] = self.words("male_first_name_a")
        self.W_document: frozenset[str] = self.words("document")
        self.W_light_conjunction: frozenset[str] = self.words("light_conjunction")
        self.W_light_cconj: frozenset[str] = self.words("light_cconj")
        self.W_verb_adverb: frozenset[str] = self.words("verb_adverb")
        self.W_verb_link: frozenset[str] = self.words("verb_link")
        self.W_and: frozenset[str] = self.words("and")
        self.W_coordinator: frozenset[str] = self.words("coordinator")
        self.W_conjunction_kept: frozenset[str] = self.words("conjunction_kept")
        self.W_conjunction_causal: frozenset[str] = self.words("conjunction_causal")
        self.W_conditional: frozenset[str] = self.words("conditional")
        self.W_purpose: frozenset[str] = self.words("purpose")
        self.W_given_to: frozenset[str] = self.words("given_to")
        self.W_channel_noun: frozenset[str] = self.words("channel_noun")
        self.W_credit_preposition: frozenset[str] = self.words("credit_preposition")
        self.W_complementizer_bare: frozenset[str] = self.words("complementizer_bare")
        self.W_complementizer_bare_anywhere: frozenset[str] = self.words("complementizer_bare_anywhere")
        self.W_complementizer_statement: frozenset[str] = self.words("complementizer_statement")
        self.W_verb_ending_1p: tuple[str, ...] = tuple(sorted(self.words("verb_ending_1p")))
        self.W_according_person: frozenset[str] = self.words("according_person")
        self.W_verb_ending_3p: tuple[str, ...] = tuple(sorted(self.words("verb_ending_3p")))
        self.W_surname_genitive_ending: tuple[str, ...] = tuple(sorted(self.words("surname_genitive_ending")))
        #: participle endings, tried in this order: (endings, gender, number)
        self.W_participle: tuple[tuple[tuple[str, ...], str, str], ...] = tuple(
            (tuple(sorted(self.words(f"participle_{g}_{n}"))), g, n)
            for g, n in (("m", "p"), ("f", "p"), ("f", "s"), ("n", "s"), ("m", "s")))
        self.W_present_plural: tuple[str, ...] = tuple(sorted(self.words("present_ending_plural")))
        self.W_present_dual: tuple[str, ...] = tuple(sorted(self.words("present_ending_dual")))
        #: (form ending, lemma ending) pairs of an untagged third person plural present (hr navod-e: -iti)
        self.W_present_plural_form: tuple[tuple[str, str], ...] = tuple(sorted(
            (end, lem_end) for end, lem_ends in suffix_rules(self.words("present_plural_form"), "present_plural_form").items()
            for lem_end in lem_ends))
        self.W_conditional_cue: frozenset[str] = self.words("conditional_cue")
        self.W_hearsay: frozenset[str] = self.words("hearsay")
        self.W_quantity_noun: frozenset[str] = self.words("quantity_noun")
        #: gender -> END>NEW rows: an oblique adjective ending and its nominative (hr -oj>-a: narodnoj banci)
        self.W_adjective_nominative: dict[str, Mapping[str, tuple[str, ...]]] = {
            g: suffix_rules(self.words(f"adjective_nominative_{g}"), f"adjective_nominative_{g}") for g in "mfn"}
        self.W_main_clause_opener: frozenset[str] = self.words("main_clause_opener")
        self.W_degree_correlative: frozenset[str] = self.words("degree_correlative")
        self.W_bare_question: frozenset[str] = self.words("bare_question")
        self.W_clause_relative: frozenset[str] = self.words("clause_relative")
        #: END>NEW rows: a genitive plural ending and the nominative plural's (sl strokovnjak-ov>-i)
        self.W_genitive_plural: Mapping[str, tuple[str, ...]] = suffix_rules(self.words("genitive_plural"),
                                                                             "genitive_plural")
        self.W_generic_title: frozenset[str] = self.words("generic_title")
        self.W_document_verb: frozenset[str] = self.words("document_verb")
        # endings, as tuples for str.endswith
        self.W_infinitive_ending: tuple[str, ...] = tuple(sorted(self.words("infinitive_ending")))
        self.W_passive_neuter_ending: tuple[str, ...] = tuple(sorted(self.words("passive_neuter_ending")))
        self.W_adjective_lemma_ending: tuple[str, ...] = tuple(sorted(self.words("adjective_lemma_ending")))
        self.W_converb_ending: tuple[str, ...] = tuple(sorted(self.words("converb_ending")))
        self.W_converb_ending_msd: tuple[str, ...] = tuple(sorted(self.words("converb_ending_msd")))
        self.W_plural_noun_ending: tuple[str, ...] = tuple(sorted(self.words("plural_noun_ending")))
        self.W_possessive_bare_ending: tuple[str, ...] = tuple(sorted(self.words("possessive_bare_ending")))
        self.W_possessive_noun_ending: tuple[str, ...] = tuple(sorted(self.words("possessive_noun_ending")))
        self.W_oblique_plural_adjective_ending: tuple[str, ...] = tuple(sorted(
            self.words("oblique_plural_adjective_ending")))
        self.W_adverb_ending: tuple[str, ...] = tuple(sorted(self.words("adverb_ending")))
        self.W_adjective_ending: tuple[str, ...] = tuple(sorted(self.words("adjective_ending")))
        self.W_surname_feminine_ending: tuple[str, ...] = tuple(sorted(self.words("surname_feminine_ending")))
        self.W_feminine_adjective_surname: tuple[str, ...] = tuple(sorted(self.words("feminine_adjective_surname")))
        self.W_name_case_ending: frozenset[str] = self.words("name_case_ending")
        if not self.has_upos and self.W_name_case_ending:
            for i in range(self.n):
                if self.low[i][-1:] not in "eiou" and not self._name_lemma_fits(i):
                    # an unknown name the lemmatiser made another word of (``Sudavar`` -> ``Sudan``, ``Mlanija``
                    # -> ``Mlan``, ``Pirena`` -> ``Piriti``): ending as a nominative does (a consonant, ``-a``),
                    # the form as written is a better guess at its lemma (``Šurlo``, an accusative, is not)
                    self.lem[i] = self.low[i]
                    self.lemma_raw[i] = self.form[i]
        self.punct = [
            (u == "PUNCT") or not any(ch.isalnum() for ch in f) for u, f in zip(self.upos, self.form, strict=True)
        ]
        self.mark = [is_quote_mark(f) for f in self.form]
        self._case: dict[int, str] = {}
        if not self.has_upos:
            self._split_run_on_headlines()

    def _split_run_on_headlines(self) -> None:
        """Untagged: a headline or intertitle with no final punctuation that opens a paragraph runs into
        the sentence after it (``Imenovanje je veliki triumf Berlusconija iz Laškega Nadzorni svet Dela
        je ...``, where the line break was lost); the sentence is split before the run-on sentence's
        first word (:meth:`_run_on_start`)."""
        bounds: list[tuple[int, int]] = []
        for s0, s1 in self.bounds:
            cut = self._run_on_start(s0, s1) if self._opens_paragraph(s0) else -1
            bounds += [(s0, cut), (cut, s1)] if cut > 0 else [(s0, s1)]
        if len(bounds) != len(self.bounds):
            self.bounds = bounds
            self._index_sentences()

    def _index_sentences(self) -> None:
        """Each token's sentence (``sent_of``), from the sentence bounds."""
        for k, (a, b) in enumerate(self.bounds):
            for i in range(a, b):
                self.sent_of[i] = k

    def _run_on_start(self, s0: int, s1: int) -> int:
        """Where a second sentence starts inside the sentence ``s0``-``s1``, else -1: two auxiliaries of
        their own clauses (``je`` ... ``je``) with no punctuation, conjunction, complementizer or relative
        word between them, and between them a capitalised word after no verb or preposition from which
        no preposition follows up to the second auxiliary (the run-on sentence's subject: ``Nadzorni svet
        Dela je``, not ``Berlusconija iz Laškega``)."""
        aux = self.W_aux
        stop = self.W_conjunction | self.W_complementizer | self.W_complementizer_kept | self.W_relative
        first = -1
        for j in range(s0, s1):
            low = self.low[j]
            if self.punct[j] and low != ":" or low in stop:
                first = -1  # a clause boundary the text marks
                continue
            if low not in aux:
                continue
            if first >= 0 and j - first > 3:
                for k in range(first + 2, j):
                    if self.form[k][:1].isupper() and self.low[k - 1] not in self.W_preposition \
                            and not self.is_verb(k - 1) \
                            and not any(self.low[x] in self.W_preposition for x in range(k, j)):
                        return k
            first = j
        return -1

    def words(self, cls: str) -> frozenset[str]:
        """The words of class ``cls`` (without a lexicon, those of ``common/function_words.tsv``); an
        undeclared class is an error (:class:`~newskit.quotes.lexicon.UndeclaredWordClassError`)."""
        if self.lex is not None:
            return self.lex.words[cls]
        return common_words()[cls]

    def case(self, i: int) -> str:
        c = self._case.get(i)
        if c is None:
            c = ""
            fe = self.feats[i]
            if fe and "Case=" in fe:
                c = fe.split("Case=", 1)[1].split("|", 1)[0]
            else:
                x = self.xpos[i]
                if x[:1] == "N" and len(x) >= 5:
                    c = CASES.get(x[4], "")
                elif x[:1] == "A" and len(x) >= 6:
                    c = CASES.get(x[5], "")
            self._case[i] = c
        return c

    def _name_lemma_fits(self, i: int) -> bool:
        """Untagged: a capitalised name's lemma is a nominative its form can be a case of: the form is the
        lemma (less its final vowel, ``Ana`` -> ``Ane``) and a case ending of the language's
        ``name_case_ending`` rows (``Putin-u``, ``Haraći-ja``), or, with a fleeting vowel, the lemma's last
        consonant(s) and an ending (``Turnšek`` -> ``Turnšk-a``, ``Kremelj`` -> ``Kremlj-a``). Other words fit."""
        f, lem = self.form[i], self.lemma_raw[i] or ""
        if not (f[:1].isupper() and f[1:].islower() and lem[:1].isupper() and f.isalpha()):
            return True
        low, lm = self.low[i], self.lem[i]
        c = 0
        while c < min(len(low), len(lm)) and low[c] == lm[c]:
            c += 1
        rest, lrest = low[c:], lm[c:]
        if c < 2:
            return False
        if len(lrest) <= 1 and (rest in self.W_name_case_ending or not rest):
            return True
        tail = lrest[1:]  # a fleeting vowel before the lemma's last consonant(s): Turnšek, Kremelj
        return 2 <= len(lrest) <= 3 and lrest[0] in "ae" and rest.startswith(tail) \
            and rest[len(tail):] in self.W_name_case_ending

    def nominative(self, i: int) -> bool:
        c = self.case(i)
        if c:
            return c == "Nom"
        if self.analytic:
            return True  # no cases: every noun and name is a nominative
        lem = self.lem[i]
        if not lem or self.has_upos and self.upos[i] in ("PROPN",) and not self.feats[i] and not self.xpos[i]:
            return True
        low = self.low[i]
        if len(lem) > len(low) and lem.startswith(low) and self.form[i][:1].isupper():
            return True  # a lemmatizer's guess at an unknown name (Komlev -> Komleva): case endings lengthen names
        if self.form[i][:1].isupper() and low.endswith(self.W_surname_feminine_ending) and low.startswith(lem.lower()) \
                and len(lem) < len(low) and (i + 1 >= self.n or self.punct[i + 1] or self.low[i + 1] in self.W_aux):
            # sl ``Novakova je zavrnila``, ``razlaga Osterčeva.``: a woman's surname (Ljudmila Novak),
            # which the lemmatiser reads as Novak's possessive; before a noun it is one (Novakova izjava)
            return True
        if self.form[i][:1].isupper() and low.endswith(self.W_feminine_adjective_surname) and lem == low[:-1] + "i":
            return True  # ``Revomska`` (lemmatised Revomski): an adjectival surname's feminine nominative
        return low == lem or low == lem + "i" or low == lem[:-1] + "i" and lem[-1:] in "ko" \
            or len(lem) >= 5 and lem[-2] == "e" and lem[-1] not in "aeiou" and low == lem[:-2] + lem[-1] + "i"
        # (the last: a nominative plural with a fleeting vowel, sl raziskovalec -> raziskovalci)

    def genitive_plural(self, i: int, *, noun: bool) -> str:
        """Token ``i`` in the nominative plural when it is a genitive plural (``strokovnjakov`` ->
        strokovnjaki, ``tujih`` -> tuji), by the language's ``genitive_plural`` rows; "" when it is not
        one or the language has no rows. With tags, the case and number decide; without them the
        ending, and for a noun (``noun``) the lemma before it (``poslanc-ev`` of poslanec)."""
        rules = self.W_genitive_plural
        low = self.low[i]
        new = rewrite_suffix(low, rules) if rules else []
        if not new:
            return ""
        end = max((e for e in rules if low.endswith(e)), key=len)
        if self.case(i):
            fe, x = self.feats[i], self.xpos[i]
            k = 3 if x[:1] == "N" else 4  # MSD: Ncmpg, Agpmpg
            plural = "Number=Plur" in fe if fe else len(x) > k and x[k] == "p"
            if self.case(i) != "Gen" or not plural:
                return ""
        elif noun:
            stem, lem = low[:len(low) - len(end)], self.lem[i]
            if not (stem == lem or len(lem) >= 4 and lem[-2] == "e" and stem == lem[:-2] + lem[-1]):
                return ""
        form = self.form[i]
        return form[:len(form) - len(end)] + new[0][len(low) - len(end):]

    def agreement(self, i: int) -> tuple[str, str]:
        """Gender and number of a verb (its participle), from features, MSD, form and auxiliary."""
        g = n = ""
        fe = self.feats[i]
        if fe:
            for kv in fe.split("|"):
                k, _, v = kv.partition("=")
                if k == "Gender":
                    g = GENDERS.get(v, "")
                elif k == "Number":
                    n = NUMBERS.get(v, "")
        x = self.xpos[i]
        if not (g or n) and x[:1] == "V" and len(x) >= 6:
            if "p" in x[2:4] and x[-1] in "mfn":
                n, g = x[-2] if x[-2] in "sdp" else "", x[-1]
            elif x[-1] in "sdp":
                n = x[-1]
        if not (g or n):
            low, lem = self.low[i], self.lem[i]
            # the participle's ending (word classes participle_m_p, ...: sl dejal-a, hr rekao), unless
            # the form is its lemma or the lemma's end (sr ``ko`` of ``tko``)
            for ends, gg, nn in self.W_participle:
                if low.endswith(ends) and low != lem and not lem.endswith(low):
                    g, n = gg, nn
                    break
            else:
                # where a language lists its present endings (sl pravi-jo, pravi-ta), a verb form that
                # is no participle is a present: plural, dual, else singular
                if self.W_present_plural and (self.verb_cue(i) is not None or low != lem):
                    n = "p" if low.endswith(self.W_present_plural) else "d" if low.endswith(self.W_present_dual) else "s"
                elif self.W_present_plural_form and (cue := self.verb_cue(i)) is not None:
                    # hr, sr, bs: a third person plural read from the form and the cue's lemma (``navode`` of
                    # navoditi, ``kažu``); other present forms (``kaže``, ``tvrdi``) stay unread
                    if any(low.endswith(end) and cue[0].endswith(lem_ends) and low != cue[0]
                           for end, lem_ends in self.W_present_plural_form):
                        n = "p"
        # the auxiliary settles the number (sta dejala is dual, not feminine)
        s0, s1 = self.bounds[self.sent_of[i]]
        aux = self.W_aux
        for j in (i - 1, i - 2, i + 1, i - 3):
            if not s0 <= j < s1:
                continue  # outside the sentence (and, at an article's edge, outside the article)
            if j < i and any(self.low[x] in CLAUSE_PUNCT for x in range(j + 1, i)):
                continue  # ``Obrtnici su, rekla je, ...``: the auxiliary of another clause
            if self.low[j] in aux and self.low[j] not in self.W_aux_conditional:
                w = self.low[j]
                if w in self.W_aux_plural:
                    n = "p"
                elif w in self.W_aux_dual:
                    n, g = "d", ""
                elif w in self.W_aux_singular:
                    n = n or "s"
                break
        return g, n

    def verb_cue(self, i: int) -> tuple[str, str, str] | None:
        lex = self.lex
        if lex is None or self.punct[i]:
            return None
        u = self.upos[i]
        lem = self.lem[i]
        v = lex.verbs.get(lem)
        if u == "ADJ" or v and v[1] == "adjective":
            # ``je prepričan, da``, ``uvjeren je da``: an adjective of the lexicon with a clause, in
            # one of its row's forms (``jasen`` reports, the impersonal ``jasno je, da`` does not)
            forms = lex.adjective_forms.get(lem)
            if forms is not None and self.low[i] not in forms and lex.verb_forms.get(self.low[i]) != lem:
                return None
            return (lem, v[0], "clause") if v and v[1] == "adjective" and u in ("ADJ", "", "X") else None
        if u and u not in ("VERB", "X") and not (u == "ADV" and self.is_converb(i)):
            return None  # a converb (``ističući kako``, ``dodajući da``) is tagged ADV
        if not self.has_upos and self.noun_after_plural_adjective(i):
            return None  # ``s kanalom prometnih sporočil``: the noun sporočilo, not the verb sporočiti
        if v:
            if lem in self.W_document_verb and not self.cites_document_near(i):
                return None  # ``kuća stoji``; ``stoji u priopćenju`` reports
            return lem, v[0], v[1]
        if not lem or lem == self.low[i] or (not self.has_upos and not lem.endswith(self.W_infinitive_ending)
                                             and self._verb_slot(i)):
            # without tags, a verb form the lemmatiser took for a noun or adjective (``tvrdi`` -> ``tvrd``)
            l2 = lex.verb_forms.get(self.low[i])
            if l2 and not (l2 in self.W_document_verb and not self.cites_document_near(i)):
                v = lex.verbs[l2]
                return l2, v[0], "clause" if v[1] == "adjective" else v[1]
        if not self.has_upos and self.W_document_verb:
            # a document verb by its form whatever lite's lemma (hr ``stoji`` -> ``stojati``), citing a document
            l2 = lex.verb_forms.get(self.low[i])
            if l2 in self.W_document_verb and self.cites_document_near(i):
                v = lex.verbs[l2]
                return l2, v[0], v[1]
        return None

    def noun_after_plural_adjective(self, i: int) -> bool:
        """Untagged ``i``, a form in the masculine participle's ending (sl ``-l``), right after a lower-case
        adjective in an oblique plural ending (word class ``oblique_plural_adjective_ending``, sl ``-ih``):
        the genitive plural of a noun (``prometnih sporočil``, ``splošnih pojasnil``), which a participle
        never follows so."""
        ends = self.W_oblique_plural_adjective_ending
        if not ends or i == 0 or self.punct[i - 1] or self.mark[i - 1]:
            return False
        prev = self.form[i - 1]
        return len(prev) >= 5 and prev.isalpha() and prev.islower() and prev.endswith(ends) \
            and any(self.low[i].endswith(e) for e, g, n in self.W_participle if (g, n) == ("m", "s"))

    def cites_document_near(self, i: int) -> bool:
        """A locative preposition and a document noun (``u priopćenju``, ``u izveštaju``) within four words
        after the verb at ``i`` or six before it, in its sentence; or a document noun before a locative
        preposition and a relative pronoun right before the verb (``priopćenje u kojem stoji``)."""
        s0, s1 = self.bounds[self.sent_of[i]]
        for j in [*range(i + 1, min(s1, i + 5)), *range(max(s0, i - 6), i)]:
            if self.low[j] in self.W_locative:
                if j + 1 < i and self.low[j + 1] in self.W_relative and j - 1 >= s0 \
                        and (self.lem[j - 1] in self.W_document or self.low[j - 1] in self.W_document):
                    return True  # ``priopćenje u kojem stoji da``
                for k in range(j + 1, min(s1, j + 4)):
                    if self.lem[k] in self.W_document or self.low[k] in self.W_document:
                        return True
                    if self.punct[k]:
                        break
        return False

    def _verb_slot(self, i: int) -> bool:
        """Untagged ``i`` stands where a reporting verb does: after an auxiliary, a comma or ``kako`` /
        ``kot``, or before a complementizer or colon (``tvrdi da``, ``..., tvrdi Bilić``), not after
        a preposition or an adjective (``v odstopni izjavi``)."""
        prev = self.low[i - 1] if i > 0 else ""
        nxt = self.low[i + 1] if i + 1 < self.n else ""
        if prev in self.W_aux or prev in (",", ":") or prev in self.W_comparative or prev in self.W_reflexive:
            return True
        if nxt == ":" or nxt in self.W_complementizer or nxt in self.W_complementizer_kept:
            return True
        return nxt == "," and i + 2 < self.n and (self.low[i + 2] in self.W_complementizer
                                                  or self.low[i + 2] in self.W_complementizer_kept)

    def _opens_paragraph(self, i: int) -> bool:
        """Token ``i`` is the first of its paragraph (only spaces or tabs between it and a newline)."""
        if i >= self.n:
            return False
        j = self.start[i] - 1
        while j >= 0 and self.text[j] in " \t":
            j -= 1
        return j < 0 or self.text[j] == "\n"

    def opens_paragraph(self, i: int) -> bool:
        """Token ``i`` is the first of its paragraph (for the rules: :meth:`_opens_paragraph`)."""
        return self._opens_paragraph(i)

    def _in_capitals(self, i: int) -> bool:
        """A dateline's place: a word of four letters or more, all in capitals (``ZAGREB``, ``БЕОГРАД``)."""
        w = self.form[i]
        return w.isalpha() and w.isupper() and len(w) >= 4

    def _dateline_dash(self, i: int) -> bool:
        """An en or em dash, or a hyphen spaced as one: the dash that ends a dateline, or opens speech."""
        return self.form[i] in ("–", "—") or self.spaced_dash(i)

    def after_dateline(self, i: int) -> bool:
        """Word ``i`` opens a sentence's text after a dateline (``Beograd – Ministar finansija ...``,
        ``ZAGREB, 12. svibnja (Hina) - Ministar ...``): up to a dash, a paragraph opened by a
        capitalised place and at most a date and a credit in brackets."""
        s0 = self.bounds[self.sent_of[i]][0]
        if i - 1 <= s0 or i - 1 - s0 > 10 or not self._dateline_dash(i - 1) or not self._opens_paragraph(s0):
            return False
        # (the place itself may look like a verb to lite: ``Split`` -> ``spliti``)
        return self.form[s0][:1].isupper() and not self.mark[s0] \
            and not any(self.mark[j] or self.is_verb(j) for j in range(s0 + 1, i - 1))

    def _dash_opens(self, i: int) -> bool:
        """Token ``i`` is a speech dash that opens a sentence after the end of another in one paragraph
        (``... vozača. - Raspisali smo konkurs - poručio je X``), which rule-based tokenizers leave in
        one sentence; the sentence starts at the dash."""
        return 0 < i < self.n - 1 and self.form[i - 1] in SENT_END and self.form[i + 1][:1].isupper() \
            and self._dateline_dash(i)

    def spaced_dash(self, i: int) -> bool:
        """A hyphen written as a dash, with a space on both sides (``- Nismo zadovoljni - rekao je X``):
        it ends a clause like ``–``; ``Jong-un`` and a split ``Jong - un`` inside a name do not."""
        if self.form[i] != "-":
            return False
        a, b = self.start[i], self.end[i]
        return (a == 0 or self.text[a - 1].isspace()) and (b >= len(self.text) or self.text[b].isspace()) \
            and not (i + 1 < self.n and self.form[i + 1][:1].islower() and i > 0 and self.form[i - 1][:1].isupper())

    def is_converb(self, i: int) -> bool:
        """A converb (adverbial participle): ``ističući``, ``rekavši``, sl ``poudarjajoč``."""
        fe = self.feats[i]
        if fe:
            return "VerbForm=Conv" in fe
        x = self.xpos[i]
        if x:
            return x[:1] == "R" and self.low[i].endswith(self.W_converb_ending_msd)
        return self.low[i].endswith(self.W_converb_ending)

    def _lookup(self, i: int, table: Mapping[str, tuple[str, str]], forms: Mapping[str, str]) -> str | None:
        lem, low = self.lem[i], self.low[i]
        if not self.has_upos and low in table:
            # untagged: a form that is itself a row is that row, whatever lemma lite gave it
            # (``premijer`` lemmatised ``premer``; ``predsjedavajuća`` lemmatised as the masculine's)
            return low
        if lem in table:
            return lem
        if not lem or lem == low:
            return forms.get(low)
        return None

    def noun_cue(self, i: int) -> str | None:
        if self.lex is None or (self.upos[i] and self.upos[i] != "NOUN"):
            return None
        return self._lookup(i, self.lex.nouns, self.lex.noun_forms)

    def role_noun(self, i: int) -> str | None:
        if self.lex is None or (self.upos[i] and self.upos[i] != "NOUN"):
            return None
        s0 = self.bounds[self.sent_of[i]][0]
        if self.form[i][:1].isupper() and self.sent_of[i] == self.sent_of[max(i - 1, 0)] \
                and i > s0 and not self.after_dateline(i) and any(not self.punct[j] for j in range(s0, i)):
            return None  # a capitalised word inside a sentence is part of a name (not one after marks alone)
        return self._lookup(i, self.lex.roles, self.lex.role_forms)

    def tagged_as(self, i: int, *upos: str) -> bool:
        """Token ``i`` is tagged with one of the parts of speech ``upos`` (never, without tags)."""
        return self.has_upos and self.upos[i] in upos

    def adverb_like(self, i: int) -> bool:
        """An adverb or particle: from the tag, or, without tags, a short word ending in ``-o``."""
        if self.has_upos:
            return self.upos[i] in ("ADV", "PART")
        return len(self.low[i]) <= 7 and self.low[i].endswith(self.W_adverb_ending)

    def converb_cue(self, i: int) -> bool:
        """A converb that may be a cue (``ističući kako``): tagged ``ADV``, as CLASSLA tags converbs, or
        untagged, with a converb's ending."""
        return (self.upos[i] == "ADV" or not self.has_upos) and self.is_converb(i)

    def proper_noun(self, i: int) -> bool:
        """A proper noun: by its tag, or without tags, when its lemma keeps the capital (or it has none:
        ``Frattini``; ``Komentar`` -> ``komentar`` is not)."""
        if self.has_upos:
            return self.upos[i] == "PROPN"
        lem = self.lemma_raw[i]
        return lem[:1].isupper() or not lem

    def is_verb_or_cue(self, i: int) -> bool:
        """A verb or auxiliary by its tag; without tags, an auxiliary or a reporting verb."""
        if self.has_upos:
            return self.upos[i] in ("VERB", "AUX")
        return self.low[i] in self.W_aux or self.verb_cue(i) is not None

    def passive_neuter(self, i: int) -> bool:
        """An untagged neuter passive participle beside an auxiliary (``priopćeno je``, ``je saopšteno``):
        an impersonal report. Tagged readings tag it an adjective and report nothing."""
        if self.has_upos or not self.W_passive_neuter_ending:
            return False
        low, lem = self.low[i], self.lem[i]
        if not low.endswith(self.W_passive_neuter_ending) or lem == low or not lem.endswith(self.W_infinitive_ending):
            return False
        s0, s1 = self.bounds[self.sent_of[i]]
        return any(self.low[j] in self.W_aux for j in (i - 1, i + 1) if s0 <= j < s1)

    def is_verb(self, i: int) -> bool:
        """A verb or auxiliary: from the tag, or, without tags, from a verb's lemma (-ti, -či, -ći)."""
        if self.has_upos:
            return self.upos[i] in ("VERB", "AUX")
        lem = self.lem[i]
        if self.analytic and self.lex is not None and (lem in self.lex.verbs or self.low[i] in self.lex.verb_forms):
            return True  # no infinitive to tell a verb's lemma by: a reporting verb of the lexicon
        return self.low[i] in self.W_aux or (len(lem) > 3 and lem.endswith(self.W_infinitive_ending))

    def participle(self, i: int) -> bool:
        """Untagged text: a verb's past participle (``podigao``, ``rekla``: a verb's lemma and a participle
        ending), which lite's adjectives, read by ending, would take in; tagged text tells by the tag."""
        if self.has_upos:
            return self.upos[i] in ("VERB", "AUX")
        low, lem = self.low[i], self.lem[i]
        return low != lem and self.is_verb(i) and any(low.endswith(ends) for ends, _g, _n in self.W_participle)

    def is_adjective(self, i: int) -> bool:
        if self.punct[i]:
            return False
        if self.has_upos:
            return self.upos[i] == "ADJ"
        low = self.low[i]
        if not low.isalpha() or len(low) < 3 or self.lex is None:
            return False
        for cls in ("aux", "preposition", "conjunction", "negation", "complementizer", "relative", "comparative"):
            if low in self.lex.words[cls]:
                return False
        if self.verb_cue(i) or self.role_noun(i) or self.noun_cue(i):
            return False
        s0 = self.bounds[self.sent_of[i]][0]
        if self.form[i][:1].isupper() and i != s0:
            return False
        return low.endswith(self.W_adjective_ending)

    def span_text(self, a: int, b: int) -> str:
        return self.text[self.start[a]:self.end[b - 1]]

    def nom_word(self, i: int) -> str:
        lem = self.lemma_raw[i]
        f = self.form[i]
        if lem and lem[:2].lower() == f[:2].lower() and not (
            len(lem) > len(f) and lem.lower().startswith(f.lower()) and not self.case(i)
        ):
            w = lem
        else:
            w = f
        return w[:1].upper() + w[1:] if f[:1].isupper() else w

    def trim(self, lo: int, hi: int) -> tuple[int, int]:
        """Drop punctuation and conjunctions at the edges of a content range."""
        conj = self.W_conjunction
        while lo < hi and (self.punct[lo] and not self.mark[lo] or self.low[lo] in self.W_coordinator):
            lo += 1
        while hi > lo and self.punct[hi - 1] and not self.mark[hi - 1]:
            hi -= 1
        # "... pregovori traju. (Hina)": a short bracket after the full stop credits the report
        for j in range(hi - 1, max(lo, hi - 4), -1):
            if self.form[j] == "(" and self.form[j - 1] in {".", "!", "?"}:
                hi = j
                while hi > lo and self.punct[hi - 1] and not self.mark[hi - 1]:
                    hi -= 1
                break
        while hi > lo and self.low[hi - 1] in conj and self.low[hi - 1] not in self.W_conjunction_kept:
            hi -= 1
        while hi > lo and self.punct[hi - 1] and not self.mark[hi - 1]:
            hi -= 1
        return lo, hi

    def cut(self, lo: int, hi: int, bounds: list[int], own: int) -> int:
        for b in bounds:
            if lo < b < hi and b != own:
                return b
        return hi
