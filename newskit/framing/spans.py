"""Quote spans over tokens: which tokens are inside reported statements (tone by voice, scare quotes)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

if TYPE_CHECKING:

    pass


def quote_intervals(quotes: pd.DataFrame, article_ids: pd.Index) -> pd.DataFrame:
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


def locate(intervals: pd.DataFrame, art: np.ndarray, start: np.ndarray, end: np.ndarray) -> np.ndarray:
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
