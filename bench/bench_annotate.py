"""Annotation speed and memory: tokenizer, lite, classla, newskit's overhead, the cache, Dask.

Prints the figures for the closing note. Measured on the Slovenian news of
``../shared/data/sl-news-suk`` (81 articles; the example article stands in without it):

1. tokens per second for the tokenizer alone (classla's obeliks), the lite annotator and the
   classla pipeline (tokenize, pos, lemma, depparse, ner);
2. newskit's overhead over calling the same classla pipeline directly on the same texts
   (target: under 5 %);
3. the cache: a second ``annotate()`` of the same articles (target: over 100x faster);
4. peak memory for 1,000 articles (the corpus tiled) annotated in one call;
5. Dask: the same articles on a ``LocalCluster`` with one and with two worker processes.

The official CLASSLA models cannot be downloaded here, so the classla figures come from model
directories trained with classla's own code (:mod:`newskit._tiny_models`): ``tiny`` (small
dimensions, used by the tests) and ``default-size`` (classla's default dimensions, which the
official models use, trained for two steps: useless annotations, but the official models'
architecture, hence about their speed). With the official models installed, ``--official``
measures them instead.

Run: ``python bench/bench_annotate.py [--quick] [--official]``.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import subprocess
import sys
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data"
SUK = SHARED / "sl-news-suk" / "senticoref_ud_test.conllu"
SSJ_DEV = SHARED / "ud-sl-ssj" / "sl_ssj-ud-dev.conllu"
HANDMADE = ROOT / "tests" / "data" / "tiny_sl.conllu"


def load_articles() -> list:
    import newskit as nk

    if SUK.exists():
        return list(nk.read_conllu(SUK).articles)
    print(f"({SUK} is not here: using the example article, tiled)")
    ex = nk.load_example()
    return [dataclasses.replace(ex, article_id=f"ex{i}") for i in range(20)]


def tiled(articles: list, n: int) -> list:
    """``n`` articles cycling through ``articles``, each with its own id and a last paragraph of its own.

    The extra paragraph keeps every text distinct: annotate() annotates a repeated text only once.
    """
    out = []
    for i in range(n):
        a = articles[i % len(articles)]
        out.append(dataclasses.replace(a, article_id=f"{a.article_id}~{i}",
                                       paragraphs=(*a.paragraphs, f"To je ponovitev številka {i}.")))
    return out


def n_words(tokens) -> int:
    return len(tokens)


def timed(fn, repeat: int = 1):
    best, result = float("inf"), None
    for _ in range(repeat):
        t = time.perf_counter()
        result = fn()
        best = min(best, time.perf_counter() - t)
    return best, result


def model_dirs(quick: bool) -> dict[str, Path]:
    from newskit._tiny_models import cached_tiny_models
    from newskit.datasets import cache_dir

    root = cache_dir("bench-models")
    source = SSJ_DEV if SSJ_DEV.exists() else HANDMADE
    dirs = {"tiny": cached_tiny_models(source, root)}
    if not quick:
        dirs["default-size"] = cached_tiny_models(source, root, size="default", max_sentences=400)
    return dirs


def bench_throughput(articles: list, dirs: dict[str, Path], n_classla: int) -> dict:
    from newskit.annotate import annotate
    from newskit.models import get_pipeline

    print(f"\n== throughput: {len(articles)} articles, {len(''.join(a.text for a in articles)):,} characters ==")
    out: dict = {}
    tok = get_pipeline("sl", processors="tokenize", dir=dirs["tiny"])
    tok(articles[0].text)
    secs, docs = timed(lambda: [tok(a.text) for a in articles])
    n = sum(len(s.words) for d in docs for s in d.sentences)
    out["tokenize"] = n / secs
    print(f"tokenizer only (obeliks, through classla):  {n / secs:9,.0f} tokens/s  ({n:,} tokens in {secs:.1f} s)")
    for jobs in (1, 2):
        secs, ann = timed(lambda jobs=jobs: annotate(articles, annotator="lite", cache=False, n_jobs=jobs, progress=False))
        out[f"lite_{jobs}"] = len(ann.tokens) / secs
        print(f"lite annotator, {jobs} process{'es' if jobs > 1 else ''}:               "
              f"{len(ann.tokens) / secs:9,.0f} tokens/s  ({len(ann.tokens):,} tokens in {secs:.1f} s)")
    sample = articles[:n_classla]
    for name, d in dirs.items():
        os.environ["CLASSLA_RESOURCES_DIR"] = str(d)
        nlp = get_pipeline("sl", dir=d)
        nlp(sample[0].text)  # warm up: the first call pays for lazy set-up
        # interleaved and best of three: other load on the machine hits both sides alike
        direct_secs = nk_secs = own_share = float("inf")
        inside = [0.0]
        process = nlp.process

        def timed_process(doc, process=process, inside=inside):
            t = time.perf_counter()
            try:
                return process(doc)
            finally:
                inside[0] += time.perf_counter() - t

        for _ in range(3):
            secs, docs = timed(lambda nlp=nlp: [nlp(a.text) for a in sample])
            direct_secs = min(direct_secs, secs)
            inside[0] = 0.0
            nlp.process = timed_process  # count the time annotate() spends inside classla
            try:
                secs, ann = timed(lambda: annotate(sample, annotator="classla", cache=False, progress=False))
            finally:
                del nlp.process
            nk_secs = min(nk_secs, secs)
            own_share = min(own_share, (secs - inside[0]) / inside[0] * 100)
        n = sum(len(s.words) for doc in docs for s in doc.sentences)
        versus_direct = (nk_secs - direct_secs) / direct_secs * 100
        out[f"classla_{name}"] = n / direct_secs
        out[f"overhead_{name}"] = own_share
        out[f"versus_direct_{name}"] = versus_direct
        print(f"classla pipeline, {name} models, direct:  {n / direct_secs:9,.0f} tokens/s  "
              f"({n:,} tokens, {len(sample)} articles, one call each, {direct_secs:.1f} s)")
        print(f"  through newskit annotate():              {len(ann.tokens) / nk_secs:9,.0f} tokens/s  "
              f"({versus_direct:+.1f} % time against the direct calls)")
        print(f"  newskit's own work (realigning, tables) {own_share:+.1f} % on top of the time inside classla "
              f"(target < 5 %)")
    return out


def bench_cache(articles: list, dirs: dict[str, Path], tmp: Path) -> dict:
    from newskit.annotate import annotate

    print("\n== cache: a second annotate() of the same articles ==")
    out = {}
    os.environ["NEWSKIT_CACHE"] = str(tmp / "cache")
    for label, kwargs, arts in [
        ("lite", {"annotator": "lite", "n_jobs": 1}, articles),
        *[(f"classla ({name})", {"annotator": "classla"}, articles[:10]) for name in dirs],
    ]:
        if label.startswith("classla"):
            os.environ["CLASSLA_RESOURCES_DIR"] = str(dirs[label.split("(")[1].rstrip(")")])
        cold, first = timed(lambda kwargs=kwargs, arts=arts: annotate(arts, progress=False, **kwargs))
        warm, second = timed(lambda kwargs=kwargs, arts=arts: annotate(arts, progress=False, **kwargs), repeat=3)
        assert second.tokens.attrs["cache"]["hits"] == len(arts), second.tokens.attrs["cache"]
        assert first.tokens.equals(second.tokens)
        out[label] = cold / warm
        print(f"{label:<24} {len(arts):3d} articles: first {cold:7.2f} s, from the cache {warm:6.3f} s "
              f"-> {cold / warm:6.0f}x (target > 100x)")
    return out


_MEMORY_CHILD = r"""
import dataclasses, json, os, resource, sys, time, warnings
warnings.simplefilter("ignore")
import newskit as nk
from newskit.annotate import annotate
arts = list(nk.read_conllu(sys.argv[1]).articles) if sys.argv[1] != "-" else [nk.load_example()]
n = int(sys.argv[2])
arts = [dataclasses.replace(arts[i % len(arts)], article_id=f"{arts[i % len(arts)].article_id}~{i}",
                           paragraphs=(*arts[i % len(arts)].paragraphs, f"To je ponovitev številka {i}."))
        for i in range(n)]
import gc
gc.collect()

def status(field):
    for line in open("/proc/self/status"):
        if line.startswith(field + ":"):
            return int(line.split()[1])  # kB
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss

base = status("VmRSS")  # python, pandas, newskit and the articles
try:
    with open("/proc/self/clear_refs", "w") as fh:
        fh.write("5")  # reset the peak (VmHWM) to the current size: reading the corpus peaked higher
except OSError:
    pass
t = time.perf_counter()
ann = annotate(arts, annotator=sys.argv[3], cache=False, n_jobs=1, progress=False)
secs = time.perf_counter() - t
peak = status("VmHWM")
print(json.dumps({"base_mb": base / 1024, "peak_mb": peak / 1024, "tokens": len(ann.tokens),
                  "entities": len(ann.entities), "seconds": secs,
                  "table_mb": ann.tokens.memory_usage(deep=True).sum() / 2**20}))
"""


def bench_memory(n: int, annotator: str, models: Path | None, tmp: Path, label: str | None = None) -> dict:
    env = dict(os.environ, NEWSKIT_CACHE=str(tmp / "mem-cache"))
    if models is not None:
        env["CLASSLA_RESOURCES_DIR"] = str(models)
    proc = subprocess.run([sys.executable, "-c", _MEMORY_CHILD, str(SUK) if SUK.exists() else "-", str(n), annotator],
                          capture_output=True, text=True, env=env, cwd=ROOT, check=False)
    if proc.returncode != 0:
        print(proc.stderr[-2000:])
        raise SystemExit("memory benchmark failed")
    r = json.loads(proc.stdout.strip().splitlines()[-1])
    print(f"{label or annotator} {n:,} articles ({r['tokens']:,} tokens, {r['entities']:,} entities) in {r['seconds']:.0f} s: "
          f"peak RSS {r['peak_mb']:,.0f} MB, {r['peak_mb'] - r['base_mb']:+,.0f} MB over the {r['base_mb']:,.0f} MB "
          f"of Python, pandas, newskit and the articles (classla, torch and the models included); "
          f"the TOKENS table itself {r['table_mb']:,.0f} MB")
    return r


def bench_dask(articles: list, tmp: Path, annotator: str, models: Path | None, batch_size: int) -> dict:
    from distributed import Client, LocalCluster

    from newskit.distributed import annotate_dask, read_tokens

    out = {}
    for workers in (1, 2):
        env = {"NEWSKIT_CACHE": str(tmp / "dask-cache"), "OMP_NUM_THREADS": "1"}
        with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None,
                          env=env) as cluster, Client(cluster) as client:
            # warm the workers (imports, pipeline) so the timing is the annotation itself
            annotate_dask(articles[:workers], client=client, out_dir=tmp / f"warm{workers}", annotator=annotator,
                          models_dir=models, batch_size=1, cache=False, progress=False)
            secs, path = timed(lambda client=client, workers=workers: annotate_dask(
                articles, client=client, out_dir=tmp / f"dask{workers}-{annotator}", annotator=annotator,
                models_dir=models, batch_size=batch_size, cache=False, progress=False))
        n = len(read_tokens(path, lazy=False))
        out[workers] = secs
        print(f"{annotator:<8} {workers} worker{'s' if workers > 1 else ' '}: {len(articles)} articles, {n:,} tokens "
              f"in {secs:6.1f} s = {n / secs:8,.0f} tokens/s")
    print(f"{annotator:<8} speed-up with two workers: {out[1] / out[2]:.2f}x")
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--quick", action="store_true", help="tiny models only, fewer articles")
    ap.add_argument("--official", action="store_true", help="also time the official models, if installed")
    args = ap.parse_args()
    warnings.simplefilter("ignore")
    import tempfile

    import newskit as nk

    tmp = Path(tempfile.mkdtemp(prefix="newskit-bench-"))
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"newskit {nk.__version__}; {os.cpu_count()} CPU cores, load average {load:.1f} at start")
    articles = load_articles()
    t = time.perf_counter()
    dirs = model_dirs(args.quick)  # trained once, kept in newskit's cache for the next run
    os.environ["NEWSKIT_CACHE"] = str(tmp / "cache")  # annotations: a fresh, empty cache
    print(f"model directories ready in {time.perf_counter() - t:.0f} s: "
          + ", ".join(f"{k} {v}" for k, v in dirs.items()))
    if args.official:
        from newskit.models import models_available, models_dir

        if models_available("sl"):
            dirs["official"] = models_dir(lang="sl")
        else:
            print("(official models not installed: `newskit models download sl`)")
    figures = {"throughput": bench_throughput(articles, dirs, n_classla=5 if args.quick else 10)}
    figures["cache"] = bench_cache(articles, dirs, tmp)
    print("\n== peak memory, one annotate() call (a fresh process each) ==")
    n_mem = 200 if args.quick else 1000
    figures["memory_lite"] = bench_memory(n_mem, "lite", None, tmp)
    for name, d in dirs.items():
        figures[f"memory_classla_{name}"] = bench_memory(20 if args.quick else 100, "classla", d, tmp,
                                                             label=f"classla ({name})")
    print("\n== Dask LocalCluster, lite annotator ==")
    figures["dask_lite"] = bench_dask(tiled(articles, 80 if args.quick else 324), tmp, "lite", None, batch_size=9)
    print("\n== Dask LocalCluster, classla (tiny models) ==")
    figures["dask_classla"] = bench_dask(tiled(articles, 8 if args.quick else 24), tmp, "classla", dirs["tiny"],
                                         batch_size=2)
    print("\nThe official CLASSLA models cannot be downloaded here: the 'default-size' rows use classla's default "
          "dimensions (those of the official models) with untrained weights, which approximates their speed, not "
          "their quality.")
    (tmp / "figures.json").write_text(json.dumps(figures, indent=1, default=str))
    print(f"figures also in {tmp / 'figures.json'}; load average {os.getloadavg()[0]:.1f} at the end")
    return 0


if __name__ == "__main__":
    sys.exit(main())
