# The two commands of the README: `make demo` and `make test`. Each sets up .venv when missing.
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
# Reference corpora for the tests, notebooks and benchmarks: newskit reads them only through this
# documented setting (see docs/datasets.md); ../shared/data beside the checkout when it is there.
export NEWSKIT_DATA ?= $(if $(wildcard ../shared/data),$(abspath ../shared/data))

.PHONY: demo test lint docs bench clean

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet -e '.[dev,docs]'
	touch $(STAMP)

demo: $(STAMP)
	$(VENV)/bin/newskit analyse --out newskit-report

lint: $(STAMP)
	$(PY) -m ruff check newskit tests bench
	$(PY) -m mypy newskit

test: $(STAMP) lint
	$(PY) -m pytest

docs: $(STAMP)
	$(PY) -m sphinx -W --keep-going -b html docs docs/_build/html

bench: $(STAMP)
	for f in bench/*.py; do $(PY) $$f || exit 1; done

clean:
	rm -rf $(VENV) docs/_build .pytest_cache .mypy_cache .ruff_cache newskit-report
