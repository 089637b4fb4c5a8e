"""Tone: a sentiment lexicon (JOB for Slovenian) scored for the journalist's voice and the quoted voices."""

from __future__ import annotations

import warnings
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from ..errors import InputError
from ..language import check_language
from ..schemas import (
    QUOTES,
    TONE,
    require,
)

if TYPE_CHECKING:

    from ..annotate import Annotation
from ..datasets import data_file
from .corpus import Corpus, Groups, finish, normalise, unpack
from .spans import locate, quote_intervals

__all__ = ['tone', 'load_sentiment_lexicon']


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


def lexicon_series(lexicon: pd.Series | Mapping[str, float] | str | Path | None) -> pd.Series:
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
    series = pd.Series(series.to_numpy(dtype=np.float64), index=[normalise(str(k)) for k in series.index])
    return series[~series.index.duplicated()]


def tone_table(corpus: Corpus, quotes: pd.DataFrame | None, lexicon: pd.Series, *, language: str | None) -> pd.DataFrame:
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
        intervals = quote_intervals(quotes, corpus.groups.article_ids)
        quoted = locate(intervals, corpus.art_codes, corpus.tokens["start_char"].to_numpy(dtype=np.int64),
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
    return finish(out, TONE, attrs)


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
    tokens, groups, own_entities = unpack(tokens, groups)
    corpus = Corpus(tokens, groups, by=by, caller="tone")
    return tone_table(corpus, quotes, lexicon_series(lexicon), language=check_language(language, argument="language"))
