"""Scare quotes: short quoted fragments in running text, paired as the quote extractor pairs marks."""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from ..article import Article
from ..errors import InputError
from ..quotes.marks import (
    QUOTE_MARKS,
    SINGLE_QUOTE_MARKS,
    is_quote_mark,
    is_single_mark,
    pair_quote_marks,
    pairing_texts,
)
from ..schemas import (
    QUOTES,
    SCARE_QUOTES,
    empty,
    require,
)

if TYPE_CHECKING:

    from ..annotate import Annotation
from ..quotes import extract_quotes
from .corpus import Corpus, Groups, articles_of, finish, unpack
from .spans import locate, quote_intervals

__all__ = ['scare_quotes']


_CLOSING_PUNCT = frozenset(",.!?…;")


def _mark(x: object) -> bool:
    """A token of quotation marks, double or single (right inside a pair's marks: a nested quotation)."""
    return is_quote_mark(str(x or "")) or is_single_mark(str(x or ""))


def _mark_pairs(corpus: Corpus, articles: list[Article] | None) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The balanced pairs of quotation marks of each article, top-level and nested, as the quote
    extractor pairs them (:func:`newskit.quotes.marks.pair_quote_marks` on the article's text, or on
    the text rebuilt from the token offsets): article codes, opening and closing offsets."""
    tokens = corpus.tokens
    empty = np.zeros(0, dtype=np.int64)
    if not corpus.n:
        return empty, empty, empty
    token = tokens["token"].astype("string")
    form = token.mask(token.isna() | (token == ""), tokens["text"].astype("string")).fillna("")
    form_codes, form_index = pd.factorize(form)
    forms = [str(f) for f in form_index]
    has_mark = np.fromiter((any(c in QUOTE_MARKS or c in SINGLE_QUOTE_MARKS for c in f) for f in forms), dtype=bool,
                           count=len(forms))
    art_codes = corpus.art_codes
    wanted = np.zeros(len(corpus.groups.article_ids), dtype=bool)
    wanted[art_codes[has_mark[form_codes]]] = True
    if not wanted.any():
        return empty, empty, empty
    # Each wanted article's tokens in table order, as the quote extractor reads them.
    order = np.flatnonzero(wanted[art_codes])
    if not bool(np.all(art_codes[1:] >= art_codes[:-1])):
        order = order[np.argsort(art_codes[order], kind="stable")]
    arts = art_codes[order]
    first = np.flatnonzero(np.r_[True, arts[1:] != arts[:-1]])
    lo, hi = first, np.r_[first[1:], len(order)]
    codes = arts[lo]
    start = tokens["start_char"].to_numpy(dtype=np.int64)[order]
    sentence = corpus.sentence[order]
    new_sentence = np.r_[True, (arts[1:] != arts[:-1]) | (sentence[1:] != sentence[:-1])]
    sentence_starts = start[new_sentence].tolist()
    bounds = np.searchsorted(np.flatnonzero(new_sentence), np.r_[lo, len(order)]).tolist()
    own = {a.article_id: a.text for a in articles or ()}
    ids = corpus.groups.article_ids
    rebuilt = np.array([str(ids[c]) not in own for c in codes.tolist()], dtype=bool)
    texts: list[str] = [own.get(str(ids[c]), "") for c in codes.tolist()]
    if rebuilt.any():
        sketches = pairing_texts(start, tokens["end_char"].to_numpy(dtype=np.int64)[order], form_codes[order], forms,
                                 tokens["paragraph"].to_numpy(dtype=np.int64)[order], lo[rebuilt], hi[rebuilt])
        for k, text in zip(np.flatnonzero(rebuilt).tolist(), sketches, strict=True):
            texts[k] = text
    p_art, p_open, p_close = [], [], []
    for k, (code, text) in enumerate(zip(codes.tolist(), texts, strict=True)):
        for pair in pair_quote_marks(text, sentence_starts[bounds[k]:bounds[k + 1]]):
            if pair.balanced:
                p_art.append(code)
                p_open.append(pair.open_at)
                p_close.append(pair.close_at)
    return (np.array(p_art, dtype=np.int64), np.array(p_open, dtype=np.int64), np.array(p_close, dtype=np.int64))


def scare_table(corpus: Corpus, quotes: pd.DataFrame, *, max_words: int, articles: list[Article] | None = None) -> pd.DataFrame:
    attrs = corpus.attrs(max_words=max_words)
    tokens = corpus.tokens
    p_art, p_open, p_close = _mark_pairs(corpus, articles)
    if not len(p_art):
        return finish(empty(SCARE_QUOTES), SCARE_QUOTES, attrs)
    # The tokens by article and offset; a fragment is the tokens strictly between its marks, the
    # opening mark ending its token and the closing one starting its own.
    start = tokens["start_char"].to_numpy(dtype=np.int64)
    end = tokens["end_char"].to_numpy(dtype=np.int64)
    stride = int(max(start.max(initial=0), end.max(initial=0), p_close.max(initial=0))) + 2
    key = corpus.art_codes * stride + start
    by_pos = np.arange(corpus.n) if bool(np.all(key[1:] >= key[:-1])) else np.argsort(key, kind="stable")
    skey = key[by_pos]
    a = np.searchsorted(skey, p_art * stride + p_open, side="right")
    b = np.searchsorted(skey, p_art * stride + p_close, side="left")
    ok = (a > 0) & (b > a) & (b < corpus.n)
    a, b, p_art, p_open, p_close = a[ok], b[ok], p_art[ok], p_open[ok], p_close[ok]
    open_, close = by_pos[a - 1], by_pos[b]
    ok = ((corpus.art_codes[open_] == p_art) & (end[open_] == p_open + 1) & (corpus.art_codes[close] == p_art)
          & (start[close] == p_close) & (end[by_pos[b - 1]] <= p_close))
    a, b, open_, close = a[ok], b[ok], open_[ok], close[ok]
    sent = corpus.sentence_key
    cum_words = np.concatenate([[0], np.cumsum(corpus.word_mask[by_pos])])
    n_words = cum_words[b] - cum_words[a]
    keep = (sent[open_] == sent[close]) & (n_words >= 1) & (n_words <= max_words)
    a, b, open_, close, n_words = a[keep], b[keep], open_[keep], close[keep], n_words[keep]
    if not len(a):
        return finish(empty(SCARE_QUOTES), SCARE_QUOTES, attrs)
    # A quoted utterance, not a fragment: punctuation closing it inside the marks ("Ne," je dejal),
    # or introduced by a colon. Marks right inside the marks quote a nested quotation, listed itself.
    last_inner = corpus.take("text", by_pos[b - 1])
    first_inner = corpus.take("text", by_pos[a])
    prev = by_pos[np.maximum(a - 2, 0)]
    before = np.where((a >= 2) & (corpus.art_codes[prev] == corpus.art_codes[open_]), corpus.take("text", prev), "")
    nested = np.array([_mark(x) for x in last_inner], dtype=bool) | np.array([_mark(x) for x in first_inner], dtype=bool)
    fragment = (~np.isin(last_inner, list(_CLOSING_PUNCT)) & (before != ":") & ~np.isin(first_inner, list(_CLOSING_PUNCT))
                & ~nested)
    a, b, open_, close, n_words = a[fragment], b[fragment], open_[fragment], close[fragment], n_words[fragment]
    f_start, f_end = start[by_pos[a]], end[by_pos[b - 1]]
    art = corpus.art_codes[open_]
    require(quotes, QUOTES, caller="scare_quotes")
    quote_row = locate(quote_intervals(quotes, corpus.groups.article_ids), art, f_start, f_end)
    inside = quote_row >= 0
    row = np.where(inside, quote_row, 0)
    if len(quotes):
        # A quote with neither speaker nor cue is the journalist's own quotation marks (a standalone
        # "Podvig"), not a reported statement.
        attributed = (quotes["speaker"].notna() | quotes["cue"].notna()).to_numpy(dtype=bool)[row] & inside
        direct = (quotes["kind"].astype("string") == "direct").fillna(False).to_numpy(dtype=bool)[row]
        q_len = (quotes["end_char"] - quotes["start_char"]).to_numpy(dtype=np.int64)[row]
    else:
        attributed = direct = np.zeros(len(a), dtype=bool)
        q_len = np.zeros(len(a), dtype=np.int64)
    # An attributed direct quote that is just the fragment is a short quotation, not a fragment.
    keep = ~(attributed & direct & (q_len <= f_end - f_start + 2))
    a, b, open_, n_words, f_start, f_end, art, quote_row, attributed = (
        x[keep] for x in (a, b, open_, n_words, f_start, f_end, art, quote_row, attributed))
    kind = np.where(attributed, "partial", "scare")
    # The fragments' words, taken at their positions only.
    sizes = b - a
    inner = by_pos[np.repeat(a - np.r_[0, np.cumsum(sizes)[:-1]], sizes) + np.arange(int(sizes.sum()))]
    texts = corpus.take("text", inner).tolist()
    spaces = tokens["space_after"].iloc[inner].fillna(True).tolist()
    words = corpus.word_mask[inner].tolist()
    lemmas = corpus.vocabulary[corpus.term_codes[inner]].tolist()
    words_text, words_lemma = [], []
    at = 0
    for size in (b - a).tolist():
        span = range(at, at + size)
        words_text.append("".join(texts[i] + (" " if spaces[i] and i < at + size - 1 else "") for i in span).strip())
        words_lemma.append(" ".join(lemmas[i] for i in span if words[i]))
        at += size
    frame = pd.DataFrame({
        "article_id": corpus.groups.article_ids[art], "group": corpus.groups.names[corpus.groups.article_group[art]],
        "sentence": corpus.sentence[open_], "text": words_text, "lemma": words_lemma, "n_words": n_words,
        "kind": kind, "quote_id": pd.array([None] * len(a), dtype="Int32"), "start_char": f_start, "end_char": f_end,
    })
    if len(frame) and len(quotes):
        qid = quotes["quote_id"].to_numpy(dtype=np.int64)
        frame["quote_id"] = pd.array([int(qid[r]) if r >= 0 else None for r in quote_row], dtype="Int32")
    frame = frame.sort_values(["group", "article_id", "start_char"], kind="stable")
    return finish(frame, SCARE_QUOTES, attrs)


def scare_quotes(
    tokens: pd.DataFrame | Annotation,
    groups: Groups = None,
    *,
    quotes: pd.DataFrame | None = None,
    by: str = "outlet",
    max_words: int = 4,
) -> pd.DataFrame:
    """Short quoted fragments in running text: scare quotes and partial quotes, listed.

    A fragment is one to ``max_words`` words between a pair of quotation marks within one sentence
    (``v boju proti "sodobnemu neonacizmu"``). The marks are paired as the quote extractor pairs
    them (:func:`newskit.quotes.marks.pair_quote_marks` on the article's text, or on the text
    rebuilt from the token offsets when ``groups`` are not Article records): nested quotations
    are paired too and unbalanced marks shift no later pair. A quoted utterance is not a
    fragment: one whose own punctuation closes inside the marks (``"Ne," je dejal``) or that follows
    a colon. The QUOTES table tells the rest apart: a fragment that is a whole attributed direct
    quote is a short quotation and left out; one inside an attributed statement (a quote with a
    speaker or a reporting verb: mixed, indirect) is ``partial``: the journalist quotes the
    speaker's own words, a known distancing device (``Putin je dejal, da ... proti "sodobnemu
    neonacizmu"``); all others are ``scare``: the journalist's own sentence puts words in
    quotation marks. ``quotes`` defaults to :func:`newskit.extract_quotes` of the tokens; with an
    empty QUOTES table every fragment is ``scare``.

    Count them with ``table.groupby(["group", "kind"]).size()`` or by ``lemma`` to see which
    words each outlet keeps at arm's length.

    Returns:
        A SCARE_QUOTES table (:data:`newskit.schemas.SCARE_QUOTES`), one row per fragment.

    Example:
        >>> import newskit as nk
        >>> art = nk.load_example()
        >>> ann = nk.annotate([art], annotator="lite")  # doctest: +SKIP
        >>> scare_quotes(ann.tokens, {art.article_id: "example"})["text"].tolist()  # doctest: +SKIP
        ['zaupanje in prijateljstvo', 'sodobnemu neonacizmu', 'bratsko dolžnost']
    """
    if max_words < 1:
        raise InputError(f"scare_quotes(): max_words={max_words} must be 1 or more")
    tokens, groups, own_entities = unpack(tokens, groups)
    corpus = Corpus(tokens, groups, by=by, caller="scare_quotes")
    if quotes is None:

        quotes = extract_quotes(tokens, articles=articles_of(groups))
    return scare_table(corpus, quotes, max_words=max_words, articles=articles_of(groups))
