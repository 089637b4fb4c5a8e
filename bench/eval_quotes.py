"""Score quote extraction against the shared dev gold and print the figures.

Gold: ``../shared/gold/quotes-dev.jsonl`` (its README), scored with
``../shared/tools/score_quotes.py`` (bag-of-words F1 >= 0.5 to match, speaker by name words).
Docs: ``seed`` is the project's example article; ``senticorefNNNN`` are articles of
``../shared/data/sl-news-suk/senticoref_ud_test.conllu``.

Two annotations are scored:

- **gold**: the senticoref articles with their gold tokens, lemmas, MSDs, features and names
  (:func:`newskit.read_conllu`; that file has no dependency trees). The seed has no gold CoNLL-U,
  so under "gold" it is scored with the best annotation newskit has offline, the lite one.
- **lite**: every article annotated afresh with ``annotate(..., annotator="lite")`` (tokens,
  lemmas and names only).

Run: ``python bench/eval_quotes.py [--verbose] [--out DIR]`` (``--out`` writes the prediction files).
Exits 0; prints a note and nothing else when ``../shared`` is not there.
"""

from __future__ import annotations

import argparse
import importlib.util
import io
import json
import sys
from contextlib import redirect_stderr
from pathlib import Path

import pandas as pd

import newskit as nk

SHARED = Path(__file__).resolve().parents[2] / "shared"
GOLD = SHARED / "gold" / "quotes-dev.jsonl"
SCORER = SHARED / "tools" / "score_quotes.py"
SUK = SHARED / "data" / "sl-news-suk" / "senticoref_ud_test.conllu"
SEED_ID = "000_1132590431262ebf"  # the example article; the gold calls it "seed"


def doc_name(article_id: str) -> str:
    return "seed" if article_id == SEED_ID else article_id


def predictions(quotes: pd.DataFrame) -> list[dict]:
    """QUOTES rows as the scorer's JSON lines (``doc`` = article id, ``seed`` for the example)."""
    out = []
    for r in quotes.itertuples(index=False):
        def val(x: object) -> object:
            return None if x is pd.NA or (isinstance(x, float) and pd.isna(x)) else x

        out.append({
            "doc": doc_name(str(r.article_id)),
            "kind": r.kind,
            "text": r.text,
            "speaker": val(r.speaker) or "",
            "speaker_type": r.speaker_type,
            "cue": val(r.cue),
            "source": val(r.source),
            "rule": r.rule,
            "confidence": float(r.confidence),
        })
    return out


def _scorer():
    spec = importlib.util.spec_from_file_location("score_quotes", SCORER)
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def evaluate(verbose: bool = False, out: Path | None = None) -> dict[str, dict]:
    """Scores for the two annotations, overall and per doc: ``{"gold": {...}, "lite": {...}}``.

    Each entry maps ``"all"`` and every doc to the scorer's figures (precision, recall, f1,
    speaker_accuracy, ...).
    """
    scorer = _scorer()
    gold = scorer.load(GOLD)
    docs = sorted({g["doc"] for g in gold})
    suk_ids = [d for d in docs if d != "seed"]
    suk = nk.read_conllu(SUK)
    suk_tokens = suk.tokens[suk.tokens["article_id"].isin(suk_ids)]
    suk_articles = [a for a in suk.articles if a.article_id in suk_ids]
    example = nk.load_example()
    lite_seed = nk.annotate(example, annotator="lite")
    lite_suk = nk.annotate(suk_articles, annotator="lite")
    runs = {
        "gold": [
            nk.extract_quotes(suk_tokens, articles=suk_articles),
            nk.extract_quotes(lite_seed.tokens, articles=lite_seed.articles),
        ],
        "lite": [
            nk.extract_quotes(lite_suk.tokens, articles=lite_suk.articles),
            nk.extract_quotes(lite_seed.tokens, articles=lite_seed.articles),
        ],
    }
    results: dict[str, dict] = {}
    for name, frames in runs.items():
        preds = [p for f in frames for p in predictions(f)]
        if out is not None:
            out.mkdir(parents=True, exist_ok=True)
            with open(out / f"quotes-{name}.jsonl", "w", encoding="utf-8") as fh:
                for p in preds:
                    fh.write(json.dumps(p, ensure_ascii=False) + "\n")
        per = {}
        log = io.StringIO()
        with redirect_stderr(log):
            per["all"] = scorer.score([dict(g) for g in gold], [dict(p) for p in preds], None, verbose)
        if verbose and log.getvalue():
            print(f"--- {name} annotation: misses, extras and wrong speakers", file=sys.stderr)
            print(log.getvalue(), end="", file=sys.stderr)
        for d in docs:
            per[d] = scorer.score([dict(g) for g in gold], [dict(p) for p in preds], {d}, False)
        results[name] = per
    return results


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--verbose", action="store_true", help="list misses, extras and wrong speakers")
    ap.add_argument("--out", type=Path, help="write quotes-gold.jsonl and quotes-lite.jsonl here")
    args = ap.parse_args(argv)
    if not (GOLD.exists() and SCORER.exists() and SUK.exists()):
        print(f"eval_quotes: {SHARED} is not here; nothing to score")
        return 0
    results = evaluate(args.verbose, args.out)
    print("quotes vs ../shared/gold/quotes-dev.jsonl (score_quotes.py)")
    print(f"{'annotation':<11}{'doc':<16}{'gold':>5}{'pred':>5}{'P':>7}{'R':>7}{'F1':>7}{'speaker':>9}{'cue':>7}")
    for name, per in results.items():
        for doc, s in per.items():
            cue = "" if s["cue_accuracy"] is None else f"{s['cue_accuracy']:.3f}"
            print(f"{name:<11}{doc:<16}{s['gold']:>5}{s['predicted']:>5}{s['precision']:>7.3f}{s['recall']:>7.3f}"
                  f"{s['f1']:>7.3f}{s['speaker_accuracy']:>9.3f}{cue:>7}")
    print("gold = gold CoNLL-U annotation of the senticoref docs; the seed has none and uses the lite annotation")
    return 0


if __name__ == "__main__":
    sys.exit(main())
