"""The bench scripts imported by tests: one way, shared by the ``bench`` fixture of ``conftest.py``.

Import by name where a fixture cannot reach (``from bench_helpers import bench_module``: pytest
puts ``tests/`` on the path), e.g. in a snapshot case's loader.
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[1]


def bench_module(name: str) -> ModuleType:
    """``bench/<name>.py`` imported by its name, as the bench scripts import each other (``bench/`` on
    the path), so that a script two tests read is one module in the session."""
    bench = str(ROOT / "bench")
    if bench not in sys.path:
        sys.path.insert(0, bench)
    return importlib.import_module(name)
