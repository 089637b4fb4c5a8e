"""Loaders: plain text, HTML, URLs, JSONL, CSV, feeds, CoNLL-U, folders and globs, on hand-made files."""

from __future__ import annotations

import shutil
import unicodedata
import warnings
from pathlib import Path

import pandas as pd
import pytest
from localserver import Route, closed_port_url, serve

import newskit as nk
from newskit.errors import DownloadError, InputError
from newskit.loaders import (
    Loaded,
    SkippedInputWarning,
    fetch_url,
    read,
    read_csv,
    read_feed,
    read_html,
    read_jsonl,
    read_text,
    read_url,
    to_latin_article,
)
from newskit.schemas import ARTICLES, SKIPPED

DATA = Path(__file__).resolve().parent / "data"  # hand-made test files


def _skipped_warnings(record) -> list:
    return [w for w in record if issubclass(w.category, SkippedInputWarning)]


# --- plain text and encodings ----------------------------------------------------------------


def test_read_text_windows_1250_is_detected():
    art = read_text(DATA / "cp1250.txt")
    assert art.title == "Vlada sprejela ukrepe za pomoč gospodarstvu"
    assert "četrtkovi" in art.paragraphs[0]
    assert art.captions[0].credit == "Foto: STA"
    assert art.language == "sl"


def test_read_text_utf8_with_bom():
    art = read_text(DATA / "bom_hr.txt")
    assert art.title == "Vlada usvojila mjere pomoći gospodarstvu"  # no BOM left in front
    assert art.language == "hr"


def test_text_is_normalised_to_nfc(tmp_path):
    decomposed = unicodedata.normalize("NFD", "Žrtve v Kursku\n\nPutin je dejal, da Rusija ne bo pozabila žrtev.\n")
    path = tmp_path / "nfd.txt"
    path.write_text(decomposed, encoding="utf-8")
    art = read_text(path)
    assert art.title == "Žrtve v Kursku"
    assert unicodedata.is_normalized("NFC", art.text)


@pytest.mark.parametrize(("name", "problem"), [
    ("empty.txt", "empty"),
    ("binary.txt", "binary"),
    ("undecodable.txt", "not UTF-8 or Windows-1250"),
    ("missing.txt", "no such file"),
])
def test_read_text_bad_files_name_the_file_and_problem(name, problem):
    with pytest.raises(InputError, match=problem) as info:
        read_text(DATA / name)
    assert name in str(info.value)


# --- HTML --------------------------------------------------------------------------------------


def test_read_html_file_metadata_lead_captions():
    art = read_html(DATA / "article_sl.html")
    assert art.title == "Putin se je Kimu zahvalil za pomoč vojakov"
    assert art.subtitle.startswith("Ruski predsednik se je severnokorejskemu voditelju")
    assert len(art.paragraphs) == 3 and art.paragraphs[-1].endswith("poroča francoska tiskovna agencija AFP.")
    assert art.captions == (nk.Caption("Vladimir Putin in Kim Jong-un v Pekingu.", "Foto: Reuters"),)
    assert art.outlet == "Primer Novice"
    assert art.authors == ("Ana Novak", "Marko Kovač")
    assert art.published.isoformat() == "2025-09-03T12:20:00+00:00"  # 14:20+02:00, in UTC
    assert art.language == "sl" and art.script == "Latin"
    # Menus and footers are not part of the article.
    assert "Domov" not in art.text and "pravice pridržane" not in art.text


def test_read_html_from_markup_and_bytes_with_url():
    html = (DATA / "article_sl.html").read_text(encoding="utf-8")
    from_str = read_html(html, url="https://www.novice.example.si/svet/1")
    from_bytes = read_html(html.encode("utf-8"), url="https://www.novice.example.si/svet/1")
    assert from_str.text == from_bytes.text
    assert from_str.url == "https://www.novice.example.si/svet/1"
    assert from_str.article_id == from_bytes.article_id and from_str.article_id.startswith("novice.example.si-")


def test_read_html_cyrillic_and_transliteration():
    art = read_html(DATA / "article_sr_cyrillic.html")
    assert art.language == "sr" and art.script == "Cyrillic"
    assert art.title.startswith("Путин захвалио Киму")
    latin = read_html(DATA / "article_sr_cyrillic.html", transliterate=True)
    assert latin.script == "Latin" and latin.meta["transliterated"] == "Cyrillic->Latin"
    assert latin.title == "Putin zahvalio Kimu na pomoći sjevernokorejskih vojnika"
    assert latin.paragraphs[0].startswith("Predsjednik Rusije Vladimir Putin")
    assert latin.outlet == "Primer vijesti"


def test_html_without_article_is_an_error():
    with pytest.raises(InputError, match="no article text") as info:
        read_html(DATA / "no_article.html")
    assert "no_article.html" in str(info.value)


def test_to_latin_article_leaves_macedonian_and_latin_alone():
    mk = nk.Article("m", title="Путин и Ким се сретнаа", language="mk", script="Cyrillic")
    assert to_latin_article(mk) is mk
    sl = nk.Article("s", title="Putin in Kim", language="sl", script="Latin")
    assert to_latin_article(sl) is sl


# --- JSONL and CSV -----------------------------------------------------------------------------


def test_read_jsonl_aliases_and_skipped_rows():
    with warnings.catch_warnings(record=True) as record:
        warnings.simplefilter("always")
        articles, skipped = read_jsonl(DATA / "articles.jsonl")
    assert [a.article_id for a in articles] == ["j1", "j2", "j5", "j6"]
    j1, j2, j5, j6 = articles
    # an unreadable date keeps the article, undated, and says so (#13)
    assert j5.published is None and j5.meta["published_unread"] == "včeraj"
    assert j1.title == "Putin se je Kimu zahvalil za vojake" and len(j1.paragraphs) == 2
    assert j1.outlet == "Primer Novice" and j1.authors == ("Ana Novak", "Marko Kovač")
    assert j1.meta["section"] == "svet"  # unmapped keys are kept
    assert j2.published == pd.Timestamp("2025-09-03") and j2.language == "hr"
    assert j2.outlet == "vijesti.example.hr"  # from the link's host when no outlet is given
    assert j6.language == "sr" and j6.script == "Cyrillic"
    # Every bad line is reported as path:line with its reason, and one warning says so.
    assert list(skipped.columns) == list(SKIPPED)
    where = [p.rsplit(":", 1)[1] for p in skipped["path"]]
    assert where == ["3", "4", "6"]
    reasons = " | ".join(skipped["error"])
    assert "text is missing" in reasons and "not valid JSON" in reasons
    assert "duplicate article_id 'j1'" in reasons
    assert len(_skipped_warnings(record)) == 1
    assert any("včeraj" in str(w.message) for w in record if issubclass(w.category, nk.loaders.UnreadDateWarning))


def test_read_jsonl_explicit_mapping(tmp_path):
    path = tmp_path / "mine.jsonl"
    path.write_text('{"naslov": "Naslov", "vsebina": "Putin je dejal, da je srečanje uspelo.", "kdaj": "2025-09-03"}\n',
                    encoding="utf-8")
    articles, skipped = read_jsonl(path, columns={"title": "naslov", "text": "vsebina", "published": "kdaj"})
    assert articles[0].title == "Naslov" and articles[0].article_id == "mine-1"
    assert articles[0].published.year == 2025 and skipped.empty


def test_read_jsonl_mapping_mistakes_are_explained(tmp_path):
    with pytest.raises(InputError, match=r"did you mean columns=\{'text': 'body'\}"):
        read_jsonl(DATA / "articles.jsonl", columns={"body": "text"})
    with pytest.raises(InputError, match="has no column 'vsebina'.*its columns are id, headline, body"):
        read_jsonl(DATA / "articles.jsonl", columns={"text": "vsebina"})
    path = tmp_path / "notext.jsonl"
    path.write_text('{"naslov": "x"}\n', encoding="utf-8")
    with pytest.raises(InputError, match="no text column"):
        read_jsonl(path)


def test_read_csv_quoted_paragraphs_and_row_lines():
    with warnings.catch_warnings(record=True) as record:
        warnings.simplefilter("always")
        articles, skipped = read_csv(DATA / "articles.csv")
    assert [a.article_id for a in articles] == ["c1", "c3"]
    assert articles[0].paragraphs[1].endswith('"ki so se borili pogumno".')
    assert len(articles[0].paragraphs) == 2
    # The paragraph break inside c1's quoted body does not shift the line numbers.
    assert skipped["path"].tolist() == [f"{DATA / 'articles.csv'}:5", f"{DATA / 'articles.csv'}:7"]
    assert "7 fields, the header has 5" in skipped["error"].iloc[1]
    assert len(_skipped_warnings(record)) == 1


def test_read_csv_windows_1250_semicolons_with_mapping():
    articles, skipped = read_csv(DATA / "articles_cp1250.csv",
                                 columns={"title": "naslov", "text": "besedilo", "published": "datum", "outlet": "medij"})
    assert [a.title for a in articles] == ["Prvi članek", "Drugi članek"]
    assert articles[1].paragraphs[0].startswith("Šolsko leto")
    assert articles[0].published == pd.Timestamp("2025-09-03") and articles[0].outlet == "Časnik"
    assert skipped.empty


# --- feeds -------------------------------------------------------------------------------------


def test_read_rss_feed():
    with warnings.catch_warnings(record=True) as record:
        warnings.simplefilter("always")
        articles, skipped = read_feed(DATA / "feed.rss")
    assert len(articles) == 2 and len(skipped) == 1
    first = articles[0]
    assert first.title == "Putin in Kim sta se sešla v Pekingu"
    assert first.subtitle == "Ruski predsednik se je severnokorejskemu voditelju zahvalil za pomoč."
    assert first.paragraphs[1] == "Putin je dejal, da Rusija ne bo pozabila žrtev severnokorejskih vojakov."
    assert first.url == "https://novice.example.si/svet/putin-kim-1"
    assert first.published.isoformat() == "2025-09-03T12:20:00+00:00"
    assert first.authors == ("Ana Novak",) and first.outlet == "Primer Novice - Svet" and first.language == "sl"
    assert articles[1].paragraphs == ("Kitajska je z vojaško parado obeležila 80. obletnico kapitulacije Japonske.",
                                      "Paradi so prisostvovali tudi tuji voditelji.")
    assert skipped["path"].iloc[0].endswith("feed.rss#3")
    assert len(_skipped_warnings(record)) == 1


def test_read_atom_feed():
    articles, skipped = read_feed(DATA / "feed.atom")
    assert [a.article_id for a in articles] == ["urn:example:vijesti:1", "urn:example:vijesti:2"]
    assert articles[0].language == "hr" and articles[0].authors == ("Ivana Horvat",)
    assert articles[0].subtitle.startswith("Ruski predsjednik zahvalio je")
    assert articles[0].published.isoformat() == "2025-09-03T15:30:00+00:00"
    assert articles[1].paragraphs[0].startswith("Kina je velikom vojnom paradom") and skipped.empty


def test_a_feed_that_is_not_one():
    with pytest.raises(InputError, match="not an RSS or Atom feed"):
        read_feed(DATA / "articles.csv")


# --- read(): the dispatcher ----------------------------------------------------------------------


def _mixed_folder(tmp_path):
    folder = tmp_path / "mixed"
    (folder / "sub").mkdir(parents=True)
    shutil.copy(DATA / "article_sl.html", folder / "a.html")
    shutil.copy(DATA / "cp1250.txt", folder / "b.txt")
    shutil.copy(DATA / "feed.atom", folder / "sub" / "c.atom")
    shutil.copy(DATA / "binary.txt", folder / "sub" / "broken.txt")
    (folder / ".hidden.txt").write_text("not read", encoding="utf-8")
    shutil.copy(nk.datasets.example_path(), folder / "ex.txt")
    shutil.copy(nk.datasets.example_path().with_suffix(".meta.json"), folder / "ex.meta.json")
    return folder


def test_read_folder_of_mixed_files_reports_the_bad_one(tmp_path):
    folder = _mixed_folder(tmp_path)
    with warnings.catch_warnings(record=True) as record:
        warnings.simplefilter("always")
        loaded = read(folder)
    assert isinstance(loaded, Loaded)
    ids = [a.article_id for a in loaded.articles]
    assert len(ids) == 5 and "b" in ids and "urn:example:vijesti:1" in ids
    ex = next(a for a in loaded.articles if a.article_id == "000_1132590431262ebf")
    assert ex.published.year == 2025  # the sidecar was used, not read as an article
    assert loaded.skipped["path"].tolist() == [str(folder / "sub" / "broken.txt")]
    assert "binary" in loaded.skipped["error"].iloc[0]
    warned = _skipped_warnings(record)
    assert len(warned) == 1 and "broken.txt" in str(warned[0].message)
    table = loaded.table()
    assert list(table.columns) == list(ARTICLES) and table.attrs["skipped"] is loaded.skipped


def test_read_glob_and_list(tmp_path):
    folder = _mixed_folder(tmp_path)
    with pytest.warns(SkippedInputWarning):
        articles, skipped = read(str(folder / "**" / "*.txt"))
    assert sorted(a.article_id for a in articles) == ["000_1132590431262ebf", "b"]
    assert len(skipped) == 1  # the binary .txt
    articles, skipped = read([folder / "a.html", folder / "b.txt"])
    assert [a.article_id for a in articles][1] == "b" and skipped.empty


def test_read_named_bad_input_raises_unless_skipped(tmp_path):
    with pytest.raises(InputError, match="empty"):
        read([DATA / "cp1250.txt", DATA / "empty.txt"])
    with warnings.catch_warnings(record=True) as record:
        warnings.simplefilter("always")
        articles, skipped = read([DATA / "cp1250.txt", DATA / "empty.txt", DATA / "nope.txt"], errors="skip")
    assert len(articles) == 1 and len(skipped) == 2 and len(_skipped_warnings(record)) == 1
    with pytest.raises(InputError, match="binary"):
        read(_mixed_folder(tmp_path), errors="raise")
    with pytest.raises(InputError, match="no file matches"):
        read(str(tmp_path / "*.nothing"))
    (tmp_path / "void").mkdir()
    with pytest.raises(InputError, match="holds no files"):
        read(tmp_path / "void")


def test_read_routes_conllu_and_unknown_suffixes(tmp_path):
    conllu = tmp_path / "two.conllu"
    conllu.write_text(
        "# newdoc id = d1\n# title = Putin v Pekingu\n# sent_id = d1.1\n# text = Putin je prišel.\n"
        "1\tPutin\tPutin\tPROPN\t_\t_\t_\t_\t_\tNER=B-per\n2\tje\tbiti\tAUX\t_\t_\t_\t_\t_\tNER=O\n"
        "3\tprišel\tpriti\tVERB\t_\t_\t_\t_\t_\tSpaceAfter=No|NER=O\n4\t.\t.\tPUNCT\t_\t_\t_\t_\t_\tNER=O\n\n",
        encoding="utf-8",
    )
    shutil.copy(DATA / "article_sl.html", tmp_path / "page")  # no suffix: told by its bytes
    (tmp_path / "notes.md").write_text("# notes\n", encoding="utf-8")
    with pytest.warns(SkippedInputWarning):
        articles, skipped = read(tmp_path, language="sl")
    assert "d1" in [a.article_id for a in articles]
    assert skipped["path"].tolist() == [str(tmp_path / "notes.md"), str(tmp_path / "page")]
    assert "not a kind of file newskit reads" in skipped["error"].iloc[0]
    # Named directly, a file without a suffix is sniffed.
    articles, _ = read(tmp_path / "page")
    assert articles[0].title == "Putin se je Kimu zahvalil za pomoč vojakov"


def test_read_duplicate_ids_across_files_are_reported(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    shutil.copy(DATA / "cp1250.txt", tmp_path / "a" / "same.txt")
    shutil.copy(DATA / "bom_hr.txt", tmp_path / "b" / "same.txt")
    with pytest.warns(SkippedInputWarning):
        articles, skipped = read(tmp_path)
    assert len(articles) == 1 and "duplicate article_id 'same'" in skipped["error"].iloc[0]


def test_read_options_apply_to_every_article():
    articles, _ = read([DATA / "article_sr_cyrillic.html", DATA / "cp1250.txt"], outlet="Moj medij", transliterate=True)
    assert {a.outlet for a in articles} == {"Moj medij"}
    assert articles[0].script == "Latin"
    with pytest.raises(nk.UnsupportedLanguageError):
        read(DATA / "cp1250.txt", language="xx")
    articles, _ = read(DATA / "cp1250.txt", language="en")  # readable, not annotatable
    assert articles[0].language == "en"


# --- URLs ------------------------------------------------------------------------------------------


@pytest.fixture()
def site():
    routes = {
        "/article": Route((DATA / "article_sl.html").read_bytes()),
        "/cyr": Route((DATA / "story_pack" / "rtrs-613093.html").read_bytes(), content_type="text/html"),
        "/feed": Route((DATA / "feed.rss").read_bytes(), content_type="application/rss+xml"),
        "/empty": Route(b""),
        "/front": Route((DATA / "no_article.html").read_bytes()),
        "/big": Route(b"<html><body>" + b"<p>Besedilo je tu.</p>" * 5000 + b"</body></html>"),
    }
    with serve(routes) as server:
        yield server


def test_read_url_fetches_once_then_reads_the_cache(site):
    url = site.url("/article")
    art = read_url(url)
    assert art.title == "Putin se je Kimu zahvalil za pomoč vojakov" and art.url == url
    assert art.article_id.startswith("127.0.0.1-") and art.meta["source_path"] == url
    again = read_url(url)
    assert again.text == art.text
    assert [p for p, _ in site.requests] == ["/article"]  # the second read came from the cache
    read_url(url, refresh=True)
    assert len(site.requests) == 2
    # An honest User-Agent names newskit, its version and the purpose.
    assert site.requests[0][1] == f"newskit/{nk.__version__} (+https://github.com/newskit; research)"


def test_fetch_url_without_cache_and_charset_from_the_page(site):
    got = fetch_url(site.url("/cyr"), cache=False)
    assert not got.from_cache and got.charset is None
    art = read_url(site.url("/cyr"), cache=False)  # windows-1251, declared in <meta charset>
    assert art.title.startswith("Путин захвалио Киму") and art.language == "sr"
    assert len(site.requests) == 2


def test_read_dispatches_urls_to_pages_and_feeds(site):
    with pytest.warns(SkippedInputWarning):
        articles, skipped = read([site.url("/article"), site.url("/feed")])
    assert len(articles) == 3
    assert skipped["path"].tolist() == [site.url("/feed") + "#3"]  # the feed's empty entry
    assert articles[1].url == "https://novice.example.si/svet/putin-kim-1"
    with pytest.raises(InputError, match="is an RSS/Atom feed"):
        read_url(site.url("/feed"))


@pytest.mark.parametrize(("path", "error", "match"), [
    ("/missing", DownloadError, "HTTP 404"),
    ("/empty", InputError, "empty"),
    ("/front", InputError, "no article text"),
])
def test_bad_urls_name_the_url(site, path, error, match):
    with pytest.raises(error, match=match) as info:
        read_url(site.url(path), cache=False)
    assert site.url(path) in str(info.value)


def test_url_size_limit(site):
    with pytest.raises(DownloadError, match="max_bytes=1,000"):
        read_url(site.url("/big"), max_bytes=1000, cache=False)


def test_unreachable_url():
    url = closed_port_url("/a")
    with pytest.raises(DownloadError, match="cannot be reached: the connection was refused") as info:
        read_url(url)
    assert url in str(info.value)
    with pytest.raises(InputError, match="not an http"):
        read_url("ftp://example.com/a")


# --- bylines and body paragraphs before a picture's credit -------------------------------------


@pytest.mark.parametrize(("byline", "authors"), [
    ("Piše: Maja Kralj", ("Maja Kralj",)),
    ("Autor: Ivan Perić", ("Ivan Perić",)),
    ("Пише: Милан Петровић и Ана Јовић", ("Милан Петровић", "Ана Јовић")),
    ("Avtorja: Ana Novak in Marko Kovač", ("Ana Novak", "Marko Kovač")),
])
def test_a_byline_block_gives_the_authors_and_is_no_paragraph(byline, authors):
    art = nk.article_from_text(f"Naslov\n\n{byline}\n\nVlada je v torek sprejela proračun. Opozicija ga zavrača.")
    assert art.authors == authors
    assert byline not in art.text and art.paragraphs == ("Vlada je v torek sprejela proračun. Opozicija ga zavrača.",)


def test_a_sentence_after_a_byline_label_stays_text():
    art = nk.article_from_text("Naslov\n\nLead.\n\nPiše: da je vse narobe.")
    assert art.authors == () and art.paragraphs == ("Piše: da je vse narobe.",)


def test_an_author_credit_under_a_short_caption_is_the_pictures():
    art = nk.article_from_text("Naslov\n\nLead.\n\nMinister na seji vlade\n\nAvtor: Bojan Novak\n\nBesedilo.")
    assert art.authors == ()
    assert art.captions == (nk.Caption("Minister na seji vlade", "Avtor: Bojan Novak"),)


@pytest.mark.parametrize("block", [
    # a dateline opens the body, never a caption
    "ZAGREB - Sindikati su najavili štrajk. Iz Ministarstva rada poručuju da pregovori traju.",
    # longer than a caption is
    "Sindikati su najavili štrajk za ponedjeljak. " * 9,
])
def test_a_body_paragraph_before_a_credit_line_is_not_taken_for_a_caption(block):
    block = block.strip()
    art = nk.article_from_text(f"Naslov\n\nLead.\n\n{block}\n\nFoto: Pixsell\n\nDrugi odlomak.", language="hr")
    assert art.paragraphs == (block, "Drugi odlomak.")
    assert art.captions == (nk.Caption("", "Foto: Pixsell"),)


def test_read_text_takes_the_byline_unless_the_sidecar_names_authors(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Naslov\n\nPiše: Maja Kralj\n\nBesedilo članka.", encoding="utf-8")
    assert read_text(path).authors == ("Maja Kralj",)
    (tmp_path / "a.meta.json").write_text('{"authors": ["Uredništvo"]}', encoding="utf-8")
    assert read_text(path).authors == ("Uredništvo",)
