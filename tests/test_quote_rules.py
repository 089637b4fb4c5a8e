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
    postposed_frame,
)
from newskit.quotes.speakers import speaker_for
from newskit.quotes.speakers.subject import tree_subject
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
