"""The gold name corpora of ``../shared/data`` for the lite name recogniser: reading, splits, scoring.

Shared by ``bench/train_ner.py`` (training), ``bench/eval_ner.py`` (figures) and the test of the
shipped model (``tests/test_recogniser.py``). Every article is rebuilt from its gold tokens with
:func:`newskit.read_conllu` and then tokenized afresh by the lite annotator, so that training and
scoring see exactly what lite sees at run time; gold names are carried over by character offsets.

A document with proper nouns but no gold name at all is not name-annotated (SSJ marks names in
only part of its documents) and is left out. The documents of ``../shared/data/HELDOUT.md`` are never read for training or tuning: they are
dropped here, on reading, unless a caller asks for them by name (``heldout=True``, used only by
``bench/eval_ner.py --heldout`` for a final figure).
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
from pathlib import Path

import heldout
import pandas as pd

import newskit as nk

SHARED = Path(__file__).resolve().parents[2] / "shared" / "data"

#: name -> (files under ../shared/data, space-separated; language; model; how names are marked)
CORPORA: dict[str, tuple[str, str, str, str]] = {
    "senticoref": ("sl-news-suk/senticoref_ud_test.conllu", "sl", "sl", "NER"),
    "ssj": ("ud-sl-ssj/sl_ssj-ud-dev.conllu ud-sl-ssj/sl_ssj-ud-test.conllu", "sl", "sl", "NER"),
    "hr500k-dev": ("hr500k/hr500k-dev.conllu", "hr", "hbs", "NER"),
    "hr500k-test-nonsetimes": ("hr500k/hr500k-test-nonsetimes.conllu", "hr", "hbs", "NER"),
    "sr-set-dev": ("sr-set/sr_set-ud-dev.conllu", "sr", "hbs", "NamedEntity"),
}
#: The Cyrillic copy of six Serbian articles: scored only (its documents follow their Latin split).
CYRILLIC = ("sr-set/sr_set-ud-dev.cyrillic.conllu", "sr")

#: HELDOUT.md's documents, also read from the file itself when it is there.
HELDOUT = {
    "senticoref2491", "senticoref3898", "senticoref4693", "senticoref5653", "senticoref767",
    "senticoref8484", "senticoref9160", "set.hr.19", "set.hr.23",
}
TYPES = ("PER", "LOC", "ORG", "MISC")
SEED = 20261201
DEV_SHARE = 0.15


#: SETimes publishes one article in several languages under one number: ``set.hr.80`` and
#: ``set.sr.80`` are translations of each other (their names are mostly the same).
_PARALLEL = re.compile(r"^set\.[a-z]{2}\.(\d+)$")


def parallel_key(doc_id: str) -> str:
    """One key for a document and its translations in the other corpora (``set.80`` for
    ``set.hr.80`` and ``set.sr.80``); any other document's key is its id.

    A translation of a dev or held-out document is never trained on: it would teach the model
    that document's names (see :func:`align_parallel`, :func:`read`).
    """
    m = _PARALLEL.match(doc_id)
    return f"set.{m.group(1)}" if m else doc_id


def heldout_ids() -> set[str]:
    """HELDOUT.md's documents and their SETimes translations, read by ``bench/heldout.py`` (with
    :data:`HELDOUT` also, so that they stay out where the file is not here)."""
    ids = set(heldout.with_translations(HELDOUT))
    if (SHARED / heldout.FILE).exists():
        ids |= heldout.heldout_ids(SHARED)
    return ids


@dataclass
class Doc:
    """One gold article, tokenized by lite, with its gold names on lite's tokens."""

    corpus: str
    doc_id: str
    lang: str
    article: nk.Article
    #: gold mentions (start_char, end_char, type); type "NE" where the corpus does not type them
    gold: list[tuple[int, int, str]]
    sentences: list[list[str]] = field(default_factory=list)
    spans: list[list[tuple[int, int]]] = field(default_factory=list)
    labels: list[list[str]] = field(default_factory=list)
    unaligned: int = 0  # gold names whose edges fall inside a lite token
    #: where the gold tokens begin: a title rebuilt from metadata before it has no gold names
    gold_from: int = 0
    #: per sentence, whether it lies inside the gold tokens (only those are trained on)
    annotated: list[bool] = field(default_factory=list)


def _bio_spans(tokens: pd.DataFrame) -> dict[str, list[tuple[int, int, str]]]:
    out: dict[str, list[tuple[int, int, str]]] = {}
    cur: list | None = None
    prev = None
    for art, sent, tag, start, end in zip(tokens.article_id, tokens.sentence, tokens.ner, tokens.start_char,
                                          tokens.end_char, strict=True):
        tag = tag if isinstance(tag, str) else "O"
        bio, _, kind = tag.partition("-")
        same = prev == (art, sent)
        prev = (art, sent)
        if cur is not None and (bio != "I" or not same or kind != cur[3]):
            out.setdefault(cur[0], []).append((cur[1], cur[2], cur[3]))
            cur = None
        if bio == "B" or (bio == "I" and cur is None):
            cur = [art, int(start), int(end), kind]
        elif bio == "I" and cur is not None:
            cur[2] = int(end)
    if cur is not None:
        out.setdefault(cur[0], []).append((cur[1], cur[2], cur[3]))
    return out


def _named_entity_flags(path: Path) -> list[bool]:
    """``NamedEntity=Yes`` of every word line, in file order (as read_conllu's rows)."""
    flags = []
    for line in path.read_text(encoding="utf-8").splitlines():
        cols = line.split("\t")
        if len(cols) == 10 and cols[0].isdigit():
            flags.append("NamedEntity=Yes" in cols[9])
    return flags


def read(name: str, *, heldout: bool = False, rel: str | None = None, lang: str | None = None,
         marks: str = "NamedEntity", only: set[str] | None = None) -> list[Doc]:
    """The documents of corpus ``name`` with gold names (HELDOUT.md's left out unless ``heldout``).

    ``only`` keeps just the documents of those ids (the others are not tokenized).
    """
    if rel is None:
        rel, lang, _, marks = CORPORA[name]
    assert lang is not None
    if " " in rel:
        return [d for part in rel.split()
                for d in read(name, heldout=heldout, rel=part, lang=lang, marks=marks, only=only)]
    path = SHARED / rel
    gold = nk.read_conllu(path, language=lang)
    tokens = gold.tokens
    if marks == "NamedEntity":
        flags = _named_entity_flags(path)
        if len(flags) != len(tokens):
            raise ValueError(f"{path}: {len(flags)} word lines but {len(tokens)} rows read")
        tokens = tokens.assign(ner=["B-NE" if f else "O" for f in flags])
        # consecutive flagged words of a sentence are one name
        ner = tokens.ner.tolist()
        sent = list(zip(tokens.article_id, tokens.sentence, strict=True))
        for k in range(1, len(ner)):
            if ner[k] == "B-NE" and ner[k - 1] != "O" and sent[k] == sent[k - 1]:
                ner[k] = "I-NE"
        tokens = tokens.assign(ner=ner)
    spans = _bio_spans(tokens)
    first = tokens.groupby("article_id", sort=False).start_char.min().to_dict()
    # SSJ marks names in only some of its documents: one with proper nouns but no name is unmarked.
    propn = set(tokens.article_id[tokens.upos == "PROPN"])
    held = {parallel_key(i) for i in heldout_ids()}  # a translation of a held-out document is held out too
    docs = []
    for art in gold.articles:
        if (parallel_key(art.article_id) in held) != heldout:
            continue
        if art.article_id in propn and not spans.get(art.article_id):
            continue
        if only is not None and art.article_id not in only:
            continue
        docs.append(Doc(name, art.article_id, lang, art, spans.get(art.article_id, []),
                        gold_from=int(first.get(art.article_id, 0))))
    _tokenize(docs, lang)
    return docs


def _tokenize(docs: list[Doc], lang: str) -> None:
    if not docs:
        return
    ann = nk.annotate([d.article for d in docs], language=lang, annotator="lite", cache=False, progress=False, n_jobs=1)
    by_doc = {d.doc_id: d for d in docs}
    for (art, _), g in ann.tokens.groupby(["article_id", "sentence"], sort=False):
        doc = by_doc[art]
        doc.sentences.append(g.text.tolist())
        doc.spans.append(list(zip(g.start_char.tolist(), g.end_char.tolist(), strict=True)))
    for doc in docs:
        starts = {s: (k, j) for k, sent in enumerate(doc.spans) for j, (s, _) in enumerate(sent)}
        ends = {e: (k, j) for k, sent in enumerate(doc.spans) for j, (_, e) in enumerate(sent)}
        doc.labels = [["O"] * len(s) for s in doc.sentences]
        doc.annotated = [bool(sent) and sent[0][0] >= doc.gold_from for sent in doc.spans]
        for start, end, kind in doc.gold:
            a, b = starts.get(start), ends.get(end)
            if a is None or b is None or a[0] != b[0] or b[1] < a[1]:
                doc.unaligned += 1
                continue
            k = a[0]
            doc.labels[k][a[1]] = "B-" + kind
            for j in range(a[1] + 1, b[1] + 1):
                doc.labels[k][j] = "I-" + kind


#: Document ids of news outlets: SETimes (set.hr.*, set.sr.*), news.hr, news.sr, index.hr, SentiCoref.
_NEWS_ID = re.compile(r"^(set\.|news\.|index\.hr\.|senticoref)")


def genre(doc: Doc) -> str:
    """``"news"`` or ``"other"``: SSJ's ``document_genre`` (``newspaper`` is news), else the outlet in the id.

    hr500k mixes news (SETimes, news.hr, index.hr) with blogs, forums and school pages, and the
    figures that matter for newskit are those on news, so ``bench/eval_ner.py`` prints both.
    """
    return article_genre(doc.article, doc.doc_id)


def article_genre(article: nk.Article, doc_id: str | None = None) -> str:
    """:func:`genre` of an article (its id, or ``doc_id``, read for the outlet)."""
    kind = (article.meta or {}).get("document_genre")
    if kind is not None:
        return "news" if kind == "newspaper" else "other"
    return "news" if _NEWS_ID.match(doc_id or article.article_id) else "other"


def quote_gold_ids() -> set[str]:
    """The documents of ``../shared/gold/quotes-dev.jsonl`` (Cyrillic copies under their Latin id)."""
    import json

    path = SHARED.parent / "gold" / "quotes-dev.jsonl"
    if not path.exists():
        return set()
    ids = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            ids.add(str(json.loads(line)["doc"]).removesuffix("-cyr"))
    return ids


def split(docs: list[Doc], *, seed: int = SEED, share: float = DEV_SHARE) -> tuple[list[Doc], list[Doc]]:
    """(train, dev): the documents of the quote dev gold, then a seeded share of each corpus, go to dev.

    The quote gold's documents are never trained on, so that quote figures through lite on them
    measure the recogniser on text it has not seen.
    """
    gold = quote_gold_ids()
    ids = sorted(d.doc_id for d in docs if d.doc_id not in gold)
    random.Random(f"{seed}:{docs[0].corpus if docs else ''}").shuffle(ids)
    forced = sorted(d.doc_id for d in docs if d.doc_id in gold)
    n_dev = max(2, round(share * len(docs))) - len(forced)
    dev = set(forced) | set(ids[:max(n_dev, 0)])
    return [d for d in docs if d.doc_id not in dev], [d for d in docs if d.doc_id in dev]


def align_parallel(train: dict[str, list[Doc]], dev: dict[str, list[Doc]]) -> int:
    """Move every training document whose translation (:func:`parallel_key`) is in a dev split to
    that corpus's dev split, in place; the number moved.

    hr500k and SETimes.SR hold translations of the same SETimes articles, split apart by
    :func:`split`: training on ``set.sr.80`` would teach the model the names of the dev document
    ``set.hr.80`` and lift its figure.
    """
    keys = {parallel_key(d.doc_id) for docs in dev.values() for d in docs}
    moved = 0
    for name, docs in train.items():
        out = [d for d in docs if parallel_key(d.doc_id) in keys]
        train[name] = [d for d in docs if parallel_key(d.doc_id) not in keys]
        dev[name] = dev.get(name, []) + out
        moved += len(out)
    return moved


def prf(gold: set, pred: set) -> tuple[float, float, float]:
    tp = len(gold & pred)
    p = tp / len(pred) if pred else 0.0
    r = tp / len(gold) if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _predicted(docs: list[Doc], entities: pd.DataFrame) -> set[tuple[str, int, int, str]]:
    """The predicted mentions of the documents' annotated text (a title rebuilt before the gold
    tokens from the metadata, as SentiCoref's, has no gold names: a name found there is not scored)."""
    gold_from = {d.doc_id: d.gold_from for d in docs}
    ents = entities[entities.article_id.isin(gold_from)]
    ents = ents[ents.start_char >= ents.article_id.map(gold_from)]
    return set(zip(ents.article_id, ents.start_char, ents.end_char, ents.type, strict=True))


def counts(docs: list[Doc], entities: pd.DataFrame) -> tuple[int, int, int, int, int, int]:
    """(true, predicted, gold) mention counts, typed then untyped, for summing over several runs."""
    g_t = {(d.doc_id, s, e, t) for d in docs for s, e, t in d.gold if t in TYPES or t == "NE"}
    p_t = _predicted(docs, entities)
    g_u, p_u = {m[:3] for m in g_t}, {m[:3] for m in p_t}
    return len(g_t & p_t), len(p_t), len(g_t), len(g_u & p_u), len(p_u), len(g_u)


def score(docs: list[Doc], entities: pd.DataFrame) -> dict[str, float]:
    """Mention P/R/F1 (exact character span), typed and untyped, of an ENTITIES table against gold.

    Gold ``DERIV-PER`` (possessive adjectives) is not a mention, as in ENTITIES. For a corpus
    whose names are untyped (``NE``), only the untyped figures mean anything. Only text that the
    gold annotates is scored: not a title rebuilt from the metadata before the gold tokens.
    """
    g_t = {(d.doc_id, s, e, t) for d in docs for s, e, t in d.gold if t in TYPES or t == "NE"}
    p_t = _predicted(docs, entities)
    p, r, f = prf(g_t, p_t)
    out = {"typed P": p, "typed R": r, "typed F1": f}
    g_u, p_u = {m[:3] for m in g_t}, {m[:3] for m in p_t}
    p, r, f = prf(g_u, p_u)
    out.update({"untyped P": p, "untyped R": r, "untyped F1": f, "gold mentions": float(len(g_u))})
    return out


def annotate_and_score(docs: list[Doc]) -> dict[str, float]:
    """Run lite end to end on the documents' articles and score its ENTITIES."""
    if not docs:
        return {}
    lang = docs[0].lang
    ann = nk.annotate([d.article for d in docs], language=lang, annotator="lite", cache=False, progress=False, n_jobs=1)
    return score(docs, ann.entities)
