"""The dev-gold bar for quotes: fails when quote F1 or speaker accuracy falls under the targets.

Scores ``bench/eval_quotes.py`` against ``../shared/gold/quotes-dev.jsonl`` with the shared scorer;
skips cleanly when ``../shared`` is not beside the checkout.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
NEEDED = [
    SHARED / "gold" / "quotes-dev.jsonl",
    SHARED / "tools" / "score_quotes.py",
    SHARED / "data" / "sl-news-suk" / "senticoref_ud_test.conllu",
]


@pytest.fixture(scope="module")
def scores():
    missing = [str(p) for p in NEEDED if not p.exists()]
    if missing:
        pytest.skip(f"{', '.join(missing)} not here (the shared gold sits beside the checkout in ../shared)")
    spec = importlib.util.spec_from_file_location("eval_quotes", ROOT / "bench" / "eval_quotes.py")
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module.evaluate()


def test_gold_annotation_meets_the_bar(scores):
    s = scores["gold"]["all"]
    assert s["f1"] >= 0.90, s
    assert s["speaker_accuracy"] >= 0.92, s


def test_lite_annotation_meets_the_bar(scores):
    s = scores["lite"]["all"]
    assert s["f1"] >= 0.85, s


def test_every_dev_doc_is_scored(scores):
    assert {"seed", "senticoref1516", "senticoref6932"} <= set(scores["gold"])
