"""Named-entity mentions: the ENTITIES table from a TOKENS table's BIO ``ner`` column."""

from __future__ import annotations

from collections import Counter

import numpy as np
import pandas as pd

from .schemas import ENTITIES, TOKENS, conform, require

__all__ = ["ENTITY_TYPES", "entities_from_tokens"]


ENTITY_TYPES = ("PER", "LOC", "ORG", "MISC")


def entities_from_tokens(tokens: pd.DataFrame) -> pd.DataFrame:
    """Named-entity mentions from the BIO ``ner`` column of a TOKENS table.

    The mention's lemma joins its words' lemmas, keeping the capital of a capitalised word
    (``Banke Slovenije`` -> ``Banka Slovenija``, ``Putinu`` -> ``Putin``); a multi-word name the
    article also writes in the nominative takes that form (``Evropske unije`` -> ``Evropska
    unija``, not ``Evropski unija``). Only the types of
    :data:`ENTITY_TYPES` make mentions (``B-DERIV-PER`` possessive adjectives do not).

    Returns:
        An ENTITIES table (:data:`newskit.schemas.ENTITIES`).
    """
    require(tokens, TOKENS, caller="entities_from_tokens")
    rows: list[dict] = []
    cur: dict | None = None
    counter: dict[str, int] = {}

    def close() -> None:
        nonlocal cur
        if cur is not None:
            rows.append(cur)
            cur = None

    # Only tagged rows are visited (a few percent); a gap in their positions is an O between them.
    ner_col = tokens["ner"]
    tagged = (ner_col.notna() & (ner_col != "O") & ner_col.str.contains("-", regex=False)).fillna(False)
    positions = np.flatnonzero(tagged.to_numpy(dtype=bool))
    sub = tokens.iloc[positions]
    prev_key = None
    prev_pos = -2
    for pos, art, sent, text, lemma, tag, start, end in zip(
        positions.tolist(), sub["article_id"].tolist(), sub["sentence"].tolist(), sub["text"].tolist(),
        sub["lemma"].tolist(), sub["ner"].tolist(), sub["start_char"].tolist(), sub["end_char"].tolist(), strict=True,
    ):
        key = (art, sent)
        if key != prev_key or pos != prev_pos + 1:
            close()
            prev_key = key
        prev_pos = pos
        bio, kind = tag.split("-", 1)
        if kind not in ENTITY_TYPES:
            close()
            continue
        lem = lemma if isinstance(lemma, str) and lemma else text
        if text[:1].isupper() and lem[:1].islower():
            lem = lem[:1].upper() + lem[1:]
        if bio == "I" and cur is not None and cur["type"] == kind:
            if start > cur["end_char"]:
                cur["text"] += " "
                cur["lemma"] += " "
            cur["text"] += text
            cur["lemma"] += lem
            cur["end_char"] = end
        else:
            close()
            counter[art] = counter.get(art, 0) + 1
            cur = {"article_id": art, "entity_id": counter[art], "sentence": sent, "text": text, "lemma": lem,
                   "type": kind, "start_char": start, "end_char": end}
    close()
    _nominative_lemmas(rows)
    return conform(rows, ENTITIES)


def _nominative_lemmas(rows: list[dict]) -> None:
    """Give a multi-word name the form the article itself writes in the nominative.

    Joined word lemmas put every word in its own base form, which for an adjective is the
    masculine (``Evropske unije`` -> ``Evropski unija``). Where the same article also writes the
    name with its last word in the base form (``Evropska unija``), that text becomes the lemma
    of all its mentions.
    """
    def agrees(word: str, lemma: str) -> bool:
        # the word is its lemma, or a feminine/neuter form of an adjective lemma (Evropska ~ Evropski)
        return word == lemma or (
            lemma.endswith(("i", "en")) and word.endswith(("a", "o", "e")) and word[:3] == lemma[:3]
        )

    nominative: dict[tuple, Counter] = {}
    for r in rows:
        words, lemma_words = r["text"].split(), r["lemma"].split()
        if (
            len(words) >= 2 and len(words) == len(lemma_words) and words != lemma_words
            and words[-1] == lemma_words[-1] and all(map(agrees, words, lemma_words))
        ):
            nominative.setdefault((r["article_id"], r["type"], r["lemma"]), Counter())[r["text"]] += 1
    for r in rows:
        found = nominative.get((r["article_id"], r["type"], r["lemma"]))
        if found:
            r["lemma"] = found.most_common(1)[0][0]
