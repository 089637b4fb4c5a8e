"""Annotation: the TOKENS and ENTITIES tables, from classla, the offline annotator or CoNLL-U.

Every annotator gives the same two tables (:data:`newskit.schemas.TOKENS`,
:data:`newskit.schemas.ENTITIES`) with offsets into ``Article.text``, so the later stages
never care where the annotation came from.

Example:
    >>> from newskit.annotate import read_conllu
    >>> ann = read_conllu("tests/data/mini.conllu")  # doctest: +SKIP
"""

from __future__ import annotations

import bisect
import importlib
import json
import os
import sys
import warnings
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd

from . import lite
from ._version import __version__

# Records and readers of the layers below, re-exported where users have imported them so far.
from .article import Annotation, Article
from .cache import AnnotationCache, make_key
from .conllu import read_conllu, to_conllu, write_output
from .entities import entities_from_tokens
from .errors import InputError, UnsupportedLanguageError
from .language import check_language, detect_language, language_argument, resource_language
from .loaders import Loaded, check_article
from .models import DEFAULT_PROCESSORS, fetch_command, parse_processors, with_needs
from .schemas import TOKENS, conform, require

__all__ = [
    "Annotation",
    "LiteFallbackWarning",
    "annotate",
    "realign",
    "document_columns",
    "read_conllu",
    "to_conllu",
    "write_tokens",
    "entities_from_tokens",
]


def _iter_articles(articles: Article | Iterable[Article]) -> list[Article]:

    if isinstance(articles, Article):
        return [articles]
    if isinstance(articles, Loaded):  # what read(), read_csv() and articles_from_frame() return
        return list(articles.articles)
    if isinstance(articles, (str, bytes, os.PathLike)):
        value = articles.decode("utf-8", "replace") if isinstance(articles, bytes) else str(articles)
        looks_like_path = "\n" not in value and len(value) < 400 and Path(value).suffix != "" and Path(value).exists()
        if looks_like_path or isinstance(articles, os.PathLike):
            raise InputError(
                f"annotate() takes Article objects, not a path ({value!r}); read the file first: "
                f"annotate(newskit.read({value!r}).articles)"
            )
        raise InputError(
            "annotate() takes Article objects, not a string; make one with "
            "annotate(newskit.article_from_text(text)) (a first block before a blank line is the title), "
            "or read files with newskit.read(path)"
        )
    if isinstance(articles, pd.DataFrame):
        raise InputError(
            f"annotate() takes Article objects, not a DataFrame (columns {', '.join(map(str, articles.columns[:8]))}); "
            f"turn its rows into articles with annotate(newskit.articles_from_frame(df)), naming your "
            f"columns with columns={{'text': 'body', ...}} where they differ from the article fields"
        )
    if isinstance(articles, Annotation):
        raise InputError("annotate() got an Annotation, which is annotated already; pass it on as it is")
    if not isinstance(articles, Iterable) or isinstance(articles, Mapping):
        raise InputError(
            f"annotate(articles=...): got {'None' if articles is None else 'a ' + type(articles).__name__}; give a "
            f"newskit.Article or a list of them (read files with newskit.read(path))"
        )
    out = list(articles)
    for i, a in enumerate(out):
        if not isinstance(a, Article):
            raise InputError(f"articles[{i}] is a {type(a).__name__}, not a newskit.Article")
    return out


# --- annotate(): realignment, the classla adapter, the driver ---------------------------------

#: Languages annotate() handles (Bosnian runs the Croatian models).
ANNOTATION_LANGUAGES = ("sl", "hr", "sr", "bs", "bg", "mk")
ANNOTATORS = ("auto", "classla", "lite")
MODEL_TYPES = ("standard", "nonstandard")
#: Search this many characters past a skipped stretch when a token is not where expected.
_REALIGN_WINDOW = 24
#: classla annotates articles in batches of about this many characters, joined by a blank line.
_BATCH_CHARS = 20_000
_BATCH_SEP = "\n\n"


def realign(text: str, forms: Sequence[str], start: int = 0) -> list[tuple[int, int]]:
    """Character spans of the successive tokens ``forms`` in ``text``, from ``start`` on.

    classla's tokenizers report offsets that restart at 0 on every line (obeliks and reldi
    tokenize line by line), and reldi's skip leading spaces, so on a multi-paragraph article
    most reported offsets are wrong. This ignores them and finds each token again in the raw
    text, after the end of the previous one:

    1. whitespace is skipped, then the token is expected right there;
    2. otherwise it is looked for within the next few characters, provided that only
       non-word characters are skipped (a zero-width space, a BOM the tokenizer dropped);
    3. otherwise the tokenizer changed the characters (obeliks turns a soft hyphen into ``-``):
       the token takes as many raw characters as it has.

    Every span therefore holds the raw text, so ``text[start:end]`` is the token as written.

    Args:
        text: the raw text the tokens came from.
        forms: the tokens' surface forms, in order.
        start: where in ``text`` the first token may begin.

    Returns:
        One ``(start_char, end_char)`` per token.

    Example:
        >>> realign("Prvi.\\n\\n  Drugi odstavek.", ["Prvi", ".", "Drugi", "odstavek", "."])
        [(0, 4), (4, 5), (9, 14), (15, 23), (23, 24)]
    """
    spans: list[tuple[int, int]] = []
    pos = start
    n = len(text)
    for form in forms:
        while pos < n and text[pos].isspace():
            pos += 1
        if not form:
            spans.append((pos, pos))
            continue
        if text.startswith(form, pos):
            begin = pos
        else:
            found = text.find(form, pos, pos + len(form) + _REALIGN_WINDOW)
            if found != -1 and not any(ch.isalnum() for ch in text[pos:found]):
                begin = found
            else:
                begin = pos
        end = min(begin + len(form), n)
        spans.append((begin, end))
        pos = end
    return spans


def _ner_bio(tag: object) -> str:
    """classla's token NER (``B-per``, ``S-LOC``, ``E-org``, ``O``) as upper-case BIO."""
    if not isinstance(tag, str) or not tag or tag == "O" or "-" not in tag:
        return "O"
    prefix, kind = tag.split("-", 1)
    prefix = {"S": "B", "E": "I"}.get(prefix.upper(), prefix.upper())
    return f"{prefix}-{kind.upper()}"


def document_columns(doc: Any, text: str, spans: Sequence[Any]) -> dict[str, list]:
    """TOKENS columns (all but ``article_id``) from a classla ``Document`` of ``text``.

    The adapter used by both annotators. Offsets come from :func:`realign`, never from classla;
    ``part`` and ``paragraph`` from the article's :meth:`~newskit.article.Article.spans`;
    multi-word tokens keep their surface form in ``token`` and the token's span on each word.
    """
    sentences = [sent for sent in doc.sentences if sent.tokens]
    offsets = realign(text, [tok.text for sent in sentences for tok in sent.tokens])
    return _columns(sentences, offsets, text, spans)


def _split_document(doc: Any, texts: Sequence[str], sep: str) -> list[tuple[list[Any], list[tuple[int, int]]]]:
    """Sentences and their offsets, per text, of one Document made from ``sep.join(texts)``.

    Offsets are realigned on the joined text and returned relative to each text's start. The
    tokenizers work line by line, so no sentence crosses the blank line between two texts.
    """
    joined = sep.join(texts)
    bases = []
    pos = 0
    for t in texts:
        bases.append(pos)
        pos += len(t) + len(sep)
    sentences = [sent for sent in doc.sentences if sent.tokens]
    offsets = realign(joined, [tok.text for sent in sentences for tok in sent.tokens])
    out: list[tuple[list[Any], list[tuple[int, int]]]] = [([], []) for _ in texts]
    k = 0
    for sent in sentences:
        n = len(sent.tokens)
        offs = offsets[k:k + n]
        k += n
        idx = max(bisect.bisect_right(bases, offs[0][0]) - 1, 0)
        base = bases[idx]
        out[idx][0].append(sent)
        out[idx][1].extend((b - base, e - base) for b, e in offs)
    return out


def _columns(sentences: Sequence[Any], offsets: Sequence[tuple[int, int]], text: str, spans: Sequence[Any]) -> dict[str, list]:
    cols: dict[str, list] = {c: [] for c in TOKENS if c != "article_id"}
    starts = [s.start for s in spans]
    k = 0
    n = len(text)
    for sentence, sent in enumerate(sentences):
        for tok in sent.tokens:
            begin, end = offsets[k]
            k += 1
            raw = text[begin:end]
            idx = bisect.bisect_right(starts, begin) - 1
            span = spans[idx] if idx >= 0 else None
            space = end >= n or text[end].isspace()
            words = tok.words
            ner = _ner_bio(getattr(tok, "ner", None))
            for w in words:
                cols["part"].append(span.part if span is not None else "body")
                cols["paragraph"].append(span.paragraph if span is not None else 0)
                cols["sentence"].append(sentence)
                cols["token_id"].append(tok.id[0])
                cols["word_id"].append(w.id)
                cols["token"].append(raw)
                cols["text"].append(raw if len(words) == 1 else w.text)
                cols["lemma"].append(w.lemma)
                cols["upos"].append(w.upos)
                cols["xpos"].append(w.xpos)
                cols["feats"].append(w.feats)
                cols["head"].append(w.head)
                cols["deprel"].append(w.deprel)
                cols["ner"].append(ner)
                cols["start_char"].append(begin)
                cols["end_char"].append(end)
                cols["space_after"].append(space)
    return cols


def _entry_columns(entries: Sequence[Sequence[dict[str, Any]]], text: str, spans: Sequence[Any]) -> dict[str, list]:
    """TOKENS columns (all but ``article_id``) from a rule-based tokenizer's sentences of CoNLL-U dicts.

    What :func:`document_columns` makes of the classla ``Document`` of the same sentences (as
    classla's tokenize processor builds it: no lemma, and no tags where the tokenizer gave an
    ``xpos``), without building that Document, which took a sixth of the lite annotator's time.
    A multi-word token (none of the rule-based tokenizers makes one) goes through the Document.
    """
    sentences = [sent for sent in entries if sent]
    ids: list[int] = []
    for sent in sentences:
        for i, entry in enumerate(sent):
            tid = entry.get("id", i + 1)
            if not isinstance(tid, int):
                if len(tid) != 1:
                    return _document_columns_of(sentences, text, spans)
                tid = tid[0]
            if "MWT=Yes" in (entry.get("misc") or ""):
                return _document_columns_of(sentences, text, spans)
            ids.append(tid)
    flat = [entry for sent in sentences for entry in sent]
    offsets = realign(text, [entry["text"] for entry in flat])
    n = len(text)
    starts = [s.start for s in spans]
    parts: list[Any] = []
    paragraphs: list[Any] = []
    raws: list[str] = []
    spaces: list[bool] = []
    for begin, end in offsets:
        idx = bisect.bisect_right(starts, begin) - 1
        span = spans[idx] if idx >= 0 else None
        parts.append(span.part if span is not None else "body")
        paragraphs.append(span.paragraph if span is not None else 0)
        raws.append(text[begin:end])
        spaces.append(end >= n or text[end].isspace())
    tagged = ["xpos" in entry for entry in flat]  # classla drops upos and feats with the xpos
    return {
        "part": parts,
        "paragraph": paragraphs,
        "sentence": [si for si, sent in enumerate(sentences) for _ in sent],
        "token_id": ids,
        "word_id": list(ids),
        "token": raws,
        "text": list(raws),
        "lemma": [None] * len(flat),
        "upos": [None if t else entry.get("upos") for entry, t in zip(flat, tagged, strict=True)],
        "xpos": [None] * len(flat),
        "feats": [None if t else entry.get("feats") for entry, t in zip(flat, tagged, strict=True)],
        "head": [entry.get("head") for entry in flat],
        "deprel": [entry.get("deprel") for entry in flat],
        "ner": [_ner_bio(entry.get("ner")) for entry in flat],
        "start_char": [b for b, _ in offsets],
        "end_char": [e for _, e in offsets],
        "space_after": spaces,
    }


def _document_columns_of(sentences: Sequence[Sequence[dict[str, Any]]], text: str, spans: Sequence[Any]) -> dict[str, list]:
    from classla.models.common.doc import Document

    cleaned = [[{k: v for k, v in entry.items() if k != "lemma" and not ("xpos" in entry and k in ("xpos", "upos", "feats"))}
                for entry in sent] for sent in sentences]
    return document_columns(Document(cleaned, text), text, spans)


def _normalise_processors(lang: str, processors: str | Sequence[str] | None) -> tuple[tuple[str, ...], list[str]]:
    """The processors to run for ``lang`` in pipeline order, and notes on what was changed."""
    notes: list[str] = []
    if processors is None:
        # models' one default list; what CLASSLA lacks for Macedonian is left out without a note
        named = [p for p in DEFAULT_PROCESSORS.split(",") if not (lang == "mk" and p in ("depparse", "ner"))]
    else:
        named = parse_processors(processors)  # checks the names
    chosen = with_needs(["tokenize", *named])  # models' one table of what each processor needs
    added = [p for p in chosen if p not in named and p != "tokenize"]
    if added:
        asked = ", ".join(p for p in chosen if p in named and p != "tokenize")
        notes.append(f"added {', '.join(added)}: the processors asked for ({asked}) need "
                     f"{'it' if len(added) == 1 else 'them'}")
    if lang == "mk" and set(chosen) & {"depparse", "ner"}:
        chosen = tuple(p for p in chosen if p not in ("depparse", "ner"))
        notes.append("classla has no parser or NER for Macedonian (mk): head, deprel and ner are left empty")
    return chosen, notes


@dataclass
class _Engine:
    """One way of annotating one language: the lite tokenizer or a classla pipeline."""

    kind: str  # lite or classla
    lang: str  # the language as run (bs -> hr)
    type: str
    processors: tuple[str, ...]
    model: dict[str, str]
    pipeline: Any = None

    def options(self) -> dict[str, Any]:
        return {"lang": self.lang, "type": self.type, "processors": ",".join(self.processors)}

    def key(self, text: str) -> str:

        return make_key(text=text, annotator=self.kind, model=self.model, options=self.options(),
                        newskit=__version__, schema=list(TOKENS))

    def run(self, text: str, spans: Sequence[Any]) -> dict[str, list]:
        if self.kind == "lite":

            cols = _entry_columns(lite.tokenize(text, self.lang, self.type) if text.strip() else [], text, spans)
            lite.enrich(cols, self.lang)
            return cols
        return self.run_many([(text, spans)])[0]

    def run_many(self, items: Sequence[tuple[str, Sequence[Any]]]) -> list[dict[str, list]]:
        """Annotate several texts with one classla call (they are joined by a blank line).

        One Document for many short articles lets classla batch their sentences together.
        """
        if self.kind == "lite":
            return [self.run(text, spans) for text, spans in items]
        texts = [t for t, _ in items]
        if not any(t.strip() for t in texts):
            return [{c: [] for c in TOKENS if c != "article_id"} for _ in items]
        doc = self.pipeline(_BATCH_SEP.join(texts))
        out = []
        for (text, spans), (sentences, offsets) in zip(items, _split_document(doc, texts, _BATCH_SEP), strict=True):
            cols = _columns(sentences, offsets, text, spans)
            if "ner" not in self.processors:
                cols["ner"] = [None] * len(cols["ner"])
            out.append(cols)
        return out


def _lite_engine(lang: str, type: str) -> _Engine:

    return _Engine("lite", lang, type, ("tokenize", "lemma", "ner"), lite.versions(lang))


class LiteFallbackWarning(UserWarning):
    """``annotator="auto"`` found no classla models and annotates with the offline lite annotator.

    ``str()`` is the note in the API's words (``annotator="lite"``); :attr:`terminal` says the same
    in the command line's words (``--annotator lite``), which ``newskit`` prints instead.
    """

    def __init__(self, api: str, terminal: str) -> None:
        super().__init__(api)
        self.terminal = terminal


#: The fallback notes already shown in this session.
_FALLBACK_SHOWN: set[str] = set()


def _warn_fallback(message: LiteFallbackWarning) -> None:
    """Show the fallback note once a session, not once for every notebook cell that calls annotate().

    Python's "default" filter repeats a warning for every new calling line, and its "once" filter
    forgets whenever a library touches the filters. ``warnings.simplefilter("always")`` still shows
    every one.
    """
    text = str(message)
    action = next((f[0] for f in warnings.filters
                   if issubclass(LiteFallbackWarning, f[2]) and (f[1] is None or f[1].match(text))), "default")
    if action != "always" and text in _FALLBACK_SHOWN:
        return
    _FALLBACK_SHOWN.add(text)
    warnings.warn(message, stacklevel=4)  # the user's line: annotate() -> _engines() -> here


def _missing_models_message(missing: dict[str, tuple[str, ...]], type: str) -> LiteFallbackWarning:
    what = "; ".join(f"{lang} ({type}: {','.join(procs)})" for lang, procs in missing.items())
    try:

        fetch = "; ".join(f"`{fetch_command(lang, type=type)}`" for lang in missing)
    except ImportError:
        fetch = "; ".join(f"`python -c \"import classla; classla.download('{lang}', type='{type}')\"`" for lang in missing)
    body = (
        "classla's rule-based tokenizer, lemmagen3 lemmas and names from its trained recogniser (rules for bg and mk), with no tags, features or "
        f"parse. To get the models, run {fetch} on a connected machine "
        f"(or `newskit models download {' / '.join(missing)}`), "
        "or copy them here and set CLASSLA_RESOURCES_DIR to their folder."
    )
    return LiteFallbackWarning(
        f"classla models for {what} are not installed, so annotate() uses the offline 'lite' annotator: "
        f"{body} Pass annotator=\"lite\" to silence this warning.",
        f"classla models for {what} are not installed, so newskit uses the offline 'lite' annotator: "
        f"{body} Pass --annotator lite to silence this note.",
    )


def _models_available(lang: str, type: str, processors: str) -> bool:
    """Whether classla models for the pipeline are installed (``newskit.models.models_available``)."""
    try:
        models = importlib.import_module("newskit.models")
    except ImportError:
        return False
    try:
        return bool(models.models_available(lang, type, processors))
    except Exception:  # a broken resources.json reads as "not available": auto then runs lite
        return False


def _classla_engine(lang: str, type: str, procs: tuple[str, ...], options: dict[str, Any] | None = None) -> _Engine:
    models = importlib.import_module("newskit.models")
    pipeline = models.get_pipeline(lang, type=type, processors=",".join(procs), **(options or {}))
    try:
        info = models.model_info(lang, type, ",".join(procs))
    except Exception:  # provenance must not stop annotation
        info = {}
    import classla

    model = {"classla": str(getattr(classla, "__version__", "?")), "type": type,
             "version": str(info.get("version", "unknown")), "dir": str(info.get("dir", "")),
             "classla_resources": str(info.get("classla_resources", ""))}
    return _Engine("classla", lang, type, procs, model, pipeline)


def _engines(langs: Iterable[str], annotator: str, processors: Any, type: str, notes: list[str],
             options: dict[str, Any] | None = None) -> dict[str, _Engine]:
    engines: dict[str, _Engine] = {}
    missing: dict[str, tuple[str, ...]] = {}
    for lang in sorted(set(langs)):
        run_lang = resource_language(lang)
        procs, proc_notes = _normalise_processors(run_lang, processors)
        if annotator == "lite":
            engines[lang] = _lite_engine(run_lang, type)
            continue
        if annotator == "auto" and not _models_available(run_lang, type, ",".join(procs)):
            missing[run_lang] = procs
            engines[lang] = _lite_engine(run_lang, type)
            continue
        for note in proc_notes:
            if note not in notes:
                notes.append(note)
                if "Macedonian" in note:
                    warnings.warn(note, UserWarning, stacklevel=3)
        if run_lang == "mk" and not any("Macedonian" in x for x in notes):
            notes.append("classla has no parser or NER for Macedonian (mk): head, deprel and ner are left empty")
        engines[lang] = _classla_engine(run_lang, type, procs, options)
    if missing:
        message = _missing_models_message(missing, type)
        notes.append(str(message))
        _warn_fallback(message)
    return engines


def _article_lang(art: Article, lang: str | None) -> str:
    if lang is not None:
        code = check_language(lang, argument="language")
    elif art.language:
        code = check_language(art.language, argument=f"language of article {art.article_id!r}")
    else:
        code = detect_language(art.text)
    assert code is not None
    if code not in ANNOTATION_LANGUAGES:
        raise UnsupportedLanguageError(
            f"language={code!r} cannot be annotated; annotate() supports {', '.join(ANNOTATION_LANGUAGES)}"
        )
    return code


def _cols_to_table(cols: dict[str, list]) -> Any:
    import pyarrow as pa

    types = {
        "string": pa.string(), "int32": pa.int32(), "Int32": pa.int32(), "boolean": pa.bool_(),
    }
    arrays = [pa.array(cols[c], type=types[TOKENS[c]]) for c in TOKENS if c != "article_id"]
    return pa.Table.from_arrays(arrays, names=[c for c in TOKENS if c != "article_id"])


def _lite_batch(jobs: list[tuple[str, str, tuple, str, str]]) -> list[tuple[str, Any]]:
    """Worker of the process pool: lite-annotate a batch of (key, text, spans, lang, type)."""
    out: list[tuple[str, Any]] = []
    for key, text, spans, lang, type in jobs:
        engine = _lite_engine(lang, type)
        try:
            out.append((key, engine.run(text, spans)))
        except Exception as exc:  # reported per article by the caller
            out.append((key, exc))
    return out


def _batches(todo: list[tuple[str, Article, str]], engines: dict[str, _Engine]) -> Iterable[list[tuple[str, Article, str]]]:
    """Consecutive articles of one language, up to :data:`_BATCH_CHARS` for classla, one at a time for lite."""
    batch: list[tuple[str, Article, str]] = []
    size = 0
    for item in todo:
        engine = engines[item[2]]
        if batch and (engine.kind == "lite" or item[2] != batch[0][2] or size + len(item[1].text) > _BATCH_CHARS):
            yield batch
            batch, size = [], 0
        batch.append(item)
        size += len(item[1].text)
    if batch:
        yield batch


def _bundle_key(keys: list[str]) -> str:

    return make_key(bundle=keys)


def _read_bundle(store: Any, bundle: str, keys: list[str]) -> dict[str, Any]:
    table = store.get(bundle, count=False)
    if table is None:
        return {}
    try:
        meta = json.loads((table.schema.metadata or {}).get(b"newskit_bundle", b"{}"))
        offsets = meta["offsets"]
        if meta["keys"] != keys or len(offsets) != len(keys) + 1 or offsets[-1] != table.num_rows:
            return {}
    except (ValueError, KeyError, TypeError):
        return {}
    store.hits += len(keys)
    return {key: table.slice(offsets[i], offsets[i + 1] - offsets[i]).replace_schema_metadata(None)
            for i, key in enumerate(keys)}


def _write_bundle(store: Any, bundle: str, keys: list[str], results: dict[str, Any]) -> None:
    import pyarrow as pa

    tables = [results[k].replace_schema_metadata(None) for k in keys]
    offsets = [0]
    for t in tables:
        offsets.append(offsets[-1] + t.num_rows)
    table = pa.concat_tables(tables)
    table = table.replace_schema_metadata({b"newskit_bundle": json.dumps({"keys": keys, "offsets": offsets}).encode()})
    try:
        store.put(bundle, table)
    except OSError:
        pass  # the per-article entries are there; the bundle only saves time


def _default_jobs(n_articles: int) -> int:
    # Worker processes pay off from a few dozen articles, and only where they start by fork
    # (Linux): elsewhere each would import classla and torch again first.
    if n_articles < 40 or not sys.platform.startswith("linux"):
        return 1
    return min(2, os.cpu_count() or 1)


def _classla_options(use_gpu: bool | None, device: str | None, batch_size: int | None) -> dict[str, Any]:
    """classla.Pipeline options for ``use_gpu`` / ``device`` / ``batch_size``, checked."""
    options: dict[str, Any] = {}
    if device is not None:
        dev = str(device).strip().lower()
        if dev in ("cpu",):
            on_gpu = False
        elif dev in ("cuda", "gpu", "cuda:0"):
            on_gpu = True
        else:
            raise InputError(
                f"device={device!r} is not one of 'cpu', 'cuda' ('gpu'); classla runs on the default CUDA "
                f"device, so choose another one with CUDA_VISIBLE_DEVICES"
            )
        if use_gpu is not None and bool(use_gpu) != on_gpu:
            raise InputError(f"use_gpu={use_gpu!r} and device={device!r} disagree; give one of them")
        use_gpu = on_gpu
    if use_gpu is not None:
        options["use_gpu"] = bool(use_gpu)
    if batch_size is not None:
        if isinstance(batch_size, bool) or not isinstance(batch_size, int) or batch_size < 1:
            raise InputError(f"batch_size={batch_size!r} is not a positive whole number (classla's default is 5000 words)")
        for proc in ("pos", "lemma", "depparse", "ner"):
            options[f"{proc}_batch_size"] = batch_size
    return options


def annotate(
    articles: Article | Iterable[Article],
    *,
    language: str | None = None,
    annotator: str = "auto",
    processors: str | Sequence[str] | None = None,
    type: str = "standard",
    cache: bool = True,
    progress: bool | None = None,
    n_jobs: int | None = None,
    use_gpu: bool | None = None,
    device: str | None = None,
    batch_size: int | None = None,
    lang: str | None = None,
) -> Annotation:
    """Annotate articles: tokens, sentences, lemmas, tags, parse and names as tidy tables.

    Every token's ``start_char`` / ``end_char`` index its article's ``text`` exactly
    (``text[start_char:end_char] == token`` for every row), whichever annotator ran.

    Annotators:
        - ``"classla"``: CLASSLA's neural pipeline (through :func:`newskit.models.get_pipeline`):
          MULTEXT-East MSD, UD tags and features, lemmas, dependency parse and NER.
        - ``"lite"``: offline, no models (:mod:`newskit.lite`): classla's rule-based tokenizer,
          lemmagen3 lemmas, names from a trained CRF recogniser (rules for bg and mk); ``upos``/``xpos`` only for punctuation and digits,
          no ``feats``, ``head`` or ``deprel``.
        - ``"auto"`` (default): classla where its models are installed, otherwise lite, with one
          warning saying which models are missing and how to get them.

    Results are cached on disk per article (:mod:`newskit.cache`), so annotating the same
    articles again with the same settings reads them back instead.

    Args:
        articles: one :class:`~newskit.article.Article` or many, or what a ``read*`` loader or
            :func:`~newskit.loaders.articles_from_frame` returns.
        language: language of all articles (sl, hr, sr, bs, bg, mk); by default each article's
            ``language``, detected from its text when missing. (``lang=`` is the old name,
            accepted with a DeprecationWarning for one release.)
        annotator: ``"auto"``, ``"classla"`` or ``"lite"``.
        processors: classla processors, e.g. ``"tokenize,pos,lemma"``; by default all the
            language has (Macedonian has no parser or NER: they are left empty, with a note in
            ``attrs``). ``lemma`` brings ``pos`` with it.
        type: ``"standard"`` or ``"nonstandard"`` (social media, forum text) models.
        cache: read and write the on-disk cache.
        progress: show a progress bar; by default when there are more than 20 articles.
        n_jobs: processes for the lite annotator; by default 2 for 40 or more articles.
        use_gpu: run classla on the GPU (``None``: when torch sees one), as ``classla.Pipeline(use_gpu=)``.
        device: ``"cpu"`` or ``"cuda"``, the same choice in Stanza's spelling.
        batch_size: words per batch of classla's tagger, lemmatiser, parser and recogniser
            (``pos_batch_size`` and kin); lower it when the GPU runs out of memory.

    Returns:
        An :class:`Annotation`: ``tokens`` (:data:`newskit.schemas.TOKENS`), ``entities``
        (:data:`newskit.schemas.ENTITIES`, with base-form lemmas: ``Putinu`` -> ``Putin``) and the
        ``articles``. ``tokens.attrs`` holds the provenance: ``newskit_version``, ``annotator``,
        ``model`` (per language), ``options``, ``notes``, ``skipped`` (articles that failed,
        with the error) and ``cache`` (hits and misses). An article newskit cannot process (over
        the size limit, lone surrogates in its text: :func:`newskit.loaders.check_article`) is
        skipped and reported the same way, and left out of ``articles``; it never stops the others.

    Raises:
        UnsupportedLanguageError: a language other than the supported ones (the message lists them).
        ModelUnavailableError: ``annotator="classla"`` and its models are not installed.
        InputError: a bad ``annotator``, ``type`` or ``processors`` value, or not an Article.

    Example:
        >>> import newskit as nk
        >>> ann = nk.annotate(nk.load_example(), annotator="lite")
        >>> art = ann.articles[0]
        >>> row = ann.tokens.iloc[0]
        >>> art.text[row.start_char:row.end_char] == row.token
        True
        >>> "Putin" in set(ann.entities.lemma)
        True
    """
    lang = language_argument(language, lang, caller="annotate")
    if annotator not in ANNOTATORS:
        raise InputError(f"annotator={annotator!r} is not one of {', '.join(map(repr, ANNOTATORS))}")
    if type not in MODEL_TYPES:
        raise InputError(f"type={type!r} is not one of {', '.join(map(repr, MODEL_TYPES))}")
    classla_options = _classla_options(use_gpu, device, batch_size)

    given = _iter_articles(articles)
    refused: list[dict[str, str]] = []  # articles newskit cannot process: skipped and reported, never fatal
    arts = []
    for a in given:
        try:
            check_article(a)
        except InputError as exc:
            refused.append({"article_id": str(a.article_id), "error": str(exc)})
            continue
        arts.append(a)
    langs = [_article_lang(a, lang) for a in arts]
    notes: list[str] = []
    engines = _engines(langs, annotator, processors, type, notes, classla_options)

    store: AnnotationCache | None = None
    if cache:
        try:
            store = AnnotationCache()
        except OSError as exc:  # no writable cache folder: annotate all the same
            warnings.warn(f"the annotation cache is unavailable ({exc}); annotating without it", stacklevel=2)
    keys = [engines[lg].key(a.text) for a, lg in zip(arts, langs, strict=True)]
    unique = list(dict.fromkeys(keys))
    results: dict[str, Any] = {}
    # Besides one entry per article, a call on many articles is stored whole (a "bundle"), so
    # re-running a notebook reads one file instead of one per article.
    bundle = _bundle_key(unique) if store is not None and len(unique) > 1 else None
    from_bundle: dict[str, Any] = {}
    if store is not None:
        if bundle is not None:
            from_bundle = _read_bundle(store, bundle, unique)
            results.update(from_bundle)
        for key in unique:
            if key not in results:
                table = store.get(key)
                if table is not None:
                    results[key] = table
    todo = [(key, a, lg) for key, a, lg in zip(keys, arts, langs, strict=True) if key not in results]
    todo = list({key: (key, a, lg) for key, a, lg in todo}.values())  # the same text once

    from tqdm.auto import tqdm

    show = progress if progress is not None else len(todo) > 20
    # No bar when everything came from the cache: there is nothing to wait for.
    bar = tqdm(total=len(todo), desc="annotate", unit="article", disable=not (show and todo))
    errors: dict[str, str] = {}

    def finish(key: str, cols: Any) -> None:
        if isinstance(cols, Exception):
            errors[key] = f"{cols.__class__.__name__}: {cols}"
            return
        table = _cols_to_table(cols)
        results[key] = table
        if store is not None:
            try:
                store.put(key, table)
            except OSError as exc:  # a full or read-only disk must not lose the annotation
                warnings.warn(f"could not write the annotation cache in {store.root}: {exc}", stacklevel=3)

    lite_jobs = [(key, a.text, a.spans(), lg) for key, a, lg in todo if engines[lg].kind == "lite"]
    workers = n_jobs if n_jobs is not None else _default_jobs(len(lite_jobs))
    if workers > 1 and len(lite_jobs) > 1:
        done_keys = _run_lite_pool(lite_jobs, type, workers, finish, bar)
    else:
        done_keys = set()
    rest = [(key, art, lg) for key, art, lg in todo if key not in done_keys]
    for batch in _batches(rest, engines):
        engine = engines[batch[0][2]]
        results_batch: list[Any]
        try:
            results_batch = list(engine.run_many([(art.text, art.spans()) for _, art, _ in batch]))
        except Exception:
            results_batch = []
            for _, art, _ in batch:  # find the bad article: one bad article never stops the rest
                try:
                    results_batch.append(engine.run(art.text, art.spans()))
                except Exception as exc:
                    results_batch.append(exc)
        for (key, _, _), cols in zip(batch, results_batch, strict=True):
            finish(key, cols)
            bar.update(1)
    bar.close()

    import pyarrow as pa

    if store is not None and bundle is not None and not from_bundle and all(k in results for k in unique):
        _write_bundle(store, bundle, unique, results)
    tables = []
    skipped = list(refused)
    for key, art in zip(keys, arts, strict=True):
        if key in errors or key not in results:
            skipped.append({"article_id": art.article_id, "error": errors.get(key, "not annotated")})
            continue
        table = results[key]
        tables.append(table.add_column(0, "article_id", pa.array([art.article_id] * table.num_rows, pa.string())))
    if skipped:
        warnings.warn(
            f"{len(skipped)} of {len(given)} articles could not be annotated and were skipped "
            f"(first: {skipped[0]['article_id']}: {skipped[0]['error']}); see tokens.attrs['skipped']",
            stacklevel=2,
        )
    if tables:
        frame = pa.concat_tables(tables).to_pandas()
        tokens = conform(frame, TOKENS)
    else:
        tokens = conform({c: [] for c in TOKENS}, TOKENS)
    used = {engines[lg].kind for lg in langs}
    attrs = {
        "newskit_version": __version__,
        "annotator": used.pop() if len(used) == 1 else "mixed",
        "model": {lg: {"annotator": engines[lg].kind, **engines[lg].model} for lg in sorted(set(langs))},
        "options": {"language": lang, "annotator": annotator, "type": type,
                    "processors": {lg: ",".join(engines[lg].processors) for lg in sorted(set(langs))}},
        "notes": notes,
        "skipped": skipped,
        "cache": {"hits": store.hits if store else 0, "misses": store.misses if store else 0,
                  "corrupt": store.corrupt if store else 0},
    }
    tokens.attrs.update(attrs)
    entities = entities_from_tokens(tokens)
    entities.attrs.update(attrs)
    return Annotation(tokens, entities, arts)


def _run_lite_pool(jobs: list, type: str, workers: int, finish: Any, bar: Any) -> set[str]:
    """Lite-annotate ``jobs`` in a process pool; returns the keys done (the rest run in-process)."""
    import concurrent.futures as cf
    import multiprocessing as mp

    size = max(1, min(16, len(jobs) // (workers * 4) or 1))
    batches = [[(k, t, s, lg, type) for k, t, s, lg in jobs[i:i + size]] for i in range(0, len(jobs), size)]
    done: set[str] = set()
    try:
        ctx = mp.get_context("fork" if sys.platform.startswith("linux") else "spawn")
        with cf.ProcessPoolExecutor(max_workers=workers, mp_context=ctx) as pool:
            for result in pool.map(_lite_batch, batches):
                for key, cols in result:
                    finish(key, cols)
                    done.add(key)
                    bar.update(1)
    except (OSError, cf.process.BrokenProcessPool, RuntimeError):
        pass  # no processes here (a sandbox, an odd platform): the caller runs the rest serially
    return done


# --- writing TOKENS tables ---------------------------------------------------------------------

FORMATS = ("conllu", "csv", "parquet")  #: what write_tokens writes


def write_tokens(tokens: pd.DataFrame, path: str | Path, *, format: str, articles: Sequence[Article] | None = None) -> Path:
    """Write a TOKENS table as ``conllu``, ``csv`` (UTF-8, a header row) or ``parquet``; returns the path."""

    if format not in FORMATS:
        raise InputError(f"format={format!r} is not one of {', '.join(FORMATS)}")
    if format == "conllu":
        to_conllu(tokens, path, articles=articles)
        return Path(path)
    require(tokens, TOKENS, caller="write_tokens")
    if format == "csv":
        return write_output(path, lambda target: tokens.to_csv(target, index=False))
    return write_output(path, lambda target: tokens.to_parquet(target, index=False))
