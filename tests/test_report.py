"""The HTML view of an article: quotes coloured by speaker, cues underlined, sources marked."""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

import pandas as pd
import pytest

from newskit import Article
from newskit.report import HTML, PALETTE, UNKNOWN_COLOUR, render_html, render_page, speaker_colours, view
from newskit.schemas import QUOTES, SOURCES, conform


def _span(text: str, needle: str) -> tuple[int, int]:
    start = text.index(needle)
    return start, start + len(needle)


@pytest.fixture(scope="module")
def example_tables():
    """Two quotes and one source of the example article, written by hand."""
    import newskit

    art = newskit.load_example()
    text = art.text
    q1 = _span(text, "zaupanje in prijateljstvo")
    cue1 = _span(text, "pohvalil")
    q2 = _span(text, "gre za \"bratsko dolžnost\" njegove države, da Rusiji pomaga po najboljših močeh")
    cue2 = _span(text, "izpostavil")
    src = _span(text, "BBC povzema rusko tiskovno agencijo TASS")
    quotes = conform([
        {"article_id": art.article_id, "quote_id": 1, "kind": "mixed", "text": text[q1[0]:q1[1]],
         "start_char": q1[0], "end_char": q1[1], "spans": f"{q1[0]}:{q1[1]}", "speaker": "Vladimir Putin",
         "speaker_mention": "Putin", "speaker_type": "person", "cue": "pohvaliti", "cue_start": cue1[0],
         "cue_end": cue1[1], "source": "AFP", "source_chain": "AFP", "sentence_start": 0, "sentence_end": 0,
         "rule": "hand", "confidence": 1.0},
        {"article_id": art.article_id, "quote_id": 2, "kind": "indirect", "text": text[q2[0]:q2[1]],
         "start_char": q2[0], "end_char": q2[1], "spans": f"{q2[0]}:{q2[1]}", "speaker": "Kim Jong-un",
         "speaker_mention": "Kim", "speaker_type": "person", "cue": "izpostaviti", "cue_start": cue2[0],
         "cue_end": cue2[1], "source": pd.NA, "source_chain": pd.NA, "sentence_start": 0, "sentence_end": 0,
         "rule": "hand", "confidence": 1.0},
        {"article_id": "another-article", "quote_id": 1, "kind": "direct", "text": "not here",
         "start_char": 0, "end_char": 5, "spans": "0:5", "speaker": "Somebody Else", "speaker_mention": "",
         "speaker_type": "person", "cue": "reči", "sentence_start": 0, "sentence_end": 0, "rule": "hand",
         "confidence": 1.0},
    ], QUOTES)
    sources = conform([{"article_id": art.article_id, "source": "BBC", "source_chain": "BBC <- TASS",
                        "cue": "povzemati", "kind": "report", "start_char": src[0], "end_char": src[1],
                        "sentence": 0}], SOURCES)
    return art, quotes, sources


class _Collect(HTMLParser):
    """Collects the text of the page and checks that tags are balanced."""

    VOID = {"br", "meta", "hr"}

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []
        self.text: list[str] = []
        self.by_quote: dict[str, list[str]] = {}
        self._quote: list[str | None] = []

    def handle_starttag(self, tag, attrs):
        if tag in self.VOID:
            return
        self.stack.append(tag)
        self._quote.append(dict(attrs).get("data-quote"))

    def handle_endtag(self, tag):
        assert self.stack and self.stack[-1] == tag, f"unbalanced </{tag}> after {self.stack[-3:]}"
        self.stack.pop()
        self._quote.pop()

    def handle_data(self, data):
        if self.stack and self.stack[-1] in ("style", "sup"):
            return
        self.text.append(data)
        qid = next((q for q in reversed(self._quote) if q), None)
        if qid:
            self.by_quote.setdefault(qid, []).append(data)


def _parse(page: str) -> _Collect:
    parser = _Collect()
    parser.feed(page)
    parser.close()
    assert parser.stack == [], f"unclosed tags: {parser.stack}"
    return parser


def test_quotes_are_coloured_by_speaker_and_keep_their_words(example_tables):
    art, quotes, sources = example_tables
    page = render_html(art, quotes, sources)
    parsed = _parse(page)
    # The reader sees every word of the article, once, in order.
    shown = "".join(parsed.text)
    for paragraph in art.paragraphs:
        assert paragraph in shown
    # Each quote's highlighted words are exactly its content.
    assert "".join(parsed.by_quote["1"]) == "zaupanje in prijateljstvo"
    assert "".join(parsed.by_quote["2"]).startswith('gre za "bratsko dolžnost"')
    # Putin speaks first, so he gets the first colour; Kim the second.
    assert f'data-quote="1" style="background-color: {PALETTE[0]};"' in page
    assert f'data-quote="2" style="background-color: {PALETTE[1]};"' in page
    # The legend names both speakers with their counts; the other article's speaker is absent.
    assert "Vladimir Putin (1 quote)" in page and "Kim Jong-un (1 quote)" in page
    assert "Somebody Else" not in page


def test_cues_are_underlined_and_sources_marked(example_tables):
    art, quotes, sources = example_tables
    page = render_html(art, quotes, sources)
    assert re.search(r'<span class="nk-cue"[^>]*>pohvalil</span>', page)
    assert re.search(r'<span class="nk-cue"[^>]*>izpostavil</span>', page)
    assert re.search(r'<span class="nk-source"[^>]*title="source: BBC &lt;- TASS \(report\)">'
                     r"BBC povzema rusko tiskovno agencijo TASS</span>", page)
    # The quote table lists the source chain of the first quote.
    assert "<td>AFP</td>" in page


def test_all_text_is_escaped():
    art = Article(article_id="x<1>", title="<script>alert('x')</script>",
                  paragraphs=('Rekel je: "a < b & c > d".',))
    start = art.text.index("a < b")
    quotes = conform([{"article_id": "x<1>", "quote_id": 1, "kind": "direct", "text": "a < b & c > d",
                       "start_char": start, "end_char": start + 13, "spans": f"{start}:{start + 13}",
                       "speaker": "<b>Mallory</b>", "sentence_start": 0, "sentence_end": 0,
                       "rule": "hand", "confidence": 1.0}], QUOTES)
    page = render_html(art, quotes)
    assert "<script>" not in page and "<b>Mallory</b>" not in page
    assert "&lt;script&gt;" in page and html.escape("<b>Mallory</b>") in page
    assert "a &lt; b &amp; c &gt; d" in page
    _parse(page)


def test_missing_speaker_is_grey_and_odd_spans_do_not_crash():
    art = Article(article_id="a", title="Naslov", paragraphs=("Prvi odstavek.", "Drugi odstavek."))
    quotes = conform([
        # A quote running over the paragraph break, with no speaker.
        {"article_id": "a", "quote_id": 1, "kind": "direct", "text": "x", "start_char": 8, "end_char": 30,
         "spans": "8:30", "speaker": pd.NA, "sentence_start": 0, "sentence_end": 1, "rule": "r", "confidence": 0.5},
        # Spans past the end of the text and empty spans are clipped or ignored.
        {"article_id": "a", "quote_id": 2, "kind": "direct", "text": "y", "start_char": 20, "end_char": 999,
         "spans": "20:999;5:5", "speaker": "Ana", "sentence_start": 1, "sentence_end": 1, "rule": "r",
         "confidence": 0.5},
    ], QUOTES)
    page = render_html(art, quotes)
    parsed = _parse(page)
    assert f"background-color: {UNKNOWN_COLOUR};" in page
    assert "unknown (1 quote)" in page
    assert "".join(parsed.text).count("Drugi odstavek.") == 1


def test_no_quotes_gives_the_plain_article(example):
    page = render_html(example)
    assert "no quotes found" in page
    assert "nk-quote" not in page.split("</style>", 1)[1]
    _parse(page)


def test_page_and_notebook_view(example_tables):
    art, quotes, sources = example_tables
    page = render_page([art], quotes, sources, title="Report <1>")
    assert page.startswith("<!DOCTYPE html>") and page.rstrip().endswith("</html>")
    assert "<title>Report &lt;1&gt;</title>" in page
    assert page.count("<style>") == 1
    _parse(page.replace("<!DOCTYPE html>", ""))
    shown = view(art, quotes, sources)
    assert isinstance(shown, HTML)
    assert shown._repr_html_() == render_html(art, quotes, sources)
    # Rendering is deterministic: the notebooks compare it under nbval.
    assert render_html(art, quotes, sources) == render_html(art, quotes, sources)


def test_speaker_colours_follow_first_appearance():
    table = pd.DataFrame({"speaker": ["B", "A", None, "B"], "start_char": [5, 1, 3, 9]})
    assert speaker_colours(table) == {"A": PALETTE[0], "B": PALETTE[1], "unknown": UNKNOWN_COLOUR}


def _second_article():
    """A second article in which Kim Jong-un speaks first and a new speaker follows."""
    art = Article(article_id="b2", title="Drugi članek", outlet="delo.si", language="sl",
                  paragraphs=('Kim je dejal: "Sodelovanje bo močnejše."', 'Ana Novak je povedala: "Ne verjamem."'))
    text = art.text
    rows = []
    for qid, (speaker, words) in enumerate((("Kim Jong-un", "Sodelovanje bo močnejše."),
                                            ("Ana Novak", "Ne verjamem.")), start=1):
        s, e = _span(text, words)
        rows.append({"article_id": "b2", "quote_id": qid, "kind": "direct", "text": words, "start_char": s,
                     "end_char": e, "spans": f"{s}:{e}", "speaker": speaker, "speaker_type": "person",
                     "sentence_start": 0, "sentence_end": 0, "rule": "hand", "confidence": 1.0})
    return art, conform(rows, QUOTES)


def test_a_page_of_several_articles_has_an_index_a_summary_and_one_colour_per_speaker(example_tables):
    art, quotes, sources = example_tables
    other, other_quotes = _second_article()
    both = pd.concat([quotes, other_quotes], ignore_index=True)
    entities = pd.DataFrame({"article_id": [art.article_id] * 3 + ["b2"], "text": ["Putin", "Putinu", "AFP", "Ana"],
                             "lemma": ["Vladimir Putin", "Putin", "AFP", "Ana Novak"],
                             "type": ["PER", "PER", "ORG", "PER"]})
    page = render_page([art, other], both, sources, entities=entities,
                       provenance={"newskit_version": "x", "annotator": "lite", "model": {"sl": {"lemmagen3": "3.5"}},
                                   "options": {"type": "standard"}})
    parsed = _parse(page)
    shown = re.sub(r"\s+", " ", " ".join(parsed.text))
    # The index: both titles linked to their sections, with outlet and quote counts.
    assert '<a href="#article-1">' in page and '<a href="#article-2">' in page
    assert 'id="article-1"' in page and 'id="article-2"' in page
    assert "Drugi članek" in shown and "delo.si" in shown and "not stated" in shown
    # Kim Jong-un keeps the colour he got in the first article, even where he speaks first.
    kim = PALETTE[1]
    assert f'data-quote="1" style="background-color: {kim};" title="quote 1 · Kim Jong-un' in page
    assert f'data-quote="2" style="background-color: {PALETTE[2]};" title="quote 2 · Ana Novak' in page
    # The summary across articles, with the source chain and the names.
    assert "Across the articles" in shown
    assert "BBC <- TASS" in shown
    assert "Vladimir Putin (2)" in shown  # Putin and Putinu counted under the full name
    # How it was made.
    assert "How this report was made" in shown and "annotator lite" in shown
    assert "model.sl.lemmagen3" in shown and "options.type" in shown
    assert page.count('<html lang="sl">') == 1


def test_a_single_article_page_shows_its_names_sources_and_language(example_tables):
    art, quotes, sources = example_tables
    entities = pd.DataFrame({"article_id": [art.article_id], "text": ["Putin"], "lemma": ["Vladimir Putin"],
                             "type": ["PER"]})
    page = render_page(art, quotes, sources, entities=entities)
    shown = re.sub(r"\s+", " ", " ".join(_parse(page).text))
    assert "people: Vladimir Putin (1)" in shown and "sources credited: BBC <- TASS" in shown
    assert "Across the articles" not in shown  # one article: no index
    assert '<html lang="sl">' in page
    assert '<html lang="und">' in render_page(Article("x", title="T", paragraphs=("p",)))


def test_the_analyse_report_page_says_how_it_was_made(tmp_path, capsys):
    from newskit.cli import main

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text('Prvi\n\n"Bo bolje," je dejal minister Janez Novak.\n', encoding="utf-8")
    (folder / "b.txt").write_text('Drugi\n\n"Ne bo," je povedala Ana Kos.\n', encoding="utf-8")
    out = tmp_path / "r"
    assert main(["analyse", str(folder), "--annotator", "lite", "--out", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "Across 2 articles: 2 reported statements" in printed
    page = (out / "report.html").read_text(encoding="utf-8")
    assert "How this report was made: newskit" in page and "command.annotator" in page
    assert "Across the articles" in page
