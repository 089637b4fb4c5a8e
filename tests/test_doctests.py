"""Every docstring example in newskit runs and prints what it says (``# doctest: +SKIP`` marks the
few that need the network, CLASSLA's models or the shared corpora)."""

from __future__ import annotations

import doctest
import importlib
import os
import pkgutil

import pytest

import newskit

MODULES = sorted(
    info.name for info in pkgutil.walk_packages(newskit.__path__, prefix="newskit.")
    if not info.name.endswith("__main__")
)


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples_run(name, monkeypatch, tmp_path):
    monkeypatch.chdir(newskit.__path__[0] + "/..")  # examples name files relative to the checkout
    module = importlib.import_module(name)
    saved = dict(os.environ)  # an example that sets a variable must not change the rest of the session
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    report: list[str] = []
    for test in doctest.DocTestFinder().find(module, name):
        if test.name.split(".")[:-1] and not test.name.startswith(name):
            continue
        runner.run(test, out=report.append)
    os.environ.clear()
    os.environ.update(saved)
    assert runner.failures == 0, "".join(report)
