"""Golden snapshots of every table the quote stage writes: QUOTES, SOURCES and SPEAKERS.

Each case below is run through :func:`newskit.extract_quotes`, :func:`newskit.extract_sources`
and :func:`newskit.speakers`; each table is written as CSV and compared, byte for byte, with
``tests/snapshots/<case>.<table>.csv``. A refactoring of the quote stage keeps them identical; a
change that means to alter quote output regenerates them, in a commit of its own that says why:

    NEWSKIT_UPDATE_SNAPSHOTS=1 .venv/bin/python -m pytest tests/test_quotes_snapshots.py

(see ``tests/snapshots/README.md``). Cases that read ``../shared`` skip cleanly without it, and
leave out the held-out documents of ``../shared/data/HELDOUT.md``.
"""

from __future__ import annotations

import difflib
import functools
import os
import warnings
from collections.abc import Callable
from pathlib import Path

import pandas as pd
import pytest
from bench_helpers import bench_module

import newskit as nk

HERE = Path(__file__).resolve().parent
SNAPSHOTS = HERE / "snapshots"
DATA = HERE / "data"
SHARED = HERE.parents[1] / "shared"
UPDATE = os.environ.get("NEWSKIT_UPDATE_SNAPSHOTS") == "1"
REGENERATE = "NEWSKIT_UPDATE_SNAPSHOTS=1 .venv/bin/python -m pytest tests/test_quotes_snapshots.py"


def _shared(*parts: str) -> Path:
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is not here (the shared corpora sit beside the checkout in ../shared)")
    return path


def _gold_docs() -> set[str]:
    import json

    gold = _shared("gold", "quotes-dev.jsonl")
    with open(gold, encoding="utf-8") as fh:
        return {json.loads(line)["doc"] for line in fh if line.strip()}


@functools.cache
def _heldout_docs() -> frozenset[str]:
    """The documents of ``../shared/data/HELDOUT.md`` and their SETimes translations (``set.hr.19`` ->
    ``set.sr.19``), read by ``bench/heldout.py``: left out of the snapshots, so that no one reviewing a
    snapshot diff reads their quotes (they are scored from gold we do not have, and nothing may be
    tuned on them)."""
    _shared("data", "HELDOUT.md")
    return bench_module("heldout").heldout_ids(SHARED / "data")


def _conllu(*parts: str) -> Callable[[], nk.Annotation]:
    def load() -> nk.Annotation:
        ann = nk.read_conllu(_shared(*parts))
        held = _heldout_docs()
        keep = [a for a in ann.articles if not bench_module("heldout").is_held_out(a.article_id, held)]
        if len(keep) == len(ann.articles):
            return ann
        ids = {a.article_id for a in keep}
        tokens = ann.tokens[ann.tokens["article_id"].isin(ids)].reset_index(drop=True)
        entities = ann.entities[ann.entities["article_id"].isin(ids)].reset_index(drop=True)
        return nk.Annotation(tokens, entities, keep)

    load.shared_file = parts  # type: ignore[attr-defined]  # read by the held-out guard below
    return load


def _test_data(name: str) -> Callable[[], nk.Annotation]:
    def load() -> nk.Annotation:
        return nk.read_conllu(DATA / name)

    return load


def _lite_of(name: str) -> Callable[[], nk.Annotation]:
    def load() -> nk.Annotation:
        with warnings.catch_warnings():  # the files hold deliberately broken records, skipped with a warning
            warnings.simplefilter("ignore", nk.SkippedInputWarning)
            articles = list(nk.read(DATA / name).articles)
        return nk.annotate(articles, annotator="lite")

    return load


def _lite_gold(*parts: str) -> Callable[[], nk.Annotation]:
    """The dev gold documents of a shared CoNLL-U file, annotated afresh by the lite annotator."""

    def load() -> nk.Annotation:
        docs = _gold_docs()
        arts = [a for a in nk.read_conllu(_shared(*parts)).articles if a.article_id in docs]
        assert arts, f"no dev gold document in {parts[-1]}"
        return nk.annotate(arts, annotator="lite")

    return load


CASES: dict[str, Callable[[], nk.Annotation]] = {
    "example-lite": lambda: nk.annotate(nk.load_example(), annotator="lite"),
    "data-quotes_hr": _test_data("quotes_hr.conllu"),
    "data-quotes_sr": _test_data("quotes_sr.conllu"),
    "data-tiny_sl": _test_data("tiny_sl.conllu"),
    "data-article_sl-lite": _lite_of("article_sl.html"),
    "data-article_sr_cyrillic-lite": _lite_of("article_sr_cyrillic.html"),
    "data-articles_csv-lite": _lite_of("articles.csv"),
    "data-articles_jsonl-lite": _lite_of("articles.jsonl"),
    "suk-ud": _conllu("data", "sl-news-suk", "senticoref_ud_test.conllu"),
    "hr500k-dev": _conllu("data", "hr500k", "hr500k-dev.conllu"),
    "sr-set-dev": _conllu("data", "sr-set", "sr_set-ud-dev.conllu"),
    "sr-set-dev-cyrillic": _conllu("data", "sr-set", "sr_set-ud-dev.cyrillic.conllu"),
    "classla-suk": _conllu("data", "classla-output", "senticoref_ud_test.classla-pos-lemma.conllu"),
    "classla-hr-set-dev": _conllu("data", "classla-output", "hr_set-ud-dev.classla-pos-lemma.conllu"),
    "classla-sr-set-dev": _conllu("data", "classla-output", "sr_set-ud-dev.classla-pos-lemma.conllu"),
    "gold-suk-lite": _lite_gold("data", "sl-news-suk", "senticoref_ud_test.conllu"),
    "gold-hr500k-lite": _lite_gold("data", "hr500k", "hr500k-dev.conllu"),
    "gold-sr-set-lite": _lite_gold("data", "sr-set", "sr_set-ud-dev.conllu"),
    "gold-sr-set-cyrillic-lite": _lite_gold("data", "sr-set", "sr_set-ud-dev.cyrillic.conllu"),
}


def _csv(table: pd.DataFrame) -> str:
    return table.to_csv(index=False, lineterminator="\n")


def _tables(ann: nk.Annotation) -> dict[str, str]:
    quotes = nk.extract_quotes(ann.tokens, articles=ann.articles)
    sources = nk.extract_sources(ann.tokens, articles=ann.articles)
    return {"quotes": _csv(quotes), "sources": _csv(sources), "speakers": _csv(nk.speakers(quotes))}


@pytest.mark.parametrize("case", sorted(CASES))
def test_quote_tables_match_their_snapshots(case):
    tables = _tables(CASES[case]())
    failures = []
    for table, got in tables.items():
        path = SNAPSHOTS / f"{case}.{table}.csv"
        if UPDATE:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(got, encoding="utf-8", newline="\n")
            continue
        if not path.exists():
            failures.append(f"{path.name} is missing; write it with: {REGENERATE}")
            continue
        want = path.read_text(encoding="utf-8")
        if got != want:
            diff = list(difflib.unified_diff(want.splitlines(), got.splitlines(), f"snapshot {path.name}",
                                             "now", lineterm="", n=0))
            shown = "\n".join(diff[:40]) + (f"\n... {len(diff) - 40} more diff lines" if len(diff) > 40 else "")
            failures.append(f"{path.name} differs:\n{shown}")
    if failures:
        pytest.fail("\n\n".join(failures) + f"\n\nIf the change is deliberate, regenerate: {REGENERATE}",
                    pytrace=False)


def test_every_snapshot_file_belongs_to_a_case():
    # a renamed or dropped case must not leave a stale snapshot that nothing compares
    names = {f"{case}.{table}.csv" for case in CASES for table in ("quotes", "sources", "speakers")}
    stale = sorted(p.name for p in SNAPSHOTS.glob("*.csv") if p.name not in names)
    assert not stale, f"snapshot files of no case: {stale}"


def test_the_snapshot_corpora_hold_no_held_out_document():
    held = _heldout_docs()
    assert {"set.hr.19", "set.sr.19", "senticoref767"} <= held
    reader = bench_module("heldout")
    shared = [case for case, load in CASES.items() if getattr(load, "shared_file", None)]
    assert "hr500k-dev" in shared and "gold-sr-set-lite" not in shared
    for case in shared:
        ids = {a.article_id for a in CASES[case]().articles}
        assert not {d for d in ids if reader.is_held_out(d, held)}, case
    # the lite cases read only dev gold documents, and no dev gold document is held out
    assert not {d for d in _gold_docs() if reader.is_held_out(d, held)}
