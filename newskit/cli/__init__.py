"""The ``newskit`` command: one module a subcommand, this one builds the parser and runs it.

``newskit analyse [PATH|URL ...] [--out DIR]`` is the main job; with no argument it analyses
the bundled example. Bad input exits with status 2 and one line naming the input and the
problem, never a traceback; so does a file or folder that cannot be read or written. An
unexpected error (a bug in newskit) exits with status 3 and one line asking to report it;
``newskit --debug ...`` adds the traceback.

=================  ===========================================
``analyse``        :mod:`newskit.cli.analyse`
``annotate``       :mod:`newskit.cli.annotate`
``quotes``         :mod:`newskit.cli.quotes`
``compare``        :mod:`newskit.cli.compare`
``models``         :mod:`newskit.cli.models`
``cache``          :mod:`newskit.cli.cache`
=================  ===========================================
"""

from __future__ import annotations

import argparse
import errno
import sys
import traceback
from collections.abc import Sequence

from .._version import __version__
from ..errors import NewskitError
from . import analyse, annotate, cache, compare, models, quotes
from .inputs import show_warning

__all__ = ["build_parser", "main"]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="newskit", description="News analysis for South Slavic languages.")
    parser.add_argument("--version", action="version", version=f"newskit {__version__}")
    parser.add_argument("--debug", action="store_true", help="print the full traceback of an unexpected error")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    for command in (analyse, annotate, models, quotes, compare, cache):
        command.add_parser(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``newskit`` command; returns the exit status (0 done, 2 bad input, 3 a bug, 130 interrupted)."""
    import warnings


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
        print(f"newskit: error: {_one_line(str(exc))}", file=sys.stderr)
        return 2
    except OSError as exc:  # a file or folder the user named that cannot be read or written
        if args.debug:
            traceback.print_exc()
        print(f"newskit: error: {_one_line(_os_error_line(exc))}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("newskit: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:  # noqa: BLE001 - the last line of defence: one line, not a traceback
        if args.debug:
            traceback.print_exc()
        how = "with the traceback above" if args.debug else "with what `newskit --debug ...` prints"
        print(f"newskit: error: unexpected {type(exc).__name__}: {_one_line(str(exc), 300)} (a bug in newskit "
              f"{__version__}); please report it, {how}", file=sys.stderr)
        return 3


# What an OSError on a path the user gave means, and what to do.
_OS_HINTS = {
    errno.ENOENT: "no such file or folder; check the path, or create the folder first",
    errno.EISDIR: "is a folder; give a file name",
    errno.ENOTDIR: "a part of the path is a file, not a folder",
    errno.EEXIST: "already exists and is not a folder",
    errno.EACCES: "permission denied; choose a place you may write to",
    errno.EROFS: "the file system is read-only; choose another place",
    errno.ENOSPC: "the disk is full",
    errno.ENAMETOOLONG: "the name is longer than the file system allows; choose a shorter one",
}


def _one_line(text: str, limit: int | None = None) -> str:
    line = " ".join(str(text).split())
    return line if limit is None or len(line) <= limit else line[:limit - 3] + "..."


def _os_error_line(exc: OSError) -> str:
    hint = _OS_HINTS.get(exc.errno or 0, exc.strerror or str(exc))
    name = "" if exc.filename is None else str(exc.filename)
    name = name if len(name) <= 200 else name[:100] + "..."
    return f"{name}: {hint}" if name else f"{hint} ({exc})"

