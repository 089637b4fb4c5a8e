"""The annotation cache: hits return identical tables fast; corrupt or truncated entries are recomputed."""

from __future__ import annotations

import time

import pandas as pd
import pyarrow as pa
import pytest

import newskit as nk
from newskit.cache import AnnotationCache, make_key


@pytest.fixture()
def store(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSKIT_CACHE", str(tmp_path / "cache"))
    return tmp_path / "cache" / "annotations"


def _entries(store):
    return sorted(store.glob("*/*.parquet"))


def test_cache_hit_returns_identical_frames_and_is_fast(store, example):
    articles = [example.replace(article_id=f"a{i}") for i in range(3)]
    t0 = time.perf_counter()
    first = nk.annotate(articles, annotator="lite", n_jobs=1)
    cold = time.perf_counter() - t0
    assert first.tokens.attrs["cache"]["misses"] == 1  # the same text is annotated once
    assert len(_entries(store)) == 1
    t0 = time.perf_counter()
    second = nk.annotate(articles, annotator="lite")
    warm = time.perf_counter() - t0
    assert second.tokens.attrs["cache"]["hits"] == 1
    pd.testing.assert_frame_equal(first.tokens, second.tokens)
    pd.testing.assert_frame_equal(first.entities, second.entities)
    assert set(second.tokens.article_id) == {"a0", "a1", "a2"}
    assert warm < cold


def test_truncated_entry_is_recomputed_not_returned(store, example):
    first = nk.annotate(example, annotator="lite")
    (path,) = _entries(store)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    again = nk.annotate(example, annotator="lite")
    assert again.tokens.attrs["cache"]["corrupt"] == 1
    pd.testing.assert_frame_equal(first.tokens, again.tokens)
    (fresh,) = _entries(store)
    assert fresh.read_bytes() == data  # rewritten whole


def test_corrupt_bytes_are_detected(store, example):
    first = nk.annotate(example, annotator="lite")
    (path,) = _entries(store)
    data = bytearray(path.read_bytes())
    mid = len(data) // 2
    data[mid:mid + 8] = bytes(b ^ 0xFF for b in data[mid:mid + 8])
    path.write_bytes(bytes(data))
    again = nk.annotate(example, annotator="lite")
    assert again.tokens.attrs["cache"]["corrupt"] == 1
    pd.testing.assert_frame_equal(first.tokens, again.tokens)


def test_key_depends_on_text_annotator_and_options():
    base = make_key(text="Putin je dejal.", annotator="lite", options={"type": "standard"})
    assert base == make_key(text="Putin je dejal.", annotator="lite", options={"type": "standard"})
    assert base != make_key(text="Putin je rekel.", annotator="lite", options={"type": "standard"})
    assert base != make_key(text="Putin je dejal.", annotator="classla", options={"type": "standard"})
    assert base != make_key(text="Putin je dejal.", annotator="lite", options={"type": "nonstandard"})


def test_cache_write_is_atomic_and_leaves_no_temporary_files(tmp_path):
    cache = AnnotationCache(tmp_path)
    table = pa.table({"x": [1, 2, 3]})
    cache.put("ab" * 20, table)
    cache.put("ab" * 20, pa.table({"x": [4]}))  # a newer entry replaces the old one
    files = sorted(p.name for p in tmp_path.rglob("*") if p.is_file())
    assert len(files) == 1 and not files[0].startswith(".tmp")
    assert cache.get("ab" * 20).column("x").to_pylist() == [4]
    assert cache.get("cd" * 20) is None


def test_cache_false_neither_reads_nor_writes(store, example):
    nk.annotate(example, annotator="lite", cache=False)
    assert not _entries(store)


def test_unusable_cache_folder_is_a_warning_not_a_failure(tmp_path, monkeypatch, example):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder should be", encoding="utf-8")
    monkeypatch.setenv("NEWSKIT_CACHE", str(blocker))
    with pytest.warns(UserWarning, match="cache is unavailable"):
        ann = nk.annotate(example, annotator="lite")
    assert len(ann.tokens) > 400


def test_many_articles_are_also_cached_as_one_bundle(store, example):
    articles = [example.replace(article_id=f"a{i}", paragraphs=example.paragraphs[i:]) for i in range(4)]
    first = nk.annotate(articles, annotator="lite", n_jobs=1)
    assert len(_entries(store)) == 5  # four articles and the bundle of the call
    for path in _entries(store):  # with only the bundle left, the call still comes from the cache
        if path.stat().st_size < max(p.stat().st_size for p in _entries(store)):
            path.unlink()
    again = nk.annotate(articles, annotator="lite")
    assert again.tokens.attrs["cache"]["hits"] == 4 and again.tokens.attrs["cache"]["misses"] == 0
    pd.testing.assert_frame_equal(first.tokens, again.tokens)
    # a corrupt bundle is recomputed (from scratch here, as the article entries are gone), never returned
    (bundle,) = _entries(store)
    data = bytearray(bundle.read_bytes())
    data[len(data) // 3] ^= 0xFF
    bundle.write_bytes(bytes(data))
    third = nk.annotate(articles, annotator="lite")
    assert third.tokens.attrs["cache"]["corrupt"] == 1
    pd.testing.assert_frame_equal(first.tokens, third.tokens)
    # a subset of the articles is served by the article entries written back
    fourth = nk.annotate(articles[:2], annotator="lite")
    assert fourth.tokens.attrs["cache"]["hits"] == 2
