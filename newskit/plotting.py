"""Plots of the framing tables: each ``plot_*(table, *, ax=None, ...)`` draws on one matplotlib Axes
and returns it.

Nothing is shown or saved behind the user's back: call ``ax.figure.savefig(...)`` or let the
notebook display the figure. matplotlib is imported when a plot is drawn, so ``import newskit``
stays light. Labels keep their diacritics (matplotlib's default DejaVu Sans has č, š, ž, ć, đ
and Cyrillic).

Example:
    >>> import newskit as nk
    >>> ann = nk.load_corpus()  # doctest: +SKIP
    >>> ax = nk.plot_distinctive(nk.distinctive_words(ann.tokens, ann.articles))  # doctest: +SKIP
    >>> ax.figure.savefig("distinctive.png", dpi=150)  # doctest: +SKIP
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeAlias

import numpy as np
import pandas as pd

from .errors import InputError
from .schemas import DISTINCTIVE, KEYNESS, NAMING, TERMS, TONE, VOICES, require

if TYPE_CHECKING:
    from matplotlib.axes import Axes

__all__ = ["plot_distinctive", "plot_share_of_voice", "plot_naming", "plot_tone", "plot_terms", "empty_reason",
           "Colors"]

#: Colours for a plot's series: a sequence used in order, or a mapping label -> colour (the labels
#: not in it take the default palette).
Colors: TypeAlias = "Sequence[str] | Mapping[str, str] | None"

# Colour-blind-safe qualitative palette (Okabe & Ito 2008).
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#F0E442", "#000000")


def _axes(ax: Axes | None, size: tuple[float, float]) -> Axes:
    if ax is not None:
        return ax
    import matplotlib.pyplot as plt

    # Through pyplot so that a notebook shows the figure at the end of the cell, as users expect;
    # scripts close it themselves (plt.close(ax.figure)).
    fig, new = plt.subplots(figsize=size, layout="constrained")
    return new


def _by(table: pd.DataFrame) -> str:
    return str(table.attrs.get("by", "group"))


def _grouping(table: pd.DataFrame) -> str:
    """`` by outlet`` for a table grouped by an article attribute; "" when the groups are the user's own."""
    by = _by(table)
    return "" if by == "group" else f" by {by}"


def _colour(colors: Colors, key: object, i: int, default: str | None = None) -> str:
    if isinstance(colors, Mapping):
        if str(key) in colors:
            return colors[str(key)]
    elif colors:
        return list(colors)[i % len(colors)]
    return default or PALETTE[i % len(PALETTE)]


def _empty(ax: Axes, title: str, message: str) -> Axes:
    ax.set_title(title)
    ax.text(0.5, 0.5, message, ha="center", va="center", transform=ax.transAxes, color="0.4")
    ax.set_xticks([])
    ax.set_yticks([])
    return ax


def _legend_outside(ax: Axes, title: str, n: int) -> None:
    """The legend right of the Axes: clear of the bars, the error bars and the axis labels in any layout."""
    ax.legend(title=title, loc="upper left", bbox_to_anchor=(1.02, 1.0), borderaxespad=0.0, frameon=False,
              ncol=1 if n <= 12 else 2, alignment="left")


def empty_reason(table: pd.DataFrame, plot: str, **options: Any) -> str | None:
    """Why the figure ``plot`` of ``table`` would be empty, in one line; None when it has something to show.

    The ``plot_*`` functions draw this line in an empty Axes; :meth:`newskit.Comparison.write`
    does not write such a figure and says why instead.

    Args:
        table: the table the figure is drawn from.
        plot: ``distinctive``, ``voices``, ``naming``, ``tone`` or ``terms``.
        options: the plot function's options that change what is drawn (``entity=``, ``concept=``).

    Example:
        >>> import newskit as nk
        >>> from newskit.schemas import TERMS, empty
        >>> empty_reason(empty(TERMS), "terms")
        'none of the contested terms occurs in these articles'
    """
    if plot == "distinctive":
        value = "z" if "z" in table.columns else "g2"
        if not len(table) or not (table[value] > 0).any():
            return "no distinctive words (fewer than two groups, or too few words)"
        return None
    if plot == "voices":
        measure = options.get("measure", "quotes")
        return None if len(table) and float(table[measure].sum()) > 0 else "no quotes were found"
    if plot == "naming":
        entity = options.get("entity")
        sub = table if entity is None else table[table["entity"] == entity]
        if not len(sub) or float(sub["count"].sum()) == 0:
            return "no entity is described by a title, role or epithet" if entity is None else (
                f"{entity} has no descriptors")
        return None
    if plot == "tone":
        return None if len(table) and table["tone"].notna().any() else "no word of the sentiment lexicon was scored"
    if plot == "terms":
        concept = options.get("concept")
        sub = table if concept is None else table[table["concept"] == concept]
        if not len(sub) or float(sub["count"].sum()) == 0:
            return "none of the contested terms occurs in these articles" if concept is None else (
                f"no term for {str(concept).replace('_', ' ')} occurs in these articles")
        return None
    raise InputError(f"empty_reason(): plot={plot!r}; choose 'distinctive', 'voices', 'naming', 'tone' or 'terms'")


def plot_distinctive(table: pd.DataFrame, *, ax: Axes | None = None, top: int = 10,
                     groups: list[str] | None = None, title: str | None = None, colors: Colors = None,
                     **kwargs: Any) -> Axes:
    """Each group's most distinctive words as horizontal bars, one block per group.

    Args:
        table: a DISTINCTIVE table (z-scores) or a KEYNESS table (G2).
        ax: the Axes to draw on; a new figure when None.
        top: words per group.
        groups: the groups to show, in this order (default: all).
        title: the title (default: "Distinctive words by <grouping>").
        colors: one colour per group, in order, or a mapping group -> colour.
        **kwargs: passed to ``Axes.barh`` (``height``, ``alpha``, ``edgecolor`` ...).

    Returns:
        The Axes.

    Example:
        >>> ax = plot_distinctive(distinctive_words(ann.tokens, ann.articles), top=8)  # doctest: +SKIP
    """
    if "z" in table.columns:
        require(table, DISTINCTIVE, caller="plot_distinctive")
        value, label = "z", "z-score of weighted log-odds (informative Dirichlet prior)"
    else:
        require(table, KEYNESS, caller="plot_distinctive")
        value, label = "g2", "log-likelihood G2 (over-used words)"
    title = f"Distinctive words{_grouping(table)}" if title is None else title
    names = groups or sorted(table["group"].dropna().unique().tolist())
    rows = []
    for name in names:
        sub = table[(table["group"] == name) & (table[value] > 0)].nsmallest(top, "rank")
        rows.append(sub.iloc[::-1])
    ax = _axes(ax, (7.5, max(3.0, 0.28 * sum(len(r) for r in rows) + 0.5 * len(rows))))
    if not any(len(r) for r in rows):
        return _empty(ax, title, empty_reason(table.iloc[:0], "distinctive") or "")
    kwargs.setdefault("height", 0.75)
    # Blocks from the bottom up, so the first group is on top; each block has a header row above it.
    y = 0.0
    ticks: list[float] = []
    labels: list[str] = []
    for i in range(len(rows) - 1, -1, -1):
        sub, colour = rows[i], _colour(colors, names[i], i)
        ys = y + np.arange(len(sub))
        ax.barh(ys, sub[value].to_numpy(dtype=float), color=colour, **kwargs)
        ticks.extend(ys)
        labels.extend(sub["term"].astype(str))
        ax.text(0, y + len(sub) - 0.2, str(names[i]), ha="left", va="bottom", fontweight="bold", color=colour)
        y += len(sub) + 1.4
    ax.set_yticks(ticks, labels)
    ax.set_ylim(-0.8, y - 0.4)
    ax.set_xlabel(label)
    ax.set_ylabel("lemma")
    ax.set_title(title)
    ax.grid(axis="x", alpha=0.3)
    return ax


def plot_share_of_voice(table: pd.DataFrame, *, ax: Axes | None = None, level: str = "speaker_type",
                        measure: str = "quotes", top: int = 6, title: str | None = None,
                        colors: Colors = None, **kwargs: Any) -> Axes:
    """Who gets a voice in each group: stacked shares of quotes (or quoted words).

    Args:
        table: a VOICES table.
        ax: the Axes to draw on; a new figure when None.
        level: ``speaker_type`` (person, organisation, agency, unknown) or ``speaker`` (the ``top``
            most quoted speakers of the corpus, the others pooled as "others").
        measure: ``quotes`` or ``words``.
        top: speakers shown when ``level="speaker"``.
        title: the title (default: "Share of voice by <grouping>", the table's ``attrs["by"]``).
        colors: one colour per speaker (type), in order of size, or a mapping name -> colour.
        **kwargs: passed to ``Axes.barh``.

    Returns:
        The Axes; the legend is right of it, clear of the axis labels.
    """
    require(table, VOICES, caller="plot_share_of_voice")
    if level not in ("speaker_type", "speaker"):
        raise InputError(f"plot_share_of_voice(): level={level!r}; choose 'speaker_type' or 'speaker'")
    if measure not in ("quotes", "words"):
        raise InputError(f"plot_share_of_voice(): measure={measure!r}; choose 'quotes' or 'words'")
    title = f"Share of voice{_grouping(table)}" if title is None else title
    frame = table.assign(_key=table[level].astype("string").fillna("unattributed" if level == "speaker" else "unknown"))
    if level == "speaker":
        leaders = frame[frame["_key"] != "unattributed"].groupby("_key")[measure].sum().nlargest(top).index
        frame["_key"] = frame["_key"].where(frame["_key"].isin(leaders) | (frame["_key"] == "unattributed"), "others")
    pivot = frame.pivot_table(index="group", columns="_key", values=measure, aggfunc="sum", fill_value=0)
    n_groups = len(pivot)
    ax = _axes(ax, (8.5, max(2.5, 0.5 * n_groups + 1.5)))
    if pivot.empty or pivot.to_numpy().sum() == 0:
        return _empty(ax, title, empty_reason(table.iloc[:0], "voices", measure=measure) or "")
    order = pivot.sum().sort_values(ascending=False).index.tolist()
    for tail in ("others", "unattributed", "unknown"):
        if tail in order:
            order.remove(tail)
            order.append(tail)
    shares = pivot[order].div(pivot.sum(axis=1).replace(0, np.nan), axis=0).fillna(0.0)
    left = np.zeros(n_groups)
    ys = np.arange(n_groups)[::-1]
    kwargs.setdefault("height", 0.7)
    for i, key in enumerate(order):
        # Two greys that read apart: the pooled "others" darker than the unattributed quotes.
        grey = {"others": "0.55", "unattributed": "0.82", "unknown": "0.82"}.get(str(key))
        colour = _colour(colors, key, i, grey) if isinstance(colors, Mapping) or grey is None else grey
        ax.barh(ys, shares[key].to_numpy(), left=left, color=colour, label=str(key), **kwargs)
        left += shares[key].to_numpy()
    totals = pivot.sum(axis=1).to_numpy()
    ax.set_yticks(ys, [f"{g} (n={int(t)})" for g, t in zip(pivot.index, totals, strict=True)])
    ax.set_xlim(0, 1)
    ax.set_xlabel(f"share of {'quotes' if measure == 'quotes' else 'quoted words'}")
    ax.set_ylabel(_by(table))
    ax.set_title(title)
    _legend_outside(ax, level.replace("_", " "), len(order))
    return ax


def plot_naming(table: pd.DataFrame, *, ax: Axes | None = None, entity: str | None = None, top: int = 8,
                title: str | None = None, **kwargs: Any) -> Axes:
    """How the groups name one entity: descriptors by group, as a heat map of counts.

    Args:
        table: a NAMING table.
        ax: the Axes to draw on; a new figure when None.
        entity: the entity (its lemma as in the table); default: the one with most descriptors.
        top: most frequent descriptors shown.
        title: the title (default: "How <entity> is named by <grouping>").
        **kwargs: passed to ``Axes.imshow`` (``cmap="Greens"`` for other colours).

    Returns:
        The Axes.
    """
    require(table, NAMING, caller="plot_naming")
    by = _by(table)
    if entity is None:
        entity = str(table.groupby("entity")["count"].sum().idxmax()) if len(table) else ""
    elif entity not in set(table["entity"].astype(str)):
        known = table.groupby("entity")["count"].sum().nlargest(5).index.tolist()
        raise InputError(f"plot_naming(): entity={entity!r} is not in the table; the most described are {known}")
    sub = table[table["entity"] == entity]
    pivot = sub.pivot_table(index="descriptor", columns="group", values="count", aggfunc="sum", fill_value=0)
    if len(pivot):
        pivot = pivot.loc[pivot.sum(axis=1).sort_values(ascending=False).index[:top]]
    ax = _axes(ax, (1.6 + 1.3 * max(1, pivot.shape[1]), 1.2 + 0.45 * max(1, len(pivot))))
    if title is None:
        title = f"How {entity} is named{_grouping(table)}" if entity else "Naming"
    if pivot.empty or pivot.to_numpy().sum() == 0:
        return _empty(ax, title, empty_reason(sub, "naming", entity=entity or None) or "")
    values = pivot.to_numpy(dtype=float)
    kwargs.setdefault("cmap", "Blues")
    kwargs.setdefault("aspect", "auto")
    kwargs.setdefault("vmin", 0)
    ax.imshow(values, **kwargs)
    for (r, c), v in np.ndenumerate(values):
        if v:
            ax.text(c, r, f"{int(v)}", ha="center", va="center", color="white" if v > values.max() / 2 else "black")
    ax.set_xticks(range(pivot.shape[1]), [str(c) for c in pivot.columns], rotation=30, ha="right")
    ax.set_yticks(range(len(pivot)), [str(i) for i in pivot.index])
    ax.set_xlabel(by)
    ax.set_ylabel("descriptor (lemmas)")
    ax.set_title(title)
    return ax


def plot_tone(table: pd.DataFrame, *, ax: Axes | None = None, title: str | None = None, colors: Colors = None,
              **kwargs: Any) -> Axes:
    """Tone by group and voice: lexicon score per 100 words, with ±1 standard error across articles.

    Args:
        table: a TONE table.
        ax: the Axes to draw on; a new figure when None.
        title: the title (default: "Tone by <grouping> and voice").
        colors: one colour per voice (journalist, quoted, ...), in order, or a mapping voice -> colour.
        **kwargs: passed to ``Axes.bar`` (``capsize``, ``alpha`` ...).

    Returns:
        The Axes; the legend, which says what the error bars are, is right of it.
    """
    require(table, TONE, caller="plot_tone")
    title = f"Tone{_grouping(table)} and voice" if title is None else title
    pivot = table.pivot_table(index="group", columns="voice", values="tone", aggfunc="first")
    # A group of one article has no standard error; its bar has no whisker.
    err = table.pivot_table(index="group", columns="voice", values="tone_se", aggfunc="first").reindex(
        index=pivot.index, columns=pivot.columns)
    ax = _axes(ax, (max(6.5, 1.2 * len(pivot) + 3.5), 4.0))
    if pivot.empty:
        return _empty(ax, title, empty_reason(table.iloc[:0], "tone") or "")
    voices = [v for v in ("journalist", "quoted", "all") if v in pivot.columns] + [
        v for v in pivot.columns if v not in ("journalist", "quoted", "all")]
    width = 0.8 / len(voices)
    x = np.arange(len(pivot))
    kwargs.setdefault("capsize", 3)
    for i, voice in enumerate(voices):
        ax.bar(x + (i - (len(voices) - 1) / 2) * width, pivot[voice].to_numpy(dtype=float), width,
               yerr=err[voice].fillna(0).to_numpy(dtype=float),
               color=_colour(colors, voice, i), label=str(voice), **kwargs)
    ax.axhline(0, color="0.3", linewidth=0.8)
    ax.set_xticks(x, [str(g) for g in pivot.index], rotation=30 if len(pivot) > 4 else 0,
                  ha="right" if len(pivot) > 4 else "center")
    ax.set_xlabel(_by(table))
    ax.set_ylabel("sentiment score per 100 words")
    ax.set_title(title)
    _legend_outside(ax, "voice\n(error bars:\n±1 standard error\nacross articles)", len(voices))
    return ax


def plot_terms(table: pd.DataFrame, *, ax: Axes | None = None, concept: str | None = None,
               title: str | None = None, colors: Colors = None, **kwargs: Any) -> Axes:
    """Which of the competing terms for one concept each group uses: stacked shares.

    Args:
        table: a TERMS table.
        ax: the Axes to draw on; a new figure when None.
        concept: the concept; default: the one used most.
        title: the title (default: "Terms for <concept> by <grouping>").
        colors: one colour per term, in order of use, or a mapping term -> colour.
        **kwargs: passed to ``Axes.barh``.

    Returns:
        The Axes.
    """
    require(table, TERMS, caller="plot_terms")
    if concept is None:
        totals = table.groupby("concept")["count"].sum()
        concept = str(totals.idxmax()) if len(totals) else ""
    sub = table[table["concept"] == concept]
    pivot = sub.pivot_table(index="group", columns="term", values="count", aggfunc="sum", fill_value=0)
    pivot = pivot.loc[:, pivot.sum() > 0] if len(pivot) else pivot
    ax = _axes(ax, (8.5, max(2.5, 0.5 * len(pivot) + 1.5)))
    if title is None:
        title = f"Terms for {concept.replace('_', ' ')}{_grouping(table)}" if concept else "Contested terms"
    if pivot.empty or pivot.to_numpy().sum() == 0:
        return _empty(ax, title, empty_reason(table, "terms") or "")
    order = pivot.sum().sort_values(ascending=False).index.tolist()
    shares = pivot[order].div(pivot.sum(axis=1).replace(0, np.nan), axis=0).fillna(0.0)
    ys = np.arange(len(pivot))[::-1]
    left = np.zeros(len(pivot))
    kwargs.setdefault("height", 0.7)
    for i, term in enumerate(order):
        ax.barh(ys, shares[term].to_numpy(), left=left, color=_colour(colors, term, i), label=str(term), **kwargs)
        left += shares[term].to_numpy()
    ax.set_yticks(ys, [f"{g} (n={int(t)})" for g, t in zip(pivot.index, pivot.sum(axis=1), strict=True)])
    ax.set_xlim(0, 1)
    ax.set_xlabel("share of the concept's uses")
    ax.set_ylabel(_by(table))
    ax.set_title(title)
    _legend_outside(ax, "term (lemma)", len(order))
    return ax
