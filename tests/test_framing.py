"""Framing across outlets: the measures a researcher would check on the five-outlet corpus,
and properties of the statistics."""

from __future__ import annotations

import math
import warnings

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newskit as nk
from newskit.schemas import (
    CREDITS,
    DISTINCTIVE,
    KEYNESS,
    NAMING,
    QUOTES,
    SCARE_QUOTES,
    STANCE,
    TERMS,
    TOKENS,
    TONE,
    VOICES,
    conform,
)

OUTLETS = {"24ur.com", "dnevnik.si", "finance.si", "rtvslo.si", "zurnal24.si"}


# --- small hand-made data ------------------------------------------------------------------


def make_tokens(docs: dict[str, list[list[tuple]]]) -> pd.DataFrame:
    """A TOKENS table from ``{article_id: [sentence, ...]}``, a sentence being a list of
    ``(text, lemma, upos, ner)`` (upos and ner may be left out), one paragraph per sentence."""
    rows = []
    for art, sentences in docs.items():
        pos = 0
        for s, sent in enumerate(sentences):
            for w, word in enumerate(sent, start=1):
                text, lemma, upos, ner = (tuple(word) + (None, None, None))[:4]
                rows.append({
                    "article_id": art, "part": "body", "paragraph": s, "sentence": s, "token_id": w, "word_id": w,
                    "token": text, "text": text, "lemma": lemma, "upos": upos, "ner": ner or "O",
                    "start_char": pos, "end_char": pos + len(text), "space_after": True,
                })
                pos += len(text) + 1
            pos += 1
    return conform(rows, TOKENS)


def words(*items: str, upos: str = "NOUN") -> list[tuple]:
    return [(w, w, upos) for w in items]


def make_quotes(rows: list[dict]) -> pd.DataFrame:
    full = []
    for i, row in enumerate(rows, start=1):
        base = {"quote_id": i, "kind": "direct", "text": "", "start_char": 0, "end_char": 0, "spans": None,
                "speaker": None, "speaker_type": "unknown", "cue": None, "cue_stance": None, "source": None,
                "sentence_start": 0, "sentence_end": 0, "rule": "test", "confidence": 1.0}
        base.update(row)
        if base["spans"] is None:
            base["spans"] = f"{base['start_char']}:{base['end_char']}"
        full.append(base)
    return conform(full, QUOTES)


@pytest.fixture(scope="module")
def suk_corpus(suk_path):
    return nk.load_corpus("sl-news-suk")


@pytest.fixture(scope="module")
def job_lexicon(shared):
    return shared("data", "job-lexicon", "Slovene_sentiment_lexicon_JOB.txt")


@pytest.fixture(scope="module")
def suk_quotes(suk_corpus):
    """A QUOTES table over the corpus: one quote per sentence that ends in `, je dejal/povedal ...`.

    Stands in for extract_quotes so that the quote measures can be checked against counts made
    here by hand: each quote is the sentence up to the comma, its speaker the next PER entity.
    """
    tok = suk_corpus.tokens
    rows = []
    for (art, _), s in tok.groupby(["article_id", "sentence"], sort=False):
        lemmas = s["lemma"].tolist()
        for cue in ("dejati", "povedati", "poudariti", "trditi"):
            if cue in lemmas:
                i = lemmas.index(cue)
                per = s[s["ner"].str.endswith("PER")]
                speaker = per["lemma"].iloc[0] if len(per) else None
                start, end = int(s["start_char"].iloc[0]), int(s["start_char"].iloc[max(i - 2, 0)])
                rows.append({"article_id": art, "kind": "direct" if s["text"].iloc[0] in '"»„' else "indirect",
                             "text": " ".join(s["text"].iloc[: max(i - 2, 1)]), "start_char": start,
                             "end_char": max(end, start + 1), "speaker": speaker,
                             "speaker_type": "person" if speaker else "unknown", "cue": cue,
                             "cue_stance": {"poudariti": "emphatic", "trditi": "distancing"}.get(cue, "neutral"),
                             "source": "STA" if "STA" in s["text"].tolist() else None})
                break
    return make_quotes(rows)


# --- groups ----------------------------------------------------------------------------------


def test_groups_from_articles_table_series_mapping_and_column(suk_corpus):
    tok, arts = suk_corpus.tokens, suk_corpus.articles
    reference = nk.distinctive_words(tok, arts)
    table = nk.articles_table(arts)
    series = table.set_index("article_id")["outlet"]
    for groups in (table, series, series.to_dict()):
        again = nk.distinctive_words(tok, groups)
        pd.testing.assert_frame_equal(again, reference)
    with_column = tok.merge(table[["article_id", "outlet"]], on="article_id")
    pd.testing.assert_frame_equal(nk.distinctive_words(with_column), reference)
    assert reference.attrs["by"] == "outlet"


def test_any_article_attribute_can_group(suk_corpus):
    by_year = nk.keyness(suk_corpus.tokens, suk_corpus.articles, by="published")
    assert set(by_year["group"]) >= {"2012-07-09"} or by_year["group"].str.match(r"\d{4}-\d\d-\d\d").all()
    with pytest.warns(UserWarning, match="no 'keywords'"):
        by_meta = nk.tone(suk_corpus.tokens, suk_corpus.articles, by="keywords")
    assert by_meta.attrs["by"] == "keywords" and len(by_meta) > 5


def test_articles_without_a_group_are_kept_as_unknown_with_a_warning(suk_corpus):
    tok, arts = suk_corpus.tokens, suk_corpus.articles
    groups = {a.article_id: a.outlet for a in arts[1:]}
    with pytest.warns(UserWarning, match="have no 'outlet'"):
        table = nk.tone(tok, groups)
    assert "unknown" in set(table["group"])
    assert table["words"].sum() == nk.tone(tok, arts)["words"].sum()


def test_missing_or_unusable_groups_are_errors_naming_the_fix(suk_corpus):
    with pytest.raises(nk.InputError, match="groups="):
        nk.distinctive_words(suk_corpus.tokens)
    with pytest.raises(nk.InputError, match="lacks|without"):
        nk.distinctive_words(suk_corpus.tokens, pd.DataFrame({"article_id": ["a"]}))
    with pytest.raises(nk.SchemaError, match="TOKENS"):
        nk.distinctive_words(pd.DataFrame({"text": ["a"]}), {})


# --- distinctive words and keyness on the five-outlet corpus ---------------------------------


def test_every_outlet_has_distinctive_words_and_keywords(suk_corpus):
    dw = nk.distinctive_words(suk_corpus.tokens, suk_corpus.articles)
    kw = nk.keyness(suk_corpus.tokens, suk_corpus.articles)
    assert list(dw.columns) == list(DISTINCTIVE) and list(kw.columns) == list(KEYNESS)
    assert set(dw["group"]) == OUTLETS == set(kw["group"])
    for table in (dw, kw):
        firsts = table[table["rank"] == 1]
        assert len(firsts) == 5
    # Over-used keywords come first and are significant.
    top = kw[kw["rank"] <= 3]
    assert (top["log_ratio"] > 0).all() and (top["p_value"] < 0.001).all()


def test_a_word_used_by_one_outlet_only_ranks_top_for_it(suk_corpus):
    dw = nk.distinctive_words(suk_corpus.tokens, suk_corpus.articles)
    exclusive = dw[dw["count_rest"] == 0].sort_values("count", ascending=False).groupby("group").head(1)
    assert set(exclusive["group"]) == OUTLETS
    assert (exclusive["rank"] <= 10).all(), exclusive
    # finance.si's "prostor" (15 uses in 2 articles, none elsewhere) tops its list.
    assert dw[(dw.group == "finance.si") & (dw["rank"] == 1)]["term"].item() == "prostor"


def test_an_injected_exclusive_word_is_first_for_its_outlet_only(suk_corpus):
    tok = suk_corpus.tokens.copy()
    art = next(a.article_id for a in suk_corpus.articles if a.outlet == "rtvslo.si")
    rows = tok.index[(tok.article_id == art) & (tok.upos == "NOUN")][:60]
    tok.loc[rows, "lemma"] = "samodržec"
    dw = nk.distinctive_words(tok, suk_corpus.articles)
    row = dw[dw.term == "samodržec"]
    assert row["group"].tolist() == ["rtvslo.si"] and row["rank"].item() == 1
    assert row["count"].item() == 60 and row["docs"].item() == 1


def test_counts_add_up_and_diacritics_are_kept(suk_corpus):
    tok = suk_corpus.tokens
    dw = nk.distinctive_words(tok, suk_corpus.articles)
    totals = dw.groupby("term")["count"].sum()
    assert (dw["count"] + dw["count_rest"] == dw["term"].map(totals)).all()
    content = tok[~tok.upos.isin(["PUNCT", "NUM", "SYM", "ADP", "AUX", "CCONJ", "SCONJ", "PART", "DET", "PRON"])]
    content = content[content["lemma"].str.contains(r"[^\W\d_]", regex=True)]
    assert totals.sum() == len(content)
    assert {"janša", "država", "šarić"} <= set(dw["term"])
    assert "jansa" not in set(dw["term"])  # never ASCII-folded
    assert not dw["term"].str.contains(r"^\W+$|^\d+$", regex=True).any()  # no punctuation, no numbers
    assert (dw["docs"] <= dw["group"].map(nk.articles_table(suk_corpus.articles).outlet.value_counts())).all()


def test_stopwords_by_upos_are_optional(suk_corpus):
    with_function = nk.keyness(suk_corpus.tokens, suk_corpus.articles, stopwords=False)
    without = nk.keyness(suk_corpus.tokens, suk_corpus.articles)
    assert {"biti", "in", "v", "da"} <= set(with_function["term"])
    for word in ("in", "v", "da"):  # left with the odd content word ("V" tagged NOUN)
        assert without.loc[without.term == word, "count"].sum() < 5 < 400 < with_function.loc[
            with_function.term == word, "count"].sum()
    # "biti" stays where it is a full verb (existential "ni razloga"), not where it is an auxiliary.
    biti = without.loc[without.term == "biti", "count"].sum()
    assert 0 < biti < with_function.loc[with_function.term == "biti", "count"].sum()


def test_one_group_gives_an_empty_table_and_a_warning(suk_corpus):
    same = {a.article_id: "all" for a in suk_corpus.articles}
    with pytest.warns(UserWarning, match="only 1 group"):
        table = nk.distinctive_words(suk_corpus.tokens, same)
    assert table.empty and list(table.columns) == list(DISTINCTIVE)


def test_keyness_matches_a_hand_computed_table():
    # Group a: 10 words, "x" 4 times; group b: 30 words, "x" twice.
    docs = {"a1": [words(*(["x"] * 4 + ["y"] * 6))], "b1": [words(*(["x"] * 2 + ["y"] * 28))]}
    kw = nk.keyness(make_tokens(docs), {"a1": "a", "b1": "b"})
    row = kw[(kw.group == "a") & (kw.term == "x")].iloc[0]
    e1, e2 = 10 * 6 / 40, 30 * 6 / 40
    g2 = 2 * (4 * math.log(4 / e1) + 2 * math.log(2 / e2))
    assert row.g2 == pytest.approx(g2)
    assert row.log_ratio == pytest.approx(math.log2((4 / 10) / (2 / 30)))
    assert row.per_10k == pytest.approx(4000.0)
    assert row.p_value == pytest.approx(math.erfc(math.sqrt(g2 / 2)))
    # Log Ratio stays finite for a word the rest never uses (zero taken as 0.5).
    docs["a1"][0].append(("z", "z", "NOUN"))
    kw = nk.keyness(make_tokens(docs), {"a1": "a", "b1": "b"})
    z = kw[(kw.group == "a") & (kw.term == "z")].iloc[0]
    assert z.log_ratio == pytest.approx(math.log2((1 / 11) / (0.5 / 30)))


def test_serbian_cyrillic_and_latin_are_one_vocabulary():
    docs = {
        "c1": [[("Рат", "рат", "NOUN"), ("у", "у", "ADP"), ("Украјини", "Украјина", "PROPN")]],
        "l1": [[("Rat", "rat", "NOUN"), ("u", "u", "ADP"), ("Ukrajini", "Ukrajina", "PROPN")]],
        "o1": [words("mir", "mir")],
    }
    arts = [nk.Article("c1", title="x", language="sr", outlet="A"), nk.Article("l1", title="x", language="sr", outlet="A"),
            nk.Article("o1", title="x", language="sr", outlet="B")]
    dw = nk.distinctive_words(make_tokens(docs), arts)
    a = dw[dw.group == "A"].set_index("term")
    assert a.loc["rat", "count"] == 2 and a.loc["rat", "docs"] == 2
    assert a.loc["ukrajina", "count"] == 2
    assert not dw["term"].str.contains("[\u0400-\u04ff]").any()


# --- the statistics ------------------------------------------------------------------------------

counts = st.lists(st.integers(min_value=0, max_value=500), min_size=2, max_size=30)


@given(counts, st.data(), st.floats(min_value=0.001, max_value=50))
@settings(max_examples=200, deadline=None)
def test_swapping_the_groups_negates_delta_and_z(a, data, prior):
    b = data.draw(st.lists(st.integers(min_value=0, max_value=500), min_size=len(a), max_size=len(a)))
    delta_ab, z_ab = nk.log_odds_dirichlet(a, b, prior)
    delta_ba, z_ba = nk.log_odds_dirichlet(b, a, prior)
    np.testing.assert_allclose(delta_ab, -delta_ba, rtol=1e-9, atol=1e-12)
    np.testing.assert_allclose(z_ab, -z_ba, rtol=1e-9, atol=1e-12)


@given(st.lists(st.tuples(st.integers(1, 400), st.integers(1, 400)), min_size=2, max_size=30))
@settings(max_examples=200, deadline=None)
def test_a_prior_of_zero_weight_gives_the_plain_log_odds(pairs):
    a = np.array([p[0] for p in pairs], dtype=float)
    b = np.array([p[1] for p in pairs], dtype=float)
    delta, z = nk.log_odds_dirichlet(a, b, prior=0.0)
    plain = np.log(a / (a.sum() - a)) - np.log(b / (b.sum() - b))
    np.testing.assert_allclose(delta, plain, rtol=1e-9, atol=1e-12)
    np.testing.assert_allclose(z, plain / np.sqrt(1 / a + 1 / b), rtol=1e-9, atol=1e-12)


@given(st.lists(st.tuples(st.integers(0, 60), st.integers(0, 60)), min_size=2, max_size=12))
@settings(max_examples=60, deadline=None)
def test_two_groups_mirror_each_other_in_distinctive_words(pairs):
    vocab = [f"w{i}" for i in range(len(pairs))]
    a = [w for w, (n, _) in zip(vocab, pairs, strict=True) for _ in range(n)] or ["w0"]
    b = [w for w, (_, n) in zip(vocab, pairs, strict=True) for _ in range(n)] or ["w1"]
    dw = nk.distinctive_words(make_tokens({"a": [words(*a)], "b": [words(*b)]}), {"a": "A", "b": "B"})
    za = dw[dw.group == "A"].set_index("term")["z"]
    zb = dw[dw.group == "B"].set_index("term")["z"]
    shared = za.index.intersection(zb.index)
    np.testing.assert_allclose(za[shared], -zb[shared], rtol=1e-9, atol=1e-12)


def test_distinctive_words_use_the_corpus_as_prior_by_default():
    docs = {"a": [words(*(["x"] * 5 + ["y"] * 5))], "b": [words(*(["y"] * 10))]}
    tok = make_tokens(docs)
    dw = nk.distinctive_words(tok, {"a": "A", "b": "B"})
    row = dw[(dw.group == "A") & (dw.term == "x")].iloc[0]
    delta, z = nk.log_odds_dirichlet([5, 5], [0, 10], prior=[5, 15])
    assert row.log_odds == pytest.approx(delta[0]) and row.z == pytest.approx(z[0])
    weak = nk.distinctive_words(tok, {"a": "A", "b": "B"}, prior_weight=2.0)
    delta, z = nk.log_odds_dirichlet([5, 5], [0, 10], prior=[0.5, 1.5])
    assert weak[(weak.group == "A") & (weak.term == "x")]["z"].item() == pytest.approx(z[0])


# --- voices, credits, stance ---------------------------------------------------------------------


def test_per_outlet_quote_counts_add_up_to_the_corpus_total(suk_corpus, suk_quotes):
    voices = nk.share_of_voice(suk_quotes, suk_corpus.articles)
    assert list(voices.columns) == list(VOICES)
    assert voices["quotes"].sum() == len(suk_quotes)
    assert set(voices["group"]) == OUTLETS
    per_outlet = suk_quotes["article_id"].map({a.article_id: a.outlet for a in suk_corpus.articles}).value_counts()
    assert voices.groupby("group")["quotes"].sum().sort_index().tolist() == per_outlet.sort_index().tolist()
    assert (voices["direct"] + voices["indirect"] + voices["mixed"] == voices["quotes"]).all()
    np.testing.assert_allclose(voices.groupby("group")["share_quotes"].sum(), 1.0)
    assert voices["words"].sum() == suk_quotes["text"].str.count(r"\w+").sum()
    stance = nk.reporting_stance(suk_quotes, suk_corpus.articles)
    assert list(stance.columns) == list(STANCE)
    assert stance["quotes"].sum() == len(suk_quotes)
    np.testing.assert_allclose(stance.groupby("group")["share"].sum(), 1.0)
    assert {"neutral", "emphatic"} <= set(stance["cue_stance"])


def test_voices_by_speaker_type_direct_and_indirect_and_merged_names():
    quotes = make_quotes([
        {"article_id": "a1", "kind": "direct", "text": "Ne bomo popustili.", "speaker": "Vladimir Putin",
         "speaker_type": "person", "source": "AFP"},
        {"article_id": "a2", "kind": "indirect", "text": "da bodo pogajanja", "speaker": "Putin", "speaker_type": "person",
         "source": "TASS"},
        {"article_id": "a2", "kind": "mixed", "text": "gre za bratsko dolžnost", "speaker": "Kim Jong-un",
         "speaker_type": "person"},
        {"article_id": "b1", "kind": "indirect", "text": "so sporočili", "speaker": "Reuters", "speaker_type": "agency",
         "source": "Reuters"},
        {"article_id": "b1", "kind": "direct", "text": "Brez komentarja.", "speaker": None, "speaker_type": "unknown"},
    ])
    groups = {"a1": "Delo", "a2": "Delo", "b1": "N1"}
    voices = nk.share_of_voice(quotes, groups)
    putin = voices[(voices.group == "Delo") & (voices.speaker == "Vladimir Putin")].iloc[0]
    assert (putin.quotes, putin.direct, putin.indirect, putin.articles) == (2, 1, 1, 2)
    assert putin.share_quotes == pytest.approx(2 / 3)
    n1 = voices[voices.group == "N1"]
    assert n1["quotes"].sum() == 2 and n1["speaker"].isna().sum() == 1
    credits = nk.credited_sources(quotes, groups)
    assert list(credits.columns) == list(CREDITS)
    assert set(zip(credits.group, credits.source, strict=True)) == {("Delo", "AFP"), ("Delo", "TASS"), ("N1", "Reuters")}
    sources = conform([{"article_id": "a1", "source": "STA", "kind": "photo", "start_char": 0, "end_char": 3, "sentence": 0},
                       {"article_id": "a2", "source": "AFP", "kind": "report", "start_char": 0, "end_char": 3,
                        "sentence": 0}], nk.schemas.SOURCES)
    credits = nk.credited_sources(quotes, groups, sources=sources).set_index(["group", "source"])
    assert credits.loc[("Delo", "AFP"), ["quotes", "credits", "articles"]].tolist() == [1, 1, 2]
    assert credits.loc[("Delo", "STA"), "credits"] == 1


def test_quote_tables_accept_an_empty_quotes_table(suk_corpus):
    empty_q = conform([], QUOTES)
    assert nk.share_of_voice(empty_q, suk_corpus.articles).empty
    assert nk.reporting_stance(empty_q, suk_corpus.articles).empty
    assert nk.credited_sources(empty_q, suk_corpus.articles).empty


# --- tone ------------------------------------------------------------------------------------------


def test_job_lexicon_is_read_from_the_shared_copy(job_lexicon):
    lex = nk.load_sentiment_lexicon()
    assert len(lex) > 25_000
    assert lex["diktator"] < 0 < lex["prijateljstvo"]
    assert lex.attrs["licence"] == "CC BY-SA 4.0" and "11356/1112" in lex.attrs["citation"]


def test_tone_splits_the_journalists_voice_from_the_quoted_one():
    tok = make_tokens({"a1": [words("vojna", "kriza", "miza"), words("mir", "prijateljstvo")]})
    quoted = tok[tok.sentence == 1]
    quotes = make_quotes([{"article_id": "a1", "start_char": int(quoted.start_char.min()),
                           "end_char": int(quoted.end_char.max())}])
    lexicon = {"vojna": -3, "kriza": -2, "mir": 2, "prijateljstvo": 3}
    table = nk.tone(tok, {"a1": "X"}, quotes=quotes, lexicon=lexicon).set_index("voice")
    assert list(nk.tone(tok, {"a1": "X"}, lexicon=lexicon).columns) == list(TONE)
    assert table.loc["journalist", ["words", "matched", "negative", "score"]].tolist() == [3, 2, 2, -5]
    assert table.loc["quoted", ["words", "positive", "score"]].tolist() == [2, 2, 5]
    assert table.loc["quoted", "tone"] == pytest.approx(250.0)
    plain = nk.tone(tok, {"a1": "X"}, lexicon=lexicon)
    assert plain["voice"].tolist() == ["all"] and plain["score"].item() == 0


def test_tone_on_the_corpus_covers_every_word_once(suk_corpus, suk_quotes, job_lexicon):
    table = nk.tone(suk_corpus.tokens, suk_corpus.articles, quotes=suk_quotes)
    assert set(table["group"]) == OUTLETS and set(table["voice"]) == {"journalist", "quoted"}
    plain = nk.tone(suk_corpus.tokens, suk_corpus.articles)
    assert table["words"].sum() == plain["words"].sum()
    assert table["score"].sum() == pytest.approx(plain["score"].sum())
    assert (table["tone_se"].dropna() >= 0).all()


def test_tone_leaves_out_articles_in_another_language():
    tok = make_tokens({"s": [words("vojna")], "h": [words("rat")]})
    arts = [nk.Article("s", title="x", language="sl", outlet="A"), nk.Article("h", title="x", language="hr", outlet="A")]
    with pytest.warns(UserWarning, match="other languages"):
        table = nk.tone(tok, arts, lexicon={"vojna": -1})
    assert table["words"].item() == 1


# --- contested terms ---------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def example_lite():
    art = nk.load_example()
    return nk.annotate([art], annotator="lite")


def test_contested_terms_in_the_example(example_lite):
    table = nk.contested_terms(example_lite.tokens, {"000_1132590431262ebf": "example"})
    assert list(table.columns) == list(TERMS)
    counts = table.set_index("term")["count"]
    # "ruske invazije v Ukrajini"; "v vojni z Ukrajino" twice (the Second World War does not count);
    # "v konfliktu z Ukrajino"; "neonacizmu" in the title and in the body.
    assert counts["invazija"] == 1 and counts["vojna"] == 2 and counts["konflikt"] == 1
    assert counts["neonacizem"] == 2
    assert counts["poseben vojaški operacija"] == 0  # zeros are kept
    war = table[table.concept == "war_in_ukraine"]
    assert war["share"].sum() == pytest.approx(1.0)


def test_multiword_terms_and_no_double_counting():
    tok = make_tokens({
        "a": [[("posebne", "poseben", "ADJ"), ("vojaške", "vojaški", "ADJ"), ("operacije", "operacija", "NOUN")],
              [("nezakonitih", "nezakonit", "ADJ"), ("migrantov", "migrant", "NOUN")],
              [("migranti", "migrant", "NOUN")]],
        "b": [[("vojna", "vojna", "NOUN"), ("v", "v", "ADP"), ("Ukrajini", "Ukrajina", "PROPN")]],
    })
    table = nk.contested_terms(tok, {"a": "A", "b": "B"}).set_index(["group", "term"])["count"]
    assert table[("A", "poseben vojaški operacija")] == 1
    assert table[("A", "poseben operacija")] == 0
    assert table[("A", "nezakonit migrant")] == 1 and table[("A", "migrant")] == 1
    assert table[("B", "vojna")] == 1


def test_serbian_cyrillic_contested_terms_are_transliterated():
    tok = make_tokens({"c": [[("специјалне", "специјалан", "ADJ"), ("војне", "војни", "ADJ"),
                               ("операције", "операција", "NOUN")]],
                       "l": [[("specijalna", "specijalan", "ADJ"), ("vojna", "vojni", "ADJ"),
                              ("operacija", "operacija", "NOUN")]]})
    arts = [nk.Article("c", title="x", language="sr", outlet="RTS"), nk.Article("l", title="x", language="sr", outlet="RTS")]
    table = nk.contested_terms(tok, arts)
    assert set(table["language"]) == {"sr"}
    assert table.set_index("term").loc["specijalan vojni operacija", "count"] == 2


def test_contested_terms_lexicons_are_documented_data():
    for lang in ("sl", "hr", "sr"):
        lex = nk.load_contested_terms(lang)
        assert {"concept", "term", "frame", "context", "gloss"} <= set(lex.columns)
        assert {"war_in_ukraine", "kursk_2024"} <= set(lex["concept"])
        assert not lex.duplicated(["concept", "term"]).any()
    with pytest.raises(nk.InputError, match="sl, sr|hr, sl, sr"):
        nk.load_contested_terms("bg")


# --- scare quotes -------------------------------------------------------------------------------------


def test_scare_quotes_in_the_example_are_listed(example_lite):
    empty_quotes = conform([], QUOTES)
    table = nk.scare_quotes(example_lite.tokens, {"000_1132590431262ebf": "example"}, quotes=empty_quotes)
    assert list(table.columns) == list(SCARE_QUOTES)
    assert table["text"].tolist() == ["zaupanje in prijateljstvo", "sodobnemu neonacizmu", "bratsko dolžnost"]
    assert "sodoben neonacizem" in table["lemma"].tolist()
    # "ruske invazije" is the journalist's own wording, not in quotation marks; the ten-word
    # headline quote is no fragment.
    assert not table["text"].str.contains("invazij|Severna Koreja").any()
    text = nk.load_example().text
    assert all(text[r.start_char:r.end_char] == r.text for r in table.itertuples())


def test_fragments_inside_reported_statements_are_partial_quotes(example_lite):
    text = nk.load_example().text
    start = text.index("državi skupaj stojita")
    end = text.index(", kar nakazuje")
    quotes = make_quotes([{"article_id": "000_1132590431262ebf", "kind": "mixed", "start_char": start, "end_char": end,
                           "speaker": "Vladimir Putin", "speaker_type": "person", "quote_id": 7}])
    table = nk.scare_quotes(example_lite.tokens, {"000_1132590431262ebf": "example"}, quotes=quotes)
    row = table[table.text == "sodobnemu neonacizmu"].iloc[0]
    assert row.kind == "partial" and row.quote_id == 7
    assert set(table[table.text != "sodobnemu neonacizmu"]["kind"]) == {"scare"}


def test_quoted_utterances_are_not_fragments():
    tok = make_tokens({"a": [
        [('"', '"', "PUNCT"), ("Ni", "biti", "VERB"), ("razloga", "razlog", "NOUN"), (",", ",", "PUNCT"),
         ('"', '"', "PUNCT"), ("je", "biti", "AUX"), ("dejal", "dejati", "VERB")],
        [("Dejal", "dejati", "VERB"), (":", ":", "PUNCT"), ("»", "»", "PUNCT"), ("Dovolj", "dovolj", "ADV"),
         ("«", "«", "PUNCT")],
        [("Boj", "boj", "NOUN"), ("proti", "proti", "ADP"), ("„", "„", "PUNCT"), ("teroristom", "terorist", "NOUN"),
         ("“", "“", "PUNCT"), (".", ".", "PUNCT")],
    ]})
    table = nk.scare_quotes(tok, {"a": "A"}, quotes=conform([], QUOTES))
    assert table["text"].tolist() == ["teroristom"] and table["kind"].tolist() == ["scare"]


def test_unbalanced_quotation_marks_never_crash():
    tok = make_tokens({"a": [[('"', '"', "PUNCT"), ("a", "a", "NOUN")], [("b", "b", "NOUN"), ("«", "«", "PUNCT")],
                             [("»", "»", "PUNCT")]]})
    table = nk.scare_quotes(tok, {"a": "A"}, quotes=conform([], QUOTES))
    assert table.empty


def test_scare_quotes_on_the_corpus_without_direct_quotes(suk_corpus):
    table = nk.scare_quotes(suk_corpus.tokens, suk_corpus.articles, quotes=conform([], QUOTES))
    assert len(table) >= 20 and set(table["group"]) == OUTLETS
    assert (table["n_words"].between(1, 4)).all()
    texts = set(table["text"])
    assert {"manipulatorko valut", "grške bolezni"} <= texts
    # senticoref7801's '" Ni razloga za paniko," je dejal' is a direct quote, not a fragment.
    assert not any("paniko" in t for t in texts)


# --- naming ------------------------------------------------------------------------------------------


def test_naming_on_the_corpus(suk_corpus):
    table = nk.naming(suk_corpus.tokens, suk_corpus.articles, entities=suk_corpus.entities)
    assert list(table.columns) == list(NAMING)
    jansa = table[table.entity == "Janez Janša"]
    # descriptors as the articles write them (#13): "predsednik vlade", "predsednik SDS", not "predsednik sds"
    assert {"premier", "predsednik vlade", "predsednik SDS"} <= set(jansa["descriptor"])
    assert set(jansa["group"]) >= {"zurnal24.si", "rtvslo.si"}
    frattini = table[table.entity == "Franco Frattini"]
    assert "italijanski minister" in set(frattini["descriptor"])
    assert (table["count"] <= table["mentions"]).all()
    # A genitive name after a noun is a possessor, not named by it (dokapitalizacija NLB).
    assert not ((table.entity == "NLB") & (table.descriptor == "dokapitalizacija")).any()


def test_naming_links_short_and_full_names_and_appositions():
    tok = make_tokens({"a": [
        [("Severnokorejski", "severnokorejski", "ADJ"), ("voditelj", "voditelj", "NOUN"), ("Kim", "Kim", "PROPN", "B-PER"),
         ("Jong-un", "Jong-un", "PROPN", "I-PER"), ("je", "biti", "AUX"), ("prišel", "priti", "VERB")],
        [("Diktator", "diktator", "NOUN"), ("Kim", "Kim", "PROPN", "B-PER"), ("se", "se", "PRON"), ("smeji", "smejati", "VERB")],
        [("Kim", "Kim", "PROPN", "B-PER"), (",", ",", "PUNCT"), ("samodržec", "samodržec", "NOUN"), (",", ",", "PUNCT"),
         ("molči", "molčati", "VERB")],
        # A recogniser's slip ("Putin Kima" as one name) does not capture the short "Kim".
        [("Putin", "Putin", "PROPN", "B-PER"), ("Kima", "Kim", "PROPN", "I-PER"), ("objame", "objeti", "VERB")],
        [("Kim", "Kim", "PROPN", "B-PER"), ("Jong-un", "Jong-un", "PROPN", "I-PER"), ("odide", "oditi", "VERB")],
    ]})
    table = nk.naming(tok, {"a": "A"})
    kim = table[table.entity == "Kim Jong-un"].set_index("descriptor")
    assert set(kim.index) == {"severnokorejski voditelj", "diktator", "samodržec"}
    assert kim.loc["samodržec", "relation"] == "appos" and kim.loc["diktator", "relation"] == "title"
    assert kim["mentions"].unique().tolist() == [4]


def test_naming_uses_dependency_trees_when_present(shared):
    ann = nk.read_conllu(shared("data", "ud-sl-ssj", "sl_ssj-ud-dev.conllu"))
    table = nk.naming(ann.tokens, {a.article_id: "ssj" for a in ann.articles}, entities=ann.entities)
    assert len(table) > 20
    assert {"title", "amod"} <= set(table["relation"])
    # "profesor J. Stergar": the name is an nmod of the title noun.
    assert (table[table.entity.str.contains("Stergar")]["role"] == "profesor").any()


def test_naming_on_lite_tokens_uses_the_role_lexicon(example_lite):
    table = nk.naming(example_lite.tokens, {"000_1132590431262ebf": "example"}, entities=example_lite.entities)
    kim = table[table.entity == "Kim Jong-un"]
    assert "severnokorejski voditelj" in set(kim["descriptor"])
    assert (table["role"].dropna().isin(["voditelj", "predsednik", "agencija"])).all()


# --- all together -------------------------------------------------------------------------------------


def test_compare_outlets_gives_every_table_for_every_outlet(suk_corpus, suk_quotes, job_lexicon, tmp_path):
    sources = conform([], nk.schemas.SOURCES)
    result = nk.compare_outlets(suk_corpus, quotes=suk_quotes, sources=sources)
    assert isinstance(result, nk.Comparison)
    for name, table in result._asdict().items():
        if name in ("credits", "terms"):
            continue
        assert set(table["group"]) == OUTLETS, name
        assert table.attrs["by"] == "outlet", name
    pd.testing.assert_frame_equal(result.distinctive, nk.distinctive_words(suk_corpus.tokens, suk_corpus.articles))
    assert result.voices["quotes"].sum() == len(suk_quotes)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        written = result.write(tmp_path / "out")
    names = {p.name for p in written}
    assert {"distinctive.csv", "voices.csv", "tone.csv", "terms.csv", "tone.png", "distinctive.png"} <= names
    again = pd.read_csv(tmp_path / "out" / "naming.csv")
    assert len(again) == len(result.naming) and "Janez Janša" in set(again["entity"])


# --- on the real quotes (newskit.extract_quotes) ------------------------------------------------------


@pytest.fixture(scope="module")
def example_quotes(example_lite):
    from newskit.quotes import extract_quotes

    return extract_quotes(example_lite.tokens, articles=example_lite.articles)


def test_the_example_voices_credits_and_stance(example_lite, example_quotes):
    from newskit.quotes import extract_sources

    groups = {"000_1132590431262ebf": "example"}
    voices = nk.share_of_voice(example_quotes, groups).set_index("speaker")
    assert set(voices.index) == {"Vladimir Putin", "Kim Jong-un"}
    assert voices["quotes"].sum() == len(example_quotes) and (voices["speaker_type"] == "person").all()
    sources = extract_sources(example_lite.tokens, articles=example_lite.articles)
    credits = nk.credited_sources(example_quotes, groups, sources=sources).set_index("source")
    assert {"AFP", "BBC", "STA"} <= set(credits.index)
    assert credits.loc["AFP", "quotes"] >= 1 and credits.loc["AFP", "credits"] >= 2
    stance = nk.reporting_stance(example_quotes, groups)
    assert {"pohvaliti", "dejati", "izpostaviti"} <= set(stance["cue"])


def test_the_example_fragments_are_partial_quotes_of_putin_and_kim(example_lite, example_quotes):
    table = nk.scare_quotes(example_lite.tokens, {"000_1132590431262ebf": "example"}, quotes=example_quotes)
    assert table["text"].tolist() == ["zaupanje in prijateljstvo", "sodobnemu neonacizmu", "bratsko dolžnost"]
    assert set(table["kind"]) == {"partial"}
    speakers = example_quotes.set_index("quote_id").loc[table["quote_id"].astype(int), "speaker"].tolist()
    assert speakers == ["Vladimir Putin", "Vladimir Putin", "Kim Jong-un"]


def test_real_quotes_on_the_corpus_add_up_per_outlet(suk_corpus, job_lexicon):
    from newskit.quotes import extract_quotes

    quotes = extract_quotes(suk_corpus.tokens, articles=suk_corpus.articles)
    voices = nk.share_of_voice(quotes, suk_corpus.articles)
    stance = nk.reporting_stance(quotes, suk_corpus.articles)
    assert set(voices["group"]) == OUTLETS == set(stance["group"])
    assert voices["quotes"].sum() == len(quotes) == stance["quotes"].sum()
    assert {"person", "organisation"} <= set(voices["speaker_type"])
    scare = nk.scare_quotes(suk_corpus.tokens, suk_corpus.articles, quotes=quotes)
    assert {"scare", "partial"} == set(scare["kind"])
    # The journalist's own quotation marks: rtvslo.si's "manipulatorko valut", and a standalone
    # "Podvig" that extract_quotes lists without speaker or cue.
    kinds = dict(zip(scare["text"], scare["kind"], strict=True))
    assert kinds["manipulatorko valut"] == "scare" and kinds["Podvig"] == "scare"
    tone = nk.tone(suk_corpus.tokens, suk_corpus.articles, quotes=quotes)
    assert tone.groupby("group")["words"].sum().sum() == nk.tone(suk_corpus.tokens, suk_corpus.articles)["words"].sum()


# --- the command line ---------------------------------------------------------------------------------


def test_compare_command_writes_tables_and_figures(suk_path, job_lexicon, tmp_path, capsys):
    from newskit.cli import main

    corpus = suk_path
    folder = tmp_path / "articles"
    folder.mkdir()
    example = nk.datasets.example_path()
    (folder / example.name).write_text(example.read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "000_1132590431262ebf.meta.json").write_text('{"outlet": "example.si"}', encoding="utf-8")
    out = tmp_path / "out"
    assert main(["compare", str(corpus), str(folder), "--by", "outlet", "--out", str(out)]) == 0
    said = capsys.readouterr().out
    assert "82 articles in 6 groups by outlet" in said
    for name in ("distinctive", "keyness", "voices", "credits", "naming", "stance", "scare_quotes", "tone", "terms"):
        assert (out / f"{name}.csv").stat().st_size > 0
    for name in ("distinctive", "voices", "naming", "tone", "terms"):
        assert (out / f"{name}.png").read_bytes()[:4] == b"\x89PNG"
    tone = pd.read_csv(out / "tone.csv")
    assert set(tone["group"]) == OUTLETS | {"example.si"}
    scare = pd.read_csv(out / "scare_quotes.csv")
    assert "sodobnemu neonacizmu" in set(scare["text"])


def test_compare_command_reports_bad_input_in_one_line(tmp_path, capsys):
    from newskit.cli import main

    assert main(["compare", str(tmp_path / "missing.conllu")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("newskit: error:") and err.count("\n") == 1


def test_naming_on_lite_tokens_reads_family_and_acquaintance_nouns():
    # The role lexicon's ``person`` kind (``supruga``, ``sin``) names a person before a name as a
    # title does, in the quote tables and in the tree reading; untagged, the naming table read it too.
    art = nk.article_from_text(
        "Zagreb – Njegova supruga Ana Horvat rekla je da su sretni. Sin Marko Horvat potvrdio je to.",
        language="hr", article_id="obitelj")
    lite = nk.annotate([art], annotator="lite")
    # the articles' own language (hr), though ``language`` defaults to Slovenian
    table = nk.naming(lite)
    roles = dict(zip(table["entity"], table["role"], strict=True))
    assert roles.get("Ana Horvat") == "supruga"  # as written: lite lemmatises it as a husband
    assert roles.get("Marko Horvat") == "sin"
    cyrillic = nk.annotate([nk.article_from_text(
        "Београд – Његова супруга Ана Хорват рекла је да су срећни.", language="sr", article_id="породица")],
        annotator="lite")
    table = nk.naming(cyrillic)
    assert set(table["role"]) == {"supruga"}  # the lexicon's lemma, in Latin as every term of the tables
