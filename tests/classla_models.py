"""pytest plugin: CLASSLA model directories for tests that run classla's real code.

Loaded from ``tests/conftest.py`` (``pytest_plugins``). The official CLASSLA models cannot be
downloaded everywhere (not in CI), so at the start of the session a tiny model directory is
trained with classla's own training entry points (:mod:`newskit._tiny_models`, about 30 s on
two cores) from ``../shared/data/ud-sl-ssj/sl_ssj-ud-dev.conllu``, or, without ``../shared``,
from the hand-written sentences in ``tests/data/tiny_sl.conllu``. The trained directory is kept
under ``.pytest_cache`` keyed by a hash of the training data, recipe and library versions, so
repeated local runs do not train again.

Fixtures:
    tiny_models_dir: Path of a models folder (``resources.json``, ``sl/{pos,lemma,depparse,ner,pretrain}/standard.pt``).
    handmade_models_dir: the same, always trained from ``tests/data/tiny_sl.conllu``.
    real_lemmatizer: Path of the genuine CLASSLA lemmatizer in ``../shared/models`` (skips without).
    official_models_dir: a folder with the official Slovenian models; tests using it are marked
        ``official`` and skip unless ``NEWSKIT_OFFICIAL_MODELS=1`` and the models are installed.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

TESTS = Path(__file__).resolve().parent
SHARED = TESTS.parents[1] / "shared"
SSJ_DEV = SHARED / "data" / "ud-sl-ssj" / "sl_ssj-ud-dev.conllu"
HANDMADE = TESTS / "data" / "tiny_sl.conllu"
REAL_LEMMATIZER = SHARED / "models" / "classla-sl-lemma" / "lemmatizer.pt"


def _cache_root(config: pytest.Config, tmp_path_factory: pytest.TempPathFactory) -> Path:
    cache = getattr(config, "cache", None)  # None when run with -p no:cacheprovider
    if cache is not None:
        return Path(cache.mkdir("newskit-classla-models"))
    return tmp_path_factory.mktemp("classla-models")


def _train(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory, source: Path) -> Path:
    from newskit._tiny_models import cached_tiny_models

    return cached_tiny_models(source, _cache_root(request.config, tmp_path_factory))


@pytest.fixture(scope="session")
def tiny_models_dir(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Tiny Slovenian CLASSLA models trained with classla's code (from SSJ dev when ../shared is here)."""
    return _train(request, tmp_path_factory, SSJ_DEV if SSJ_DEV.exists() else HANDMADE)


@pytest.fixture(scope="session")
def handmade_models_dir(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Untrained-quality models from the ten hand-written sentences of tests/data (no ../shared needed)."""
    return _train(request, tmp_path_factory, HANDMADE)


@pytest.fixture(scope="session")
def real_lemmatizer() -> Path:
    if not REAL_LEMMATIZER.exists():
        pytest.skip(f"{REAL_LEMMATIZER} is not here (the shared models sit beside the checkout in ../shared)")
    return REAL_LEMMATIZER


@pytest.fixture(scope="session")
def official_models_dir() -> Path:
    """Where the official Slovenian models are installed (see newskit.models.models_dir)."""
    if os.environ.get("NEWSKIT_OFFICIAL_MODELS") != "1":
        pytest.skip("official CLASSLA models: set NEWSKIT_OFFICIAL_MODELS=1 (with the models installed) to run")
    from newskit.models import missing_models, models_dir

    missing = missing_models("sl")
    if missing:
        pytest.skip(f"official CLASSLA models are not installed in {models_dir(lang='sl')} "
                    f"(missing {', '.join(missing)}); run `newskit models download sl`")
    return models_dir(lang="sl")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if os.environ.get("NEWSKIT_OFFICIAL_MODELS") == "1":
        return
    skip = pytest.mark.skip(reason="needs the official CLASSLA models: set NEWSKIT_OFFICIAL_MODELS=1 to run")
    for item in items:
        if "official" in item.keywords:
            item.add_marker(skip)
