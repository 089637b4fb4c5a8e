"""``newskit quotes FILE... [--annotator] [--format jsonl|csv] [--out FILE]``: one quote a line."""

from __future__ import annotations

import json
import sys
from typing import Any

import pandas as pd

from ..annotate import annotate
from ..conllu import read_conllu
from ..display import plural
from ..quotes import extract_quotes
from .inputs import read_inputs

__all__ = ["add_parser", "run"]


def add_parser(sub: Any) -> None:
    """Add ``newskit quotes FILE... [--annotator] [--format jsonl|csv] [--out FILE]`` to the CLI."""
    p = sub.add_parser("quotes", help="extract quotes with speakers, cues and sources (one quote a line)")
    p.add_argument("inputs", nargs="*", metavar="FILE",
                   help="articles (text, HTML, ...) or CoNLL-U files, whose annotation is used as is (default: the example)")
    p.add_argument("--annotator", choices=["auto", "classla", "lite"], default="auto",
                   help="annotator for articles that are not CoNLL-U (default: classla when its models are here)")
    p.add_argument("--format", choices=["jsonl", "csv"], default="jsonl", help="output format (default: %(default)s)")
    p.add_argument("--out", default=None, help="output file (default: standard output)")
    p.add_argument("--lang", default=None, help="language of all inputs (default: each article's, or detected)")
    p.set_defaults(func=run)


def run(args: Any) -> int:
    """Extract the quotes of the inputs and write them, one a line."""

    conllu = [p for p in args.inputs if str(p).lower().endswith(".conllu")]
    others = [p for p in args.inputs if not str(p).lower().endswith(".conllu")]
    frames = []
    for path in conllu:
        ann = read_conllu(path, lang=args.lang)
        frames.append(extract_quotes(ann.tokens, lang=args.lang, articles=ann.articles))
    if others or not args.inputs:
        articles = read_inputs(others)
        ann = annotate(articles, lang=args.lang, annotator=args.annotator)
        frames.append(extract_quotes(ann.tokens, lang=args.lang, articles=ann.articles))
    quotes = pd.concat(frames, ignore_index=True) if len(frames) > 1 else frames[0]
    table = quotes.copy()
    table.insert(0, "doc", table["article_id"])
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
        print(f"{plural(len(table), 'quote')} from {plural(table['doc'].nunique(), 'article')} written to {args.out}",
              file=sys.stderr)
    return 0
