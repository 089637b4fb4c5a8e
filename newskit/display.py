"""How newskit's objects and tables look in a notebook.

:func:`show_quotes` puts a QUOTES table in reading order (who, how, which word, what was said;
offsets last) with the quoted text left-aligned and never cut. The ``_repr_html_`` of
:class:`~newskit.Article`, :class:`~newskit.Annotation` and :class:`~newskit.Comparison` are
built here, short summaries instead of reprs of thousands of characters.

This module imports no other part of newskit, so that every layer can use it for its display.

Example:
    >>> import newskit as nk
    >>> "newskit-summary" in nk.load_example()._repr_html_()
    True
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import pandas as pd

from .errors import InputError

__all__ = ["QUOTE_COLUMNS", "quote_columns", "show_quotes", "plural", "summary_html", "table_html"]

#: The reading order of a QUOTES table: who said it, how, with which word, what; then the
#: attribution details; the character offsets last.
QUOTE_COLUMNS: tuple[str, ...] = (
    "speaker", "kind", "cue", "text", "source_chain", "source", "speaker_type", "speaker_mention",
    "cue_stance", "quote_id", "article_id", "title", "outlet", "published", "rule", "confidence",
    "start_char", "end_char", "spans", "cue_start", "cue_end", "sentence_start", "sentence_end",
)

_CSS = (
    "<style>"
    ".newskit-summary { font-family: sans-serif; font-size: 0.9em; line-height: 1.4; max-width: 60em; }"
    ".newskit-summary .nk-head { font-weight: bold; font-size: 1.05em; margin-bottom: 0.2em; }"
    ".newskit-summary .nk-meta { color: #555; margin-bottom: 0.4em; }"
    ".newskit-summary .nk-lines { font-family: Georgia, serif; margin: 0.3em 0 0.5em 0; }"
    ".newskit-summary table.nk-table { border-collapse: collapse; margin: 0.3em 0 0.6em 0; }"
    # Specific enough to win over a notebook's own table style (which right-aligns every cell).
    "div.newskit-summary table.nk-table th, div.newskit-summary table.nk-table td { text-align: left; padding: 0.1em 0.6em 0.1em 0;"
    " border-bottom: 1px solid #e4e4e4; vertical-align: top; background: none; }"
    ".newskit-summary .nk-note { color: #666; }"
    "</style>"
)


def plural(n: int, word: str, many: str | None = None) -> str:
    """``n`` and the noun, singular for one: ``1 paragraph``, ``2 paragraphs``.

    Example:
        >>> plural(1, "group"), plural(3, "group"), plural(2, "speech", "speeches")
        ('1 group', '3 groups', '2 speeches')
    """
    return f"{n} {word if n == 1 else (many or word + 's')}"


def quote_columns(columns: Iterable[str]) -> list[str]:
    """``columns`` in the reading order of :data:`QUOTE_COLUMNS`; unknown columns go before the offsets.

    Example:
        >>> quote_columns(["start_char", "text", "speaker", "note"])
        ['speaker', 'text', 'note', 'start_char']
    """
    cols = list(columns)
    known = [c for c in QUOTE_COLUMNS if c in cols]
    offsets = [c for c in known if c in QUOTE_COLUMNS[QUOTE_COLUMNS.index("start_char"):]]
    other = [c for c in cols if c not in QUOTE_COLUMNS]
    return [c for c in known if c not in offsets] + other + offsets


def show_quotes(quotes: pd.DataFrame, columns: Sequence[str] | None = None, *, offsets: bool = False) -> Any:
    """A QUOTES table for reading: speaker, kind, cue and text first, the text left-aligned and whole.

    Args:
        quotes: a QUOTES table (:data:`newskit.schemas.QUOTES`), or any table with some of its columns.
        columns: the columns to show, in this order (default: all in :data:`QUOTE_COLUMNS` order).
        offsets: keep the character offsets (``start_char`` ... ``sentence_end``) in the default view.

    Returns:
        A pandas ``Styler``, which a notebook displays as a table (``.data`` is the reordered frame).

    Example:
        >>> import newskit as nk
        >>> ann = nk.annotate(nk.load_example(), annotator="lite")
        >>> styled = show_quotes(nk.extract_quotes(ann.tokens, articles=ann.articles))
        >>> list(styled.data.columns[:4])
        ['speaker', 'kind', 'cue', 'text']
    """
    if columns is None:
        order = quote_columns(quotes.columns)
        if not offsets:
            first_offset = QUOTE_COLUMNS.index("start_char")
            order = [c for c in order if c not in QUOTE_COLUMNS[first_offset:]]
    else:
        missing = [c for c in columns if c not in quotes.columns]
        if missing:

            raise InputError(f"show_quotes(): columns {missing} are not in the table; it has {list(quotes.columns)}")
        order = list(columns)
    frame = quotes[order].reset_index(drop=True)
    styler = frame.style.set_uuid("newskit-quotes")  # the same HTML on every run (notebooks are compared)
    # Words read from the left (notebooks right-align every cell); numbers stay right-aligned.
    text_cols = [c for c in order if not pd.api.types.is_numeric_dtype(frame[c])]
    if text_cols:
        styler = styler.set_properties(subset=text_cols, **{"text-align": "left", "white-space": "pre-wrap"})
    if "text" in order:
        styler = styler.set_properties(subset=["text"], **{"min-width": "28em"})
    styler = styler.set_table_styles([{"selector": "th", "props": [("text-align", "left")]},
                                      {"selector": "td", "props": [("vertical-align", "top")]}])
    if "confidence" in order:
        styler = styler.format({"confidence": "{:.2f}"}, na_rep="")
    return styler.format(na_rep="").hide(axis="index")


def _cell(value: Any) -> str:
    if value is None:
        return ""
    try:
        if pd.isna(value):
            return ""
    except (TypeError, ValueError):
        pass
    return html.escape(str(value))


def table_html(frame: pd.DataFrame, columns: Sequence[str] | None = None, *, rows: int = 8) -> str:
    """A small plain HTML table of the first ``rows`` rows (no index), for summaries."""
    cols = [c for c in (columns or list(frame.columns)) if c in frame.columns]
    head = "".join(f"<th>{html.escape(str(c))}</th>" for c in cols)
    body = "".join(
        "<tr>" + "".join(f"<td>{_cell(v)}</td>" for v in row) + "</tr>"
        for row in frame[cols].head(rows).itertuples(index=False, name=None)
    )
    return f'<table class="nk-table"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'


def summary_html(head: str, meta: Sequence[str] = (), parts: Sequence[str] = (), *,
                 lines: str = "", kind: str = "") -> str:
    """The box every rich display uses: a bold head line, a grey meta line, then HTML parts.

    ``head``, ``meta`` and ``lines`` are text (escaped here); ``parts`` are HTML already.
    """
    out = [_CSS, f'<div class="newskit-summary" data-kind="{html.escape(kind)}">',
           f'<div class="nk-head">{html.escape(head)}</div>']
    shown = [m for m in meta if m]
    if shown:
        out.append(f'<div class="nk-meta">{html.escape(" · ".join(shown))}</div>')
    if lines:
        out.append(f'<div class="nk-lines">{html.escape(lines)}</div>')
    out.extend(parts)
    out.append("</div>")
    return "".join(out)


def first_lines(paragraphs: Iterable[str], limit: int = 320) -> str:
    """The first paragraphs, cut at a word before ``limit`` characters, with … when cut."""
    text = " ".join(p.strip() for p in paragraphs if p and p.strip())
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0]
    return cut + " …"


def counts_line(counts: Mapping[str, int]) -> str:
    """``3 sentences · 120 tokens`` from ``{"sentence": 3, "token": 120}``."""
    return " · ".join(plural(n, word) for word, n in counts.items())
