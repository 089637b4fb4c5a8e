"""Score quote extraction on the shared dev gold, per language and per reading.

Gold: ``../shared/gold/quotes-dev.jsonl`` (26 articles, see its README), scored with
``../shared/tools/score_quotes.py`` (a quote matches at bag-of-words F1 >= 0.5; a speaker is right
when a name word agrees across case endings and scripts).

Languages (from the doc ids): ``sl`` (``senticorefNNNN``), ``hr`` (``set.hr.NN``, ``news.hr.NN``),
``sr-Latn`` (``set.sr.NN``), ``sr-Cyrl`` (``set.sr.NN-cyr``) and ``seed`` (the project's example
article, Slovenian, kept apart because it has only one reading).

Every document is read in each way it can be read:

- **annotated**: the gold CoNLL-U (:func:`newskit.read_conllu`): SUK (sl: tokens, lemmas, MSDs,
  features and names, no trees), hr500k dev (hr: gold trees), UD SETimes.SR dev (sr, both scripts:
  gold trees, untyped names);
- **classla**: CLASSLA's own tagger output on the gold tokens
  (``../shared/data/classla-output/*.conllu``: predicted UPOS, MSD, features and lemmas, no trees)
  for sl, hr and sr-Latn; the Cyrillic copy has no such file;
- **lite**: the article's text (rebuilt from the tokens as the gold README says) annotated
  afresh with ``annotate(..., annotator="lite")``: tokens, lemmas and names only.

The language is passed (``language=``) as the corpus states it, as a researcher with a one-language
corpus would; language detection is not what is measured here.

For each language and reading the table gives the scorer's precision, recall, F1, speaker accuracy
and attributed recall (quote found and credited to the right speaker, over all gold quotes).
``--misses FILE`` writes the scorer's lists of misses, extras and wrong speakers, per language and
reading; ``--verbose`` prints them. ``--out DIR`` writes the predictions, one file per reading.
``--save-figures`` stores the figures in ``bench/quotes_dev_figures.json``, the bar that
``tests/test_quotes_eval.py`` guards (no figure may fall more than 0.02 below it).

Run: ``python bench/eval_quotes.py [--verbose] [--misses FILE] [--per-doc] [--save-figures]``.
Exits 0; prints a note and nothing else when ``../shared`` is not there.
The documents of ``../shared/data/HELDOUT.md`` are never read here (only gold docs are kept).
"""

from __future__ import annotations

import argparse
import dataclasses
import importlib.util
import io
import json
import re
import sys
import tempfile
from collections.abc import Iterable
from contextlib import redirect_stderr
from pathlib import Path

import pandas as pd

import newskit as nk

HERE = Path(__file__).resolve().parent
SHARED = HERE.parents[1] / "shared"
GOLD = SHARED / "gold" / "quotes-dev.jsonl"
SCORER = SHARED / "tools" / "score_quotes.py"
DATA = SHARED / "data"
FIGURES = HERE / "quotes_dev_figures.json"
SEED_ID = "000_1132590431262ebf"  # the example article; the gold calls it "seed"

LANGUAGES = ("sl", "hr", "sr-Latn", "sr-Cyrl", "seed")
READINGS = ("annotated", "classla", "lite")
METRICS = ("precision", "recall", "f1", "speaker_accuracy", "attributed_recall")

#: Where each language's documents are, per reading: (CoNLL-U file, newskit language code).
FILES: dict[str, dict[str, tuple[Path, str]]] = {
    "sl": {
        "annotated": (DATA / "sl-news-suk" / "senticoref_ud_test.conllu", "sl"),
        "classla": (DATA / "classla-output" / "senticoref_ud_test.classla-pos-lemma.conllu", "sl"),
    },
    "hr": {
        "annotated": (DATA / "hr500k" / "hr500k-dev.conllu", "hr"),
        "classla": (DATA / "classla-output" / "hr_set-ud-dev.classla-pos-lemma.conllu", "hr"),
    },
    "sr-Latn": {
        "annotated": (DATA / "sr-set" / "sr_set-ud-dev.conllu", "sr"),
        "classla": (DATA / "classla-output" / "sr_set-ud-dev.classla-pos-lemma.conllu", "sr"),
    },
    "sr-Cyrl": {
        "annotated": (DATA / "sr-set" / "sr_set-ud-dev.cyrillic.conllu", "sr"),
    },
}


def language_of(doc: str) -> str:
    """The dev gold's language group of a doc id."""
    if doc == "seed":
        return "seed"
    if doc.startswith("senticoref"):
        return "sl"
    if ".hr." in doc:
        return "hr"
    if ".sr." in doc:
        return "sr-Cyrl" if doc.endswith("-cyr") else "sr-Latn"
    raise ValueError(f"dev gold doc {doc!r}: no language known for it; add its pattern to language_of()")


def doc_name(article_id: str) -> str:
    return "seed" if article_id == SEED_ID else article_id


def predictions(quotes: pd.DataFrame) -> list[dict]:
    """QUOTES rows as the scorer's JSON lines (``doc`` = article id, ``seed`` for the example)."""

    def val(x: object) -> object:
        return None if x is pd.NA or x is None or (isinstance(x, float) and pd.isna(x)) else x

    out = []
    for r in quotes.itertuples(index=False):
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


def load_scorer():
    """The shared scorer, ``../shared/tools/score_quotes.py``, as a module."""
    spec = importlib.util.spec_from_file_location("score_quotes", SCORER)
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def pair_quotes(a: list[dict], b: list[dict], scorer) -> list[tuple[int, int]]:
    """Two lists of one document's quotes paired as the scorer pairs gold and predictions (bag-of-words F1
    of their texts at least 0.5, best first, one to one): their index pairs, best first."""
    ranked = sorted(((scorer.bag_f1(x.get("text", ""), y.get("text", "")), i, j)
                     for i, x in enumerate(a) for j, y in enumerate(b)), reverse=True)
    used_a: set[int] = set()
    used_b: set[int] = set()
    pairs = []
    for f, i, j in ranked:
        if f < 0.5:
            break
        if i in used_a or j in used_b:
            continue
        used_a.add(i)
        used_b.add(j)
        pairs.append((i, j))
    return pairs


_NEWDOC = re.compile(r"^# newdoc id\s*=\s*(\S+)\s*$", re.M)


def read_docs(path: Path, docs: Iterable[str], lang: str) -> nk.Annotation:
    """Only the named documents of a CoNLL-U file, read with :func:`newskit.read_conllu`.

    The file is cut at its ``# newdoc id`` lines first, so that a large corpus is not parsed whole
    and no other document (a held-out one included) is ever read into the annotation.
    """
    wanted = set(docs)
    text = path.read_text(encoding="utf-8")
    starts = [(m.start(), m.group(1)) for m in _NEWDOC.finditer(text)]
    parts = [text[a:b] for (a, d), (b, _) in zip(starts, starts[1:] + [(len(text), "")], strict=True) if d in wanted]
    found = {d for _, d in starts if d in wanted}
    if found != wanted:
        raise SystemExit(f"eval_quotes: {path} lacks the dev documents {sorted(wanted - found)}")
    with tempfile.TemporaryDirectory() as tmp:
        sub = Path(tmp) / path.name
        sub.write_text("".join(parts), encoding="utf-8")
        return nk.read_conllu(sub, language=lang)


def _quotes(ann: nk.Annotation, lang: str | None) -> pd.DataFrame:
    return nk.extract_quotes(ann.tokens, articles=ann.articles, language=lang)


def lite_reading(annotated: nk.Annotation, lang: str) -> nk.Annotation:
    """The lite reading of annotated documents: their rebuilt text annotated afresh by lite."""
    raw = [dataclasses.replace(a, language=lang) for a in annotated.articles]
    return nk.annotate(raw, annotator="lite", language=lang, progress=False)


def run_readings(docs_by_lang: dict[str, list[str]]) -> dict[str, dict[str, list[dict]]]:
    """Predictions per reading and language: ``{reading: {language: [prediction, ...]}}``."""
    preds: dict[str, dict[str, list[dict]]] = {r: {} for r in READINGS}
    for language, docs in docs_by_lang.items():
        if language == "seed":
            example = nk.load_example()
            lite = nk.annotate(example, annotator="lite", language="sl", progress=False)
            preds["lite"][language] = predictions(_quotes(lite, "sl"))
            continue
        annotated = None
        for reading, (path, lang) in FILES[language].items():
            ann = read_docs(path, docs, lang)
            preds[reading][language] = predictions(_quotes(ann, lang))
            if reading == "annotated":
                annotated = ann
        assert annotated is not None
        lang = FILES[language]["annotated"][1]
        preds["lite"][language] = predictions(_quotes(lite_reading(annotated, lang), lang))
    return preds


def evaluate(*, per_doc: bool = False, out: Path | None = None) -> dict:
    """Score every dev document in every reading.

    Returns:
        ``{"figures": {reading: {language: scores}}, "lists": {reading: {language: text}},
        "per_doc": {reading: {doc: scores}}}``; ``scores`` are the scorer's figures (precision,
        recall, f1, speaker_accuracy, attributed_recall, gold, predicted, ...). ``language`` runs
        over :data:`LANGUAGES` and ``"all"`` (every document the reading has).
    """
    scorer = load_scorer()
    gold = scorer.load(GOLD)
    docs_by_lang: dict[str, list[str]] = {}
    for g in gold:
        docs_by_lang.setdefault(language_of(g["doc"]), [])
        if g["doc"] not in docs_by_lang[language_of(g["doc"])]:
            docs_by_lang[language_of(g["doc"])].append(g["doc"])
    preds = run_readings(docs_by_lang)
    figures: dict[str, dict[str, dict]] = {}
    lists: dict[str, dict[str, str]] = {}
    docs_scores: dict[str, dict[str, dict]] = {}
    for reading in READINGS:
        figures[reading], lists[reading], docs_scores[reading] = {}, {}, {}
        everything: list[dict] = []
        covered: set[str] = set()
        for language in LANGUAGES:
            if language not in preds[reading]:
                continue
            p = preds[reading][language]
            everything += p
            docs = set(docs_by_lang[language])
            covered |= docs
            log = io.StringIO()
            with redirect_stderr(log):
                figures[reading][language] = scorer.score([dict(g) for g in gold], [dict(x) for x in p], docs, True)
            lists[reading][language] = log.getvalue()
            if per_doc:
                for d in sorted(docs):
                    docs_scores[reading][d] = scorer.score([dict(g) for g in gold], [dict(x) for x in p], {d}, False)
        figures[reading]["all"] = scorer.score([dict(g) for g in gold], [dict(x) for x in everything], covered, False)
        if out is not None:
            out.mkdir(parents=True, exist_ok=True)
            with open(out / f"quotes-{reading}.jsonl", "w", encoding="utf-8") as fh:
                for x in everything:
                    fh.write(json.dumps(x, ensure_ascii=False) + "\n")
    return {"figures": figures, "lists": lists, "per_doc": docs_scores}


def _row(reading: str, name: str, s: dict) -> str:
    return (f"{reading:<10}{name:<16}{s['gold']:>5}{s['predicted']:>6}{s['precision']:>7.3f}{s['recall']:>7.3f}"
            f"{s['f1']:>7.3f}{s['speaker_accuracy']:>9.3f}{s['attributed_recall']:>8.3f}")


def save_figures(figures: dict, path: Path = FIGURES) -> None:
    """Store the per-reading, per-language figures (the guard test's bar)."""
    keep = {r: {lang: {m: s[m] for m in METRICS + ("gold", "predicted")} for lang, s in per.items()}
            for r, per in figures.items()}
    path.write_text(json.dumps(keep, indent=1, sort_keys=True) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--verbose", action="store_true", help="print misses, extras and wrong speakers")
    ap.add_argument("--misses", type=Path, help="write misses, extras and wrong speakers to this file")
    ap.add_argument("--per-doc", action="store_true", help="also print the figures of each document")
    ap.add_argument("--out", type=Path, help="write quotes-<reading>.jsonl predictions here")
    ap.add_argument("--save-figures", action="store_true", help=f"store the figures in {FIGURES.name}")
    args = ap.parse_args(argv)
    needed = [GOLD, SCORER] + [p for per in FILES.values() for p, _ in per.values()]
    missing = [str(p) for p in needed if not p.exists()]
    if missing:
        print(f"eval_quotes: {', '.join(missing)} not here; nothing to score")
        return 0
    res = evaluate(per_doc=args.per_doc, out=args.out)
    print("quotes vs ../shared/gold/quotes-dev.jsonl (score_quotes.py), dev figures")
    print(f"{'reading':<10}{'language':<16}{'gold':>5}{'pred':>6}{'P':>7}{'R':>7}{'F1':>7}{'speaker':>9}{'attr_R':>8}")
    for reading, per in res["figures"].items():
        for language, s in per.items():
            print(_row(reading, language, s))
    if args.per_doc:
        for reading, per in res["per_doc"].items():
            for d, s in per.items():
                print(_row(reading, d, s))
    text = "".join(f"=== {reading} / {language}\n{log}" for reading, per in res["lists"].items()
                   for language, log in per.items())
    if args.verbose:
        print(text, end="")
    if args.misses:
        args.misses.write_text(text, encoding="utf-8")
    if args.save_figures:
        save_figures(res["figures"])
        print(f"figures stored in {FIGURES}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
