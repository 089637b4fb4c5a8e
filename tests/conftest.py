"""Shared fixtures. Real corpora are read from ../shared/data; tests that need them skip cleanly without."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from bench_helpers import bench_module

pytest_plugins = ["classla_models"]  # tiny CLASSLA models trained at session start: tests/classla_models.py

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(__file__).resolve().parents[2] / "shared"
DATA = Path(__file__).resolve().parent / "data"

# newskit finds reference data only through its documented setting: the tests point it at
# ../shared/data (set at import, so nbval's notebook kernels inherit it too).
if (SHARED / "data").is_dir():
    os.environ.setdefault("NEWSKIT_DATA", str(SHARED / "data"))


def shared_path(*parts: str) -> Path:
    """A path under ../shared, or a skip naming what is missing."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is not here (the shared corpora sit beside the checkout in ../shared)")
    return path


@pytest.fixture(scope="session")
def bench():
    """:func:`bench_module` as a fixture: ``bench("eval_quotes")``."""
    return bench_module


@pytest.fixture(scope="session")
def shared():
    """:func:`shared_path` as a fixture, for tests that need other files of ../shared."""
    return shared_path


@pytest.fixture(scope="session")
def example():
    import newskit

    return newskit.load_example()


@pytest.fixture(scope="session")
def suk_path() -> Path:
    return shared_path("data", "sl-news-suk", "senticoref_ud_test.conllu")


@pytest.fixture(scope="session")
def suk(suk_path):
    import newskit

    return newskit.read_conllu(suk_path)


@pytest.fixture(autouse=True)
def _isolated_cache(tmp_path_factory, monkeypatch):
    # Tests never touch the user's real cache.
    monkeypatch.setenv("NEWSKIT_CACHE", str(tmp_path_factory.getbasetemp() / "newskit-cache"))
