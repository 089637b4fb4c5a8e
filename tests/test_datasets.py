"""download() and the story pack, against a local HTTP server: never the real sites."""

from __future__ import annotations

import hashlib
import json
import warnings
from pathlib import Path

import pytest
from localserver import Route, closed_port_url, serve

import newskit as nk
from newskit.datasets import (
    datasets_dir,
    download,
    load_story_pack,
    story_pack_manifest,
)
from newskit.errors import ChecksumError, DownloadError, InputError
from newskit.loaders import SkippedInputWarning

DATA = Path(__file__).resolve().parent / "data"  # hand-made test files

BODY = ("# newdoc id = d1\n# text = Putin je prišel v Peking.\n" * 2000).encode("utf-8")
SHA = hashlib.sha256(BODY).hexdigest()


@pytest.fixture()
def files():
    routes = {
        "/corpus.conllu": Route(BODY, content_type="text/plain"),
        "/truncated.conllu": Route(BODY[:1000], content_type="text/plain", claim_length=len(BODY)),
        "/gone.conllu": Route(b"gone", status=410),
    }
    with serve(routes) as server:
        yield server


def _leftovers(folder):
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))


# --- download() -----------------------------------------------------------------------------------


def test_download_good_file(files, tmp_path):
    dest = tmp_path / "sub" / "corpus.conllu"
    got = download(files.url("/corpus.conllu"), dest, sha256=SHA, progress=False)
    assert got == dest and dest.read_bytes() == BODY
    assert _leftovers(dest.parent) == []
    # Already there with the right checksum: nothing is fetched again.
    download(files.url("/corpus.conllu"), dest, sha256=SHA, progress=False)
    assert len(files.requests) == 1
    # A folder as dest keeps the URL's file name; the progress bar does not break anything.
    assert download(files.url("/corpus.conllu"), tmp_path, progress=True) == tmp_path / "corpus.conllu"
    assert files.requests[0][1].startswith(f"newskit/{nk.__version__} ")


def test_download_bad_checksum_removes_the_file(files, tmp_path):
    dest = tmp_path / "corpus.conllu"
    with pytest.raises(ChecksumError, match="SHA-256 is .*expected 0{64}.*removed") as info:
        download(files.url("/corpus.conllu"), dest, sha256="0" * 64, progress=False)
    assert files.url("/corpus.conllu") in str(info.value)
    assert not dest.exists() and _leftovers(tmp_path) == []
    assert isinstance(info.value, DownloadError)  # a ChecksumError is a DownloadError


def test_download_truncated_body(files, tmp_path):
    dest = tmp_path / "t.conllu"
    with pytest.raises(DownloadError) as info:
        download(files.url("/truncated.conllu"), dest, progress=False)
    msg = str(info.value)
    assert files.url("/truncated.conllu") in msg and ("truncated" in msg or "broke" in msg)
    assert not dest.exists() and _leftovers(tmp_path) == []


def test_download_oversize_and_http_errors(files, tmp_path):
    with pytest.raises(DownloadError, match="over max_bytes=1,000"):
        download(files.url("/corpus.conllu"), tmp_path / "a", max_bytes=1000, progress=False)
    with pytest.raises(DownloadError, match="HTTP 410"):
        download(files.url("/gone.conllu"), tmp_path / "b", progress=False)
    assert list(tmp_path.iterdir()) == []


def test_download_offline_names_the_url_and_the_fix(tmp_path):
    url = closed_port_url("/corpus.conllu")
    with pytest.raises(DownloadError, match="cannot be reached") as info:
        download(url, tmp_path / "c.conllu", progress=False)
    msg = str(info.value)
    assert url in msg and "save it as" in msg and str(tmp_path / "c.conllu") in msg
    with pytest.raises(InputError, match="not an http"):
        download("file:///etc/hosts", tmp_path / "d")


# --- the story pack --------------------------------------------------------------------------------


def test_manifest_and_readme():
    spec = story_pack_manifest()
    items = spec["items"]
    assert len(items) == 9 and spec["date"] == "2025-09-03"
    assert [i["language"] for i in items].count("en") == 3
    assert {i["outlet"] for i in items} >= {"siol.net", "tportal.hr", "novosti.rs", "kurir.rs", "rtrs.tv"}
    assert next(i for i in items if i["outlet"] == "rtrs.tv")["script"] == "Cyrillic"
    assert next(i for i in items if i["outlet"] == "tportal.hr")["agency"] == "Hina"
    assert len({i["id"] for i in items}) == 9
    readme = (datasets_dir() / "README.md").read_text(encoding="utf-8")
    assert "story_pack.json" in readme and "licen" in readme.lower()
    # The pack's text is never committed: datasets/ holds the example, the manifest and the README.
    assert sorted(p.name for p in datasets_dir().iterdir()) == [
        "000_1132590431262ebf.meta.json", "000_1132590431262ebf.txt", "README.md", "story_pack.json"]


def _pack_routes(*, leave_out: tuple[str, ...] = ()):
    from urllib.parse import urlsplit

    routes = {}
    for item in story_pack_manifest()["items"]:
        if item["id"] in leave_out:
            continue
        parts = urlsplit(item["url"])
        path = f"/{parts.hostname}{parts.path}" + (f"?{parts.query}" if parts.query else "")
        charset = "" if item["outlet"] == "rtrs.tv" else "; charset=utf-8"
        routes[path] = Route((DATA / "story_pack" / f"{item['id']}.html").read_bytes(), content_type=f"text/html{charset}")
    return routes


def test_load_story_pack_from_a_local_server(recwarn):
    with serve(_pack_routes()) as server:
        articles, skipped = load_story_pack(base_url=server.base_url)
        assert len(server.requests) == 9
    assert skipped.empty and not [w for w in recwarn if issubclass(w.category, SkippedInputWarning)]
    by_id = {a.article_id: a for a in articles}
    assert list(by_id) == [i["id"] for i in story_pack_manifest()["items"]]  # manifest order
    siol = by_id["siol-671233"]
    assert siol.outlet == "siol.net" and siol.language == "sl"
    assert siol.url.startswith("https://siol.net/novice/svet/")  # the real address, not the mirror's
    assert siol.meta["fetched_from"].startswith(server.base_url)
    assert siol.captions[0].credit == "Foto: Reuters"
    assert by_id["tportal-20250903"].meta["agency"] == "Hina"
    rtrs = by_id["rtrs-613093"]
    assert rtrs.script == "Cyrillic" and rtrs.title.startswith("Путин")  # windows-1251 page
    english = [a for a in articles if a.language == "en"]
    assert len(english) == 3 and {a.meta["agency"] for a in english} == {"AFP", None}
    assert {a.published.date().isoformat() for a in articles} == {"2025-09-03"}


def test_story_pack_is_cached_refreshed_and_transliterated():
    with serve(_pack_routes()) as server:
        base = server.base_url
        load_story_pack(base_url=base)
        articles, skipped = load_story_pack(base_url=base, transliterate=True, include_example=True)
        assert len(server.requests) == 9  # the second call read the cache
    assert articles[0].article_id == nk.load_example().article_id and len(articles) == 10
    rtrs = next(a for a in articles if a.article_id == "rtrs-613093")
    assert rtrs.script == "Latin" and rtrs.title.startswith("Putin zahvalio Kimu")
    # The server is gone: cached pages still load, and refresh=True reports every page as skipped.
    assert len(load_story_pack(base_url=base).articles) == 9
    with pytest.warns(SkippedInputWarning):
        articles, skipped = load_story_pack(base_url=base, refresh=True, timeout=2)
    assert articles == [] and len(skipped) == 9


def test_story_pack_partly_missing_pages_are_skipped():
    with serve(_pack_routes(leave_out=("kurir-9765873", "devdiscourse-3613394"))) as server:
        with warnings.catch_warnings(record=True) as record:
            warnings.simplefilter("always")
            articles, skipped = load_story_pack(base_url=server.base_url)
    assert len(articles) == 7
    assert skipped["path"].tolist() == [
        "https://www.kurir.rs/planeta/9765873/sastanak-putina-i-kim-dzong-una",
        "https://www.devdiscourse.com/article/politics/3613394-a-historic-meeting-putin-and-kims-beijing-rendezvous",
    ]
    assert skipped["error"].str.contains("HTTP 404").all()
    assert len([w for w in record if issubclass(w.category, SkippedInputWarning)]) == 1


def test_story_pack_offline_skips_everything_with_one_warning():
    base = closed_port_url("").rstrip("/")
    with warnings.catch_warnings(record=True) as record:
        warnings.simplefilter("always")
        articles, skipped = load_story_pack(base_url=base, timeout=2)
    assert articles == [] and len(skipped) == 9
    assert skipped["error"].str.contains("cannot be reached").all()
    assert skipped["path"].str.startswith("https://").all()
    warned = [w for w in record if issubclass(w.category, SkippedInputWarning)]
    assert len(warned) == 1 and "skipped 9" in str(warned[0].message)


def test_story_pack_manifest_override(tmp_path):
    manifest = {"items": [{"id": "x1", "outlet": "primer.si", "language": "sl",
                           "url": "https://primer.si/novica/1"}]}
    with serve({"/primer.si/novica/1": Route((DATA / "article_sl.html").read_bytes())}) as server:
        articles, skipped = load_story_pack(manifest=manifest, base_url=server.base_url)
    assert [a.article_id for a in articles] == ["x1"] and articles[0].outlet == "primer.si"
    path = tmp_path / "m.json"
    path.write_text(json.dumps({"items": [{"id": "x"}]}), encoding="utf-8")
    with pytest.raises(InputError, match="item 0 lacks outlet, language, url"):
        load_story_pack(manifest=path)
