"""``newskit annotate FILE... [--annotator] [--format] [--out] [--single]``: TOKENS tables as CoNLL-U, CSV or Parquet."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from ..annotate import FORMATS, MODEL_TYPES, write_tokens
from ..display import plural
from .inputs import add_input_options, read_annotated

__all__ = ["add_parser", "run"]


def add_parser(sub: Any) -> None:
    """Add ``newskit annotate FILE... [--annotator] [--format] [--out] [--single]`` to the CLI."""
    p = sub.add_parser("annotate", help="annotate articles and write their TOKENS tables (CoNLL-U, CSV or Parquet)")
    p.add_argument("inputs", nargs="*", metavar="FILE", help="article files (default: the bundled example)")
    add_input_options(p)
    p.add_argument("--format", choices=list(FORMATS), default="conllu", help="output format (default: %(default)s)")
    p.add_argument("--out", default="newskit-annotations", help="output folder (default: %(default)s)")
    p.add_argument("--single", action="store_true",
                   help="write one table (or one CoNLL-U file) for all articles instead of one file per article")
    p.add_argument("--type", choices=list(MODEL_TYPES), default="standard", help="classla model type (default: %(default)s)")
    p.add_argument("--no-cache", action="store_true", help="neither read nor write the annotation cache")
    p.set_defaults(func=run)




def _safe_name(article_id: str) -> str:
    name = re.sub(r"[^\w.-]+", "_", article_id).strip("._")
    return name or "article"


def run(args: Any) -> int:
    """Annotate the inputs and write their TOKENS tables."""
    # CoNLL-U inputs keep their annotation (this converts them); notes go to stderr, one line each
    ann = read_annotated(args.inputs, annotator=args.annotator, language=args.language, outlet=args.outlet,
                         type=args.type, cache=not args.no_cache)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    ext = args.format
    written: list[Path] = []
    if args.single:
        name = "annotations" if ext == "conllu" else "tokens"
        written.append(write_tokens(ann.tokens, out / f"{name}.{ext}", format=ext, articles=ann.articles))
    else:
        used: dict[str, int] = {}
        rows = ann.tokens.groupby("article_id", sort=False).indices
        for art in ann.articles:
            if art.article_id not in rows:
                continue  # skipped: reported below
            base = _safe_name(art.article_id)
            used[base] = used.get(base, 0) + 1
            if used[base] > 1:
                base = f"{base}-{used[base]}"
            part = ann.tokens.iloc[rows[art.article_id]].reset_index(drop=True)
            written.append(write_tokens(part, out / f"{base}.{ext}", format=ext, articles=[art]))
    skipped = ann.tokens.attrs.get("skipped", [])
    done = ann.tokens["article_id"].nunique()  # an article annotate() refused is not in ann.articles
    print(f"annotated {plural(done, 'article')} with {ann.tokens.attrs.get('annotator')}: "
          f"{plural(len(ann.tokens), 'word')}, {plural(len(ann.entities), 'name')}; "
          f"wrote {plural(len(written), 'file')} to {out}/")
    for item in skipped:
        print(f"skipped {item['article_id']}: {item['error']}")
    return 1 if skipped and not done else 0
