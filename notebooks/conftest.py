"""pytest set-up for the notebooks, which nbval runs as tests (``--nbval`` in pyproject.toml).

* Each notebook's kernel starts with a fresh newskit cache, no progress bars and no network
  (``NEWSKIT_ONLINE`` unset), so that a run gives the same output on every machine. Only the
  kernel's environment is changed; the rest of the test session keeps its own.
* Notebook 02 needs the five-outlet corpus and the JOB lexicon from ``../shared/data``; without
  them the notebook is skipped with a reason, as the tests that need shared data are.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
SHARED_DATA = HERE.parent.parent / "shared" / "data"
SHARED_FILES = (
    SHARED_DATA / "sl-news-suk" / "senticoref_ud_test.conllu",
    SHARED_DATA / "job-lexicon" / "Slovene_sentiment_lexicon_JOB.txt",
)
NEEDS_SHARED = {"02_framing_across_outlets.ipynb"}
_saved: dict[str, str | None] = {}


def _kernel_env() -> dict[str, str | None]:
    cache = os.path.join(tempfile.gettempdir(), f"newskit-nbval-cache-{os.getpid()}")
    return {"NEWSKIT_CACHE": cache, "TQDM_DISABLE": "1", "NEWSKIT_ONLINE": None}


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    missing = [p for p in SHARED_FILES if not p.exists()]
    if not missing:
        return
    skip = pytest.mark.skip(reason=f"{missing[0]} is not here (the shared corpora sit beside the checkout in ../shared)")
    for item in items:
        if Path(str(item.path)).name in NEEDS_SHARED:
            item.add_marker(skip)


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item: pytest.Item) -> None:
    # nbval starts the kernel while setting up a notebook's first cell: set its environment first.
    if item.path.suffix != ".ipynb":
        return
    for key, value in _kernel_env().items():
        _saved.setdefault(key, os.environ.get(key))
        if value is None:
            os.environ.pop(key, None)
        else:
            os.environ[key] = value


@pytest.hookimpl(trylast=True)
def pytest_runtest_teardown(item: pytest.Item, nextitem: pytest.Item | None) -> None:
    if item.path.suffix != ".ipynb" or (nextitem is not None and nextitem.path.suffix == ".ipynb"):
        return
    for key, value in _saved.items():
        if value is None:
            os.environ.pop(key, None)
        else:
            os.environ[key] = value
    _saved.clear()
