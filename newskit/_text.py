"""Bytes to text: reading a file's bytes with clear errors, and decoding news text (UTF-8, Windows-1250, ...).

Example:
    >>> from newskit._text import decode_bytes
    >>> decode_bytes("Večer že".encode("cp1250"))
    'Večer že'
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

from .errors import InputError

__all__ = ["check_bytes", "decode_bytes", "read_bytes"]




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
