"""The ``newskit`` command.

``newskit analyse [PATH|URL ...] [--out DIR]`` is the main job; with no argument it analyses
the bundled example. Bad input exits with status 2 and one line naming the input and the
problem, never a traceback.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from ._version import __version__
from .errors import NewskitError

__all__ = ["main"]


def _read_inputs(paths: Sequence[str]) -> list:
    """Articles from the command line's inputs: files, folders, globs, URLs (the example when there are none).

    A named input that cannot be read stops the command (exit 2, one line); a bad file inside a
    folder or glob is reported on one line each and the rest are analysed.
    """
    import warnings

    from .datasets import load_example
    from .errors import InputError
    from .loaders import SkippedInputWarning, read

    if not paths:
        return [load_example()]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", SkippedInputWarning)  # reported below, one line per input
        articles, skipped = read(list(paths))
    for row in skipped.itertuples():
        print(f"newskit: skipped {row.path}: {row.error}", file=sys.stderr)
    if not articles:
        raise InputError(f"{', '.join(paths)}: no article could be read")
    return articles


def cmd_analyse(args: argparse.Namespace) -> int:
    articles = _read_inputs(args.inputs)
    for art in articles:
        print(f"{art.title}")
        print(f"  id {art.article_id} · language {art.language} · script {art.script} · "
              f"published {art.published.date() if art.published else 'unknown'} · outlet {art.outlet or 'not stated'}")
        print(f"  {len(art.paragraphs)} paragraphs, {len(art.captions)} captions, {len(art.text)} characters")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="newskit", description="News analysis for South Slavic languages.")
    parser.add_argument("--version", action="version", version=f"newskit {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("analyse", aliases=["analyze"], help="summarise articles and write a report (default: the example)")
    p.add_argument("inputs", nargs="*", metavar="PATH|URL")
    p.add_argument("--out", default="newskit-report", help="report folder (default: %(default)s)")
    p.add_argument("--annotator", choices=["auto", "classla", "lite"], default="auto")
    p.set_defaults(func=cmd_analyse)

    from .annotate import add_cli_parser as add_annotate_parser  # `newskit annotate FILE...`

    add_annotate_parser(sub)

    from .models import add_cli_parser as add_models_parser  # `newskit models download|list`

    add_models_parser(sub)

    from .quotes import add_cli_parser as add_quotes_parser  # `newskit quotes FILE...`

    add_quotes_parser(sub)

    from .framing import add_cli_parser as add_compare_parser  # `newskit compare PATH... --by outlet`

    add_compare_parser(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 0
    try:
        return int(args.func(args) or 0)
    except NewskitError as exc:
        print(f"newskit: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("newskit: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
