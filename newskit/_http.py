"""Fetching over HTTP: one polite GET with a timeout, a size limit and clear errors, and a disk cache of pages.

:func:`fetch_url` is what the loaders use for pages and feeds; :func:`http_get` is what
:func:`newskit.datasets.download` streams files through.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import os
import re
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from ._paths import cache_dir
from ._text import kind_of, shorten
from ._version import __version__
from .errors import DownloadError, InputError

__all__ = ["Fetched", "atomic_write", "check_fetch_options", "check_url", "fetch_url", "http_get", "user_agent"]


#: The User-Agent of every request newskit makes: who is asking, and why.
def user_agent() -> str:

    return f"newskit/{__version__} (+https://github.com/newskit; research)"


@dataclass(frozen=True)
class Fetched:
    """A fetched URL: its bytes and what the server said about them."""

    url: str
    final_url: str
    content: bytes
    content_type: str
    charset: str | None
    from_cache: bool


def check_url(url: object) -> None:
    """An :class:`InputError` unless ``url`` is an http(s) URL that can be parsed."""
    if not isinstance(url, str):
        raise InputError(f"url={shorten(repr(url), 60)} is {kind_of(url)}, not a URL; give an address like "
                         f"https://example.com/article")
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - a bad port ("http://host:x/") raises only when asked for
    except ValueError as exc:
        raise InputError(f"{shorten(url)}: not a valid URL ({exc}); give an address like https://example.com/article") from None
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise InputError(f"{url!r} is not an http(s) URL; give an address like https://example.com/article")


def check_fetch_options(timeout: object, max_bytes: object) -> None:
    """An :class:`InputError` unless ``timeout`` is a positive number of seconds and ``max_bytes`` a positive
    whole number (or ``None``)."""
    if isinstance(timeout, bool) or not isinstance(timeout, (int, float)) or not timeout > 0 or timeout == float("inf"):
        raise InputError(f"timeout={timeout!r} is not a positive number of seconds; give e.g. timeout=20")
    if max_bytes is not None and (isinstance(max_bytes, bool) or not isinstance(max_bytes, int) or max_bytes <= 0):
        raise InputError(f"max_bytes={max_bytes!r} is not a positive whole number of bytes (or None for no limit)")


def _connection_reason(exc: BaseException) -> str:
    msg = str(exc)
    if any(s in msg for s in ("NameResolution", "Name or service not known", "getaddrinfo", "nodename nor servname",
                              "Temporary failure in name resolution", "No address associated")):
        return "the host name does not resolve (offline, or a typo in the address?)"
    if "Connection refused" in msg or "ConnectionRefused" in msg:
        return "the connection was refused"
    if "SSL" in msg or "certificate" in msg:
        return "the secure connection failed (certificate or TLS error)"
    if "Network is unreachable" in msg:
        return "the network is unreachable (offline?)"
    return type(exc).__name__


def http_get(url: str, *, timeout: float, max_bytes: int | None, sink: Callable[[bytes], None],
              on_start: Callable[[int | None], None] | None = None) -> tuple[str, str, str | None]:
    """Stream ``url`` into ``sink``; return (final URL, content type, charset).

    Raises :class:`DownloadError` naming the URL and what to do for: no connection, a timeout, an
    HTTP error, a body over ``max_bytes``, or a body cut short.
    """
    import requests

    headers = {"User-Agent": user_agent(), "Accept": "text/html,application/xhtml+xml,application/rss+xml,"
               "application/atom+xml,application/xml;q=0.9,*/*;q=0.5"}
    try:
        resp = requests.get(url, headers=headers, timeout=timeout, stream=True, allow_redirects=True)
    except requests.exceptions.Timeout:
        raise DownloadError(f"{url}: no answer within timeout={timeout} s; try again later or raise timeout=") from None
    except requests.exceptions.ConnectionError as exc:
        raise DownloadError(
            f"{url}: cannot be reached: {_connection_reason(exc)}; check the address and the network "
            f"connection, or save the page and read the file"
        ) from None
    except requests.exceptions.RequestException as exc:
        raise DownloadError(f"{url}: cannot be fetched ({type(exc).__name__}: {exc})") from None
    with resp:
        if resp.status_code >= 400:
            raise DownloadError(f"{url}: the server answered HTTP {resp.status_code} {resp.reason or ''}".rstrip())
        length_header = resp.headers.get("Content-Length")
        expected = int(length_header) if length_header and length_header.isdigit() else None
        encoded = bool(resp.headers.get("Content-Encoding", "").strip() not in ("", "identity"))
        if max_bytes is not None and expected is not None and not encoded and expected > max_bytes:
            raise DownloadError(
                f"{url}: {expected:,} bytes is over max_bytes={max_bytes:,}; pass a larger max_bytes= if it is expected"
            )
        if on_start is not None:
            on_start(None if encoded else expected)
        got = 0
        try:
            for chunk in resp.iter_content(chunk_size=1 << 16):
                got += len(chunk)
                if max_bytes is not None and got > max_bytes:
                    raise DownloadError(
                        f"{url}: more than max_bytes={max_bytes:,} bytes; pass a larger max_bytes= if it is expected"
                    )
                sink(chunk)
        except requests.exceptions.Timeout:
            raise DownloadError(f"{url}: the transfer stalled for timeout={timeout} s after {got:,} bytes; try again") from None
        except (requests.exceptions.ChunkedEncodingError, requests.exceptions.ConnectionError) as exc:
            raise DownloadError(
                f"{url}: the connection broke after {got:,} bytes ({_connection_reason(exc)}); try again"
            ) from None
        if expected is not None and not encoded and got < expected:
            raise DownloadError(f"{url}: truncated: got {got:,} of {expected:,} bytes; try again")
        content_type = resp.headers.get("Content-Type", "")
        charset = None
        m = re.search(r"charset=([\w.:-]+)", content_type, re.IGNORECASE)
        if m:
            charset = m.group(1).strip("'\"")
        return resp.url or url, content_type.split(";")[0].strip().lower(), charset


def _cache_paths(url: str) -> tuple[Path, Path]:
    key = hashlib.sha256(url.encode("utf-8")).hexdigest()[:40]
    folder = cache_dir("http")
    return folder / f"{key}.body", folder / f"{key}.json"


def atomic_write(path: Path, data: bytes) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def fetch_url(
    url: str,
    *,
    cache: bool = True,
    refresh: bool = False,
    timeout: float = 20.0,
    max_bytes: int | None = 5_000_000,
) -> Fetched:
    """Fetch ``url`` politely: an honest User-Agent, a timeout, a size limit, and a disk cache.

    The cache lives in ``newskit._paths.cache_dir("http")`` (``NEWSKIT_CACHE`` moves it); a page
    is fetched once and then read from there, unless ``refresh=True`` (fetch again) or
    ``cache=False`` (neither read nor write the cache). Entries are written atomically.

    Raises:
        InputError: ``url`` is not an http(s) URL.
        DownloadError: no connection, a timeout, an HTTP error, or a body over ``max_bytes``;
            the message names the URL and what to do.
    """
    check_url(url)
    check_fetch_options(timeout, max_bytes)
    body_path, info_path = _cache_paths(url)
    if cache and not refresh and body_path.exists() and info_path.exists():
        try:
            info = json.loads(info_path.read_text(encoding="utf-8"))
            return Fetched(url, info.get("final_url", url), body_path.read_bytes(), info.get("content_type", ""),
                           info.get("charset"), True)
        except (OSError, ValueError):
            pass  # a damaged entry: fetch again
    buf = io.BytesIO()
    final, ctype, charset = http_get(url, timeout=timeout, max_bytes=max_bytes, sink=lambda b: None if buf.write(b) else None)
    data = buf.getvalue()
    if cache:
        atomic_write(body_path, data)
        info = {"url": url, "final_url": final, "content_type": ctype, "charset": charset,
                "fetched": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")}
        atomic_write(info_path, json.dumps(info, ensure_ascii=False).encode("utf-8"))
    return Fetched(url, final, data, ctype, charset, False)
