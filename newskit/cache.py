"""An on-disk cache of annotations: one Parquet file per article and annotator setting.

``annotate()`` also stores each call on many articles whole (a "bundle": the articles' tables one
after the other, with their keys and row offsets in the file's metadata), so that re-running a
notebook reads one file; the per-article entries serve any other selection of the articles.

Entries live under ``newskit._paths.cache_dir("annotations")`` (``NEWSKIT_CACHE`` moves it).
An entry's name is ``<key>-<digest>.parquet``: ``key`` hashes what the annotation depends on
(the article text, language, annotator, model and its version, options; see :func:`make_key`)
and ``digest`` is the SHA-256 of the file's own bytes. Reading checks the digest before
parsing, so a truncated or altered file is never returned: it is deleted and the caller
recomputes. Writes go to a temporary file in the same folder and are moved into place with
``os.replace``, so a reader never sees half a file and two writers never mix theirs.

Example:
    >>> from newskit.cache import AnnotationCache, make_key
    >>> key = make_key(text="Putin je dejal.", annotator="lite")
    >>> len(key)
    40
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from pathlib import Path
from typing import Any

from ._paths import cache_dir
from .errors import InputError

__all__ = ["CACHE_PARTS", "AnnotationCache", "cache_clear", "cache_info", "make_key", "text_hash"]

#: The folders of newskit's cache, what each holds, and whether ``cache_clear()`` empties it by default
#: (models and downloaded corpora are large and slow to fetch again: they go only when named).
CACHE_PARTS: dict[str, tuple[str, bool]] = {
    "annotations": ("annotated articles (recomputed on the next annotate)", True),
    "http": ("fetched web pages and feeds", True),
    "lite": ("the offline annotator's resources", True),
    "data": ("downloaded corpora and lexicons (load_corpus, JOB)", False),
    "classla": ("CLASSLA models (newskit models download)", False),
}

_DIGEST_CHARS = 16


def text_hash(text: str) -> str:
    """SHA-256 of ``text`` (UTF-8), hex."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def make_key(**parts: Any) -> str:
    """A stable 40-character key from JSON-serialisable parts; a ``text`` part is hashed first."""
    if "text" in parts:
        parts = {**parts, "text": text_hash(str(parts["text"]))}
    blob = json.dumps(parts, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()[:40]


class AnnotationCache:
    """Parquet files keyed by :func:`make_key`, verified on read, written atomically.

    Args:
        root: the folder; by default ``cache_dir("annotations")``.
    """

    def __init__(self, root: str | Path | None = None) -> None:
        if root is None:

            root = cache_dir("annotations")
        self.root = Path(root)
        self.hits = 0
        self.misses = 0
        self.corrupt = 0

    def _folder(self, key: str) -> Path:
        return self.root / key[:2]

    def _entries(self, key: str) -> list[Path]:
        folder = self._folder(key)
        try:
            names = os.listdir(folder)
        except OSError:  # no folder yet, or something else where it should be (put() makes room)
            return []
        prefix = key + "-"
        return [folder / n for n in names if n.startswith(prefix) and n.endswith(".parquet")]

    def get(self, key: str, *, count: bool = True) -> Any | None:
        """The cached ``pyarrow.Table`` for ``key``, or ``None`` (missing, truncated or corrupt).

        ``count=False`` leaves :attr:`hits` and :attr:`misses` alone (corrupt entries still count).
        """
        import pyarrow as pa
        import pyarrow.parquet as pq

        for path in self._entries(key):
            expected = path.name[len(key) + 1:-len(".parquet")]
            try:
                data = path.read_bytes()
            except IsADirectoryError:  # a folder where an entry should be: not ours to keep
                self.corrupt += 1
                _remove(path)
                continue
            except OSError:
                continue
            if hashlib.sha256(data).hexdigest()[:_DIGEST_CHARS] != expected:
                self.corrupt += 1
                _remove(path)
                continue
            try:
                table = pq.read_table(pa.BufferReader(data))
            except Exception:  # a file with a matching digest that pyarrow cannot read: treat as corrupt
                self.corrupt += 1
                _remove(path)
                continue
            self.hits += count
            return table
        self.misses += count
        return None

    def put(self, key: str, table: Any) -> Path:
        """Store a ``pyarrow.Table`` under ``key`` (atomically); returns the file's path."""
        import pyarrow as pa
        import pyarrow.parquet as pq

        sink = pa.BufferOutputStream()
        pq.write_table(table, sink, compression="zstd")
        data = sink.getvalue().to_pybytes()
        digest = hashlib.sha256(data).hexdigest()[:_DIGEST_CHARS]
        folder = self._folder(key)
        if folder.exists() and not folder.is_dir():
            _remove(folder)  # a stray file where the cache's own folder goes
        folder.mkdir(parents=True, exist_ok=True)
        final = folder / f"{key}-{digest}.parquet"
        if final.is_dir():
            _remove(final)
        _remove_stale(folder)
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=".tmp-", suffix=".parquet")
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
            os.replace(tmp, final)
        except BaseException:
            _remove(Path(tmp))
            raise
        for old in self._entries(key):
            if old != final:
                _remove(old)
        return final

    def clear(self) -> int:
        """Delete every entry; returns how many files went."""
        n = 0
        for path in self.root.glob("*/*.parquet"):
            _remove(path)
            n += 1
        return n


#: A temporary file older than this (seconds) was left by a process that died while writing.
STALE_SECONDS = 3600


def _remove_stale(folder: Path) -> None:
    """Delete temporary files that a killed process left in ``folder`` (never a live writer's: those are new)."""
    import time

    now = time.time()
    try:
        names = [n for n in os.listdir(folder) if n.startswith(".tmp-")]
    except OSError:
        return
    for name in names:
        path = folder / name
        try:
            if now - path.stat().st_mtime > STALE_SECONDS:
                path.unlink()
        except OSError:
            pass


def _remove(path: Path) -> None:
    """Delete a file, or a folder and all in it; quietly, as another process may have done it first."""
    try:
        if path.is_dir() and not path.is_symlink():
            import shutil

            shutil.rmtree(path, ignore_errors=True)
        else:
            path.unlink()
    except OSError:
        pass


def _cache_root() -> Path:

    return cache_dir()


def cache_info() -> Any:
    """What newskit's cache holds: one row per folder (``part, files, bytes, cleared_by_default,
    holds, path``). ``NEWSKIT_CACHE`` moves the cache.

    Example:
        >>> import newskit as nk
        >>> list(nk.cache_info().columns)
        ['part', 'files', 'bytes', 'cleared_by_default', 'holds', 'path']
    """
    import pandas as pd

    root = _cache_root()
    rows = []
    for part, (holds, default) in CACHE_PARTS.items():
        folder = root / part
        files = [p for p in folder.rglob("*") if p.is_file()] if folder.is_dir() else []
        size = 0
        for f in files:
            try:
                size += f.stat().st_size
            except OSError:
                pass
        rows.append({"part": part, "files": len(files), "bytes": size, "cleared_by_default": default,
                     "holds": holds, "path": str(folder)})
    return pd.DataFrame(rows, columns=["part", "files", "bytes", "cleared_by_default", "holds", "path"])


def cache_clear(parts: str | list[str] | tuple[str, ...] | None = None) -> int:
    """Empty newskit's cache; returns how many files went.

    Args:
        parts: the folders to empty (:data:`CACHE_PARTS`); by default the ones that are cheap to
            rebuild: ``annotations``, ``http`` and ``lite``. Name ``data`` or ``classla`` to remove
            downloaded corpora or models too, or ``"all"``.

    Raises:
        InputError: a part newskit does not know (the message lists them).
    """
    import shutil


    if parts is None:
        chosen = [p for p, (_, default) in CACHE_PARTS.items() if default]
    elif parts == "all":
        chosen = list(CACHE_PARTS)
    else:
        chosen = [parts] if isinstance(parts, str) else list(parts)
        unknown = [p for p in chosen if p not in CACHE_PARTS]
        if unknown:
            raise InputError(f"cache_clear(): {', '.join(map(repr, unknown))} is not a part of the cache; "
                             f"choose among {', '.join(CACHE_PARTS)} or 'all'")
    root = _cache_root()
    n = 0
    for part in chosen:
        folder = root / part
        if not folder.is_dir():
            continue
        n += sum(1 for p in folder.rglob("*") if p.is_file())
        shutil.rmtree(folder, ignore_errors=True)
    return n
