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

from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from .errors import InputError
from .schemas import DISTINCTIVE, KEYNESS, NAMING, TERMS, TONE, VOICES, require

if TYPE_CHECKING:
    from matplotlib.axes import Axes

__all__ = ["plot_distinctive", "plot_share_of_voice", "plot_naming", "plot_tone", "plot_terms"]

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


def _empty(ax: Axes, title: str, message: str) -> Axes:
    ax.set_title(title)
    ax.text(0.5, 0.5, message, ha="center", va="center", transform=ax.transAxes, color="0.4")
    ax.set_xticks([])
    ax.set_yticks([])
    return ax


def plot_distinctive(table: pd.DataFrame, *, ax: Axes | None = None, top: int = 10,
                     groups: list[str] | None = None) -> Axes:
    """Each group's most distinctive words as horizontal bars, one block per group.

    Args:
        table: a DISTINCTIVE table (z-scores) or a KEYNESS table (G2).
        ax: the Axes to draw on; a new figure when None.
        top: words per group.
        groups: the groups to show, in this order (default: all).

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
    by = _by(table)
    title = f"Distinctive words by {by}"
    names = groups or sorted(table["group"].dropna().unique().tolist())
    rows = []
    for name in names:
        sub = table[(table["group"] == name) & (table[value] > 0)].nsmallest(top, "rank")
        rows.append(sub.iloc[::-1])
    ax = _axes(ax, (7.5, max(3.0, 0.28 * sum(len(r) for r in rows) + 0.5 * len(rows))))
    if not any(len(r) for r in rows):
        return _empty(ax, title, "no distinctive words (fewer than two groups?)")
    # Blocks from the bottom up, so the first group is on top; each block has a header row above it.
    y = 0.0
    ticks: list[float] = []
    labels: list[str] = []
    for i in range(len(rows) - 1, -1, -1):
        sub, colour = rows[i], PALETTE[i % len(PALETTE)]
        ys = y + np.arange(len(sub))
        ax.barh(ys, sub[value].to_numpy(dtype=float), color=colour, height=0.75)
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
                        measure: str = "quotes", top: int = 6) -> Axes:
    """Who gets a voice in each group: stacked shares of quotes (or quoted words).

    Args:
        table: a VOICES table.
        ax: the Axes to draw on; a new figure when None.
        level: ``speaker_type`` (person, organisation, agency, unknown) or ``speaker`` (the ``top``
            most quoted speakers of the corpus, the others pooled as "others").
        measure: ``quotes`` or ``words``.
        top: speakers shown when ``level="speaker"``.

    Returns:
        The Axes.
    """
    require(table, VOICES, caller="plot_share_of_voice")
    if level not in ("speaker_type", "speaker"):
        raise InputError(f"plot_share_of_voice(): level={level!r}; choose 'speaker_type' or 'speaker'")
    if measure not in ("quotes", "words"):
        raise InputError(f"plot_share_of_voice(): measure={measure!r}; choose 'quotes' or 'words'")
    by = _by(table)
    title = f"Share of voice by {by}"
    frame = table.assign(_key=table[level].astype("string").fillna("unattributed" if level == "speaker" else "unknown"))
    if level == "speaker":
        leaders = frame[frame["_key"] != "unattributed"].groupby("_key")[measure].sum().nlargest(top).index
        frame["_key"] = frame["_key"].where(frame["_key"].isin(leaders) | (frame["_key"] == "unattributed"), "others")
    pivot = frame.pivot_table(index="group", columns="_key", values=measure, aggfunc="sum", fill_value=0)
    n_groups = len(pivot)
    ax = _axes(ax, (7.5, max(2.5, 0.5 * n_groups + 1.5)))
    if pivot.empty or pivot.to_numpy().sum() == 0:
        return _empty(ax, title, "no quotes")
    order = pivot.sum().sort_values(ascending=False).index.tolist()
    for tail in ("others", "unattributed", "unknown"):
        if tail in order:
            order.remove(tail)
            order.append(tail)
    shares = pivot[order].div(pivot.sum(axis=1).replace(0, np.nan), axis=0).fillna(0.0)
    left = np.zeros(n_groups)
    ys = np.arange(n_groups)[::-1]
    for i, key in enumerate(order):
        colour = "0.75" if key in ("others", "unattributed", "unknown") else PALETTE[i % len(PALETTE)]
        ax.barh(ys, shares[key].to_numpy(), left=left, color=colour, label=str(key), height=0.7)
        left += shares[key].to_numpy()
    totals = pivot.sum(axis=1).to_numpy()
    ax.set_yticks(ys, [f"{g} (n={int(t)})" for g, t in zip(pivot.index, totals, strict=True)])
    ax.set_xlim(0, 1)
    ax.set_xlabel(f"share of {'quotes' if measure == 'quotes' else 'quoted words'}")
    ax.set_ylabel(by)
    ax.set_title(title)
    ax.legend(title=level.replace("_", " "), loc="upper center", bbox_to_anchor=(0.5, -0.18),
              ncol=min(4, len(order)), frameon=False)
    return ax


def plot_naming(table: pd.DataFrame, *, ax: Axes | None = None, entity: str | None = None, top: int = 8) -> Axes:
    """How the groups name one entity: descriptors by group, as a heat map of counts.

    Args:
        table: a NAMING table.
        ax: the Axes to draw on; a new figure when None.
        entity: the entity (its lemma as in the table); default: the one with most descriptors.
        top: most frequent descriptors shown.

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
    title = f"How {entity} is named, by {by}" if entity else "Naming"
    if pivot.empty:
        return _empty(ax, title, "no descriptors")
    values = pivot.to_numpy(dtype=float)
    ax.imshow(values, cmap="Blues", aspect="auto", vmin=0)
    for (r, c), v in np.ndenumerate(values):
        if v:
            ax.text(c, r, f"{int(v)}", ha="center", va="center", color="white" if v > values.max() / 2 else "black")
    ax.set_xticks(range(pivot.shape[1]), [str(c) for c in pivot.columns], rotation=30, ha="right")
    ax.set_yticks(range(len(pivot)), [str(i) for i in pivot.index])
    ax.set_xlabel(by)
    ax.set_ylabel("descriptor (lemmas)")
    ax.set_title(title)
    return ax


def plot_tone(table: pd.DataFrame, *, ax: Axes | None = None) -> Axes:
    """Tone by group and voice: lexicon score per 100 words, with one standard error across articles.

    Args:
        table: a TONE table.
        ax: the Axes to draw on; a new figure when None.

    Returns:
        The Axes.
    """
    require(table, TONE, caller="plot_tone")
    by = _by(table)
    title = f"Tone by {by} and voice"
    pivot = table.pivot_table(index="group", columns="voice", values="tone", aggfunc="first")
    # A group of one article has no standard error; its bar has no whisker.
    err = table.pivot_table(index="group", columns="voice", values="tone_se", aggfunc="first").reindex(
        index=pivot.index, columns=pivot.columns)
    ax = _axes(ax, (max(5.0, 1.2 * len(pivot) + 2), 4.0))
    if pivot.empty:
        return _empty(ax, title, "no scored words")
    voices = [v for v in ("journalist", "quoted", "all") if v in pivot.columns] + [
        v for v in pivot.columns if v not in ("journalist", "quoted", "all")]
    width = 0.8 / len(voices)
    x = np.arange(len(pivot))
    for i, voice in enumerate(voices):
        ax.bar(x + (i - (len(voices) - 1) / 2) * width, pivot[voice].to_numpy(dtype=float), width,
               yerr=err[voice].fillna(0).to_numpy(dtype=float),
               capsize=3, color=PALETTE[i % len(PALETTE)], label=str(voice))
    ax.axhline(0, color="0.3", linewidth=0.8)
    ax.set_xticks(x, [str(g) for g in pivot.index], rotation=30 if len(pivot) > 4 else 0,
                  ha="right" if len(pivot) > 4 else "center")
    ax.set_xlabel(by)
    ax.set_ylabel("sentiment score per 100 words")
    ax.set_title(title)
    ax.legend(title="voice", frameon=False)
    return ax


def plot_terms(table: pd.DataFrame, *, ax: Axes | None = None, concept: str | None = None) -> Axes:
    """Which of the competing terms for one concept each group uses: stacked shares.

    Args:
        table: a TERMS table.
        ax: the Axes to draw on; a new figure when None.
        concept: the concept; default: the one used most.

    Returns:
        The Axes.
    """
    require(table, TERMS, caller="plot_terms")
    by = _by(table)
    if concept is None:
        totals = table.groupby("concept")["count"].sum()
        concept = str(totals.idxmax()) if len(totals) else ""
    sub = table[table["concept"] == concept]
    pivot = sub.pivot_table(index="group", columns="term", values="count", aggfunc="sum", fill_value=0)
    pivot = pivot.loc[:, pivot.sum() > 0] if len(pivot) else pivot
    ax = _axes(ax, (7.5, max(2.5, 0.5 * len(pivot) + 1.5)))
    title = f"Terms for {concept.replace('_', ' ')} by {by}" if concept else "Contested terms"
    if pivot.empty or pivot.to_numpy().sum() == 0:
        return _empty(ax, title, "none of the terms is used")
    order = pivot.sum().sort_values(ascending=False).index.tolist()
    shares = pivot[order].div(pivot.sum(axis=1).replace(0, np.nan), axis=0).fillna(0.0)
    ys = np.arange(len(pivot))[::-1]
    left = np.zeros(len(pivot))
    for i, term in enumerate(order):
        ax.barh(ys, shares[term].to_numpy(), left=left, color=PALETTE[i % len(PALETTE)], label=str(term), height=0.7)
        left += shares[term].to_numpy()
    ax.set_yticks(ys, [f"{g} (n={int(t)})" for g, t in zip(pivot.index, pivot.sum(axis=1), strict=True)])
    ax.set_xlim(0, 1)
    ax.set_xlabel("share of the concept's uses")
    ax.set_ylabel(by)
    ax.set_title(title)
    ax.legend(title="term (lemma)", loc="upper center", bbox_to_anchor=(0.5, -0.18), ncol=min(4, len(order)),
              frameon=False)
    return ax
