"""What every subcommand shares: reading the command line's inputs, counting names for a summary."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import Any

from ..annotate import ANNOTATORS, annotate
from ..article import Annotation
from ..conllu import read_conllu
from ..datasets import load_example
from ..errors import InputError
from ..loaders import SkippedInputWarning, UnreadDateWarning, read

__all__ = ["add_input_options", "read_annotated", "read_inputs", "note_text", "show_warning"]


def note_text(message: Warning | str) -> str:
    """A warning in the command line's words (``--annotator lite``, not ``annotator="lite"``), on one line."""
    text = str(getattr(message, "terminal", message))
    return " ".join(text.split())


def show_warning(message: Warning | str, category: type[Warning], filename: str, lineno: int,
                 file: object = None, line: str | None = None) -> None:
    """``warnings.showwarning`` for the command line: ``newskit: note: ...`` on one line, never a path and
    a source line. Third-party deprecation and resource warnings are not the user's business."""
    if issubclass(category, UserWarning):
        print(f"newskit: note: {note_text(message)}", file=sys.stderr)


def add_input_options(p: argparse.ArgumentParser, *, annotator: str = "auto") -> None:
    """The options every subcommand that reads articles shares: annotator, language, outlet."""

    p.add_argument("--annotator", choices=list(ANNOTATORS), default=annotator,
                   help="annotator for inputs that are not CoNLL-U (CoNLL-U files keep their own annotation); "
                        "auto: classla when its models are here, else lite (default: %(default)s)")
    p.add_argument("--language", "--lang", dest="language", default=None, metavar="CODE",
                   help="language of all inputs: sl, hr, sr, bs, mk, bg (default: each article's, or detected)")
    p.add_argument("--outlet", default=None,
                   help="outlet of all inputs (default: each article's own; in a folder of folders, "
                        "the subfolder's name)")


def read_inputs(paths: Sequence[str], *, language: str | None = None, outlet: str | None = None) -> list:
    """Articles from the command line's inputs: files, folders, globs, URLs (the example when there are none).

    A named input that cannot be read stops the command (exit 2, one line); a bad file inside a
    folder or glob is reported on one line each and the rest are analysed.
    """
    import warnings


    if not paths:
        return [load_example()]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", SkippedInputWarning)  # reported below, one line per input
        warnings.simplefilter("ignore", UnreadDateWarning)
        articles, skipped = read(list(paths), language=language, outlet=outlet)
    for row in skipped.itertuples():
        print(f"newskit: skipped {row.path}: {row.error}", file=sys.stderr)
    for art in articles:
        if "published_unread" in art.meta:
            print(f"newskit: note: {art.meta.get('source_path') or art.article_id}: kept without a date; "
                  f"published={art.meta['published_unread']!r} is not a date newskit reads", file=sys.stderr)
    if not articles:
        raise InputError(f"{', '.join(paths)}: no article could be read")
    return articles


def read_annotated(
    paths: Sequence[str],
    *,
    annotator: str = "auto",
    language: str | None = None,
    outlet: str | None = None,
    cache: bool = True,
    type: str = "standard",
) -> Any:
    """The inputs of a subcommand as one :class:`~newskit.article.Annotation`.

    Articles read from a CoNLL-U file (named, or inside a folder or glob) keep the file's own
    annotation, as :func:`newskit.read_conllu` gives it; every other article is annotated with
    ``annotator``. So ``newskit analyse FILE.conllu`` and ``newskit quotes FILE.conllu`` see the
    same tokens, speakers and names.
    """
    import warnings

    import pandas as pd


    articles = read_inputs(paths, language=language, outlet=outlet)
    from_conllu: dict[str, list] = {}
    rest = []
    for art in articles:
        src = str(art.meta.get("source_path") or "")
        if art.meta.get("annotated") == "conllu" and src:
            from_conllu.setdefault(src, []).append(art)
        else:
            rest.append(art)
    parts: list[Annotation] = []
    for src, arts in from_conllu.items():
        ann = read_conllu(src, language=language)
        keep = {a.article_id for a in arts}
        parts.append(Annotation(ann.tokens[ann.tokens["article_id"].isin(keep)],
                                ann.entities[ann.entities["article_id"].isin(keep)], arts))
    if rest:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            parts.append(annotate(rest, language=language, annotator=annotator, cache=cache, type=type))
        for note in dict.fromkeys(note_text(w.message) for w in caught if issubclass(w.category, UserWarning)):
            print(f"newskit: note: {note}", file=sys.stderr)
    if len(parts) == 1:
        return parts[0]
    attrs = dict(parts[-1].tokens.attrs)
    kinds = {p.tokens.attrs.get("annotator") for p in parts}
    attrs["annotator"] = kinds.pop() if len(kinds) == 1 else "mixed"
    order = {a.article_id: i for i, a in enumerate(articles)}
    tokens = pd.concat([p.tokens for p in parts], ignore_index=True)
    tokens = tokens.iloc[tokens["article_id"].map(order).argsort(kind="stable")].reset_index(drop=True)
    entities = pd.concat([p.entities for p in parts], ignore_index=True)
    entities = entities.iloc[entities["article_id"].map(order).argsort(kind="stable")].reset_index(drop=True)
    tokens.attrs, entities.attrs = attrs, dict(attrs)
    return Annotation(tokens, entities, articles)
