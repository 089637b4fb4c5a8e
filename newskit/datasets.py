"""Bundled data (the example article) and downloads of corpora into the user's cache.

Example:
    >>> from newskit.datasets import load_example
    >>> load_example().published.date().isoformat()
    '2025-09-03'
"""

from __future__ import annotations

import os
from pathlib import Path

from .article import Article
from .errors import InputError

__all__ = ["load_example", "example_path", "datasets_dir", "cache_dir"]

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
    from .loaders import read_text

    return read_text(example_path())


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
