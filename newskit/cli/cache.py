"""``newskit cache info`` and ``newskit cache clear [PART ...]``: what newskit keeps on disk, and emptying it."""

from __future__ import annotations

from typing import Any

from ..cache import CACHE_PARTS, cache_clear, cache_info
from ..display import plural

__all__ = ["add_parser"]


def add_parser(sub: Any) -> None:
    """Add ``newskit cache info`` and ``newskit cache clear [PART ...] [--all]``."""
    p = sub.add_parser("cache", help="show or empty newskit's cache (annotations, fetched pages, models)")
    csub = p.add_subparsers(dest="cache_command", metavar="ACTION", required=True)
    info = csub.add_parser("info", help="where the cache is and what each part holds")
    info.set_defaults(func=_cmd_info)
    clear = csub.add_parser("clear", help="empty the cache (by default annotations, fetched pages, lite resources)")
    clear.add_argument("parts", nargs="*", metavar="PART",
                       help=f"parts to empty: {', '.join(CACHE_PARTS)} (default: the cheap ones)")
    clear.add_argument("--all", action="store_true", help="empty every part, models and downloaded corpora too")
    clear.set_defaults(func=_cmd_clear)


def _size(n: int) -> str:
    for unit in ("B", "KB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1024  # type: ignore[assignment]
    return f"{n} B"


def _cmd_info(args: Any) -> int:
    table = cache_info()
    for row in table.itertuples():
        default = "" if row.cleared_by_default else "  (kept by `cache clear` unless named)"
        print(f"{row.part:<12} {plural(int(row.files), 'file'):>12} {_size(int(row.bytes)):>10}  {row.holds}{default}")
    print(f"in {table['path'].iloc[0].rsplit('/', 1)[0]} (NEWSKIT_CACHE moves it)")
    return 0


def _cmd_clear(args: Any) -> int:
    parts = "all" if args.all else (args.parts or None)
    n = cache_clear(parts)
    print(f"removed {plural(n, 'file')} from newskit's cache")
    return 0
