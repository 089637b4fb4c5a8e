"""Annotation: the TOKENS and ENTITIES tables, from classla, the offline annotator or CoNLL-U.

Every annotator gives the same two tables (:data:`newskit.schemas.TOKENS`,
:data:`newskit.schemas.ENTITIES`) with offsets into ``Article.text``, so the later stages
never care where the annotation came from.

Example:
    >>> from newskit.annotate import read_conllu
    >>> ann = read_conllu("tests/data/mini.conllu")  # doctest: +SKIP
"""

from __future__ import annotations

import datetime as dt
import io
import re
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import NamedTuple

import pandas as pd

from ._version import __version__
from .article import Article
from .errors import InputError
from .language import check_language, detect_language, detect_script
from .schemas import ENTITIES, TOKENS, conform, require

__all__ = ["Annotation", "read_conllu", "to_conllu", "entities_from_tokens"]


class Annotation(NamedTuple):
    """What every annotator returns: TOKENS, ENTITIES and the articles they index into."""

    tokens: pd.DataFrame
    entities: pd.DataFrame
    articles: list[Article]


def _ner_tag(misc: dict | None) -> str:
    raw = (misc or {}).get("NER")
    if not raw or raw == "O":
        return "O"
    prefix, _, kind = str(raw).partition("-")
    return f"{prefix.upper()}-{kind.upper()}" if kind else "O"


def _feats(feats: dict | None) -> str | None:
    if not feats:
        return None
    return "|".join(f"{k}={v}" for k, v in feats.items())


def _val(x: object) -> str | None:
    return None if x in (None, "_") else str(x)


def entities_from_tokens(tokens: pd.DataFrame) -> pd.DataFrame:
    """Named-entity mentions from the BIO ``ner`` column of a TOKENS table.

    The mention's lemma joins its words' lemmas, keeping the capital of a capitalised word
    (``Banke Slovenije`` -> ``Banka Slovenija``, ``Putinu`` -> ``Putin``).

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

    prev_key = None
    for art, sent, tok_id, text, lemma, ner, start, end in zip(
        tokens["article_id"], tokens["sentence"], tokens["token_id"], tokens["text"], tokens["lemma"],
        tokens["ner"], tokens["start_char"], tokens["end_char"],
    ):
        tag = ner if isinstance(ner, str) else "O"
        key = (art, sent)
        if key != prev_key:
            close()
            prev_key = key
        if tag == "O" or "-" not in tag:
            close()
            continue
        bio, kind = tag.split("-", 1)
        lem = lemma if isinstance(lemma, str) and lemma else text
        if text[:1].isupper() and lem[:1].islower():
            lem = lem[:1].upper() + lem[1:]
        if bio == "I" and cur is not None and cur["type"] == kind:
            if start > cur["end_char"]:
                cur["text"] += " " if start > cur["end_char"] else ""
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
    return conform(rows, ENTITIES)


def _doc_meta(meta: dict) -> dict:
    date = meta.get("date")
    published = None
    if date and date != "NA":
        try:
            published = dt.datetime.fromisoformat(str(date)[:10])
        except ValueError:
            published = None
    outlet = meta.get("main_url") or meta.get("outlet")
    if outlet and outlet != "NA":
        outlet = re.sub(r"^(https?://)?(www\.)?", "", str(outlet)).rstrip("/")
    else:
        outlet = None
    authors = tuple(a.strip() for a in str(meta.get("author", "")).split(",") if a.strip() and a.strip() != "NA")
    return {
        "title": meta.get("title", "") if meta.get("title") != "NA" else "",
        "url": meta.get("url") if meta.get("url") not in (None, "NA") else None,
        "outlet": outlet,
        "published": published,
        "authors": authors,
    }


def read_conllu(path: str | Path, *, lang: str | None = None) -> Annotation:
    """Read a pre-annotated CoNLL-U corpus into TOKENS, ENTITIES and its articles.

    Documents start at ``# newdoc id``; their ``# title``, ``# url``, ``# date``, ``# main_url``
    (the outlet) and ``# author`` become article metadata. Paragraphs follow ``# newpar``. The
    article text is rebuilt from the tokens (no space where MISC has ``SpaceAfter=No``, sentences of
    a paragraph joined by a space, the title first), so offsets index ``Article.text``. NER comes
    from ``NER=`` in MISC. A file without ``# newdoc`` is one article named after the file.

    Raises:
        InputError: the file is missing, empty or not CoNLL-U (the message gives the line).

    Example:
        >>> ann = read_conllu("../shared/data/sl-news-suk/senticoref_ud_test.conllu")  # doctest: +SKIP
        >>> ann.articles[0].outlet  # doctest: +SKIP
        'rtvslo.si'
    """
    import conllu

    from .loaders import decode_bytes, read_bytes

    p = Path(path)
    text = decode_bytes(read_bytes(p), source=str(p))
    lang = check_language(lang)
    try:
        sentences = conllu.parse(text)
    except Exception as exc:  # the conllu package raises several types for malformed lines
        raise InputError(f"{p}: not valid CoNLL-U ({exc}); each token line needs 10 tab-separated columns") from None
    if not sentences:
        raise InputError(f"{p}: no sentences found; is this a CoNLL-U file?")

    # Group sentences into documents and paragraphs.
    docs: list[dict] = []
    for sent in sentences:
        meta = sent.metadata
        if "newdoc id" in meta or "newdoc" in meta or not docs:
            doc_id = meta.get("newdoc id") or meta.get("newdoc") or p.stem
            docs.append({"id": str(doc_id), "meta": dict(meta), "paragraphs": []})
        doc = docs[-1]
        if "newpar id" in meta or "newpar" in meta or not doc["paragraphs"] or (
            "part" in meta and meta["part"] != doc["paragraphs"][-1]["part"]
        ):
            doc["paragraphs"].append({"part": meta.get("part", "body"), "sentences": []})
        doc["paragraphs"][-1]["sentences"].append(sent)

    cols: dict[str, list] = {c: [] for c in TOKENS}
    articles: list[Article] = []
    for doc in docs:
        info = _doc_meta(doc["meta"])
        title = info["title"]
        has_title_part = any(par["part"] == "title" for par in doc["paragraphs"])
        pieces: list[str] = []
        pos = 0
        if title and not has_title_part:
            pieces.append(title)
            pos = len(title)
        para_texts: dict[str, list[str]] = {"title": [], "lead": [], "body": [], "caption": []}
        sent_no = 0
        for par_index, par in enumerate(doc["paragraphs"]):
            if pieces:
                pieces.append("\n\n")
                pos += 2
            par_start = pos
            paragraph = par_index + (1 if title and not has_title_part else 0)
            for s_i, sent in enumerate(par["sentences"]):
                if s_i:
                    pieces.append(" ")
                    pos += 1
                sent_start = pos
                mwt_end: int | None = None
                mwt: tuple[int, str, int, bool] | None = None  # (token_id, form, end word id, space)
                for tok in sent:
                    tid = tok["id"]
                    if isinstance(tid, tuple):
                        if tid[1] == "-":
                            space = (tok["misc"] or {}).get("SpaceAfter") != "No"
                            mwt = (tid[0], tok["form"], tid[2], space)
                            mwt_start = pos
                            pieces.append(tok["form"])
                            pos += len(tok["form"])
                            mwt_end = pos
                            if space:
                                pieces.append(" ")
                                pos += 1
                        continue  # empty nodes (8.1) carry no text
                    if mwt is not None and mwt[0] <= tid <= mwt[2]:
                        tok_id, form, start, end, space = mwt[0], mwt[1], mwt_start, mwt_end, mwt[3]
                        if tid == mwt[2]:
                            mwt = None
                    else:
                        form = tok["form"]
                        space = (tok["misc"] or {}).get("SpaceAfter") != "No"
                        tok_id, start = tid, pos
                        pieces.append(form)
                        pos += len(form)
                        end = pos
                        if space:
                            pieces.append(" ")
                            pos += 1
                    cols["article_id"].append(doc["id"])
                    cols["part"].append(par["part"])
                    cols["paragraph"].append(paragraph)
                    cols["sentence"].append(sent_no)
                    cols["token_id"].append(tok_id)
                    cols["word_id"].append(tid)
                    cols["token"].append(form)
                    cols["text"].append(tok["form"])
                    cols["lemma"].append(_val(tok["lemma"]))
                    cols["upos"].append(_val(tok["upos"]))
                    cols["xpos"].append(_val(tok["xpos"]))
                    cols["feats"].append(_feats(tok["feats"]))
                    cols["head"].append(tok["head"] if isinstance(tok["head"], int) else pd.NA)
                    cols["deprel"].append(_val(tok["deprel"]))
                    cols["ner"].append(_ner_tag(tok["misc"]))
                    cols["start_char"].append(start)
                    cols["end_char"].append(end)
                    cols["space_after"].append(space)
                # A trailing space after the last token is not part of the text.
                if pieces and pieces[-1] == " ":
                    pieces.pop()
                    pos -= 1
                sent_no += 1
            para_texts[par["part"]].append("".join(pieces)[par_start:pos])
        full = "".join(pieces)
        lang_doc = lang or detect_language(full)
        art = Article(
            article_id=doc["id"],
            title=title if not has_title_part else " ".join(para_texts["title"]),
            subtitle=" ".join(para_texts["lead"]),
            paragraphs=tuple(para_texts["body"]),
            captions=tuple(para_texts["caption"]),
            outlet=info["outlet"],
            url=info["url"],
            published=info["published"],
            language=lang_doc,
            script=detect_script(full),
            authors=info["authors"],
            meta={"source_path": str(p), **{k: v for k, v in doc["meta"].items() if k not in ("newdoc id", "newpar id", "sent_id", "text")}},
        )
        if art.text != full:  # parts in an unusual order (a caption before the body): keep text faithful
            raise InputError(f"{p}: document {doc['id']}: paragraphs are not in title, lead, body, caption order")
        articles.append(art)
    tokens = conform(cols, TOKENS)
    tokens.attrs.update({
        "newskit_version": __version__,
        "annotator": "conllu",
        "model": str(p),
        "options": {"lang": lang},
    })
    entities = entities_from_tokens(tokens)
    entities.attrs.update(tokens.attrs)
    return Annotation(tokens, entities, articles)


def to_conllu(tokens: pd.DataFrame, path: str | Path | None = None, *, articles: Sequence[Article] | None = None) -> str:
    """Write a TOKENS table as CoNLL-U; returns the text, and writes it to ``path`` when given.

    With ``articles``, each document carries its title, url, date, outlet and authors as comments,
    so that :func:`read_conllu` gives the same articles and tokens back.

    Example:
        >>> from newskit.annotate import read_conllu, to_conllu
        >>> ann = read_conllu("../shared/data/ud-sl-ssj/sl_ssj-ud-dev.conllu")  # doctest: +SKIP
        >>> read_conllu(io.StringIO(to_conllu(ann.tokens)))  # doctest: +SKIP
    """
    require(tokens, TOKENS, caller="to_conllu")
    by_id = {a.article_id: a for a in (articles or [])}
    out = io.StringIO()

    def cell(x: object) -> str:
        return "_" if x is None or x is pd.NA or (isinstance(x, float) and pd.isna(x)) or x == "" else str(x)

    for art_id, doc in tokens.groupby("article_id", sort=False):
        out.write(f"# newdoc id = {art_id}\n")
        art = by_id.get(str(art_id))
        if art is not None:
            if art.title and not (doc["part"] == "title").any():
                out.write(f"# title = {art.title}\n")
            if art.url:
                out.write(f"# url = {art.url}\n")
            if art.outlet:
                out.write(f"# main_url = {art.outlet}\n")
            if art.published:
                out.write(f"# date = {art.published.date().isoformat()}\n")
            if art.authors:
                out.write(f"# author = {', '.join(art.authors)}\n")
        prev_par = None
        for sent_no, sent in doc.groupby("sentence", sort=True):
            par = int(sent["paragraph"].iloc[0])
            part = str(sent["part"].iloc[0])
            if par != prev_par:
                out.write(f"# newpar id = {art_id}.p{par}\n")
                prev_par = par
            out.write(f"# sent_id = {art_id}.s{sent_no}\n")
            if part != "body":
                out.write(f"# part = {part}\n")
            tokens_text = []
            for tok_id, grp in sent.groupby("token_id", sort=False):
                first = grp.iloc[0]
                tokens_text.append(str(first["token"]) + (" " if first["space_after"] else ""))
            out.write(f"# text = {''.join(tokens_text).rstrip()}\n")
            for tok_id, grp in sent.groupby("token_id", sort=False):
                first = grp.iloc[0]
                last_space = bool(grp["space_after"].iloc[-1])
                if len(grp) > 1:
                    misc = "_" if last_space else "SpaceAfter=No"
                    out.write(f"{tok_id}-{grp['word_id'].iloc[-1]}\t{first['token']}\t_\t_\t_\t_\t_\t_\t_\t{misc}\n")
                for _, w in grp.iterrows():
                    misc_items = []
                    if isinstance(w["ner"], str) and w["ner"]:
                        tag = w["ner"]
                        misc_items.append("NER=" + (tag if tag == "O" else tag.split("-", 1)[0] + "-" + tag.split("-", 1)[1].lower()))
                    if len(grp) == 1 and not w["space_after"]:
                        misc_items.append("SpaceAfter=No")
                    head = w["head"]
                    out.write("\t".join([
                        str(w["word_id"]), cell(w["text"]), cell(w["lemma"]), cell(w["upos"]), cell(w["xpos"]),
                        cell(w["feats"]), cell(None if head is pd.NA or pd.isna(head) else int(head)), cell(w["deprel"]),
                        "_", "|".join(misc_items) or "_",
                    ]) + "\n")
            out.write("\n")
    result = out.getvalue()
    if path is not None:
        Path(path).write_text(result, encoding="utf-8")
    return result


def _iter_articles(articles: Article | Iterable[Article]) -> list[Article]:
    if isinstance(articles, Article):
        return [articles]
    return list(articles)
