"""Figures of the lite annotator's trained name recogniser: mention F1 per language, and speed.

For every gold corpus of ``bench/ner_corpora.py`` it runs ``annotate(..., annotator="lite")`` end
to end on the documents the shipped models were not trained on (the dev split recorded in
``newskit/data/ner/meta.json``) and prints precision, recall and F1 of exact character spans,
typed and untyped (Serbian SETimes marks names untyped, so only its untyped figure means
anything), plus the Serbian Cyrillic copies of the dev documents. Where a corpus's dev documents
mix genres, it also prints the figures of its news documents and of the others apart
(:func:`ner_corpora.genre`): the news figure is the one that matters for newskit. Gold
``deriv-per`` is not a mention, as in ENTITIES. Then lite's throughput end to end on one core (``n_jobs=1``, no cache),
in tokens per second of wall time and of CPU time, the best of three runs.

``--heldout`` also scores the documents of ``../shared/data/HELDOUT.md``, which nothing was
trained or tuned on. Read that figure once, at the end: tuning on it would make it worthless.

``--save`` stores the dev figures in ``newskit/data/ner/meta.json`` (``bench/train_ner.py`` does so
too), the bar ``tests/test_recogniser.py`` guards.

Run: ``python bench/eval_ner.py [--heldout] [--no-speed] [--save]``.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import ner_corpora as nc  # noqa: E402

import newskit as nk  # noqa: E402
from newskit import recogniser  # noqa: E402


def dev_split() -> dict[str, list[str]]:
    meta = json.loads((recogniser.MODEL_DIR / "meta.json").read_text(encoding="utf-8"))
    return {name: part["dev"] for name, part in meta["split"].items()}


def evaluate(*, heldout: bool = False) -> dict[str, dict[str, float]]:
    """Figures per corpus: ``{"dev <corpus>": {...}, ...}`` (see :func:`ner_corpora.score`)."""
    dev = dev_split()
    out: dict[str, dict[str, float]] = {}
    for name in nc.CORPORA:
        if not all((nc.SHARED / rel).exists() for rel in nc.CORPORA[name][0].split()):
            continue
        docs = nc.read(name, only=set(dev.get(name, ())))
        if not docs:
            out[f"dev {name}"] = {}
            continue
        ann = nk.annotate([d.article for d in docs], language=docs[0].lang, annotator="lite", cache=False,
                          progress=False, n_jobs=1)
        out[f"dev {name}"] = nc.score(docs, ann.entities)
        genres: dict[str, list[nc.Doc]] = {}
        for d in docs:
            genres.setdefault(nc.genre(d), []).append(d)
        if len(genres) > 1:
            for kind in ("news", "other"):
                out[f"dev {name}, {kind}"] = nc.score(genres[kind], ann.entities)
        if heldout:
            held = nc.read(name, heldout=True)
            if held:
                out[f"heldout {name}"] = nc.annotate_and_score(held)
    rel, lang = nc.CYRILLIC
    if (nc.SHARED / rel).exists():
        wanted = {f"{i}-cyr" for i in dev.get("sr-set-dev", ())}
        docs = nc.read("sr-set-cyrillic", rel=rel, lang=lang, only=wanted)
        if docs:
            out["dev sr-set-dev, Cyrillic"] = nc.annotate_and_score(docs)
    return out


def speed(path: Path, lang: str, *, repeat: int = 3) -> dict[str, float]:
    """Lite end to end on one core: tokens per second (wall and CPU), no cache.

    The best of ``repeat`` runs (as ``timeit`` does): on a machine shared with other work, the
    slower runs measure the other work, and even CPU time grows when other processes share the cores.
    """
    gold = nk.read_conllu(path, language=lang)
    nk.annotate(gold.articles[:1], language=lang, annotator="lite", cache=False, progress=False, n_jobs=1)
    wall = cpu = float("inf")
    for _ in range(repeat):
        c0, t0 = time.process_time(), time.perf_counter()
        pred = nk.annotate(gold.articles, language=lang, annotator="lite", cache=False, progress=False, n_jobs=1)
        wall, cpu = min(wall, time.perf_counter() - t0), min(cpu, time.process_time() - c0)
    return {"tokens": len(pred.tokens), "tokens/s": len(pred.tokens) / wall, "tokens per CPU second":
            len(pred.tokens) / cpu, "load average": os.getloadavg()[0]}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--heldout", action="store_true", help="also score HELDOUT.md's documents (a final figure only)")
    ap.add_argument("--no-speed", action="store_true")
    ap.add_argument("--save", action="store_true",
                    help="store the dev figures in newskit/data/ner/meta.json (the bar tests/test_recogniser.py guards)")
    args = ap.parse_args(argv)
    if not nc.SHARED.exists():
        print(f"eval_ner: {nc.SHARED} is not here; the corpora must sit beside the checkout", file=sys.stderr)
        return 2
    print(f"{'documents':<34} {'names':>6} {'typed P':>8} {'R':>6} {'F1':>6} {'untyped P':>10} {'R':>6} {'F1':>6}")
    figures = evaluate(heldout=args.heldout)
    if args.save:
        path = recogniser.MODEL_DIR / "meta.json"
        meta = json.loads(path.read_text(encoding="utf-8"))
        meta["dev"] = {k.removeprefix("dev "): {m: round(v, 4) for m, v in f.items()}
                       for k, f in figures.items() if k.startswith("dev ") and f and "," not in k}
        path.write_text(json.dumps(meta, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    for name, f in figures.items():
        if not f:
            continue
        print(f"{name:<34} {int(f['gold mentions']):>6} {f['typed P']:>8.3f} {f['typed R']:>6.3f} "
              f"{f['typed F1']:>6.3f} {f['untyped P']:>10.3f} {f['untyped R']:>6.3f} {f['untyped F1']:>6.3f}")
    sizes = {p.name: p.stat().st_size for p in sorted(recogniser.MODEL_DIR.glob("*.crfsuite"))}
    print("models: " + ", ".join(f"{k} {v / 1e6:.2f} MB" for k, v in sizes.items()))
    if not args.no_speed:
        path = nc.SHARED / "sl-news-suk" / "senticoref_ud_test.conllu"
        if path.exists():
            s = speed(path, "sl")
            print(f"lite end to end, sl, one core: {s['tokens']:,} tokens, {s['tokens/s']:,.0f} tokens/s "
                  f"({s['tokens per CPU second']:,.0f} per CPU second; load average {s['load average']:.1f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
