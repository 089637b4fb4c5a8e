"""CoNLL-U in and out: a pre-annotated corpus read into TOKENS, ENTITIES and articles, and back.

Example:
    >>> from newskit.conllu import read_conllu
    >>> ann = read_conllu("../shared/data/ud-sl-ssj/sl_ssj-ud-dev.conllu")  # doctest: +SKIP
"""

from __future__ import annotations

import datetime as dt
import io
import re
import warnings
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pandas as pd

from ._text import check_path, decode_bytes, read_bytes
from ._version import __version__
from .article import Annotation, Article, Caption
from .entities import entities_from_tokens
from .errors import InputError, SkippedInputWarning
from .language import check_language, detect_language, detect_script, language_argument
from .schemas import PARTS, TOKENS, conform, require

__all__ = ["ner_tag", "read_conllu", "to_conllu", "write_output"]


def ner_tag(misc: dict | None) -> str:
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


#: The entity types of ENTITIES. CLASSLA and the SUK corpus also mark possessive adjectives of
#: person names (``Šrotova``, ``deriv-per``); those are adjectives, not mentions, and are left out.


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


def _conllu_source(source: Any) -> tuple[str, str, str]:
    """(text, name for messages, stem for a lone document's id) of a path, CoNLL-U text or file object."""

    if hasattr(source, "read"):
        data = source.read()
        name = str(getattr(source, "name", "<CoNLL-U file object>"))
        if isinstance(data, bytes):
            data = decode_bytes(data, source=name)
        if not str(data).strip():
            raise InputError(f"{name}: the CoNLL-U text is empty; nothing to read")
        return str(data), name, Path(name).stem if not name.startswith("<") else "doc"
    if isinstance(source, str) and ("\n" in source or "\t" in source or source.lstrip().startswith("#")):
        return source, "<CoNLL-U text>", "doc"
    p = check_path(source, caller="read_conllu")
    return decode_bytes(read_bytes(p), source=str(p)), str(p), p.stem


#: Article.meta keys that to_conllu writes in its own way (or not at all), not as ``# key = value``.
_OWN_META = frozenset({"title", "url", "main_url", "outlet", "date", "author", "part", "source_path",
                       "sent_ids", "annotated", "newdoc", "newpar", "newdoc id", "newpar id", "sent_id", "text"})


_CONLLU_ID = re.compile(r"\d+(?:-\d+|\.\d+)?")


def _check_conllu_lines(text: str, where: str) -> None:
    """An :class:`InputError` naming the first token line that is not 10 tab-separated columns with a word id."""
    for lineno, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        n = line.count("\t") + 1
        if n != 10:
            raise InputError(
                f"{where}: line {lineno} has {n} tab-separated column(s), CoNLL-U needs 10 (ID FORM LEMMA UPOS XPOS "
                f"FEATS HEAD DEPREL DEPS MISC, _ for an empty one); fix the line"
            )
        if not _CONLLU_ID.fullmatch(line.split("\t", 1)[0]):
            raise InputError(f"{where}: line {lineno} starts with {line.split(chr(9), 1)[0][:20]!r}, not a word id "
                             f"(1, 2, 3-4 or 5.1); fix the line")


def read_conllu(source: Any, *, language: str | None = None, lang: str | None = None) -> Annotation:
    """Read a pre-annotated CoNLL-U corpus into TOKENS, ENTITIES and its articles.

    ``source`` is a path, CoNLL-U text (a string with line breaks, as :func:`to_conllu` returns),
    or an open file object (text or binary).

    Documents start at ``# newdoc id``; their ``# title``, ``# url``, ``# date``, ``# main_url``
    (the outlet) and ``# author`` become article metadata. Paragraphs follow ``# newpar``. The
    article text is rebuilt from the tokens (no space where MISC has ``SpaceAfter=No``, sentences of
    a paragraph joined by a space, the title first), so offsets index ``Article.text``. NER comes
    from ``NER=`` in MISC. A file without ``# newdoc`` is one article named after the file. Each
    sentence's ``# sent_id`` is kept in ``Article.meta["sent_ids"]`` (one a sentence, in order), and
    a document's other comments (``# newdoc id`` aside) in ``Article.meta``; :func:`to_conllu`
    writes both back, so a round trip keeps them. ``language=`` sets the articles' language (else
    detected; ``lang=`` is the old name, deprecated).

    A document that cannot be made into an article (a ``# part`` other than title, lead, body and
    caption, parts out of that order, no words) is left out and reported: ``tokens.attrs["skipped"]``
    (``article_id``, ``error``) and one :class:`~newskit.errors.SkippedInputWarning`.

    Raises:
        InputError: the file is missing, empty or not CoNLL-U (the message gives the line), or no
            document in it can be read.

    Example:
        >>> ann = read_conllu("../shared/data/sl-news-suk/senticoref_ud_test.conllu")  # doctest: +SKIP
        >>> ann.articles[0].outlet  # doctest: +SKIP
        'rtvslo.si'
    """
    import conllu

    lang = check_language(language_argument(language, lang, caller="read_conllu"), argument="language")
    text, where, stem = _conllu_source(source)
    _check_conllu_lines(text, where)
    try:
        sentences = conllu.parse(text)
    except Exception as exc:  # the conllu package raises several types for malformed lines
        raise InputError(f"{where}: not valid CoNLL-U ({exc}); each token line needs 10 tab-separated columns") from None
    if not sentences:
        raise InputError(f"{where}: no sentences found; is this a CoNLL-U file?")

    # Group sentences into documents and paragraphs.
    docs: list[dict] = []
    for sent in sentences:
        meta = sent.metadata
        if "newdoc id" in meta or "newdoc" in meta or not docs:
            doc_id = meta.get("newdoc id") or meta.get("newdoc") or stem
            docs.append({"id": str(doc_id), "meta": dict(meta), "paragraphs": [], "sent_ids": []})
        doc = docs[-1]
        if "newpar id" in meta or "newpar" in meta or not doc["paragraphs"] or (
            "part" in meta and meta["part"] != doc["paragraphs"][-1]["part"]
        ):
            doc["paragraphs"].append({"part": meta.get("part", "body"), "sentences": []})
        doc["paragraphs"][-1]["sentences"].append(sent)
        doc["sent_ids"].append(meta.get("sent_id"))

    cols: dict[str, list] = {c: [] for c in TOKENS}
    articles: list[Article] = []
    skipped: list[dict[str, str]] = []
    for doc in docs:
        bad_part = next((par["part"] for par in doc["paragraphs"] if par["part"] not in PARTS), None)
        if bad_part is not None:
            skipped.append({"article_id": doc["id"], "error": f"# part = {bad_part} is not one of {', '.join(PARTS)}"})
            continue
        doc_cols: dict[str, list] = {c: [] for c in TOKENS}
        try:
            art = _conllu_document(doc, doc_cols, where, lang)
        except (InputError, KeyError, TypeError, ValueError) as exc:
            skipped.append({"article_id": doc["id"], "error": str(exc) if isinstance(exc, InputError)
                            else f"not readable ({type(exc).__name__}: {exc})"})
            continue
        if not doc_cols["token"]:
            skipped.append({"article_id": doc["id"], "error": "the document has no words"})
            continue
        for c in TOKENS:
            cols[c].extend(doc_cols[c])
        articles.append(art)
    if not articles:
        first = f" (document {skipped[0]['article_id']}: {skipped[0]['error']})" if skipped else ""
        raise InputError(f"{where}: no document could be read{first}")
    if skipped:
        warnings.warn(f"read_conllu({where!r}): skipped {len(skipped)} document(s), e.g. {skipped[0]['article_id']}: "
                      f"{skipped[0]['error']}; see tokens.attrs['skipped']", SkippedInputWarning, stacklevel=2)
    tokens = conform(cols, TOKENS)
    tokens.attrs.update({
        "newskit_version": __version__,
        "annotator": "conllu",
        "model": where,
        "options": {"language": lang},
        "skipped": skipped,
    })
    entities = entities_from_tokens(tokens)
    entities.attrs.update(tokens.attrs)
    return Annotation(tokens, entities, articles)


def _conllu_document(doc: dict, cols: dict[str, list], where: str, lang: str | None) -> Article:
    """One document of :func:`read_conllu`: its rows appended to ``cols``, its article returned."""
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
            mwt_end: int | None = None
            mwt: tuple[int, str, int, bool] | None = None  # (token_id, form, end word id, space)
            for tok in sent:
                tid = tok["id"]
                if isinstance(tid, tuple):
                    if tid[1] == "-":
                        space = (tok.get("misc") or {}).get("SpaceAfter") != "No"
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
                    space = (tok.get("misc") or {}).get("SpaceAfter") != "No"
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
                cols["ner"].append(ner_tag(tok.get("misc")))
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
        captions=tuple(Caption(c) for c in para_texts["caption"]),
        outlet=info["outlet"],
        url=info["url"],
        published=info["published"],
        language=lang_doc,
        script=detect_script(full),
        authors=info["authors"],
        meta={"source_path": where, "annotated": "conllu",
              **{k: v for k, v in doc["meta"].items() if k not in ("newdoc id", "newpar id", "sent_id", "text")},
              **({"sent_ids": list(doc["sent_ids"])} if any(doc["sent_ids"]) else {})},
    )
    if art.text != full:  # parts in an unusual order (a caption before the body): keep text faithful
        raise InputError("its paragraphs are not in title, lead, body, caption order")
    return art


def to_conllu(tokens: pd.DataFrame, path: str | Path | None = None, *, articles: Sequence[Article] | None = None) -> str:
    """Write a TOKENS table as CoNLL-U; returns the text, and writes it to ``path`` when given.

    With ``articles``, each document carries its title, url, date, outlet and authors as comments,
    so that :func:`read_conllu` gives the same articles and tokens back.

    Example:
        >>> from newskit.conllu import read_conllu, to_conllu
        >>> ann = read_conllu("../shared/data/ud-sl-ssj/sl_ssj-ud-dev.conllu")  # doctest: +SKIP
        >>> again = read_conllu(to_conllu(ann.tokens, articles=ann.articles))  # doctest: +SKIP
        >>> again = read_conllu(io.StringIO(to_conllu(ann.tokens)))  # a file object  # doctest: +SKIP
    """
    require(tokens, TOKENS, caller="to_conllu")
    by_id = {a.article_id: a for a in (articles or [])}
    out = io.StringIO()
    write = out.write

    def cell(x: object) -> str:
        if x is None or x is pd.NA or (isinstance(x, float) and x != x) or x == "":
            return "_"
        return _one_line(str(x)) or "_"

    def ner_misc(tag: object) -> str | None:
        if not isinstance(tag, str) or not tag:
            return None
        if tag == "O" or "-" not in tag:
            return "NER=" + tag
        prefix, kind = tag.split("-", 1)
        return f"NER={prefix}-{kind.lower()}"

    # Plain Python lists: row access through pandas (iterrows, groupby) was most of the time.
    col = {c: tokens[c].tolist() for c in TOKENS}
    art_col, sent_col, tok_col = col["article_id"], col["sentence"], col["token_id"]
    space_col = [True if s is pd.NA or s is None else bool(s) for s in col["space_after"]]
    docs: dict[object, list[int]] = {}
    for i, a in enumerate(art_col):
        if a is pd.NA or a is None:
            continue  # groupby() left rows without an article out; so does this
        docs.setdefault(a, []).append(i)

    for art_id, rows in docs.items():
        write(f"# newdoc id = {_one_line(str(art_id))}\n")
        art = by_id.get(str(art_id))
        if art is not None:
            if art.title and not any(col["part"][i] == "title" for i in rows):
                write(f"# title = {_one_line(art.title)}\n")
            if art.url:
                write(f"# url = {_one_line(art.url)}\n")
            if art.outlet:
                write(f"# main_url = {_one_line(art.outlet)}\n")
            if art.published:
                write(f"# date = {art.published.date().isoformat()}\n")
            if art.authors:
                write(f"# author = {_one_line(', '.join(art.authors))}\n")
            for key, value in art.meta.items():
                # the document's other comments, as read_conllu kept them
                if (key not in _OWN_META and isinstance(value, (str, int, float)) and not isinstance(value, bool)
                        and "\n" not in str(value) and "=" not in key and key.strip()):
                    write(f"# {key} = {value}\n")
        sents: dict[int, list[int]] = {}
        for i in rows:
            s_no = sent_col[i]
            if s_no is pd.NA or s_no is None:
                continue
            sents.setdefault(s_no, []).append(i)
        prev_par = None
        for sent_no in sorted(sents):
            srows = sents[sent_no]
            par = int(col["paragraph"][srows[0]])
            part = str(col["part"][srows[0]])
            if par != prev_par:
                write(f"# newpar id = {art_id}.p{par}\n")
                prev_par = par
            own_ids = art.meta.get("sent_ids") if art is not None else None
            own = own_ids[sent_no] if isinstance(own_ids, list) and 0 <= sent_no < len(own_ids) else None
            write(f"# sent_id = {own or f'{art_id}.s{sent_no}'}\n")
            if part != "body":
                write(f"# part = {part}\n")
            groups: dict[object, list[int]] = {}
            for i in srows:
                groups.setdefault(tok_col[i], []).append(i)
            text = "".join(str(col["token"][g[0]]) + (" " if space_col[g[0]] else "") for g in groups.values())
            write(f"# text = {_one_line(text).rstrip()}\n")
            for tok_id, grp in groups.items():
                first = grp[0]
                multi = len(grp) > 1
                if multi:
                    misc = "_" if space_col[grp[-1]] else "SpaceAfter=No"
                    write(f"{tok_id}-{col['word_id'][grp[-1]]}\t{cell(col['token'][first])}\t_\t_\t_\t_\t_\t_\t_\t{misc}\n")
                for i in grp:
                    misc_items = []
                    tag = ner_misc(col["ner"][i])
                    if tag:
                        misc_items.append(tag)
                    if not multi and not space_col[i]:
                        misc_items.append("SpaceAfter=No")
                    head = col["head"][i]
                    write("\t".join([
                        str(col["word_id"][i]), cell(col["text"][i]), cell(col["lemma"][i]), cell(col["upos"][i]),
                        cell(col["xpos"][i]), cell(col["feats"][i]),
                        cell(None if head is pd.NA or head is None else int(head)), cell(col["deprel"][i]),
                        "_", "|".join(misc_items) or "_",
                    ]) + "\n")
            write("\n")
    result = out.getvalue()
    if path is not None:
        write_output(path, lambda target: target.write_text(result, encoding="utf-8"))
    return result


_CONTROL = re.compile(r"[\t\n\r\v\f\x1c-\x1e\x85\u2028\u2029]")


def _one_line(value: str) -> str:
    """A CoNLL-U field or comment: tabs and line breaks (which would split the line) as spaces."""
    return _CONTROL.sub(" ", value)


def write_output(path: str | Path, write: Any) -> Path:
    """Write an output file through ``write(path)``; an :class:`InputError` naming it when it cannot be written."""

    target = check_path(path, argument="path")
    if target.is_dir():
        raise InputError(f"{target}: is a folder; give a file name to write to")
    if not target.parent.is_dir():
        raise InputError(f"{target}: the folder {target.parent} does not exist; create it first or write elsewhere")
    try:
        write(target)
    except OSError as exc:
        raise InputError(f"{target}: cannot be written ({exc.strerror or exc})") from None
    return target
