"""``newskit quotes FILE... [--annotator] [--format jsonl|csv] [--out FILE]``: one quote a line."""

from __future__ import annotations

import json
import sys
from typing import Any

import pandas as pd

from ..display import plural
from ..quotes import extract_quotes
from .inputs import add_input_options, read_annotated

__all__ = ["add_parser", "run"]


def add_parser(sub: Any) -> None:
    """Add ``newskit quotes FILE... [--annotator] [--format jsonl|csv] [--out FILE]`` to the CLI."""
    p = sub.add_parser("quotes", help="extract quotes with speakers, cues and sources (one quote a line)")
    p.add_argument("inputs", nargs="*", metavar="PATH|URL",
                   help="articles (text, HTML, CSV, JSONL, feeds; files, folders, globs, URLs) or CoNLL-U files, "
                        "whose annotation is used as is (default: the example)")
    p.add_argument("--format", choices=["jsonl", "csv"], default="jsonl", help="output format (default: %(default)s)")
    p.add_argument("--out", default=None, help="output file (default: standard output)")
    add_input_options(p)
    p.set_defaults(func=run)


def run(args: Any) -> int:
    """Extract the quotes of the inputs and write them, one a line (QUOTES columns, article_id first)."""
    ann = read_annotated(args.inputs, annotator=args.annotator, language=args.language, outlet=args.outlet)
    table = extract_quotes(ann, language=args.language)
    out = open(args.out, "w", encoding="utf-8", newline="") if args.out else sys.stdout
    try:
        if args.format == "csv":
            table.to_csv(out, index=False)
        else:
            for row in table.to_dict(orient="records"):
                clean = {k: (None if v is pd.NA or (isinstance(v, float) and pd.isna(v))
                             else round(v, 3) if isinstance(v, float) else v) for k, v in row.items()}
                out.write(json.dumps(clean, ensure_ascii=False, default=str) + "\n")
    except BrokenPipeError:  # ``newskit quotes ... | head``
        sys.stderr.close()
    finally:
        if args.out:
            out.close()
    if args.out:
        print(f"{plural(len(table), 'quote')} from {plural(table['article_id'].nunique(), 'article')} written to {args.out}",
              file=sys.stderr)
    return 0
