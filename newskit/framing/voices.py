"""Who gets a voice: share of voice, credited sources and reporting stance, from the QUOTES and SOURCES tables."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from .._version import __version__
from ..names import fullest_names
from ..schemas import (
    CREDITS,
    QUOTES,
    SOURCES,
    STANCE,
    VOICES,
    empty,
    require,
)

if TYPE_CHECKING:

    pass
from .corpus import Groups, finish, grouping, objects, table_groups

__all__ = ['share_of_voice', 'credited_sources', 'reporting_stance']


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
    labels = table_groups(quotes, groups, by, "share_of_voice")
    attrs = {"newskit_version": __version__, "by": grouping(groups, by), "options": {}}
    if not len(quotes):
        return finish(empty(VOICES), VOICES, attrs)
    kind = quotes["kind"].astype("string").fillna("")
    frame = pd.DataFrame({
        "group": labels,
        "speaker": objects(_unify_names(quotes["speaker"].astype("string"))),
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
    return finish(out, VOICES, attrs)


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
        labels = table_groups(q, groups, by, "credited_sources")
        parts.append(pd.DataFrame({"group": labels, "source": q["source"].astype(str).str.strip().to_numpy(),
                                   "article_id": q["article_id"].astype(str).to_numpy(), "quotes": 1, "credits": 0}))
    if sources is not None:
        require(sources, SOURCES, caller="credited_sources")
        s = sources[sources["source"].notna()]
        labels = table_groups(s, groups, by, "credited_sources")
        parts.append(pd.DataFrame({"group": labels, "source": s["source"].astype(str).str.strip().to_numpy(),
                                   "article_id": s["article_id"].astype(str).to_numpy(), "quotes": 0, "credits": 1}))
    attrs = {"newskit_version": __version__, "by": grouping(groups, by), "options": {}}
    parts = [p for p in parts if len(p)]
    if not parts:
        return finish(empty(CREDITS), CREDITS, attrs)
    frame = pd.concat(parts, ignore_index=True)
    out = frame.groupby(["group", "source"], sort=False).agg(
        quotes=("quotes", "sum"), credits=("credits", "sum"), articles=("article_id", "nunique")).reset_index()
    out["_total"] = out["quotes"] + out["credits"]
    out = out.sort_values(["group", "_total", "source"], ascending=[True, False, True], kind="stable")
    return finish(out, CREDITS, attrs)


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
    labels = table_groups(quotes, groups, by, "reporting_stance")
    attrs = {"newskit_version": __version__, "by": grouping(groups, by), "options": {}}
    if not len(quotes):
        return finish(empty(STANCE), STANCE, attrs)
    stance = quotes["cue_stance"].astype("string").str.strip()
    stance = stance.mask(stance == "").fillna("unknown")
    frame = pd.DataFrame({"group": labels, "cue_stance": stance.to_numpy(dtype=object),
                          "cue": objects(quotes["cue"].astype("string"))})
    out = frame.groupby(["group", "cue_stance", "cue"], dropna=False, sort=False).size().rename("quotes").reset_index()
    out["share"] = out["quotes"] / out.groupby("group")["quotes"].transform("sum")
    out = out.sort_values(["group", "cue_stance", "quotes"], ascending=[True, True, False], kind="stable")
    return finish(out, STANCE, attrs)
