"""The language data newskit ships: one way to find and read the files of ``newskit/lexicons/``.

``newskit/lexicons/<lang>/`` holds each language's word lists (reporting verbs, nominal cues,
roles, gazetteers, function words, lemma corrections, contested terms) and ``common/`` what all
languages share (months, outlets, picture-credit labels, the declared word classes). The files
are tab-separated, with ``#`` comment lines; see ``newskit/lexicons/README.md``. Every stage reads
them through :func:`lexicon_path` and :func:`read_rows`.

Example:
    >>> from newskit.lexicons import credit_labels, read_rows
    >>> read_rows("common", "months.tsv")[0][0]
    '1'
    >>> "Foto" in credit_labels()
    True
"""

from __future__ import annotations

import functools
from pathlib import Path

__all__ = ["LEXICON_ROOT", "credit_labels", "lexicon_path", "read_rows"]

#: The folder of the shipped lexicons (package data).
LEXICON_ROOT = Path(__file__).resolve().parent / "lexicons"


def lexicon_path(*parts: str) -> Path:
    """The path of a shipped lexicon file or folder: ``lexicon_path("sl", "ner.tsv")`` (it may not exist)."""
    return LEXICON_ROOT.joinpath(*parts)


def read_rows(*parts: str) -> list[list[str]]:
    """Rows of a lexicon TSV file: comment and blank lines dropped, cells stripped."""
    text = lexicon_path(*parts).read_text(encoding="utf-8")
    rows = []
    for line in text.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        rows.append([cell.strip() for cell in line.split("\t")])
    return rows


@functools.cache
def credit_labels() -> tuple[str, ...]:
    """The labels that introduce a picture credit (``Foto:``, ``Vir:``, ``Фото:``), longest first."""
    labels = {row[0] for row in read_rows("common", "credit_labels.tsv")}
    return tuple(sorted(labels, key=lambda w: (-len(w), w)))
