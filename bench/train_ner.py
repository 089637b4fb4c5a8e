"""Train the lite annotator's name recognisers (CRF, python-crfsuite) and write them into the package.

One command, seeded, reproducible: ``python bench/train_ner.py`` (about a minute or two on one core).

1. Reads the gold corpora of ``../shared/data`` listed in ``bench/ner_corpora.py`` (Slovenian
   SentiCoref news and SSJ; Croatian hr500k dev and test-nonsetimes; Serbian SETimes dev), leaving
   out the documents of ``../shared/data/HELDOUT.md``; rebuilds each article's text, tokenizes it
   with the lite annotator and carries the gold names over to lite's tokens by offsets.
2. Splits each corpus by document: the documents of the quote dev gold
   (``../shared/gold/quotes-dev.jsonl``) and a seeded share (seed :data:`ner_corpora.SEED`, to
   15 % in all) are the dev split, never trained on; so are the translations of those documents
   in the other corpora (hr500k and SETimes.SR share SETimes articles: ``set.hr.80`` and
   ``set.sr.80``), and the translations of held-out documents are not read at all.
3. Trains ``sl.crfsuite`` on the Slovenian training documents. For the shared Croatian/Serbian/
   Bosnian model it first trains on Croatian alone, types the (untyped) Serbian gold names with
   that model's marginals, then trains ``hbs.crfsuite`` on both (``--pool-sl``: and on the
   Slovenian training documents, see :data:`POOL_SL`).
4. Writes the models and ``meta.json`` (split, parameters, the dev figures of lite end to end with
   the new models) to ``newskit/data/ner/``. ``tests/test_recogniser.py`` fails when the shipped
   model's dev F1 falls more than 0.02 under those figures.

Options: ``--out DIR`` (default the package's data folder), ``--seed N``, ``--c1``, ``--c2``,
``--iterations``. ``--cv K`` trains nothing into the package: it prints mention F1 of a K-fold
cross-validation over the *training* documents (and of the dev split), the figure the parameters
and features were chosen by; the dev split alone is small enough to swing by a few points.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import ner_corpora as nc  # noqa: E402

import newskit as nk  # noqa: E402
from newskit import recogniser  # noqa: E402

#: Corpora of another model whose training documents are added to a model's training data, with
#: ``--pool-sl`` (not the default): the Slovenian ones lift the Croatian name figures a little
#: (3-fold CV on hr500k's news documents, typed F1 0.626 -> 0.643; dev 0.757 -> 0.762) but cost
#: Serbian (untyped CV 0.763 -> 0.757, dev 0.807 -> 0.796) and lite's quote attribution on the
#: quote dev gold (attributed recall hr 0.883 -> 0.767, sr 0.872 -> 0.808), so they stay out.
POOL_SL: dict[str, tuple[str, ...]] = {"hbs": ("senticoref", "ssj")}
POOL: dict[str, tuple[str, ...]] = {}

PARAMS = {"c1": 0.02, "c2": 0.05, "max_iterations": 150, "feature.possible_transitions": True,
          "feature.minfreq": 1}
#: A model's own parameters over :data:`PARAMS` (chosen by ``--cv 3``): the Slovenian model with
#: L2 penalty 0.1 (SentiCoref CV typed F1 0.786 -> 0.787, dev 0.790 -> 0.808; 0.2: 0.788, 0.805).
MODEL_PARAMS: dict[str, dict] = {"sl": {"c2": 0.1}}


def params_for(model: str, overrides: dict | None = None) -> dict:
    """The training parameters of ``model``: :data:`PARAMS`, its :data:`MODEL_PARAMS`, then ``overrides``."""
    return {**PARAMS, **MODEL_PARAMS.get(model, {}), **(overrides or {})}


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


def _fit(model: str, train: dict[str, list[nc.Doc]], out: Path, params: dict, *, quiet: bool = False) -> tuple[int, int]:
    """Train ``out/<model>.crfsuite`` on the training documents; (sentences, tokens) trained on."""
    names = [n for n in nc.CORPORA if nc.CORPORA[n][2] == model]
    typed = [n for n in names if nc.CORPORA[n][3] == "NER"]
    untyped = [n for n in names if nc.CORPORA[n][3] != "NER"]
    xs, ys = _xy([d for n in typed for d in train[n]])
    if untyped:  # type the untyped names with a model of the typed corpora first
        first = out / f".{model}-typed.crfsuite"
        _train(xs, ys, first, params)
        n_proj = _project_types([d for n in untyped for d in train[n]], first)
        first.unlink()
        if not quiet:
            print(f"{model}: {n_proj} untyped gold names typed by the {'+'.join(typed)} model")
        ux, uy = _xy([d for n in untyped for d in train[n]])
        xs, ys = xs + ux, ys + uy
    pooled = [d for n in POOL.get(model, ()) for d in train.get(n, [])]
    if pooled:
        px, py = _xy(pooled)
        xs, ys = xs + px, ys + py
    _train(xs, ys, out / f"{model}.crfsuite", params)
    return len(xs), sum(len(y) for y in ys)


def _fresh(doc: nc.Doc) -> nc.Doc:
    """The document with its own copy of the labels (typing the untyped names writes into them)."""
    return dataclasses.replace(doc, labels=[list(lab) for lab in doc.labels])


def cross_validate(train: dict[str, list[nc.Doc]], dev: dict[str, list[nc.Doc]], overrides: dict, k: int,
                   seed: int, models: list[str] | None = None) -> dict[str, dict[str, float]]:
    """Mention F1 (typed, untyped) of a ``k``-fold cross-validation over each corpus's training
    documents, and of models trained on all of them scored on the dev split."""
    import random
    import tempfile

    out: dict[str, dict[str, float]] = {}
    models = models or sorted({m for _, _, m, _ in nc.CORPORA.values()})
    shipped = recogniser.MODEL_DIR
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for model in models:
            names = [n for n in nc.CORPORA if nc.CORPORA[n][2] == model]
            # a document and its translations (nc.parallel_key) fall in one fold
            keys = sorted({nc.parallel_key(d.doc_id) for n in names for d in train[n]})
            random.Random(f"{seed}:cv:{model}").shuffle(keys)
            fold_key = {key: j % k for j, key in enumerate(keys)}
            fold_of = {(n, d.doc_id): fold_key[nc.parallel_key(d.doc_id)] for n in names for d in train[n]}
            sums: dict[str, list[int]] = {}
            for fold in range(k + 1):
                if fold < k:  # fold k: all training documents, scored on the dev split
                    fit = {n: [_fresh(d) for d in train[n] if fold_of[n, d.doc_id] != fold] for n in names}
                    test = {n: [d for d in train[n] if fold_of[n, d.doc_id] == fold] for n in names}
                else:
                    fit = {n: [_fresh(d) for d in train[n]] for n in names}
                    test = {n: dev[n] for n in names}
                fit.update({n: train[n] for n in POOL.get(model, ())})  # another model's corpora: all of them
                _fit(model, fit, folder, params_for(model, overrides), quiet=True)
                recogniser.MODEL_DIR = folder
                recogniser.model_digest.cache_clear()
                recogniser._tagger.cache_clear()
                for n in names:
                    docs = test[n]
                    if not docs:
                        continue
                    ann = nk.annotate([d.article for d in docs], language=docs[0].lang, annotator="lite",
                                      cache=False, progress=False, n_jobs=1)
                    key = f"{'cv' if fold < k else 'dev'} {n}"
                    parts = {key: docs}
                    genres = {nc.genre(d) for d in train[n] + dev[n]}
                    if len(genres) > 1:  # a corpus that mixes news with other genres: news apart too
                        parts[key + ", news"] = [d for d in docs if nc.genre(d) == "news"]
                    for part, these in parts.items():
                        sums[part] = [a + b for a, b in zip(sums.get(part, [0] * 6), nc.counts(these, ann.entities),
                                                            strict=True)]
            for key, c in sums.items():
                out[key] = {"typed F1": 2 * c[0] / (c[1] + c[2]) if c[1] + c[2] else 0.0,
                            "untyped F1": 2 * c[3] / (c[4] + c[5]) if c[4] + c[5] else 0.0,
                            "gold mentions": float(c[5])}
    recogniser.MODEL_DIR = shipped
    recogniser.model_digest.cache_clear()
    recogniser._tagger.cache_clear()
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", type=Path, default=recogniser.MODEL_DIR)
    ap.add_argument("--seed", type=int, default=nc.SEED)
    ap.add_argument("--c1", type=float, help=f"CRF L1 penalty, all models (default {PARAMS['c1']})")
    ap.add_argument("--c2", type=float, help=f"CRF L2 penalty, all models (default {PARAMS['c2']}; "
                                             f"per model: {MODEL_PARAMS})")
    ap.add_argument("--iterations", type=int, help=f"L-BFGS iterations (default {PARAMS['max_iterations']})")
    ap.add_argument("--no-eval", action="store_true", help="skip the end-to-end dev figures")
    ap.add_argument("--pool-sl", action="store_true",
                    help="also train the hbs model on the Slovenian training documents (measured, not the default)")
    ap.add_argument("--models", nargs="+", choices=sorted({m for _, _, m, _ in nc.CORPORA.values()}),
                    help="train (or with --cv, cross-validate) only these models, reading only their corpora; "
                         "the other models and their meta.json entries are kept as they are")
    ap.add_argument("--cv", type=int, default=0, metavar="K",
                    help="print K-fold cross-validation figures on the training documents; write no model")
    args = ap.parse_args(argv)
    overrides = {k: v for k, v in (("c1", args.c1), ("c2", args.c2), ("max_iterations", args.iterations))
                 if v is not None}
    params = {**PARAMS, **overrides}
    if args.pool_sl:
        POOL.update(POOL_SL)
    corpora = [n for n, (_, _, model, _) in nc.CORPORA.items() if not args.models or model in args.models]
    missing = [rel for n in corpora for rel in nc.CORPORA[n][0].split() if not (nc.SHARED / rel).exists()]
    if missing:
        print(f"train_ner: {', '.join(missing)} not under {nc.SHARED}; the corpora must sit beside the checkout",
              file=sys.stderr)
        return 2
    t0 = time.perf_counter()
    train: dict[str, list[nc.Doc]] = {}
    dev: dict[str, list[nc.Doc]] = {}
    for name in corpora:
        docs = nc.read(name)
        train[name], dev[name] = nc.split(docs, seed=args.seed)
        unaligned = sum(d.unaligned for d in docs)
        print(f"{name}: {sum(len(d.gold) for d in docs)} gold names ({unaligned} not on lite token edges)")
    moved = nc.align_parallel(train, dev)
    for name in corpora:
        print(f"{name}: {len(train[name])} train / {len(dev[name])} dev documents")
    print(f"{moved} training documents moved to dev: translations of dev documents (SETimes hr/sr)")
    if args.cv:
        if args.cv < 2:
            print("train_ner: --cv needs at least 2 folds", file=sys.stderr)
            return 2
        for key, f in cross_validate(train, dev, overrides, args.cv, args.seed, args.models).items():
            print(f"{key:<30} typed F1 {f['typed F1']:.3f}  untyped F1 {f['untyped F1']:.3f}  "
                  f"({int(f['gold mentions'])} gold names)")
        print(f"done in {time.perf_counter() - t0:.0f} s")
        return 0
    args.out.mkdir(parents=True, exist_ok=True)
    meta: dict = {"seed": args.seed, "dev_share": nc.DEV_SHARE, "params": params, "models": {}}
    old_meta = args.out / "meta.json"
    if args.models and old_meta.exists():  # keep what the other models' last training recorded
        kept = json.loads(old_meta.read_text(encoding="utf-8"))
        if kept.get("params") != params or kept.get("seed") != args.seed:
            print("train_ner: --models with other parameters or seed than the shipped models' would mix them "
                  "in meta.json; train all models instead", file=sys.stderr)
            return 2
        meta = {**kept, "models": dict(kept.get("models", {})), "split": dict(kept.get("split", {})),
                "dev": dict(kept.get("dev", {}))}
    groups: dict[str, list[str]] = {}
    for name in corpora:
        groups.setdefault(nc.CORPORA[name][2], []).append(name)
    for model, names in groups.items():
        path = args.out / f"{model}.crfsuite"
        n_sent, n_tok = _fit(model, train, args.out, params_for(model, overrides))
        meta["models"][model] = {"params": params_for(model, overrides),
            "file": path.name, "bytes": path.stat().st_size, "sentences": n_sent, "tokens": n_tok, "corpora": names + list(POOL.get(model, ())),
        }
        print(f"{model}: trained on {n_sent} sentences, {n_tok} tokens -> {path} ({path.stat().st_size / 1e6:.2f} MB)")
    meta["split"] = {**meta.get("split", {}), **{
        n: {"train": sorted(d.doc_id for d in train[n]), "dev": sorted(d.doc_id for d in dev[n])} for n in corpora}}
    if args.no_eval or args.out.resolve() != recogniser.MODEL_DIR.resolve():
        for name in corpora:  # figures of a model no longer shipped
            meta.get("dev", {}).pop(name, None)
    else:
        recogniser.model_digest.cache_clear()
        recogniser._tagger.cache_clear()
        meta["dev"] = meta.get("dev", {}) if args.models else {}
        for name in corpora:
            figures = nc.annotate_and_score(dev[name])
            meta["dev"][name] = {k: round(v, 4) for k, v in figures.items()}
            print(f"dev {name}: typed F1 {figures['typed F1']:.3f}, untyped F1 {figures['untyped F1']:.3f} "
                  f"({int(figures['gold mentions'])} gold names)")
    (args.out / "meta.json").write_text(json.dumps(meta, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"done in {time.perf_counter() - t0:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
