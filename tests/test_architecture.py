"""The house is drawn in docs/architecture.md: layers that import only downward, no import circle.

Each module of newskit belongs to one layer; a module may import from its own layer or the layers
below, never from a layer above, and no chain of imports may lead back to where it started. A
module that is in no layer fails the test: place it in ``LAYERS`` here and in docs/architecture.md.
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "newskit"

#: Layers from the ground up; a top-level module or subpackage of newskit in each.
LAYERS: list[tuple[str, set[str]]] = [
    ("ground", {"_version", "errors", "_paths", "schemas", "language", "lexicons", "names", "display"}),
    ("records", {"article", "_text", "_http", "cache", "conllu", "entities"}),
    ("readers", {"loaders", "datasets"}),
    ("annotation", {"models", "_tiny_models", "gazetteer", "lite", "recogniser", "annotate", "distributed"}),
    ("drawing", {"plotting"}),
    ("analysis", {"quotes", "framing"}),
    ("showing", {"report"}),
    ("face", {"cli", "__init__"}),
]
LAYER_OF = {name: i for i, (_, names) in enumerate(LAYERS) for name in names}


def _unit(module: str) -> str:
    """``newskit.quotes.view`` -> ``quotes``; ``newskit`` -> ``__init__``."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "__init__"


def _imports() -> list[tuple[str, int, str, str]]:
    """(file, line, importing module, imported newskit module) for every relative import in the package."""
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(PACKAGE.parent).with_suffix("")
        module = ".".join(rel.parts[:-1] if path.name == "__init__.py" else rel.parts)
        package = module if path.name == "__init__.py" else module.rsplit(".", 1)[0]
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.ImportFrom) or not node.level:
                continue
            base = package.split(".")[: len(package.split(".")) - (node.level - 1)]
            targets = [".".join([*base, node.module])] if node.module else [".".join([*base, a.name]) for a in node.names]
            found.extend((str(path.relative_to(PACKAGE.parent)), node.lineno, module, t) for t in targets)
    return found


def test_every_module_has_a_layer():
    units = {p.stem if p.is_file() else p.name for p in PACKAGE.iterdir()
             if (p.suffix == ".py" or (p.is_dir() and (p / "__init__.py").exists()))}
    units.discard("__main__")
    missing = sorted(units - set(LAYER_OF))
    assert not missing, f"place {missing} in a layer of tests/test_architecture.py and docs/architecture.md"


def test_imports_only_go_down():
    upward = []
    for file, line, module, target in _imports():
        src, dst = _unit(module), _unit(target)
        if src != dst and src in LAYER_OF and dst in LAYER_OF and LAYER_OF[dst] > LAYER_OF[src]:
            upward.append(f"{file}:{line}: {src} ({LAYERS[LAYER_OF[src]][0]}) imports {dst} ({LAYERS[LAYER_OF[dst]][0]})")
    assert not upward, "imports that go up a layer:\n" + "\n".join(upward)


def test_no_import_circle():
    graph: dict[str, set[str]] = {}
    for _, _, module, target in _imports():
        if _unit(module) != _unit(target):
            graph.setdefault(_unit(module), set()).add(_unit(target))
    circles = []

    def visit(node: str, path: list[str]) -> None:
        for nxt in sorted(graph.get(node, ())):
            if nxt in path:
                circles.append(" -> ".join(path[path.index(nxt):] + [nxt]))
            elif len(path) < len(graph) + 1:
                visit(nxt, path + [nxt])

    for start in sorted(graph):
        visit(start, [start])
    assert not circles, "import circles:\n" + "\n".join(sorted(set(circles)))


def test_no_private_name_is_imported_from_another_module():
    private = []
    for path in sorted(PACKAGE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.level or (node.module or "").startswith("newskit")):
                private.extend(f"{path.relative_to(PACKAGE.parent)}:{node.lineno}: {a.name}" for a in node.names
                               if a.name.startswith("_") and not a.name.startswith("__"))
    assert not private, "private names imported from another module:\n" + "\n".join(private)


def test_newskit_modules_are_imported_at_the_top():
    # Imports inside functions are for heavy third-party packages only (classla, torch, matplotlib, ...);
    # newskit's own modules are imported at the top, where the layering can be read.
    inside = []
    for path in sorted(PACKAGE.rglob("*.py")):
        for fn in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(fn, (ast.FunctionDef, ast.AsyncFunctionDef)):
                inside.extend(f"{path.relative_to(PACKAGE.parent)}:{node.lineno}" for node in ast.walk(fn)
                              if isinstance(node, ast.ImportFrom) and node.level)
    assert not inside, "newskit modules imported inside functions:\n" + "\n".join(inside)
