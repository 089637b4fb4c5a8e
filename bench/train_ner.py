"""Train the lite annotator's name recognisers (CRF, python-crfsuite) and write them into the package.

One command, seeded, reproducible: ``python bench/train_ner.py`` (about a minute or two on one core).

1. Reads the gold corpora of ``../shared/data`` listed in ``bench/ner_corpora.py`` (Slovenian
   SentiCoref news and SSJ; Croatian hr500k dev and test-nonsetimes; Serbian SETimes dev), leaving
   out the documents of ``../shared/data/HELDOUT.md``; rebuilds each article's text, tokenizes it
   with the lite annotator and carries the gold names over to lite's tokens by offsets.
2. Splits each corpus by document: the documents of the quote dev gold
   (``../shared/gold/quotes-dev.jsonl``) and a seeded share (seed :data:`ner_corpora.SEED`, to
   15 % in all) are the dev split, never trained on.
3. Trains ``sl.crfsuite`` on the Slovenian training documents. For the shared Croatian/Serbian/
   Bosnian model it first trains on Croatian alone, types the (untyped) Serbian gold names with
   that model's marginals, then trains ``hbs.crfsuite`` on both.
4. Writes the models and ``meta.json`` (split, parameters, the dev figures of lite end to end with
   the new models) to ``newskit/data/ner/``. ``tests/test_recogniser.py`` fails when the shipped
   model's dev F1 falls more than 0.02 under those figures.

Options: ``--out DIR`` (default the package's data folder), ``--seed N``, ``--c1``, ``--c2``,
``--iterations``.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import ner_corpora as nc  # noqa: E402

from newskit import recogniser  # noqa: E402

PARAMS = {"c1": 0.1, "c2": 0.05, "max_iterations": 150, "feature.possible_transitions": True,
          "feature.minfreq": 1}


def _xy(docs: list[nc.Doc]) -> tuple[list, list]:
    xs, ys = [], []
    for d in docs:
        feats_of = recogniser.article_features(d.sentences, d.lang)
        for feats, labels, annotated in zip(feats_of, d.labels, d.annotated, strict=True):
            if feats and annotated:
                xs.append(feats)
                ys.append(labels)
    return xs, ys


def _train(xs: list, ys: list, path: Path, params: dict) -> None:
    import pycrfsuite

    trainer = pycrfsuite.Trainer(verbose=False)
    for x, y in zip(xs, ys, strict=True):
        trainer.append(x, y)
    trainer.set_params(params)
    trainer.train(str(path))


def _project_types(docs: list[nc.Doc], model: Path) -> int:
    """Give the untyped ``NE`` gold names a type: the one the model's marginals favour over the span."""
    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    tagger.open(str(model))
    labels = set(tagger.labels())
    kinds = sorted({lab[2:] for lab in labels if lab != "O"})
    n = 0
    for d in docs:
        for feats, lab in zip(recogniser.article_features(d.sentences, d.lang), d.labels, strict=True):
            if not any(x != "O" for x in lab):
                continue
            tagger.set(feats)
            tagger.tag()
            j = 0
            while j < len(lab):
                if lab[j] != "B-NE":
                    j += 1
                    continue
                k = j + 1
                while k < len(lab) and lab[k] == "I-NE":
                    k += 1

                def mass(kind: str, j: int = j, k: int = k) -> float:
                    total = 0.0
                    for t in range(j, k):
                        name = ("B-" if t == j else "I-") + kind
                        total += tagger.marginal(name, t) if name in labels else 0.0
                    return total

                best = max(kinds, key=mass)
                lab[j] = "B-" + best
                for t in range(j + 1, k):
                    lab[t] = "I-" + best
                n += 1
                j = k
    return n


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", type=Path, default=recogniser.MODEL_DIR)
    ap.add_argument("--seed", type=int, default=nc.SEED)
    ap.add_argument("--c1", type=float, default=PARAMS["c1"])
    ap.add_argument("--c2", type=float, default=PARAMS["c2"])
    ap.add_argument("--iterations", type=int, default=PARAMS["max_iterations"])
    ap.add_argument("--no-eval", action="store_true", help="skip the end-to-end dev figures")
    args = ap.parse_args(argv)
    params = {**PARAMS, "c1": args.c1, "c2": args.c2, "max_iterations": args.iterations}
    missing = [rel for rels, *_ in nc.CORPORA.values() for rel in rels.split() if not (nc.SHARED / rel).exists()]
    if missing:
        print(f"train_ner: {', '.join(missing)} not under {nc.SHARED}; the corpora must sit beside the checkout",
              file=sys.stderr)
        return 2
    t0 = time.perf_counter()
    train: dict[str, list[nc.Doc]] = {}
    dev: dict[str, list[nc.Doc]] = {}
    for name in nc.CORPORA:
        docs = nc.read(name)
        train[name], dev[name] = nc.split(docs, seed=args.seed)
        unaligned = sum(d.unaligned for d in docs)
        print(f"{name}: {len(train[name])} train / {len(dev[name])} dev documents, "
              f"{sum(len(d.gold) for d in docs)} gold names ({unaligned} not on lite token edges)")
    args.out.mkdir(parents=True, exist_ok=True)
    meta: dict = {"seed": args.seed, "dev_share": nc.DEV_SHARE, "params": params, "models": {}}
    groups: dict[str, list[str]] = {}
    for name, (_, _, model, _) in nc.CORPORA.items():
        groups.setdefault(model, []).append(name)
    for model, names in groups.items():
        path = args.out / f"{model}.crfsuite"
        typed = [n for n in names if nc.CORPORA[n][3] == "NER"]
        untyped = [n for n in names if nc.CORPORA[n][3] != "NER"]
        xs, ys = _xy([d for n in typed for d in train[n]])
        if untyped:  # type the untyped names with a model of the typed corpora first
            first = args.out / f".{model}-typed.crfsuite"
            _train(xs, ys, first, params)
            n_proj = _project_types([d for n in untyped for d in train[n]], first)
            first.unlink()
            print(f"{model}: {n_proj} untyped gold names typed by the {'+'.join(typed)} model")
            ux, uy = _xy([d for n in untyped for d in train[n]])
            xs, ys = xs + ux, ys + uy
        _train(xs, ys, path, params)
        meta["models"][model] = {
            "file": path.name, "bytes": path.stat().st_size, "sentences": len(xs),
            "tokens": sum(len(y) for y in ys), "corpora": names,
        }
        print(f"{model}: trained on {len(xs)} sentences, {sum(len(y) for y in ys)} tokens -> {path} "
              f"({path.stat().st_size / 1e6:.2f} MB)")
    meta["split"] = {n: {"train": sorted(d.doc_id for d in train[n]), "dev": sorted(d.doc_id for d in dev[n])}
                     for n in nc.CORPORA}
    if not args.no_eval and args.out.resolve() == recogniser.MODEL_DIR.resolve():
        recogniser.model_digest.cache_clear()
        recogniser._tagger.cache_clear()
        meta["dev"] = {}
        for name in nc.CORPORA:
            figures = nc.annotate_and_score(dev[name])
            meta["dev"][name] = {k: round(v, 4) for k, v in figures.items()}
            print(f"dev {name}: typed F1 {figures['typed F1']:.3f}, untyped F1 {figures['untyped F1']:.3f} "
                  f"({int(figures['gold mentions'])} gold names)")
    (args.out / "meta.json").write_text(json.dumps(meta, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"done in {time.perf_counter() - t0:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
