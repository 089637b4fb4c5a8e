"""The documents held out from fitting and tuning: the one reading of ``../shared/data/HELDOUT.md``.

Everything that learns, is tuned or shows quote output to someone tuning (NER training corpora,
``agree_readings``, the quote snapshots, the dev gold's guard) asks this module which documents
to leave out, so that one parser decides it and one test guards it (``tests/test_heldout.py``).

The file lists its documents as Markdown items, one per corpus file, wrapped over indented lines::

    - `sl-news-suk/senticoref_ud_test.conllu` (and its copy in `classla-output/`): senticoref2491,
      senticoref3898
    - `hr500k/hr500k-dev.conllu`: set.hr.19, set.hr.23

SETimes publishes one article in several languages under one number (``set.hr.19`` and
``set.sr.19`` are translations of each other): a translation of a held-out document is held out
too, so it is added here by number.
"""

from __future__ import annotations

import re
from pathlib import Path

#: The file's name in the data folder.
FILE = "HELDOUT.md"
#: The SETimes languages newskit reads: ``set.<lang>.<number>`` is one article in each of them.
SETIMES_LANGUAGES = ("bg", "bs", "hr", "mk", "sr")

_ITEM = re.compile(r"^- ")
_CONTINUED = re.compile(r"^\s+\S")
_ID = re.compile(r"^[A-Za-z][\w.-]*\d$")
_SETIMES = re.compile(r"^set\.([a-z]{2})\.(\d+)$")


class HeldoutFileError(ValueError):
    """``HELDOUT.md`` is missing or cannot be read; the message names the file and the fix."""


def translations(doc_id: str) -> frozenset[str]:
    """The other SETimes languages' ids of one article (``set.hr.19`` -> ``set.sr.19``, ``set.bs.19``...);
    none for a document of any other corpus."""
    m = _SETIMES.match(doc_id)
    if not m:
        return frozenset()
    return frozenset(f"set.{lang}.{m.group(2)}" for lang in SETIMES_LANGUAGES if lang != m.group(1))


def listed_ids(path: Path | str) -> dict[str, frozenset[str]]:
    """The documents each item of a ``HELDOUT.md`` lists, by the item's corpus file (as written).

    Raises:
        HeldoutFileError: the file is missing, an item's list holds something that is not a
            document id, or the file lists no document at all.
    """
    path = Path(path)
    if not path.exists():
        raise HeldoutFileError(f"{path} is not here: without it the held-out documents cannot be left out, so "
                               "nothing may be read (put ../shared beside the checkout or set NEWSKIT_DATA)")
    items: list[str] = []
    open_item = False  # an indented line continues the item above it; a blank or prose line ends it
    for line in path.read_text(encoding="utf-8").splitlines():
        if _ITEM.match(line):
            items.append(line[2:])
            open_item = True
        elif open_item and _CONTINUED.match(line):
            items[-1] += " " + line.strip()
        else:
            open_item = False
    out: dict[str, frozenset[str]] = {}
    for item in items:
        _, colon, ids = item.rpartition("`")[2].partition(":")
        name = item.split("`")[1] if item.count("`") >= 2 else ""
        if not colon or not name:
            raise HeldoutFileError(f"{path}: the item {item!r} is not '- `corpus file`: id, id, ...'; fix the item")
        found = [w.strip() for w in ids.split(",") if w.strip()]
        bad = [w for w in found if not _ID.match(w)]
        if bad:
            raise HeldoutFileError(f"{path}: {bad} in the item of `{name}` is no document id "
                                   "(ids are separated by commas); fix the item")
        out[name] = out.get(name, frozenset()) | frozenset(found)
    if not any(out.values()):
        raise HeldoutFileError(f"{path} lists no document id (items are '- `corpus file`: id, id, ...'); "
                               "fix the file or this reader, or nothing held out can be left out")
    return out


def heldout_ids(data_dir: Path | str) -> frozenset[str]:
    """Every document held out: those ``<data_dir>/HELDOUT.md`` lists and their SETimes translations.

    A Cyrillic copy of a document (``set.sr.1-cyr``) is held out with it: test with :func:`is_held_out`.

    Raises:
        HeldoutFileError: see :func:`listed_ids`.
    """
    return ids_of_file(Path(data_dir) / FILE)


def ids_of_file(path: Path | str) -> frozenset[str]:
    """:func:`heldout_ids` of a ``HELDOUT.md`` given by its path."""
    return with_translations(frozenset().union(*listed_ids(path).values()))


def with_translations(ids: set[str] | frozenset[str]) -> frozenset[str]:
    """``ids`` and the SETimes translations of each."""
    return frozenset(ids).union(*(translations(d) for d in ids))


def is_held_out(doc_id: str, held: set[str] | frozenset[str]) -> bool:
    """Whether a document (or its Cyrillic copy, ``<id>-cyr``) is among ``held``."""
    return doc_id in held or doc_id.removesuffix("-cyr") in held
