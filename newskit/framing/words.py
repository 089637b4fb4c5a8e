"""Distinctive words (weighted log-odds with an informative Dirichlet prior) and keyness (G2, Log Ratio)."""

from __future__ import annotations

import math
import warnings
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

from ..errors import InputError
from ..schemas import (
    DISTINCTIVE,
    KEYNESS,
    empty,
)

if TYPE_CHECKING:

    from ..annotate import Annotation
from .corpus import Corpus, Groups, finish, unpack

__all__ = ['distinctive_words', 'keyness', 'adjust_p_values', 'log_odds_dirichlet']


def log_odds_dirichlet(
    counts_a: Sequence[float] | np.ndarray,
    counts_b: Sequence[float] | np.ndarray,
    prior: float | Sequence[float] | np.ndarray = 0.01,
) -> tuple[np.ndarray, np.ndarray]:
    """Weighted log-odds ratio with a Dirichlet prior and its z-score, term by term.

    Monroe, Colaresi & Quinn (2008), "Fightin' Words", eq. 16 and 17: for term ``w`` with counts
    ``y_a``, ``y_b`` in two corpora of sizes ``n_a``, ``n_b`` and prior ``alpha_w`` (``alpha_0`` =
    the prior's sum),

    ``delta = log((y_a + alpha) / (n_a + alpha_0 - y_a - alpha)) - log((y_b + alpha) / (n_b + alpha_0 - y_b - alpha))``,
    ``z = delta / sqrt(1 / (y_a + alpha) + 1 / (y_b + alpha))``.

    Swapping the corpora negates both; a prior of zero gives the plain log-odds ratio (infinite
    where a count is zero).

    Args:
        counts_a: counts of each term in corpus a.
        counts_b: counts of the same terms in corpus b.
        prior: ``alpha_w`` for each term, or one number for a flat prior. An informative prior is
            a background distribution times a weight, e.g. ``alpha_0 * background / background.sum()``.

    Returns:
        ``(delta, z)``, two float arrays.

    Example:
        >>> delta, z = log_odds_dirichlet([10, 0], [0, 10], prior=[1.0, 1.0])
        >>> bool(z[0] > 0 > z[1])
        True
    """
    y_a = np.asarray(counts_a, dtype=np.float64)
    y_b = np.asarray(counts_b, dtype=np.float64)
    alpha = np.broadcast_to(np.asarray(prior, dtype=np.float64), y_a.shape)
    return _log_odds(y_a, y_b, y_a.sum(), y_b.sum(), alpha, alpha.sum())


def _log_odds(y_a: Any, y_b: Any, n_a: Any, n_b: Any, alpha: Any, alpha0: Any) -> tuple[np.ndarray, np.ndarray]:
    with np.errstate(divide="ignore", invalid="ignore"):
        delta = (np.log(y_a + alpha) - np.log(n_a + alpha0 - y_a - alpha)
                 - np.log(y_b + alpha) + np.log(n_b + alpha0 - y_b - alpha))
        z = delta / np.sqrt(1.0 / (y_a + alpha) + 1.0 / (y_b + alpha))
    return np.asarray(delta, dtype=np.float64), np.asarray(z, dtype=np.float64)


@dataclass
class _Counts:
    """Counts of terms per group (sparse: one entry per group and term the group uses)."""

    group: np.ndarray  # group code of each pair
    term: np.ndarray  # term code of each pair
    count: np.ndarray
    docs: np.ndarray
    term_total: np.ndarray  # per term code
    term_docs: np.ndarray
    group_total: np.ndarray  # words per group
    total: int


def _pair_counts(keys: np.ndarray, size: int) -> tuple[np.ndarray, np.ndarray]:
    """Sorted distinct keys and their counts; a dense bincount when the key space is small."""
    if size <= 50_000_000:
        dense = np.bincount(keys, minlength=size)
        nz = np.flatnonzero(dense)
        return nz, dense[nz]
    return np.unique(keys, return_counts=True)


def term_counts(corpus: Corpus, *, stopwords: bool) -> _Counts:
    mask = corpus.content_mask if stopwords else corpus.word_mask
    t = corpus.term_codes[mask]
    g = corpus.group_codes[mask]
    a = corpus.art_codes[mask]
    n_terms, n_groups = len(corpus.vocabulary), corpus.n_groups
    keys, count = _pair_counts(g * n_terms + t, n_groups * n_terms)
    doc_pairs = pd.unique(a * n_terms + t)
    doc_terms = doc_pairs % n_terms
    doc_keys, doc_count = _pair_counts(corpus.groups.article_group[doc_pairs // n_terms] * n_terms + doc_terms,
                                       n_groups * n_terms)
    # Every (group, term) with a use is in exactly one article or more, so the keys coincide.
    docs = doc_count[np.searchsorted(doc_keys, keys)]
    return _Counts(
        group=keys // n_terms, term=keys % n_terms, count=count, docs=docs,
        term_total=np.bincount(t, minlength=n_terms), term_docs=np.bincount(doc_terms, minlength=n_terms),
        group_total=np.bincount(g, minlength=n_groups), total=int(mask.sum()),
    )


def _enough_groups(corpus: Corpus, caller: str) -> bool:
    if corpus.n_groups >= 2:
        return True
    warnings.warn(
        f"{caller}(): there is only {corpus.n_groups} group by {corpus.by!r} "
        f"({', '.join(map(str, corpus.groups.names)) or 'none'}); a comparison needs two or more, so the table is "
        "empty. Choose another by= or add articles from other groups.", stacklevel=3,
    )
    return False


def _versus_rest(corpus: Corpus, counts: _Counts, min_count: int) -> tuple[dict[str, Any], np.ndarray, np.ndarray,
                                                                             np.ndarray, np.ndarray, np.ndarray]:
    """Each group's terms used at least ``min_count`` times in the corpus, against the other groups
    together: the table's shared columns (group, term, counts and documents in the group and in the
    rest), the term codes, the term's count in the group and in the rest, and the words of the group
    and of the rest (the 2x2 table both measures test)."""
    keep = counts.term_total[counts.term] >= min_count
    g, t, in_group = counts.group[keep], counts.term[keep], counts.count[keep].astype(np.float64)
    in_rest = counts.term_total[t] - in_group
    words_group = counts.group_total[g].astype(np.float64)
    words_rest = float(counts.total) - words_group
    columns = {
        "group": corpus.groups.names[g], "term": corpus.vocabulary[t], "count": in_group.astype(np.int64),
        "count_rest": in_rest.astype(np.int64), "docs": counts.docs[keep],
        "docs_rest": counts.term_docs[t] - counts.docs[keep],
    }
    return columns, t, in_group, in_rest, words_group, words_rest


def distinctive_table(corpus: Corpus, counts: _Counts, *, prior_weight: float | None, min_count: int,
                 stopwords: bool) -> pd.DataFrame:
    attrs = corpus.attrs(prior_weight=prior_weight, min_count=min_count, stopwords=stopwords)
    if not _enough_groups(corpus, "distinctive_words"):
        return finish(empty(DISTINCTIVE), DISTINCTIVE, attrs)
    columns, t, y_a, y_b, n_a, n_b = _versus_rest(corpus, counts, min_count)
    total = float(counts.total)
    alpha0 = total if prior_weight is None else float(prior_weight)
    alpha = alpha0 * counts.term_total[t] / total
    delta, z = _log_odds(y_a, y_b, n_a, n_b, alpha, alpha0)
    frame = pd.DataFrame({**columns, "log_odds": delta, "z": z})
    frame = frame.sort_values(["group", "z", "count"], ascending=[True, False, False], kind="stable")
    frame["rank"] = frame.groupby("group", sort=False).cumcount() + 1
    attrs["options"]["prior_weight_used"] = alpha0
    return finish(frame, DISTINCTIVE, attrs)


def _chi2_1_sf(g2: np.ndarray) -> np.ndarray:
    """Upper tail of chi-square with 1 df: erfc(sqrt(x / 2)); numpy has no erfc."""
    erfc = np.frompyfunc(math.erfc, 1, 1)
    return np.asarray(erfc(np.sqrt(np.maximum(g2, 0.0) / 2.0)), dtype=np.float64)


#: Multiple-testing corrections of :func:`keyness`.
CORRECTIONS = ("holm", "bh", "none")


def adjust_p_values(p: Any, method: str = "holm") -> np.ndarray:
    """p-values adjusted for testing many hypotheses at once.

    ``holm`` (Holm 1979) controls the family-wise error rate, the chance of even one false
    keyword; ``bh`` (Benjamini & Hochberg 1995) the false discovery rate, the expected share of
    false keywords among those called significant; ``none`` returns them as they are.

    Example:
        >>> adjust_p_values([0.01, 0.04, 0.03], "holm").round(3).tolist()
        [0.03, 0.06, 0.06]
        >>> adjust_p_values([0.01, 0.04, 0.03], "bh").round(3).tolist()
        [0.03, 0.04, 0.04]
    """
    if method not in CORRECTIONS:
        raise InputError(f"correction={method!r} is not one of {', '.join(map(repr, CORRECTIONS))}")
    values = np.asarray(p, dtype=np.float64)
    m = len(values)
    if method == "none" or m == 0:
        return values.copy()
    order = np.argsort(values, kind="stable")
    ranked = values[order]
    if method == "holm":
        adjusted = np.maximum.accumulate((m - np.arange(m)) * ranked)
    else:  # bh
        adjusted = np.minimum.accumulate(m / np.arange(m, 0, -1) * ranked[::-1])[::-1]
    out = np.empty(m)
    out[order] = np.minimum(adjusted, 1.0)
    return out


def keyness_table(corpus: Corpus, counts: _Counts, *, min_count: int, stopwords: bool,
             correction: str = "holm") -> pd.DataFrame:
    if correction not in CORRECTIONS:
        raise InputError(f"correction={correction!r} is not one of {', '.join(map(repr, CORRECTIONS))}")
    attrs = corpus.attrs(min_count=min_count, stopwords=stopwords, correction=correction)
    if not _enough_groups(corpus, "keyness"):
        return finish(empty(KEYNESS), KEYNESS, attrs)
    columns, _, a, b, c, d = _versus_rest(corpus, counts, min_count)
    total = float(counts.total)
    e1 = c * (a + b) / total
    e2 = d * (a + b) / total
    with np.errstate(divide="ignore", invalid="ignore"):
        g2 = 2.0 * (np.where(a > 0, a * np.log(a / e1), 0.0) + np.where(b > 0, b * np.log(b / e2), 0.0))
        # Hardie (2014): a zero frequency counts as 0.5 so that Log Ratio stays finite.
        log_ratio = np.log2((np.maximum(a, 0.5) / c) / (np.maximum(b, 0.5) / d))
    g2 = np.where(np.isfinite(g2), g2, 0.0)
    frame = pd.DataFrame({
        **columns, "per_10k": a / c * 1e4, "per_10k_rest": b / d * 1e4, "g2": g2, "p_value": _chi2_1_sf(g2), "log_ratio": log_ratio,
    })
    # each group's terms are one family of tests
    frame["p_adjusted"] = frame.groupby("group", sort=False)["p_value"].transform(
        lambda p: adjust_p_values(p.to_numpy(), correction))
    frame["_signed"] = np.where(log_ratio > 0, g2, -g2)
    frame = frame.sort_values(["group", "_signed", "count"], ascending=[True, False, False], kind="stable")
    frame["rank"] = frame.groupby("group", sort=False).cumcount() + 1
    return finish(frame, KEYNESS, attrs)


def distinctive_words(
    tokens: pd.DataFrame | Annotation,
    groups: Groups = None,
    *,
    by: str = "outlet",
    prior_weight: float | None = None,
    min_count: int = 1,
    stopwords: bool = True,
) -> pd.DataFrame:
    """The words that set each group apart from the rest: Fightin' Words log-odds and z-scores.

    For each group and each lemma it uses, the weighted log-odds ratio of the group against all
    other groups together, with an informative Dirichlet prior from the whole corpus (Monroe,
    Colaresi & Quinn 2008, section 3.5): ``alpha_w = prior_weight * share of w in the corpus``.
    The z-score accounts for frequency, so rare words do not top the list by chance; ``|z| > 1.96``
    is the usual threshold. Counts are on lower-cased lemmas (diacritics kept, Serbian Cyrillic in
    Latin); punctuation, numbers and symbols are never counted.

    Args:
        tokens: a TOKENS table, or an :class:`~newskit.annotate.Annotation` (its articles are then
            the groups unless ``groups`` is given).
        groups: the articles (list or ARTICLES table) or a mapping ``article_id -> group``; None when
            ``tokens`` has the ``by`` column.
        by: the article attribute to compare by.
        prior_weight: ``alpha_0``, the weight of the prior in words; None (default) gives it the size
            of the corpus, i.e. the prior counts are the corpus counts, a strong prior that keeps rare
            words from ranking by chance. 0 gives the plain (unsmoothed) log-odds.
        min_count: leave out terms used fewer times in the whole corpus.
        stopwords: leave out closed-class words (ADP, AUX, CCONJ, SCONJ, PART, DET, PRON) where the
            tokens have UPOS, and where they have none (lite tokens) the words of the language's
            function-word lexicon (``lexicons/<lang>/function_words.tsv``: na, po, v, je, in ...).

    Returns:
        A DISTINCTIVE table (:data:`newskit.schemas.DISTINCTIVE`), one row per group and term the group
        uses, sorted by group and descending z (``rank`` 1 first). Empty, with a warning, when there are
        fewer than two groups.

    Raises:
        SchemaError: ``tokens`` is not a TOKENS table.
        InputError: ``groups`` is missing or unusable.

    Example:
        >>> import newskit as nk
        >>> ann = nk.load_corpus()  # doctest: +SKIP
        >>> dw = distinctive_words(ann.tokens, ann.articles)  # doctest: +SKIP
        >>> dw[dw["rank"] <= 3][["group", "term", "z"]]  # doctest: +SKIP
    """
    tokens, groups, own_entities = unpack(tokens, groups)
    corpus = Corpus(tokens, groups, by=by, caller="distinctive_words")
    counts = term_counts(corpus, stopwords=stopwords)
    return distinctive_table(corpus, counts, prior_weight=prior_weight, min_count=min_count, stopwords=stopwords)


def keyness(
    tokens: pd.DataFrame | Annotation,
    groups: Groups = None,
    *,
    by: str = "outlet",
    min_count: int = 1,
    stopwords: bool = True,
    correction: str = "holm",
) -> pd.DataFrame:
    """Keywords of each group against the rest: log-likelihood G2 and Log Ratio, with document frequencies.

    G2 is Dunning's log-likelihood (Rayson & Garside 2000) for the 2x2 table of the term's count
    and all other words in the group and in the rest; ``p_value`` is its chi-square (1 df) tail
    for one term (3.84 ~ p .05, 10.83 ~ p .001), and ``p_adjusted`` the same corrected for the many
    terms tested in the group (``correction``: Holm, the default, or Benjamini-Hochberg; see
    :func:`adjust_p_values`): call a term key where ``p_adjusted < .05``. Log Ratio (Hardie 2014) is the effect size: log2 of the ratio of relative
    frequencies, 1 = twice as frequent; a zero count is taken as 0.5. ``docs`` says in how many
    articles the group uses the term, so a keyword carried by a single article is easy to spot.

    Args:
        tokens: a TOKENS table, or an :class:`~newskit.annotate.Annotation`.
        groups: the articles or a mapping ``article_id -> group`` (see :func:`distinctive_words`).
        by: the article attribute to compare by.
        min_count: leave out terms used fewer times in the whole corpus.
        stopwords: leave out closed-class words (by UPOS, else by the function-word lexicon).
        correction: ``"holm"`` (family-wise error), ``"bh"`` (false discovery rate) or ``"none"``,
            for ``p_adjusted``.

    Returns:
        A KEYNESS table (:data:`newskit.schemas.KEYNESS`), sorted by group and keyness: over-used terms
        by descending G2 first (``rank`` 1), then under-used ones.

    Example:
        >>> import newskit as nk
        >>> ann = nk.load_corpus()  # doctest: +SKIP
        >>> kw = keyness(ann.tokens, ann.articles)  # doctest: +SKIP
    """
    tokens, groups, own_entities = unpack(tokens, groups)
    corpus = Corpus(tokens, groups, by=by, caller="keyness")
    counts = term_counts(corpus, stopwords=stopwords)
    return keyness_table(corpus, counts, min_count=min_count, stopwords=stopwords, correction=correction)
