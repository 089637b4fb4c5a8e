"""``newskit models download LANG`` and ``newskit models list``: CLASSLA's models."""

from __future__ import annotations

from typing import Any

from ..models import LANGUAGES, download_models, list_models

__all__ = ["add_parser"]


def add_parser(sub: Any) -> None:
    """Add ``newskit models download LANG [--type] [--dir]`` and ``newskit models list [--dir]``."""
    p = sub.add_parser("models", help="list or download the CLASSLA models")
    msub = p.add_subparsers(dest="models_command", metavar="ACTION", required=True)
    d = msub.add_parser("download", help="download the CLASSLA models for a language (with a progress bar)")
    d.add_argument("lang", choices=list(LANGUAGES), metavar="LANG", help=f"one of {', '.join(LANGUAGES)}")
    d.add_argument("--type", default="standard", choices=["standard", "nonstandard"])
    d.add_argument("--dir", default=None, help="models folder (default: CLASSLA_RESOURCES_DIR or newskit's cache)")
    d.add_argument("--timeout", type=float, default=20.0, help="network timeout in seconds (default: %(default)s)")
    d.set_defaults(func=_cmd_download)
    ls = msub.add_parser("list", help="which languages and types have their models installed")
    ls.add_argument("--dir", default=None, help="models folder (default: CLASSLA_RESOURCES_DIR or newskit's cache)")
    ls.set_defaults(func=_cmd_list)


def _cmd_download(args: Any) -> int:
    directory = download_models(args.lang, type=args.type, dir=args.dir, timeout=args.timeout)
    print(f"CLASSLA {LANGUAGES[args.lang]} ({args.type}) models are in {directory}")
    return 0


def _cmd_list(args: Any) -> int:
    rows = list_models(args.dir)
    width = max(len(r["name"]) for r in rows)
    for r in rows:
        state = "installed" if r["available"] else f"missing {len(r['missing'])} file(s)"
        print(f"{r['lang']}  {r['name']:<{width}}  {r['type']:<11}  {r['processors']:<30}  {state:<20}  {r['dir']}")
    if not any(r["available"] for r in rows):
        print("no CLASSLA models installed; `newskit models download sl` fetches the Slovenian ones "
              "(annotator='lite' works without any)")
    return 0
