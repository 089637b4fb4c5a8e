"""Framing across outlets: how groups of articles word, quote and name the same world.

Every measure is a plain function returning a tidy table (schemas in :mod:`newskit.schemas`),
with one row per comparison group and item. The group comes from the articles: pass the
articles (a list of :class:`~newskit.article.Article` or an ARTICLES table) or any mapping
``article_id -> group``, and the column to compare by (``by="outlet"`` by default; any
article attribute, ARTICLES column or ``Article.meta`` key works). The group column of every
table is called ``group``; the column it was taken from is in ``df.attrs["by"]``. An article
without a value for ``by`` is put in the group ``"unknown"``, with a warning.

Measures (each also runs inside :func:`compare_outlets`):

- :func:`distinctive_words`: weighted log-odds with an informative Dirichlet prior and their
  z-scores (Monroe, Colaresi & Quinn 2008, "Fightin' Words"), each group against the rest;
- :func:`keyness`: log-likelihood G2 and Hardie's Log Ratio, with document frequencies;
- :func:`share_of_voice` and :func:`credited_sources`: who is quoted, how much, how directly,
  and which agencies and outlets reports are credited to;
- :func:`naming`: the modifiers, appositions and role nouns attached to each person or
  organisation (``severnokorejski voditelj`` against ``diktator``);
- :func:`reporting_stance`: the classes of reporting verbs (``cue_stance`` of QUOTES);
- :func:`scare_quotes`: short quoted fragments in running text (``v boju proti "sodobnemu
  neonacizmu"``);
- :func:`tone`: a sentiment lexicon (JOB for Slovenian) scored separately for the journalist's
  voice and the quoted voices;
- :func:`contested_terms`: competing names of one thing (``invazija`` / ``vojna`` /
  ``posebna vojaška operacija``) from the lexicons in ``newskit/lexicons/<lang>/``.

Words are counted on lemmas, lower-cased, never ASCII-folded; Serbian Cyrillic is
transliterated to Latin first, so both scripts count as one vocabulary. The work is vectorised
(numpy and pandas group-bys), so the measures run on millions of tokens in seconds.

Example:
    >>> import newskit as nk
    >>> ann = nk.load_corpus("sl-news-suk")  # doctest: +SKIP
    >>> top = nk.distinctive_words(ann.tokens, ann.articles)  # doctest: +SKIP
    >>> top[top.group == "finance.si"].head(3)  # doctest: +SKIP
"""

from __future__ import annotations

import math
import re
import warnings
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple, TypeAlias, cast

import numpy as np
import pandas as pd

from ._version import __version__
from .article import Article
from .errors import InputError
from .language import check_language, language_argument, to_latin, warn_unavailable
from .lexicons import LEXICON_ROOT
from .names import fullest_names
from .quotes.marks import QUOTE_MARKS, is_quote_mark, pair_quote_marks, pairing_texts
from .schemas import (
    CREDITS,
    DISTINCTIVE,
    ENTITIES,
    KEYNESS,
    NAMING,
    QUOTES,
    SCARE_QUOTES,
    SOURCES,
    STANCE,
    TERMS,
    TOKENS,
    TONE,
    VOICES,
    conform,
    empty,
    require,
)

if TYPE_CHECKING:
    from matplotlib.figure import Figure

    from .annotate import Annotation

__all__ = [
    "Comparison",
    "compare_outlets",
    "distinctive_words",
    "group_labels",
    "keyness",
    "adjust_p_values",
    "log_odds_dirichlet",
    "share_of_voice",
    "credited_sources",
    "naming",
    "reporting_stance",
    "scare_quotes",
    "tone",
    "contested_terms",
    "load_contested_terms",
    "load_sentiment_lexicon",
]

#: What a measure accepts as ``groups``: the articles (a list or an ARTICLES table), a
#: Series or mapping ``article_id -> group``, or None when the tokens carry the ``by`` column.
Groups: TypeAlias = "pd.Series | pd.DataFrame | Mapping[str, Any] | Sequence[Article] | None"

UNKNOWN_GROUP = "unknown"
_NON_WORD_UPOS = frozenset({"PUNCT", "NUM", "SYM"})
#: Classes of the function-word lexicon that stand for closed-class words where tokens have no UPOS
#: (the lexicon's ``document`` class, izjava/sporočilo, holds content words and is not among them).
_FUNCTION_CLASSES = ("aux", "aux_12", "complementizer", "complementizer_kept", "conjunction", "determiner",
                     "negation", "object_clitic", "possessive_f", "possessive_m", "possessive_p", "preposition",
                     "pronoun_f", "pronoun_m", "pronoun_n", "pronoun_p", "pronoun_x", "reflexive", "relative",
                     "subordinator", "comparative", "locative", "according")
#: Closed-class parts of speech dropped by ``stopwords=True``.
FUNCTION_UPOS = frozenset({"ADP", "AUX", "CCONJ", "SCONJ", "PART", "DET", "PRON"})
_LETTER = re.compile(r"[^\W\d_]")
_CYRILLIC = re.compile("[\u0400-\u04ff]")


# --------------------------------------------------------------------------------------------
# Groups and the shared token arrays


def _groups_table(groups: Groups, *, by: str, tokens: pd.DataFrame | None, caller: str) -> pd.DataFrame:
    """``article_id, group, language`` (language may be missing) from any accepted ``groups``."""
    if groups is None:
        if tokens is not None and by in tokens.columns:
            frame = tokens[["article_id", by]].drop_duplicates("article_id")
            return pd.DataFrame({"article_id": frame["article_id"].astype(str), "group": frame[by], "language": None})
        raise InputError(
            f"{caller}() needs groups= (the articles, an ARTICLES table or a mapping article_id -> group) "
            f"to compare by {by!r}; the table has no {by!r} column of its own"
        )
    if isinstance(groups, pd.DataFrame):
        if "article_id" not in groups.columns or by not in groups.columns:
            missing = [c for c in ("article_id", by) if c not in groups.columns]
            raise InputError(
                f"{caller}(): groups= is a table without the column(s) {', '.join(missing)}; pass an ARTICLES "
                f"table (newskit.articles_table(articles)) or choose by= among {list(groups.columns)}"
            )
        lang = groups["language"] if "language" in groups.columns else None
        return pd.DataFrame({"article_id": groups["article_id"].astype(str).to_numpy(),
                             "group": groups[by].to_numpy(),
                             "language": None if lang is None else lang.to_numpy()})
    if isinstance(groups, pd.Series):
        return pd.DataFrame({"article_id": groups.index.astype(str), "group": groups.to_numpy(), "language": None})
    if isinstance(groups, Mapping):
        return pd.DataFrame({"article_id": [str(k) for k in groups], "group": list(groups.values()), "language": None})
    if isinstance(groups, (str, bytes)) or not isinstance(groups, Iterable):
        raise InputError(
            f"{caller}(): groups={groups!r} is not usable; pass the articles, an ARTICLES table or a mapping "
            "article_id -> group"
        )
    rows = []
    arts = list(groups)
    for art in arts:
        if not isinstance(art, Article):
            raise InputError(
                f"{caller}(): groups= holds a {type(art).__name__}, expected Article records; pass the articles, "
                "an ARTICLES table or a mapping article_id -> group"
            )
    if arts and not hasattr(arts[0], by) and not any(by in a.meta for a in arts):
        fields = ["outlet", "language", "published", "authors", "script", "url", "title"]
        extra = sorted({k for a in arts for k, v in a.meta.items()
                        if isinstance(v, (str, int, float)) and k not in ("source_path", "annotated")})
        raise InputError(
            f"{caller}(): by={by!r} is not an attribute of these articles; choose one of "
            f"{', '.join(fields + [k for k in extra if k not in fields])}"
        )
    for art in arts:
        value = getattr(art, by) if hasattr(art, by) else art.meta.get(by)
        if isinstance(value, tuple):  # authors
            value = "; ".join(value)
        rows.append((art.article_id, value, art.language))
    return pd.DataFrame(rows, columns=["article_id", "group", "language"])


def group_labels(articles: Groups, *, by: str = "outlet") -> list[str]:
    """The group label of each article by ``by``, as the framing tables name groups (``unknown`` where missing).

    Raises:
        InputError: ``by`` is an attribute no article has (the message lists the ones there are).

    Example:
        >>> import newskit as nk
        >>> group_labels([nk.load_example()], by="language")
        ['sl']
    """
    table = _groups_table(articles, by=by, tokens=None, caller="group_labels")
    return [_label(v) or UNKNOWN_GROUP for v in table["group"]]


def _grouping(groups: Groups, by: str) -> str:
    """What the groups are, for titles and ``attrs["by"]``: ``by``, or ``group`` for the user's own mapping."""
    return "group" if isinstance(groups, Mapping) else by


def _unpack(tokens: Any, groups: Groups) -> tuple[pd.DataFrame, Groups, pd.DataFrame | None]:
    """A measure's ``tokens``: a TOKENS table, or an :class:`~newskit.annotate.Annotation`, whose
    articles then are the groups (unless given) and whose entities come along."""
    if hasattr(tokens, "tokens") and hasattr(tokens, "articles") and hasattr(tokens, "entities"):
        return tokens.tokens, (tokens.articles if groups is None else groups), tokens.entities
    return tokens, groups, None


def _articles_of(groups: Groups) -> list[Article] | None:
    """The Article records among ``groups``, for stages that read the articles' text."""
    if isinstance(groups, (list, tuple)) and groups and all(isinstance(a, Article) for a in groups):
        return list(groups)
    return None


def _label(value: Any) -> str | None:
    if value is None or (not isinstance(value, (list, tuple)) and pd.isna(value)):
        return None
    if isinstance(value, pd.Timestamp) or hasattr(value, "isoformat"):
        text = value.isoformat()
        return text[:10] if text.endswith("T00:00:00") else text
    text = str(value).strip()
    return text or None


class _Groups:
    """Article ids, their group codes and languages, for one comparison."""

    def __init__(self, groups: Groups, *, by: str, article_ids: pd.Index, tokens: pd.DataFrame | None, caller: str):
        table = _groups_table(groups, by=by, tokens=tokens, caller=caller).drop_duplicates("article_id")
        table = table.set_index("article_id")
        labels = table["group"].map(_label).reindex(article_ids)
        missing = labels.isna()
        if missing.any():
            some = ", ".join(map(str, article_ids[missing.to_numpy()][:3]))
            warnings.warn(
                f"{caller}(): {int(missing.sum())} article(s) have no {by!r} ({some} ...); they form the group "
                f"{UNKNOWN_GROUP!r}", stacklevel=3,
            )
            labels = labels.fillna(UNKNOWN_GROUP)
        codes, names = pd.factorize(labels.to_numpy(dtype=object), sort=True)
        self.by = _grouping(groups, by)
        self.article_ids = article_ids
        self.article_group = codes.astype(np.int64)
        self.names = np.asarray(names, dtype=object)
        lang = table["language"].reindex(article_ids) if "language" in table else pd.Series(index=article_ids)
        self.article_language = lang.map(lambda x: check_language(x) if isinstance(x, str) and x else None).to_numpy(
            dtype=object)



def _table_groups(table: pd.DataFrame, groups: Groups, by: str, caller: str) -> np.ndarray:
    """The group of each row of a table with an ``article_id`` column (quotes, sources); ``groups``
    may be None when the table has the ``by`` column itself."""
    ids = table["article_id"].astype(str)
    grp = _Groups(groups, by=by, article_ids=pd.Index(pd.unique(ids.to_numpy(dtype=object))), tokens=table,
                  caller=caller)
    return grp.names[grp.article_group[grp.article_ids.get_indexer(pd.Index(ids))]]


class _Corpus:
    """The token columns the measures need, as integer codes computed once per comparison.

    Strings are factorized column-wise (fast on Arrow-backed columns) and never turned into
    millions of Python objects; a measure that needs the words themselves takes them at the few
    positions it looks at (:meth:`take`).
    """

    def __init__(self, tokens: pd.DataFrame, groups: Groups, *, by: str, caller: str):
        require(tokens, TOKENS, caller=caller)
        self.tokens = tokens
        self.n = len(tokens)
        art_codes, art_ids = pd.factorize(tokens["article_id"].astype("string").fillna(""))
        self.art_codes = art_codes.astype(np.int64)
        self.groups = _Groups(groups, by=by, article_ids=pd.Index(np.asarray(art_ids, dtype=object), dtype=object),
                              tokens=tokens, caller=caller)
        self.group_codes = self.groups.article_group[self.art_codes] if self.n else np.zeros(0, dtype=np.int64)

    @property
    def by(self) -> str:
        return self.groups.by

    @property
    def n_groups(self) -> int:
        return len(self.groups.names)

    def take(self, column: str, positions: np.ndarray) -> np.ndarray:
        """A column's values at ``positions``, as Python objects (None where missing)."""
        return _objects(self.tokens[column].iloc[positions])

    @cached_property
    def _upos(self) -> tuple[np.ndarray, list[str]]:
        codes, names = pd.factorize(self.tokens["upos"])
        return codes.astype(np.int64), [str(x) for x in names]

    def upos_in(self, tags: Iterable[str]) -> np.ndarray:
        """Tokens whose UPOS is one of ``tags`` (False where there is no UPOS)."""
        codes, names = self._upos
        wanted = [i for i, name in enumerate(names) if name in set(tags)]
        return np.isin(codes, wanted)

    @property
    def tagged(self) -> np.ndarray:
        """Tokens with a UPOS."""
        return self._upos[0] >= 0

    @cached_property
    def sentence(self) -> np.ndarray:
        return self.tokens["sentence"].to_numpy(dtype=np.int64)

    @cached_property
    def sentence_key(self) -> np.ndarray:
        """One integer per (article, sentence)."""
        return self.art_codes * (int(self.sentence.max(initial=0)) + 1) + self.sentence

    @cached_property
    def _vocabulary(self) -> tuple[np.ndarray, np.ndarray]:
        lemma = self.tokens["lemma"].astype("string")
        raw = lemma.mask(lemma.isna() | (lemma == ""), self.tokens["text"].astype("string")).fillna("")
        langs = self.groups.article_language
        if {"mk", "bg"} & {x for x in langs if x}:
            # Only Serbian is one language in two scripts; Macedonian and Bulgarian keep theirs.
            other = np.array([x not in ("sr", None) for x in langs], dtype=bool)[self.art_codes]
            raw = raw.mask(other, "\x01" + raw)
        codes, uniques = pd.factorize(raw)
        normal = np.array([_normalise(str(u)) for u in uniques], dtype=object)
        merged, vocab = pd.factorize(normal)
        return merged[codes].astype(np.int64), np.asarray(vocab, dtype=object)

    @property
    def term_codes(self) -> np.ndarray:
        return self._vocabulary[0]

    @property
    def vocabulary(self) -> np.ndarray:
        return self._vocabulary[1]

    @cached_property
    def word_mask(self) -> np.ndarray:
        """Tokens that are words: not punctuation, numbers or symbols, and with a letter in them."""
        has_letter = np.fromiter((bool(_LETTER.search(t)) for t in self.vocabulary), dtype=bool,
                                 count=len(self.vocabulary))
        mask = has_letter[self.term_codes] if self.n else np.zeros(0, dtype=bool)
        return mask & ~self.upos_in(_NON_WORD_UPOS)

    @cached_property
    def content_mask(self) -> np.ndarray:
        """Words that are not function words: by UPOS where the tokens have it, else (lite tokens)
        by the language's function-word lexicon (``lexicons/<lang>/function_words.tsv``)."""
        mask = self.word_mask & ~self.upos_in(FUNCTION_UPOS)
        untagged = ~self.tagged & mask
        if untagged.any():
            mask &= ~(untagged & self._lexicon_function_words())
        return mask

    def _lexicon_function_words(self) -> np.ndarray:
        """Tokens whose form or lemma is a function word of their article's language."""
        langs = [x for x in self.groups.article_language if x]
        fallback = Counter(langs).most_common(1)[0][0] if langs else "sl"
        art_lang = np.array([x or fallback for x in self.groups.article_language], dtype=object)
        token_lang = art_lang[self.art_codes]
        form_codes, forms = pd.factorize(self.tokens["text"].astype("string").fillna("").str.lower())
        out = np.zeros(self.n, dtype=bool)
        for lang in set(art_lang.tolist()):
            words = _function_words(str(lang), *_FUNCTION_CLASSES)
            if not words:
                continue
            words = frozenset(to_latin(w, language="sr") for w in words) | words
            in_lang = token_lang == lang
            by_form = np.isin(form_codes, [i for i, f in enumerate(forms) if f in words or to_latin(f, language="sr") in words])
            by_lemma = np.isin(self.term_codes, [i for i, t in enumerate(self.vocabulary) if t in words])
            # the lemmas of those forms too (bili, bodo -> biti), as UPOS would tag them
            by_lemma |= np.isin(self.term_codes, np.unique(self.term_codes[in_lang & by_form]))
            out |= in_lang & (by_form | by_lemma)
        return out

    def attrs(self, **options: Any) -> dict[str, Any]:
        return {
            "newskit_version": __version__,
            "annotator": self.tokens.attrs.get("annotator"),
            "model": self.tokens.attrs.get("model"),
            "by": self.by,
            "options": options,
        }


def _objects(column: pd.Series) -> np.ndarray:
    """A column as an object array with None where a value is missing."""
    values = column.to_numpy(dtype=object, copy=True)  # pandas may hand out a read-only view otherwise
    values[pd.isna(values)] = None
    return values


def _normalise(term: str) -> str:
    """Lower case, diacritics kept; Serbian Cyrillic to Latin (a leading \\x01 marks a word of a
    Macedonian or Bulgarian article, which keeps its script)."""
    if term.startswith("\x01"):
        return term[1:].lower()
    return (to_latin(term, language="sr") if _CYRILLIC.search(term) else term).lower()


def _finish(rows: pd.DataFrame | dict | list, schema: Mapping[str, str], attrs: dict[str, Any]) -> pd.DataFrame:
    out = conform(rows, schema)
    out.attrs.update(attrs)
    return out


# --------------------------------------------------------------------------------------------
# Distinctive words and keyness


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


def _term_counts(corpus: _Corpus, *, stopwords: bool) -> _Counts:
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


def _enough_groups(corpus: _Corpus, caller: str) -> bool:
    if corpus.n_groups >= 2:
        return True
    warnings.warn(
        f"{caller}(): there is only {corpus.n_groups} group by {corpus.by!r} "
        f"({', '.join(map(str, corpus.groups.names)) or 'none'}); a comparison needs two or more, so the table is "
        "empty. Choose another by= or add articles from other groups.", stacklevel=3,
    )
    return False


def _distinctive(corpus: _Corpus, counts: _Counts, *, prior_weight: float | None, min_count: int,
                 stopwords: bool) -> pd.DataFrame:
    attrs = corpus.attrs(prior_weight=prior_weight, min_count=min_count, stopwords=stopwords)
    if not _enough_groups(corpus, "distinctive_words"):
        return _finish(empty(DISTINCTIVE), DISTINCTIVE, attrs)
    keep = counts.term_total[counts.term] >= min_count
    g, t, y_a = counts.group[keep], counts.term[keep], counts.count[keep].astype(np.float64)
    total = float(counts.total)
    y_b = counts.term_total[t] - y_a
    n_a = counts.group_total[g].astype(np.float64)
    n_b = total - n_a
    alpha0 = total if prior_weight is None else float(prior_weight)
    alpha = alpha0 * counts.term_total[t] / total
    delta, z = _log_odds(y_a, y_b, n_a, n_b, alpha, alpha0)
    frame = pd.DataFrame({
        "group": corpus.groups.names[g], "term": corpus.vocabulary[t], "count": y_a.astype(np.int64),
        "count_rest": y_b.astype(np.int64), "docs": counts.docs[keep],
        "docs_rest": counts.term_docs[t] - counts.docs[keep], "log_odds": delta, "z": z,
    })
    frame = frame.sort_values(["group", "z", "count"], ascending=[True, False, False], kind="stable")
    frame["rank"] = frame.groupby("group", sort=False).cumcount() + 1
    attrs["options"]["prior_weight_used"] = alpha0
    return _finish(frame, DISTINCTIVE, attrs)


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


def _keyness(corpus: _Corpus, counts: _Counts, *, min_count: int, stopwords: bool,
             correction: str = "holm") -> pd.DataFrame:
    if correction not in CORRECTIONS:
        raise InputError(f"correction={correction!r} is not one of {', '.join(map(repr, CORRECTIONS))}")
    attrs = corpus.attrs(min_count=min_count, stopwords=stopwords, correction=correction)
    if not _enough_groups(corpus, "keyness"):
        return _finish(empty(KEYNESS), KEYNESS, attrs)
    keep = counts.term_total[counts.term] >= min_count
    g, t, a = counts.group[keep], counts.term[keep], counts.count[keep].astype(np.float64)
    total = float(counts.total)
    b = counts.term_total[t] - a
    c = counts.group_total[g].astype(np.float64)
    d = total - c
    e1 = c * (a + b) / total
    e2 = d * (a + b) / total
    with np.errstate(divide="ignore", invalid="ignore"):
        g2 = 2.0 * (np.where(a > 0, a * np.log(a / e1), 0.0) + np.where(b > 0, b * np.log(b / e2), 0.0))
        # Hardie (2014): a zero frequency counts as 0.5 so that Log Ratio stays finite.
        log_ratio = np.log2((np.maximum(a, 0.5) / c) / (np.maximum(b, 0.5) / d))
    g2 = np.where(np.isfinite(g2), g2, 0.0)
    frame = pd.DataFrame({
        "group": corpus.groups.names[g], "term": corpus.vocabulary[t], "count": a.astype(np.int64),
        "count_rest": b.astype(np.int64), "docs": counts.docs[keep], "docs_rest": counts.term_docs[t] - counts.docs[keep],
        "per_10k": a / c * 1e4, "per_10k_rest": b / d * 1e4, "g2": g2, "p_value": _chi2_1_sf(g2), "log_ratio": log_ratio,
    })
    # each group's terms are one family of tests
    frame["p_adjusted"] = frame.groupby("group", sort=False)["p_value"].transform(
        lambda p: adjust_p_values(p.to_numpy(), correction))
    frame["_signed"] = np.where(log_ratio > 0, g2, -g2)
    frame = frame.sort_values(["group", "_signed", "count"], ascending=[True, False, False], kind="stable")
    frame["rank"] = frame.groupby("group", sort=False).cumcount() + 1
    return _finish(frame, KEYNESS, attrs)


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
    tokens, groups, own_entities = _unpack(tokens, groups)
    corpus = _Corpus(tokens, groups, by=by, caller="distinctive_words")
    counts = _term_counts(corpus, stopwords=stopwords)
    return _distinctive(corpus, counts, prior_weight=prior_weight, min_count=min_count, stopwords=stopwords)


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
    tokens, groups, own_entities = _unpack(tokens, groups)
    corpus = _Corpus(tokens, groups, by=by, caller="keyness")
    counts = _term_counts(corpus, stopwords=stopwords)
    return _keyness(corpus, counts, min_count=min_count, stopwords=stopwords, correction=correction)


# --------------------------------------------------------------------------------------------
# Voices, credits and stance (from QUOTES)


def _unify_names(names: pd.Series) -> pd.Series:
    """``names`` with each short form replaced by its fuller form among them (see :func:`newskit.names.fullest_names`)."""
    mapping = fullest_names(Counter(str(n) for n in names.dropna() if str(n)))
    return names.map(lambda n: mapping.get(n, n) if isinstance(n, str) else n)


def _quote_words(quotes: pd.DataFrame) -> np.ndarray:
    return quotes["text"].fillna("").str.count(r"\w+").to_numpy(dtype=np.int64)


def share_of_voice(quotes: pd.DataFrame, groups: Groups = None, *, by: str = "outlet") -> pd.DataFrame:
    """Who gets a voice in each group: quotes and quoted words per speaker, direct versus indirect.

    Speakers are the QUOTES ``speaker`` (fullest form in the article); a short form used in some
    articles is merged with the one longer form of the corpus that contains it (``Putin`` ->
    ``Vladimir Putin``). Unattributed quotes keep a missing speaker, so the quotes of each group add
    up to the group's total.

    Args:
        quotes: a QUOTES table (:func:`newskit.extract_quotes`).
        groups: the articles or a mapping ``article_id -> group`` (None when ``quotes`` has a ``by`` column).
        by: the article attribute to compare by.

    Returns:
        A VOICES table (:data:`newskit.schemas.VOICES`), sorted by group and descending quotes.

    Example:
        >>> import newskit as nk
        >>> ann = nk.load_corpus()  # doctest: +SKIP
        >>> voices = share_of_voice(nk.extract_quotes(ann.tokens), ann.articles)  # doctest: +SKIP
    """
    require(quotes, QUOTES, caller="share_of_voice")
    labels = _table_groups(quotes, groups, by, "share_of_voice")
    attrs = {"newskit_version": __version__, "by": _grouping(groups, by), "options": {}}
    if not len(quotes):
        return _finish(empty(VOICES), VOICES, attrs)
    kind = quotes["kind"].astype("string").fillna("")
    frame = pd.DataFrame({
        "group": labels,
        "speaker": _objects(_unify_names(quotes["speaker"].astype("string"))),
        "speaker_type": quotes["speaker_type"].astype("string").fillna("unknown").to_numpy(dtype=object),
        "article_id": quotes["article_id"].astype(str).to_numpy(),
        "direct": (kind == "direct").to_numpy(dtype=np.int64),
        "indirect": (kind == "indirect").to_numpy(dtype=np.int64),
        "mixed": (kind == "mixed").to_numpy(dtype=np.int64),
        "words": _quote_words(quotes),
    })
    out = frame.groupby(["group", "speaker", "speaker_type"], dropna=False, sort=False).agg(
        quotes=("article_id", "size"), direct=("direct", "sum"), indirect=("indirect", "sum"), mixed=("mixed", "sum"),
        words=("words", "sum"), articles=("article_id", "nunique"),
    ).reset_index()
    totals = out.groupby("group")[["quotes", "words"]].transform("sum")
    out["share_quotes"] = out["quotes"] / totals["quotes"]
    out["share_words"] = (out["words"] / totals["words"].where(totals["words"] > 0)).fillna(0.0)
    out = out.sort_values(["group", "quotes", "words"], ascending=[True, False, False], kind="stable")
    return _finish(out, VOICES, attrs)


def credited_sources(
    quotes: pd.DataFrame | None,
    groups: Groups = None,
    *,
    sources: pd.DataFrame | None = None,
    by: str = "outlet",
) -> pd.DataFrame:
    """The agencies and outlets each group credits: quotes attributed to them and credit lines.

    ``quotes`` counts QUOTES rows whose ``source`` is the agency or outlet (``poroča AFP``);
    ``credits`` counts rows of a SOURCES table (:func:`newskit.extract_sources`), which also holds
    photo credits (``Foto: Xinhua/STA``). Either table may be None.

    Returns:
        A CREDITS table (:data:`newskit.schemas.CREDITS`), sorted by group and descending use.

    Example:
        >>> import newskit as nk
        >>> ann = nk.load_corpus()  # doctest: +SKIP
        >>> credited_sources(nk.extract_quotes(ann.tokens), ann.articles)  # doctest: +SKIP
    """
    parts = []
    if quotes is not None:
        require(quotes, QUOTES, caller="credited_sources")
        q = quotes[quotes["source"].notna() & (quotes["source"].astype("string").str.strip() != "")]
        labels = _table_groups(q, groups, by, "credited_sources")
        parts.append(pd.DataFrame({"group": labels, "source": q["source"].astype(str).str.strip().to_numpy(),
                                   "article_id": q["article_id"].astype(str).to_numpy(), "quotes": 1, "credits": 0}))
    if sources is not None:
        require(sources, SOURCES, caller="credited_sources")
        s = sources[sources["source"].notna()]
        labels = _table_groups(s, groups, by, "credited_sources")
        parts.append(pd.DataFrame({"group": labels, "source": s["source"].astype(str).str.strip().to_numpy(),
                                   "article_id": s["article_id"].astype(str).to_numpy(), "quotes": 0, "credits": 1}))
    attrs = {"newskit_version": __version__, "by": _grouping(groups, by), "options": {}}
    parts = [p for p in parts if len(p)]
    if not parts:
        return _finish(empty(CREDITS), CREDITS, attrs)
    frame = pd.concat(parts, ignore_index=True)
    out = frame.groupby(["group", "source"], sort=False).agg(
        quotes=("quotes", "sum"), credits=("credits", "sum"), articles=("article_id", "nunique")).reset_index()
    out["_total"] = out["quotes"] + out["credits"]
    out = out.sort_values(["group", "_total", "source"], ascending=[True, False, True], kind="stable")
    return _finish(out, CREDITS, attrs)


def reporting_stance(quotes: pd.DataFrame, groups: Groups = None, *, by: str = "outlet") -> pd.DataFrame:
    """How each group introduces quotes: counts of reporting verbs and their stance class.

    The class is the QUOTES ``cue_stance`` (from the reporting-verb lexicon of
    :func:`newskit.extract_quotes`: neutral ``dejati``, emphatic ``poudariti``, distancing
    ``trditi`` ...). Quotes without a cue or whose cue has no class count as ``unknown``, so the
    quotes of each group add up to its total.

    Returns:
        A STANCE table (:data:`newskit.schemas.STANCE`), one row per group, class and cue lemma.

    Example:
        >>> import newskit as nk
        >>> ann = nk.load_corpus()  # doctest: +SKIP
        >>> st = reporting_stance(nk.extract_quotes(ann.tokens), ann.articles)  # doctest: +SKIP
        >>> st.groupby(["group", "cue_stance"])["share"].sum()  # doctest: +SKIP
    """
    require(quotes, QUOTES, caller="reporting_stance")
    labels = _table_groups(quotes, groups, by, "reporting_stance")
    attrs = {"newskit_version": __version__, "by": _grouping(groups, by), "options": {}}
    if not len(quotes):
        return _finish(empty(STANCE), STANCE, attrs)
    stance = quotes["cue_stance"].astype("string").str.strip()
    stance = stance.mask(stance == "").fillna("unknown")
    frame = pd.DataFrame({"group": labels, "cue_stance": stance.to_numpy(dtype=object),
                          "cue": _objects(quotes["cue"].astype("string"))})
    out = frame.groupby(["group", "cue_stance", "cue"], dropna=False, sort=False).size().rename("quotes").reset_index()
    out["share"] = out["quotes"] / out.groupby("group")["quotes"].transform("sum")
    out = out.sort_values(["group", "cue_stance", "quotes"], ascending=[True, True, False], kind="stable")
    return _finish(out, STANCE, attrs)


# --------------------------------------------------------------------------------------------
# Quote spans over tokens (tone by voice, scare quotes inside reported statements)


def _quote_intervals(quotes: pd.DataFrame, article_ids: pd.Index) -> pd.DataFrame:
    """One row per character span of each quote: ``art`` (code), ``start``, ``end``, ``row`` (quote position)."""
    if not len(quotes):
        return pd.DataFrame({"art": [], "start": [], "end": [], "row": []}, dtype=np.int64)
    spans = quotes["spans"].astype("string")
    fallback = quotes["start_char"].astype(str) + ":" + quotes["end_char"].astype(str)
    spans = spans.where(spans.notna() & (spans.str.strip() != ""), fallback)
    frame = pd.DataFrame({"art": article_ids.get_indexer(pd.Index(quotes["article_id"].astype(str))),
                          "span": spans.str.split(";").to_numpy(dtype=object), "row": np.arange(len(quotes))})
    frame = frame.explode("span")
    bounds = frame["span"].astype(str).str.extract(r"^\s*(\d+)\s*:\s*(\d+)\s*$")
    frame["start"] = pd.to_numeric(bounds[0], errors="coerce")
    frame["end"] = pd.to_numeric(bounds[1], errors="coerce")
    frame = frame[(frame["art"] >= 0) & frame["start"].notna() & frame["end"].notna()]
    return frame[["art", "start", "end", "row"]].astype(np.int64).reset_index(drop=True)


def _locate(intervals: pd.DataFrame, art: np.ndarray, start: np.ndarray, end: np.ndarray) -> np.ndarray:
    """For each item (article code, start, end): the ``row`` of a quote span containing it, or -1.

    Spans are merged when they overlap, keeping the first quote's row; a token is inside a span
    when it starts within it.
    """
    out = np.full(len(art), -1, dtype=np.int64)
    if not len(intervals) or not len(art):
        return out
    stride = int(max(intervals["end"].max(), end.max(initial=0))) + 2
    iv = intervals.assign(ks=intervals["art"] * stride + intervals["start"],
                          ke=intervals["art"] * stride + intervals["end"]).sort_values(["ks", "ke"])
    ks, ke, rows = iv["ks"].to_numpy(), iv["ke"].to_numpy(), iv["row"].to_numpy()
    # Merge overlapping spans: a span starts a new block when it begins after every earlier end.
    reach = np.maximum.accumulate(ke)
    new_block = np.ones(len(ks), dtype=bool)
    new_block[1:] = ks[1:] >= reach[:-1]
    block_start, block_end = ks[new_block], np.maximum.reduceat(ke, np.flatnonzero(new_block))
    block_row = rows[new_block]
    key = art.astype(np.int64) * stride + start
    pos = np.searchsorted(block_start, key, side="right") - 1
    ok = (pos >= 0) & (art >= 0)
    ok[ok] &= key[ok] < block_end[pos[ok]]
    out[ok] = block_row[pos[ok]]
    return out


# --------------------------------------------------------------------------------------------
# Tone


JOB_URL = "https://www.clarin.si/repository/xmlui/bitstream/handle/11356/1112/Slovene_sentiment_lexicon_JOB.txt"
JOB_SHA256 = "85986d733c4eaff0158ca2e352e74563c0aedc6022f497a45bb77ddeeeac77f9"
JOB_FILE = "job-lexicon/Slovene_sentiment_lexicon_JOB.txt"


def load_sentiment_lexicon(path: str | Path | None = None, *, column: str = "AFINN") -> pd.Series:
    """The Slovenian JOB sentiment lexicon: a score from -5 to +5 for 25,524 lemmas.

    JOB 1.0 (Bučar 2017; CC BY-SA 4.0; CLARIN.SI http://hdl.handle.net/11356/1112) gives each
    lemma AFINN-style scores derived from the SentiNews corpus of Slovenian news. newskit does
    not ship it: it is read from ``path``, else from ``$NEWSKIT_DATA/job-lexicon/``, else downloaded once into
    newskit's cache and checked against its SHA-256. Cite Bučar (2017) when you publish scores.

    Args:
        path: the lexicon file (tab-separated, columns ``Word, AFINN, freq, avg_AFINN, sd_AFINN``).
        column: ``AFINN`` (integer, default) or ``avg_AFINN`` (mean over the corpus, a float).

    Returns:
        A float Series indexed by lower-case lemma, named ``score``; its ``attrs`` carry the source
        and licence.

    Raises:
        InputError: the file lacks the columns. DownloadError / ChecksumError: no copy and the
        download failed or was corrupt.

    Example:
        >>> lex = load_sentiment_lexicon()  # doctest: +SKIP
        >>> lex["diktator"], lex["prijateljstvo"]  # doctest: +SKIP
        (-1.0, 1.0)
    """
    from .datasets import data_file

    file = Path(path) if path is not None else data_file(JOB_FILE, url=JOB_URL, sha256=JOB_SHA256)
    try:
        table = pd.read_csv(file, sep="\t", dtype={"Word": str}, keep_default_na=False, encoding="utf-8")
    except (OSError, ValueError) as exc:
        raise InputError(f"{file}: cannot read the sentiment lexicon ({exc})") from None
    if "Word" not in table.columns or column not in table.columns:
        raise InputError(
            f"{file}: a sentiment lexicon needs the columns Word and {column}; it has {list(table.columns)}"
        )
    table = table.drop_duplicates("Word")
    scores = pd.Series(pd.to_numeric(table[column], errors="coerce").to_numpy(dtype=np.float64),
                       index=table["Word"].str.lower().to_numpy(), name="score").dropna()
    scores = scores[~scores.index.duplicated()]
    scores.attrs.update({"source": str(file), "name": "JOB 1.0", "licence": "CC BY-SA 4.0",
                         "citation": "Bučar, J. (2017). Slovene sentiment lexicon JOB 1.0. CLARIN.SI, "
                                     "http://hdl.handle.net/11356/1112", "column": column})
    return scores


def _lexicon_series(lexicon: pd.Series | Mapping[str, float] | str | Path | None) -> pd.Series:
    if lexicon is None:
        return load_sentiment_lexicon()
    if isinstance(lexicon, (str, Path)):
        # a path: read as the JOB lexicon is (Word and AFINN columns)
        return load_sentiment_lexicon(lexicon)
    if isinstance(lexicon, pd.DataFrame) or not isinstance(lexicon, (pd.Series, Mapping)):
        raise InputError(
            f"lexicon= is a {type(lexicon).__name__}; give a path to a lexicon file, a Series or mapping "
            f"lemma -> score, or what newskit.load_sentiment_lexicon(path) returns"
        )
    try:
        series = lexicon if isinstance(lexicon, pd.Series) else pd.Series(dict(lexicon), dtype=np.float64)
    except (TypeError, ValueError) as exc:
        raise InputError(f"lexicon= must map lemmas to numeric scores ({exc}); "
                         f"read a file with newskit.load_sentiment_lexicon(path)") from None
    series = pd.Series(series.to_numpy(dtype=np.float64), index=[_normalise(str(k)) for k in series.index])
    return series[~series.index.duplicated()]


def _tone(corpus: _Corpus, quotes: pd.DataFrame | None, lexicon: pd.Series, *, language: str | None) -> pd.DataFrame:
    attrs = corpus.attrs(lexicon=lexicon.attrs.get("name", "user lexicon"), language=language,
                         voices="journalist/quoted" if quotes is not None else "all")
    scores = lexicon.reindex(corpus.vocabulary).to_numpy(dtype=np.float64)
    scores = np.nan_to_num(scores, nan=0.0)
    mask = corpus.word_mask.copy()
    if language is not None:
        langs = corpus.groups.article_language
        other = np.array([x is not None and x != language for x in langs], dtype=bool)
        if other.any():
            warnings.warn(
                f"tone(): the lexicon is for {language!r}; {int(other.sum())} article(s) in other languages are "
                "left out", stacklevel=3)
            mask &= ~other[corpus.art_codes]
    if quotes is not None:
        require(quotes, QUOTES, caller="tone")
        intervals = _quote_intervals(quotes, corpus.groups.article_ids)
        quoted = _locate(intervals, corpus.art_codes, corpus.tokens["start_char"].to_numpy(dtype=np.int64),
                         corpus.tokens["end_char"].to_numpy(dtype=np.int64)) >= 0
        voice = quoted.astype(np.int64)
        names = np.array(["journalist", "quoted"], dtype=object)
    else:
        voice = np.zeros(corpus.n, dtype=np.int64)
        names = np.array(["all"], dtype=object)
    art, v = corpus.art_codes[mask], voice[mask]
    s = scores[corpus.term_codes[mask]]
    n_v = len(names)
    key = art * n_v + v
    size = len(corpus.groups.article_ids) * n_v
    words = np.bincount(key, minlength=size)
    matched = np.bincount(key, weights=(s != 0), minlength=size)
    positive = np.bincount(key, weights=(s > 0), minlength=size)
    negative = np.bincount(key, weights=(s < 0), minlength=size)
    total = np.bincount(key, weights=s, minlength=size)
    per_article = pd.DataFrame({
        "group": np.repeat(corpus.groups.names[corpus.groups.article_group], n_v),
        "voice": np.tile(names, len(corpus.groups.article_ids)),
        "words": words, "matched": matched, "positive": positive, "negative": negative, "score": total,
    })
    per_article = per_article[per_article["words"] > 0]
    per_article["tone"] = per_article["score"] / per_article["words"] * 100.0
    out = per_article.groupby(["group", "voice"], sort=True).agg(
        articles=("words", "size"), words=("words", "sum"), matched=("matched", "sum"), positive=("positive", "sum"),
        negative=("negative", "sum"), score=("score", "sum"), _sd=("tone", "std"),
    ).reset_index()
    out["tone"] = out["score"] / out["words"] * 100.0
    out["tone_se"] = out["_sd"] / np.sqrt(out["articles"])
    for col in ("matched", "positive", "negative"):
        out[col] = out[col].round().astype(np.int64)
    return _finish(out, TONE, attrs)


def tone(
    tokens: pd.DataFrame | Annotation,
    groups: Groups = None,
    *,
    quotes: pd.DataFrame | None = None,
    lexicon: pd.Series | Mapping[str, float] | str | Path | None = None,
    by: str = "outlet",
    language: str | None = "sl",
) -> pd.DataFrame:
    """Tone of each group from a sentiment lexicon, the journalist's voice apart from the quoted voices.

    Each word's lemma gets its lexicon score (0 when absent). With ``quotes``, words inside a
    quote's spans (any kind: direct, indirect, mixed) are the quoted voice and all others the
    journalist's; without, every word is ``all``. ``tone`` is the sum of scores per 100 words;
    ``tone_se`` is the standard error of the per-article tone, so outlets can be compared with the
    article as the unit.

    Args:
        tokens: a TOKENS table.
        groups: the articles or a mapping ``article_id -> group``.
        quotes: a QUOTES table, to split the voices.
        lexicon: lemma -> score (a Series or mapping), or the path of a lexicon file with ``Word``
            and ``AFINN`` columns (read by :func:`load_sentiment_lexicon`); default: JOB, Slovenian.
        by: the article attribute to compare by.
        language: the lexicon's language; articles known to be in another language are left out
            (with a warning). None scores every article.

    Returns:
        A TONE table (:data:`newskit.schemas.TONE`), one row per group and voice.

    Example:
        >>> import newskit as nk
        >>> ann = nk.load_corpus()  # doctest: +SKIP
        >>> tone(ann.tokens, ann.articles, quotes=nk.extract_quotes(ann.tokens))  # doctest: +SKIP
    """
    tokens, groups, own_entities = _unpack(tokens, groups)
    corpus = _Corpus(tokens, groups, by=by, caller="tone")
    return _tone(corpus, quotes, _lexicon_series(lexicon), language=check_language(language, argument="language"))


# --------------------------------------------------------------------------------------------
# Contested terms


def load_contested_terms(language: str = "sl", *, lang: str | None = None) -> pd.DataFrame:
    """The contested-terms lexicon of a language: ``concept, term, frame, context, gloss``.

    Files live in ``newskit/lexicons/<lang>/contested_terms.tsv`` (see the README there). ``term``
    and ``context`` are lemmas as CLASSLA gives them, lower-case, words separated by spaces;
    ``context`` lists, ``|``-separated, lemmas one of which must occur in the same sentence for a
    use to count (empty: always counts).

    Raises:
        UnsupportedLanguageError: no such language. InputError: no lexicon for the language.

    Example:
        >>> load_contested_terms("sl").query("concept == 'war_in_ukraine'")["term"].tolist()[:3]
        ['invazija', 'agresija', 'vojna']
    """
    language = str(language_argument(language, lang, caller="load_contested_terms"))
    code = check_language(language, argument="language")
    path = LEXICON_ROOT / str(code) / "contested_terms.tsv"
    if not path.exists():
        have = sorted(p.parent.name for p in LEXICON_ROOT.glob("*/contested_terms.tsv"))
        raise InputError(f"no contested-terms lexicon for language={language!r}; there are lexicons for {', '.join(have)}")
    table = pd.read_csv(path, sep="\t", comment="#", dtype=str, keep_default_na=False)
    table = table.apply(lambda col: col.str.strip())
    table["term"] = table["term"].map(_normalise)
    table["context"] = table["context"].map(_normalise)
    table.insert(0, "language", code)
    return table


def _bundled_terms(corpus: _Corpus, default: str) -> pd.DataFrame:
    """The bundled lexicons of every language the articles are in (``default`` for unknown ones)."""
    tables = []
    for lang in sorted({x or default for x in corpus.groups.article_language} or {default}):
        try:
            tables.append(load_contested_terms(lang))
        except InputError:
            warnings.warn(f"contested_terms(): no lexicon for {lang!r}; its articles are not counted", stacklevel=3)
    if not tables:
        return pd.DataFrame(columns=["language", "concept", "term", "frame", "context", "gloss"])
    return pd.concat(tables, ignore_index=True)


def _contested(corpus: _Corpus, lexicons: pd.DataFrame, *, default_language: str) -> pd.DataFrame:
    attrs = corpus.attrs(languages=sorted(lexicons["language"].unique().tolist()), default_language=default_language)
    codes = corpus.term_codes
    vocab_index = pd.Index(corpus.vocabulary)
    art_lang = np.array([x or default_language for x in corpus.groups.article_language], dtype=object)
    token_lang = art_lang[corpus.art_codes] if corpus.n else np.zeros(0, dtype=object)
    sent_key = corpus.sentence_key
    words_per_group = np.bincount(corpus.group_codes[corpus.word_mask], minlength=corpus.n_groups)
    rows = []
    for (language, concept), entries in lexicons.groupby(["language", "concept"], sort=False):
        in_lang = token_lang == language
        covered = np.zeros(corpus.n, dtype=bool)  # a longer term's words are not counted again by a shorter one
        entries = entries.assign(_len=entries["term"].map(lambda t: len(t.split()))).sort_values("_len", ascending=False)
        for entry in entries.itertuples(index=False):
            lemmas = entry.term.split()
            term_codes = vocab_index.get_indexer(lemmas)
            hits = np.zeros(0, dtype=np.int64)
            if (term_codes >= 0).all():
                hits = np.flatnonzero((codes == term_codes[0]) & in_lang)
                for k in range(1, len(lemmas)):
                    hits = hits[hits + k < corpus.n]
                    hits = hits[(codes[hits + k] == term_codes[k]) & (sent_key[hits + k] == sent_key[hits])]
                if entry.context:
                    ctx = vocab_index.get_indexer(entry.context.split("|"))
                    ctx_sentences = pd.unique(sent_key[np.isin(codes, ctx[ctx >= 0])])
                    hits = hits[np.isin(sent_key[hits], ctx_sentences)]
                span = hits[:, None] + np.arange(len(lemmas))[None, :]
                hits = hits[~covered[span].any(axis=1)]
                covered[(hits[:, None] + np.arange(len(lemmas))[None, :]).ravel()] = True
            groups_hit = corpus.group_codes[hits]
            count = np.bincount(groups_hit, minlength=corpus.n_groups)
            arts = pd.DataFrame({"g": groups_hit, "a": corpus.art_codes[hits]}).drop_duplicates()
            articles = np.bincount(arts["g"].to_numpy(dtype=np.int64), minlength=corpus.n_groups)
            for g in range(corpus.n_groups):
                rows.append((corpus.groups.names[g], language, concept, entry.term, entry.frame,
                             int(count[g]), int(articles[g])))
    frame = pd.DataFrame(rows, columns=["group", "language", "concept", "term", "frame", "count", "articles"])
    # Only the languages each group has articles in.
    present = pd.DataFrame({"group": corpus.groups.names[corpus.groups.article_group], "language": art_lang})
    frame = frame.merge(present.drop_duplicates(), on=["group", "language"])
    frame["per_10k"] = frame["count"] / frame["group"].map(
        dict(zip(corpus.groups.names, np.maximum(words_per_group, 1), strict=True))) * 1e4
    concept_total = frame.groupby(["group", "language", "concept"])["count"].transform("sum")
    frame["share"] = (frame["count"] / concept_total.where(concept_total > 0)).fillna(0.0)
    frame = frame.sort_values(["group", "language", "concept", "count"], ascending=[True, True, True, False], kind="stable")
    return _finish(frame, TERMS, attrs)


def contested_terms(
    tokens: pd.DataFrame | Annotation,
    groups: Groups = None,
    *,
    by: str = "outlet",
    lexicon: pd.DataFrame | None = None,
    language: str = "sl",
) -> pd.DataFrame:
    """How often each group uses each of the competing names of one thing.

    Terms are matched on lemma sequences within a sentence (``posebne vojaške operacije`` counts
    as ``poseben vojaški operacija``); where the lexicon gives a ``context``, a use counts only in a
    sentence that also has one of the context lemmas (``vojna`` about Ukraine, not the Second
    World War). A use of a longer term is not counted again for a shorter term of the same concept.
    Each article is matched against the lexicon of its language; articles of unknown language use
    ``language``. Serbian Cyrillic is transliterated first.

    Args:
        tokens: a TOKENS table.
        groups: the articles or a mapping ``article_id -> group``.
        by: the article attribute to compare by.
        lexicon: a table like :func:`load_contested_terms` (with a ``language`` column); default: the
            bundled lexicons of every language the articles are in.
        language: the language of articles whose language is not known.

    Returns:
        A TERMS table (:data:`newskit.schemas.TERMS`), one row per group and lexicon term, zeros kept,
        so that a term an outlet never uses shows as 0.

    Example:
        >>> import newskit as nk
        >>> art = nk.load_example()
        >>> ann = nk.annotate([art], annotator="lite")  # doctest: +SKIP
        >>> contested_terms(ann.tokens, {art.article_id: "example"})  # doctest: +SKIP
    """
    tokens, groups, own_entities = _unpack(tokens, groups)
    corpus = _Corpus(tokens, groups, by=by, caller="contested_terms")
    default = str(check_language(language, argument="language"))
    if lexicon is None:
        lexicon = _bundled_terms(corpus, default)
    else:
        missing = [c for c in ("concept", "term", "frame") if c not in lexicon.columns]
        if missing:
            raise InputError(f"contested_terms(): lexicon= lacks the column(s) {', '.join(missing)}; see load_contested_terms()")
        lexicon = lexicon.copy()
        if "language" not in lexicon.columns:
            lexicon["language"] = default
        if "context" not in lexicon.columns:
            lexicon["context"] = ""
        lexicon["term"] = lexicon["term"].astype(str).map(_normalise)
        lexicon["context"] = lexicon["context"].fillna("").astype(str).map(_normalise)
    return _contested(corpus, lexicon, default_language=default)


# --------------------------------------------------------------------------------------------
# Scare quotes

_CLOSING_PUNCT = frozenset(",.!?…;")


def _mark_pairs(corpus: _Corpus, articles: list[Article] | None) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
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
    has_mark = np.fromiter((any(c in QUOTE_MARKS for c in f) for f in forms), dtype=bool, count=len(forms))
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


def _scare(corpus: _Corpus, quotes: pd.DataFrame, *, max_words: int, articles: list[Article] | None = None) -> pd.DataFrame:
    attrs = corpus.attrs(max_words=max_words)
    tokens = corpus.tokens
    p_art, p_open, p_close = _mark_pairs(corpus, articles)
    if not len(p_art):
        return _finish(empty(SCARE_QUOTES), SCARE_QUOTES, attrs)
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
        return _finish(empty(SCARE_QUOTES), SCARE_QUOTES, attrs)
    # A quoted utterance, not a fragment: punctuation closing it inside the marks ("Ne," je dejal),
    # or introduced by a colon. Marks right inside the marks quote a nested quotation, listed itself.
    last_inner = corpus.take("text", by_pos[b - 1])
    first_inner = corpus.take("text", by_pos[a])
    prev = by_pos[np.maximum(a - 2, 0)]
    before = np.where((a >= 2) & (corpus.art_codes[prev] == corpus.art_codes[open_]), corpus.take("text", prev), "")
    nested = np.array([is_quote_mark(str(x or "")) for x in last_inner], dtype=bool) \
        | np.array([is_quote_mark(str(x or "")) for x in first_inner], dtype=bool)
    fragment = (~np.isin(last_inner, list(_CLOSING_PUNCT)) & (before != ":") & ~np.isin(first_inner, list(_CLOSING_PUNCT))
                & ~nested)
    a, b, open_, close, n_words = a[fragment], b[fragment], open_[fragment], close[fragment], n_words[fragment]
    f_start, f_end = start[by_pos[a]], end[by_pos[b - 1]]
    art = corpus.art_codes[open_]
    require(quotes, QUOTES, caller="scare_quotes")
    quote_row = _locate(_quote_intervals(quotes, corpus.groups.article_ids), art, f_start, f_end)
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
    return _finish(frame, SCARE_QUOTES, attrs)


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
    tokens, groups, own_entities = _unpack(tokens, groups)
    corpus = _Corpus(tokens, groups, by=by, caller="scare_quotes")
    if quotes is None:
        from .quotes import extract_quotes

        quotes = extract_quotes(tokens, articles=_articles_of(groups))
    return _scare(corpus, quotes, max_words=max_words, articles=_articles_of(groups))


# --------------------------------------------------------------------------------------------
# Naming


_TITLE_RELATIONS = frozenset({"nmod", "appos", "flat", "flat:name", "compound"})
_CASE = re.compile(r"(?:^|\|)Case=([A-Za-z]+)")


def _role_nouns(lang: str) -> dict[str, str]:
    """Role nouns of the quote lexicon (``newskit/lexicons/<lang>/roles.tsv``): lemma -> kind
    (title, profession, representative, institution); empty for a language without one."""
    from .errors import UnsupportedLanguageError
    from .quotes import load_lexicon

    try:
        lexicon = load_lexicon(lang)
    except UnsupportedLanguageError:
        return {}
    return {lemma: kind for lemma, (_, kind) in lexicon.roles.items()}


def _function_words(lang: str, *classes: str) -> frozenset[str]:
    """Words of the function-word lexicon (``newskit/lexicons/<lang>/function_words.tsv``), all
    classes or the ones named; empty for a language without one."""
    from .errors import UnsupportedLanguageError
    from .quotes import load_lexicon

    try:
        lexicon = load_lexicon(lang)
    except (UnsupportedLanguageError, OSError):
        return frozenset()
    return frozenset(w for cls, ws in lexicon.words.items() if not classes or cls in classes for w in ws)


def _entity_positions(corpus: _Corpus, entities: pd.DataFrame) -> pd.DataFrame:
    """Token positions of the first and last word of each entity mention (found by offsets)."""
    start = corpus.tokens["start_char"].to_numpy(dtype=np.int64)
    end = corpus.tokens["end_char"].to_numpy(dtype=np.int64)
    stride = int(max(end.max(initial=0), entities["end_char"].max() if len(entities) else 0)) + 2
    key_start = corpus.art_codes * stride + start
    order = None
    if not (np.diff(key_start) >= 0).all():
        order = np.argsort(key_start, kind="stable")
        key_start = key_start[order]
    art = corpus.groups.article_ids.get_indexer(pd.Index(entities["article_id"].astype(str)))
    e_start = art * stride + entities["start_char"].to_numpy(dtype=np.int64)
    e_end = art * stride + entities["end_char"].to_numpy(dtype=np.int64)
    first = np.searchsorted(key_start, e_start, side="left")
    last = np.searchsorted(key_start, e_end, side="left") - 1
    ok = (art >= 0) & (first < len(key_start))
    ok[ok] &= key_start[first[ok]] == e_start[ok]
    if order is not None:
        first = np.where(ok, order[np.minimum(first, len(order) - 1)], -1)
        last = np.where(ok, order[np.clip(last, 0, len(order) - 1)], -1)
    frame = entities.assign(first=first, last=last)[ok & (last >= first)]
    return frame


def _canonical_entities(mentions: pd.DataFrame) -> np.ndarray:
    """The fullest name of each mention within its article (Kim -> Kim Jong-un), then across the corpus."""
    keys = list(zip(mentions["article_id"].astype("string").tolist(), mentions["type"].astype("string").tolist(),
                    strict=True))
    lemmas = mentions["lemma"].astype("string").fillna("").tolist()
    names_of: dict[tuple[str, str], Counter[str]] = {}
    for key, name in zip(keys, lemmas, strict=True):
        names_of.setdefault(key, Counter())[name] += 1
    # Only an article that names an entity in two ways, one of several words, has a name to complete.
    fuller = {key: fullest_names(names) for key, names in names_of.items()
              if len(names) > 1 and any(" " in name for name in names)}
    names = [fuller[key].get(name, name) if key in fuller else name for key, name in zip(keys, lemmas, strict=True)]
    corpus_wide = fullest_names(Counter(name for name in names if name))
    return np.array([corpus_wide.get(name, name) for name in names], dtype=object)


def _case_at(corpus: _Corpus, positions: np.ndarray) -> np.ndarray:
    """A full-length array with the Case feature at ``positions`` (None elsewhere or where there is none)."""
    case = np.full(corpus.n, None, dtype=object)
    positions = np.unique(positions[(positions >= 0) & (positions < corpus.n)])
    if len(positions):
        feats = corpus.take("feats", positions)
        of = {}
        for value in set(feats.tolist()):
            match = _CASE.search(value) if value else None
            of[value] = match.group(1) if match else None
        case[positions] = [of[v] for v in feats.tolist()]
    return case


#: Lemma endings of adjectives (sl, hr, sr), to spot an adjective among untagged words.
_ADJECTIVE_ENDINGS = ("ski", "ški", "čki", "ni", "ji", "ki", "en", "an", "ov", "ev")
#: Role kinds that may name a person, and an organisation.
_PERSON_ROLES = frozenset({"title", "profession", "representative"})
_ORG_ROLES = frozenset({"institution", "company", "medium"})
_APPOSITION_END = frozenset({",", ".", ")", ";", "–", "-", ":"})
#: Marks after which a word starts a sentence of its own (a quote, a list): its capital says nothing.
_OPENERS = frozenset({"»", "«", "„", "“", "\"", "'", "(", ":", "-", "–", "—", "•"})


def _naming_surface(corpus: _Corpus, mentions: pd.DataFrame, *, in_person: np.ndarray, window: int,
                    lang: str) -> pd.DataFrame:
    """Descriptors by surface order: the adjectives and nouns right before a name (and an
    apposition after a comma), agreeing in case with the name when the tokens have features.

    A name in the genitive is ambiguous (``predsednika Putina`` names Putin, ``delnic NLB`` does
    not), so there the noun must be a role of the lexicon that fits the entity type. Untagged
    words (lite tokens) count as a noun when they are a role of the lexicon, and as an adjective
    when lower-case with an adjective's lemma ending; there a descriptor needs a role noun.
    ``in_person`` marks the words of person names, which never describe another name.
    """
    n = corpus.n
    sent = corpus.sentence_key
    codes, vocab = corpus.term_codes, corpus.vocabulary
    roles = _role_nouns(lang)
    term_role = np.array([roles.get(t) for t in vocab], dtype=object)
    first = mentions["first"].to_numpy(dtype=np.int64)
    last = mentions["last"].to_numpy(dtype=np.int64)
    # The words a descriptor may consist of, looked at only around the names.
    around = np.unique(np.concatenate([first - k for k in range(1, window + 1)]
                                      + [last + k for k in range(1, window + 3)]))
    around = around[(around >= 0) & (around < n)]
    tagged = corpus.tagged
    noun = corpus.upos_in(["NOUN"])
    adj = corpus.upos_in(["ADJ"])
    propn_other = corpus.upos_in(["PROPN"]) & ~in_person
    untagged = around[~tagged[around]]
    if len(untagged):
        lower = np.array([bool(t) and t[:1].islower() for t in corpus.take("text", untagged)], dtype=bool)
        adjective_like = np.array([len(t) >= 4 and t.endswith(_ADJECTIVE_ENDINGS) for t in vocab], dtype=bool)
        is_role = lower & (term_role[codes[untagged]] != None)  # noqa: E711 - elementwise on objects
        noun[untagged[is_role]] = True
        adj[untagged[lower & ~is_role & corpus.word_mask[untagged] & adjective_like[codes[untagged]]]] = True
    qualifies = noun | adj | propn_other
    ent_type = mentions["type"].to_numpy(dtype=object)

    def names_it(i: int, p: int) -> bool:
        """Noun at ``p`` can describe mention ``i``: same case, and a fitting role in the genitive."""
        ent_case = case[first[i]]
        if ent_case is not None and case[p] is not None and case[p] != ent_case:
            return False
        if ent_case == "Gen" or not tagged[p]:
            return term_role[codes[p]] in (_PERSON_ROLES if ent_type[i] == "PER" else _ORG_ROLES)
        return True

    texts: dict[int, str] = {}

    def text_at(p: int) -> str:
        if p not in texts:
            texts[p] = str(corpus.take("text", np.array([p]))[0] or "")
        return texts[p]

    def initial(p: int) -> bool:
        return p == 0 or sent[p - 1] != sent[p] or text_at(p - 1) in _OPENERS

    def base(p: int) -> str:
        """The word's lemma, lower case unless the article capitalises it inside a sentence (SDS)."""
        word = vocab[codes[p]]
        shown = text_at(p)
        if shown[:1].isupper() and not initial(p):
            return shown if shown.isupper() else word[:1].upper() + word[1:]
        return word

    def phrase(positions: Iterable[int], role: int | None = None) -> str:
        """The descriptor as the article writes it: up to the role noun in base form, its
        complement after it as written (predsednika SDS -> predsednik SDS)."""
        return " ".join(base(p) if role is None or p <= role else text_at(p) for p in positions)

    prepositions = _function_words(lang, "preposition")
    rows = []
    # Lite tokens (no tags): a role noun of the lexicon before the name, sentence-initial with a
    # capital too (Premier Robert Golob), with a complement between: a name in the genitive
    # (župan Ljubljane, predsednik SDS) or a phrase after a preposition (minister za notranje zadeve).
    done = np.zeros(len(first), dtype=bool)
    for i in range(len(first)):
        f = int(first[i])
        if f == 0 or tagged[f - 1] or sent[f - 1] != sent[f]:
            continue
        wanted = _PERSON_ROLES if ent_type[i] == "PER" else _ORG_ROLES
        r = f - 1
        while r >= 0 and f - r <= window + 1 and sent[r] == sent[f] and corpus.word_mask[r] and not in_person[r]:
            if term_role[codes[r]] in wanted and (text_at(r)[:1].islower() or initial(r)):
                break
            r -= 1
        else:
            continue
        if r < 0 or sent[r] != sent[f] or not corpus.word_mask[r] or in_person[r] or term_role[codes[r]] not in wanted:
            continue
        between = list(range(r + 1, f))
        shown = [text_at(p) for p in between]
        genitive = len(between) <= 3 and all(t[:1].isupper() for t in shown)
        prepositional = (bool(between) and len(between) <= 4 and shown[0].lower() in prepositions
                         and all(t[:1].islower() for t in shown))
        if between and not (genitive or prepositional):
            continue
        j = r
        while j - 1 >= 0 and sent[j - 1] == sent[f] and adj[j - 1] and not tagged[j - 1]:
            j -= 1
        rows.append((i, phrase(range(j, f), role=r), vocab[codes[r]], "title"))
        done[i] = True
    # Left: walk back over qualifying words of the same sentence.
    chain_len = np.zeros(len(first), dtype=np.int64)
    alive = np.ones(len(first), dtype=bool)
    for k in range(1, window + 1):
        p = first - k
        ok = alive & (p >= 0)
        ok[ok] &= (sent[p[ok]] == sent[first[ok]]) & qualifies[p[ok]]
        chain_len[ok] = k
        alive = ok
    after = last + 1
    appos = after + 1 < n
    appos[appos] &= (vocab[codes[after[appos]]] == ",") & (sent[after[appos]] == sent[last[appos]])
    # Case only where it is compared: the names with a descriptor candidate, and the words around them.
    described = (chain_len > 0) | appos
    case = _case_at(corpus, np.concatenate([first[described]] + [
        (first - k)[chain_len >= k] for k in range(1, window + 1)] + [(after + k)[appos] for k in range(1, window + 1)]))
    for i in np.flatnonzero((chain_len > 0) & ~done):
        span = range(first[i] - chain_len[i], first[i])
        agree = [p for p in span if noun[p] and names_it(i, p)]
        if agree:
            role = agree[-1]
            if not tagged[role] and role != first[i] - 1:
                continue  # untagged: only a role right before the name
            # The role noun's own adjectives, then everything between it and the name.
            j = role
            while j - 1 >= span[0] and adj[j - 1] and (case[j - 1] is None or case[j - 1] == case[role]):
                j -= 1
            rows.append((i, phrase(range(j, first[i]), role=role), vocab[codes[role]], "title"))
        elif tagged[first[i] - 1] and adj[first[i] - 1]:
            ent_case = case[first[i]]
            mods = [p for p in span if adj[p] and tagged[p] and (ent_case is None or case[p] in (None, ent_case))]
            if mods and mods[-1] == first[i] - 1:
                rows.append((i, phrase(mods), None, "amod"))
    # Right: "Putin, ruski predsednik, ..." - an apposition between commas (or before the sentence end).
    for i in np.flatnonzero(appos):
        p = after[i] + 1
        words: list[int] = []
        while p < n and len(words) < window and sent[p] == sent[last[i]] and qualifies[p]:
            words.append(p)
            p += 1
        end_ok = p >= n or sent[p] != sent[last[i]] or vocab[codes[p]] in _APPOSITION_END
        agree = [w for w in words if noun[w] and names_it(i, w)]
        if words and end_ok and agree and not propn_other[words[0]]:
            rows.append((i, phrase(words, role=agree[0]), vocab[codes[agree[0]]], "appos"))
    return pd.DataFrame(rows, columns=["mention", "descriptor", "role", "relation"])


def _naming_tree(corpus: _Corpus, mentions: pd.DataFrame) -> pd.DataFrame:
    """Descriptors from dependency trees: the noun a name hangs from as a title (``predsednik`` ->
    ``Putin``, same case), and the name's amod, appos and nmod dependents."""
    tokens = corpus.tokens
    n = corpus.n
    head = tokens["head"].to_numpy(dtype=np.float64, na_value=np.nan)
    word_id = tokens["word_id"].to_numpy(dtype=np.int64)
    sent = corpus.sentence_key
    codes, vocab = corpus.term_codes, corpus.vocabulary
    noun, adj = corpus.upos_in(["NOUN"]), corpus.upos_in(["ADJ"])
    # Position of each sentence's first word, hence of each word's governor.
    starts = np.flatnonzero(np.r_[True, sent[1:] != sent[:-1]]) if n else np.zeros(0, dtype=np.int64)
    sent_first = starts[np.searchsorted(starts, np.arange(n), side="right") - 1]
    gov = np.where(np.isnan(head) | (head <= 0), -1, sent_first + np.nan_to_num(head).astype(np.int64) - word_id[sent_first])
    gov = np.where((gov >= 0) & (gov < n), gov, -1)
    first = mentions["first"].to_numpy(dtype=np.int64)
    last = mentions["last"].to_numpy(dtype=np.int64)
    # Each mention's head: its first word governed from outside the mention.
    h = np.full(len(first), -1, dtype=np.int64)
    for k in range(int((last - first).max(initial=-1)) + 1):
        p = first + k
        found = (h < 0) & (p <= last) & ((gov[np.minimum(p, n - 1)] < first) | (gov[np.minimum(p, n - 1)] > last))
        h[found] = p[found]
    g = np.where(h >= 0, gov[np.maximum(h, 0)], -1)

    def children_of(parents: np.ndarray) -> dict[int, list[int]]:
        kids = np.flatnonzero(np.isin(gov, parents[parents >= 0]))
        out: dict[int, list[int]] = {}
        for c in kids.tolist():
            out.setdefault(int(gov[c]), []).append(c)
        return out

    deps = children_of(np.concatenate([h, g]))
    second = np.array([c for parent in deps.values() for c in parent], dtype=np.int64)
    deps.update({k: v for k, v in children_of(second).items() if k not in deps})
    involved = np.unique(np.concatenate([h, g, second, *(np.array(v) for v in deps.values())]) if deps else np.r_[h, g])
    involved = involved[involved >= 0]
    deprel = dict(zip(involved.tolist(), corpus.take("deprel", involved).tolist(), strict=True))
    case = _case_at(corpus, involved)

    def amods(p: int) -> list[int]:
        return [c for c in deps.get(p, []) if deprel.get(c) == "amod" and adj[c] and c < p]

    shown_at = dict(zip(involved.tolist(), corpus.take("text", involved).tolist(), strict=True))
    upos_at = dict(zip(involved.tolist(), corpus.take("upos", involved).tolist(), strict=True))

    def word(q: int) -> str:
        """The lemma, with the capital the article gives a name inside a sentence (SDS, Ljubljana)."""
        lemma, shown = vocab[codes[q]], str(shown_at.get(q) or "")
        first_word = q == 0 or sent[q - 1] != sent[q]
        if shown[:1].isupper() and (upos_at.get(q) == "PROPN" or not first_word):
            return shown if shown.isupper() and len(shown) > 1 else lemma[:1].upper() + lemma[1:]
        return lemma

    def phrase(ps: list[int]) -> str:
        return " ".join(word(q) for q in sorted(ps))

    rows = []
    for i in np.flatnonzero(h >= 0).tolist():
        hi, gi = int(h[i]), int(g[i])
        rel = str(deprel.get(hi) or "")
        if gi >= 0 and noun[gi] and (rel in _TITLE_RELATIONS or rel.split(":")[0] in _TITLE_RELATIONS) and (
                case[hi] is None or case[gi] is None or case[hi] == case[gi]):
            # the title noun's complement between it and the name, as written (predsednik SDS)
            comp = [c for c in deps.get(gi, []) if gi < c < first[i]
                    and str(deprel.get(c) or "").split(":")[0] == "nmod"]
            extra = [x for c in comp for x in (c, *amods(c), *(k for k in deps.get(c, [])
                                                              if deprel.get(k) == "case" and gi < k < c))]
            rows.append((i, phrase([gi, *amods(gi)]) + "".join(" " + str(shown_at.get(x) or vocab[codes[x]])
                                                           for x in sorted(set(extra))),
                         vocab[codes[gi]], "title"))
        for c in deps.get(hi, []):
            if first[i] <= c <= last[i]:
                continue
            crel = str(deprel.get(c) or "").split(":")[0]
            if crel == "amod" and adj[c]:
                rows.append((i, vocab[codes[c]], None, "amod"))
            elif crel == "appos" and noun[c]:
                rows.append((i, phrase([c, *amods(c)]), vocab[codes[c]], "appos"))
            elif crel == "nmod" and noun[c] and not any(deprel.get(x) == "case" for x in deps.get(c, [])):
                rows.append((i, phrase([c, *amods(c)]), vocab[codes[c]], "nmod"))
    return pd.DataFrame(rows, columns=["mention", "descriptor", "role", "relation"])


def _naming(corpus: _Corpus, entities: pd.DataFrame, *, types: Sequence[str], window: int, lang: str) -> pd.DataFrame:
    attrs = corpus.attrs(types=list(types), window=window)
    mentions = entities[entities["type"].isin(list(types))]
    mentions = _entity_positions(corpus, mentions).reset_index(drop=True)
    if not len(mentions):
        return _finish(empty(NAMING), NAMING, attrs)
    mentions["entity"] = _canonical_entities(mentions)
    mentions["group"] = corpus.groups.names[corpus.group_codes[mentions["first"].to_numpy()]]
    people = _entity_positions(corpus, entities[entities["type"] == "PER"])
    lengths = (people["last"] - people["first"] + 1).to_numpy(dtype=np.int64)
    in_person = np.zeros(corpus.n, dtype=bool)
    in_person[np.repeat(people["first"].to_numpy(dtype=np.int64) - np.cumsum(lengths) + lengths, lengths)
              + np.arange(lengths.sum())] = True
    with_tree = corpus.tokens["head"].notna().to_numpy(dtype=bool)[mentions["first"].to_numpy()]
    found = []
    for mask, describe in ((with_tree, _naming_tree), (~with_tree, lambda c, m: _naming_surface(
            c, m, in_person=in_person, window=window, lang=lang))):
        if mask.any():
            sub = mentions[mask]
            rows = describe(corpus, sub)
            rows["mention"] = sub.index.to_numpy()[rows["mention"].to_numpy(dtype=np.int64)]
            found.append(rows)
    desc = pd.concat(found, ignore_index=True) if found else pd.DataFrame(
        columns=["mention", "descriptor", "role", "relation"])
    desc = desc[desc["descriptor"].astype("string").fillna("") != ""]
    joined = desc.join(mentions[["article_id", "entity", "type", "group"]], on="mention")
    counts = mentions.groupby(["group", "entity"]).size().rename("mentions")
    out = joined.groupby(["group", "entity", "type", "descriptor", "role", "relation"], dropna=False, sort=False).agg(
        count=("mention", "size"), articles=("article_id", "nunique")).reset_index()
    out = out.join(counts, on=["group", "entity"]).rename(columns={"type": "entity_type"})
    out = out.sort_values(["group", "entity", "count", "descriptor"], ascending=[True, True, False, True], kind="stable")
    return _finish(out, NAMING, attrs)


def naming(
    tokens: pd.DataFrame | Annotation,
    groups: Groups = None,
    *,
    entities: pd.DataFrame | None = None,
    by: str = "outlet",
    types: Sequence[str] = ("PER", "ORG"),
    window: int = 4,
    language: str = "sl",
    lang: str | None = None,
) -> pd.DataFrame:
    """How each group names people and organisations: the words attached to each entity.

    Mentions are linked through the entity's lemma, completed to the fullest name in the article
    and then in the corpus (``Kimu`` -> ``Kim`` -> ``Kim Jong-un``). A descriptor reads as the
    article writes it, with the role noun and the words before it in their base form (lower case
    unless the article capitalises a word inside the sentence) and a complement after the role noun
    as written: ``predsednika SDS`` -> ``predsednik SDS``, ``ministra za notranje zadeve`` ->
    ``minister za notranje zadeve``. The descriptors:

    - with dependency trees: the noun the name depends on as a title, in the same case
      (``predsednik`` of ``Putin``: relation ``title``), with that noun's adjectives and its
      ``nmod`` complement before the name (``predsednik SDS``); the name's own ``amod``,
      ``appos`` and ``nmod`` dependents;
    - without trees: the run of adjectives and nouns right before the name in the same sentence
      (up to ``window`` words) whose nearest noun agrees with the name in case (``title``), or the
      adjectives alone (``amod``); an apposition between commas after it (``appos``);
    - without part-of-speech tags (lite tokens): a role noun of the lexicon
      (``newskit/lexicons/<lang>/roles.tsv``) before the name, also at the start of a sentence
      (``Premier Robert Golob``), with adjacent lower-case adjectives, and with a complement
      between it and the name: a capitalised name (``župan Ljubljane Zoran Janković``) or a
      phrase opening with a preposition (``Minister za notranje zadeve Boštjan Poklukar``).

    Args:
        tokens: a TOKENS table, or an :class:`~newskit.annotate.Annotation` (its articles and
            entities are then used unless given).
        groups: the articles or a mapping ``article_id -> group``.
        entities: an ENTITIES table; default: the Annotation's, else built from the tokens' NER tags.
        by: the article attribute to compare by.
        types: entity types to describe.
        window: most words of a descriptor.
        language: language of the role-noun lexicon for untagged tokens (``lang=``, the old name,
            is deprecated).

    Returns:
        A NAMING table (:data:`newskit.schemas.NAMING`): one row per group, entity and descriptor, with
        how often it is used and the entity's number of mentions in the group.

    Example:
        >>> import newskit as nk
        >>> ann = nk.load_corpus()  # doctest: +SKIP
        >>> nm = naming(ann.tokens, ann.articles, entities=ann.entities)  # doctest: +SKIP
        >>> nm[nm.entity == "Janez Janša"].head()  # doctest: +SKIP
    """
    language = str(language_argument(language, lang, caller="naming"))
    tokens, groups, own_entities = _unpack(tokens, groups)
    corpus = _Corpus(tokens, groups, by=by, caller="naming")
    entities = own_entities if entities is None else entities
    for code in sorted({x for x in corpus.groups.article_language if x in ("mk", "bg")} | (
            {str(check_language(language))} & {"mk", "bg"})):
        warn_unavailable(code, "naming", "newskit has no role-noun lexicon, so names are described only "
                         "through dependency trees (classla's bg models; mk has no parser or NER) and "
                         "the table may be empty")
    if entities is None:
        from .entities import entities_from_tokens

        entities = entities_from_tokens(tokens)
    require(entities, ENTITIES, caller="naming")
    return _naming(corpus, entities, types=types, window=window,
                   lang=str(check_language(language, argument="language")))


# --------------------------------------------------------------------------------------------
# All together


class Comparison(NamedTuple):
    """Every framing table of one comparison; ``_asdict()`` gives name -> table.

    In a notebook it shows the list of its tables and figures; :meth:`write` saves them all.
    """

    distinctive: pd.DataFrame
    keyness: pd.DataFrame
    voices: pd.DataFrame
    credits: pd.DataFrame
    naming: pd.DataFrame
    stance: pd.DataFrame
    scare_quotes: pd.DataFrame
    tone: pd.DataFrame
    terms: pd.DataFrame

    def figures(self) -> dict[str, str | None]:
        """Each figure :meth:`write` draws, with None, or the one line saying why it is left out (empty).

        Example:
            >>> cmp = nk.compare_outlets(nk.load_corpus())  # doctest: +SKIP
            >>> cmp.figures()["terms.png"]  # doctest: +SKIP
            'none of the contested terms occurs in these articles'
        """
        from .plotting import empty_reason

        return {f"{name}.png": empty_reason(getattr(self, table), name)
                for name, table in _FIGURES.items()}

    def write(self, folder: str | Path, *, figures: bool = True) -> list[Path]:
        """Write every table as ``<name>.csv`` (UTF-8) and ``<name>.parquet``, and the figures as PNG.

        Parquet files keep each table's provenance (``df.attrs``: newskit version, annotator,
        model, options) in their metadata. A figure with nothing to show is not written
        (:meth:`figures` says why).

        Returns:
            The paths written.
        """
        from . import plotting
        from .schemas import to_parquet

        out = Path(folder)
        out.mkdir(parents=True, exist_ok=True)
        written = []
        for name, table in self._asdict().items():
            path = out / f"{name}.csv"
            table.to_csv(path, index=False, encoding="utf-8")
            to_parquet(table, out / f"{name}.parquet")
            written.extend([path, out / f"{name}.parquet"])
        if figures:
            import matplotlib.pyplot as plt

            plots = {
                "distinctive.png": lambda: plotting.plot_distinctive(self.distinctive),
                "voices.png": lambda: plotting.plot_share_of_voice(self.voices),
                "naming.png": lambda: plotting.plot_naming(self.naming),
                "tone.png": lambda: plotting.plot_tone(self.tone),
                "terms.png": lambda: plotting.plot_terms(self.terms),
            }
            reasons = self.figures()
            for name, draw in plots.items():
                if reasons.get(name):
                    continue
                fig = cast("Figure", draw().figure)
                fig.savefig(out / name, dpi=150)
                plt.close(fig)
                written.append(out / name)
        return written

    def __repr__(self) -> str:
        # Short: nine tables in full run to thousands of characters.
        return "Comparison(" + ", ".join(f"{k}=<{len(v)} rows>" for k, v in self._asdict().items()) + ")"

    def _repr_html_(self) -> str:
        """A notebook's view: each table with its size and each figure, or why it is left out."""
        import html as _html

        from .display import plural, summary_html

        rows = []
        for name, table in self._asdict().items():
            groups = table["group"].nunique() if "group" in table.columns and len(table) else 0
            rows.append(f"<tr><td><code>.{name}</code></td><td style=\"white-space: nowrap\">"
                        f"{plural(len(table), 'row').replace(str(len(table)), f'{len(table):,}', 1)}</td>"
                        f"<td style=\"white-space: nowrap\">{plural(int(groups), 'group') if groups else ''}</td>"
                        f"<td>{_html.escape(_TABLE_NOTES[name])}</td></tr>")
        tables = ('<table class="nk-table"><thead><tr><th>table</th><th>rows</th><th>groups</th>'
                  f"<th>what it holds</th></tr></thead><tbody>{''.join(rows)}</tbody></table>")
        figs = []
        for name, reason in self.figures().items():
            status = f"not drawn: {reason}" if reason else "drawn by <code>write()</code>"
            figs.append(f"<tr><td>{name}</td><td>{status if not reason else _html.escape(status)}</td></tr>")
        figures = ('<table class="nk-table"><thead><tr><th>figure</th><th></th></tr></thead>'
                   f"<tbody>{''.join(figs)}</tbody></table>")
        by = self.tone.attrs.get("by") or self.distinctive.attrs.get("by") or "group"
        names = sorted({str(g) for t in (self.tone, self.voices, self.distinctive) if "group" in t.columns
                        for g in t["group"].dropna()})
        meta = [f"{plural(len(names), 'group')} by {by}" + (f": {', '.join(names[:8])}" if names else "")
                + (" …" if len(names) > 8 else ""),
                f"annotator {self.distinctive.attrs['annotator']}" if self.distinctive.attrs.get("annotator") else "",
                f"newskit {self.distinctive.attrs.get('newskit_version', __version__)}"]
        return summary_html("Comparison", meta, [tables, figures], kind="comparison")


#: The figure of each table that :meth:`Comparison.write` draws.
_FIGURES = {"distinctive": "distinctive", "voices": "voices", "naming": "naming", "tone": "tone", "terms": "terms"}

#: One line on each table of a :class:`Comparison`; also the fields' documentation.
_TABLE_NOTES = {
    "distinctive": "distinctive words of each group, by weighted log-odds with an informative Dirichlet prior "
                   "(DISTINCTIVE, distinctive_words())",
    "keyness": "over- and under-used words of each group against the rest, by log-likelihood G2 (KEYNESS, keyness())",
    "voices": "who is quoted in each group, in quotes and quoted words per speaker (VOICES, share_of_voice())",
    "credits": "the agencies and outlets each group credits (CREDITS, credited_sources())",
    "naming": "how each group names people and organisations, by titles, roles and epithets (NAMING, naming())",
    "stance": "the reporting verbs each group uses, by stance (STANCE, reporting_stance())",
    "scare_quotes": "short quoted phrases that are not speech, such as scare quotes and titles "
                    "(SCARE_QUOTES, scare_quotes())",
    "tone": "lexicon tone per 100 words, the journalist's and the quoted voices apart (TONE, tone())",
    "terms": "which of the competing terms for a concept each group uses (TERMS, contested_terms())",
}
for _name, _note in _TABLE_NOTES.items():
    # Field documentation for autodoc, instead of namedtuple's "Alias for field number N".
    getattr(Comparison, _name).__doc__ = _note[0].upper() + _note[1:] + "."


def compare_outlets(
    tokens: Any,
    articles: Groups = None,
    *,
    by: str = "outlet",
    quotes: pd.DataFrame | None = None,
    sources: pd.DataFrame | None = None,
    entities: pd.DataFrame | None = None,
    lexicon: pd.Series | Mapping[str, float] | str | Path | None = None,
    language: str = "sl",
    prior_weight: float | None = None,
    min_count: int = 1,
) -> Comparison:
    """Every framing measure at once, grouped by ``by`` (outlet by default).

    The token arrays are prepared once and shared by the measures. Quotes are extracted with
    :func:`newskit.extract_quotes` (and credit lines with :func:`newskit.extract_sources`) when
    not given.

    Args:
        tokens: a TOKENS table, or an :class:`~newskit.article.Annotation` (its entities and
            articles are then used when not given).
        articles: the articles (list or ARTICLES table) or a mapping ``article_id -> group``.
        by: the article attribute to compare by.
        quotes, sources, entities: QUOTES, SOURCES and ENTITIES tables, when already made.
        lexicon: sentiment lexicon for :func:`tone` (default JOB).
        language: language of the sentiment lexicon and of articles of unknown language.
        prior_weight, min_count: passed to :func:`distinctive_words` / :func:`keyness`.

    Returns:
        A :class:`Comparison` of DISTINCTIVE, KEYNESS, VOICES, CREDITS, NAMING, STANCE,
        SCARE_QUOTES, TONE and TERMS tables.

    Example:
        >>> import newskit as nk
        >>> cmp = nk.compare_outlets(nk.load_corpus())  # doctest: +SKIP
        >>> cmp.tone  # doctest: +SKIP
    """
    if hasattr(tokens, "tokens") and hasattr(tokens, "articles"):
        entities = tokens.entities if entities is None else entities
        articles = tokens.articles if articles is None else articles
        tokens = tokens.tokens
    corpus = _Corpus(tokens, articles, by=by, caller="compare_outlets")
    lang = str(check_language(language, argument="language"))
    if quotes is None and sources is None:  # one quote pass gives both tables
        from .quotes import extract_attribution

        quotes, sources = extract_attribution(tokens, articles=_articles_of(articles))
    elif quotes is None:
        from .quotes import extract_quotes

        quotes = extract_quotes(tokens, articles=_articles_of(articles))
    elif sources is None:
        from .quotes import extract_sources

        sources = extract_sources(tokens, articles=_articles_of(articles))
    if entities is None:
        from .entities import entities_from_tokens

        entities = entities_from_tokens(tokens)
    # The quote tables take their groups from the token articles, already resolved (and warned about).
    groups = pd.Series(corpus.groups.names[corpus.groups.article_group], index=corpus.groups.article_ids)
    counts = _term_counts(corpus, stopwords=True)
    return Comparison(
        distinctive=_distinctive(corpus, counts, prior_weight=prior_weight, min_count=min_count, stopwords=True),
        keyness=_keyness(corpus, counts, min_count=min_count, stopwords=True),
        voices=share_of_voice(quotes, groups, by=by),
        credits=credited_sources(quotes, groups, sources=sources, by=by),
        naming=_naming(corpus, entities, types=("PER", "ORG"), window=4, lang=lang),
        stance=reporting_stance(quotes, groups, by=by),
        scare_quotes=_scare(corpus, quotes, max_words=4, articles=_articles_of(articles)),
        tone=_tone(corpus, quotes, _lexicon_series(lexicon), language=lang),
        terms=_contested(corpus, _bundled_terms(corpus, lang), default_language=lang),
    )
