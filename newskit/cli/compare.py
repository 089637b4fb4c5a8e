"""``newskit compare PATH... [--by outlet] [--out DIR]``: framing tables and figures across groups."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..display import plural
from ..errors import InputError
from ..framing import compare_outlets, group_labels
from .inputs import add_input_options, read_annotated

__all__ = ["add_parser", "run"]


def add_parser(sub: Any) -> None:
    """Add ``newskit compare PATH... [--by outlet] [--out DIR]`` to the CLI."""
    p = sub.add_parser("compare", help="compare outlets (or any article attribute): framing tables and figures")
    p.add_argument("paths", nargs="+", metavar="PATH",
                   help=".conllu corpora (their annotation is used), folders of articles (a folder of folders: "
                        "one outlet each), or CSV, JSONL, text and HTML files")
    p.add_argument("--by", default="outlet",
                   help="article attribute to compare by: outlet, language, published, authors, or a column "
                        "of your CSV/JSONL (default: %(default)s)")
    p.add_argument("--out", default="newskit-compare", help="output folder (default: %(default)s)")
    add_input_options(p, annotator="lite")
    p.add_argument("--no-figures", action="store_true", help="write the tables only")
    p.set_defaults(func=run)


def run(args: Any) -> int:
    """Compare groups of articles (outlets by default) and write the framing tables and figures."""
    import matplotlib

    matplotlib.use("Agg")  # files only: no window, works without a display

    out = Path(args.out)
    if out.exists() and not out.is_dir():  # say so before the work, not after it

        raise InputError(f"--out {out}: is a file, not a folder; give a folder for the tables and figures")

    ann = read_annotated(args.paths, annotator=args.annotator, language=args.language, outlet=args.outlet)
    ids = [a.article_id for a in ann.articles]
    if len(set(ids)) != len(ids):

        raise InputError("the inputs share article ids; compare corpora whose articles are named apart")
    result = compare_outlets(ann, by=args.by)
    written = result.write(args.out, figures=not args.no_figures)
    groups = sorted(set(group_labels(ann.articles, by=args.by)))
    print(f"{plural(len(ann.articles), 'article')} in {plural(len(groups), 'group')} by {args.by}: {', '.join(groups)}")
    print(f"wrote {plural(len(written), 'file')} to {args.out}/: {', '.join(p.name for p in written)}")
    if not args.no_figures:
        for name, reason in result.figures().items():
            if reason:
                print(f"not drawn: {name} ({reason})")
    return 0
