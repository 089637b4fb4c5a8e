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
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import pandas as pd

from ._version import __version__
from .article import Article
from .names import canonical_counts

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
.newskit-article .nk-facts { font-family: sans-serif; font-size: 0.82em; color: #333; background: #f6f6f6;
  border-radius: 4px; padding: 0.4em 0.7em; margin: 0 0 0.8em 0; }
.newskit-article .nk-facts div { margin: 0.1em 0; }
.newskit-article .nk-facts b { font-weight: 600; color: #555; }
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


def _credited(sources: list[dict]) -> list[str]:
    """The sources an article credits, with their chains (``BBC <- TASS``), in order of first credit."""
    seen: dict[str, None] = {}
    for row in sorted(sources, key=lambda r: _int(r.get("start_char")) or 0):
        name = _text(row.get("source_chain")) or _text(row.get("source"))
        if name:
            seen.setdefault(name, None)
    return list(seen)


def _facts(entities: list[dict], sources: list[dict]) -> str:
    """The article's people, organisations and credited sources, as on the terminal."""
    lines = []
    for label, kind in (("people", "PER"), ("organisations", "ORG")):
        names = canonical_counts(_text(r.get("lemma")) or _text(r.get("text")) for r in entities
                                 if _text(r.get("type")) == kind)
        shown = ", ".join(f"{name} ({n})" for name, n in names.items()) or "none found"
        lines.append(f"<div><b>{label}:</b> {html.escape(shown)}</div>")
    credited = _credited(sources)
    lines.append(f"<div><b>sources credited:</b> {html.escape(', '.join(credited) or 'none')}</div>")
    return '<div class="nk-facts">' + "".join(lines) + "</div>"


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
    entities: pd.DataFrame | None = None,
    colours: Mapping[str, str] | None = None,
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
        entities: an ENTITIES table (:data:`newskit.schemas.ENTITIES`); when given, a box above
            the text lists the people and organisations named, and the sources credited.
        colours: speaker -> colour, to keep one colour per speaker across several articles
            (default: :func:`speaker_colours` of this article's quotes).

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
    own = speaker_colours(pd.DataFrame(quote_rows)) if quote_rows else {}
    colours = {name: (colours or {}).get(name, colour) for name, colour in own.items()}
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
    if entities is not None:
        parts.append(_facts(_rows(entities, article.article_id), source_rows))
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
    lang = f' lang="{html.escape(article.language)}"' if article.language else ""
    return (f'<div class="newskit-article" data-article="{html.escape(article.article_id)}"{lang}>'
            + "\n".join(parts) + "</div>")


_PAGE_CSS = """
body { margin: 2em auto; max-width: 50em; padding: 0 1em; }
hr { margin: 2em 0; }
.nk-page { font-family: sans-serif; font-size: 0.88em; color: #222; }
.nk-page h1 { font-size: 1.25em; margin: 0 0 0.3em 0; }
.nk-page h2 { font-size: 1.05em; margin: 1.4em 0 0.4em 0; }
.nk-page table { border-collapse: collapse; margin: 0.3em 0 0.8em 0; }
.nk-page th, .nk-page td { border-bottom: 1px solid #ddd; padding: 0.2em 0.6em 0.2em 0; text-align: left;
  vertical-align: top; }
.nk-page td.nk-n { text-align: right; }
.nk-page .nk-swatch { display: inline-block; width: 0.9em; height: 0.9em; border-radius: 2px;
  vertical-align: -0.1em; margin-right: 0.3em; border: 1px solid #999; }
.nk-page details { margin: 0.4em 0 1em 0; color: #444; }
.nk-page details summary { cursor: pointer; color: #555; }
.nk-page dl { display: grid; grid-template-columns: max-content auto; gap: 0.1em 1em; margin: 0.4em 0; }
.nk-page dt { color: #666; }
.nk-page dd { margin: 0; font-family: monospace; font-size: 0.95em; overflow-wrap: anywhere; }
""".strip()


def _flat(value: Any, prefix: str = "") -> list[tuple[str, str]]:
    """Nested provenance as ``(key, value)`` lines: ``model.sl.version``, ``options.lang``."""
    if isinstance(value, Mapping):
        out: list[tuple[str, str]] = []
        for key, inner in value.items():
            out.extend(_flat(inner, f"{prefix}.{key}" if prefix else str(key)))
        return out
    if isinstance(value, (list, tuple)):
        text = ", ".join(_text(v) for v in value)
        return [(prefix, text or "none")]
    return [(prefix, _text(value) or "none")]


def _provenance(provenance: Mapping[str, Any] | None) -> str:
    info: dict[str, Any] = {"newskit": __version__}
    for key, value in (provenance or {}).items():
        if key in ("newskit_version", "notes", "skipped", "cache", "citation"):
            continue  # the version is above; notes were printed; the rest is about this machine's run
        info[key] = value
    lines = "".join(f"<dt>{html.escape(k)}</dt><dd>{html.escape(v)}</dd>" for k, v in _flat(info))
    made = f"newskit {__version__}"
    annotator = _text((provenance or {}).get("annotator"))
    if annotator:
        made += f", annotator {annotator}"
    return (f'<details class="nk-provenance"><summary>How this report was made: {html.escape(made)}</summary>'
            f"<dl>{lines}</dl></details>")


def _index(items: Sequence[Article], quotes: pd.DataFrame | None, colours: Mapping[str, str]) -> str:
    head = "".join(f"<th>{h}</th>" for h in ("#", "title", "outlet", "date", "language", "quotes", "speakers"))
    rows = []
    for i, art in enumerate(items):
        qs = _rows(quotes, art.article_id)
        speakers = list(dict.fromkeys(_speaker(r) for r in sorted(qs, key=lambda r: _int(r.get("start_char")) or 0)))
        who = ", ".join(f'<span class="nk-swatch" style="background-color: {colours.get(n, UNKNOWN_COLOUR)};">'
                        f"</span>{html.escape(n)}" for n in speakers)
        rows.append(
            f'<tr><td>{i + 1}</td><td><a href="#{html.escape(_anchor(art, i))}">'
            f"{html.escape(art.title or '(untitled)')}</a></td>"
            f"<td>{html.escape(art.outlet or 'not stated')}</td>"
            f"<td>{art.published.date().isoformat() if art.published else ''}</td>"
            f"<td>{html.escape(art.language or '')}</td><td class=\"nk-n\">{len(qs)}</td><td>{who}</td></tr>")
    return f'<table class="nk-index"><thead><tr>{head}</tr></thead><tbody>{"".join(rows)}</tbody></table>'


def _across(items: Sequence[Article], quotes: pd.DataFrame | None, sources: pd.DataFrame | None,
            entities: pd.DataFrame | None, colours: Mapping[str, str]) -> str:
    """Speakers, sources and names summed over all the page's articles."""
    ids = {a.article_id for a in items}
    parts = []
    q_rows = [r for a in items for r in _rows(quotes, a.article_id)]
    n_quotes = Counter(_speaker(r) for r in q_rows)
    n_arts: dict[str, set[str]] = {}
    for r in q_rows:
        n_arts.setdefault(_speaker(r), set()).add(_text(r.get("article_id")))
    if q_rows:
        body = "".join(
            f'<tr><td><span class="nk-swatch" style="background-color: {colours.get(n, UNKNOWN_COLOUR)};"></span>'
            f'{html.escape(n)}</td><td class="nk-n">{c}</td><td class="nk-n">{len(n_arts[n])}</td></tr>'
            for n, c in sorted(n_quotes.items(), key=lambda kv: (kv[0] == "unknown", -kv[1], kv[0])))
        parts.append("<table><thead><tr><th>speaker</th><th>quotes</th><th>articles</th></tr></thead>"
                     f"<tbody>{body}</tbody></table>")
    else:
        parts.append("<p>No quotes were found.</p>")
    s_rows = [r for a in items for r in _rows(sources, a.article_id)]
    credits: Counter[str] = Counter()
    s_arts: dict[str, set[str]] = {}
    for r in s_rows:
        name = _text(r.get("source_chain")) or _text(r.get("source"))
        if name:
            credits[name] += 1
            s_arts.setdefault(name, set()).add(_text(r.get("article_id")))
    if credits:
        body = "".join(f'<tr><td>{html.escape(n)}</td><td class="nk-n">{c}</td><td class="nk-n">{len(s_arts[n])}</td></tr>'
                       for n, c in sorted(credits.items(), key=lambda kv: (-kv[1], kv[0])))
        parts.append("<table><thead><tr><th>source credited</th><th>credits</th><th>articles</th></tr></thead>"
                     f"<tbody>{body}</tbody></table>")
    if entities is not None and len(entities) and "article_id" in entities.columns:
        ents = entities[entities["article_id"].astype("string").isin(ids)]
        for label, kind in (("people", "PER"), ("organisations", "ORG")):
            col = "lemma" if "lemma" in ents.columns else "text"
            names = canonical_counts(ents.loc[ents["type"] == kind, col].dropna().astype(str))
            top = ", ".join(f"{html.escape(n)} ({c})" for n, c in list(names.items())[:12]) or "none found"
            parts.append(f"<p><b>{label} most named:</b> {top}</p>")
    return "".join(parts)


def _anchor(article: Article, i: int) -> str:
    return f"article-{i + 1}"


def render_page(
    articles: Article | Sequence[Article],
    quotes: pd.DataFrame | None = None,
    sources: pd.DataFrame | None = None,
    *,
    title: str = "newskit report",
    entities: pd.DataFrame | None = None,
    provenance: Mapping[str, Any] | None = None,
) -> str:
    """A whole HTML document with one :func:`render_html` section per article.

    Each speaker keeps one colour across the page. With several articles, the page opens with an
    index (title, outlet, date, quotes) and a summary across them (speakers, sources credited,
    names). ``<html lang>`` is the articles' language (each section also carries its own).

    Args:
        articles: the articles.
        quotes, sources, entities: QUOTES, SOURCES and ENTITIES tables for them (see :func:`render_html`).
        title: the page's title.
        provenance: how the tables were made, shown on the page: typically ``tokens.attrs``
            (newskit version, annotator, model, options) with the command's options added.

    Example:
        >>> import newskit as nk
        >>> render_page([nk.load_example()]).startswith("<!DOCTYPE html>")
        True
    """
    items: list[Article] = [articles] if isinstance(articles, Article) else list(articles)
    ordered = [r for a in items for r in sorted(_rows(quotes, a.article_id), key=lambda r: _int(r.get("start_char")) or 0)]
    colours = speaker_colours(pd.DataFrame({"speaker": [_speaker(r) for r in ordered]})) if ordered else {}
    sections = [f'<section id="{_anchor(a, i)}">'
                + render_html(a, quotes, sources, style=False, entities=entities, colours=colours) + "</section>"
                for i, a in enumerate(items)]
    langs = Counter(a.language for a in items if a.language)
    lang = langs.most_common(1)[0][0] if langs else "und"
    head = [f"<h1>{html.escape(title)}</h1>", _provenance(provenance)]
    if len(items) > 1:
        n_quotes = sum(len(_rows(quotes, a.article_id)) for a in items)
        head.append(f"<h2>{len(items)} articles, {n_quotes} quote{'s' if n_quotes != 1 else ''}</h2>")
        head.append(_index(items, quotes, colours))
        head.append("<h2>Across the articles</h2>")
        head.append(_across(items, quotes, sources, entities, colours))
    return "\n".join([
        "<!DOCTYPE html>",
        f'<html lang="{html.escape(lang)}">',
        "<head>",
        '<meta charset="utf-8">',
        f'<meta name="generator" content="newskit {html.escape(__version__)}">',
        f"<title>{html.escape(title)}</title>",
        f"<style>{_PAGE_CSS}\n{_CSS}</style>",
        "</head>",
        "<body>",
        '<div class="nk-page">' + "\n".join(head) + "</div>",
        "<hr>" if len(items) > 1 else "",
        "\n<hr>\n".join(sections),
        "</body>",
        "</html>",
        "",
    ])


def view(article: Article, quotes: pd.DataFrame | None = None, sources: pd.DataFrame | None = None,
         **options: Any) -> HTML:
    """:func:`render_html` wrapped for display in a notebook (the last line of a cell shows it).

    Also ``newskit.view``; ``options`` are those of :func:`render_html` (``table``, ``entities`` ...).

    Example:
        >>> import newskit as nk
        >>> nk.view(nk.load_example())._repr_html_().startswith('<div class="newskit-article"')
        True
    """
    return HTML(render_html(article, quotes, sources, **options))
