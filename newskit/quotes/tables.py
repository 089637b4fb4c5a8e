"""The QUOTES, SOURCES and SPEAKERS rows of analysed articles.
"""

from __future__ import annotations

import re

import pandas as pd

from .._version import __version__
from ..language import LATIN_READING
from ..schemas import QUOTES, SPEAKERS, conform, require
from ._types import Credit
from ._words import WORD_RE, cyrillic_as_in
from .assemble import Attribution, all_rules
from .lexicon import outlet_spelt_in
from .quoted import Quoted

#: Confidence of each rule's quotes, before the speaker is weighed in (from the rules themselves).
_RULE_CONFIDENCE = {r.name: r.confidence for r in all_rules() if r.confidence is not None}


_CYRILLIC = re.compile("[\u0400-\u04ff]")
_LATIN = re.compile("[a-zA-ZčćžšđČĆŽŠĐ]")


def _cyrillic(doc: Quoted) -> bool:
    """The article is written mostly in Serbian (or Bosnian) Cyrillic."""
    return doc.lang in LATIN_READING and len(_CYRILLIC.findall(doc.text)) > len(_LATIN.findall(doc.text))


def _in_script(name: str | None, doc: Quoted, cyrillic: bool) -> str | None:
    """A Serbian Cyrillic article's speaker in Cyrillic: the words the rules took from the Latin-script
    lexicon or lemmas (``ministarstvo`` of ``Министарство унутрашњих послова``) are written back; words
    the article itself writes in Latin (``SETimes``) stay as they are."""
    if not name or not cyrillic or not _LATIN.search(name):
        return name
    if name not in doc.text and (spelt := outlet_spelt_in(name, doc.text)) is not None:
        return spelt  # an agency as the article spells it: ``Ројтерс``, ``Танјуг``
    return " ".join(w if w in doc.text or not _LATIN.search(w) or _CYRILLIC.search(w) else cyrillic_as_in(w, doc.text)
                    for w in name.split(" "))


def quote_table_rows(found: Attribution) -> list[dict]:
    """The QUOTES rows of one analysed article, in text order."""
    doc = found.article
    rows = []
    cyrillic = _cyrillic(doc)
    quotes = sorted(found.quotes, key=lambda q: (q.spans[0][0], q.spans[0][1]))
    for n, q in enumerate(quotes, 1):
        spans = sorted(q.spans)
        text = " ".join(doc.text[s:e] for s, e in spans)
        conf = _RULE_CONFIDENCE.get(q.rule, 0.7)
        if q.speaker.how == "focus":
            conf *= 0.85
        elif q.speaker.how == "echo":
            conf *= 0.8
        elif q.speaker.how == "unknown":
            conf *= 0.5
        rows.append({
            "article_id": doc.art_id,
            "quote_id": n,
            "kind": q.kind,
            "text": text,
            "start_char": spans[0][0],
            "end_char": spans[-1][1],
            "spans": ";".join(f"{s}:{e}" for s, e in spans),
            "speaker": _in_script(q.speaker.name, doc, cyrillic) if q.speaker.name else pd.NA,
            "speaker_mention": q.speaker.mention,
            "speaker_type": q.speaker.type if q.speaker.name else "unknown",
            "cue": q.cue if q.cue else pd.NA,
            "cue_start": q.cue_span[0] if q.cue_span else pd.NA,
            "cue_end": q.cue_span[1] if q.cue_span else pd.NA,
            "cue_stance": q.stance if q.stance else pd.NA,
            "source": q.source if q.source else pd.NA,
            # a single credit is its own chain, as in SOURCES: "STA"; several: "BBC <- TASS"
            "source_chain": q.chain or q.source or pd.NA,
            "sentence_start": doc.sent_no[q.first_tok],
            "sentence_end": doc.sent_no[q.last_tok],
            "rule": q.rule,
            "confidence": round(conf, 3),
        })
    return rows

def speakers(quotes: pd.DataFrame) -> pd.DataFrame:
    """How often and how much each speaker is quoted, per article.

    Args:
        quotes: a QUOTES table from :func:`extract_quotes`.

    Returns:
        A SPEAKERS table (:data:`newskit.schemas.SPEAKERS`), most quoted first within each article;
        unattributed quotes are summed in one row with a missing ``speaker`` and type ``unknown``.
        ``words`` counts the words of the reported content.

    Example:
        >>> import newskit as nk
        >>> ann = nk.annotate(nk.load_example(), annotator="lite")  # doctest: +SKIP
        >>> nk.speakers(nk.extract_quotes(ann.tokens, articles=ann.articles))[["speaker", "quotes"]]  # doctest: +SKIP
    """
    require(quotes, QUOTES, caller="speakers")
    acc: dict[tuple, dict] = {}
    order: list[tuple] = []
    # the article's outlet, date and title, as the quotes carry them (tables from before #13 lack them)
    info = {c: quotes[c] if c in quotes.columns else pd.Series([pd.NA] * len(quotes), index=quotes.index)
            for c in ("outlet", "published", "title")}
    for art, sp, typ, kind, text, outlet, when, title in zip(
            quotes["article_id"], quotes["speaker"], quotes["speaker_type"], quotes["kind"], quotes["text"],
            info["outlet"], info["published"], info["title"], strict=True):
        sp_key = sp if isinstance(sp, str) else None
        key = (art, sp_key, typ if sp_key else "unknown")
        row = acc.get(key)
        if row is None:
            row = {"article_id": art, "speaker": sp_key if sp_key else pd.NA, "speaker_type": key[2],
                   "quotes": 0, "direct": 0, "indirect": 0, "mixed": 0, "words": 0,
                   "outlet": outlet, "published": when, "title": title}
            acc[key] = row
            order.append(key)
        row["quotes"] += 1
        if kind in ("direct", "indirect", "mixed"):
            row[kind] += 1
        row["words"] += len(WORD_RE.findall(text if isinstance(text, str) else ""))
    rows = [acc[k] for k in order]
    rows.sort(key=lambda r: (str(r["article_id"]), r["speaker"] is pd.NA, -r["quotes"], -r["words"]))
    out = conform(rows, SPEAKERS)
    out.attrs.update({"newskit_version": __version__, "stage": "speakers"})
    return out


def source_table_rows(found: Attribution) -> list[dict]:
    """The SOURCES rows of one analysed article: its credits, and the quotes credited to an outlet."""
    doc = found.article
    rows: list[dict] = []
    seen = set()
    credits = list(found.credits)
    # quotes credited to an outlet in the same breath (``je za STA povedal``) are reports too,
    # unless their sentence has its credit already (``..., poroča AFP``)
    credited = {doc.sent_of[c.tok] for c in credits if c.kind == "report"}
    for q in found.quotes:
        if q.source and q.cue_span is not None and doc.sent_of[q.cue_tok] not in credited:
            credits.append(Credit(q.source, q.chain or "", q.cue, "report", q.cue_span[0], q.cue_span[1], q.cue_tok))
    for c in sorted(credits, key=lambda c: (c.start, c.end)):
        key = (c.tok if c.kind == "report" else c.start, c.source)
        if key in seen or not c.source:
            continue
        seen.add(key)
        rows.append({
            "article_id": doc.art_id,
            "source": c.source,
            "source_chain": c.chain or c.source or pd.NA,
            "cue": c.cue or pd.NA,
            "kind": c.kind,
            "start_char": c.start,
            "end_char": c.end,
            "sentence": doc.sent_no[c.tok] if doc.n else 0,
        })
    return rows
