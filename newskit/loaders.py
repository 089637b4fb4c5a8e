"""Read the user's articles (``read_*``) into :class:`~newskit.article.Article` records.

Two kinds of loader, and one rule for errors:

* **One article** from one input: :func:`read_text` (plain text laid out like the example),
  :func:`read_html` (a saved page, or HTML markup) and :func:`read_url` (a web page) return an
  :class:`~newskit.article.Article`, and raise when the input cannot be used.
* **Many articles**: :func:`read` (files, folders, globs, URLs, mixed), :func:`read_jsonl`,
  :func:`read_csv` and :func:`read_feed` return a :class:`Loaded` named tuple
  ``(articles, skipped)``: the articles, and a table (:data:`newskit.schemas.SKIPPED`) of the
  inputs that could not be read, each with its reason. ``articles, skipped = read("corpus/")``.

An input you name yourself (a file, a URL) that cannot be read raises
:class:`~newskit.errors.InputError` (or :class:`~newskit.errors.DownloadError` for a URL) naming it
and the problem. One bad member of a collection (a file of a folder or glob, a row of a JSONL or
CSV file, an entry of a feed) never stops the rest: it is a row of ``skipped``, and the call
gives one :class:`SkippedInputWarning` in all. ``read(..., errors="skip")`` treats named inputs
the same way (handy for a list of URLs); ``errors="raise"`` stops at the first bad member.

Text is decoded as UTF-8 (with or without BOM) or Windows-1250, detected from the bytes, and
normalised to NFC. The language is detected unless given (``language=``); ``transliterate=True``
turns Serbian Cyrillic articles into Latin script (:func:`to_latin_article`); Latin to Cyrillic
is ambiguous and not offered.

Example:
    >>> from newskit.loaders import read_text
    >>> from newskit.datasets import example_path
    >>> read_text(example_path()).title[:30]
    '»Rusija in Severna Koreja skup'
    >>> articles, skipped = read(example_path())
    >>> len(articles), len(skipped)
    (1, 0)
"""

from __future__ import annotations

import csv
import datetime as dt
import email.utils
import functools
import glob as globmod
import hashlib
import io
import json
import os
import re
import sys
import unicodedata
import warnings
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any, NamedTuple
from urllib.parse import urlsplit

import numpy as np
import pandas as pd

from ._http import Fetched, check_fetch_options, fetch_url
from ._text import (
    MAX_ARTICLE_CHARS,
    MAX_FILE_BYTES,
    check_bytes,
    check_path,
    decode_bytes,
    kind_of,
    max_article_chars,
    max_file_bytes,
    path_kind,
    read_bytes,
    shorten,
)
from .article import Article, Caption, articles_table
from .conllu import read_conllu
from .errors import InputError, NewskitError, SkippedInputWarning
from .language import check_language, detect_language, detect_script, to_latin
from .lexicons import credit_labels, lexicon_path
from .schemas import SKIPPED, conform

__all__ = [
    "FIELDS",
    "MAX_ARTICLE_CHARS",
    "MAX_FILE_BYTES",
    "Collector",
    "Fetched",
    "Loaded",
    "SkippedInputWarning",
    "UnreadDateWarning",
    "check_article",
    "check_path",
    "decode_bytes",
    "fetch_url",
    "max_article_chars",
    "max_file_bytes",
    "parse_plain_text",
    "article_from_text",
    "articles_from_frame",
    "read",
    "read_bytes",
    "read_csv",
    "read_feed",
    "read_html",
    "read_jsonl",
    "read_text",
    "read_url",
    "to_latin_article",
]

# A line that credits a picture: "© www.kremlin.ru", "Foto: Xinhua/STA", "Vir: Reuters", "Фото: Танјуг".
_LABELS = "|".join(map(re.escape, credit_labels()))
CREDIT_LINE = re.compile(rf"^\s*(?:©|\(c\)|(?:{_LABELS})\s*:)\s*\S.*$", re.IGNORECASE)
# A credit at the end of a caption paragraph: "... držav. Foto: Xinhua/STA".
INLINE_CREDIT = re.compile(rf"\s*((?:{_LABELS})\s*:\s*\S+|©\s*\S+)", re.IGNORECASE)

# A credit that ends a figure caption, running to its end: "... sveta. Foto: Jure Eržen", "... © Reuters".
_CAPTION_CREDIT = re.compile(
    rf"^(.*?\S)\s*[|/]?\s*((?:{_LABELS})\s*:\s*\S.*|©\s*\S.*)$",
    re.IGNORECASE | re.DOTALL,
)

#: Article fields that JSONL and CSV columns can be mapped to (``columns={"text": "body"}``).
FIELDS = ("article_id", "title", "subtitle", "text", "outlet", "url", "published", "language", "authors")

# Column names tried, in order, for each field when no mapping names one.
_ALIASES: dict[str, tuple[str, ...]] = {
    "article_id": ("article_id", "id", "doc_id", "uid"),
    "title": ("title", "headline"),
    "subtitle": ("subtitle", "lead", "standfirst"),
    "text": ("text", "body", "content", "article"),
    "outlet": ("outlet", "site", "publisher", "source"),
    "url": ("url", "link"),
    "published": ("published", "date", "pubdate", "published_at", "datetime"),
    "language": ("language", "lang"),
    "authors": ("authors", "author", "byline"),
}

_SUFFIXES = {
    ".txt": "text", ".text": "text",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "jsonl",
    ".csv": "csv", ".tsv": "csv",
    ".rss": "feed", ".atom": "feed", ".xml": "feed",
    ".conllu": "conllu",
}

class Loaded(NamedTuple):
    """What the many-article loaders return: the articles, and the inputs that were skipped.

    Attributes:
        articles: the articles read, in input order.
        skipped: a :data:`newskit.schemas.SKIPPED` table (``path``, ``error``); ``path`` is a file,
            a URL, ``file:line`` for a JSONL or CSV row, ``file#entry`` for a feed entry.
    """

    articles: list[Article]
    skipped: pd.DataFrame

    def table(self) -> pd.DataFrame:
        """The ARTICLES table (:func:`~newskit.article.articles_table`) with ``attrs["skipped"]``."""
        df = articles_table(self.articles)
        df.attrs["skipped"] = self.skipped
        return df


# Field documentation for autodoc, instead of namedtuple's "Alias for field number N".
Loaded.articles.__doc__ = "The articles read, in input order."
Loaded.skipped.__doc__ = "A SKIPPED table (:data:`newskit.schemas.SKIPPED`), the ``path`` and ``error`` of each input left out."


# Invisible characters web text is full of: soft hyphens, zero-width spaces and joiners, BOMs.
_SURROGATE = re.compile("[\ud800-\udfff]")


def check_article(article: Article, where: str | None = None) -> None:
    """Refuse an article newskit cannot process: text fields that are not text, a text over
    :func:`max_article_chars`, or lone surrogates (``\\ud800``, left by a careless decoding).

    Every loader applies it to each article it makes, and :func:`newskit.annotate` to each article
    it is given (a refused one is skipped and reported there, like any bad member of a corpus).

    Raises:
        InputError: naming ``where`` (else the article id), the problem and the fix.
    """
    if not isinstance(article, Article):
        raise InputError(f"{where or 'article'}: {kind_of(article)}, not a newskit.Article")
    name = where or f"article {shorten(repr(article.article_id), 60)}"
    if not isinstance(article.article_id, str) or not article.article_id:
        raise InputError(f"{name}: article_id={shorten(repr(article.article_id), 60)} is not a non-empty string; "
                         f"give each article a string id")
    fields = [("title", article.title), ("subtitle", article.subtitle)]
    fields += [(f"paragraphs[{i}]", v) for i, v in enumerate(article.paragraphs)]
    fields += [(f"captions[{i}]", c.text) for i, c in enumerate(article.captions)]
    fields += [(f"captions[{i}].credit", c.credit) for i, c in enumerate(article.captions)]
    for field_name, value in fields:
        if not isinstance(value, str):
            raise InputError(f"{name}: {field_name} is {kind_of(value)}, not text; give str values")
    text = article.text
    limit = max_article_chars()
    if len(text) > limit:
        raise InputError(
            f"{name}: the article has {len(text):,} characters, over the limit of {limit:,}; split it into "
            f"several articles (one per chapter, or per block of paragraphs), or raise NEWSKIT_MAX_ARTICLE_CHARS "
            f"if the machine has the memory"
        )
    m = _SURROGATE.search(text)
    if m is not None:
        raise InputError(
            f"{name}: the text holds a lone surrogate ({m.group()!r} at character {m.start()}), left by a faulty "
            f"decoding; read the file with newskit.read(), which replaces them, or clean the text "
            f"(text.encode('utf-8', 'replace').decode('utf-8'))"
        )


_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"))
_SPACES = re.compile(r"\s+")


def _clean(text: object) -> str:
    """One paragraph's text: NFC, invisible characters removed, runs of white space as one space."""
    if text is None:
        return ""
    s = _SURROGATE.sub("\ufffd", str(text))  # JSON's "\ud800" escapes: not text, and unencodable
    s = unicodedata.normalize("NFC", s).translate(_INVISIBLE)
    return _SPACES.sub(" ", s).strip()


def _paragraphs(value: object) -> tuple[str, ...]:
    """Paragraphs of a body given as a list, or as text with blank lines (else single newlines) between them."""
    if value is None:
        return ()
    if isinstance(value, (list, tuple)):
        parts = [_clean(v) for v in value]
    else:
        s = str(value).replace("\r\n", "\n").replace("\r", "\n")
        chunks = re.split(r"\n\s*\n", s) if re.search(r"\n\s*\n", s) else s.split("\n")
        parts = [_clean(c) for c in chunks]
    return tuple(p for p in parts if p)


class UnreadDateWarning(UserWarning):
    """Some articles' dates could not be read; the articles are kept, without a date."""


@functools.cache
def _months() -> dict[str, int]:
    """Month name (any language, lower case) -> month number, from ``lexicons/common/months.tsv``."""
    path = lexicon_path("common", "months.tsv")
    out: dict[str, int] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        number, _, forms = line.partition("\t")
        for form in forms.split():
            out[unicodedata.normalize("NFC", form.lower())] = int(number)
    return out


# "3. septembra 2025", "srijeda, 3. rujna 2025. u 14:20", "3 септември 2025 г.", "3. oktobra 2025 ob 14.20"
_NAMED_MONTH = re.compile(
    r"(?:[^\W\d_]+\.?,?\s+)?(\d{1,2})\.?\s*([^\W\d_]+)\.?\s*(\d{4})\.?(?:\s*(?:г\.|god\.|godine|leta|године))?"
    r"(?:\s*(?:,|ob|u|у|в|at|-)?\s*(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?\s*(?:h|ura|uri|sati|часа|ч\.?)?)?",
    re.IGNORECASE,
)


def _utc(value: dt.datetime) -> dt.datetime:
    """An aware time in UTC (the same instant, whatever zone the source wrote); a naive one as it is."""
    return value.astimezone(dt.timezone.utc) if value.tzinfo is not None and value.utcoffset() is not None else value


def _parse_date(value: Any, source: str) -> dt.datetime | None:
    """A date-time from ISO 8601, ``3. 9. 2025`` / ``03.09.2025 14:20``, a month name (``3. septembra
    2025``, ``3. rujna 2025.``, ``3 септември 2025``), RFC 2822 (feeds, e-mail), else what dateparser reads.

    A time with a zone (``09:30+02:00``) is converted to UTC, so one instant is one value whichever
    source gave it; a time without a zone is kept as written.
    """
    if value is None or value == "" or (isinstance(value, float) and value != value) or value is pd.NaT:
        return None
    if isinstance(value, pd.Timestamp):
        return _utc(value.to_pydatetime())
    if isinstance(value, dt.datetime):
        return _utc(value)
    if isinstance(value, dt.date):
        return dt.datetime(value.year, value.month, value.day)
    s = unicodedata.normalize("NFC", str(value).strip())
    try:
        return _utc(dt.datetime.fromisoformat(s.replace("Z", "+00:00")))
    except ValueError:
        pass
    named = _NAMED_MONTH.fullmatch(s)
    if named:
        n_day, word, n_year, n_hh, n_mm, n_ss = named.groups()
        number = _months().get(word.lower())
        if number is not None:
            try:
                return dt.datetime(int(n_year), number, int(n_day), int(n_hh or 0), int(n_mm or 0), int(n_ss or 0))
            except ValueError:
                pass
    m = re.fullmatch(r"(\d{1,2})\.\s*(\d{1,2})\.\s*(\d{4})\.?(?:[ ,T]+(\d{1,2})[:.](\d{2})(?::(\d{2}))?)?", s)
    if m:
        day, month, year, hh, mm, ss = m.groups()
        try:
            return dt.datetime(int(year), int(month), int(day), int(hh or 0), int(mm or 0), int(ss or 0))
        except ValueError:
            pass
    try:
        parsed = email.utils.parsedate_to_datetime(s)
        if parsed is not None:
            return _utc(parsed)
    except (TypeError, ValueError, IndexError):
        pass
    for fmt in ("%Y-%m-%dT%H:%M:%S%z", "%Y-%m-%dT%H:%M:%S.%f%z", "%Y-%m-%d %H:%M:%S%z", "%Y/%m/%d"):
        try:
            return _utc(dt.datetime.strptime(s, fmt))
        except ValueError:
            continue
    if 4 <= len(s) <= 80 and re.search(r"\d{4}", s):
        try:
            import dateparser

            found = dateparser.parse(s, settings={"DATE_ORDER": "DMY", "PREFER_DAY_OF_MONTH": "first"})
        except Exception:  # noqa: BLE001 - dateparser is a last resort; its failures are ours to report
            found = None
        if found is not None:
            return _utc(found)
    raise InputError(
        f"{source}: published={value!r} is not a date newskit reads (ISO 2025-09-03, 3. 9. 2025, "
        f"3. septembra 2025, or RFC 2822 as in feeds)"
    )


def _article_date(value: Any, source: str) -> tuple[dt.datetime | None, dict[str, Any]]:
    """The date of an article read from data, and what to add to its meta: an unreadable date keeps
    the article (without a date), with ``meta["published_unread"]`` holding what the source wrote."""
    try:
        return _parse_date(value, source), {}
    except InputError:
        return None, {"published_unread": str(value)}


def _warn_unread_dates(articles: Iterable[Article], where: str, stacklevel: int = 3) -> None:
    unread = [a for a in articles if "published_unread" in a.meta]
    if unread:
        first = unread[0]
        warnings.warn(
            f"{where}: {len(unread)} article(s) kept without a date newskit could read, e.g. "
            f"{first.article_id}: published={first.meta['published_unread']!r}; see Article.meta['published_unread']",
            UnreadDateWarning, stacklevel=stacklevel,
        )


def _language(given: str | None, declared: str | None, text: str, source: str) -> str:
    """The article's language: the one given, else the one the source declares, else detected.

    A declared language (an HTML ``lang`` attribute, a feed's ``<language>``) is trusted when it
    is one newskit knows and detection agrees that the text is (or is not) English: page
    templates sometimes keep a default ``lang="en"`` on South Slavic pages.
    """
    lang = check_language(given, argument="language", purpose="read")
    if lang:
        return lang
    try:
        decl = check_language(declared, argument="language", purpose="read") if declared else None
    except NewskitError:
        decl = None
    detected = detect_language(text, default=decl if decl and decl != "en" else "sl")
    if decl and (decl == "en") == (detected == "en"):
        return decl
    return detected


def to_latin_article(article: Article) -> Article:
    """The article in Latin script if it is Serbian (or Bosnian) Cyrillic; otherwise unchanged.

    Every part (title, lead, paragraphs, captions, authors) is transliterated with
    :func:`newskit.language.to_latin`; ``script`` becomes ``"Latin"`` and ``meta["transliterated"]``
    records ``"Cyrillic->Latin"``. Macedonian and Bulgarian are left as they are (their alphabets
    are not Serbian), and so is Latin text. The loaders do this with ``transliterate=True``.

    Example:
        >>> a = Article("x", title="Путин и Ким", language="sr", script="Cyrillic")
        >>> to_latin_article(a).title
        'Putin i Kim'
    """
    if article.language not in ("sr", "bs") or article.script != "Cyrillic":
        return article
    return article.replace(
        title=to_latin(article.title, language="sr"),
        subtitle=to_latin(article.subtitle, language="sr"),
        paragraphs=tuple(to_latin(p, language="sr") for p in article.paragraphs),
        captions=tuple(Caption(to_latin(c.text, language="sr"), to_latin(c.credit, language="sr")) for c in article.captions),
        authors=tuple(to_latin(a, language="sr") for a in article.authors),
        outlet=to_latin(article.outlet, language="sr") if article.outlet else article.outlet,
        script="Latin",
        meta={**article.meta, "transliterated": "Cyrillic->Latin"},
    )


def _finish(article: Article, transliterate: bool, where: str) -> Article:
    """Every loaded article passes here: checked (:func:`check_article`), then transliterated if asked."""
    check_article(article, where)
    return to_latin_article(article) if transliterate else article


# --------------------------------------------------------------------------------------------
# Plain text


def _blocks(text: str) -> list[str]:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return [_clean(re.sub(r"[ \t]*\n[ \t]*", " ", b)) for b in re.split(r"\n\s*\n", text) if b.strip()]


# A byline block: "Piše: Maja Kralj", "Autor: Ivan Perić", "Пише: Милан Петровић", "Avtorja: A in B".
_BYLINE = re.compile(
    r"^(?:piše|pišeta|pišejo|pišu|avtor|avtorica|avtorja|avtorji|autor|autorica|autori|tekst|besedilo"
    r"|пише|пишу|аутор|ауторка|аутори|автор|текст)\s*:\s*(\S.{0,80})$",
    re.IGNORECASE,
)
# Names in a byline are split at commas and "in", "i", "и" ("Ana Novak in Marko Kovač").
_BYLINE_SPLIT = re.compile(r"\s*,\s*|\s+(?:in|i|и)\s+")
# A paragraph that opens with a dateline ("ZAGREB - ", "Ljubljana – ", "BEOGRAD, 3. septembra (Tanjug) -")
# opens the body: it is never a picture's caption, even when a credit line follows it.
_DATELINE_OPENING = re.compile(r"^[^\W\d_][\w.]*(?:[ ,][\w.()]+){0,5}?\s[–—-]\s")
# A caption is a sentence or three; a block this long before a credit line is body text that a
# picture follows ("...\n\nFoto: Pixsell"), and taking it for a caption would drop its quotes.
_CAPTION_MAX_CHARS = 350


def _byline(block: str) -> tuple[str, ...] | None:
    """The authors a byline block names, or None when the block is no byline.

    >>> _byline("Piše: Ana Novak in Marko Kovač")
    ('Ana Novak', 'Marko Kovač')
    """
    m = _BYLINE.match(block)
    if m is None or m.group(1).rstrip().endswith((".", "!", "?")):
        return None
    names = tuple(n for n in _BYLINE_SPLIT.split(m.group(1).strip()) if n)
    # a name is capitalised and of a few words; anything else is a sentence after a colon
    if not names or any(not n[0].isupper() or len(n.split()) > 4 for n in names):
        return None
    return names


def _body_not_caption(block: str) -> bool:
    """A block before a credit that is body text, not the picture's caption (a dateline, or too long)."""
    return len(block) > _CAPTION_MAX_CHARS or _DATELINE_OPENING.match(block) is not None


def _split_caption(block: str) -> list[Caption] | None:
    """Captions in a paragraph that ends with an inline credit, repeated captions kept once."""
    parts = INLINE_CREDIT.split(block)
    # split() with one group gives [text, credit, text, credit, ..., tail]
    if len(parts) < 3 or parts[-1].strip():
        return None
    caps: list[Caption] = []
    for i in range(0, len(parts) - 1, 2):
        cap = Caption(parts[i].strip(), parts[i + 1].strip())
        if cap not in caps:
            caps.append(cap)
    return caps


def parse_plain_text(text: str) -> dict[str, Any]:
    """Split a plain-text article into title, lead, body paragraphs and captions.

    The layout is the one of the example: blocks separated by blank lines; the first block is
    the title and the second the lead; a block followed by a credit line (``© ...``, ``Foto: ...``)
    is a caption with that credit; a block ending in an inline credit is a caption (a caption
    repeated in one block is kept once), unless it opens with a dateline or is longer than a
    caption is (then it is body, and the credit a caption of its own). A byline block (``Piše: Ana
    Novak``, ``Autor: Ivan Perić``) gives the authors. Everything else is body, in order.
    """
    blocks = _blocks(text)
    title = blocks[0] if blocks else ""
    authors: list[str] = []
    rest: list[str] = []
    for i, block in enumerate(blocks[1:], 1):
        names = _byline(block)
        # "Autor: X" after a short block is that picture's credit, not the article's byline
        if names is None or (CREDIT_LINE.match(block) and i > 1 and not _body_not_caption(blocks[i - 1])):
            rest.append(block)
        else:
            authors.extend(n for n in names if n not in authors)
    subtitle = ""
    if len(rest) > 1 and not CREDIT_LINE.match(rest[0]) and not (len(rest) > 1 and CREDIT_LINE.match(rest[1])):
        subtitle, rest = rest[0], rest[1:]
    paragraphs: list[str] = []
    captions: list[Caption] = []
    i = 0
    while i < len(rest):
        block = rest[i]
        nxt = rest[i + 1] if i + 1 < len(rest) else None
        if nxt is not None and CREDIT_LINE.match(nxt) and not CREDIT_LINE.match(block):
            if _body_not_caption(block):
                paragraphs.append(block)
                captions.append(Caption("", nxt))
            else:
                captions.append(Caption(block, nxt))
            i += 2
            continue
        if CREDIT_LINE.match(block):
            captions.append(Caption("", block))
        elif (caps := _split_caption(block)) is not None:
            for cap in caps:
                if _body_not_caption(cap.text):
                    paragraphs.append(cap.text)
                    cap = Caption("", cap.credit)
                if cap not in captions:
                    captions.append(cap)
        else:
            paragraphs.append(block)
        i += 1
    return {"title": title, "subtitle": subtitle, "paragraphs": tuple(paragraphs), "captions": tuple(captions),
            "authors": tuple(authors)}


def _meta_sidecar(path: Path) -> dict[str, Any]:
    side = path.with_name(path.stem + ".meta.json")
    if not side.exists():
        return {}
    try:
        return dict(json.loads(side.read_text(encoding="utf-8")))
    except (ValueError, OSError) as exc:
        raise InputError(f"{side}: metadata beside {path.name} is not valid JSON ({exc}); fix or remove it") from None


def read_text(
    path: str | Path,
    *,
    article_id: str | None = None,
    outlet: str | None = None,
    url: str | None = None,
    published: str | dt.datetime | None = None,
    language: str | None = None,
    transliterate: bool = False,
) -> Article:
    """Read a plain-text article laid out as title, lead, captions and body paragraphs.

    Metadata comes from the arguments, else from a ``<stem>.meta.json`` file beside the text
    (keys ``article_id``, ``outlet``, ``url``, ``published``, ``language``, ``authors``), else is
    left empty; the article id defaults to the file stem and the language is detected.

    Args:
        path: the text file (UTF-8 with or without BOM, or Windows-1250).
        article_id, outlet, url, published, language: metadata that wins over the sidecar's.
        transliterate: Serbian Cyrillic to Latin (see :func:`to_latin_article`).

    Raises:
        InputError: the file is missing, empty, binary or undecodable.

    Example:
        >>> from newskit.datasets import example_path
        >>> art = read_text(example_path())
        >>> art.language, len(art.captions)
        ('sl', 2)
    """
    p = check_path(path, caller="read_text")
    data = read_bytes(p)
    limit = max_article_chars()
    if len(data) > 4 * limit:  # UTF-8 takes at most 4 bytes a character: over the limit for certain
        raise InputError(
            f"{p}: {len(data):,} bytes is more than an article of at most {limit:,} characters; split the file into "
            f"one file per article (a text file is one article), or raise NEWSKIT_MAX_ARTICLE_CHARS"
        )
    text = decode_bytes(data, source=str(p))
    if len(text) > limit:
        raise InputError(
            f"{p}: {len(text):,} characters is over the limit of {limit:,} for one article; split the file into "
            f"one file per article (a text file is one article), or raise NEWSKIT_MAX_ARTICLE_CHARS"
        )
    parts = parse_plain_text(text)
    if not parts["title"]:
        raise InputError(f"{p}: no text in the file")
    meta = _meta_sidecar(p)
    byline = parts.pop("authors")  # the sidecar's authors, when it names them, come first
    lang = _language(language or meta.get("language"), None, text, str(p))
    # a date you pass must be right; one from the sidecar that cannot be read leaves the article undated
    when, unread = (_parse_date(published, str(p)), {}) if published else _article_date(meta.get("published"), str(p))
    art = _finish(Article(
        article_id=str(article_id or meta.get("article_id") or p.stem),
        outlet=outlet or meta.get("outlet"),
        url=url or meta.get("url"),
        published=when,
        language=lang,
        script=detect_script(text),
        authors=tuple(meta.get("authors") or ()) or byline,
        meta={"source_path": str(p), **unread,
              **{k: v for k, v in meta.items() if k not in {"article_id", "outlet", "url", "published", "language", "authors"}}},
        **parts,
    ), transliterate, str(p))
    _warn_unread_dates([art], str(p))
    return art


# --------------------------------------------------------------------------------------------
# HTML


_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)


def _decode_html(data: bytes, *, charset: str | None, source: str) -> str:
    """HTML bytes to text: the charset the server or the page declares, else :func:`decode_bytes`."""
    declared = charset
    if not declared:
        m = _META_CHARSET.search(data[:4096])
        declared = m.group(1).decode("ascii") if m else None
    if declared:
        try:
            text = data.decode(declared)
            if text.startswith("\ufeff"):
                text = text[1:]
            return unicodedata.normalize("NFC", text)
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong or unknown declaration: detect instead
    return decode_bytes(data, source=source)


def _looks_like_markup(s: str) -> bool:
    return s.lstrip("\ufeff \t\r\n").startswith("<") or "</" in s[:2000]


def _host(url: str | None) -> str | None:
    if not url:
        return None
    host = urlsplit(url).hostname or ""
    return host[4:] if host.startswith("www.") else host or None


def _id_from(kind: str, value: str) -> str:
    return f"{kind}-{hashlib.sha1(value.encode('utf-8')).hexdigest()[:12]}"


_LEAD_CLASS = re.compile(r"\b(?:lead|perex|standfirst|intro|summary|excerpt|subtitle|teaser|podnaslov)\b", re.I)


def _same(a: str, b: str) -> bool:
    norm = lambda s: re.sub(r"\W+", " ", s).strip().lower()  # noqa: E731
    return bool(a) and bool(b) and norm(a) == norm(b)


def _sentence_like(paragraph: str) -> bool:
    return len(paragraph.split()) >= 6 and paragraph.rstrip()[-1:] in ".!?…\"'«»“”„)"


_DATE_META = ("article:published_time", "og:article:published_time", "datepublished", "date", "dc.date",
              "dc.date.issued", "pubdate", "publishdate")


def _html_extras(html: str) -> dict[str, Any]:
    """What trafilatura leaves out: the page's language, figure captions, a marked lead paragraph."""
    import lxml.html

    out: dict[str, Any] = {"lang": None, "captions": [], "leads": [], "published": None}
    try:
        # the text is decoded already: tell lxml so, or it obeys the page's <meta charset> and
        # reads these UTF-8 bytes as windows-1250 again ("Jure ErĹľen")
        root = lxml.html.document_fromstring(html.encode("utf-8"), parser=lxml.html.HTMLParser(encoding="utf-8"))
    except Exception:  # noqa: BLE001 - lxml raises several types on broken markup; extras are optional
        return out
    out["lang"] = root.get("lang") or root.get("{http://www.w3.org/XML/1998/namespace}lang")
    if not out["lang"]:
        for meta in root.iter("meta"):
            if (meta.get("http-equiv") or "").lower() == "content-language" or meta.get("property") == "og:locale":
                out["lang"] = meta.get("content")
                break
    # The full publication time, where trafilatura keeps the date only.
    for meta in root.iter("meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").lower()
        if key in _DATE_META and meta.get("content"):
            try:
                out["published"] = _parse_date(meta.get("content"), "<meta>")
                break
            except InputError:
                continue
    scope = root.find(".//article")
    if scope is None:
        scope = root
    for fig in scope.iter("figcaption"):
        text = _clean(fig.text_content())
        if not text:
            continue
        credit = _CAPTION_CREDIT.match(text)
        if credit and credit.group(1).strip():
            # "... mestnega sveta. Foto: Jure Eržen": the credit runs to the caption's end
            cap = Caption(_clean(credit.group(1)), _clean(credit.group(2)))
        else:
            cap = Caption(text, "")
        if cap not in out["captions"]:
            out["captions"].append(cap)
    for el in scope.iter("p", "div", "h2"):
        if _LEAD_CLASS.search(el.get("class") or ""):
            text = _clean(el.text_content())
            if text:
                out["leads"].append(text)
    return out


def read_html(
    source: str | Path | bytes,
    *,
    url: str | None = None,
    article_id: str | None = None,
    outlet: str | None = None,
    published: str | dt.datetime | None = None,
    language: str | None = None,
    transliterate: bool = False,
) -> Article:
    """Read a news article from an HTML page with trafilatura: text, title, date, authors, outlet.

    The main text is found by trafilatura; the title, the date and the authors come from the
    page's metadata, the outlet from its site name (``og:site_name``), else the host name of
    ``url``. A paragraph the page marks as the lead (or that repeats its description) becomes the
    subtitle; figure captions become captions with their credits. The language is the page's
    ``lang`` attribute when newskit knows it, else detected.

    Args:
        source: a saved page (path), or HTML markup (``str`` or ``bytes``).
        url: the page's address, for the outlet and the article id.
        article_id, outlet, published, language: metadata that wins over the page's.
        transliterate: Serbian Cyrillic to Latin (see :func:`to_latin_article`).

    Raises:
        InputError: the file is missing, empty, binary or undecodable, or the page has no
            article text (a front page, a cookie wall, a page built by JavaScript).

    Example:
        >>> html = ("<html lang='sl'><head><title>Naslov</title></head><body><article><h1>Naslov</h1>"
        ...         "<p>Putin se je v sredo v Pekingu sešel s Kimom. Pogovarjala sta se dve uri.</p>"
        ...         "</article></body></html>")
        >>> art = read_html(html, url="https://example.si/a/1")
        >>> art.title, art.outlet, art.language
        ('Naslov', 'example.si', 'sl')
    """
    if isinstance(source, bytes):
        where = url or "<html bytes>"
        check_bytes(source, where)
        html = _decode_html(source, charset=None, source=where)
    elif isinstance(source, str) and _looks_like_markup(source):
        where = url or "<html string>"
        html = _SURROGATE.sub("\ufffd", source)
    else:
        where = str(check_path(source, argument="source", caller="read_html"))
        html = _decode_html(read_bytes(source, argument="source"), charset=None, source=where)
    art = _article_from_html(
        html, where=where, url=url, article_id=article_id, outlet=outlet, published=published,
        language=language, transliterate=transliterate, source_path=url if where == url else where,
    )
    _warn_unread_dates([art], where)
    return art


#: A page may hold this many characters of HTML per character of article text the limit allows.
_HTML_PER_TEXT = 20


def _article_from_html(
    html: str,
    *,
    where: str,
    url: str | None,
    article_id: str | None,
    outlet: str | None,
    published: str | dt.datetime | None,
    language: str | None,
    transliterate: bool,
    source_path: str,
    meta: Mapping[str, Any] | None = None,
) -> Article:
    import trafilatura

    if not html.strip():
        raise InputError(f"{where}: the page is empty; nothing to analyse")
    limit = max_article_chars()
    if len(html) > _HTML_PER_TEXT * limit:  # parsed before its text can be measured: refuse by the markup's size
        raise InputError(
            f"{where}: the page has {len(html):,} characters of HTML, more than a page holding one article of at most "
            f"{limit:,} characters ({_HTML_PER_TEXT} times that); save the article's page alone, or raise "
            f"NEWSKIT_MAX_ARTICLE_CHARS"
        )
    try:
        doc = trafilatura.bare_extraction(
            html, url=url, with_metadata=True, include_comments=False, include_tables=False,
            include_images=False, deduplicate=False,
        )
    except Exception as exc:  # noqa: BLE001 - trafilatura may fail in many ways on broken pages
        raise InputError(f"{where}: the HTML could not be parsed ({type(exc).__name__}: {exc})") from None
    text = getattr(doc, "text", None) if doc is not None else None
    if not text or not text.strip():
        raise InputError(
            f"{where}: no article text found in the HTML; give an article page (not a front page, "
            f"a consent or login wall, or a page built by JavaScript)"
        )
    lines = [_clean(line) for line in text.split("\n")]
    lines = [line for line in lines if line]
    extras = _html_extras(html)
    title = _clean(getattr(doc, "title", None)) or (lines[0] if lines else "")
    if lines and _same(lines[0], title):
        lines.pop(0)
    captions = list(extras["captions"])
    cap_texts = {c.text for c in captions} | {f"{c.text} {c.credit}".strip() for c in captions}
    lines = [line for line in lines if line not in cap_texts]
    description = _clean(getattr(doc, "description", None))
    subtitle = ""
    if lines and (any(_same(lines[0], lead) for lead in extras["leads"]) or _same(lines[0], description)):
        subtitle = lines.pop(0)
    if not any(_sentence_like(x) for x in [subtitle, *lines]):
        # trafilatura falls back to whatever text a page has (menus, footers); an article has sentences.
        raise InputError(
            f"{where}: no article text found in the HTML (no paragraph of sentences); give an article page "
            f"(not a front page, a consent or login wall, or a page built by JavaScript)"
        )
    date = published or extras["published"] or getattr(doc, "date", None)
    author = getattr(doc, "author", None) or ""
    full = "\n".join([title, subtitle, *lines])
    site = _clean(getattr(doc, "sitename", None))
    info: dict[str, Any] = {"source_path": source_path}
    when, unread = (_parse_date(published, where), {}) if published else _article_date(date, where)
    info.update(unread)
    if description:
        info["description"] = description
    if site:
        info["sitename"] = site
    return _finish(Article(
        article_id=str(article_id or (_id_from(_host(url) or "html", url) if url else _id_from("html", full))),
        title=title,
        subtitle=subtitle,
        paragraphs=tuple(lines),
        captions=tuple(captions),
        outlet=outlet or site or _host(url),
        url=url,
        published=when,
        language=_language(language, extras["lang"], full, where),
        script=detect_script(full),
        authors=tuple(a for a in (_clean(x) for x in author.split(";")) if a),
        meta={**info, **(meta or {})},
    ), transliterate, where)


# --------------------------------------------------------------------------------------------
# URLs: fetching with a disk cache


def _is_feed(content_type: str, data: bytes) -> bool:
    if any(t in content_type for t in ("rss", "atom", "rdf")):
        return True
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith(b"<?xml") or "xml" in content_type:
        return any(tag in data[:4096].lower() for tag in (b"<rss", b"<feed", b"<rdf:rdf"))
    return False


def read_url(
    url: str,
    *,
    cache: bool = True,
    refresh: bool = False,
    timeout: float = 20.0,
    max_bytes: int | None = 5_000_000,
    article_id: str | None = None,
    outlet: str | None = None,
    published: str | dt.datetime | None = None,
    language: str | None = None,
    transliterate: bool = False,
) -> Article:
    """Fetch a news page (see :func:`fetch_url`) and read its article (see :func:`read_html`).

    Raises:
        DownloadError: the page cannot be fetched (the message names the URL and the reason).
        InputError: the page holds no article text, or is a feed (use :func:`read_feed`).

    Example:
        >>> art = read_url("https://siol.net/novice/svet/...-671233")  # doctest: +SKIP
    """
    got = fetch_url(url, cache=cache, refresh=refresh, timeout=timeout, max_bytes=max_bytes)
    if _is_feed(got.content_type, got.content):
        raise InputError(f"{url}: is an RSS/Atom feed, not an article page; read it with newskit.read_feed(url)")
    check_bytes(got.content, url)
    html = _decode_html(got.content, charset=got.charset, source=url)
    art = _article_from_html(
        html, where=url, url=got.final_url or url, article_id=article_id, outlet=outlet, published=published,
        language=language, transliterate=transliterate, source_path=url,
    )
    _warn_unread_dates([art], url)
    return art


# --------------------------------------------------------------------------------------------
# Many articles: records (JSONL, CSV) and feeds


class Collector:
    """The articles and skipped inputs of one many-article call, with article ids kept unique.

    Every loader of many articles (folders, JSON Lines, CSV, feeds, :func:`newskit.load_story_pack`)
    builds each article through :meth:`collect`: an article that cannot be made (a
    :class:`~newskit.errors.NewskitError`) becomes a row of ``skipped`` and never stops the rest.

    Example:
        >>> out = Collector()
        >>> out.collect("a.txt", lambda: Article("a", paragraphs=("Besedilo.",)))
        >>> out.collect("b.txt", lambda: read_text("missing.txt"))
        >>> [a.article_id for a in out.articles], out.skipped[0]["error"][:13]
        (['a'], 'missing.txt: ')
    """

    def __init__(self) -> None:
        self.articles: list[Article] = []
        self.skipped: list[dict[str, str]] = []
        self._ids: dict[str, str] = {}

    def add(self, article: Article, where: str) -> None:
        """Add an article read from ``where``; a second article with the same id is skipped instead."""
        first = self._ids.get(article.article_id)
        if first is not None:
            self.skip(where, f"duplicate article_id {article.article_id!r} (first read from {first}); "
                             f"give each article its own id")
            return
        self._ids[article.article_id] = where
        self.articles.append(article)

    def collect(self, where: str, make: Callable[[], Article | None], *, strict: bool = False,
                prefix: str | None = None) -> None:
        """Run ``make``: the article it returns (if any) is added; a NewskitError it raises is a row of
        ``skipped`` for ``where`` (re-raised with ``strict=True``), and whatever ``make`` added itself
        is taken back. ``prefix`` (default ``where``) is cut from the front of the error message."""
        n_articles, n_skipped = len(self.articles), len(self.skipped)
        try:
            article = make()
        except NewskitError as exc:
            if strict:
                raise
            for art in self.articles[n_articles:]:
                self._ids.pop(art.article_id, None)
            del self.articles[n_articles:]
            del self.skipped[n_skipped:]
            self.skip(where, _strip_prefix(str(exc), prefix or where))
            return
        if article is not None:
            self.add(article, where)

    def skip(self, where: str, error: str) -> None:
        self.skipped.append({"path": where, "error": error})

    def result(self, *, warn: str | None = None, stacklevel: int = 3) -> Loaded:
        skipped = conform(self.skipped, SKIPPED) if self.skipped else conform([], SKIPPED)
        if warn:
            _warn_unread_dates(self.articles, warn, stacklevel=stacklevel + 1)
        if warn and self.skipped:
            first = self.skipped[0]
            warnings.warn(
                f"{warn}: skipped {len(self.skipped)} input(s) that could not be read, e.g. {first['path']}: "
                f"{first['error']}; see the skipped table",
                SkippedInputWarning, stacklevel=stacklevel,
            )
        return Loaded(self.articles, skipped)


def _strip_prefix(msg: str, where: str) -> str:
    """An error message without a leading ``where: `` (the skipped table names the input apart)."""
    return msg[len(where) + 2:] if msg.startswith(f"{where}: ") else msg


def _check_columns(columns: object) -> dict[str, str]:
    """The ``columns=`` mapping as a dict, or an :class:`InputError` saying what shape it needs."""
    if columns is None:
        return {}
    if not isinstance(columns, Mapping):
        raise InputError(
            f"columns={shorten(repr(columns), 60)} is {kind_of(columns)}, not a mapping; map article fields to "
            f"your column names, e.g. columns={{'text': 'body', 'published': 'date'}}"
        )
    for field, col in columns.items():
        if not isinstance(field, str) or not isinstance(col, str):
            raise InputError(f"columns: {field!r}: {col!r} is not a field name mapped to a column name (both text), "
                             f"e.g. columns={{'text': 'body'}}")
    return dict(columns)


def _check_delimiter(delimiter: object) -> None:
    if delimiter is not None and (not isinstance(delimiter, str) or len(delimiter) != 1 or delimiter in "\r\n\""):
        raise InputError(f"delimiter={delimiter!r} is not one character; give ',', ';' or '\\t' (or leave it out to detect it)")


def _resolve_columns(columns: Mapping[str, str] | None, available: Iterable[str], where: str) -> dict[str, str]:
    """field -> column name: the user's mapping, checked, else the first alias present."""
    avail = list(dict.fromkeys(available))
    given = _check_columns(columns)
    for field, col in given.items():
        if field not in FIELDS:
            hint = f" (did you mean columns={{{col!r}: {field!r}}}?)" if col in FIELDS else ""
            raise InputError(
                f"columns: {field!r} is not an article field{hint}; map fields to your column names, "
                f"e.g. columns={{'text': 'body'}}; the fields are {', '.join(FIELDS)}"
            )
        if avail and col not in avail:
            raise InputError(f"{where}: has no column {col!r} (columns={{{field!r}: {col!r}}}); its columns are {', '.join(map(str, avail))}")
    mapping: dict[str, str] = {}
    for field in FIELDS:
        if field in given:
            mapping[field] = given[field]
        else:
            for alias in _ALIASES[field]:
                if alias in avail:
                    mapping[field] = alias
                    break
    if "text" not in mapping:
        raise InputError(
            f"{where}: no text column (looked for {', '.join(_ALIASES['text'])}); its columns are "
            f"{', '.join(map(str, avail)) or 'none'}; name the one holding the article body with columns={{'text': 'COLUMN'}}"
        )
    return mapping


def _authors(value: object) -> tuple[str, ...]:
    if value is None or value == "" or (isinstance(value, float) and value != value):
        return ()
    if isinstance(value, (list, tuple)):
        items = [_clean(v.get("name") if isinstance(v, Mapping) else v) for v in value]
    else:
        items = [_clean(v) for v in re.split(r"\s*[;|]\s*|\s+(?:and|in|i|и)\s+", str(value))]
    return tuple(a for a in items if a)


def _record_article(
    rec: Mapping[str, Any], mapping: Mapping[str, str], *, where: str, default_id: str,
    outlet: str | None, language: str | None, source_path: str,
) -> Article:
    """An article from one JSONL/CSV record; an :class:`InputError` when it cannot make one."""
    def get(field: str) -> Any:
        col = mapping.get(field)
        value = rec.get(col) if col is not None else None
        return None if isinstance(value, str) and not value.strip() else value

    paragraphs = _paragraphs(get("text"))
    if not paragraphs:
        raise InputError(f"{where}: the text is missing or empty (column {mapping['text']!r})")
    title = _clean(get("title"))
    subtitle = _clean(get("subtitle"))
    full = "\n".join([title, subtitle, *paragraphs])
    used = {mapping[f] for f in mapping}
    extra = {str(k): v for k, v in rec.items() if k not in used and k is not None}
    url = _clean(get("url")) or None
    when, unread = _article_date(get("published"), where)
    return Article(
        article_id=_clean(get("article_id")) or default_id,
        title=title,
        subtitle=subtitle,
        paragraphs=paragraphs,
        outlet=outlet or _clean(get("outlet")) or _host(url),
        url=url,
        published=when,
        language=_language(language, None, full, where) if language else _language(get("language"), None, full, where),
        script=detect_script(full),
        authors=_authors(get("authors")),
        meta={"source_path": source_path, **unread, **extra},
    )


_TOO_DEEP = ("the JSON is nested too deeply to read (values inside values, hundreds of levels down); "
             "give each article as one flat object of fields")


def _jsonl_records(text: str, where: str) -> Iterator[tuple[str, Any]]:
    """(location, record) pairs of JSON Lines, or of a JSON array; bad lines give (location, exception)."""
    stripped = text.lstrip()
    if stripped.startswith("["):
        try:
            items = json.loads(stripped)
        except ValueError as exc:
            raise InputError(f"{where}: not valid JSON ({exc}); give JSON Lines (one object a line) or a JSON array") from None
        except RecursionError:
            raise InputError(f"{where}: {_TOO_DEEP}") from None
        if not isinstance(items, list):
            raise InputError(f"{where}: not valid JSON Lines; give one object a line, or a JSON array of objects")
        for i, item in enumerate(items):
            yield f"{where}#{i}", item
        return
    for lineno, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            yield f"{where}:{lineno}", json.loads(line)
        except ValueError as exc:
            detail = f"{exc.msg}, column {exc.colno}" if isinstance(exc, json.JSONDecodeError) else str(exc)
            yield f"{where}:{lineno}", InputError(f"not valid JSON ({detail})")
        except RecursionError:
            yield f"{where}:{lineno}", InputError(_TOO_DEEP)


def _read_jsonl(path: str | Path, out: Collector, *, columns: Mapping[str, str] | None, outlet: str | None,
                language: str | None, transliterate: bool) -> None:
    p = check_path(path, caller="read_jsonl")
    text = decode_bytes(read_bytes(p), source=str(p))
    records = list(_jsonl_records(text, str(p)))
    keys: list[str] = []
    for _, rec in records:
        if isinstance(rec, dict):
            keys.extend(k for k in rec if k not in keys)
    if not keys:
        first = next(((w, r) for w, r in records if isinstance(r, Exception)), None)
        why = f" ({first[0]}: {first[1]})" if first else ""
        raise InputError(f"{p}: holds no JSON objects{why}; give one article object a line (JSON Lines)")
    mapping = _resolve_columns(columns, keys, str(p))
    def make(where: str, rec: Any) -> Article:
        if isinstance(rec, Exception):
            raise rec
        if not isinstance(rec, dict):
            raise InputError(f"a JSON {_JSON_TYPES.get(type(rec), type(rec).__name__)}, not an object")
        art = _record_article(rec, mapping, where=where, default_id=_default_id(p, where), outlet=outlet,
                              language=language, source_path=str(p))
        return _finish(art, transliterate, where)

    for where, rec in records:
        out.collect(where, lambda where=where, rec=rec: make(where, rec))  # type: ignore[misc]


_JSON_TYPES = {list: "array", str: "string", int: "number", float: "number", bool: "boolean", type(None): "null"}


def _default_id(path: Path, where: str) -> str:
    return f"{path.stem}-{where.rsplit(':', 1)[-1].rsplit('#', 1)[-1]}"


def _read_csv(path: str | Path, out: Collector, *, columns: Mapping[str, str] | None, delimiter: str | None,
              outlet: str | None, language: str | None, transliterate: bool) -> None:
    _check_delimiter(delimiter)
    p = check_path(path, caller="read_csv")
    text = decode_bytes(read_bytes(p), source=str(p))
    if delimiter is None:
        if p.suffix.lower() == ".tsv":
            delimiter = "\t"
        else:
            try:
                delimiter = csv.Sniffer().sniff(text[:20000].split("\n", 1)[0], delimiters=",;\t").delimiter
            except csv.Error:
                delimiter = ","
    # Article bodies are long; the csv module's default cap on a field (128 KiB) is not.
    csv.field_size_limit(max(csv.field_size_limit(), min(sys.maxsize, 2**31 - 1)))
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        header = next(reader)
    except StopIteration:
        raise InputError(f"{p}: the file is empty; nothing to analyse") from None
    except csv.Error as exc:
        raise InputError(f"{p}: not a readable CSV file ({exc})") from None
    header = [h.strip().lstrip("\ufeff") for h in header]
    mapping = _resolve_columns(columns, header, str(p))
    line = reader.line_num
    while True:
        start = line + 1
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            out.skip(f"{p}:{start}", f"not readable as CSV ({exc})")
            break
        line = reader.line_num
        where = f"{p}:{start}"
        if not any(cell.strip() for cell in row):
            continue
        if len(row) > len(header):
            out.skip(where, f"{len(row)} fields, the header has {len(header)}; quote fields that hold {delimiter!r}")
            continue
        rec = dict(zip(header, row, strict=False))  # a short row leaves fields out
        out.collect(where, lambda rec=rec, where=where, start=start: _finish(_record_article(  # type: ignore[misc]
            rec, mapping, where=where, default_id=f"{p.stem}-{start}", outlet=outlet, language=language,
            source_path=str(p)), transliterate, where))


def read_jsonl(
    path: str | Path,
    *,
    columns: Mapping[str, str] | None = None,
    outlet: str | None = None,
    language: str | None = None,
    transliterate: bool = False,
) -> Loaded:
    """Read articles from JSON Lines (one object a line; a JSON array works too).

    Each object is an article. ``columns`` maps article fields (:data:`FIELDS`) to your keys,
    e.g. ``columns={"text": "body", "published": "date"}``; unmapped fields are looked up under
    their own name and common aliases (``body``/``content`` for text, ``headline`` for title,
    ``date`` for published, ``link`` for url, ``author`` for authors ...). The text is split into
    paragraphs at blank lines (else at line breaks), or may be a list of paragraphs. Other keys
    go to ``Article.meta``. The article id defaults to ``<stem>-<line>``.

    Returns:
        :class:`Loaded`: the articles, and a SKIPPED table naming each bad line as ``path:line``
        (invalid JSON, no text, a bad date, a duplicate id), with one warning for them all.

    Raises:
        InputError: the file cannot be read, a mapped key occurs in no record, or there is no
            text key at all.

    Example:
        >>> articles, skipped = read_jsonl("tests/data/articles.jsonl", columns={"text": "body"})  # doctest: +SKIP
    """
    out = Collector()
    _read_jsonl(path, out, columns=columns, outlet=outlet, language=language, transliterate=transliterate)
    return out.result(warn=f"read_jsonl({str(path)!r})")


def articles_from_frame(
    frame: pd.DataFrame,
    *,
    columns: Mapping[str, str] | None = None,
    outlet: str | None = None,
    language: str | None = None,
    transliterate: bool = False,
) -> Loaded:
    """Articles from the rows of a DataFrame: the reverse of :func:`~newskit.article.articles_table`.

    Each row is an article. Columns are matched to article fields (:data:`FIELDS`) as in
    :func:`read_csv` (``text``/``body``/``content``, ``title``/``headline``, ``date``, ...), or
    by ``columns={"text": "body", "published": "datum"}``; other columns go to ``Article.meta``,
    so ``compare --by`` can group by them. The body may hold paragraphs separated by blank lines.
    A row of an ARTICLES table, whose ``text`` starts with the title and lead, gives them once.

    Returns:
        :class:`Loaded`: the articles, and a SKIPPED table naming each bad row as ``<DataFrame>:row``
        (one :class:`SkippedInputWarning` when there are any).

    Raises:
        InputError: ``frame`` is not a DataFrame, a mapped column is missing, or there is no text column.

    Example:
        >>> import pandas as pd
        >>> df = pd.DataFrame({"id": ["a1"], "headline": ["Naslov"], "body": ["Putin je prišel. Kim tudi."]})
        >>> articles, skipped = articles_from_frame(df)
        >>> articles[0].article_id, articles[0].title, articles[0].paragraphs
        ('a1', 'Naslov', ('Putin je prišel. Kim tudi.',))
    """
    if not isinstance(frame, pd.DataFrame):
        raise InputError(f"articles_from_frame() takes a pandas DataFrame, not a {type(frame).__name__}")
    where = "<DataFrame>"
    mapping = _resolve_columns(columns, [str(c) for c in frame.columns], where)
    out = Collector()
    derived = {"script", "n_paragraphs", "n_captions", "source_path"}  # columns articles_table makes

    def make(rec: dict[str, Any], loc: str, index: Any, text: Any, n_captions: Any) -> Article:
        art = _record_article(rec, mapping, where=loc, default_id=f"row-{index}", outlet=outlet,
                              language=language, source_path=where)
        if isinstance(n_captions, (int, np.integer)) and n_captions > 0 and isinstance(text, str):
            # an ARTICLES table's text ends with the captions, each "text\ncredit"
            blocks = [b for b in re.split(r"\n\s*\n", text.replace("\r\n", "\n")) if b.strip()]
            k = int(n_captions)
            if k < len(blocks) and len(art.paragraphs) == len(blocks):
                caps = tuple(Caption(_clean(b.partition("\n")[0]), _clean(b.partition("\n")[2])) for b in blocks[-k:])
                art = art.replace(paragraphs=art.paragraphs[:-k], captions=caps)
        return _finish(art, transliterate, loc)

    for i, row in enumerate(frame.to_dict(orient="records")):
        loc = f"{where}:{frame.index[i]}"
        rec: dict[str, Any] = {str(k): (None if not isinstance(v, (list, tuple, dict)) and pd.isna(v) else v)
                               for k, v in row.items()}
        text, title, subtitle = rec.get(mapping["text"]), rec.get(mapping.get("title", "")), rec.get(mapping.get("subtitle", ""))
        if isinstance(text, str):
            # an ARTICLES table's text begins with the title and the lead: do not give them twice
            for head in (title, subtitle):
                if isinstance(head, str) and head and text.startswith(head + "\n\n"):
                    text = text[len(head) + 2:]
            rec[mapping["text"]] = text
        n_captions = rec.get("n_captions") if "n_captions" not in mapping.values() else None
        for col in derived & set(rec) - set(mapping.values()):
            rec.pop(col)
        out.collect(loc, lambda rec=rec, loc=loc, index=frame.index[i], text=text, n_captions=n_captions:  # type: ignore[misc]
                    make(rec, loc, index, text, n_captions))
    return out.result(warn="articles_from_frame()")


def article_from_text(
    text: str,
    *,
    article_id: str | None = None,
    outlet: str | None = None,
    url: str | None = None,
    published: str | dt.datetime | None = None,
    language: str | None = None,
    transliterate: bool = False,
) -> Article:
    """An article from a string, laid out as :func:`read_text` reads a file.

    Several blocks (separated by blank lines): the first is the title, the second the lead, the
    rest body paragraphs and captions. A text of one block is the body of an article without a
    title. The id is ``text-`` and a hash of the text unless given; the language is detected
    unless given.

    Raises:
        InputError: the text is empty or not a string.

    Example:
        >>> art = article_from_text("Putin v Pekingu\\n\\nRuski predsednik se je sešel s Kimom. Pogovarjala sta se dve uri.")
        >>> art.title, art.language
        ('Putin v Pekingu', 'sl')
    """
    if not isinstance(text, str):
        raise InputError(f"article_from_text() takes a string, not a {type(text).__name__}; read files with newskit.read(path)")
    clean = unicodedata.normalize("NFC", text)
    if not clean.strip():
        raise InputError("article_from_text(): the text is empty; nothing to analyse")
    parts = parse_plain_text(clean)
    if not parts["paragraphs"] and not parts["subtitle"] and not parts["captions"]:
        # one block: the body of an article without a title
        parts = {"title": "", "subtitle": "", "paragraphs": (parts["title"],), "captions": (), "authors": ()}
    lang = _language(language, None, clean, "<text>")
    return _finish(Article(
        article_id=str(article_id or _id_from("text", clean)),
        outlet=outlet,
        url=url,
        published=_parse_date(published, "<text>"),
        language=lang,
        script=detect_script(clean),
        meta={"source_path": "<text>"},
        **parts,
    ), transliterate, "<text>")


def read_csv(
    path: str | Path,
    *,
    columns: Mapping[str, str] | None = None,
    delimiter: str | None = None,
    outlet: str | None = None,
    language: str | None = None,
    transliterate: bool = False,
) -> Loaded:
    """Read articles from a CSV (or TSV) file with a header row, one article a row.

    Columns are mapped as in :func:`read_jsonl`. The delimiter (``,`` ``;`` or tab) is detected
    from the header unless given; the encoding (UTF-8, with or without BOM, or Windows-1250, as
    Excel writes it in Central Europe) is detected.

    Returns:
        :class:`Loaded`: the articles, and a SKIPPED table naming each bad row as ``path:line``.

    Raises:
        InputError: the file cannot be read, a mapped column is missing, or there is no text column.
    """
    out = Collector()
    _read_csv(path, out, columns=columns, delimiter=delimiter, outlet=outlet, language=language,
              transliterate=transliterate)
    return out.result(warn=f"read_csv({str(path)!r})")


_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _html_paragraphs(fragment: str) -> tuple[str, ...]:
    """Paragraphs of an HTML fragment (a feed entry's content): blocks and line breaks split them."""
    if "<" not in fragment:
        return _paragraphs(fragment)
    import lxml.html

    fragment = _NOT_XML.sub(" ", fragment)  # lxml refuses control characters (a stray \x0b) in text
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except Exception:  # noqa: BLE001 - broken markup: fall back to tag stripping
        return _paragraphs(re.sub(r"<[^>]+>", " ", fragment))
    for br in root.iter("br"):
        br.tail = "\n" + (br.tail or "")
    blocks = ("p", "div", "li", "h1", "h2", "h3", "h4", "blockquote", "figcaption", "tr")
    for el in root.iter(*blocks):
        el.tail = "\n\n" + (el.tail or "")
        if el.text:
            el.text = "\n\n" + el.text
    text = root.text_content()
    return tuple(p for p in (_clean(c) for c in re.split(r"\n\s*\n|\n", text)) if p)


def _read_feed(source: str | Path, out: Collector, *, outlet: str | None, language: str | None,
               transliterate: bool, cache: bool, refresh: bool, timeout: float, max_bytes: int | None,
               data: bytes | None = None) -> None:
    import feedparser

    where = str(source)
    if data is None:
        if isinstance(source, str) and _is_url(source):
            data = fetch_url(source, cache=cache, refresh=refresh, timeout=timeout, max_bytes=max_bytes).content
            check_bytes(data, where)
        elif isinstance(source, str) and _looks_like_markup(source):
            where, data = "<feed string>", _SURROGATE.sub("\ufffd", source).encode("utf-8")
        else:
            data = read_bytes(source, argument="source")
    parsed = feedparser.parse(data)
    entries = list(parsed.get("entries") or [])
    if not entries:
        reason = f" ({parsed.get('bozo_exception')})" if parsed.get("bozo") else ""
        if parsed.get("version"):
            raise InputError(f"{where}: the feed has no entries")
        raise InputError(f"{where}: not an RSS or Atom feed{reason}")
    feed = parsed.get("feed", {})
    feed_title = _clean(feed.get("title"))
    feed_lang = feed.get("language") or None

    def make(i: int, entry: Any, loc: str) -> Article:
        contents = entry.get("content") or []
        body_html = contents[0].get("value", "") if contents else ""
        summary_html = entry.get("summary", "") or ""
        paragraphs = _html_paragraphs(body_html or summary_html)
        subtitle = ""
        if body_html and summary_html:
            summary = " ".join(_html_paragraphs(summary_html))
            body_start = " ".join(paragraphs)[: max(0, len(summary.rstrip(".…")) - 1)]
            if summary and not _same(body_start, summary.rstrip(".… ")[: len(body_start)]):
                subtitle = summary
        title = _clean(entry.get("title"))
        if not title and not paragraphs:
            raise InputError("the entry has no title and no text")
        link = entry.get("link") or None
        when = entry.get("published_parsed") or entry.get("updated_parsed")
        published = (dt.datetime(when[0], when[1], when[2], when[3], when[4], when[5], tzinfo=dt.timezone.utc)
                     if when else None)
        unread: dict[str, Any] = {}
        if published is None and (entry.get("published") or entry.get("updated")):
            published, unread = _article_date(entry.get("published") or entry.get("updated"), loc)
        authors = _authors(entry.get("authors") or entry.get("author"))
        full = "\n".join([title, subtitle, *paragraphs])
        art = Article(
            article_id=str(entry.get("id") or link or f"{Path(where).stem}-{i + 1}"),
            title=title,
            subtitle=subtitle,
            paragraphs=paragraphs,
            outlet=outlet or feed_title or _host(link),
            url=link,
            published=published,
            language=_language(language, feed_lang, full, loc),
            script=detect_script(full),
            authors=authors,
            meta={"source_path": where, "feed": feed_title, **unread,
                  "tags": [t.get("term") for t in entry.get("tags", []) if t.get("term")]},
        )
        return _finish(art, transliterate, loc)

    for i, entry in enumerate(entries):
        loc = f"{where}#{i + 1}"
        out.collect(loc, lambda i=i, entry=entry, loc=loc: make(i, entry, loc))  # type: ignore[misc]


def read_feed(
    source: str | Path,
    *,
    outlet: str | None = None,
    language: str | None = None,
    transliterate: bool = False,
    cache: bool = True,
    refresh: bool = False,
    timeout: float = 20.0,
    max_bytes: int | None = 5_000_000,
) -> Loaded:
    """Read the entries of an RSS or Atom feed (a file, a URL, or the XML itself) with feedparser.

    Each entry is an article: its title, its content (else its summary) split into paragraphs,
    its summary as the subtitle when the content is given apart from it, its link, date and
    authors. The outlet is the feed's title, the language the feed's ``<language>`` when newskit
    knows it, else detected per entry. A URL is fetched as by :func:`fetch_url`.

    Returns:
        :class:`Loaded`: the articles, and a SKIPPED table naming each bad entry as ``source#n``.

    Raises:
        InputError: not a feed, or a feed without entries. DownloadError: the URL cannot be fetched.
    """
    if not isinstance(source, str):
        check_path(source, argument="source", caller="read_feed")
    out = Collector()
    _read_feed(source, out, outlet=outlet, language=language, transliterate=transliterate, cache=cache,
               refresh=refresh, timeout=timeout, max_bytes=max_bytes)
    return out.result(warn=f"read_feed({str(source)!r})")


# --------------------------------------------------------------------------------------------
# The dispatcher


def _is_url(s: str) -> bool:
    return bool(re.match(r"^https?://", s, re.IGNORECASE))


def _kind(path: Path, *, sniff: bool) -> str | None:
    kind = _SUFFIXES.get(path.suffix.lower())
    if kind or not sniff:
        return kind
    # A file named without a known suffix: tell by its first bytes.
    head = read_bytes(path)[:4096].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith(b"<"):
        return "feed" if any(t in head for t in (b"<rss", b"<feed", b"<rdf:rdf")) else "html"
    if head.startswith(b"{"):
        return "jsonl"
    if head.startswith(b"# newdoc") or head.startswith(b"# sent_id"):
        return "conllu"
    return "text"


def _expand_folder(folder: Path) -> list[Path]:
    files = []
    for p in sorted(folder.rglob("*")):
        rel = p.relative_to(folder)
        if any(part.startswith((".", "__")) for part in rel.parts):
            continue
        if p.is_file() and not p.name.endswith(".meta.json"):
            files.append(p)
    return files


def _read_file(path: Path, out: Collector, opts: dict[str, Any], *, sniff: bool) -> None:
    kind = _kind(path, sniff=sniff)
    lang, outlet, tr = opts["language"], opts["outlet"], opts["transliterate"]
    if kind is None:
        known = ", ".join(sorted(set(_SUFFIXES)))
        raise InputError(f"{path}: not a kind of file newskit reads ({path.suffix or 'no suffix'}); it reads {known}")
    if kind in ("text", "html"):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", UnreadDateWarning)  # the collection reports them, once
            reader = read_text if kind == "text" else read_html
            out.add(reader(path, outlet=outlet, language=lang, transliterate=tr), str(path))
    elif kind == "jsonl":
        _read_jsonl(path, out, columns=opts["columns"], outlet=outlet, language=lang, transliterate=tr)
    elif kind == "csv":
        _read_csv(path, out, columns=opts["columns"], delimiter=None, outlet=outlet, language=lang, transliterate=tr)
    elif kind == "feed":
        _read_feed(path, out, outlet=outlet, language=lang, transliterate=tr, cache=opts["cache"],
                   refresh=opts["refresh"], timeout=opts["timeout"], max_bytes=opts["max_bytes"])
    else:  # conllu

        with warnings.catch_warnings():
            warnings.simplefilter("ignore", SkippedInputWarning)  # its skipped documents are reported here
            ann = read_conllu(path, language=check_language(lang, argument="language"))
        for item in ann.tokens.attrs.get("skipped", []):
            out.skip(f"{path}#{item['article_id']}", item["error"])
        for art in ann.articles:
            where = f"{path}#{art.article_id}"
            out.collect(where, lambda art=art, where=where: _finish(  # type: ignore[misc]
                art.replace(outlet=outlet) if outlet else art, tr, where))


def _read_in_folder(path: Path, out: Collector, opts: dict[str, Any], subfolder: str | None) -> None:
    """A file of a folder; in a folder of folders (``corpus/delo/*.txt``) the subfolder names the outlet
    of each article that states none of its own."""
    before = len(out.articles)
    _read_file(path, out, opts, sniff=False)
    if subfolder is not None:
        out.articles[before:] = [a if a.outlet else a.replace(outlet=subfolder) for a in out.articles[before:]]


def _read_url_into(url: str, out: Collector, opts: dict[str, Any]) -> None:
    got = fetch_url(url, cache=opts["cache"], refresh=opts["refresh"], timeout=opts["timeout"],
                    max_bytes=opts["max_bytes"])
    check_bytes(got.content, url)
    if _is_feed(got.content_type, got.content):
        _read_feed(url, out, outlet=opts["outlet"], language=opts["language"], transliterate=opts["transliterate"],
                   cache=opts["cache"], refresh=False, timeout=opts["timeout"], max_bytes=opts["max_bytes"],
                   data=got.content)
        return
    html = _decode_html(got.content, charset=got.charset, source=url)
    out.add(_article_from_html(
        html, where=url, url=got.final_url or url, article_id=None, outlet=opts["outlet"], published=None,
        language=opts["language"], transliterate=opts["transliterate"], source_path=url,
    ), url)


def _source_list(sources: object) -> list[str | Path]:
    """``read()``'s sources as a list, each a path or URL; an :class:`InputError` naming a bad one."""
    if isinstance(sources, (str, os.PathLike)):
        items: list[Any] = [sources]
    elif isinstance(sources, (bytes, bytearray)):
        raise InputError("read(sources=...): got bytes, not paths or URLs; for the bytes of a page use read_html(data)")
    elif isinstance(sources, Iterable) and not isinstance(sources, Mapping):
        items = list(sources)
    else:
        raise InputError(
            f"read(sources=...): {shorten(repr(sources), 60)} is {kind_of(sources)}, not a path, URL or list "
            f"of them; give e.g. read('news/') or read(['a.txt', 'https://example.com/article'])"
        )
    if not items:
        raise InputError("read() got no sources; give a file, folder, glob or URL")
    for i, item in enumerate(items):
        if not isinstance(item, (str, os.PathLike)):
            raise InputError(f"read(sources=...): sources[{i}] = {shorten(repr(item), 60)} is {kind_of(item)}, "
                             f"not a path or URL")
        if isinstance(item, str) and not item.strip():
            raise InputError(f"read(sources=...): sources[{i}] is an empty string; give a file, folder, glob or URL")
    return items


def read(
    sources: str | Path | Iterable[str | Path],
    *,
    columns: Mapping[str, str] | None = None,
    outlet: str | None = None,
    language: str | None = None,
    transliterate: bool = False,
    errors: str | None = None,
    cache: bool = True,
    refresh: bool = False,
    timeout: float = 20.0,
    max_bytes: int | None = 5_000_000,
) -> Loaded:
    """Read articles from files, folders, globs and URLs, whatever their format.

    Each source is a URL (``http(s)://``: an article page or a feed), a folder (every file in it
    and its subfolders, hidden ones and ``.meta.json`` sidecars aside), a glob (``"news/*.html"``,
    ``"**/*.txt"``) or a file. A file's format comes from its suffix: ``.txt`` (:func:`read_text`),
    ``.html``/``.htm`` (:func:`read_html`), ``.jsonl``/``.json`` (:func:`read_jsonl`), ``.csv``/
    ``.tsv`` (:func:`read_csv`), ``.rss``/``.atom``/``.xml`` (:func:`read_feed`), ``.conllu``
    (:func:`newskit.read_conllu`, its articles); a file you name without a known suffix is told by
    its first bytes. A folder of folders, one an outlet (``corpus/delo/*.txt``,
    ``corpus/vecer/*.txt``), gives each article that states no outlet of its own the name of its
    subfolder (``delo``).

    Args:
        sources: one source or a list of them.
        columns: the column mapping for JSONL and CSV files (see :func:`read_jsonl`).
        outlet, language: set on every article (else each is read or detected).
        transliterate: Serbian Cyrillic to Latin (see :func:`to_latin_article`).
        errors: what a source that cannot be read does. By default (``None``) a source you name
            raises and a member of a folder, glob or file of records is skipped; ``"skip"`` skips
            named sources too, ``"raise"`` raises for members too.
        cache, refresh, timeout, max_bytes: for URLs (see :func:`fetch_url`).

    Returns:
        :class:`Loaded` ``(articles, skipped)``: the articles in input order, and a SKIPPED table
        (:data:`newskit.schemas.SKIPPED`) with one row per input that could not be read, and the
        reason. When it has rows, one :class:`SkippedInputWarning` says so.

    Raises:
        InputError: a named source is missing, empty, binary, undecodable or holds no article,
            or a glob or folder matches no file.
        DownloadError: a named URL cannot be fetched.

    Example:
        >>> from newskit.datasets import datasets_dir
        >>> articles, skipped = read(datasets_dir() / "*.txt")
        >>> [a.article_id for a in articles], len(skipped)
        (['000_1132590431262ebf'], 0)
    """
    if errors not in (None, "skip", "raise"):
        raise InputError(f"errors={errors!r} is not one of None, 'skip', 'raise'")
    if language is not None:
        check_language(language, argument="language", purpose="read")
    _check_columns(columns)
    check_fetch_options(timeout, max_bytes)
    opts = {"columns": columns, "outlet": outlet, "language": language, "transliterate": transliterate,
            "cache": cache, "refresh": refresh, "timeout": timeout, "max_bytes": max_bytes}
    items = _source_list(sources)
    out = Collector()

    def attempt(name: str, job: Callable[[], None], *, named: bool) -> None:
        n_skipped = len(out.skipped)
        out.collect(name, job, strict=errors == "raise" or (errors is None and named))  # type: ignore[arg-type]
        if errors == "raise" and len(out.skipped) > n_skipped:
            row = out.skipped[n_skipped]
            raise InputError(f"{row['path']}: {row['error']}")

    for item in items:
        s = str(item)
        if isinstance(item, str) and _is_url(s):
            attempt(s, lambda s=s: _read_url_into(s, out, opts), named=True)  # type: ignore[misc]
            continue
        p = Path(s).expanduser()
        try:
            kind = path_kind(p)
        except InputError:
            if errors != "skip":
                raise
            out.skip(shorten(s), "the name cannot be a path here (too long, or not valid on this system)")
            continue
        if kind == "dir":
            files = _expand_folder(p)
            if not files:
                exc = InputError(f"{p}: the folder holds no files")
                if errors == "skip":
                    out.skip(str(p), "the folder holds no files")
                    continue
                raise exc
            for f in files:
                rel = f.relative_to(p).parts
                sub = rel[0] if len(rel) > 1 else None
                attempt(str(f), lambda f=f, sub=sub: _read_in_folder(f, out, opts, sub), named=False)  # type: ignore[misc]
        elif kind == "file":
            attempt(str(p), lambda p=p: _read_file(p, out, opts, sniff=True), named=True)  # type: ignore[misc]
        elif globmod.has_magic(s):
            matches = [Path(m) for m in sorted(globmod.glob(os.path.expanduser(s), recursive=True))]
            matches = [m for m in matches if m.is_file() and not m.name.endswith(".meta.json")]
            if not matches:
                if errors == "skip":
                    out.skip(s, "no file matches this pattern")
                    continue
                raise InputError(f"{s}: no file matches this pattern (the working directory is {Path.cwd()})")
            for m in matches:
                attempt(str(m), lambda m=m: _read_file(m, out, opts, sniff=False), named=False)  # type: ignore[misc]
        else:
            attempt(s, lambda p=p: _read_file(p, out, opts, sniff=True), named=True)  # type: ignore[misc]
    return out.result(warn="newskit.read", stacklevel=3)
