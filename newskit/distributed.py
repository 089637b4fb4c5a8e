"""Annotating corpora that outgrow one machine: the same :func:`~newskit.annotate.annotate` on Dask.

:func:`annotate_dask` cuts the articles into batches and runs ``annotate()`` on each batch on a
``dask.distributed`` cluster. Each worker process loads its classla pipeline once (pipelines
are cached per process by :func:`newskit.models.get_pipeline`) and reuses it for every batch it
gets. Results never travel back through the scheduler: each batch is written by its worker as
Parquet shards (``tokens/``, ``entities/``, ``articles/``) into ``out_dir``, which therefore has
to be a folder every worker can reach (a shared file system, or local disk for a
``LocalCluster``). :func:`read_tokens` opens the shards lazily as a ``dask.dataframe``.

Shards are named after the articles they hold, so a run that was interrupted picks up where
it stopped: batches whose shards exist are not annotated again.

Example:
    >>> from dask.distributed import Client, LocalCluster  # doctest: +SKIP
    >>> client = Client(LocalCluster(n_workers=2, threads_per_worker=1))  # doctest: +SKIP
    >>> out = annotate_dask(articles, client=client, out_dir="corpus-annotated")  # doctest: +SKIP
    >>> tokens = read_tokens(out)  # doctest: +SKIP
    >>> tokens.groupby("upos").size().compute()  # doctest: +SKIP
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
import time
import warnings
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import pandas as pd

from ._version import __version__
from .annotate import annotate
from .article import Article, articles_table
from .errors import InputError, NewskitError
from .schemas import ARTICLES, ENTITIES, TOKENS, conform

__all__ = ["annotate_dask", "read_tokens", "read_entities", "read_articles", "MANIFEST"]

#: The file in ``out_dir`` that lists the shards of a run and its provenance.
MANIFEST = "newskit-annotation.json"

_TABLES = {"tokens": TOKENS, "entities": ENTITIES, "articles": ARTICLES}


def _batch_name(index: int, batch: Sequence[Article]) -> str:
    h = hashlib.sha256()
    for art in batch:
        h.update(art.article_id.encode())
        h.update(b"\0")
        h.update(hashlib.sha256(art.text.encode()).digest())
    return f"part-{index:05d}-{h.hexdigest()[:10]}"


def _write_atomic(df: pd.DataFrame, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=path.parent)
    os.close(fd)
    try:
        df.to_parquet(tmp, index=False)
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def _annotate_batch(name: str, batch: list[Article], out_dir: str, options: dict[str, Any],
                    models_dir: str | None) -> dict[str, Any]:
    """Runs on a worker: annotate one batch and write its shards. Returns a small summary, not the data."""

    if models_dir is not None:
        # newskit.models reads this at every call, so the worker's pipelines load from here
        os.environ["CLASSLA_RESOURCES_DIR"] = models_dir
    if options.get("annotator") != "lite":
        _limit_torch_threads()
    start = time.perf_counter()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # skipped articles and notes come back in the summary
        ann = annotate(batch, progress=False, n_jobs=1, **options)
    out = Path(out_dir)
    _write_atomic(articles_table(ann.articles), out / "articles" / f"{name}.parquet")
    _write_atomic(ann.entities, out / "entities" / f"{name}.parquet")
    _write_atomic(ann.tokens, out / "tokens" / f"{name}.parquet")  # last: its presence marks the batch done
    attrs = {k: v for k, v in ann.tokens.attrs.items() if k != "skipped"}
    return {
        "name": name,
        "articles": len(batch),
        "tokens": len(ann.tokens),
        "entities": len(ann.entities),
        "skipped": list(ann.tokens.attrs.get("skipped", [])),
        "attrs": json.loads(json.dumps(attrs, default=str)),
        "seconds": round(time.perf_counter() - start, 3),
        "worker": _worker_name(),
    }


def _limit_torch_threads() -> None:
    """One torch thread per worker thread: several workers on one machine each starting a thread per
    core oversubscribe it, and torch's spinning threads then crawl (ten times slower, measured here)."""
    try:
        from distributed import get_worker

        n = int(getattr(get_worker(), "nthreads", 1) or 1)
    except Exception:  # noqa: BLE001 - not on a dask worker: leave torch alone
        return
    import torch

    if torch.get_num_threads() != n:
        torch.set_num_threads(n)


def _worker_name() -> str:
    try:
        from distributed import get_worker

        return str(get_worker().address)
    except Exception:  # noqa: BLE001 - not on a dask worker
        return f"pid-{os.getpid()}"


def _get_client(client: Any) -> Any:
    if client is not None:
        return client
    try:
        from distributed import get_client
    except ImportError:
        raise InputError(
            "annotate_dask() needs dask.distributed: pip install 'newskit[dask]'"
        ) from None
    try:
        return get_client()
    except ValueError:
        raise InputError(
            "client=None but no Dask client is running; start one, e.g. "
            "`from dask.distributed import Client, LocalCluster; client = Client(LocalCluster(n_workers=2))`"
        ) from None


def annotate_dask(
    articles: Iterable[Article],
    *,
    client: Any = None,
    out_dir: str | os.PathLike,
    annotator: str = "auto",
    lang: str | None = None,
    processors: str | Sequence[str] | None = None,
    type: str = "standard",
    batch_size: int = 50,
    models_dir: str | os.PathLike | None = None,
    cache: bool = True,
    progress: bool | None = None,
    retries: int = 1,
) -> Path:
    """Annotate a corpus on a Dask cluster; results land as Parquet shards in ``out_dir``.

    Each batch of ``batch_size`` articles is one task that calls
    :func:`newskit.annotate.annotate` on a worker with the same options, so the tables are
    exactly those of an in-process ``annotate()``. Articles that fail are skipped and listed in
    the manifest, as ``annotate()`` does; a batch whose task fails even after ``retries`` is
    reported the same way and the others are kept.

    Args:
        articles: The articles (they are pickled to the workers, one batch per task).
        client: A ``dask.distributed.Client``; ``None`` uses the current one.
        out_dir: Folder for the shards and the manifest; every worker must be able to write it.
        annotator, lang, processors, type, cache: As for :func:`~newskit.annotate.annotate`.
        batch_size: Articles per task; a few dozen keeps the scheduler's overhead small.
        models_dir: CLASSLA models folder as the workers see it (sets ``CLASSLA_RESOURCES_DIR``
            in the workers); by default each worker's own default.
        progress: Show a progress bar (by default when there is more than one batch).
        retries: How often a failed batch is tried again (e.g. a worker that died).

    Returns:
        ``out_dir``, to pass to :func:`read_tokens`, :func:`read_entities` or :func:`read_articles`.

    Raises:
        InputError: no client, bad ``batch_size``, or articles that are not :class:`Article`.
        NewskitError: every batch failed (the message gives the first error).

    Example:
        >>> out = annotate_dask(articles, client=client, out_dir="annotated")  # doctest: +SKIP
        >>> read_tokens(out).npartitions  # doctest: +SKIP
        4
    """
    if not isinstance(batch_size, int) or batch_size < 1:
        raise InputError(f"batch_size={batch_size!r} must be a positive whole number")
    arts = [articles] if isinstance(articles, Article) else list(articles)
    bad = {x.__class__.__name__ for x in arts if not isinstance(x, Article)}
    if bad:
        raise InputError(f"annotate_dask() needs Article objects, got {', '.join(sorted(bad))}")
    client = _get_client(client)
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    options = {"annotator": annotator, "lang": lang, "processors": processors, "type": type, "cache": cache}
    batches = [arts[i:i + batch_size] for i in range(0, len(arts), batch_size)]
    names = [_batch_name(i, b) for i, b in enumerate(batches)]
    todo = [(n, b) for n, b in zip(names, batches, strict=True) if not (out / "tokens" / f"{n}.parquet").exists()]

    from distributed import as_completed
    from tqdm.auto import tqdm

    futures = {
        client.submit(_annotate_batch, name, batch, str(out), options,
                      None if models_dir is None else str(models_dir),
                      key=f"newskit-annotate-{name}-{os.urandom(4).hex()}", retries=retries, pure=False): name
        for name, batch in todo
    }
    show = progress if progress is not None else len(futures) > 1
    summaries: list[dict[str, Any]] = []
    failed: list[dict[str, str]] = []
    with tqdm(total=len(arts), initial=len(arts) - sum(len(b) for _, b in todo), desc="annotate (dask)",
              unit="article", disable=not show) as bar:
        for fut in as_completed(list(futures)):
            name = futures[fut]
            try:
                summary = fut.result()
            except Exception as exc:  # noqa: BLE001 - a worker error is reported, the rest go on
                failed.append({"batch": name, "error": f"{exc.__class__.__name__}: {exc}"})
                bar.update(len(next(b for n, b in todo if n == name)))
                continue
            summaries.append(summary)
            bar.update(summary["articles"])
    if todo and len(failed) == len(todo):
        raise NewskitError(f"every batch failed to annotate; the first: {failed[0]['batch']}: {failed[0]['error']}")

    previous = _read_manifest(out) if (out / MANIFEST).exists() else {}
    earlier = {s["name"]: s for s in previous.get("batches", [])}
    by_name = {s["name"]: s for s in summaries}
    done = [n for n in names if n in by_name or (n in earlier and (out / "tokens" / f"{n}.parquet").exists())]
    batch_rows = [by_name.get(n) or earlier[n] for n in done]
    skipped = [row for s in batch_rows for row in s.get("skipped", [])]
    skipped += [{"article_id": a.article_id, "error": f["error"]}
                for f in failed for n, b in todo if n == f["batch"] for a in b]
    attrs: dict[str, Any] = next((s["attrs"] for s in batch_rows if s.get("attrs")), {})
    manifest = {
        "newskit_version": __version__,
        "options": {k: v for k, v in options.items()},
        "batch_size": batch_size,
        "shards": done,
        "batches": batch_rows,
        "failed_batches": failed,
        "skipped": skipped,
        "attrs": attrs,
        "workers": sorted({s.get("worker", "?") for s in summaries}),
    }
    tmp = out / (MANIFEST + ".tmp")
    tmp.write_text(json.dumps(manifest, indent=1, default=str), encoding="utf-8")
    os.replace(tmp, out / MANIFEST)
    if skipped:
        warnings.warn(
            f"{len(skipped)} of {len(arts)} articles could not be annotated and were skipped "
            f"(first: {skipped[0]['article_id']}: {skipped[0]['error']}); see {out / MANIFEST}",
            stacklevel=2,
        )
    return out


def _read_manifest(path: Path) -> dict[str, Any]:
    try:
        data = json.loads((path / MANIFEST).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError(f"{path}: no {MANIFEST} here; is this a folder written by annotate_dask()?") from None
    except ValueError as exc:
        raise InputError(f"{path / MANIFEST}: not valid JSON ({exc}); run annotate_dask() again") from None
    return data if isinstance(data, dict) else {}


def _read(path: str | os.PathLike, table: str, lazy: bool | None) -> Any:
    root = Path(path)
    manifest = _read_manifest(root)
    files = [root / table / f"{name}.parquet" for name in manifest.get("shards", [])]
    missing = [f for f in files if not f.exists()]
    if missing:
        raise InputError(f"{root}: {len(missing)} shard(s) listed in {MANIFEST} are missing (first: {missing[0]})")
    schema = _TABLES[table]
    attrs = dict(manifest.get("attrs", {}))
    attrs["skipped"] = manifest.get("skipped", [])
    if lazy is not False:
        try:
            import dask.dataframe as dd
        except ImportError:
            if lazy:
                raise InputError("lazy=True needs dask: pip install 'newskit[dask]'") from None
        else:
            meta = conform({c: [] for c in schema}, schema)
            if not files:
                return dd.from_pandas(_with_attrs(meta, schema, attrs), npartitions=1)
            # a dask frame has no attrs: every partition carries them, and so does .compute()'s result
            return dd.read_parquet([str(f) for f in files]).map_partitions(_with_attrs, schema, attrs, meta=meta)
    parts = [pd.read_parquet(f) for f in files]
    df = conform(pd.concat(parts, ignore_index=True) if parts else {c: [] for c in schema}, schema)
    df.attrs.update(attrs)
    return df


def _with_attrs(df: pd.DataFrame, schema: Any, attrs: dict[str, Any]) -> pd.DataFrame:
    out = conform(df, schema)
    out.attrs.update(attrs)
    return out


def read_tokens(path: str | os.PathLike, *, lazy: bool | None = None) -> Any:
    """The TOKENS table written by :func:`annotate_dask`, one partition per shard.

    Args:
        path: The ``out_dir`` of :func:`annotate_dask`.
        lazy: ``None``: a ``dask.dataframe`` when dask is installed, else pandas; ``True`` or
            ``False`` to insist.

    Returns:
        A lazy ``dask.dataframe.DataFrame`` (or a pandas one) with the columns and dtypes of
        :data:`newskit.schemas.TOKENS`; ``.attrs`` holds the provenance and the skipped articles.

    Example:
        >>> tokens = read_tokens("annotated")  # doctest: +SKIP
        >>> tokens[tokens.upos == "PROPN"].lemma.value_counts().head(10)  # doctest: +SKIP
    """
    return _read(path, "tokens", lazy)


def read_entities(path: str | os.PathLike, *, lazy: bool | None = None) -> Any:
    """The ENTITIES table written by :func:`annotate_dask` (see :func:`read_tokens`)."""
    return _read(path, "entities", lazy)


def read_articles(path: str | os.PathLike, *, lazy: bool | None = None) -> Any:
    """The ARTICLES table (:data:`newskit.schemas.ARTICLES`, with each article's text) written by :func:`annotate_dask`."""
    return _read(path, "articles", lazy)
