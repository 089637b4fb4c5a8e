"""bench/heldout.py, the one reading of ``../shared/data/HELDOUT.md``, and the guards that every
consumer (the NER training corpora, agree_readings, the dev gold) leaves its documents out.

The snapshot corpora's guard is in ``tests/test_quotes_snapshots.py``, beside their loaders.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"

#: The file's own format: items per corpus file, one wrapped over an indented line, prose around.
SAMPLE = """# Documents held out from fitting and tuning

Quotes in these documents are scored from gold that is not in `../gold/`: no set.hr.7 here.

- `sl-news-suk/news_test.conllu` (and its copy in `classla-output/`): senticoref11, senticoref22,
  senticoref33
- `hr500k/hr500k-dev.conllu`: set.hr.5, web.hr.12

Prose after the list, naming senticoref44, is no item.
"""


@pytest.fixture(scope="module")
def reader(bench):
    return bench("heldout")


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "HELDOUT.md"
    path.write_text(text, encoding="utf-8")
    return path


def test_the_reader_returns_exactly_the_listed_documents_and_their_setimes_translations(reader, tmp_path):
    _write(tmp_path, SAMPLE)
    assert reader.listed_ids(tmp_path / "HELDOUT.md") == {
        "sl-news-suk/news_test.conllu": {"senticoref11", "senticoref22", "senticoref33"},
        "hr500k/hr500k-dev.conllu": {"set.hr.5", "web.hr.12"},
    }
    assert reader.heldout_ids(tmp_path) == {
        "senticoref11", "senticoref22", "senticoref33", "web.hr.12",
        "set.hr.5", "set.sr.5", "set.bs.5", "set.mk.5", "set.bg.5",
    }


def test_a_translation_is_the_same_setimes_number_in_another_language(reader):
    assert reader.translations("set.sr.80") == {"set.hr.80", "set.bs.80", "set.mk.80", "set.bg.80"}
    assert reader.translations("set.hr.8") >= {"set.sr.8"} and "set.sr.80" not in reader.translations("set.hr.8")
    assert reader.translations("news.hr.32") == set() == reader.translations("senticoref767")


def test_a_cyrillic_copy_is_held_out_with_its_document(reader):
    held = reader.with_translations({"set.hr.61"})
    assert reader.is_held_out("set.sr.61-cyr", held) and reader.is_held_out("set.sr.61", held)
    assert not reader.is_held_out("set.sr.6-cyr", held) and not reader.is_held_out("set.sr.610", held)


@pytest.mark.parametrize(("text", "error"), [
    (None, "is not here"),
    ("# Held out\n\nNothing listed yet.\n", "lists no document id"),
    ("- `hr500k/hr500k-dev.conllu`: set.hr.19 set.hr.23\n", "no document id"),
    ("- hr500k-dev.conllu: set.hr.19\n", "is not '- `corpus file`"),
])
def test_a_missing_or_unreadable_file_is_a_clear_error_naming_it(reader, tmp_path, text, error):
    if text is not None:
        _write(tmp_path, text)
    with pytest.raises(reader.HeldoutFileError, match=re.escape(error)) as err:
        reader.heldout_ids(tmp_path)
    assert str(tmp_path / "HELDOUT.md") in str(err.value)


@pytest.fixture(scope="module")
def shared_held(reader):
    if not (DATA / "HELDOUT.md").exists():
        pytest.skip(f"{DATA / 'HELDOUT.md'} is not here (../shared sits beside the checkout)")
    return reader.heldout_ids(DATA)


def test_the_shared_file_is_read_whole(reader, shared_held):
    # every id-shaped word of the file's list items, found apart from the reader's parsing
    text = (DATA / "HELDOUT.md").read_text(encoding="utf-8")
    items = "\n".join(line for line in text.splitlines() if line.startswith(("- ", "  ")))
    words = set(re.findall(r"\b(?:senticoref\d+|[a-z]+\.[a-z]{2}\.\d+)\b", items))
    assert {"senticoref767", "set.hr.19", "set.hr.23"} <= words
    assert shared_held == reader.with_translations(words)
    assert {"set.sr.19", "set.sr.23"} <= shared_held


def test_the_ner_corpora_leave_every_held_out_document_out(bench, shared_held):
    nc = bench("ner_corpora")
    assert shared_held <= nc.heldout_ids()
    for name in nc.CORPORA:  # asked for by id, a held-out document is still not read
        assert nc.read(name, only=set(shared_held)) == [], name
    rel, lang = nc.CYRILLIC
    cyrillic = {f"{d}-cyr" for d in shared_held}
    assert nc.read("sr-set-dev", rel=rel, lang=lang, only=cyrillic) == []


def test_agree_readings_compares_no_held_out_document(bench, reader, shared_held):
    agree = bench("agree_readings")
    assert agree.heldout_docs(DATA / "HELDOUT.md") == shared_held
    gold = agree.gold_docs()
    for group in agree.CORPORA:
        for with_gold in (False, True):
            docs = agree.documents(group, set(shared_held), gold, with_gold=with_gold)
            assert not {d for d in docs if reader.is_held_out(d, shared_held)}, group
    every = {d for p in agree.CORPORA["hr"][0] for d in agree.doc_ids(p)}
    assert {"set.hr.19", "set.hr.23"} <= every  # the guard above has something to leave out
