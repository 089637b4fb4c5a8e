"""The documentation builds without a single warning (CI treats warnings as errors)."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"


@pytest.fixture(scope="module")
def built_docs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    pytest.importorskip("sphinx", reason="the docs extra is not installed (pip install -e '.[docs]')")
    pytest.importorskip("myst_nb", reason="the docs extra is not installed (pip install -e '.[docs]')")
    out = tmp_path_factory.mktemp("docs")
    start = time.perf_counter()
    run = subprocess.run(
        [sys.executable, "-m", "sphinx", "-W", "--keep-going", "-q", "-b", "html",
         "-d", str(out / "doctrees"), str(DOCS), str(out / "html")],
        cwd=ROOT, capture_output=True, text=True, timeout=300,
    )
    took = time.perf_counter() - start
    assert run.returncode == 0, f"sphinx failed (status {run.returncode}):\n{run.stderr[-6000:]}"
    assert took < 120, f"the docs build took {took:.0f} s"
    return out / "html"


def test_docs_build_without_warnings(built_docs: Path) -> None:
    assert (built_docs / "index.html").exists()


def test_every_page_a_reader_needs_is_there(built_docs: Path) -> None:
    pages = {
        "getting_started.html": "Two commands",
        "_generated/schemas.html": "start_char",
        "_generated/api/index.html": "newskit.article",
        "_generated/notebooks/01_analysing_the_article.html": "Analysing one article",
        "_generated/notebooks/02_framing_across_outlets.html": "Framing across outlets",
        "methods/distinctive_words.html": "Dirichlet",
        "datasets.html": "CC BY-SA 4.0",
        "citing.html": "CITATION.cff",
        "_generated/cli.html": "newskit analyse",
    }
    for page, words in pages.items():
        path = built_docs / page
        assert path.exists(), f"{page} is missing from the built docs"
        assert words in path.read_text(encoding="utf-8"), f"{page} does not mention {words!r}"


def test_schema_page_lists_every_schema(built_docs: Path) -> None:
    from newskit import schemas

    html = (built_docs / "_generated" / "schemas.html").read_text(encoding="utf-8")
    for name in ("ARTICLES", "TOKENS", "ENTITIES", "QUOTES", "SOURCES", "SPEAKERS"):
        table = getattr(schemas, name)
        assert name in html
        for column in table:
            assert f"<code class=\"docutils literal notranslate\"><span class=\"pre\">{column}</span></code>" in html, (
                f"column {column} of {name} is not on the schema page"
            )


def test_formulas_render_offline_with_the_shipped_mathjax(built_docs: Path) -> None:
    page = (built_docs / "methods" / "distinctive_words.html").read_text(encoding="utf-8")
    assert 'src="../_static/mathjax/tex-chtml.js"' in page
    assert "cdn.jsdelivr.net" not in page  # Sphinx's default MathJax comes from a CDN: raw LaTeX offline
    assert (built_docs / "_static" / "mathjax" / "tex-chtml.js").stat().st_size > 100_000


def test_comparison_and_annotation_fields_are_documented(built_docs: Path) -> None:
    for page in ("framing.html", "annotate.html", "article.html", "loaders.html"):
        text = (built_docs / "_generated" / "api" / page).read_text(encoding="utf-8")
        assert "Alias for field number" not in text, page
    framing = (built_docs / "_generated" / "api" / "framing.html").read_text(encoding="utf-8")
    assert "weighted log-odds with an informative Dirichlet prior" in framing


def test_the_index_code_block_fits_the_page() -> None:
    text = (DOCS / "index.md").read_text(encoding="utf-8")
    block = text.split("```python", 1)[1].split("```", 1)[0]
    assert max(len(line) for line in block.splitlines()) <= 72  # furo's content column at 1280 px
