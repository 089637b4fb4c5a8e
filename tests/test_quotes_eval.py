"""The dev-gold guard for quotes: no reported figure may fall more than 0.02 below its bar.

``bench/eval_quotes.py`` scores every document of ``../shared/gold/quotes-dev.jsonl`` in every
reading it has (annotated CoNLL-U, CLASSLA's tagger output, raw text through lite), per language,
with the shared scorer. The figures it last reported are stored in ``bench/quotes_dev_figures.json``
(``python bench/eval_quotes.py --save-figures`` rewrites them after an improvement); these tests
fail when any per-language, per-reading figure drops more than 0.02 below them. Skips cleanly when
``../shared`` is not beside the checkout.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
FIGURES = ROOT / "bench" / "quotes_dev_figures.json"
TOLERANCE = 0.02


@pytest.fixture(scope="module")
def module(bench):
    return bench("eval_quotes")


@pytest.fixture(scope="module")
def scores(module):
    needed = [module.GOLD, module.SCORER] + [p for per in module.FILES.values() for p, _ in per.values()]
    missing = [str(p) for p in needed if not p.exists()]
    if missing:
        pytest.skip(f"{', '.join(missing)} not here (the shared gold sits beside the checkout in ../shared)")
    return module.evaluate(per_doc=True)


BAR = json.loads(FIGURES.read_text(encoding="utf-8"))
CELLS = [(r, lang) for r, per in BAR.items() for lang in per]


def test_the_bar_covers_every_language_and_reading(module):
    assert set(BAR) == set(module.READINGS)
    for language in ("sl", "hr", "sr-Latn", "sr-Cyrl", "all"):
        assert language in BAR["annotated"] and language in BAR["lite"], language
    assert {"sl", "hr", "sr-Latn"} <= set(BAR["classla"])
    assert "seed" in BAR["lite"]


@pytest.mark.parametrize("reading,language", CELLS, ids=[f"{r}-{lang}" for r, lang in CELLS])
def test_no_figure_drops_below_the_reported_one(scores, module, reading, language):
    got = scores["figures"][reading][language]
    want = BAR[reading][language]
    assert got["gold"] == want["gold"], "the gold changed: re-run bench/eval_quotes.py --save-figures"
    drops = {m: (got[m], want[m]) for m in module.METRICS if got[m] < want[m] - TOLERANCE}
    assert not drops, f"{reading}/{language}: figure (now, reported) fell by more than {TOLERANCE}: {drops}"


def test_every_dev_doc_is_scored_in_every_reading_it_has(module, scores):
    gold = [json.loads(line) for line in module.GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]
    by_language: dict[str, set[str]] = {}
    for g in gold:
        by_language.setdefault(module.language_of(g["doc"]), set()).add(g["doc"])
    res = scores
    for reading in module.READINGS:
        expected = set().union(*(docs for lang, docs in by_language.items() if lang in scores["figures"][reading]))
        assert set(res["per_doc"][reading]) == expected, reading
    assert "seed" not in res["per_doc"]["annotated"]


def test_no_held_out_document_is_in_the_dev_gold(module, bench):
    if not (SHARED / "data" / "HELDOUT.md").exists():
        pytest.skip("../shared/data/HELDOUT.md not here")
    reader = bench("heldout")
    held = reader.heldout_ids(SHARED / "data")
    gold = {json.loads(line)["doc"] for line in module.GOLD.read_text(encoding="utf-8").splitlines() if line.strip()}
    assert held and not {d for d in gold if reader.is_held_out(d, held)}
