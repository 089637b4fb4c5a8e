"""Bytes to text: reading a file's bytes with clear errors, and decoding news text (UTF-8, Windows-1250, ...).

Example:
    >>> from newskit._text import decode_bytes
    >>> decode_bytes("Večer že".encode("cp1250"))
    'Večer že'
"""

from __future__ import annotations

import os
import unicodedata
from pathlib import Path

from .errors import InputError

__all__ = [
    "MAX_ARTICLE_CHARS",
    "MAX_FILE_BYTES",
    "check_bytes",
    "check_path",
    "kind_of",
    "decode_bytes",
    "max_article_chars",
    "max_file_bytes",
    "read_bytes",
    "shorten",
]




#: The longest article newskit reads or annotates, in characters (about 150,000 words; the longest
#: news articles run to some tens of thousands). The setting ``NEWSKIT_MAX_ARTICLE_CHARS`` changes it.
MAX_ARTICLE_CHARS = 1_000_000
#: The largest file newskit reads, in bytes (512 MiB); the setting ``NEWSKIT_MAX_FILE_BYTES`` changes it.
MAX_FILE_BYTES = 512 * 1024 * 1024


def _limit(name: str, default: int) -> int:
    raw = os.environ.get(name, "").strip()
    if not raw:
        return default
    try:
        value = int(raw.replace("_", ""))
    except ValueError:
        value = 0
    if value <= 0:
        raise InputError(f"{name}={raw!r} is not a positive whole number; unset it or give e.g. {name}={default}")
    return value


def max_article_chars() -> int:
    """The longest article newskit accepts, in characters: :data:`MAX_ARTICLE_CHARS` or ``$NEWSKIT_MAX_ARTICLE_CHARS``."""
    return _limit("NEWSKIT_MAX_ARTICLE_CHARS", MAX_ARTICLE_CHARS)


def max_file_bytes() -> int:
    """The largest file newskit reads, in bytes: :data:`MAX_FILE_BYTES` or ``$NEWSKIT_MAX_FILE_BYTES``."""
    return _limit("NEWSKIT_MAX_FILE_BYTES", MAX_FILE_BYTES)


def kind_of(value: object) -> str:
    """``None``, ``a str``, ``an int``: what a wrong value is, for messages."""
    if value is None:
        return "None"
    name = type(value).__name__
    return f"{'an' if name[:1].lower() in 'aeiou' else 'a'} {name}"


def shorten(name: object, limit: int = 120) -> str:
    s = str(name)
    return s if len(s) <= limit else f"{s[:limit // 2]}...{s[-limit // 3:]} ({len(s):,} characters)"


def check_path(value: object, *, argument: str = "path", caller: str | None = None) -> Path:
    """``value`` as a :class:`~pathlib.Path`, or an :class:`InputError` naming the argument when it is not a path.

    A string or ``os.PathLike`` is a path; an empty string is not (it would mean the working folder).
    """
    where = f"{caller}({argument}=...)" if caller else argument
    if isinstance(value, (bytes, bytearray)):
        raise InputError(f"{where}: got bytes, not a file path; give a str or pathlib.Path "
                         f"(read_html takes the bytes of a page)")
    if not isinstance(value, (str, os.PathLike)):
        raise InputError(f"{where}: {shorten(repr(value), 60)} is {kind_of(value)}, not a file path; "
                         f"give a str or pathlib.Path")
    if isinstance(value, str) and not value.strip():
        raise InputError(f"{where}: the path is an empty string; give a file name")
    return Path(value)


def path_kind(p: Path) -> str:
    """"dir", "file" or "missing"; an :class:`InputError` when the name cannot be a path here (too long, ...)."""
    try:
        if p.is_dir():
            return "dir"
        return "file" if p.exists() else "missing"
    except (OSError, ValueError) as exc:
        reason = getattr(exc, "strerror", None) or str(exc)
        if getattr(exc, "errno", None) == 36:  # ENAMETOOLONG
            reason = "the name is longer than the file system allows; rename or move the file"
        raise InputError(f"{shorten(p)}: cannot be used as a path ({reason})") from None


def read_bytes(path: str | Path, *, argument: str = "path") -> bytes:
    """The bytes of ``path``; an :class:`InputError` naming the file when it is missing, a folder,
    empty, binary, or over :func:`max_file_bytes`."""
    p = check_path(path, argument=argument)
    kind = path_kind(p)
    if kind == "missing":
        raise InputError(f"{shorten(p)}: no such file; check the path (the working directory is {Path.cwd()})")
    if kind == "dir":
        raise InputError(f"{p}: is a folder; give a file, or use newskit.read(folder) for all files in it")
    try:
        size = p.stat().st_size
        limit = max_file_bytes()
        if size > limit:
            raise InputError(
                f"{p}: {size:,} bytes is over the limit of {limit:,} bytes a file may have; split it into smaller "
                f"files (e.g. `split -l 10000 {p.name} part-` for JSON Lines or CSV, one file per article for text), "
                f"or raise NEWSKIT_MAX_FILE_BYTES"
            )
        data = p.read_bytes()
    except OSError as exc:
        raise InputError(f"{p}: cannot be read ({exc.strerror or exc})") from None
    except MemoryError:
        raise InputError(f"{p}: too large to read into memory here ({size:,} bytes); split it into smaller files") from None
    check_bytes(data, str(p))
    return data


def check_bytes(data: bytes, source: str) -> None:
    if not data.strip() or data.strip() == b"\xef\xbb\xbf":
        raise InputError(f"{source}: the file is empty; nothing to analyse")
    head = data[:8192]
    if b"\x00" in head and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError(f"{source}: looks like a binary file, not text; give a .txt, .html, .jsonl, .csv, feed or .conllu file")


def decode_bytes(data: bytes, *, source: str = "<bytes>") -> str:
    """Decode news text: UTF-8 (BOM or not), else Windows-1250, else what charset-normalizer finds.

    Windows-1250 is tried before any guess because older Slovenian, Croatian and Serbian Latin
    files use it and detectors often mistake it for Latin-1 (losing č, š, ž). UTF-16 with a BOM
    is read too. The result is NFC.

    Raises:
        InputError: when the bytes are neither of these encodings.

    Example:
        >>> decode_bytes("Večer že".encode("cp1250"))
        'Večer že'
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return unicodedata.normalize("NFC", data.decode("utf-16"))
        except UnicodeDecodeError:
            pass
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
    bad = sum(1 for ch in text if unicodedata.category(ch) in ("Cc", "Co", "Cn") and ch not in "\n\r\t\f")
    return bad <= max(2, len(text) // 200)
