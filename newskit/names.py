"""Names of people and organisations: matching inflected forms, and a short name's fullest form.

One home for the two questions every stage asks of names, so the CLI, framing and quotes agree:

* :func:`name_words_match`: are two words forms of one name word (``Putin`` ~ ``Putinu``)?
* :func:`fullest_names` (and :func:`canonical_counts` on top of it): which fuller name of the
  same article or corpus does a short form stand for (``Putin`` -> ``Vladimir Putin``)?

Example:
    >>> from newskit.names import canonical_counts, fullest_names, name_words_match
    >>> name_words_match("Turnšek", "Turnška")
    True
    >>> fullest_names({"Putin": 3, "Vladimir Putin": 2, "Putin Kim": 1})
    {'Putin': 'Vladimir Putin'}
    >>> canonical_counts(["Kim", "Kim Jong-un", "Kim Jong", "Kim Jong-un"])
    {'Kim Jong-un': 3, 'Kim Jong': 1}
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping

__all__ = ["canonical_counts", "fullest_names", "name_words_match"]


def name_words_match(a: str, b: str) -> bool:
    """Two name words of one name, allowing case endings: Putin ~ Putinu, Turnšek ~ Turnška, Ana ~ Ane."""
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    if len(short) >= 3 and long_.startswith(short) and len(long_) - len(short) <= 3:
        return True
    for w, other in ((a, b), (b, a)):
        # fleeting e (Turnšek -> Turnška) and a final vowel replaced by the ending (Ana -> Ane)
        if len(w) >= 5 and w[-2] == "e" and w[-1] not in "aeiou":
            stem = w[:-2] + w[-1]
            if other.startswith(stem) and 0 < len(other) - len(stem) <= 3:
                return True
        if len(w) >= 4 and w[-1] in "aeo":
            stem = w[:-1]
            if other.startswith(stem) and 0 < len(other) - len(stem) <= 3 and len(stem) >= 3:
                return True
    return False


def fullest_names(mentions: Mapping[str, int]) -> dict[str, str]:
    """Map a shorter name to the longer name that contains all its words, given how often each is mentioned.

    ``Putin`` -> ``Vladimir Putin`` when that is the only longer name with the word ``Putin``, or
    the most mentioned one (a stray ``Putin Kim`` of a recogniser's slip loses to ``Vladimir
    Putin``); a longer name that contains every other candidate wins a tie (``Kim Jong-un`` over
    ``Kim Jong``). Ambiguous short names (two Janezes mentioned as often) stay as they are. Only
    names that change are in the map.
    """
    by_word: dict[str, set[str]] = {}
    for name in mentions:
        for word in name.split():
            by_word.setdefault(word, set()).add(name)
    mapping: dict[str, str] = {}
    for name in mentions:
        words = name.split()
        if not words:
            continue
        longer = [c for c in set.intersection(*(by_word[w] for w in words)) if len(c.split()) > len(words)]
        if not longer:
            continue
        longer.sort(key=lambda c: (-mentions[c], -len(c.split()), c))
        top = longer[0]
        widest = max(longer, key=lambda c: len(c.split()))
        if len(longer) == 1 or mentions[top] > mentions[longer[1]]:
            mapping[name] = top
        elif all(set(c.split()) <= set(widest.split()) for c in longer):
            mapping[name] = widest
    return mapping


def canonical_counts(names: Iterable[str]) -> dict[str, int]:
    """Mentions per name, each short form counted under its fullest name (:func:`fullest_names`), most first."""
    own = Counter(n for n in names if n)
    mapping = fullest_names(own)
    counts: Counter[str] = Counter()
    for name, n in own.items():
        counts[mapping.get(name, name)] += n
    return dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
