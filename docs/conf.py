"""Sphinx configuration for newskit's documentation.

Build with ``make docs`` (``sphinx -W --keep-going -b html docs docs/_build/html``). The build
needs no network and no classla models: notebooks are rendered with their stored outputs
(``nb_execution_mode = "off"``; they are executed under nbval in ``make test``), and autodoc
imports newskit, which loads neither classla nor torch at import.
"""

from __future__ import annotations

import sys
from pathlib import Path

DOCS = Path(__file__).resolve().parent
ROOT = DOCS.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(DOCS / "_ext"))

from newskit import __version__  # noqa: E402

project = "newskit"
author = "newskit developers"
copyright = "2026, newskit developers"
version = release = __version__

extensions = [
    "myst_nb",
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",
    "sphinx.ext.viewcode",
    "sphinx.ext.mathjax",
    "sphinx-mathjax-offline",  # MathJax shipped in _static: formulas render offline, with no CDN
    "newskit_docs",
]

source_suffix = {".rst": "restructuredtext", ".md": "myst-nb", ".ipynb": "myst-nb"}
root_doc = "index"
exclude_patterns = ["_build", "Thumbs.db", ".DS_Store", "**.ipynb_checkpoints", "README.md"]
templates_path: list[str] = []

# --- theme -----------------------------------------------------------------------------------
html_theme = "furo"
html_title = f"newskit {release}"
html_static_path: list[str] = []

# --- autodoc / napoleon (Google-style docstrings) -------------------------------------------
autodoc_default_options = {"member-order": "bysource"}
autodoc_typehints = "signature"
napoleon_google_docstring = True
napoleon_numpy_docstring = False
napoleon_use_rtype = False
# "Attributes:" sections as :ivar: fields, so that they do not clash with autodoc's own entries
# for dataclass and NamedTuple fields (duplicate object descriptions).
napoleon_use_ivar = True
# Heavy optional dependencies are never needed to document the API.
autodoc_mock_imports = ["classla", "torch", "stanza"]

# --- MyST / myst-nb --------------------------------------------------------------------------
myst_enable_extensions = ["dollarmath", "amsmath", "colon_fence", "deflist"]
myst_heading_anchors = 3
# Notebooks show their stored outputs: the docs build needs no kernel, models or network.
nb_execution_mode = "off"
nb_merge_streams = True

# No intersphinx: the build must work offline.
