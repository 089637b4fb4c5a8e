"""Throughput of quote extraction from a token table, on one core.

Tiles the tokens of ``../shared/data/sl-news-suk/senticoref_ud_test.conllu`` (gold annotation, 81
articles) until the table has at least ``--tokens`` rows, each copy a new article, and times
:func:`newskit.extract_quotes`, :func:`newskit.extract_sources` and
:func:`newskit.quotes.extract_attribution` (both tables, one pass) on it, best of ``--repeat``
runs after a warm-up (lexicons and regular expressions are built once per process). The text is
rebuilt from the tokens' offsets, as when no articles are passed. The time is the process's CPU
time (user + system, :func:`time.process_time`), not wall time, so that other work on a shared
machine does not slow the figure; wall time is printed beside it.

Run: ``python bench/bench_quotes.py [--tokens 200000] [--repeat 3]``; prints tokens per second.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import pandas as pd

import newskit as nk

SUK = Path(__file__).resolve().parents[2] / "shared" / "data" / "sl-news-suk" / "senticoref_ud_test.conllu"


def tiled(tokens: pd.DataFrame, n: int) -> pd.DataFrame:
    copies = []
    total = 0
    k = 0
    while total < n:
        c = tokens.copy()
        c["article_id"] = c["article_id"] + f"#{k}"
        copies.append(c)
        total += len(c)
        k += 1
    return pd.concat(copies, ignore_index=True)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--tokens", type=int, default=200_000)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args(argv)
    if not SUK.exists():
        print(f"bench_quotes: {SUK} is not here; nothing to time")
        return 0
    tokens = tiled(nk.read_conllu(SUK, language="sl").tokens, args.tokens)
    nk.extract_quotes(tokens.head(2000), language="sl")  # warm-up: lexicons, regular expressions
    from newskit.quotes import extract_attribution

    for name, fn in (("extract_quotes", nk.extract_quotes), ("extract_sources", nk.extract_sources),
                     ("extract_attribution", extract_attribution)):
        best = wall = float("inf")
        for _ in range(args.repeat):
            w0, t0 = time.perf_counter(), time.process_time()
            result = fn(tokens, language="sl")
            best = min(best, time.process_time() - t0)
            wall = min(wall, time.perf_counter() - w0)
        out = result[0] if isinstance(result, tuple) else result
        print(f"{name}: {len(tokens):,} tokens, {tokens['article_id'].nunique()} articles, {len(out):,} rows "
              f"in {best:.2f} s CPU = {len(tokens) / best:,.0f} tokens/s (one core; wall {wall:.2f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
