"""Evaluate the offline lite annotator against gold corpora and print the figures.

For each gold CoNLL-U corpus in ``../shared/data`` (Slovenian news from SUK, Croatian hr500k), the
articles are rebuilt from the gold tokens (:func:`newskit.read_conllu`), annotated afresh with
``annotate(..., annotator="lite")`` and compared by character offsets:

- sentence boundaries: precision, recall and F1 of sentence end offsets (and of exact sentence spans);
- token boundaries: F1 of exact token spans ``(start_char, end_char)``;
- lemmas: accuracy on the tokens whose span matches a gold token (case-sensitive, and ignoring case);
- names: token-level F1 of the entity type on matched tokens (a token counts when both sides give it
  a type; ``B-``/``I-`` ignored), and mention-level F1 of exact ``(start, end, type)`` spans.
  Gold ``deriv-per`` (possessive adjectives such as *Šrotova*) is not a name in newskit's types and
  is read as ``O``.

Also prints lite's throughput (tokens per second) on the corpus text, without the cache, and
the cache-hit speed-up: the same ``annotate`` call twice with ``cache=True`` in a fresh cache
folder, the second read back from Parquet.

Run: ``python bench/eval_lite.py`` (skips a corpus that is not there).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import pandas as pd

import newskit as nk

SHARED = Path(__file__).resolve().parents[2] / "shared" / "data"
CORPORA = {
    "sl-news-suk": (SHARED / "sl-news-suk" / "senticoref_ud_test.conllu", "sl"),
    "hr500k": (SHARED / "hr500k" / "hr500k-dev.conllu", "hr"),
}
TYPES = ("PER", "LOC", "ORG", "MISC")


def prf(gold: set, pred: set) -> tuple[float, float, float]:
    tp = len(gold & pred)
    p = tp / len(pred) if pred else 0.0
    r = tp / len(gold) if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _tokens(df: pd.DataFrame) -> pd.DataFrame:
    """One row per token (the first word of a multi-word token carries its span)."""
    return df.drop_duplicates(["article_id", "sentence", "token_id"])


def _type(tag: object) -> str:
    if not isinstance(tag, str) or "-" not in tag:
        return "O"
    kind = tag.split("-", 1)[1]
    return kind if kind in TYPES else "O"


def _sentences(df: pd.DataFrame) -> tuple[set, set]:
    g = df.groupby(["article_id", "sentence"], sort=False).agg(start=("start_char", "min"), end=("end_char", "max"))
    g = g.reset_index()
    ends = set(zip(g.article_id, g.end, strict=True))
    spans = set(zip(g.article_id, g.start, g.end, strict=True))
    return ends, spans


def evaluate(name: str, path: Path, lang: str) -> dict[str, float]:
    import os

    gold = nk.read_conllu(path, language=lang)
    nk.annotate(gold.articles[:1], language=lang, annotator="lite", cache=False)  # imports, rules, lemmagen model
    out: dict[str, float] = {"articles": len(gold.articles), "gold tokens": len(_tokens(gold.tokens))}
    for n_jobs in (1, 2):
        c0, t0 = os.times(), time.perf_counter()
        pred = nk.annotate(gold.articles, language=lang, annotator="lite", cache=False, progress=False, n_jobs=n_jobs)
        seconds, c1 = time.perf_counter() - t0, os.times()
        cpu = (c1.user + c1.system + c1.children_user + c1.children_system) - (
            c0.user + c0.system + c0.children_user + c0.children_system)
        out["lite tokens"] = len(pred.tokens)
        out[f"tokens/s, n_jobs={n_jobs}"] = len(pred.tokens) / seconds
        out[f"tokens per CPU second, n_jobs={n_jobs}"] = len(pred.tokens) / cpu
    out["load average"] = os.getloadavg()[0]

    g_ends, g_spans = _sentences(gold.tokens)
    p_ends, p_spans = _sentences(pred.tokens)
    out["sentence boundary P"], out["sentence boundary R"], out["sentence boundary F1"] = prf(g_ends, p_ends)
    out["sentence span F1"] = prf(g_spans, p_spans)[2]

    gt, pt = _tokens(gold.tokens), _tokens(pred.tokens)
    g_tok = set(zip(gt.article_id, gt.start_char, gt.end_char, strict=True))
    p_tok = set(zip(pt.article_id, pt.start_char, pt.end_char, strict=True))
    out["token P"], out["token R"], out["token F1"] = prf(g_tok, p_tok)

    # Lemmas and names on tokens matched by offsets (single-word gold tokens).
    single = gold.tokens.groupby(["article_id", "sentence", "token_id"]).word_id.transform("size") == 1
    gw = gold.tokens[single]
    merged = gw.merge(pt, on=["article_id", "start_char", "end_char"], suffixes=("_g", "_p"))
    lem_g, lem_p = merged.lemma_g.astype(str), merged.lemma_p.astype(str)
    out["lemma accuracy"] = float((lem_g == lem_p).mean())
    out["lemma accuracy (case-insensitive)"] = float((lem_g.str.lower() == lem_p.str.lower()).mean())
    words = merged.upos_g.ne("PUNCT")
    out["lemma accuracy (words)"] = float((lem_g[words] == lem_p[words]).mean())

    tg, tp = merged.ner_g.map(_type), merged.ner_p.map(_type)
    tp_n = int(((tg == tp) & (tg != "O")).sum())
    p = tp_n / max(int((tp != "O").sum()), 1)
    r = tp_n / max(int((tg != "O").sum()), 1)
    out["NER token P"], out["NER token R"] = p, r
    out["NER token F1"] = 2 * p * r / (p + r) if p + r else 0.0
    for kind in TYPES:
        k_tp = int(((tg == kind) & (tp == kind)).sum())
        kp = k_tp / max(int((tp == kind).sum()), 1)
        kr = k_tp / max(int((tg == kind).sum()), 1)
        out[f"NER token F1 {kind}"] = 2 * kp * kr / (kp + kr) if kp + kr else 0.0
    ge = gold.entities[gold.entities.type.isin(TYPES)]
    pe = pred.entities
    g_m = set(zip(ge.article_id, ge.start_char, ge.end_char, ge.type, strict=True))
    p_m = set(zip(pe.article_id, pe.start_char, pe.end_char, pe.type, strict=True))
    out["NER mention P"], out["NER mention R"], out["NER mention F1"] = prf(g_m, p_m)
    g_u = {m[:3] for m in g_m}
    p_u = {m[:3] for m in p_m}
    out["NER mention F1 (untyped)"] = prf(g_u, p_u)[2]
    return out


def cache_speedup(path: Path, lang: str) -> dict[str, float]:
    """Seconds for a cold and a warm (cached) lite annotation of the corpus, in a fresh cache."""
    import os
    import tempfile

    gold = nk.read_conllu(path, language=lang)
    old = os.environ.get("NEWSKIT_CACHE")
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["NEWSKIT_CACHE"] = tmp
        try:
            t0 = time.perf_counter()
            cold = nk.annotate(gold.articles, language=lang, annotator="lite", progress=False)
            t1 = time.perf_counter()
            warm = nk.annotate(gold.articles, language=lang, annotator="lite", progress=False)
            t2 = time.perf_counter()
        finally:
            if old is None:
                os.environ.pop("NEWSKIT_CACHE", None)
            else:
                os.environ["NEWSKIT_CACHE"] = old
    assert warm.tokens.equals(cold.tokens) and warm.tokens.attrs["cache"]["misses"] == 0
    return {"cold s": t1 - t0, "cached s": t2 - t1, "cache-hit speed-up": (t1 - t0) / (t2 - t1)}


def main(argv: list[str]) -> int:
    names = argv or list(CORPORA)
    for name in names:
        path, lang = CORPORA[name]
        if not path.exists():
            print(f"{name}: {path} is not here, skipped")
            continue
        figures = evaluate(name, path, lang)
        print(f"\nlite annotator on {name} ({lang}, {path.name})")
        if name == "sl-news-suk":
            figures.update(cache_speedup(path, lang))
        for key, value in figures.items():
            print(f"  {key:<36} {value:,.3f}" if isinstance(value, float) else f"  {key:<36} {value:,}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
