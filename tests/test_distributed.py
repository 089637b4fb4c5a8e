"""annotate_dask() on a LocalCluster with two worker processes, and read_tokens() over its shards."""

from __future__ import annotations

import json
import os

import pandas as pd
import pytest

pytest.importorskip("distributed")

from newskit.article import Article  # noqa: E402
from newskit.errors import InputError  # noqa: E402
from newskit.schemas import ENTITIES, TOKENS  # noqa: E402

KEY = ["article_id", "sentence", "word_id"]


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    from distributed import Client, LocalCluster

    cache = tmp_path_factory.mktemp("worker-cache")
    # worker processes start now, before the per-test cache fixture: give them their own cache
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                      env={"NEWSKIT_CACHE": str(cache), "OMP_NUM_THREADS": "1"}) as cluster:
        with Client(cluster) as c:
            yield c


@pytest.fixture(scope="module")
def articles():
    """A dozen small Slovenian articles of several paragraphs (the example's paragraphs, regrouped)."""
    import newskit

    ex = newskit.load_example()
    paras = list(ex.paragraphs)
    return [
        Article(article_id=f"a{i:02d}", title=f"Naslov {i}", paragraphs=tuple(paras[i % len(paras):][:3] or paras[:3]),
                language="sl")
        for i in range(12)
    ]


def _sorted(df: pd.DataFrame) -> pd.DataFrame:
    return df.sort_values(KEY).reset_index(drop=True)


def test_lite_on_two_workers_matches_in_process(client, articles, tmp_path):
    from newskit.annotate import annotate
    from newskit.distributed import MANIFEST, annotate_dask, read_articles, read_entities, read_tokens

    out = annotate_dask(articles, client=client, out_dir=tmp_path / "ann", annotator="lite", batch_size=2,
                        cache=False, progress=False)
    manifest = json.loads((out / MANIFEST).read_text())
    assert len(manifest["shards"]) == 6
    assert len(manifest["workers"]) == 2  # both workers took batches

    tokens = read_tokens(out)
    assert hasattr(tokens, "npartitions") and tokens.npartitions == 6  # lazy: one partition per shard
    assert list(tokens.columns) == list(TOKENS)
    local = tokens.compute()
    assert dict(local.dtypes.astype(str)) == {c: str(pd.Series(dtype=t).dtype) for c, t in TOKENS.items()}
    assert local.attrs["annotator"] == "lite"

    expected = annotate(articles, annotator="lite", cache=False).tokens
    pd.testing.assert_frame_equal(_sorted(local), _sorted(expected))

    ents = read_entities(out).compute()
    assert list(ents.columns) == list(ENTITIES) and len(ents) > 0
    texts = read_articles(out, lazy=False).set_index("article_id")["text"]
    for row in local.itertuples():
        assert texts[row.article_id][row.start_char:row.end_char] == row.token


def test_a_second_run_reuses_the_shards(client, articles, tmp_path):
    from newskit.distributed import annotate_dask, read_tokens

    out = annotate_dask(articles[:4], client=client, out_dir=tmp_path, annotator="lite", batch_size=2,
                        progress=False)
    shards = sorted((out / "tokens").glob("*.parquet"))
    stamps = [p.stat().st_mtime_ns for p in shards]
    again = annotate_dask(articles[:4], client=client, out_dir=tmp_path, annotator="lite", batch_size=2,
                          progress=False)
    assert [p.stat().st_mtime_ns for p in sorted((again / "tokens").glob("*.parquet"))] == stamps
    assert read_tokens(again, lazy=False)["article_id"].nunique() == 4


def test_a_failing_batch_is_reported_and_the_rest_kept(client, articles, tmp_path):
    from newskit.distributed import MANIFEST, annotate_dask, read_tokens

    bad = Article(article_id="bad", title="Title", paragraphs=("Some text.",), language="xx")
    with pytest.warns(UserWarning, match="1 of 5 articles could not be annotated.*bad"):
        out = annotate_dask([*articles[:4], bad], client=client, out_dir=tmp_path, annotator="lite", batch_size=2,
                            retries=0, progress=False)
    manifest = json.loads((out / MANIFEST).read_text())
    assert manifest["failed_batches"] and "UnsupportedLanguageError" in manifest["failed_batches"][0]["error"]
    assert [s["article_id"] for s in manifest["skipped"]] == ["bad"]
    assert read_tokens(out, lazy=False)["article_id"].nunique() == 4
    assert read_tokens(out, lazy=False).attrs["skipped"][0]["article_id"] == "bad"


def test_tiny_classla_models_load_once_per_worker(client, articles, tiny_models_dir, tmp_path):
    from newskit.annotate import annotate
    from newskit.distributed import annotate_dask, read_tokens

    out = annotate_dask(articles[:6], client=client, out_dir=tmp_path, annotator="classla", batch_size=1,
                        models_dir=tiny_models_dir, cache=False, progress=False)

    def loaded() -> int:
        from newskit import models

        return len(models._PIPELINES)

    # six batches, two workers, one pipeline each: loaded once, reused for every later batch
    assert sorted(client.run(loaded).values()) == [1, 1]
    tokens = read_tokens(out).compute()
    assert tokens.attrs["annotator"] == "classla"
    for col in ("lemma", "upos", "xpos", "head", "deprel", "ner"):
        assert tokens[col].notna().all(), col
    os.environ["CLASSLA_RESOURCES_DIR"] = str(tiny_models_dir)
    try:
        expected = annotate(articles[:6], annotator="classla", cache=False).tokens
    finally:
        del os.environ["CLASSLA_RESOURCES_DIR"]
    pd.testing.assert_frame_equal(_sorted(tokens), _sorted(expected))


def test_read_tokens_without_dask_gives_pandas(client, articles, tmp_path):
    from newskit.distributed import annotate_dask, read_tokens

    out = annotate_dask(articles[:2], client=client, out_dir=tmp_path, annotator="lite", progress=False)
    df = read_tokens(out, lazy=False)
    assert isinstance(df, pd.DataFrame) and list(df.columns) == list(TOKENS)


def test_errors_name_the_fix(tmp_path, monkeypatch):
    import distributed

    from newskit.distributed import annotate_dask, read_tokens

    with pytest.raises(InputError, match="no newskit-annotation.json"):
        read_tokens(tmp_path)
    with pytest.raises(InputError, match="batch_size=0"):
        annotate_dask([], client=object(), out_dir=tmp_path, batch_size=0)
    with pytest.raises(InputError, match="needs Article objects, got str"):
        annotate_dask(["text"], client=object(), out_dir=tmp_path)

    def no_client():
        raise ValueError("No clients found")

    monkeypatch.setattr(distributed, "get_client", no_client)
    with pytest.raises(InputError, match="LocalCluster"):
        annotate_dask([], out_dir=tmp_path)
