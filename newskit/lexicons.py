"""The language data newskit ships: one way to find and read the files of ``newskit/lexicons/``.

``newskit/lexicons/<lang>/`` holds each language's word lists (reporting verbs, nominal cues,
roles, gazetteers, function words, lemma corrections, contested terms) and ``common/`` what all
languages share (months, outlets, picture-credit labels, the declared word classes). The files
are tab-separated, with ``#`` comment lines; see ``newskit/lexicons/README.md``. Every stage reads
them through :func:`lexicon_path` and :func:`read_rows`.

Your own lexicons extend the shipped ones without editing the installed package: a folder laid
out the same way (``my_lexicons/hr/reporting_verbs.tsv`` with your rows, same columns), named in
``NEWSKIT_LEXICONS`` (several joined by ``os.pathsep``) before newskit first reads a lexicon, or
added at run time with :func:`add_lexicons`. Its rows come after the shipped file's, so a row for
a word the shipped file has replaces it (a new stance, more ``forms``) and a new word is added.

Example:
    >>> from newskit.lexicons import credit_labels, read_rows
    >>> read_rows("common", "months.tsv")[0][0]
    '1'
    >>> "Foto" in credit_labels()
    True
"""

from __future__ import annotations

import functools
import os
from collections.abc import Callable
from pathlib import Path

from .errors import InputError

__all__ = ["LEXICON_ROOT", "add_lexicons", "credit_labels", "lexicon_path", "on_change", "read_rows",
           "user_lexicon_dirs"]

_ADDED: list[Path] = []
_ON_CHANGE: list[Callable[[], None]] = []

#: The folder of the shipped lexicons (package data).
LEXICON_ROOT = Path(__file__).resolve().parent / "lexicons"


def lexicon_path(*parts: str) -> Path:
    """The path of a shipped lexicon file or folder: ``lexicon_path("sl", "ner.tsv")`` (it may not exist)."""
    return LEXICON_ROOT.joinpath(*parts)


def user_lexicon_dirs() -> list[Path]:
    """The user's lexicon folders: those of ``NEWSKIT_LEXICONS``, then those given to :func:`add_lexicons`."""
    env = os.environ.get("NEWSKIT_LEXICONS", "")
    return [Path(p).expanduser() for p in env.split(os.pathsep) if p.strip()] + list(_ADDED)


def on_change(callback: Callable[[], None]) -> None:
    """Have ``callback`` run when :func:`add_lexicons` changes the lexicons (a reader's cache_clear)."""
    _ON_CHANGE.append(callback)


def add_lexicons(folder: str | os.PathLike[str]) -> Path:
    """Extend the shipped lexicons with your own folder (``<lang>/<file>.tsv``, the shipped layout).

    Lexicons read before are read again on next use. Returns the folder.

    Raises:
        InputError: the folder is missing, or holds no file of a lexicon newskit reads.

    Example:
        >>> add_lexicons("my_lexicons")  # doctest: +SKIP
        >>> nk.extract_quotes(ann)  # my_lexicons/hr/reporting_verbs.tsv counts now  # doctest: +SKIP
    """

    path = Path(folder).expanduser()
    if not path.is_dir():
        raise InputError(f"add_lexicons(): {path} is not a folder; give a folder laid out as newskit/lexicons "
                         f"(for example {path}/hr/reporting_verbs.tsv)")
    known = {p.relative_to(LEXICON_ROOT).as_posix() for p in LEXICON_ROOT.glob("*/*.tsv")}
    found = [p for p in path.glob("*/*.tsv") if p.relative_to(path).as_posix() in known]
    if not found:
        raise InputError(f"add_lexicons(): {path} holds none of the lexicon files newskit reads; name them as "
                         f"the shipped ones, e.g. {path}/hr/reporting_verbs.tsv (see newskit/lexicons/README.md)")
    if path not in _ADDED:
        _ADDED.append(path)
    for callback in _ON_CHANGE:
        callback()
    return path


def _rows_of(path: Path) -> list[list[str]]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        rows.append([cell.strip() for cell in line.split("\t")])
    return rows


def read_rows(*parts: str) -> list[list[str]]:
    """Rows of a lexicon TSV file: comment and blank lines dropped, cells stripped; the rows of the
    same file in the user's lexicon folders (:func:`user_lexicon_dirs`) follow the shipped ones."""
    shipped = lexicon_path(*parts)
    own = [d.joinpath(*parts) for d in user_lexicon_dirs()]
    own = [p for p in own if p.is_file()]
    rows = _rows_of(shipped) if shipped.exists() or not own else []
    for path in own:
        rows.extend(_rows_of(path))
    return rows


@functools.cache
def credit_labels() -> tuple[str, ...]:
    """The labels that introduce a picture credit (``Foto:``, ``Vir:``, ``Фото:``), longest first."""
    labels = {row[0] for row in read_rows("common", "credit_labels.tsv")}
    return tuple(sorted(labels, key=lambda w: (-len(w), w)))


on_change(credit_labels.cache_clear)
