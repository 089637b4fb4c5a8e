"""``newskit compare PATH... [--by outlet] [--out DIR]``: framing tables and figures across groups."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pandas as pd

from ..annotate import Annotation, annotate, read_conllu
from ..errors import InputError
from ..framing import compare_outlets
from ..loaders import read

__all__ = ["add_parser", "run"]


def add_parser(sub: Any) -> None:
    """Add ``newskit compare PATH... [--by outlet] [--out DIR]`` to the CLI."""
    p = sub.add_parser("compare", help="compare outlets (or any article attribute): framing tables and figures")
    p.add_argument("paths", nargs="+", metavar="PATH", help=".conllu corpora, or folders of articles (annotated)")
    p.add_argument("--by", default="outlet", help="article attribute to compare by (default: %(default)s)")
    p.add_argument("--out", default="newskit-compare", help="output folder (default: %(default)s)")
    p.add_argument("--annotator", choices=["auto", "classla", "lite"], default="lite",
                   help="annotator for folders of articles (default: %(default)s)")
    p.add_argument("--no-figures", action="store_true", help="write the tables only")
    p.set_defaults(func=run)


def run(args: Any) -> int:
    """Compare groups of articles (outlets by default) and write the framing tables and figures."""
    import matplotlib

    matplotlib.use("Agg")  # files only: no window, works without a display

    parts = []
    for raw in args.paths:
        path = Path(raw)
        if path.is_dir():
            parts.append(annotate(read(path).articles, annotator=args.annotator))
        elif path.suffix.lower() == ".conllu":
            parts.append(read_conllu(path))
        else:
            raise InputError(f"{path}: give .conllu corpora (read as annotated) or folders of articles")
    ann = Annotation(
        pd.concat([a.tokens for a in parts], ignore_index=True),
        pd.concat([a.entities for a in parts], ignore_index=True),
        [art for a in parts for art in a.articles],
    )
    ids = [a.article_id for a in ann.articles]
    if len(set(ids)) != len(ids):
        raise InputError("the inputs share article ids; compare corpora whose articles are named apart")
    result = compare_outlets(ann, by=args.by)
    written = result.write(args.out, figures=not args.no_figures)
    groups = sorted(set(result.tone["group"]))
    print(f"{len(ann.articles)} articles in {len(groups)} groups by {args.by}: {', '.join(groups)}")
    print(f"wrote {len(written)} files to {args.out}/: {', '.join(p.name for p in written)}")
    return 0
