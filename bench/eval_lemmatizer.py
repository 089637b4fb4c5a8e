"""The real CLASSLA lemmatizer's accuracy on gold-tagged Slovenian news.

``../shared/models/classla-sl-lemma/lemmatizer.pt`` is the genuine standard-Slovenian CLASSLA
lemmatizer (trained on SUK). It is run through newskit (:func:`newskit.models.get_pipeline`) on
``../shared/data/sl-news-suk/senticoref_ud_test.conllu`` with the gold tokens, UPOS, MSD and
features kept (``tokenize_pretokenized="conllu"``, ``pos_lemma_pretag=True``) and the lemma column
blanked, and its lemmas are compared with the gold ones.

The lemmatizer keeps no lexicon of its own: it reads the inflectional lexicon (``dicts``) of the
tagger model loaded beside it. The official tagger carries Sloleks; here the tagger is the tiny
one trained by :mod:`newskit._tiny_models`, whose lexicon comes from the SSJ dev treebank. The
script runs twice: with that lexicon, and with an empty one (the neural lemmatizer alone).

Run: ``python bench/eval_lemmatizer.py [--max-sentences N]`` (skips cleanly without ../shared).
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
import warnings
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SUK = SHARED / "data" / "sl-news-suk" / "senticoref_ud_test.conllu"
SSJ_DEV = SHARED / "data" / "ud-sl-ssj" / "sl_ssj-ud-dev.conllu"
LEMMATIZER = SHARED / "models" / "classla-sl-lemma" / "lemmatizer.pt"


def gold_tagged(path: Path, max_sentences: int | None) -> tuple[str, list[tuple[str, str, str]]]:
    """CoNLL-U with the lemma column blanked, and (form, UPOS, gold lemma) per word."""
    out, gold, n = [], [], 0
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# sent_id"):
            n += 1
            if max_sentences and n > max_sentences:
                break
        cols = line.split("\t")
        if len(cols) == 10 and cols[0].isdigit():
            gold.append((cols[1], cols[3], cols[2]))
            cols[2] = "_"
            line = "\t".join(cols)
        out.append(line)
    return "\n".join(out).rstrip("\n") + "\n\n", gold


def evaluate(models: Path, conllu: str, gold: list[tuple[str, str, str]], label: str) -> float:
    from newskit.models import clear_pipelines, get_pipeline

    clear_pipelines()
    nlp = get_pipeline("sl", dir=models, processors="tokenize,pos,lemma", tokenize_pretokenized="conllu",
                       pos_lemma_pretag=True, lemma_model_path=str(LEMMATIZER))
    t = time.perf_counter()
    doc = nlp(conllu)
    secs = time.perf_counter() - t
    pred = [w.lemma for s in doc.sentences for w in s.words]
    if len(pred) != len(gold):
        raise SystemExit(f"classla returned {len(pred)} words for {len(gold)} gold words")
    right = sum(p == g[2] for p, g in zip(pred, gold, strict=True))
    right_ci = sum(p.lower() == g[2].lower() for p, g in zip(pred, gold, strict=True))
    acc = right / len(gold)
    print(f"\n{label}: lemma accuracy {acc:.4f} ({right:,} of {len(gold):,} words), ignoring case {right_ci / len(gold):.4f}; "
          f"{len(gold) / secs:,.0f} words/s")
    by_upos: Counter[str] = Counter()
    wrong_upos: Counter[str] = Counter()
    errors: Counter[tuple[str, str, str]] = Counter()
    for p, (form, upos, lemma) in zip(pred, gold, strict=True):
        by_upos[upos] += 1
        if p != lemma:
            wrong_upos[upos] += 1
            errors[(form, p, lemma)] += 1
    print("  accuracy by UPOS (most errors first): " + ", ".join(
        f"{u} {1 - wrong_upos[u] / by_upos[u]:.3f}" for u, _ in wrong_upos.most_common(6)))
    print("  most frequent errors (form: predicted / gold): " + "; ".join(
        f"{f}: {p} / {g} ({n})" for (f, p, g), n in errors.most_common(8)))
    return acc


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--max-sentences", type=int, default=None, help="only the first N sentences")
    args = ap.parse_args()
    missing = [p for p in (SUK, LEMMATIZER) if not p.exists()]
    if missing:
        print(f"skipped: {', '.join(map(str, missing))} not here (../shared sits beside the checkout)")
        return 0
    warnings.simplefilter("ignore")
    import torch

    from newskit._tiny_models import cached_tiny_models
    from newskit.datasets import cache_dir

    source = SSJ_DEV if SSJ_DEV.exists() else ROOT / "tests" / "data" / "tiny_sl.conllu"
    models = cached_tiny_models(source, cache_dir("bench-models"))
    conllu, gold = gold_tagged(SUK, args.max_sentences)
    print(f"real CLASSLA lemmatizer ({LEMMATIZER.name}) on gold-tagged {SUK.name}: {len(gold):,} words")
    with_lexicon = evaluate(models, conllu, gold, f"with the tagger's lexicon from {source.name}")

    with tempfile.TemporaryDirectory() as tmp:
        bare = Path(tmp) / "models"
        shutil.copytree(models, bare)
        pos = bare / "sl" / "pos" / "standard.pt"
        checkpoint = torch.load(pos, map_location="cpu", weights_only=False)
        checkpoint["dicts"] = []
        torch.save(checkpoint, pos)
        alone = evaluate(bare, conllu, gold, "with an empty lexicon (the neural lemmatizer alone)")
    print(f"\nlemma accuracy: {with_lexicon:.4f} with a lexicon from SSJ dev, {alone:.4f} without "
          f"(0.993 measured when the issue was written)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
