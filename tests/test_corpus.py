"""load_corpus(): the five-outlet corpus from ../shared offline, or downloaded with a checksum.

Downloads are served by a local HTTP server (tests/localserver.py); nothing here touches the
network."""

from __future__ import annotations

import pytest
from localserver import Route, closed_port_url, serve

import newskit as nk
from newskit import datasets

OUTLETS = {"24ur.com", "dnevnik.si", "finance.si", "rtvslo.si", "zurnal24.si"}


@pytest.fixture
def corpus_bytes(suk_path) -> bytes:
    return suk_path.read_bytes()


@pytest.fixture
def no_local_copies(monkeypatch, tmp_path):
    """No $NEWSKIT_DATA and no ../shared: the corpus can only come from the cache or a download."""
    monkeypatch.setenv("NEWSKIT_DATA", str(tmp_path / "nothing-here"))
    monkeypatch.setenv("NEWSKIT_CACHE", str(tmp_path / "cache"))
    return tmp_path / "cache"


def _point_at(monkeypatch, url: str) -> None:
    spec = dict(datasets.CORPORA["sl-news-suk"], url=url)
    monkeypatch.setitem(datasets.CORPORA, "sl-news-suk", spec)


def test_the_shared_copy_is_read_offline(suk_path):
    ann = nk.load_corpus("sl-news-suk")
    assert len(ann.articles) == 81
    assert {a.outlet for a in ann.articles} == OUTLETS
    assert all(a.language == "sl" for a in ann.articles)
    assert ann.tokens.attrs["licence"] == "CC BY-SA 4.0"
    assert "11356/1747" in ann.tokens.attrs["citation"]


def test_newskit_data_and_path_point_at_other_copies(monkeypatch, tmp_path, corpus_bytes):
    folder = tmp_path / "data" / "sl-news-suk"
    folder.mkdir(parents=True)
    (folder / "senticoref_ud_test.conllu").write_bytes(corpus_bytes)
    monkeypatch.setenv("NEWSKIT_DATA", str(tmp_path / "data"))
    assert len(nk.load_corpus().articles) == 81
    # path= takes the user's own file as given (here a one-article excerpt).
    first_doc = corpus_bytes.split(b"# newdoc id", 2)[1]
    mine = tmp_path / "mine.conllu"
    mine.write_bytes(b"# newdoc id" + first_doc)
    assert len(nk.load_corpus(path=mine).articles) == 1
    assert len(nk.load_corpus(path=folder).articles) == 81


def test_a_truncated_local_copy_is_refused(monkeypatch, tmp_path, corpus_bytes):
    folder = tmp_path / "data" / "sl-news-suk"
    folder.mkdir(parents=True)
    # Cut at a document boundary: it would parse, and silently lose articles.
    cut = corpus_bytes[: corpus_bytes.index(b"# newdoc id", len(corpus_bytes) // 2)]
    (folder / "senticoref_ud_test.conllu").write_bytes(cut)
    monkeypatch.setenv("NEWSKIT_DATA", str(tmp_path / "data"))
    with pytest.raises(nk.ChecksumError, match="truncated or altered"):
        nk.load_corpus()


def test_download_into_the_cache_then_reuse_it(monkeypatch, no_local_copies, corpus_bytes):
    with serve({"/suk.conllu": Route(corpus_bytes, content_type="text/plain")}) as server:
        _point_at(monkeypatch, server.url("/suk.conllu"))
        ann = nk.load_corpus()
        assert len(ann.articles) == 81
        assert len(server.requests) == 1
        cached = list(no_local_copies.rglob("senticoref_ud_test.conllu"))
        assert len(cached) == 1 and cached[0].read_bytes() == corpus_bytes
        nk.load_corpus()
        assert len(server.requests) == 1  # the cached copy, checked, is used again


def test_a_download_with_the_wrong_checksum_is_an_error_and_leaves_nothing(monkeypatch, no_local_copies,
                                                                           corpus_bytes):
    altered = corpus_bytes.replace(b"Janez", b"Janko", 1)
    with serve({"/suk.conllu": Route(altered, content_type="text/plain")}) as server:
        _point_at(monkeypatch, server.url("/suk.conllu"))
        with pytest.raises(nk.ChecksumError):
            nk.load_corpus()
    assert not [p for p in no_local_copies.rglob("*") if p.is_file()]


def test_a_truncated_download_is_an_error_never_a_half_loaded_corpus(monkeypatch, no_local_copies,
                                                                      corpus_bytes):
    half = corpus_bytes[: len(corpus_bytes) // 2]
    with serve({"/suk.conllu": Route(half, content_type="text/plain", claim_length=len(corpus_bytes))}) as server:
        _point_at(monkeypatch, server.url("/suk.conllu"))
        with pytest.raises(nk.DownloadError):
            nk.load_corpus()
    assert not [p for p in no_local_copies.rglob("*") if p.is_file()]


def test_offline_without_a_copy_says_how_to_get_one(monkeypatch, no_local_copies):
    _point_at(monkeypatch, closed_port_url("/suk.conllu"))
    with pytest.raises(nk.DownloadError, match="network"):
        nk.load_corpus()


def test_unknown_corpus_names_the_choices():
    with pytest.raises(nk.InputError, match="sl-news-suk"):
        nk.load_corpus("sl-news")


def test_the_sentiment_lexicon_is_downloaded_with_its_checksum(monkeypatch, no_local_copies, shared):
    from newskit.framing import sentiment as framing  # where the JOB lexicon is read

    lexicon = shared("data", "job-lexicon", "Slovene_sentiment_lexicon_JOB.txt").read_bytes()
    with serve({"/job.txt": Route(lexicon, content_type="text/plain")}) as server:
        monkeypatch.setattr(framing, "JOB_URL", server.url("/job.txt"))
        scores = nk.load_sentiment_lexicon()
        assert scores["diktator"] < 0
        assert len(list(no_local_copies.rglob("Slovene_sentiment_lexicon_JOB.txt"))) == 1
    with serve({"/job.txt": Route(lexicon[:1000], content_type="text/plain")}) as server:
        for cached in no_local_copies.rglob("Slovene_sentiment_lexicon_JOB.txt"):
            cached.write_bytes(b"Word\tAFINN\nx\t1\n")  # a damaged cache entry is fetched again
        monkeypatch.setattr(framing, "JOB_URL", server.url("/job.txt"))
        with pytest.raises(nk.ChecksumError):
            nk.load_sentiment_lexicon()
