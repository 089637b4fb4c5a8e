"""Build-time helpers for newskit's documentation.

At ``builder-inited`` this extension writes three things into ``docs/_generated/`` (ignored by
git), so that the site always matches the code it documents:

* ``schemas.md``: a table (column, dtype, comment) for every schema in ``newskit/schemas.py``,
  read from the module's source so that the inline ``# comments`` are kept;
* ``api/<module>.rst`` and ``api/index.rst``: one autodoc page per public module of newskit,
  so a module that lands later is documented without editing the docs;
* ``notebooks/*.ipynb``: copies of ``../notebooks/*.ipynb`` (Sphinx reads only files under its
  source folder), rendered by myst-nb with their stored outputs.
"""

from __future__ import annotations

import ast
import importlib
import io
import pkgutil
import shutil
import tokenize
from pathlib import Path

from sphinx.application import Sphinx

DOCS = Path(__file__).resolve().parent.parent
ROOT = DOCS.parent
GENERATED = DOCS / "_generated"

#: Modules documented in the API reference, in reading order; any other public module found in
#: the package is appended after them.
API_ORDER = [
    "article",
    "loaders",
    "language",
    "datasets",
    "annotate",
    "models",
    "quotes",
    "framing",
    "plotting",
    "report",
    "schemas",
    "errors",
]
#: Modules left out of the API reference (the command line is documented in getting started).
API_SKIP = {"cli"}


def _write(path: Path, text: str) -> None:
    """Write only when the content changed, so Sphinx does not rebuild unchanged pages."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if not path.exists() or path.read_text(encoding="utf-8") != text:
        path.write_text(text, encoding="utf-8")


# --- schema tables ---------------------------------------------------------------------------


def _comments(source: str) -> dict[int, str]:
    """Inline comments by line number."""
    found: dict[int, str] = {}
    for tok in tokenize.generate_tokens(io.StringIO(source).readline):
        if tok.type == tokenize.COMMENT and not tok.string.startswith("#:"):
            found[tok.start[0]] = tok.string.lstrip("#").strip()
    return found


def _doc_comment(lines: list[str], lineno: int) -> str:
    """The ``#:`` comment lines right above line ``lineno`` (1-based), joined."""
    out: list[str] = []
    i = lineno - 2
    while i >= 0 and lines[i].lstrip().startswith("#:"):
        out.insert(0, lines[i].lstrip()[2:].strip())
        i -= 1
    return " ".join(out)


def _cell(text: str) -> str:
    return text.replace("|", "\\|")


def schema_page() -> str:
    """Markdown for every schema dict of ``newskit/schemas.py``."""
    path = ROOT / "newskit" / "schemas.py"
    source = path.read_text(encoding="utf-8")
    lines = source.splitlines()
    comments = _comments(source)
    tree = ast.parse(source)
    schemas_mod = importlib.import_module("newskit.schemas")
    producers: dict[str, str] = getattr(schemas_mod, "PRODUCERS", {})

    out = [
        "# Table schemas",
        "",
        "Every stage of newskit hands a tidy pandas DataFrame to the next one. Their columns and",
        "dtypes are written down once, in `newskit/schemas.py`; this page is generated from that",
        "file when the documentation is built, so it cannot drift from the code.",
        "",
        "Offsets (`start_char`, `end_char`) always index the article's full text",
        "({attr}`newskit.article.Article.text`): `article.text[start_char:end_char]` gives back the",
        "words. A stage checks its input with {func}`newskit.schemas.require`, which names the",
        "missing columns and the call that produces the table.",
        "",
    ]
    for node in tree.body:
        target = None
        value = None
        if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            target, value = node.target.id, node.value
        elif isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
            target, value = node.targets[0].id, node.value
        if not target or not target.isupper() or not isinstance(value, ast.Dict):
            continue
        if target == "PRODUCERS":
            continue
        # A schema maps column names to dtype strings.
        if not all(isinstance(k, ast.Constant) and isinstance(k.value, str) for k in value.keys):
            continue
        if not all(isinstance(v, ast.Constant) and isinstance(v.value, str) for v in value.values):
            continue
        out += [f"## {target}", ""]
        doc = _doc_comment(lines, node.lineno)
        if doc:
            out += [doc, ""]
        if target in producers:
            out += [f"Made by `{producers[target]}`.", ""]
        out += ["| column | dtype | comment |", "| --- | --- | --- |"]
        for key, val in zip(value.keys, value.values, strict=True):
            assert isinstance(key, ast.Constant) and isinstance(val, ast.Constant)
            comment = comments.get(key.lineno, "")
            out.append(f"| `{key.value}` | `{val.value}` | {_cell(comment)} |")
        out.append("")
    return "\n".join(out)


# --- API pages -------------------------------------------------------------------------------


def public_modules() -> list[str]:
    import newskit

    found = [
        m.name
        for m in pkgutil.iter_modules(newskit.__path__)
        if not m.name.startswith("_") and m.name not in API_SKIP
    ]
    ordered = [m for m in API_ORDER if m in found]
    top = ordered + sorted(m for m in found if m not in ordered)
    # a package's public modules follow it (newskit.quotes: quotes.view, quotes.rules.frames, ...)
    out = []
    for mod in top:
        out.append(mod)
        package = importlib.import_module(f"newskit.{mod}")
        if hasattr(package, "__path__"):
            out += sorted(
                m.name[len("newskit."):]
                for m in pkgutil.walk_packages(package.__path__, f"newskit.{mod}.")
                if not any(part.startswith("_") for part in m.name.split("."))
            )
    return out


def api_pages() -> dict[str, str]:
    pages: dict[str, str] = {}
    mods = public_modules()
    for mod in mods:
        title = f"newskit.{mod}"
        pages[f"{mod}.rst"] = "\n".join([
            title,
            "=" * len(title),
            "",
            f".. automodule:: newskit.{mod}",
            "   :members:",
            "   :show-inheritance:",
            "",
        ])
    index = [
        "API reference",
        "=============",
        "",
        "One page per module; the tree of the package is its architecture. Everything a user",
        "needs is also re-exported from the top level (``import newskit as nk``).",
        "",
        ".. toctree::",
        "   :maxdepth: 1",
        "",
    ] + [f"   {mod}" for mod in mods] + [""]
    pages["index.rst"] = "\n".join(index)
    return pages


# --- command line --------------------------------------------------------------------------


def cli_page() -> str:
    """The ``--help`` of ``newskit`` and of each subcommand, from the parser itself."""
    import argparse
    import os

    from newskit.cli import build_parser

    old = os.environ.get("COLUMNS")
    os.environ["COLUMNS"] = "100"  # argparse wraps help to the terminal width
    try:
        parser = build_parser()
        out = [
            "# The `newskit` command",
            "",
            "Bad input (a missing, empty or binary file, undecodable bytes, an unreachable URL) exits with",
            "status 2 and one line naming the input and the problem, never a traceback. This page is",
            "generated from the command's own `--help` when the documentation is built.",
            "",
            "```text",
            parser.format_help().rstrip(),
            "```",
            "",
        ]
        subs = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
        seen: set[int] = set()
        for action in subs:
            for name, sub in action.choices.items():
                if id(sub) in seen:
                    continue  # an alias of a subcommand already listed
                seen.add(id(sub))
                out += [f"## `newskit {name}`", "", "```text", sub.format_help().rstrip(), "```", ""]
        return "\n".join(out)
    finally:
        if old is None:
            os.environ.pop("COLUMNS", None)
        else:
            os.environ["COLUMNS"] = old


# --- notebooks -------------------------------------------------------------------------------


def copy_notebooks() -> list[str]:
    target = GENERATED / "notebooks"
    target.mkdir(parents=True, exist_ok=True)
    names = []
    for nb in sorted((ROOT / "notebooks").glob("*.ipynb")):
        dest = target / nb.name
        if not dest.exists() or dest.read_bytes() != nb.read_bytes():
            shutil.copyfile(nb, dest)
        names.append(nb.stem)
    for stale in target.glob("*.ipynb"):
        if stale.stem not in names:
            stale.unlink()
    return names


def generate(app: Sphinx | None = None) -> None:
    _write(GENERATED / "schemas.md", schema_page())
    _write(GENERATED / "cli.md", cli_page())
    pages = api_pages()
    for name, text in pages.items():
        _write(GENERATED / "api" / name, text)
    for stale in (GENERATED / "api").glob("*.rst"):
        if stale.name not in pages:
            stale.unlink()
    copy_notebooks()


def setup(app: Sphinx) -> dict[str, object]:
    app.connect("builder-inited", generate)
    return {"version": "0.1", "parallel_read_safe": True, "parallel_write_safe": True}
