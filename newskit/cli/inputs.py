"""What every subcommand shares: reading the command line's inputs, counting names for a summary."""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Sequence

__all__ = ["canonical_counts", "read_inputs"]


def read_inputs(paths: Sequence[str]) -> list:
    """Articles from the command line's inputs: files, folders, globs, URLs (the example when there are none).

    A named input that cannot be read stops the command (exit 2, one line); a bad file inside a
    folder or glob is reported on one line each and the rest are analysed.
    """
    import warnings

    from ..datasets import load_example
    from ..errors import InputError
    from ..loaders import SkippedInputWarning, read

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


def canonical_counts(names: list[str]) -> dict[str, int]:
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
