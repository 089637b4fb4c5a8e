"""Benchmark the framing measures on 10,000 articles' token tables, on one core, and print the figures.

The shared five-outlet corpus (``../shared/data/sl-news-suk``, 81 articles, 38,714 tokens) is
tiled 124 times under new article ids: 10,044 articles, about 4.8 million tokens, with its
entities, the quotes and credits extracted once from the 81 articles (and tiled), and an ARTICLES
table for the outlets. Each measure is timed on its own (best of ``--repeat`` runs), then
:func:`newskit.compare_outlets` with every table given. Memory: the tokens table's size, the
peak traced by ``tracemalloc`` during one ``compare_outlets`` (a separate, untimed run) and the
process's peak resident size.

Run: ``python bench/bench_framing.py [--copies 124] [--repeat 1]``. Prints a note and exits 0
when ``../shared`` is not there.
"""

from __future__ import annotations

import os

# One core: no BLAS or OpenMP threads (pandas and the measures are single-threaded anyway).
for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "NUMEXPR_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse  # noqa: E402
import resource  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
import tracemalloc  # noqa: E402
import warnings  # noqa: E402
from collections.abc import Callable  # noqa: E402
from pathlib import Path  # noqa: E402

import pandas as pd  # noqa: E402

import newskit as nk  # noqa: E402

SHARED = Path(__file__).resolve().parents[2] / "shared" / "data"
CORPUS = SHARED / "sl-news-suk" / "senticoref_ud_test.conllu"


def tile(table: pd.DataFrame, copies: int) -> pd.DataFrame:
    """``copies`` copies of a table keyed by ``article_id``, each under its own ids (``<id>~<k>``)."""
    parts = []
    for k in range(copies):
        part = table.copy(deep=False)
        part["article_id"] = table["article_id"] + f"~{k}"
        parts.append(part)
    out = pd.concat(parts, ignore_index=True)
    out["article_id"] = out["article_id"].astype("string")
    return out


def best_of(repeat: int, fn: Callable[[], object]) -> tuple[float, object]:
    best, result = float("inf"), None
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        best = min(best, time.perf_counter() - start)
    return best, result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--copies", type=int, default=124, help="tiles of the 81-article corpus (default: 124)")
    parser.add_argument("--repeat", type=int, default=1, help="timed runs per measure; the best counts")
    args = parser.parse_args(argv)
    if not CORPUS.exists():
        print(f"bench_framing: {CORPUS} is not here; nothing to measure")
        return 0
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})

    ann = nk.load_corpus("sl-news-suk")
    quotes = nk.extract_quotes(ann.tokens, articles=ann.articles)
    sources = nk.extract_sources(ann.tokens, articles=ann.articles)
    lexicon = nk.load_sentiment_lexicon()
    articles = nk.articles_table(ann.articles)[["article_id", "outlet", "language"]]

    start = time.perf_counter()
    tokens = tile(ann.tokens, args.copies)
    entities = tile(ann.entities, args.copies)
    big_quotes = tile(quotes, args.copies)
    big_sources = tile(sources, args.copies)
    big_articles = tile(articles, args.copies)
    tiling = time.perf_counter() - start
    n_articles, n_tokens = len(big_articles), len(tokens)
    size_mb = tokens.memory_usage(deep=True).sum() / 2**20
    print(f"corpus: {n_articles:,} articles, {n_tokens:,} tokens, {len(entities):,} entities, "
          f"{len(big_quotes):,} quotes ({args.copies} tiles of {len(ann.articles)} articles; tiling {tiling:.1f} s)")
    print(f"tokens table in memory: {size_mb:,.0f} MiB")

    measures: dict[str, Callable[[], object]] = {
        "distinctive_words": lambda: nk.distinctive_words(tokens, big_articles),
        "keyness": lambda: nk.keyness(tokens, big_articles),
        "share_of_voice": lambda: nk.share_of_voice(big_quotes, big_articles),
        "credited_sources": lambda: nk.credited_sources(big_quotes, big_articles, sources=big_sources),
        "reporting_stance": lambda: nk.reporting_stance(big_quotes, big_articles),
        "naming": lambda: nk.naming(tokens, big_articles, entities=entities),
        "scare_quotes": lambda: nk.scare_quotes(tokens, big_articles, quotes=big_quotes),
        "tone": lambda: nk.tone(tokens, big_articles, quotes=big_quotes, lexicon=lexicon),
        "contested_terms": lambda: nk.contested_terms(tokens, big_articles),
    }
    print(f"\n{'measure':<20} {'seconds':>8} {'rows':>9} {'tokens/s':>12}")
    total = 0.0
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # one group per outlet: nothing to warn about, but be quiet
        for name, fn in measures.items():
            seconds, table = best_of(args.repeat, fn)
            total += seconds
            rows = len(table) if isinstance(table, pd.DataFrame) else 0
            print(f"{name:<20} {seconds:>8.2f} {rows:>9,} {n_tokens / seconds:>12,.0f}")
        print(f"{'sum of the measures':<20} {total:>8.2f}")

        def compare() -> nk.Comparison:
            return nk.compare_outlets(tokens, big_articles, quotes=big_quotes, sources=big_sources,
                                      entities=entities, lexicon=lexicon)

        seconds, result = best_of(args.repeat, compare)
        print(f"{'compare_outlets':<20} {seconds:>8.2f} {'':>9} {n_tokens / seconds:>12,.0f}  (shared preparation)")

        tracemalloc.start()
        compare()
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    peak_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    print(f"\nmemory: tracemalloc peak during compare_outlets {peak / 2**20:,.0f} MiB; "
          f"process peak RSS {peak_rss:,.0f} MiB (tokens table {size_mb:,.0f} MiB)")
    assert isinstance(result, nk.Comparison)
    print("outlets:", ", ".join(sorted(set(result.tone["group"]))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
