"""The public functions of the quote stage.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Any

import pandas as pd

from .._version import __version__
from ..article import Article
from ..errors import InputError, SchemaError
from ..language import check_language, detect_language, language_argument
from ..schemas import QUOTES, SOURCES, TOKENS, conform, require
from . import assemble
from .assemble import Attribution
from .lexicon import QUOTE_LANGUAGES, load_lexicon
from .marks import rebuild_text
from .quoted import Quoted, read_article
from .tables import quote_table_rows, source_table_rows
from .tables import speakers as _speakers_of

if TYPE_CHECKING:
    from ..article import Annotation


def _unpack(tokens: object, articles: Any) -> tuple[pd.DataFrame, Any]:
    """``tokens`` may be an :class:`~newskit.article.Annotation`: its tokens, and its articles unless given."""
    if hasattr(tokens, "tokens") and hasattr(tokens, "articles") and hasattr(tokens, "entities"):
        return tokens.tokens, tokens.articles if articles is None else articles  # type: ignore[union-attr]
    return tokens, articles  # type: ignore[return-value]


def _as_articles(articles: Article | Iterable[Article] | Mapping[str, Article] | None) -> dict[str, Article]:
    if articles is None:
        return {}
    if isinstance(articles, Article):
        return {articles.article_id: articles}
    fix = "pass an Article, a list of Articles, a mapping of article ids to Articles, or None"
    if isinstance(articles, Mapping):
        items = [(str(k), v) for k, v in articles.items()]
    elif isinstance(articles, (str, bytes)) or not isinstance(articles, Iterable):
        raise InputError(f"articles={articles!r:.60} is not articles; {fix} (e.g. ann.articles)")
    else:
        items = [(getattr(a, "article_id", ""), a) for a in articles]
    bad = next((a for _, a in items if not isinstance(a, Article)), None)
    if bad is not None:
        raise InputError(f"articles= holds {type(bad).__name__} {bad!r:.60}, not an Article; {fix}")
    return dict(items)

def _column(tokens: pd.DataFrame, col: str, kind: str) -> list:
    s = tokens[col]
    if kind == "int":
        return s.fillna(-1).astype("int64").tolist()
    values = s.tolist()
    return [v if isinstance(v, str) else "" for v in values]

def _documents(tokens: pd.DataFrame, articles: dict[str, Article], lang: str | None) -> Iterator[Quoted]:
    """Yield each article of the token table (in table order), its mentions and quotations found."""
    if tokens["article_id"].is_monotonic_increasing or tokens["article_id"].nunique() <= 1:
        ordered = tokens
    else:
        codes = pd.factorize(tokens["article_id"])[0]
        ordered = tokens.iloc[pd.Series(codes).argsort(kind="stable").to_numpy()]
    cols = {c: _column(ordered, c, "str") for c in ("article_id", "text", "token", "lemma", "upos", "xpos", "feats",
                                                     "deprel", "ner", "part")}
    for c in ("head", "start_char", "end_char", "sentence", "paragraph", "word_id"):
        cols[c] = _column(ordered, c, "int")
    ids = cols["article_id"]
    n = len(ids)
    lo = 0
    while lo < n:
        hi = lo
        while hi < n and ids[hi] == ids[lo]:
            hi += 1
        art_id = ids[lo]
        art = articles.get(art_id)
        if art is not None:
            text = art.text
        else:
            forms = [t or x for t, x in zip(cols["token"][lo:hi], cols["text"][lo:hi], strict=True)]
            text = rebuild_text(cols["start_char"][lo:hi], cols["end_char"][lo:hi], forms, cols["paragraph"][lo:hi])
        code = lang or (check_language(art.language) if art is not None and art.language else None)
        if code is None:
            code = detect_language(text[:5000]) if text.strip() else "sl"
        lex = load_lexicon(code) if code in QUOTE_LANGUAGES else None
        yield read_article(art_id, text, code, lex, cols, lo, hi)
        lo = hi

def _check_lang(lang: str | None) -> str | None:
    code = check_language(lang)
    if code is not None and code not in QUOTE_LANGUAGES:
        load_lexicon(code)  # raises UnsupportedLanguageError naming the supported languages
    return code

def extract_quotes(
    tokens: pd.DataFrame | Annotation,
    *,
    language: str | None = None,
    articles: Article | Iterable[Article] | Mapping[str, Article] | None = None,
    lang: str | None = None,
) -> pd.DataFrame:
    """Reported statements with their speakers, reporting words and sources.

    Args:
        tokens: a TOKENS table (:data:`newskit.schemas.TOKENS`) of one or more articles, from
            :func:`newskit.annotate` (CLASSLA or lite) or :func:`newskit.read_conllu`, or the
            :class:`~newskit.article.Annotation` they return (its articles are then used).
        language: ``sl``, ``hr``, ``sr``, ``bs``, ``mk`` or ``bg``; by default each article's ``language`` (with
            ``articles``) or the language detected from its text. (``lang=``, the old name, is
            deprecated.) Macedonian (``mk``) and Bulgarian (``bg``) have quote lexicons of their own
            but no gold to measure them on (``docs/methods/quotes.md``).
        articles: the articles the tokens index into; their text gives quotes character-exact, and
            their ``outlet``, ``published`` and ``title`` fill those columns. Without them the
            text is rebuilt from the tokens' offsets.

    Returns:
        A QUOTES table (:data:`newskit.schemas.QUOTES`), one row per statement in text order.
        ``speaker`` is missing and ``speaker_type`` is ``unknown`` when no speaker can be found.
        ``spans`` lists the statement's pieces as ``start:end;...``; :func:`quote_spans` gives
        them as a table.
        ``df.attrs`` carries the newskit version and the options.

    Raises:
        SchemaError: ``tokens`` is not a TOKENS table.
        UnsupportedLanguageError: ``lang`` has no quote lexicons.

    Example:
        >>> import newskit as nk
        >>> ann = nk.annotate(nk.load_example(), annotator="lite")  # doctest: +SKIP
        >>> nk.extract_quotes(ann.tokens, articles=ann.articles).speaker.nunique()  # doctest: +SKIP
        2
    """
    tokens, articles = _unpack(tokens, articles)
    language = language_argument(language, lang, caller="extract_quotes")
    return _attribution(tokens, language, articles, caller="extract_quotes", quotes=True, sources=False)[0]


def extract_attribution(
    tokens: pd.DataFrame | Annotation,
    *,
    language: str | None = None,
    articles: Article | Iterable[Article] | Mapping[str, Article] | None = None,
    lang: str | None = None,
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The QUOTES and the SOURCES table of ``tokens`` from one pass over each article.

    The same tables as :func:`extract_quotes` and :func:`extract_sources`, for half the work when
    both are needed (``newskit analyse``, :func:`newskit.compare_outlets`).

    Args:
        tokens, language, articles: as for :func:`extract_quotes`.

    Returns:
        ``(quotes, sources)``.

    Example:
        >>> import newskit as nk
        >>> ann = nk.annotate(nk.load_example(), annotator="lite")  # doctest: +SKIP
        >>> quotes, sources = nk.quotes.extract_attribution(ann.tokens, articles=ann.articles)  # doctest: +SKIP
    """
    tokens, articles = _unpack(tokens, articles)
    language = language_argument(language, lang, caller="extract_attribution")
    return _attribution(tokens, language, articles, caller="extract_attribution", quotes=True, sources=True)


def _attribution(tokens: pd.DataFrame, lang: str | None, articles: object, *, caller: str,
                 quotes: bool, sources: bool) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The tables of one pass over each article; a table not asked for is left empty (and not built)."""
    quote_rows: list[dict] = []
    source_rows: list[dict] = []
    arts = _as_articles(articles)  # type: ignore[arg-type]
    for found in _analysed(tokens, lang, arts, caller=caller):
        info = _article_columns(arts.get(found.article.art_id))
        if quotes:
            quote_rows.extend({**r, **info} for r in quote_table_rows(found))
        if sources:
            source_rows.extend({**r, **info} for r in source_table_rows(found))
    quote_table = conform(quote_rows, QUOTES)
    quote_table.attrs.update({"newskit_version": __version__, "stage": "extract_quotes",
                              "annotator": tokens.attrs.get("annotator"), "options": {"lang": lang}})
    source_table = conform(source_rows, SOURCES)
    source_table.attrs.update({"newskit_version": __version__, "stage": "extract_sources", "options": {"lang": lang}})
    return quote_table, source_table


def _article_columns(art: Article | None) -> dict[str, object]:
    """What every analysis joins first: the article's outlet, publication time and title."""
    if art is None:
        return {"outlet": pd.NA, "published": pd.NaT, "title": pd.NA}
    when = pd.NaT
    if art.published is not None:
        stamp = pd.Timestamp(art.published)
        when = stamp.tz_convert("UTC").tz_localize(None) if stamp.tzinfo is not None else stamp
    return {"outlet": art.outlet or pd.NA, "published": when, "title": art.title or pd.NA}


def _analysed(tokens: pd.DataFrame, lang: str | None, articles: object, *, caller: str) -> Iterator[Attribution]:
    """Each article of ``tokens``, with its quotes and credits found."""
    require(tokens, TOKENS, caller=caller)
    code = _check_lang(lang)
    for a in _documents(tokens, _as_articles(articles), code):  # type: ignore[arg-type]
        yield assemble.attribute(a)

def extract_sources(
    tokens: pd.DataFrame | Annotation,
    *,
    language: str | None = None,
    articles: Article | Iterable[Article] | Mapping[str, Article] | None = None,
    lang: str | None = None,
) -> pd.DataFrame:
    """Credits of reports and pictures to agencies and outlets.

    A report is credited in the text (``..., poroča AFP``, ``piše AFP``, ``navaja britanski BBC``,
    ``BBC povzema rusko tiskovno agencijo TASS`` -> ``BBC <- TASS``, ``je poročal POP TV``,
    ``je za STA povedal``); a picture in its credit line (``Foto: Xinhua/STA`` -> ``STA <- Xinhua``,
    ``© www.kremlin.ru``).

    Args:
        tokens: a TOKENS table or an Annotation; ``language`` and ``articles`` as for :func:`extract_quotes`.

    Returns:
        A SOURCES table (:data:`newskit.schemas.SOURCES`): ``kind`` is ``report`` or ``photo``,
        ``source_chain`` the chain of credits, latest first (``BBC <- TASS``; the source itself,
        ``STA``, when there is one credit, as in QUOTES).

    Example:
        >>> import newskit as nk
        >>> ann = nk.annotate(nk.load_example(), annotator="lite")  # doctest: +SKIP
        >>> sorted(set(nk.extract_sources(ann.tokens, articles=ann.articles).source))  # doctest: +SKIP
        ['AFP', 'BBC', 'STA', 'kremlin.ru']
    """
    tokens, articles = _unpack(tokens, articles)
    language = language_argument(language, lang, caller="extract_sources")
    return _attribution(tokens, language, articles, caller="extract_sources", quotes=False, sources=True)[1]


def quote_spans(quotes: pd.DataFrame, articles: Article | Iterable[Article] | Mapping[str, Article] | None = None,
                ) -> pd.DataFrame:
    """The pieces of each statement as a long table: ``article_id, quote_id, piece, start_char, end_char``
    (and ``text``, the piece's words, with ``articles``).

    A statement around a parenthetical cue, or quoted over several quotation marks, has several
    pieces; ``QUOTES.spans`` holds them as ``"887:927;940:1002"``, this gives one row each.

    Example:
        >>> import pandas as pd
        >>> q = pd.DataFrame({"article_id": ["a"], "quote_id": [1], "spans": ["0:5;9:14"]})
        >>> quote_spans(q)[["piece", "start_char", "end_char"]].values.tolist()
        [[1, 0, 5], [2, 9, 14]]
    """
    missing = [c for c in ("article_id", "quote_id", "spans") if c not in quotes.columns]
    if missing:
        raise SchemaError(f"quote_spans() needs a QUOTES table (from extract_quotes); it lacks {', '.join(missing)}")
    texts = {k: a.text for k, a in _as_articles(articles).items()}  # type: ignore[arg-type]
    rows = []
    for art, qid, spans in zip(quotes["article_id"], quotes["quote_id"], quotes["spans"], strict=True):
        if not isinstance(spans, str) or not spans:
            continue
        for n, piece in enumerate(spans.split(";"), 1):
            start, _, end = piece.partition(":")
            row = {"article_id": art, "quote_id": int(qid), "piece": n, "start_char": int(start), "end_char": int(end)}
            if texts:
                text = texts.get(str(art))
                row["text"] = text[int(start):int(end)] if text is not None else None
            rows.append(row)
    columns = ["article_id", "quote_id", "piece", "start_char", "end_char"] + (["text"] if texts else [])
    out = pd.DataFrame(rows, columns=columns)
    return out.astype({"article_id": "string", "quote_id": "int32", "piece": "int32", "start_char": "int32",
                       "end_char": "int32", **({"text": "string"} if texts else {})})


def speakers(quotes: pd.DataFrame | Annotation) -> pd.DataFrame:
    """How often and how much each speaker is quoted, per article.

    Args:
        quotes: a QUOTES table from :func:`extract_quotes`, or an
            :class:`~newskit.article.Annotation`, whose quotes are then extracted first.

    Returns:
        A SPEAKERS table (:data:`newskit.schemas.SPEAKERS`), most quoted first within each article;
        unattributed quotes are summed in one row with a missing ``speaker`` and type ``unknown``.
        ``words`` counts the words of the reported content.

    Example:
        >>> import newskit as nk
        >>> ann = nk.annotate(nk.load_example(), annotator="lite")  # doctest: +SKIP
        >>> nk.speakers(ann)[["speaker", "quotes"]]  # doctest: +SKIP
    """
    if hasattr(quotes, "tokens") and hasattr(quotes, "articles") and hasattr(quotes, "entities"):
        quotes = extract_quotes(quotes)
    return _speakers_of(quotes)  # type: ignore[arg-type]
