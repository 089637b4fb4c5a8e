"""Quotes and sources come from one pass: extract_attribution, and its use by analyse and compare_outlets."""

from __future__ import annotations

import pandas as pd
import pytest

import newskit as nk
from newskit.cli import main
from newskit.quotes import assemble, extract_attribution


@pytest.fixture(scope="module")
def example_ann():
    return nk.annotate(nk.load_example(), annotator="lite")


@pytest.fixture
def passes(monkeypatch):
    """How many times the quote pass ran, per article."""
    counts: dict[str, int] = {}
    original = assemble.attribute

    def counted(a):
        counts[a.art_id] = counts.get(a.art_id, 0) + 1
        return original(a)

    monkeypatch.setattr(assemble, "attribute", counted)
    return counts


def test_extract_attribution_gives_the_tables_of_the_two_functions(example_ann, passes):
    quotes, sources = extract_attribution(example_ann.tokens, articles=example_ann.articles)
    assert set(passes.values()) == {1}
    alone_q = nk.extract_quotes(example_ann.tokens, articles=example_ann.articles)
    alone_s = nk.extract_sources(example_ann.tokens, articles=example_ann.articles)
    pd.testing.assert_frame_equal(quotes, alone_q)
    pd.testing.assert_frame_equal(sources, alone_s)
    assert quotes.attrs == alone_q.attrs and sources.attrs == alone_s.attrs
    assert len(quotes) == 8 and set(sources["source"]) >= {"AFP", "BBC"}


def test_extract_attribution_checks_its_input():
    with pytest.raises(nk.SchemaError, match="extract_attribution"):
        extract_attribution(pd.DataFrame({"text": ["a"]}))


def test_analyse_runs_the_quote_pass_once(tmp_path, passes, capsys):
    assert main(["analyse", "--annotator", "lite", "--out", str(tmp_path / "r")]) == 0
    assert passes and set(passes.values()) == {1}, passes
    assert "8 reported statements" in capsys.readouterr().out


def test_compare_outlets_runs_the_quote_pass_once(suk, passes, shared):
    shared("data", "job-lexicon", "Slovene_sentiment_lexicon_JOB.txt")
    ids = list(dict.fromkeys(suk.tokens["article_id"]))[:12]
    tokens = suk.tokens[suk.tokens["article_id"].isin(ids)]
    articles = [a for a in suk.articles if a.article_id in ids]
    result = nk.compare_outlets(tokens, articles)
    assert set(passes) == set(ids) and set(passes.values()) == {1}, passes
    assert result.voices["quotes"].sum() == len(nk.extract_quotes(tokens, articles=articles))
