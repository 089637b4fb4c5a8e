"""Each quote rule alone, on small hand-made token views (no annotator involved).

A view is built from ``word/lemma`` pairs (and, where a test needs them, tags, names and a tree);
sentences end at ``.``; ``part`` is ``body`` unless given.
"""

from __future__ import annotations

import pytest

from newskit.quotes._types import Claimed, Cue, Frame
from newskit.quotes.assemble import Pass, all_rules, attribute
from newskit.quotes.lexicon import load_lexicon
from newskit.quotes.quoted import Quoted, read_article
from newskit.quotes.rules.base import STOP, TREE
from newskit.quotes.rules.frames import (
    Twins,
    after_cue_frame,
    as_said_frame,
    choose_twins,
    cue_at,
    fragment_frame,
    frame_of,
    has_object,
    postposed_frame,
)
from newskit.quotes.speaker import speaker_for
from newskit.quotes.speaker.subject import tree_subject
from newskit.schemas import TOKENS


def view(words: str, lemmas: str | None = None, *, lang: str = "sl", ner: str | None = None,
         upos: str | None = None, feats: list[str] | None = None, heads: list[int] | None = None,
         deprels: str | None = None, part: str = "body") -> Quoted:
    forms = words.split()
    n = len(forms)
    lems = lemmas.split() if lemmas else [f.lower() for f in forms]
    starts, text, sent, k = [], "", [], 0
    for f in forms:
        if text:
            text += " "
        starts.append(len(text))
        text += f
        sent.append(k)
        if f in (".", "!", "?"):
            k += 1
    cols = {
        "text": forms, "token": forms, "lemma": [x if x != "_" else "" for x in lems],
        "upos": upos.split() if upos else [""] * n, "xpos": [""] * n, "feats": feats or [""] * n,
        "head": heads if heads is not None else [-1] * n, "deprel": deprels.split() if deprels else [""] * n,
        "ner": [x if x != "O" else "" for x in ner.split()] if ner else [""] * n, "part": [part] * n,
        "start_char": starts, "end_char": [s + len(f) for s, f in zip(starts, forms, strict=True)],
        "sentence": sent, "paragraph": [0] * n, "word_id": [i + 1 for i in range(n)],
    }
    return read_article("a", text, lang, load_lexicon(lang), cols, 0, n)


def nothing_claimed(doc: Quoted) -> Claimed:
    """What a rule reads before the pass has claimed anything."""
    return Pass(doc).seen


def twins(doc: Quoted) -> Twins:
    return choose_twins(doc.filled)


def cue(doc: Quoted, i: int) -> Cue:
    v = doc.verb_cue(i)
    assert v is not None, doc.form[i]
    s0, s1 = doc.bounds[doc.sent_of[i]]
    c = cue_at(doc, nothing_claimed(doc), twins(doc), i, v[2], s0, s1)
    assert c is not None
    return c


def frame(doc: Quoted, i: int, kind: str = "speech") -> Frame | None:
    s0, s1 = doc.bounds[doc.sent_of[i]]
    return frame_of(doc, nothing_claimed(doc), twins(doc), i, kind, s0, s1)


# --- the frame rules of verbal cues -------------------------------------------------------------------


def test_complement_rule_on_dejal_je_da_bo_odstopil():
    doc = view("Dejal je , da bo odstopil .", "dejati biti , da biti odstopiti .")
    c = cue(doc, 0)
    assert as_said_frame(doc, twins(doc), c) is None
    f = after_cue_frame(doc, twins(doc), c)
    assert isinstance(f, Frame) and f.type == "complement" and f.cue == 0
    assert (f.lo, f.hi) == (4, 7)  # content tokens 4-6: bo odstopil .
    assert doc.trim(f.lo, f.hi) == (4, 6)
    assert f.independent and f.clause_start == 0
    assert frame(doc, 0) == f


def test_colon_rule():
    doc = view("Minister je povedal : gre za napako .", "minister biti povedati : iti za napaka .")
    f = after_cue_frame(doc, twins(doc), cue(doc, 2))
    assert isinstance(f, Frame) and (f.type, f.lo, f.hi) == ("colon", 4, 8)


def test_colon_with_nothing_after_it_stops_the_cue():
    doc = view("Minister je povedal :", "minister biti povedati :")
    assert after_cue_frame(doc, twins(doc), cue(doc, 2)) is STOP
    assert frame(doc, 2) is None


def test_as_said_rule_takes_the_rest_of_the_sentence():
    doc = view("Kot je dejal minister , bo odstopil .", "kot biti dejati minister , biti odstopiti .")
    f = as_said_frame(doc, twins(doc), cue(doc, 2))
    assert isinstance(f, Frame) and (f.type, f.lo, f.hi, f.independent) == ("as_said", 5, 8, True)
    assert f.subj == (1, 2, 3, 4)  # the subject between kot and the verb, or after the verb


def test_postposed_rule_takes_the_sentence_before_the_cue():
    doc = view("Odstopil bo , je dejal minister .", "odstopiti biti , biti dejati minister .")
    c = cue(doc, 4)
    assert after_cue_frame(doc, twins(doc), c) is None
    f = postposed_frame(doc, twins(doc), c)
    assert isinstance(f, Frame) and (f.type, f.lo, f.hi, f.quote) == ("postposed", 0, 2, -1)


def test_a_prepositions_accusative_after_a_postposed_cue_is_no_object():
    # ``u petak`` is a time phrase, not what the verb reports: the statement before the comma is
    doc = view("Plaće neće rasti , izjavio je u petak ministar .", "plaća neće rasti , izjaviti biti u petak ministar .",
               lang="hr", upos="NOUN AUX VERB PUNCT VERB AUX ADP NOUN NOUN PUNCT",
               feats=["Case=Nom", "", "", "", "VerbForm=Part", "Person=3|VerbForm=Fin", "Case=Acc", "Case=Acc",
                      "Case=Nom", ""])
    f = postposed_frame(doc, twins(doc), cue(doc, 4))
    assert isinstance(f, Frame) and (f.type, f.lo, f.hi) == ("postposed", 0, 3)
    # a noun in the accusative right after the verb is its object: it reports a thing
    doc = view("Plaće neće rasti , izjavio je plan ministar .", "plaća neće rasti , izjaviti biti plan ministar .",
               lang="hr", upos="NOUN AUX VERB PUNCT VERB AUX NOUN NOUN PUNCT",
               feats=["Case=Nom", "", "", "", "VerbForm=Part", "Person=3|VerbForm=Fin", "Case=Acc", "Case=Nom", ""])
    assert postposed_frame(doc, twins(doc), cue(doc, 4)) is None
    # the object after the time phrase and its bracketed date is still an object
    doc = view("Barroso je izjavio u petak ( 27. studenog ) plan .", "Barroso biti izjaviti u petak ( 27. studeni ) plan .",
               lang="hr", upos="PROPN AUX VERB ADP NOUN PUNCT ADJ NOUN PUNCT NOUN PUNCT",
               feats=["Case=Nom", "Person=3|VerbForm=Fin", "VerbForm=Part", "Case=Acc", "Case=Acc", "", "", "Case=Gen",
                      "", "Case=Acc", ""])
    assert has_object(doc, 2, 10)


def test_tagged_words_without_a_verb_before_a_postposed_cue_are_no_statement():
    words, lemmas = "Taj vid , tipičan za nasilje , ukazuje na odnos .", "taj vid , tipičan za nasilje , ukazivati na odnos ."
    tagged = view(words, lemmas, lang="sr", upos="DET NOUN PUNCT ADJ ADP NOUN PUNCT VERB ADP NOUN PUNCT",
                  feats=["", "Case=Nom", "", "Case=Nom", "", "Case=Acc", "", "Person=3|VerbForm=Fin", "", "Case=Acc", ""])
    assert postposed_frame(tagged, twins(tagged), cue(tagged, 7)) is None
    # with a verb it is a statement; without tags only its surface twin runs, which takes a short
    # phrase opened by a preposition (U međuvremenu, ...) and not this one
    words, lemmas = "Plaće rastu , ukazuje na odnos .", "plaća rasti , ukazivati na odnos ."
    verb = view(words, lemmas, lang="sr", upos="NOUN VERB PUNCT VERB ADP NOUN PUNCT",
                feats=["Case=Nom", "Person=3|VerbForm=Fin", "", "Person=3|VerbForm=Fin", "", "Case=Acc", ""])
    assert isinstance(postposed_frame(verb, twins(verb), cue(verb, 3)), Frame)
    untagged = view("Taj vid , tipičan za nasilje , ukazuje na odnos .", lang="sr")
    assert isinstance(postposed_frame(untagged, twins(untagged), cue(untagged, 7)), Frame)
    pp = view("U međuvremenu , govoreći na skupu , X je rekao .", "u međuvreme , govoriti na skup , X biti reći .",
              lang="hr")
    assert postposed_frame(pp, twins(pp), cue(pp, 3)) is None


def test_a_bracket_before_the_subject_ends_no_statement():
    doc = view("Predsjednik komisije ( EK ) Barroso objavio je plan .", "predsjednik komisija ( EK ) Barroso objaviti biti plan .",
               lang="hr")
    assert postposed_frame(doc, twins(doc), cue(doc, 6)) is None


def test_quotation_after_a_colon_is_the_frame_quote():
    doc = view("Minister je dejal : » Odstopil bom . «", "minister biti dejati : » odstopiti biti . «")
    f = after_cue_frame(doc, twins(doc), cue(doc, 2))
    assert isinstance(f, Frame) and f.type == "colon_quote" and f.quote == 0


def test_fragment_rule_on_a_quoted_object():
    doc = view("Pohvalil je » zaupanje in prijateljstvo « med državama .",
               "pohvaliti biti » zaupanje in prijateljstvo « med država .")
    c = cue(doc, 0)
    f = fragment_frame(doc, twins(doc), c)
    assert isinstance(f, Frame) and (f.type, f.quote, f.fragment) == ("object_quote", 0, True)


@pytest.mark.parametrize(("words", "lemmas", "i"), [
    ("Ni dejal , da bo odstopil .", "biti dejati , da biti odstopiti .", 1),  # negated
    ("Kot smo pisali , bo odstopil .", "kot biti pisati , biti odstopiti .", 2),  # the writer
    ("Se pravi , da bo odstopil .", "se praviti , da biti odstopiti .", 1),  # impersonal
])
def test_cues_that_report_nobody(words, lemmas, i):
    doc = view(words, lemmas)
    v = doc.verb_cue(i)
    assert v is not None
    assert frame(doc, i, v[2]) is None


# --- the speaker strategies and the tree twins ---------------------------------------------------------


def test_surface_subject_is_the_named_person():
    doc = view("Janez Novak je dejal , da bo odstopil .", "Janez Novak biti dejati , da biti odstopiti .",
               ner="B-PER I-PER O O O O O O O")
    f = frame(doc, 3)
    assert f is not None
    tw = twins(doc)
    sp, group = speaker_for(doc, nothing_claimed(doc), tw.subjects, 3, f)
    assert (sp.name, sp.how, group) == ("Janez Novak", "explicit", None)
    assert tw.subjects.tree is None and tw.parataxis is None  # no tree: the tree twins are not run


def test_tree_twins_are_chosen_where_the_annotation_has_a_tree():
    doc = view("Janez Novak je dejal , da bo odstopil .", "Janez Novak biti dejati , da biti odstopiti .",
               ner="B-PER I-PER O O O O O O O", upos="PROPN PROPN AUX VERB PUNCT SCONJ AUX VERB PUNCT",
               heads=[4, 1, 4, 0, 8, 8, 8, 4, 4], deprels="nsubj flat aux root punct mark aux ccomp punct")
    assert TREE <= doc.filled
    tw = twins(doc)
    assert tw.subjects.tree is tree_subject and tw.parataxis is not None and tw.ccomp_end is not None
    m = tree_subject(doc, 3)
    assert m is not None and doc.span_text(m.i0, m.i1) == "Janez Novak"


# --- the other rule families, through the pass ----------------------------------------------------------


def _quotes(doc: Quoted) -> list[tuple[str, str, str | None]]:
    found = attribute(doc)
    return [(q.rule, " ".join(doc.text[s:e] for s, e in q.spans), q.speaker.name) for q in found.quotes]


def test_according_to_rule():
    doc = view("Janez Novak je minister . Po besedah Novaka bo odstopil .",
               "Janez Novak biti minister . po beseda Novak biti odstopiti .",
               ner="B-PER I-PER O O O O O B-PER O O O")
    assert ("according_to", "bo odstopil", "Janez Novak") in _quotes(doc)


def test_headline_rule():
    doc = view("Frattini : Hrvaška naj naredi korak naprej", "Frattini : Hrvaška naj narediti korak naprej",
               ner="B-PER O B-LOC O O O O", part="title")
    assert _quotes(doc) == [("headline", "Hrvaška naj naredi korak naprej", "Frattini")]


def test_standalone_rule_gives_a_quote_to_the_speaker_in_focus():
    doc = view("Janez Novak je dejal , da bo odstopil . » Tega ne bom več počel . «",
               "Janez Novak biti dejati , da biti odstopiti . » ta ne biti več počenjati . «",
               ner="B-PER I-PER" + " O" * 14)
    assert _quotes(doc) == [("complement", "bo odstopil", "Janez Novak"),
                            ("standalone", "Tega ne bom več počel .", "Janez Novak")]
    assert attribute(doc).quotes[1].speaker.how == "focus"


# --- what every rule declares ---------------------------------------------------------------------------


def test_every_rule_declares_name_confidence_and_columns():
    rules = all_rules()
    names = [r.name for r in rules]
    assert len(names) == len(set(names))
    for r in rules:
        assert r.requires <= set(TOKENS), r
        assert r.confidence is None or 0 < r.confidence <= 1, r
    emitting = {r.name for r in rules if r.confidence is not None}
    assert emitting == {"quote+cue", "colon", "complement", "postposed", "as_said", "according_to",
                        "noun_clause", "quoted_object", "headline", "standalone"}
    assert {r.name for r in rules if r.requires >= TREE} == {"postposed/parataxis", "complement/ccomp", "tree_subject"}


# --- each rule returns a candidate and changes nothing; the assembler records it -------------------------


def test_the_verbal_rule_returns_a_claim_and_changes_nothing():
    from newskit.quotes._types import Claim, VerbalOutcome
    from newskit.quotes.rules.verbal import verbal_claim

    doc = view("Janez Novak je dejal , da bo odstopil .", "Janez Novak biti dejati , da biti odstopiti .",
               ner="B-PER I-PER O O O O O O O")
    p = Pass(doc)
    f = frame(doc, 3)
    assert f is not None
    out = verbal_claim(doc, p.seen, twins(doc), 3, "dejati", "neutral", "speech", f, 0, 9, [])
    assert isinstance(out, VerbalOutcome) and isinstance(out.found, Claim)
    assert out.found.tokens == (6, 7)  # bo odstopil
    assert out.found.focus and out.found.quote.speaker.name == "Janez Novak"
    assert not any(p.in_content) and not p.quotes and not p.focus  # the rule recorded nothing
    p.record_verbal(3, out)
    assert [i for i, x in enumerate(p.in_content) if x] == [6, 7]
    assert p.focus == [(3, out.found.quote.speaker.ent, "speaker")] and p.quotes == [out.found.quote]


def test_a_present_tense_agency_after_its_content_is_a_credit_of_the_sentence():
    from newskit.quotes._types import SentenceCredit
    from newskit.quotes.rules.verbal import verbal_claim

    doc = view("Minister bo odstopil , poroča AFP .", "minister biti odstopiti , poročati AFP .")
    p = Pass(doc)
    f = frame(doc, 4, "report")
    assert f is not None and f.type == "postposed" and f.tense_pres
    out = verbal_claim(doc, p.seen, twins(doc), 4, "poročati", "neutral", "report", f, 0, 7, [])
    assert isinstance(out.found, SentenceCredit)
    assert out.found.source == ("AFP", "") and out.found.credit.kind == "report" and out.found.sentence == 0
    assert [(c.source, c.kind) for c in attribute(doc).credits] == [("AFP", "report")]


def test_a_quotation_taken_once_is_not_taken_again():
    from newskit.quotes.rules.verbal import verbal_claim

    doc = view("Minister je dejal : » Odstopil bom . «", "minister biti dejati : » odstopiti biti . «")
    p = Pass(doc)
    f = frame(doc, 2)
    assert f is not None and f.type == "colon_quote"
    out = verbal_claim(doc, p.seen, twins(doc), 2, "dejati", "neutral", "speech", f, 0, 4, [])
    assert out.found is not None and out.found.quote_ids == (0,) and out.found.quote.kind == "direct"
    p.record_verbal(2, out)
    assert p.used_quotes == {0}
    again = verbal_claim(doc, p.seen, twins(doc), 2, "dejati", "neutral", "speech", f, 0, 4, [])
    assert again.found is None  # the assembler's record of used quotations, read through Claimed


def test_noun_clause_rule():
    from newskit.quotes.rules.nominal import nominal_cue

    doc = view("Izjava Janeza Novaka , da bo odstopil .", "izjava Janez Novak , da biti odstopiti .",
               ner="O B-PER I-PER O O O O O")
    found = nominal_cue(doc, nothing_claimed(doc), 0, 0, 8, [])
    assert found is not None and found.quote.rule == "noun_clause"
    assert found.tokens == (5, 6) and found.quote.kind == "indirect"  # bo odstopil
    assert found.quote.speaker.name == "Janez Novak"
    assert nominal_cue(doc, nothing_claimed(doc), 1, 0, 8, []) is None  # not a nominal cue


def test_according_bare_rule_takes_the_person_in_focus():
    doc = view("Janez Novak je minister . Po njegovem je to napaka .",
               "Janez Novak biti minister . po njegov biti ta napaka .",
               ner="B-PER I-PER O O O O O O O O O")
    assert ("according_to", "je to napaka", "Janez Novak") in _quotes(doc)


def test_the_headline_rule_returns_a_new_name_that_the_assembler_adds():
    from newskit.quotes.rules.headline import headline

    doc = view("Frattini : Hrvaška naj naredi korak naprej", "Frattini : Hrvaška naj narediti korak naprej",
               part="title")
    known = len(doc.ents)
    out = headline(doc, nothing_claimed(doc), 0, 0, 7)
    assert out.name is not None and out.name.form == "Frattini" and out.found is not None
    assert len(doc.ents) == known  # the rule added nothing
    found = attribute(doc)
    assert [(q.rule, q.speaker.name) for q in found.quotes] == [("headline", "Frattini")]
    assert any(e.name == "Frattini" for e in doc.ents)  # the assembler did


# --- tree, tagged and surface twins, chosen at the door ---------------------------------------------------


def test_choose_takes_the_first_usable_twin():
    from newskit.quotes._types import TAGS, Rule, choose

    tagged, surface = Rule("x", None, TAGS, ""), Rule("x/surface", None, frozenset(), "")
    assert choose(frozenset({"text", "upos", "feats"}), (tagged, "t"), (surface, "s")) == "t"
    assert choose(frozenset({"text", "lemma"}), (tagged, "t"), (surface, "s")) == "s"
    assert choose(frozenset({"text"}), (tagged, "t")) is None


def test_group_subject_tagged_and_its_surface_twin():
    from newskit.quotes.speaker.groups import group_before, group_before_surface

    words = "Mnogi kritičari kažu da je to napaka ."
    lemmas = "mnog kritičar kazati da biti to napaka ."
    untagged = view(words, lemmas, lang="hr")
    tw = twins(untagged)
    assert tw.subjects.group_before is group_before_surface and tw.inanimate is None
    sp = group_before_surface(untagged, 2, 0)
    assert sp is not None and sp.name == "kritičari"  # the plural noun right before the verb
    tagged = view(words, lemmas, lang="hr", upos="ADJ NOUN VERB SCONJ AUX PRON NOUN PUNCT",
                  feats=["Case=Nom|Number=Plur", "Case=Nom|Number=Plur", "Number=Plur|Person=3|Tense=Pres|VerbForm=Fin",
                         "", "", "", "", ""])
    assert twins(tagged).subjects.group_before is group_before
    sp = group_before(tagged, 2, 0)
    assert sp is not None and sp.name == "mnogi kritičari"  # with its adjectives, as written
    found = attribute(tagged)
    assert [(q.rule, q.speaker.name) for q in found.quotes] == [("complement", "mnogi kritičari")]


def test_an_inanimate_subject_reports_nothing_where_there_are_cases():
    words = "Dogovor predvideva , da bo odstopil ."
    lemmas = "dogovor predvidevati , da biti odstopiti ."
    tagged = view(words, lemmas, upos="NOUN VERB PUNCT SCONJ AUX VERB PUNCT",
                  feats=["Case=Nom|Number=Sing", "Number=Sing|Person=3|Tense=Pres|VerbForm=Fin", "", "", "", "", ""])
    if tagged.verb_cue(1) is None:
        pytest.skip("predvidevati is not a reporting verb of the Slovenian lexicon")
    assert twins(tagged).inanimate is not None and frame(tagged, 1) is None
    untagged = view(words, lemmas)
    assert twins(untagged).inanimate is None
    f = frame(untagged, 1)
    assert f is not None and f.type == "complement"


def test_the_complement_ends_with_the_ccomp_subtree_only_with_a_tree():
    from newskit.quotes.rules.frames import ccomp_end

    words = "Dejal je , da bo odstopil , ker je bolan ."
    lemmas = "dejati biti , da biti odstopiti , ker biti bolan ."
    # the tree puts the ker clause under the main verb, not under odstopil
    doc = view(words, lemmas, upos="VERB AUX PUNCT SCONJ AUX VERB PUNCT SCONJ AUX ADJ PUNCT",
               heads=[0, 1, 6, 6, 6, 1, 10, 10, 10, 1, 1],
               deprels="root aux punct mark aux ccomp punct mark cop advcl punct")
    assert twins(doc).ccomp_end is ccomp_end
    assert ccomp_end(doc, 0, 4, 11) == 6  # da bo odstopil: up to the ccomp's last word
    assert twins(view(words, lemmas)).ccomp_end is None


def test_a_rule_reads_the_claimed_tokens_it_is_given():
    from newskit.quotes._types import Claimed
    from newskit.quotes.claims import region_start

    doc = view("Odstopil bo , je dejal minister .", "odstopiti biti , biti dejati minister .")
    n = len(doc.form)
    nothing = Claimed([False] * n, frozenset(), (), (), (), {}, {})
    some = Claimed([True, True, False, False, False, False, False], frozenset(), (), (), (), {}, {})
    assert region_start(doc, nothing, 4, 0) == 0
    assert region_start(doc, some, 4, 0) == 2  # after the content already claimed


# --- the mention builders' twins, chosen at the door ------------------------------------------------------


def test_the_mention_builders_twins_are_chosen_from_the_filled_columns():
    from newskit.quotes import entities, names, quoted, roles

    tagged = view("Dejal je Komlev .", "dejati biti Komlev .", upos="VERB AUX PROPN PUNCT")
    plain = view("Dejal je Komlev .", "dejati biti Komlev .")
    assert tagged.entity_twins == entities.EntityTwins(entities.proper_noun_names, entities.verb_by_tag)
    assert plain.entity_twins == entities.EntityTwins(entities.capitalised_names, entities.verb_in_name_surface)
    assert (tagged.name_twins.name_tag, tagged.name_twins.title_gender, tagged.name_twins.initial_surnames) == (
        names.tagged_proper_noun, names.gender_of_name, names.no_initial_surnames)
    assert (plain.name_twins.name_tag, plain.name_twins.title_gender, plain.name_twins.initial_surnames) == (
        names.any_name_word, names.gender_of_title, names.initial_surnames)
    assert tagged.role_twins == roles.RoleTwins(roles.body_stops_by_tag, roles.body_ends_by_tag, roles.pronoun_by_tag)
    assert plain.role_twins == roles.RoleTwins(roles.never, roles.always, roles.always)
    assert (tagged.light_word, plain.light_word) == (quoted.light_by_tag, quoted.light_by_word)
    rules = {r.name: r for r in all_rules()}
    assert rules["proper_noun_names"].requires == rules["light_word"].requires == frozenset({"upos", "feats"})
    assert rules["capitalised_names/surface"].requires == frozenset()


def test_a_name_the_recogniser_left_out_by_its_tag_or_its_capital():
    plain = view("Dejal je Komlev .", "dejati biti Komlev .")
    assert [(m.i0, m.kind) for m in plain.mentions] == [(2, "PER")]  # a capitalised word: a name
    tagged = view("Dejal je Komlev .", "dejati biti Komlev .", upos="VERB AUX PROPN PUNCT")
    assert [(m.i0, m.kind) for m in tagged.mentions] == [(2, "PER")]  # a proper noun: a name
    noun = view("Dejal je Komlev .", "dejati biti Komlev .", upos="VERB AUX NOUN PUNCT")
    assert noun.mentions == []  # tagged a common noun: no name, though capitalised


def test_a_pronoun_mention_by_its_tag_or_as_written():
    plain = view("Ona je dejala .", "on biti dejati .")
    assert [(m.kind, m.gender) for m in plain.mentions] == [("PRON", "f")]
    det = view("Ona je dejala .", "on biti dejati .", upos="DET AUX VERB PUNCT")
    assert det.mentions == []


def test_a_sentence_initial_surname_is_the_person_only_without_tags():
    words, lemmas = "Dejal je Seb Bytyci . Bytyci kaže .", "dejati biti Seb Bytyci . Bytyci kazati ."
    ner = "O O B-PER I-PER O O O O"
    plain = view(words, lemmas, ner=ner)
    assert [m.i0 for m in plain.mentions if m.kind == "PER"] == [2, 5]
    tagged = view(words, lemmas, ner=ner, upos="VERB AUX PROPN PROPN PUNCT NOUN VERB PUNCT")
    assert [m.i0 for m in tagged.mentions if m.kind == "PER"] == [2]  # the tagger's reading stands


def test_a_light_word_by_its_tag_or_as_written():
    from newskit.quotes.quoted import light_by_tag, light_by_word

    plain = view("To je zdaj dejal .", "ta biti zdaj dejati .")
    tagged = view("To je zdaj dejal .", "ta biti zdaj dejati .", upos="PRON AUX VERB VERB PUNCT")
    assert plain.light(2) and light_by_word(plain, 2)
    assert not tagged.light(2) and not light_by_tag(tagged, 2)  # a verb is no light word


def test_a_fronted_clauses_content_ends_where_pa_opens_the_main_clause():
    from newskit.quotes.rules.frames import main_clause_cut

    doc = view("Čeprav je Rajoy zatrjeval , da ne bo , pa je Španija zaprosila .",
               "čeprav biti Rajoy zatrjevati , da ne biti , pa biti Španija zaprositi .")
    assert "pa" in doc.W_main_clause_opener  # common/function_words.tsv
    assert main_clause_cut(doc, 3, 5, 13, 0) == 8  # the comma before pa


def test_untagged_a_form_that_is_a_role_row_is_that_row_over_the_row_its_lemma_names():
    # lite lemmatises the feminine ``predsjedavajuća`` as the masculine ``predsjedavajući``, a row too
    untagged = view("Predsjedavajuća je kazala .", "predsjedavajući biti kazati .", lang="bs")
    assert untagged.role_noun(0) == "predsjedavajuća"
    # with tags the tagger's lemma is read, as for every word
    tagged = view("Predsjedavajuća je kazala .", "predsjedavajući biti kazati .", lang="bs", upos="NOUN AUX VERB PUNCT")
    assert tagged.role_noun(0) == "predsjedavajući"
