"""Bundled data (the example article, the story pack) and downloads of corpora into the user's cache.

* :func:`load_example`: the example article (``datasets/``), offline.
* :func:`load_story_pack`: other outlets' reports of the same event, fetched on first use
  into the cache (their text is not shipped).
* :func:`download`: a file from a URL, written atomically and checked against its SHA-256.
* :func:`cache_dir`: newskit's cache folder (``NEWSKIT_CACHE`` moves it; defined in ``newskit._paths``).

Example:
    >>> from newskit.datasets import load_example
    >>> load_example().published.date().isoformat()
    '2025-09-03'
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from ._http import check_url, http_get
from ._paths import cache_dir, data_dirs
from ._text import kind_of
from .article import Article
from .conllu import read_conllu
from .errors import ChecksumError, DownloadError, InputError, NewskitError
from .loaders import Collector, read_text, read_url

if TYPE_CHECKING:
    from .loaders import Loaded

__all__ = [
    "STORY_PACK",
    "cache_dir",
    "datasets_dir",
    "download",
    "example_path",
    "load_example",
    "load_story_pack",
    "story_pack_manifest",
]

EXAMPLE_ID = "000_1132590431262ebf"


def datasets_dir() -> Path:
    """The ``datasets/`` folder: beside the package in a source checkout, inside it when installed."""
    here = Path(__file__).resolve().parent
    for candidate in (here.parent / "datasets", here / "datasets"):
        if (candidate / f"{EXAMPLE_ID}.txt").exists():
            return candidate
    raise InputError(
        f"the example dataset is missing (looked in {here.parent / 'datasets'} and {here / 'datasets'}); "
        "reinstall newskit from a full checkout"
    )


def example_path() -> Path:
    """Path of the example article's text file."""
    return datasets_dir() / f"{EXAMPLE_ID}.txt"


def load_example() -> Article:
    """The project's example: a Slovenian report of 3 September 2025, Putin thanks Kim for sending troops.

    Its outlet is not stated in the source, so ``outlet`` is ``None``.

    Example:
        >>> art = load_example()
        >>> art.article_id, art.language, art.outlet
        ('000_1132590431262ebf', 'sl', None)
    """

    return read_text(example_path())


# --- Downloads: download() -------------------------------------------------------------------


def download(
    url: str,
    dest: str | Path,
    *,
    sha256: str | None = None,
    timeout: float = 60.0,
    max_bytes: int | None = None,
    progress: bool = True,
) -> Path:
    """Download ``url`` to ``dest`` safely: a temporary file renamed into place, checked on the way.

    The body is streamed into a hidden temporary file beside ``dest`` (with a ``tqdm`` progress
    bar unless ``progress=False``), its SHA-256 computed as it comes, and only a complete file
    whose checksum matches is renamed to ``dest``; a failed download leaves nothing behind, and
    never a half file under the final name. When ``dest`` already exists and matches ``sha256``,
    nothing is downloaded. Requests carry newskit's User-Agent.

    Args:
        url: an http(s) URL.
        dest: the file to write, or an existing folder (the URL's file name is kept).
        sha256: the published SHA-256 (hex); ``None`` skips the check.
        timeout: seconds to wait for the server to answer or send more bytes.
        max_bytes: refuse bodies larger than this (``None``: no limit).
        progress: show a progress bar (``tqdm.auto``: a widget in Jupyter).

    Returns:
        The path of the downloaded file.

    Raises:
        DownloadError: no connection (offline), a timeout, an HTTP error, a body over
            ``max_bytes``, or a body cut short; the message names the URL and the fix.
        ChecksumError: the file does not match ``sha256``; it is removed.

    Example:
        >>> path = download("https://example.org/corpus.conllu", cache_dir("data"), sha256="...")  # doctest: +SKIP
    """
    import hashlib

    from tqdm.auto import tqdm


    check_url(url)
    target = Path(dest).expanduser()
    if target.is_dir():
        name = Path(url.split("?", 1)[0].rstrip("/")).name or "download"
        target = target / name
    target.parent.mkdir(parents=True, exist_ok=True)
    if sha256 is not None and target.is_file() and _file_sha256(target) == sha256.lower():
        return target
    fd, tmp_name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".part")
    tmp = Path(tmp_name)
    digest = hashlib.sha256()
    bar: Any = None
    try:
        with os.fdopen(fd, "wb") as fh:

            def start(total: int | None) -> None:
                nonlocal bar
                bar = tqdm(total=total, unit="B", unit_scale=True, unit_divisor=1024, desc=target.name,
                           disable=not progress, leave=False)

            def sink(chunk: bytes) -> None:
                fh.write(chunk)
                digest.update(chunk)
                if bar is not None:
                    bar.update(len(chunk))

            try:
                http_get(url, timeout=timeout, max_bytes=max_bytes, sink=sink, on_start=start)
            except DownloadError as exc:
                raise DownloadError(
                    f"cannot download {exc}. newskit needs the network once for this file; or fetch it by "
                    f"hand and save it as {target}"
                ) from None
        actual = digest.hexdigest()
        if sha256 is not None and actual != sha256.lower():
            raise ChecksumError(
                f"{url}: the download's SHA-256 is {actual}, expected {sha256.lower()}: the file is truncated "
                f"or altered, and was removed. Try again; if it persists, the file on the server has changed"
            )
        os.replace(tmp, target)
    finally:
        if bar is not None:
            bar.close()
        tmp.unlink(missing_ok=True)
    return target


def _file_sha256(path: Path) -> str:
    import hashlib

    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


# --- The story pack: other outlets' reports of the example's event ----------------------------

#: The story pack's manifest, in ``datasets/``.
STORY_PACK = "story_pack.json"


def story_pack_manifest(manifest: str | Path | Mapping[str, Any] | None = None) -> dict[str, Any]:
    """The story pack's manifest: the event, and one item per report (``id``, ``outlet``, ``agency``,
    ``language``, ``script``, ``url``). See ``datasets/README.md``.

    Args:
        manifest: another manifest (a JSON file or a dict of the same shape); default the bundled one.

    Example:
        >>> m = story_pack_manifest()
        >>> len(m["items"]), m["items"][0]["outlet"]
        (9, 'siol.net')
    """
    if manifest is None:
        manifest = datasets_dir() / STORY_PACK
    if isinstance(manifest, Mapping):
        data: Any = dict(manifest)
        where = "manifest"
    elif isinstance(manifest, (str, os.PathLike)):
        where = str(manifest)
        try:
            data = json.loads(Path(manifest).read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise InputError(f"{where}: no such manifest file") from None
        except (ValueError, RecursionError) as exc:
            raise InputError(f"{where}: the manifest is not valid JSON ({exc})") from None
        except OSError as exc:
            raise InputError(f"{where}: the manifest cannot be read ({exc.strerror or exc})") from None
    else:
        raise InputError(f"manifest={manifest!r:.60} is {kind_of(manifest)}; give a JSON file's path or a dict")
    if not isinstance(data, dict):
        raise InputError(f"{where}: the manifest is a JSON {type(data).__name__}, not an object with an 'items' list")
    items = data.get("items")
    if not isinstance(items, list) or not items:
        raise InputError(f"{where}: the manifest has no 'items' list")
    for i, item in enumerate(items):
        if not isinstance(item, Mapping):
            raise InputError(f"{where}: item {i} is {kind_of(item)}, not an object with id, outlet, language and url")
        missing = [k for k in ("id", "outlet", "language", "url") if not item.get(k)]
        if missing:
            raise InputError(f"{where}: item {i} lacks {', '.join(missing)}")
        wrong = [k for k in ("id", "outlet", "language", "url") if not isinstance(item[k], str)]
        if wrong:
            raise InputError(f"{where}: item {i}: {', '.join(wrong)} must be text")
    return data


def _rebase(url: str, base_url: str | None) -> str:
    """``url`` served from ``base_url`` instead: ``https://host/path?q`` -> ``BASE/host/path?q``."""
    if not base_url:
        return url
    parts = urlsplit(url)
    return f"{base_url.rstrip('/')}/{parts.hostname}{parts.path or '/'}" + (f"?{parts.query}" if parts.query else "")


def load_story_pack(
    *,
    refresh: bool = False,
    timeout: float = 20.0,
    max_bytes: int | None = 5_000_000,
    transliterate: bool = False,
    include_example: bool = False,
    manifest: str | Path | Mapping[str, Any] | None = None,
    base_url: str | None = None,
) -> Loaded:
    """Other outlets' reports of the example's event (Putin and Kim in Beijing, 3 September 2025).

    The manifest (``datasets/story_pack.json``) lists reports by siol.net (sl), tportal.hr (hr,
    Hina), novosti.rs and kurir.rs (sr, Latin), rtrs.tv (sr, Cyrillic), and jordantimes.com,
    lorientlejour.com (AFP) and devdiscourse.com (en). Their text is not shipped: each page is
    fetched on first use into newskit's cache (``cache_dir("http")``) and read from there later;
    ``refresh=True`` fetches again. Pages are fetched in parallel, each with ``timeout``.

    Outlet, agency, language and the id come from the manifest. English reports keep
    ``language="en"``: they can be read and compared, but annotators refuse them.

    Args:
        refresh: fetch every page again, even when cached.
        timeout, max_bytes: per page (see :func:`newskit.loaders.fetch_url`).
        transliterate: Serbian Cyrillic to Latin (the rtrs.tv report).
        include_example: put the example article first.
        manifest: another manifest (JSON file or dict); default the bundled one.
        base_url: fetch every page from ``BASE_URL/<host>/<path>`` instead of its site (a mirror,
            or a local server in tests).

    Returns:
        :class:`~newskit.loaders.Loaded` ``(articles, skipped)``. A page that cannot be fetched or
        read (offline, moved, changed) is a row of ``skipped`` with the reason, and one
        :class:`~newskit.loaders.SkippedInputWarning` says how many; nothing raises for it.

    Example:
        >>> articles, skipped = load_story_pack()  # doctest: +SKIP
        >>> sorted({a.language for a in articles})  # doctest: +SKIP
        ['en', 'hr', 'sl', 'sr']
    """
    from concurrent.futures import ThreadPoolExecutor


    spec = story_pack_manifest(manifest)
    items = spec["items"]

    def fetch(item: Mapping[str, Any]) -> Article | NewskitError:
        try:
            art = read_url(_rebase(item["url"], base_url), refresh=refresh, timeout=timeout, max_bytes=max_bytes,
                           article_id=item["id"], outlet=item["outlet"], language=item["language"],
                           transliterate=transliterate)
        except NewskitError as exc:
            return exc
        meta = {**art.meta, "agency": item.get("agency"), "event": spec.get("event"), "source_path": item["url"]}
        if base_url:
            meta["fetched_from"] = _rebase(item["url"], base_url)
        return art.replace(url=item["url"], meta=meta)

    with ThreadPoolExecutor(max_workers=min(8, len(items))) as pool:
        results = list(pool.map(fetch, items))
    out = Collector()
    if include_example:
        out.add(load_example(), str(example_path()))

    def given(res: Article | NewskitError) -> Article:
        if isinstance(res, NewskitError):
            raise res
        return res

    for item, res in zip(items, results, strict=True):
        out.collect(item["url"], lambda res=res: given(res), prefix=_rebase(item["url"], base_url))  # type: ignore[misc]
    return out.result(warn="load_story_pack", stacklevel=3)


# --- Reference corpora: load_corpus() (framing across outlets) --------------------------------

if TYPE_CHECKING:
    from .article import Annotation

#: Corpora :func:`load_corpus` knows: file name, URL, SHA-256, licence and citation.
CORPORA: dict[str, dict[str, str]] = {
    "sl-news-suk": {
        "file": "sl-news-suk/senticoref_ud_test.conllu",
        "url": "https://raw.githubusercontent.com/clarinsi/classla-training/main/sl/conllu/SUK_senticoref_ud_test.conllu",
        "sha256": "7aa01ca2729bab2ae1e65a0297c30d9214e013a3a9a847c270471858103ee186",
        "language": "sl",
        "description": "81 Slovenian news articles of five outlets (24ur.com, dnevnik.si, finance.si, rtvslo.si, "
                       "zurnal24.si; 2007-2012) with gold lemmas, UPOS, MSD, UD features and NER",
        "licence": "CC BY-SA 4.0",
        "citation": "SentiCoref part of the SUK training corpus (Arhar Holdt et al. 2022), CLARIN.SI "
                    "http://hdl.handle.net/11356/1747, test split as published in the classla-training repository",
    },
}


def data_file(relpath: str, *, url: str, sha256: str, path: str | Path | None = None) -> Path:
    """A local copy of a reference data file, checked against its SHA-256.

    Looks in this order: ``path`` (a file, or a folder holding ``relpath`` or its file name; taken
    as given, unchecked), ``$NEWSKIT_DATA/relpath``, newskit's cache; when none has it, downloads
    ``url`` into the cache.

    Raises:
        ChecksumError: a copy found or downloaded differs from the published checksum (truncated or
            altered); it is never used.
        DownloadError: no copy, and the download failed (offline, HTTP error).
        InputError: ``path`` does not exist.
    """

    name = Path(relpath).name
    if path is not None:
        p = Path(path).expanduser()
        if p.is_dir():
            for candidate in (p / relpath, p / name):
                if candidate.is_file():
                    return candidate
            raise InputError(f"{p}: has no {name}; give the file itself or the folder holding it")
        if not p.is_file():
            raise InputError(f"{p}: no such file or folder")
        return p
    for base in data_dirs():
        candidate = base / relpath
        if candidate.is_file():
            actual = _file_sha256(candidate)
            if actual != sha256:
                raise ChecksumError(
                    f"{candidate}: SHA-256 is {actual}, expected {sha256}; the copy is truncated or altered. "
                    f"Replace it, or pass path= to use your own file unchecked"
                )
            return candidate
    return download(url, cache_dir("data", *Path(relpath).parent.parts) / name, sha256=sha256)


def load_corpus(name: str = "sl-news-suk", *, path: str | Path | None = None) -> Annotation:
    """A reference news corpus to compare outlets on, as TOKENS, ENTITIES and articles.

    ``"sl-news-suk"``: the SentiCoref part of the Slovenian training corpus SUK (CC BY-SA 4.0,
    CLARIN.SI http://hdl.handle.net/11356/1747): 81 articles of 24ur.com, dnevnik.si, finance.si,
    rtvslo.si and zurnal24.si (2007-2012) with gold lemmas, UPOS, MSD, features and NER, and each
    article's outlet, date, title and authors. Read from ``path``, ``$NEWSKIT_DATA/sl-news-suk/``
    or newskit's cache, else downloaded once (2.9 MB) and checked
    against its SHA-256. Cite SUK when you publish results on it.

    Args:
        name: the corpus; see :data:`CORPORA`.
        path: the corpus file (or the folder holding it) to read instead, unchecked.

    Returns:
        An :class:`~newskit.article.Annotation` (tokens, entities, articles).

    Raises:
        InputError: unknown ``name`` (the message lists the corpora). ChecksumError / DownloadError:
            no good copy and the download failed or was corrupt; nothing half-loaded is returned.

    Example:
        >>> ann = load_corpus("sl-news-suk")  # doctest: +SKIP
        >>> sorted({a.outlet for a in ann.articles})  # doctest: +SKIP
        ['24ur.com', 'dnevnik.si', 'finance.si', 'rtvslo.si', 'zurnal24.si']
    """

    spec = CORPORA.get(name)
    if spec is None:
        raise InputError(f"name={name!r} is not a corpus newskit knows; choose one of {', '.join(CORPORA)}")
    file = data_file(spec["file"], url=spec["url"], sha256=spec["sha256"], path=path)
    ann = read_conllu(file, language=spec["language"])
    ann.tokens.attrs.update({"corpus": name, "licence": spec["licence"], "citation": spec["citation"]})
    return ann


__all__ += ["CORPORA", "load_corpus", "data_file"]
