"""Helpers shared by the quote tests: a paragraph read with lite, and the one quote a test is about.

Import them by name (``from quotes_helpers import lite_quotes``: pytest puts ``tests/`` on the path).
"""

from __future__ import annotations

import pandas as pd

import newskit as nk


def lite_quotes(text: str, language: str) -> pd.DataFrame:
    """The QUOTES table of ``text`` read as one article with the lite annotator, in ``language``."""
    article = nk.article_from_text(text, language=language)
    ann = nk.annotate(article, annotator="lite", language=language)
    return nk.extract_quotes(ann.tokens, articles=ann.articles)


def quote_with(quotes: pd.DataFrame, words: str) -> pd.Series:
    """The one quote whose text contains ``words``; fails, showing every quote and speaker, if not one."""
    hits = quotes[quotes["text"].str.contains(words, regex=False)]
    assert len(hits) == 1, f"expected one quote with {words!r}, got {quotes[['text', 'speaker']].values.tolist()}"
    return hits.iloc[0]


def speaker_of(text: str, words: str, language: str) -> str:
    """The speaker (``""`` when unknown) of the one quote of ``text`` that contains ``words``, read with lite."""
    speaker = quote_with(lite_quotes(text, language), words)["speaker"]
    return "" if pd.isna(speaker) else str(speaker)
