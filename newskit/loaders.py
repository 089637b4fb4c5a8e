"""Read the user's articles (``read_*``) into :class:`~newskit.article.Article` records.

Every loader accepts a path (``str`` or ``Path``) and raises :class:`~newskit.errors.InputError`
naming the file and the fix when the file cannot be used. Text is decoded as UTF-8 (with or
without BOM) or Windows-1250, detected from the bytes, and normalised to NFC.

Example:
    >>> from newskit.loaders import read_text
    >>> from newskit.datasets import example_path
    >>> read_text(example_path()).title[:30]
    '»Rusija in Severna Koreja skup'
"""

from __future__ import annotations

import datetime as dt
import json
import re
import unicodedata
from pathlib import Path
from typing import Any

from .article import Article, Caption
from .errors import InputError
from .language import check_language, detect_language, detect_script

__all__ = ["read_text", "decode_bytes", "read_bytes"]

# A line that credits a picture: "© www.kremlin.ru", "Foto: Xinhua/STA", "Vir: Reuters", "Фото: Танјуг".
CREDIT_LINE = re.compile(
    r"^\s*(?:©|\(c\)|(?:foto|fotografija|photo|vir|izvor|source|фото|извор)\s*:)\s*\S.*$",
    re.IGNORECASE,
)
# A credit at the end of a caption paragraph: "... držav. Foto: Xinhua/STA".
INLINE_CREDIT = re.compile(r"\s*((?:Foto|Fotografija|Photo|Vir|Izvor|Фото|Извор)\s*:\s*\S+|©\s*\S+)", re.IGNORECASE)


def read_bytes(path: str | Path) -> bytes:
    """The bytes of ``path``; an :class:`InputError` naming the file when it is missing, a folder,
    empty, or binary."""
    p = Path(path)
    if not p.exists():
        raise InputError(f"{p}: no such file; check the path (the working directory is {Path.cwd()})")
    if p.is_dir():
        raise InputError(f"{p}: is a folder; give a file, or use newskit.read(folder) for all files in it")
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise InputError(f"{p}: cannot be read ({exc.strerror or exc})") from None
    if not data.strip():
        raise InputError(f"{p}: the file is empty; nothing to analyse")
    if b"\x00" in data[:8192]:
        raise InputError(f"{p}: looks like a binary file, not text; give a .txt, .html, .jsonl, .csv or .conllu file")
    return data


def decode_bytes(data: bytes, *, source: str = "<bytes>") -> str:
    """Decode news text: UTF-8 (BOM or not), else Windows-1250, else what charset-normalizer finds.

    Windows-1250 is tried before any guess because older Slovenian, Croatian and Serbian Latin
    files use it and detectors often mistake it for Latin-1 (losing č, š, ž). The result is NFC.

    Raises:
        InputError: when the bytes are neither of these encodings.
    """
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = _decode_legacy(data, source)
    return unicodedata.normalize("NFC", text)


def _decode_legacy(data: bytes, source: str) -> str:
    try:
        text = data.decode("cp1250")
    except UnicodeDecodeError:
        text = ""
    # cp1250 decodes almost any byte; accept it only when the text looks like text.
    if text and _plausible(text):
        return text
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is not None and _plausible(str(best)):
        return str(best)
    raise InputError(
        f"{source}: the bytes are not UTF-8 or Windows-1250 text; re-save the file as UTF-8 "
        f"(e.g. iconv -f ENCODING -t UTF-8)"
    )


def _plausible(text: str) -> bool:
    bad = sum(1 for ch in text if unicodedata.category(ch) in ("Cc", "Co", "Cn") and ch not in "\n\r\t")
    return bad <= max(2, len(text) // 200)


def _blocks(text: str) -> list[str]:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return [re.sub(r"[ \t]*\n[ \t]*", " ", b).strip() for b in re.split(r"\n\s*\n", text) if b.strip()]


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
    repeated in one block is kept once). Everything else is body, in order.
    """
    blocks = _blocks(text)
    title = blocks[0] if blocks else ""
    rest = blocks[1:]
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
            captions.append(Caption(block, nxt))
            i += 2
            continue
        if CREDIT_LINE.match(block):
            captions.append(Caption("", block))
        elif (caps := _split_caption(block)) is not None:
            captions.extend(c for c in caps if c not in captions)
        else:
            paragraphs.append(block)
        i += 1
    return {"title": title, "subtitle": subtitle, "paragraphs": tuple(paragraphs), "captions": tuple(captions)}


def _meta_sidecar(path: Path) -> dict[str, Any]:
    side = path.with_name(path.stem + ".meta.json")
    if not side.exists():
        return {}
    try:
        return dict(json.loads(side.read_text(encoding="utf-8")))
    except (ValueError, OSError) as exc:
        raise InputError(f"{side}: metadata beside {path.name} is not valid JSON ({exc}); fix or remove it") from None


def _parse_date(value: Any, source: str) -> dt.datetime | None:
    if value in (None, ""):
        return None
    if isinstance(value, dt.datetime):
        return value
    if isinstance(value, dt.date):
        return dt.datetime(value.year, value.month, value.day)
    try:
        return dt.datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    except ValueError:
        raise InputError(f"{source}: published={value!r} is not an ISO date (YYYY-MM-DD)") from None


def read_text(
    path: str | Path,
    *,
    article_id: str | None = None,
    outlet: str | None = None,
    url: str | None = None,
    published: str | dt.datetime | None = None,
    language: str | None = None,
) -> Article:
    """Read a plain-text article laid out as title, lead, captions and body paragraphs.

    Metadata comes from the arguments, else from a ``<stem>.meta.json`` file beside the text
    (keys ``article_id``, ``outlet``, ``url``, ``published``, ``language``, ``authors``), else is
    left empty; the article id defaults to the file stem and the language is detected.

    Raises:
        InputError: the file is missing, empty, binary or undecodable.

    Example:
        >>> from newskit.datasets import example_path
        >>> art = read_text(example_path())
        >>> art.language, len(art.captions)
        ('sl', 2)
    """
    p = Path(path)
    text = decode_bytes(read_bytes(p), source=str(p))
    parts = parse_plain_text(text)
    if not parts["title"]:
        raise InputError(f"{p}: no text in the file")
    meta = _meta_sidecar(p)
    lang = check_language(language or meta.get("language")) or detect_language(text)
    return Article(
        article_id=str(article_id or meta.get("article_id") or p.stem),
        outlet=outlet or meta.get("outlet"),
        url=url or meta.get("url"),
        published=_parse_date(published or meta.get("published"), str(p)),
        language=lang,
        script=detect_script(text),
        authors=tuple(meta.get("authors") or ()),
        meta={"source_path": str(p), **{k: v for k, v in meta.items() if k not in {"article_id", "outlet", "url", "published", "language", "authors"}}},
        **parts,
    )
