"""Where newskit keeps its cache and where it finds reference data: two settings, nothing guessed.

* ``NEWSKIT_CACHE``: the cache folder (annotations, lite resources, fetched pages, downloads);
  by default the platform's user cache (``platformdirs.user_cache_dir("newskit")``).
* ``NEWSKIT_DATA``: a folder of reference data laid out as ``<corpus>/<file>`` (for example
  ``sl-news-suk/senticoref_ud_test.conllu``); unset by default. newskit never looks for data
  beside its own source tree: a checkout's tests and ``make`` set ``NEWSKIT_DATA`` themselves.

Example:
    >>> from newskit._paths import data_dirs
    >>> [str(p) for p in data_dirs({"NEWSKIT_DATA": "/srv/corpora"})]
    ['/srv/corpora']
    >>> data_dirs({})
    []
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

__all__ = ["cache_dir", "data_dirs"]


def cache_dir(*parts: str) -> Path:
    """newskit's cache folder (``NEWSKIT_CACHE`` or the platform's user cache), created on demand."""
    root = os.environ.get("NEWSKIT_CACHE")
    if root:
        base = Path(root).expanduser()
    else:
        from platformdirs import user_cache_dir

        base = Path(user_cache_dir("newskit"))
    path = base.joinpath(*parts)
    path.mkdir(parents=True, exist_ok=True)
    return path


def data_dirs(environ: Mapping[str, str] | None = None) -> list[Path]:
    """Folders that may hold reference data: ``$NEWSKIT_DATA`` when it is set, else none.

    ``environ`` defaults to the process's environment.
    """
    env = (os.environ if environ is None else environ).get("NEWSKIT_DATA")
    return [Path(env).expanduser()] if env else []
