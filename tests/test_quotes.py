"""Quotes and attribution: what a reader of the example notices, other languages, messy text."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from quotes_helpers import quote_with as _quote_with

import newskit as nk
from newskit.quotes import load_lexicon
from newskit.schemas import QUOTES, SOURCES, SPEAKERS, TOKENS, conform

DATA = Path(__file__).resolve().parent / "data"  # hand-made CoNLL-U files


@pytest.fixture(scope="module")
def example_ann():
    return nk.annotate(nk.load_example(), annotator="lite")


@pytest.fixture(scope="module")
def example_quotes(example_ann):
    return nk.extract_quotes(example_ann.tokens, articles=example_ann.articles)


def test_example_has_eight_statements_four_by_putin_four_by_kim(example_quotes):
    assert list(example_quotes.columns) == list(QUOTES)
    counts = example_quotes["speaker"].value_counts().to_dict()
    assert counts == {"Vladimir Putin": 4, "Kim Jong-un": 4}
    assert (example_quotes["speaker_type"] == "person").all()


def test_dropped_subject_dejal_je_se_is_putin(example_quotes):
    q = _quote_with(example_quotes, "državi skupaj stojita")
    assert q["speaker"] == "Vladimir Putin"
    assert q["speaker_mention"] == ""  # the subject is dropped
    assert q["cue"] == "dejati" and q["cue_stance"] == "neutral"
    assert q["kind"] == "mixed"  # "sodobnemu neonacizmu" is quoted inside the reported speech
    assert q["source"] == "AFP"


def test_role_noun_severnokorejski_voditelj_is_kim(example_quotes):
    q = _quote_with(example_quotes, "sodelovanje med Pjongjangom in Moskvo")
    assert q["speaker"] == "Kim Jong-un"
    assert q["speaker_mention"] == "Severnokorejski voditelj"


def test_dative_putinu_is_not_the_speaker(example_quotes):
    q = _quote_with(example_quotes, "na različnih področjih lahko še okrepili")
    assert q["speaker"] == "Kim Jong-un"
    assert q["cue"] == "predlagati" and q["cue_stance"] == "directive"
    assert q["source"] == "BBC"
    assert "navaja" not in q["text"]  # the credit is not part of what Kim said


def test_mixed_quote_with_quoted_object(example_quotes):
    q = _quote_with(example_quotes, "zaupanje in prijateljstvo")
    assert q["speaker"] == "Vladimir Putin" and q["kind"] == "mixed" and q["cue"] == "pohvaliti"


def test_scare_quote_is_not_its_own_quote(example_quotes):
    assert not (example_quotes["text"].str.strip('"') == "sodobnemu neonacizmu").any()
    # the headline repeats Putin's statement; it is reported once
    assert example_quotes["text"].str.contains("sodobnemu neonacizmu").sum() == 1


def test_spans_index_the_article_text(example_ann, example_quotes):
    text = example_ann.articles[0].text
    for row in example_quotes.itertuples():
        pieces = [text[int(a):int(b)] for a, b in (s.split(":") for s in row.spans.split(";"))]
        assert " ".join(pieces) == row.text
        assert text[row.cue_start:row.cue_end].lower().startswith(row.cue[:3])


def test_sources_of_the_example(example_ann):
    src = nk.extract_sources(example_ann.tokens, articles=example_ann.articles)
    assert list(src.columns) == list(SOURCES)
    reports = src[src["kind"] == "report"]
    assert {"AFP", "BBC"} <= set(reports["source"])
    assert "BBC <- TASS" in set(reports["source_chain"].dropna())
    photos = src[src["kind"] == "photo"]
    assert "STA <- Xinhua" in set(photos["source_chain"].dropna())
    assert "kremlin.ru" in set(photos["source"])


def test_speakers_table(example_quotes):
    sp = nk.speakers(example_quotes)
    assert list(sp.columns) == list(SPEAKERS)
    putin = sp[sp["speaker"] == "Vladimir Putin"].iloc[0]
    assert putin["quotes"] == 4 and putin["mixed"] == 2 and putin["words"] > 20


def test_without_articles_the_text_is_rebuilt_from_offsets(example_ann, example_quotes):
    q = nk.extract_quotes(example_ann.tokens)
    assert q["text"].tolist() == example_quotes["text"].tolist()
    assert q["speaker"].tolist() == example_quotes["speaker"].tolist()


def test_headline_and_a_quotation_over_two_paragraphs():
    art = nk.Article(
        article_id="h", title="Frattini: Hrvaška naj naredi korak naprej", language="sl",
        paragraphs=("Italijanski zunanji minister Franco Frattini je obiskal Zagreb.",
                    "»Hrvaška naj naredi korak naprej. Meja ni edino vprašanje.",
                    "»Slovenija bo to podprla,« je dejal Frattini in dodal, da je optimist."),
    )
    ann = nk.annotate(art, annotator="lite")
    q = nk.extract_quotes(ann.tokens, articles=ann.articles)
    head = q[q["rule"] == "headline"].iloc[0]
    assert head["text"] == "Hrvaška naj naredi korak naprej" and head["speaker"] == "Franco Frattini"
    two = _quote_with(q, "Meja ni edino vprašanje")
    assert two["kind"] == "direct" and len(two["spans"].split(";")) == 2
    assert "Slovenija bo to podprla" in two["text"] and two["speaker"] == "Franco Frattini"
    assert _quote_with(q, "je optimist")["cue"] == "dodati"


def test_croatian_rekao_je_da_and_prema_rijecima():
    ann = nk.read_conllu(DATA / "quotes_hr.conllu")
    q = nk.extract_quotes(ann.tokens, articles=ann.articles)
    rekao = _quote_with(q, "proračun biti uravnotežen")
    assert rekao["speaker"] == "Zdravko Marić" and rekao["cue"] == "reći" and rekao["kind"] == "indirect"
    prema = _quote_with(q, "reforma će biti provedena")
    assert prema["speaker"] == "Andrej Plenković" and prema["cue"] == "riječ"
    assert "Plenkovića" not in prema["text"]
    direct = _quote_with(q, "Nećemo odustati")
    assert direct["kind"] == "direct" and direct["speaker"] == "Andrej Plenković" and direct["cue"] == "izjaviti"
    kako = _quote_with(q, "Vlada neće podizati poreze")
    assert kako["speaker"] == "Andrej Plenković" and kako["cue"] == "dodati"  # dropped subject, kako-complement


def test_croatian_role_phrase_then_name_and_dropped_subjects():
    # the lite recogniser types an unfamiliar name as an organisation; the title's phrase ends with it
    text = ("Vlada u Zagrebu najavila je nove mjere.\n\n"
            "\"Mjere će pomoći obrtnicima\", rekao je povjerenik Europske komisije za proračun Haldor Bjornstad "
            "na sastanku. Naglasio je kako će prvi rezultati biti poznati do ljeta. "
            "S druge strane, kazao je, mali poduzetnici još čekaju pomoć. "
            "\"Nitko neće ostati zaboravljen\", dodao je.\n\n"
            "Ravnateljica udruge obrtnika Sanja Marković nije se složila. "
            "Rekla je da su mjere zakasnile. Obrtnici su, rekla je, umorni od obećanja.")
    art = nk.Article(article_id="hr-roles", title="Nove mjere", paragraphs=tuple(text.split("\n\n")))
    ann = nk.annotate(art, annotator="lite", lang="hr")
    q = nk.extract_quotes(ann.tokens, articles=ann.articles)
    first = _quote_with(q, "Mjere će pomoći")
    assert first["speaker"] == "Haldor Bjornstad" and first["speaker_mention"].startswith("povjerenik")
    for words in ("prvi rezultati", "mali poduzetnici", "Nitko neće ostati"):  # kazao/dodao je: m sg
        assert _quote_with(q, words)["speaker"] == "Haldor Bjornstad", words
    for words in ("mjere zakasnile", "Obrtnici su"):  # rekla je: f sg, not the plural su of another clause
        assert _quote_with(q, words)["speaker"] == "Sanja Marković", words


def test_croatian_name_with_title_in_apposition_and_plural_role():
    text = ("Vlada je najavila nove mjere.\n\n"
            "Ewan Tillotson, izvršni ravnatelj instituta za gospodarstvo, slaže se s time. "
            "\"Poreze treba smanjiti\", rekao je na konferenciji.\n\n"
            "Tillotson kaže kako je reforma prespora. Državni dužnosnici rekli su da će se mjere provesti do jeseni.")
    art = nk.Article(article_id="hr-appos", title="Mjere", paragraphs=tuple(text.split("\n\n")))
    ann = nk.annotate(art, annotator="lite", lang="hr")
    q = nk.extract_quotes(ann.tokens, articles=ann.articles)
    assert _quote_with(q, "Poreze treba")["speaker"] == "Ewan Tillotson"  # dropped subject, the name before the title
    assert _quote_with(q, "reforma prespora")["speaker"] == "Ewan Tillotson"  # the surname opening a sentence
    assert _quote_with(q, "mjere provesti")["speaker"] == "državni dužnosnici"  # a nominative plural, not a dative


def test_serbian_cyrillic():
    ann = nk.read_conllu(DATA / "quotes_sr.conllu")
    q = nk.extract_quotes(ann.tokens, articles=ann.articles)
    rekao = _quote_with(q, "Србија наставити реформе")
    assert rekao["speaker"] == "Александар Вучић" and rekao["cue"] == "reći"
    poruka = _quote_with(q, "Нећемо одустати")
    assert poruka["kind"] == "direct" and poruka["cue"] == "poručiti" and poruka["speaker"] == "Александар Вучић"


@pytest.mark.parametrize("text", [
    '»Ne bomo popustili, je dejal minister Janez Novak.',
    'Minister je dejal: "Nikoli. In potem še »enkrat.',
    '«Obrnjeni narekovaji» in „nemški“ ter “angleški”, je povedal Novak.',
    '"""" "" « » „',
    'Dejal je, da',
    'Kot je dejal,',
    'po besedah',
])
def test_unbalanced_and_odd_quote_marks_do_not_crash(text):
    art = nk.Article(article_id="odd", paragraphs=(text, text), language="sl")
    ann = nk.annotate(art, annotator="lite")
    q = nk.extract_quotes(ann.tokens, articles=ann.articles)
    assert list(q.columns) == list(QUOTES)
    nk.extract_sources(ann.tokens, articles=ann.articles)


def test_unattributed_quote_gets_unknown_speaker():
    art = nk.Article(article_id="u", paragraphs=('"To je popolnoma nesprejemljivo in ne bomo tega dopustili."',),
                     language="sl")
    ann = nk.annotate(art, annotator="lite")
    q = nk.extract_quotes(ann.tokens, articles=ann.articles)
    assert len(q) == 1
    assert q["speaker_type"].iloc[0] == "unknown" and q["speaker"].isna().iloc[0]


def test_lexicons_are_data_with_stances():
    sl = load_lexicon("sl")
    assert sl.verbs["dejati"][0] == "neutral"
    assert sl.verbs["poudariti"][0] == "emphatic" and sl.verbs["trditi"][0] == "distancing"
    assert load_lexicon("hr").verbs["istaknuti"][0] == "emphatic"
    assert load_lexicon("bs").lang == "bs"  # Bosnian has its own (ijekavian) files
    assert load_lexicon("bs").verbs["saopćiti"][0] == "neutral" and "saopćiti" in load_lexicon("hr").verbs
    # Macedonian and Bulgarian have lexicons of their own (in Cyrillic); English is read, not analysed
    assert load_lexicon("bg").verbs["заявя"] == ("neutral", "speech") and load_lexicon("mk").lang == "mk"
    assert nk.extract_quotes(conform([], TOKENS), language="bg").empty
    with pytest.raises(nk.UnsupportedLanguageError, match="sl"):
        nk.extract_quotes(conform([], TOKENS), language="en")


def test_wrong_table_names_the_missing_columns():
    with pytest.raises(nk.SchemaError, match="extract_quotes"):
        nk.extract_quotes(pd.DataFrame({"text": ["a"]}))


def test_cli_quotes_jsonl(tmp_path, capsys):
    from newskit.cli import main

    out = tmp_path / "q.jsonl"
    assert main(["quotes", str(DATA / "quotes_hr.conllu"), "--format", "jsonl", "--out", str(out)]) == 0
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert {r["article_id"] for r in rows} == {"hr-quotes"} and "doc" not in rows[0]  # one id column (#13)
    assert set(QUOTES) <= set(rows[0])
    assert any(r["speaker"] == "Zdravko Marić" for r in rows)


_MARKS = st.sampled_from(list('"«»„“”‟＂\'')) | st.sampled_from(["je dejal", ", da ", "Kot je povedal", "po besedah",
                                                                 "Janez Novak", ":", ".", "\n", " ", "»Ne,« je rekel"])


def _tokens_from_text(text: str) -> pd.DataFrame:
    """A crude TOKENS table for any text: runs of word characters, other characters one by one."""
    import re

    rows = []
    sent = 0
    for k, m in enumerate(re.finditer(r"\w+|\S", text)):
        tok = m.group()
        rows.append({"article_id": "h", "part": "body", "paragraph": 0, "sentence": sent, "token_id": k + 1,
                     "word_id": k + 1, "token": tok, "text": tok, "lemma": tok.lower(), "upos": None, "xpos": None,
                     "feats": None, "head": None, "deprel": None,
                     "ner": "B-PER" if tok[:1].isupper() and k % 3 == 0 else "O",
                     "start_char": m.start(), "end_char": m.end(), "space_after": True})
        if tok in ".!?":
            sent += 1
    return conform(rows, TOKENS) if rows else conform([], TOKENS)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_MARKS | st.text(max_size=6), max_size=40).map("".join))
def test_random_unicode_full_of_quote_marks_never_crashes(text):
    tokens = _tokens_from_text(text)
    q = nk.extract_quotes(tokens, lang="sl")
    assert list(q.columns) == list(QUOTES)
    assert ((q["start_char"] <= q["end_char"]) | q.empty).all()
    nk.extract_sources(tokens, lang="sl")
    nk.speakers(q)


@pytest.mark.parametrize("kw", [{"title": "dejal"}, {"title": " dejal"}, {"paragraphs": ("dejal",)},
                                {"title": "Dejal", "paragraphs": ("je",)}, {"paragraphs": ("rekao",)}])
def test_an_article_that_is_only_a_reporting_verb_has_no_quotes(kw):
    # issue #15: IndexError in agreement() when the cue is the article's first and only word
    ann = nk.annotate(nk.Article(article_id="a", **kw), annotator="lite", lang="sl")
    assert len(nk.extract_quotes(ann.tokens, articles=ann.articles)) == 0
    assert len(nk.extract_sources(ann.tokens, articles=ann.articles)) == 0
