"""An article as HTML, with each quote coloured by its speaker, cues underlined, sources marked.

The same view serves a notebook (:func:`view` returns an object Jupyter displays) and the report
page of ``newskit analyse`` (:func:`render_page` writes a whole HTML document). The HTML is
self-contained: no scripts, no external files; the colours that carry meaning are inline styles,
so they survive a notebook's HTML sanitiser, and every piece of article text is escaped.

Example:
    >>> import newskit as nk
    >>> from newskit.report import render_html
    >>> art = nk.load_example()
    >>> render_html(art).startswith('<div class="newskit-article"')
    True
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import pandas as pd

from ._version import __version__
from .article import Article

__all__ = ["HTML", "render_html", "render_page", "view", "speaker_colours", "PALETTE", "UNKNOWN_COLOUR"]

#: Background tints for speakers, in order of first appearance: light enough for black text,
#: distinct under the common colour-vision deficiencies (after ColorBrewer Set3/Pastel).
PALETTE: tuple[str, ...] = (
    "#fdd49e",  # orange
    "#b3cde3",  # blue
    "#ccebc5",  # green
    "#decbe4",  # purple
    "#fbb4ae",  # red
    "#ffffcc",  # yellow
    "#b3e2cd",  # teal
    "#fddaec",  # pink
    "#e5d8bd",  # brown
    "#cbd5e8",  # slate
)
#: Background of quotes whose speaker was not found.
UNKNOWN_COLOUR = "#e0e0e0"

_CSS = """
.newskit-article { font-family: Georgia, 'Times New Roman', serif; line-height: 1.55;
  max-width: 46em; color: #1a1a1a; }
.newskit-article h2.nk-title { font-size: 1.35em; margin: 0.2em 0 0.4em 0; }
.newskit-article p { margin: 0 0 0.8em 0; }
.newskit-article p.nk-lead { font-weight: bold; }
.newskit-article .nk-caption { font-size: 0.88em; color: #444; border-left: 3px solid #ccc;
  padding-left: 0.6em; margin: 0 0 0.8em 0; }
.newskit-article .nk-meta { font-family: sans-serif; font-size: 0.8em; color: #555; margin-bottom: 0.6em; }
.newskit-article .nk-quote { border-radius: 3px; padding: 0 1px; }
.newskit-article .nk-cue { text-decoration: underline; text-decoration-thickness: 2px;
  text-underline-offset: 2px; }
.newskit-article .nk-source { border: 1px dashed #555; border-radius: 3px; padding: 0 2px; }
.newskit-article sup.nk-qid { font-family: sans-serif; font-size: 0.7em; color: #333; }
.newskit-article .nk-legend { font-family: sans-serif; font-size: 0.82em; margin: 0.4em 0 1em 0; }
.newskit-article .nk-legend span.nk-key { display: inline-block; margin: 0 0.9em 0.3em 0; }
.newskit-article .nk-swatch { display: inline-block; width: 0.9em; height: 0.9em;
  border-radius: 2px; vertical-align: -0.1em; margin-right: 0.3em; border: 1px solid #999; }
.newskit-article table.nk-quotes { font-family: sans-serif; font-size: 0.8em;
  border-collapse: collapse; margin-top: 1em; }
.newskit-article table.nk-quotes th, .newskit-article table.nk-quotes td {
  border-bottom: 1px solid #ddd; padding: 0.2em 0.5em; text-align: left; vertical-align: top; }
""".strip()


class HTML:
    """A piece of HTML that Jupyter displays as such (and ``str()`` gives back).

    Example:
        >>> HTML("<b>x</b>")._repr_html_()
        '<b>x</b>'
    """

    def __init__(self, data: str) -> None:
        self.data = str(data)

    def _repr_html_(self) -> str:
        return self.data

    def __str__(self) -> str:
        return self.data

    def __repr__(self) -> str:
        return f"<newskit.report.HTML: {len(self.data)} characters>"


@dataclass(frozen=True)
class _Mark:
    start: int
    end: int
    kind: str  # quote, cue, source
    key: int  # quote id or source row
    speaker: str = ""
    label: str = ""


def _text(value: object) -> str:
    """A cell as text; missing values become ""."""
    if value is None:
        return ""
    try:
        if pd.isna(value):  # type: ignore[call-overload]
            return ""
    except (TypeError, ValueError):
        pass
    return str(value)


def _int(value: object) -> int | None:
    text = _text(value)
    if not text:
        return None
    try:
        return int(float(text))
    except ValueError:
        return None


def _rows(table: pd.DataFrame | None, article_id: str) -> list[dict]:
    if table is None or len(table) == 0:
        return []
    if "article_id" in table.columns:
        table = table[table["article_id"].astype("string") == article_id]
    return table.to_dict("records")


def _speaker(row: dict) -> str:
    return _text(row.get("speaker")).strip() or "unknown"


def _quote_spans(row: dict) -> list[tuple[int, int]]:
    """The character spans of a quote: ``spans`` ("s:e;s:e") when present, else start/end."""
    spans: list[tuple[int, int]] = []
    for part in _text(row.get("spans")).split(";"):
        a, sep, b = part.partition(":")
        if sep and a.strip().lstrip("-").isdigit() and b.strip().lstrip("-").isdigit():
            spans.append((int(a), int(b)))
    if not spans:
        start, end = _int(row.get("start_char")), _int(row.get("end_char"))
        if start is not None and end is not None:
            spans.append((start, end))
    return [(s, e) for s, e in spans if e > s]


def speaker_colours(quotes: pd.DataFrame | None) -> dict[str, str]:
    """The colour of each speaker, in order of first quote; ``unknown`` is always grey.

    Example:
        >>> import pandas as pd
        >>> speaker_colours(pd.DataFrame({"speaker": ["Kim Jong-un", "Vladimir Putin", "Kim Jong-un"]}))
        {'Kim Jong-un': '#fdd49e', 'Vladimir Putin': '#b3cde3'}
    """
    colours: dict[str, str] = {}
    if quotes is None or "speaker" not in getattr(quotes, "columns", ()):
        return colours
    order = quotes.sort_values("start_char", kind="stable") if "start_char" in quotes.columns else quotes
    for value in order["speaker"]:
        name = _text(value).strip() or "unknown"
        if name != "unknown" and name not in colours:
            colours[name] = PALETTE[len(colours) % len(PALETTE)]
    if any((_text(v).strip() or "unknown") == "unknown" for v in quotes["speaker"]):
        colours["unknown"] = UNKNOWN_COLOUR
    return colours


def _marks(article: Article, quotes: list[dict], sources: list[dict]) -> list[_Mark]:
    n = len(article.text)
    marks: list[_Mark] = []
    for i, row in enumerate(quotes):
        qid = _int(row.get("quote_id"))
        qid = i + 1 if qid is None else qid
        speaker = _speaker(row)
        cue = _text(row.get("cue"))
        label = " · ".join(x for x in (
            f"quote {qid}", speaker, _text(row.get("kind")), f"cue: {cue}" if cue else "",
            f"source: {_text(row.get('source_chain')) or _text(row.get('source'))}"
            if _text(row.get("source_chain")) or _text(row.get("source")) else "",
        ) if x)
        for s, e in _quote_spans(row):
            marks.append(_Mark(max(0, s), min(n, e), "quote", qid, speaker, label))
        cs, ce = _int(row.get("cue_start")), _int(row.get("cue_end"))
        if cs is not None and ce is not None and ce > cs:
            marks.append(_Mark(max(0, cs), min(n, ce), "cue", qid, speaker, f"reporting word of quote {qid}: {cue}"))
    for i, row in enumerate(sources):
        s_, e_ = _int(row.get("start_char")), _int(row.get("end_char"))
        if s_ is None or e_ is None or e_ <= s_:
            continue
        s, e = s_, e_
        chain = _text(row.get("source_chain")) or _text(row.get("source"))
        kind = _text(row.get("kind"))
        marks.append(_Mark(max(0, s), min(n, e), "source", i, "", f"source: {chain}" + (f" ({kind})" if kind else "")))
    return marks


def _render_chunk(text: str, start: int, marks: list[_Mark], colours: dict[str, str], last_end: dict[int, int]) -> str:
    """HTML for ``text`` (which starts at offset ``start`` of the article) with its marks."""
    end = start + len(text)
    inside = [m for m in marks if m.start < end and m.end > start]
    cuts = sorted({start, end} | {max(start, min(end, x)) for m in inside for x in (m.start, m.end)})
    out: list[str] = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        if a >= b:
            continue
        piece = html.escape(text[a - start:b - start]).replace("\n", "<br>")
        active = [m for m in inside if m.start <= a and m.end >= b]
        quote = next((m for m in active if m.kind == "quote"), None)
        cue = next((m for m in active if m.kind == "cue"), None)
        source = next((m for m in active if m.kind == "source"), None)
        if cue is not None:
            colour = colours.get(cue.speaker, UNKNOWN_COLOUR)
            piece = (f'<span class="nk-cue" style="text-decoration: underline {_colour_dark(colour)} 2px;" '
                     f'title="{html.escape(cue.label)}">{piece}</span>')
        if source is not None:
            piece = (f'<span class="nk-source" style="border: 1px dashed #555;" '
                     f'title="{html.escape(source.label)}">{piece}</span>')
        if quote is not None:
            colour = colours.get(quote.speaker, UNKNOWN_COLOUR)
            piece = (f'<span class="nk-quote" data-quote="{quote.key}" style="background-color: {colour};" '
                     f'title="{html.escape(quote.label)}">{piece}</span>')
            if last_end.get(quote.key) == b:
                piece += f'<sup class="nk-qid" title="{html.escape(quote.label)}">{quote.key}</sup>'
        out.append(piece)
    return "".join(out)


def _colour_dark(colour: str) -> str:
    """A darker shade of a ``#rrggbb`` colour, for underlines drawn on the tint."""
    try:
        r, g, b = (int(colour[i:i + 2], 16) for i in (1, 3, 5))
    except (ValueError, IndexError):
        return "#333333"
    return "#{:02x}{:02x}{:02x}".format(*(int(c * 0.45) for c in (r, g, b)))


def _legend(colours: dict[str, str], counts: dict[str, int], has_cues: bool, has_sources: bool) -> str:
    keys = []
    for name, colour in colours.items():
        n = counts.get(name, 0)
        keys.append(
            f'<span class="nk-key"><span class="nk-swatch" style="background-color: {colour};"></span>'
            f'{html.escape(name)} ({n} quote{"s" if n != 1 else ""})</span>'
        )
    if has_cues:
        keys.append('<span class="nk-key"><span class="nk-cue" style="text-decoration: underline #333 2px;">'
                    'reporting word</span></span>')
    if has_sources:
        keys.append('<span class="nk-key"><span class="nk-source" style="border: 1px dashed #555;">'
                    'credited source</span></span>')
    if not keys:
        keys.append('<span class="nk-key">no quotes found</span>')
    return '<div class="nk-legend">' + "".join(keys) + "</div>"


def _quote_table(quotes: list[dict], colours: dict[str, str]) -> str:
    head = "".join(f"<th>{h}</th>" for h in ("#", "speaker", "kind", "cue", "source", "text"))
    rows = []
    for i, row in enumerate(quotes):
        qid = _int(row.get("quote_id"))
        speaker = _speaker(row)
        cells = [
            str(i + 1 if qid is None else qid),
            f'<span class="nk-swatch" style="background-color: {colours.get(speaker, UNKNOWN_COLOUR)};"></span>'
            + html.escape(speaker),
            html.escape(_text(row.get("kind"))),
            html.escape(_text(row.get("cue"))),
            html.escape(_text(row.get("source_chain")) or _text(row.get("source"))),
            html.escape(_text(row.get("text"))),
        ]
        rows.append("<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
    return f'<table class="nk-quotes"><thead><tr>{head}</tr></thead><tbody>{"".join(rows)}</tbody></table>'


def render_html(
    article: Article,
    quotes: pd.DataFrame | None = None,
    sources: pd.DataFrame | None = None,
    *,
    table: bool = True,
    style: bool = True,
) -> str:
    """One article as an HTML fragment: quotes coloured by speaker, cues underlined, sources marked.

    Args:
        article: the article the tables index into.
        quotes: a QUOTES table (:data:`newskit.schemas.QUOTES`) from :func:`newskit.extract_quotes`;
            rows of other articles are ignored. Uses ``spans`` (or ``start_char``/``end_char``),
            ``speaker``, ``kind``, ``cue``, ``cue_start``/``cue_end``, ``source``/``source_chain``.
        sources: a SOURCES table (:data:`newskit.schemas.SOURCES`) from
            :func:`newskit.extract_sources`, whose spans are marked with a dashed box.
        table: add a table of the quotes under the text.
        style: include the ``<style>`` block (leave it out when the page already has it).

    Returns:
        A ``<div class="newskit-article">`` fragment: a legend of speakers, the title, lead, body
        paragraphs and captions, and optionally the quote table. All article text is escaped.

    Example:
        >>> import newskit as nk
        >>> html = render_html(nk.load_example())
        >>> "sodobnemu neonacizmu" in html
        True
    """
    quote_rows = sorted(_rows(quotes, article.article_id), key=lambda r: (_int(r.get("start_char")) or 0))
    source_rows = _rows(sources, article.article_id)
    colours = speaker_colours(pd.DataFrame(quote_rows)) if quote_rows else {}
    counts: dict[str, int] = {}
    for row in quote_rows:
        counts[_speaker(row)] = counts.get(_speaker(row), 0) + 1
    marks = _marks(article, quote_rows, source_rows)
    last_end: dict[int, int] = {}
    for m in marks:
        if m.kind == "quote":
            last_end[m.key] = max(last_end.get(m.key, 0), m.end)

    parts: list[str] = []
    if style:
        parts.append(f"<style>{_CSS}</style>")
    meta = " · ".join(x for x in (
        article.outlet or "outlet not stated",
        article.published.date().isoformat() if article.published else "",
        article.language or "",
        article.url or "",
    ) if x)
    parts.append(f'<div class="nk-meta">{html.escape(meta)}</div>')
    parts.append(_legend(colours, counts, any(m.kind == "cue" for m in marks), any(m.kind == "source" for m in marks)))
    text = article.text
    for span in article.spans():
        inner = _render_chunk(text[span.start:span.end], span.start, marks, colours, last_end)
        if span.part == "title":
            parts.append(f'<h2 class="nk-title">{inner}</h2>')
        elif span.part == "lead":
            parts.append(f'<p class="nk-lead">{inner}</p>')
        elif span.part == "caption":
            parts.append(f'<div class="nk-caption">{inner}</div>')
        else:
            parts.append(f"<p>{inner}</p>")
    if table and quote_rows:
        parts.append(_quote_table(quote_rows, colours))
    return (f'<div class="newskit-article" data-article="{html.escape(article.article_id)}">'
            + "\n".join(parts) + "</div>")


def render_page(
    articles: Article | Sequence[Article],
    quotes: pd.DataFrame | None = None,
    sources: pd.DataFrame | None = None,
    *,
    title: str = "newskit report",
) -> str:
    """A whole HTML document with one :func:`render_html` section per article.

    Example:
        >>> import newskit as nk
        >>> render_page([nk.load_example()]).startswith("<!DOCTYPE html>")
        True
    """
    items: Iterable[Article] = [articles] if isinstance(articles, Article) else articles
    sections = [render_html(a, quotes, sources, style=False) for a in items]
    return "\n".join([
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        f'<meta name="generator" content="newskit {html.escape(__version__)}">',
        f"<title>{html.escape(title)}</title>",
        f"<style>body {{ margin: 2em auto; max-width: 50em; padding: 0 1em; }} "
        f"hr {{ margin: 2em 0; }}\n{_CSS}</style>",
        "</head>",
        "<body>",
        f"<h1 style=\"font-family: sans-serif; font-size: 1.1em; color: #555;\">{html.escape(title)}</h1>",
        "\n<hr>\n".join(sections),
        "</body>",
        "</html>",
        "",
    ])


def view(article: Article, quotes: pd.DataFrame | None = None, sources: pd.DataFrame | None = None,
         **options: bool) -> HTML:
    """:func:`render_html` wrapped for display in a notebook (the last line of a cell shows it)."""
    return HTML(render_html(article, quotes, sources, **options))
