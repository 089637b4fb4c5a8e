"""The lite annotator's speed end to end on one core, per language, and against older code in turns.

For each language (``sl``: SentiCoref; ``hr``: hr500k-test-nonsetimes; ``sr``: SETimes.SR dev, all
under ``../shared/data``) it rebuilds the articles from the gold tokens and runs
``annotate(..., annotator="lite", cache=False, n_jobs=1)`` on all of them, as ``bench/eval_ner.py``
does for Slovenian: tokens per CPU second (``time.process_time``) and per second of wall time, the
best of ``--repeat`` runs after one warm-up article.

On a machine shared with other work even CPU time grows with the load, so two versions of the
code are compared only in turns on the same machine: ``--against DIR`` runs the same measurement
with the newskit package of another checkout (a ``git worktree`` of an older commit, say) and with
this one alternately, ``--turns`` times each, in fresh processes, and prints every turn.

Run: ``python bench/lite_speed.py [sl hr sr] [--repeat 3] [--against DIR --turns 3]``.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

SHARED = Path(__file__).resolve().parents[2] / "shared" / "data"
CORPORA = {
    "sl": ("SentiCoref", SHARED / "sl-news-suk" / "senticoref_ud_test.conllu"),
    "hr": ("hr500k-test-nonsetimes", SHARED / "hr500k" / "hr500k-test-nonsetimes.conllu"),
    "sr": ("SETimes.SR dev", SHARED / "sr-set" / "sr_set-ud-dev.conllu"),
}


def _use_code(root: str) -> None:
    """Import newskit from checkout ``root`` rather than the installed (editable) one."""
    sys.meta_path[:] = [f for f in sys.meta_path if "editable" not in type(f).__module__.lower()
                        and "editable" not in getattr(f, "__name__", "").lower()]
    sys.path.insert(0, str(Path(root).resolve()))


def speed(lang: str, repeat: int = 3) -> dict[str, float]:
    """Tokens, tokens per CPU second and per wall second of lite on ``lang``'s corpus (best of ``repeat``)."""
    import newskit as nk

    _, path = CORPORA[lang]
    articles = nk.read_conllu(path, language=lang).articles
    nk.annotate(articles[:1], language=lang, annotator="lite", cache=False, progress=False, n_jobs=1)
    cpu = wall = float("inf")
    tokens = 0
    for _ in range(repeat):
        c0, t0 = time.process_time(), time.perf_counter()
        ann = nk.annotate(articles, language=lang, annotator="lite", cache=False, progress=False, n_jobs=1)
        cpu, wall = min(cpu, time.process_time() - c0), min(wall, time.perf_counter() - t0)
        tokens = len(ann.tokens)
    return {"tokens": tokens, "per CPU second": tokens / cpu, "per second": tokens / wall}


def _line(label: str, lang: str, s: dict[str, float]) -> str:
    import newskit

    label = f"{label} ({Path(newskit.__file__).resolve().parents[1].name})"
    return (f"{label:<22} {lang}  {CORPORA[lang][0]:<24} {int(s['tokens']):>7,} tokens  "
            f"{s['per CPU second']:>8,.0f} per CPU second  {s['per second']:>8,.0f} per second  "
            f"(load average {os.getloadavg()[0]:.1f})")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("langs", nargs="*", metavar="LANG", help=f"languages (default: {' '.join(CORPORA)})")
    ap.add_argument("--repeat", type=int, default=3, help="runs per measurement; the best counts (default 3)")
    ap.add_argument("--against", metavar="DIR", help="another checkout, measured in turns with this one")
    ap.add_argument("--turns", type=int, default=3, help="turns per side with --against (default 3)")
    ap.add_argument("--code", metavar="DIR", help=argparse.SUPPRESS)  # a turn of --against: newskit from DIR
    ap.add_argument("--label", default="this", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    args.langs = args.langs or list(CORPORA)
    unknown = [lang for lang in args.langs if lang not in CORPORA]
    if unknown:
        ap.error(f"no corpus for {', '.join(unknown)}: choose from {', '.join(CORPORA)}")
    missing = [str(CORPORA[lang][1]) for lang in args.langs if not CORPORA[lang][1].exists()]
    if missing:
        print(f"lite_speed: not here: {', '.join(missing)} (the corpora sit beside the checkout in ../shared/data)",
              file=sys.stderr)
        return 2
    if args.against:
        if not (Path(args.against) / "newskit" / "__init__.py").exists():
            print(f"lite_speed: {args.against} holds no newskit package (give a checkout's root)", file=sys.stderr)
            return 2
        here = str(Path(__file__).resolve().parents[1])
        for _ in range(args.turns):
            for label, root in (("against", args.against), ("this", here)):
                subprocess.run([sys.executable, __file__, *args.langs, "--repeat", str(args.repeat),
                                "--code", root, "--label", label], check=True)
        return 0
    if args.code:
        _use_code(args.code)
    for lang in args.langs:
        print(_line(args.label, lang, speed(lang, args.repeat)), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
