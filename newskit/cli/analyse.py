"""``newskit analyse [PATH|URL ...] [--out DIR]``: annotate, find quotes and sources, print a summary, write a report."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from ..article import articles_table
from ..display import plural
from ..errors import NewskitError
from ..names import canonical_counts
from ..quotes import extract_attribution, speakers
from ..report import render_page
from ..schemas import to_parquet
from .inputs import add_input_options, read_annotated

__all__ = ["add_parser", "run"]


def add_parser(sub: Any) -> None:
    """Add ``newskit analyse`` to the CLI."""
    p = sub.add_parser("analyse", aliases=["analyze"], help="summarise articles and write a report (default: the example)")
    p.add_argument("inputs", nargs="*", metavar="PATH|URL",
                   help="articles: files (text, HTML, CSV, JSONL, feeds, CoNLL-U), folders, globs, URLs "
                        "(default: the bundled example)")
    p.add_argument("--out", default="newskit-report", help="report folder (default: %(default)s)")
    add_input_options(p)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Annotate, extract quotes and sources, print a summary and write the report folder."""

    # A CoNLL-U input keeps its own annotation; only newskit's notes reach the user (one line each).
    ann = read_annotated(args.inputs, annotator=args.annotator, language=args.language, outlet=args.outlet)
    quotes, sources = extract_attribution(ann.tokens, articles=ann.articles)  # one pass for both tables
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
        print(f"  {plural(toks['sentence'].nunique(), 'sentence')}, {plural(len(toks), 'token')} "
              f"({plural(len(art.paragraphs), 'paragraph')}, {plural(len(art.captions), 'caption')}) · "
              f"annotator {annotator}")
        for label, kind in (("people", "PER"), ("organisations", "ORG")):
            names = canonical_counts(ents.loc[ents["type"] == kind, "lemma"].tolist())
            shown = ", ".join(f"{name} ({n})" for name, n in names.items()) or "none found"
            print(f"  {label}: {shown}")
        chains = sorted({c for c in srcs["source_chain"].dropna() if c} | {s for s in srcs["source"].dropna() if s})
        print(f"  sources credited: {', '.join(chains) or 'none'}")
        print(f"  {plural(len(qs), 'reported statement')}{':' if len(qs) else ''}")
        for q in qs.itertuples():
            via = f" [{q.source_chain if isinstance(q.source_chain, str) and q.source_chain else q.source}]" if isinstance(q.source, str) and q.source else ""
            cue = q.cue if isinstance(q.cue, str) else "-"
            text = q.text if len(q.text) <= 90 else q.text[:87] + "..."
            print(f"    {q.quote_id:>2}. {q.speaker if isinstance(q.speaker, str) else 'unknown'} ({q.kind}, {cue}){via}: {text}")

    if len(ann.articles) > 1:
        _print_across(ann.articles, quotes, sources, entities)

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
        to_parquet(table, out / f"{name}.parquet")  # the provenance (df.attrs) travels in its metadata
    title = "newskit report: " + (ann.articles[0].title if len(ann.articles) == 1 else f"{len(ann.articles)} articles")
    made = {
        **tokens.attrs,
        "quotes": {"options": quotes.attrs.get("options", {})},
        "command": {"inputs": list(args.inputs) or ["the bundled example"], "annotator": args.annotator,
                    "language": args.language, "outlet": args.outlet},
    }
    page = render_page(ann.articles, quotes, sources, title=title, entities=entities, provenance=made)
    (out / "report.html").write_text(page, encoding="utf-8")
    print(f"wrote {out}/report.html and {len(tables)} tables (CSV and Parquet) to {out}/")
    return 0


def _print_across(articles: list, quotes: Any, sources: Any, entities: Any) -> None:
    """One summary over all the articles, after the summary of each."""

    speakers = quotes["speaker"].astype("string").fillna("unknown")
    with_quotes = quotes["article_id"].nunique()
    print(f"Across {plural(len(articles), 'article')}: {plural(len(quotes), 'reported statement')} "
          f"in {plural(with_quotes, 'article')}")
    counts = speakers.value_counts()
    arts = quotes.assign(_s=speakers.to_numpy()).groupby("_s")["article_id"].nunique()
    shown = ", ".join(f"{name} ({n} in {plural(int(arts[name]), 'article')})" for name, n in counts.head(10).items())
    print(f"  speakers: {shown or 'none'}" + (f" and {len(counts) - 10} more" if len(counts) > 10 else ""))
    for label, kind in (("people", "PER"), ("organisations", "ORG")):
        names = canonical_counts(entities.loc[entities["type"] == kind, "lemma"].dropna().astype(str).tolist())
        top = ", ".join(f"{name} ({n})" for name, n in list(names.items())[:10]) or "none found"
        print(f"  {label}: {top}")
    chains = (sources["source_chain"].astype("string").fillna(sources["source"].astype("string"))
              .dropna().value_counts())
    print(f"  sources credited: {', '.join(f'{c} ({n})' for c, n in chains.items()) or 'none'}")
