"""Fuzzing the loaders and the pipeline (issue #15): whatever the bytes, a loader returns a result or
raises a NewskitError, and no short or degenerate text crashes read -> annotate (lite) -> extract_quotes
-> extract_sources -> framing.

Bounded for CI (the whole file runs in well under a minute): a fixed number of examples each, the
same ones every run (``derandomize``). ``NEWSKIT_FUZZ_EXAMPLES=500`` explores further locally.
"""

from __future__ import annotations

import csv
import io
import json
import os
import warnings

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

import newskit as nk
from newskit.conllu import read_conllu, to_conllu
from newskit.errors import NewskitError
from newskit.loaders import FIELDS, read_csv, read_feed, read_jsonl

EXAMPLES = int(os.environ.get("NEWSKIT_FUZZ_EXAMPLES", "30"))
# No shrinking in CI: a failure prints its example as found, and the time stays bounded.
PHASES = [Phase.explicit, Phase.generate] + ([Phase.shrink] if os.environ.get("NEWSKIT_FUZZ_SHRINK") else [])
FUZZ = settings(max_examples=EXAMPLES, deadline=None, derandomize=True, database=None, phases=PHASES,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture,
                                       HealthCheck.data_too_large])

# Text a news file may hold, and what breaks parsers: quote marks, separators, escapes, controls.
ALPHABET = st.sampled_from(list("abcčšž ABCŠ.,;:!?'\"„“»«”‘’-—()[]{}<>/&#=\\\t\n\r\x00\x0b\ufeff\u00ad\u2028й")
                           + ["\ud800", "dejal", "je", "Putin", "Ким", "rekao", "kazao", "da", "&amp;", "<p>",
                              "</p>", "<![CDATA[", "]]>", "NER=B-per", "SpaceAfter=No", "_", "# newdoc id = x"])
TEXT = st.lists(ALPHABET, max_size=40).map("".join)
SUFFIXES = [".txt", ".html", ".jsonl", ".json", ".csv", ".tsv", ".rss", ".atom", ".xml", ".conllu", ""]


def _outcome(call):
    """The call's result, or None when it raised a NewskitError; anything else fails the test."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            return call()
        except NewskitError:
            return None


def _check_loaded(loaded) -> None:
    if loaded is None:
        return
    articles, skipped = loaded
    for art in articles:
        nk.loaders.check_article(art)  # every article a loader returns is one annotate() accepts
    assert list(skipped.columns) == ["path", "error"]


@FUZZ
@given(data=st.binary(max_size=600), suffix=st.sampled_from(SUFFIXES))
def test_random_bytes_in_any_kind_of_file(tmp_path, data, suffix):
    path = tmp_path / f"input{suffix}"
    path.write_bytes(data)
    _check_loaded(_outcome(lambda: nk.read(path)))
    _check_loaded(_outcome(lambda: nk.read(tmp_path)))


VALUE = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | TEXT,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(TEXT, inner, max_size=3),
    max_leaves=6,
)
RECORD = st.dictionaries(st.sampled_from([*FIELDS, "body", "headline", "date", "id", "lang", "x"]), VALUE, max_size=6)


@FUZZ
@given(records=st.lists(RECORD | VALUE, max_size=5), damage=st.integers(min_value=-1, max_value=400),
       as_array=st.booleans(), columns=st.none() | st.dictionaries(st.sampled_from(FIELDS), TEXT, max_size=2))
def test_near_valid_jsonl(tmp_path, records, damage, as_array, columns):
    text = json.dumps(records) if as_array else "\n".join(json.dumps(r) for r in records)
    if 0 <= damage < len(text):
        text = text[:damage] + text[damage + 1:]  # one character lost: a broken line among good ones
    path = tmp_path / "articles.jsonl"
    path.write_text(text, encoding="utf-8", errors="surrogatepass")
    _check_loaded(_outcome(lambda: read_jsonl(path, columns=columns)))


@FUZZ
@given(header=st.lists(st.sampled_from([*FIELDS, "body", "date", "", "text"]) | TEXT, min_size=1, max_size=5),
       rows=st.lists(st.lists(TEXT, max_size=6), max_size=5), delimiter=st.sampled_from([",", ";", "\t", None]),
       raw=st.booleans())
def test_near_valid_csv(tmp_path, header, rows, delimiter, raw):
    sep = delimiter or ","
    if raw:  # no quoting at all: fields holding the delimiter, quote marks and newlines break rows
        text = "\n".join(sep.join(r) for r in [header, *rows])
    else:
        buf = io.StringIO()
        csv.writer(buf, delimiter=sep).writerows([header, *rows])
        text = buf.getvalue()
    path = tmp_path / "articles.csv"
    path.write_text(text, encoding="utf-8", errors="surrogatepass")
    _check_loaded(_outcome(lambda: read_csv(path, delimiter=delimiter)))


ENTRY = st.fixed_dictionaries({
    "title": TEXT, "description": TEXT, "link": st.sampled_from(["https://example.si/a", "", "not a url", "http://[::1"]),
    "pubDate": st.sampled_from(["Wed, 03 Sep 2025 14:20:00 +0200", "", "yesterday", "3. 9. 2025", "32. 13. 2025"]) | TEXT,
    "author": TEXT,
})


@FUZZ
@given(entries=st.lists(ENTRY, max_size=4), escape=st.booleans(), atom=st.booleans(), cut=st.integers(-1, 600))
def test_near_valid_feeds(tmp_path, entries, escape, atom, cut):
    from xml.sax.saxutils import escape as esc

    def x(s: str) -> str:
        return esc(s) if escape else s

    if atom:
        items = "".join(f"<entry><title>{x(e['title'])}</title><link href=\"{x(e['link'])}\"/><summary>"
                        f"{x(e['description'])}</summary><updated>{x(e['pubDate'])}</updated><author><name>"
                        f"{x(e['author'])}</name></author></entry>" for e in entries)
        text = f'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>T</title>{items}</feed>'
    else:
        items = "".join(f"<item><title>{x(e['title'])}</title><link>{x(e['link'])}</link><description>"
                        f"{x(e['description'])}</description><pubDate>{x(e['pubDate'])}</pubDate><author>"
                        f"{x(e['author'])}</author></item>" for e in entries)
        text = f'<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>{items}</channel></rss>'
    if 0 <= cut < len(text):
        text = text[:cut]
    path = tmp_path / "feed.rss"
    path.write_text(text, encoding="utf-8", errors="surrogatepass")
    _check_loaded(_outcome(lambda: read_feed(path)))
    _check_loaded(_outcome(lambda: read_feed(text)))


COLUMN = st.sampled_from(["_", "1", "0", "2", "-1", "x", "1-2", "1.1", "Putin", "NER=B-per", "SpaceAfter=No",
                          "Case=Nom|Number=Sing", "Case=", "root", "", " "]) | TEXT
COMMENT = st.sampled_from(["# newdoc id = d1", "# newdoc id = d2", "# newdoc", "# newpar id = p", "# sent_id = s",
                           "# part = title", "# part = lead", "# part = caption", "# part = footer", "# title = T",
                           "# date = 2025-09-03", "# date = yesterday", "# main_url = https://x.si", "# text = x",
                           "#", "# author = A, B"])


@FUZZ
@given(lines=st.lists(COMMENT | st.lists(COLUMN, min_size=8, max_size=11).map("\t".join) | st.just(""), max_size=14))
def test_near_valid_conllu(tmp_path, lines):
    path = tmp_path / "corpus.conllu"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8", errors="surrogatepass")
    ann = _outcome(lambda: read_conllu(path))
    if ann is not None:  # what was read writes back as CoNLL-U that reads again
        again = tmp_path / "again.conllu"
        again.write_text(to_conllu(ann.tokens, articles=ann.articles), encoding="utf-8")
        assert _outcome(lambda: read_conllu(again)) is not None
    _check_loaded(_outcome(lambda: nk.read(path)))


# --- the pipeline on short and degenerate texts ----------------------------------------------------

DEGENERATE = st.sampled_from(["dejal", " dejal", "je dejal", "»«", "„", "»Da.«", "\"", ". . .", "Putin:", "Putin je",
                              "rekao je", "- Da, - je rekao.", "»", "Putin je dejal: »", "«, je dejal.", ":", "Da,"])
SHORT_TEXT = DEGENERATE | st.lists(ALPHABET.filter(lambda s: s not in ("\x00", "\ud800")), min_size=1, max_size=25
                                   ).map("".join)


@settings(FUZZ, max_examples=max(5, EXAMPLES // 2))
@given(texts=st.lists(st.tuples(SHORT_TEXT, SHORT_TEXT), min_size=1, max_size=3))
def test_the_pipeline_on_short_and_degenerate_texts(texts):
    articles = [nk.Article(f"a{i}", title=t.strip(), paragraphs=(p,) if p.strip() else (),
                           outlet="A" if i % 2 else "B", language="sl")
                for i, (t, p) in enumerate(texts)]
    articles = [a for a in articles if a.text]
    if not articles:
        return
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        ann = nk.annotate(articles, annotator="lite", cache=False)
        quotes = nk.extract_quotes(ann.tokens, articles=ann.articles)
        sources = nk.extract_sources(ann.tokens, articles=ann.articles)
        texts_by_id = {a.article_id: a.text for a in ann.articles}
        for q in quotes.itertuples():  # every quote lies inside its article's text
            assert 0 <= q.start_char <= q.end_char <= len(texts_by_id[q.article_id])
        from newskit.framing import compare_outlets

        compare_outlets(ann, by="outlet", quotes=quotes, sources=sources, lexicon={"dober": 1.0})


@pytest.mark.parametrize("text", ["dejal", " dejal", "rekao", "je dejal", "»", "«"])
def test_extract_quotes_on_a_text_that_is_only_a_reporting_verb_or_a_mark(text):
    art = nk.Article("v", title=text) if text.startswith(" ") else nk.Article("v", paragraphs=(text,))
    ann = nk.annotate(art, annotator="lite", cache=False)
    assert len(nk.extract_quotes(ann.tokens, articles=ann.articles)) == 0
    assert len(nk.extract_sources(ann.tokens, articles=ann.articles)) == 0
