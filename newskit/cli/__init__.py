"""The ``newskit`` command: one module a subcommand, this one builds the parser and runs it.

``newskit analyse [PATH|URL ...] [--out DIR]`` is the main job; with no argument it analyses
the bundled example. Bad input exits with status 2 and one line naming the input and the
problem, never a traceback.

=================  ===========================================
``analyse``        :mod:`newskit.cli.analyse`
``annotate``       :mod:`newskit.cli.annotate`
``quotes``         :mod:`newskit.cli.quotes`
``compare``        :mod:`newskit.cli.compare`
``models``         :mod:`newskit.cli.models`
=================  ===========================================
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from .._version import __version__
from ..errors import NewskitError
from . import analyse, annotate, compare, models, quotes

__all__ = ["build_parser", "main"]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="newskit", description="News analysis for South Slavic languages.")
    parser.add_argument("--version", action="version", version=f"newskit {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    for command in (analyse, annotate, models, quotes, compare):
        command.add_parser(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    import warnings

    from .inputs import show_warning

    shown = warnings.showwarning
    warnings.showwarning = show_warning  # every subcommand's warnings: one line each
    try:
        return _run(argv)
    finally:
        warnings.showwarning = shown


def _run(argv: Sequence[str] | None) -> int:
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

