"""The article model: one frozen record per news article, whatever it was read from.

``Article.text`` is composed in a fixed, documented order, so that any ``start_char`` /
``end_char`` of a later table tells which part of the article a word sits in:

1. the title,
2. the subtitle (lead, standfirst),
3. the body paragraphs, in order,
4. the image captions, each followed by its credit on the next line.

Parts are separated by a blank line (``"\\n\\n"``); a caption and its credit by one newline.
Empty parts are left out. :meth:`Article.spans` gives the character span of every part.

Example:
    >>> from newskit import load_example
    >>> art = load_example()
    >>> art.part_at(art.text.index("Dejal je"))
    ('body', 5)
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from types import MappingProxyType
from typing import Any, NamedTuple

import pandas as pd

from .display import first_lines, plural, summary_html, table_html
from .schemas import ARTICLES, conform

__all__ = ["Article", "Caption", "Span", "articles_table"]

PARAGRAPH_SEP = "\n\n"
CREDIT_SEP = "\n"


@dataclass(frozen=True)
class Caption:
    """An image caption and its credit (``Foto: Xinhua/STA``, ``© www.kremlin.ru``)."""

    text: str
    credit: str = ""


@dataclass(frozen=True)
class Span:
    """Where one part of an article lies in ``Article.text``.

    ``part`` is title, lead, body or caption; ``index`` counts paragraphs (or captions) from 0
    within the part; ``paragraph`` counts all paragraphs of the article from 0.
    """

    part: str
    index: int
    paragraph: int
    start: int
    end: int


@dataclass(frozen=True)
class Article:
    """One news article.

    Build it with a loader (``read_text``, ``read_html``, ``read_conllu`` ...) or directly.

    Example:
        >>> a = Article(article_id="a1", title="Naslov", paragraphs=("Prvi odstavek.", "Drugi."))
        >>> a.text
        'Naslov\\n\\nPrvi odstavek.\\n\\nDrugi.'
    """

    article_id: str
    title: str = ""
    subtitle: str = ""
    paragraphs: tuple[str, ...] = ()
    captions: tuple[Caption, ...] = ()
    outlet: str | None = None
    url: str | None = None
    published: dt.datetime | None = None  # the loaders give UTC when the source states a zone
    language: str | None = None
    script: str | None = None
    authors: tuple[str, ...] = ()
    meta: Mapping[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        # Accept lists from callers but store tuples, so the record is really immutable and hashable.
        object.__setattr__(self, "paragraphs", tuple(self.paragraphs))
        object.__setattr__(self, "captions", tuple(
            c if isinstance(c, Caption) else Caption(*c) if isinstance(c, (tuple, list)) else Caption(str(c))
            for c in self.captions
        ))
        object.__setattr__(self, "authors", tuple(self.authors))
        object.__setattr__(self, "meta", MappingProxyType(dict(self.meta)))

    def __hash__(self) -> int:
        return hash((self.article_id, self.text))

    @cached_property
    def _layout(self) -> tuple[str, tuple[Span, ...]]:
        pieces: list[str] = []
        spans: list[Span] = []
        pos = 0
        paragraph = 0

        def add(part: str, index: int, chunk: str) -> None:
            nonlocal pos, paragraph
            if pieces:
                pieces.append(PARAGRAPH_SEP)
                pos += len(PARAGRAPH_SEP)
            pieces.append(chunk)
            spans.append(Span(part, index, paragraph, pos, pos + len(chunk)))
            pos += len(chunk)
            paragraph += 1

        if self.title:
            add("title", 0, self.title)
        if self.subtitle:
            add("lead", 0, self.subtitle)
        for i, para in enumerate(p for p in self.paragraphs if p):
            add("body", i, para)
        for i, cap in enumerate(self.captions):
            chunk = CREDIT_SEP.join(x for x in (cap.text, cap.credit) if x)
            if chunk:
                add("caption", i, chunk)
        return "".join(pieces), tuple(spans)

    @property
    def text(self) -> str:
        """The full text: title, lead, body paragraphs, captions (see the module docstring)."""
        return self._layout[0]

    def spans(self) -> tuple[Span, ...]:
        """The character span of every paragraph of every part, in text order."""
        return self._layout[1]

    def part_at(self, char: int) -> tuple[str, int]:
        """``(part, paragraph)`` of the character at offset ``char`` of :attr:`text`.

        A separator between parts belongs to the part before it.
        """
        found = ("title", 0)
        for span in self.spans():
            if span.start <= char:
                found = (span.part, span.paragraph)
            else:
                break
        return found

    def replace(self, **changes: Any) -> Article:
        """A copy with some fields changed (articles are immutable)."""
        return dataclasses.replace(self, **changes)

    def __repr__(self) -> str:
        # Short: the full record (every paragraph and the metadata) runs to thousands of characters.
        date = self.published.date().isoformat() if self.published else None
        title = self.title if len(self.title) <= 60 else self.title[:57] + "..."
        return (f"Article(article_id={self.article_id!r}, title={title!r}, outlet={self.outlet!r}, "
                f"published={date!r}, language={self.language!r}, paragraphs={len(self.paragraphs)}, "
                f"captions={len(self.captions)}, characters={len(self.text)})")

    def _repr_html_(self) -> str:
        """A notebook's view: title, outlet, date, language and the first lines."""

        meta = [
            self.outlet or "outlet not stated",
            self.published.date().isoformat() if self.published else "date not stated",
            f"language {self.language}" if self.language else "language not set",
            self.script or "",
            f"id {self.article_id}",
        ]
        counts = [plural(len(self.paragraphs), "paragraph"), plural(len(self.captions), "caption"),
                  f"{len(self.text):,} characters"]
        lines = first_lines(((self.subtitle,) if self.subtitle else ()) + self.paragraphs)
        return summary_html(self.title or "(untitled article)", meta + counts + [self.url or ""], lines=lines,
                            kind="article")


def articles_table(articles: Iterable[Article]) -> pd.DataFrame:
    """One row per article, columns as in :data:`newskit.schemas.ARTICLES`.

    Example:
        >>> from newskit import load_example, articles_table
        >>> articles_table([load_example()])[["article_id", "language"]].iloc[0].tolist()
        ['000_1132590431262ebf', 'sl']
    """
    rows = []
    for a in articles:
        rows.append({
            "article_id": a.article_id,
            "title": a.title,
            "subtitle": a.subtitle,
            "text": a.text,
            "outlet": a.outlet,
            "url": a.url,
            # one instant, one value: a time with a zone becomes UTC before the zone is dropped
            "published": pd.Timestamp(a.published).tz_convert("UTC").tz_localize(None) if a.published is not None and pd.Timestamp(a.published).tzinfo else a.published,
            "language": a.language,
            "script": a.script,
            "authors": "; ".join(a.authors),
            "n_paragraphs": len(a.paragraphs),
            "n_captions": len(a.captions),
            "source_path": a.meta.get("source_path"),
        })
    return conform(rows, ARTICLES)


class Annotation(NamedTuple):
    """What every annotator returns: TOKENS, ENTITIES and the articles they index into."""

    tokens: pd.DataFrame
    entities: pd.DataFrame
    articles: list[Article]

    def __repr__(self) -> str:
        # Short: the tables and articles in full run to thousands of characters.
        ids = ", ".join(repr(a.article_id) for a in self.articles[:3]) + (", ..." if len(self.articles) > 3 else "")
        return (f"Annotation(tokens=<{len(self.tokens)} rows>, entities=<{len(self.entities)} rows>, "
                f"articles=[{ids}], annotator={self.tokens.attrs.get('annotator')!r})")

    def _repr_html_(self) -> str:
        """A notebook's view: counts, the annotator, the first tokens and entities."""

        tokens, entities = self.tokens, self.entities
        n_sent = int(tokens[["article_id", "sentence"]].drop_duplicates().shape[0]) if len(tokens) else 0
        types = entities["type"].value_counts() if len(entities) else pd.Series(dtype="int64")
        meta = [plural(len(self.articles), "article"), plural(n_sent, "sentence"), plural(len(tokens), "token"),
                plural(len(entities), "entity", "entities")
                + (f" ({', '.join(f'{t} {n}' for t, n in types.items())})" if len(types) else "")]
        annotator = tokens.attrs.get("annotator")
        version = tokens.attrs.get("newskit_version")
        meta.append(f"annotator {annotator}" if annotator else "")
        meta.append(f"newskit {version}" if version else "")
        skipped = tokens.attrs.get("skipped") or []
        meta.append(f"{plural(len(skipped), 'article')} skipped (tokens.attrs['skipped'])" if skipped else "")
        parts = []
        if len(tokens):
            parts.append('<div class="nk-note">first tokens (<code>.tokens</code>)</div>')
            parts.append(table_html(tokens, ["article_id", "sentence", "text", "lemma", "upos", "ner"], rows=8))
        if len(entities):
            parts.append('<div class="nk-note">first entities (<code>.entities</code>)</div>')
            parts.append(table_html(entities, ["article_id", "text", "lemma", "type"], rows=6))
        title = self.articles[0].title if len(self.articles) == 1 else ""
        head = f"Annotation: {title}" if title else f"Annotation of {plural(len(self.articles), 'article')}"
        return summary_html(head, meta, parts, kind="annotation")


# Field documentation for autodoc, instead of namedtuple's "Alias for field number N".
Annotation.tokens.__doc__ = "The TOKENS table (:data:`newskit.schemas.TOKENS`), one row per word; its ``attrs`` hold the provenance."
Annotation.entities.__doc__ = "The ENTITIES table (:data:`newskit.schemas.ENTITIES`), one row per named-entity mention."
Annotation.articles.__doc__ = "The articles the tables' ``article_id`` and character offsets index into."
