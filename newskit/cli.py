"""The ``newskit`` command.

``newskit analyse [PATH|URL ...] [--out DIR]`` is the main job; with no argument it analyses
the bundled example. Bad input exits with status 2 and one line naming the input and the
problem, never a traceback.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
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


def _canonical_counts(names: list[str]) -> dict[str, int]:
    """Mentions per name, a short form counted under the fullest name that contains it (Putin -> Vladimir Putin)."""
    own = Counter(names)
    # Among fuller names containing a short one, the most mentioned wins (a stray "Putin Kim" loses to
    # "Vladimir Putin").
    full = sorted(own, key=lambda n: (-own[n], -len(n.split()), n))
    counts: dict[str, int] = {}
    for name in names:
        words = name.split()
        target = next((f for f in full if len(f.split()) > len(words) and all(w in f.split() for w in words)), name)
        counts[target] = counts.get(target, 0) + 1
    return dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))


def cmd_analyse(args: argparse.Namespace) -> int:
    """Annotate, extract quotes and sources, print a summary and write the report folder."""
    import warnings

    from .annotate import annotate
    from .article import articles_table
    from .quotes import extract_quotes, extract_sources, speakers
    from .report import render_page

    articles = _read_inputs(args.inputs)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        ann = annotate(articles, annotator=args.annotator)
    # Only newskit's own notes (UserWarning and kin) reach the user; third-party ResourceWarnings do not.
    for note in dict.fromkeys(str(w.message) for w in caught if issubclass(w.category, UserWarning)):
        print(f"newskit: note: {note}", file=sys.stderr)
    quotes = extract_quotes(ann.tokens, articles=ann.articles)
    sources = extract_sources(ann.tokens, articles=ann.articles)
    voices = speakers(quotes)
    tokens, entities = ann.tokens, ann.entities
    annotator = tokens.attrs.get("annotator", args.annotator)

    for art in ann.articles:
        toks = tokens[tokens["article_id"] == art.article_id]
        ents = entities[entities["article_id"] == art.article_id]
        qs = quotes[quotes["article_id"] == art.article_id]
        srcs = sources[sources["article_id"] == art.article_id]
        print(art.title)
        print(f"  id {art.article_id} · language {art.language} · script {art.script} · "
              f"published {art.published.date() if art.published else 'unknown'} · "
              f"outlet {art.outlet or 'not stated'}")
        print(f"  {toks['sentence'].nunique()} sentences, {len(toks)} tokens "
              f"({len(art.paragraphs)} paragraphs, {len(art.captions)} captions) · annotator {annotator}")
        for label, kind in (("people", "PER"), ("organisations", "ORG")):
            names = _canonical_counts(ents.loc[ents["type"] == kind, "lemma"].tolist())
            shown = ", ".join(f"{name} ({n})" for name, n in names.items()) or "none found"
            print(f"  {label}: {shown}")
        chains = sorted({c for c in srcs["source_chain"].dropna() if c} | {s for s in srcs["source"].dropna() if s})
        print(f"  sources credited: {', '.join(chains) or 'none'}")
        print(f"  {len(qs)} reported statements:")
        for q in qs.itertuples():
            via = f" [{q.source_chain if isinstance(q.source_chain, str) and q.source_chain else q.source}]" if isinstance(q.source, str) and q.source else ""
            cue = q.cue if isinstance(q.cue, str) else "-"
            text = q.text if len(q.text) <= 90 else q.text[:87] + "..."
            print(f"    {q.quote_id:>2}. {q.speaker if isinstance(q.speaker, str) else 'unknown'} ({q.kind}, {cue}){via}: {text}")

    out = Path(args.out)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise NewskitError(f"--out {out}: cannot create the report folder ({exc.strerror or exc})") from None
    tables = {
        "articles": articles_table(ann.articles),
        "tokens": tokens,
        "entities": entities,
        "quotes": quotes,
        "sources": sources,
        "speakers": voices,
    }
    for name, table in tables.items():
        table.to_csv(out / f"{name}.csv", index=False)
        plain = table.copy()
        plain.attrs = {}  # attrs may hold non-serialisable objects; provenance goes to the HTML and CSV names
        plain.to_parquet(out / f"{name}.parquet", index=False)
    title = "newskit report: " + (ann.articles[0].title if len(ann.articles) == 1 else f"{len(ann.articles)} articles")
    (out / "report.html").write_text(render_page(ann.articles, quotes, sources, title=title), encoding="utf-8")
    print(f"wrote {out}/report.html and {len(tables)} tables (CSV and Parquet) to {out}/")
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
