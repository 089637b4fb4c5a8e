"""The public functions of the quote stage.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping

import pandas as pd

from .._version import __version__
from ..article import Article
from ..language import check_language, detect_language
from ..schemas import QUOTES, SOURCES, TOKENS, conform, require
from .assemble import Document
from .lexicon import QUOTE_LANGUAGES, load_lexicon
from .tables import _quote_rows, _source_rows


def _as_articles(articles: Article | Iterable[Article] | Mapping[str, Article] | None) -> dict[str, Article]:
    if articles is None:
        return {}
    if isinstance(articles, Article):
        return {articles.article_id: articles}
    if isinstance(articles, Mapping):
        return {str(k): v for k, v in articles.items()}
    return {a.article_id: a for a in articles}

def _column(tokens: pd.DataFrame, col: str, kind: str) -> list:
    s = tokens[col]
    if kind == "int":
        return s.fillna(-1).astype("int64").tolist()
    values = s.tolist()
    return [v if isinstance(v, str) else "" for v in values]

def _rebuild_text(start: list[int], end: list[int], forms: list[str], paragraphs: list[int]) -> str:
    """The article text from its tokens' offsets: tokens at their start, spaces and newlines between."""
    pieces: list[str] = []
    pos = 0
    prev_par = paragraphs[0] if paragraphs else 0
    for s, e, f, p in zip(start, end, forms, paragraphs, strict=True):
        if s < pos or e < s:
            continue  # the other words of a multi-word token share its span
        gap = s - pos
        if gap:
            pieces.append("\n\n" + " " * (gap - 2) if p != prev_par and gap >= 2 and pos else " " * gap)
        pieces.append(f if len(f) == e - s else (f + " " * (e - s))[: e - s])
        pos = e
        prev_par = p
    return "".join(pieces)

def _documents(tokens: pd.DataFrame, articles: dict[str, Article], lang: str | None):
    """Yield one :class:`Document` per article of the token table (in table order)."""
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
            text = _rebuild_text(cols["start_char"][lo:hi], cols["end_char"][lo:hi], forms, cols["paragraph"][lo:hi])
        code = lang or (check_language(art.language) if art is not None and art.language else None)
        if code is None:
            code = detect_language(text[:5000]) if text.strip() else "sl"
        lex = load_lexicon(code) if code in QUOTE_LANGUAGES else None
        yield Document(art_id, text, code, lex, cols, lo, hi)
        lo = hi

def _check_lang(lang: str | None) -> str | None:
    code = check_language(lang)
    if code is not None and code not in QUOTE_LANGUAGES:
        load_lexicon(code)  # raises UnsupportedLanguageError naming the supported languages
    return code

def extract_quotes(
    tokens: pd.DataFrame,
    *,
    lang: str | None = None,
    articles: Article | Iterable[Article] | Mapping[str, Article] | None = None,
) -> pd.DataFrame:
    """Reported statements with their speakers, reporting words and sources.

    Args:
        tokens: a TOKENS table (:data:`newskit.schemas.TOKENS`) of one or more articles, from
            :func:`newskit.annotate` (CLASSLA or lite) or :func:`newskit.read_conllu`.
        lang: ``sl``, ``hr``, ``sr`` or ``bs``; by default each article's ``language`` (with
            ``articles``) or the language detected from its text.
        articles: the articles the tokens index into; their text gives quotes character-exact. Without
            them the text is rebuilt from the tokens' offsets.

    Returns:
        A QUOTES table (:data:`newskit.schemas.QUOTES`), one row per statement in text order.
        ``speaker`` is missing and ``speaker_type`` is ``unknown`` when no speaker can be found.
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
    return _attribution(tokens, lang, articles, caller="extract_quotes", sources=False)[0]


def extract_attribution(
    tokens: pd.DataFrame,
    *,
    lang: str | None = None,
    articles: Article | Iterable[Article] | Mapping[str, Article] | None = None,
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The QUOTES and the SOURCES table of ``tokens`` from one pass over each article.

    The same tables as :func:`extract_quotes` and :func:`extract_sources`, for half the work when
    both are needed (``newskit analyse``, :func:`newskit.compare_outlets`).

    Args:
        tokens, lang, articles: as for :func:`extract_quotes`.

    Returns:
        ``(quotes, sources)``.

    Example:
        >>> import newskit as nk
        >>> ann = nk.annotate(nk.load_example(), annotator="lite")  # doctest: +SKIP
        >>> quotes, sources = nk.quotes.extract_attribution(ann.tokens, articles=ann.articles)  # doctest: +SKIP
    """
    return _attribution(tokens, lang, articles, caller="extract_attribution", sources=True)


def _attribution(tokens: pd.DataFrame, lang: str | None, articles: object, *, caller: str,
                 sources: bool) -> tuple[pd.DataFrame, pd.DataFrame]:
    quote_rows: list[dict] = []
    source_rows: list[dict] = []
    for doc in _analysed(tokens, lang, articles, caller=caller):
        quote_rows.extend(_quote_rows(doc))
        if sources:
            source_rows.extend(_source_rows(doc))
    quotes = conform(quote_rows, QUOTES)
    quotes.attrs.update({"newskit_version": __version__, "stage": "extract_quotes",
                         "annotator": tokens.attrs.get("annotator"), "options": {"lang": lang}})
    out = conform(source_rows, SOURCES)
    out.attrs.update({"newskit_version": __version__, "stage": "extract_sources", "options": {"lang": lang}})
    return quotes, out


def _analysed(tokens: pd.DataFrame, lang: str | None, articles: object, *, caller: str) -> Iterator[Document]:
    """Each article of ``tokens``, with its quotes and credits found."""
    require(tokens, TOKENS, caller=caller)
    code = _check_lang(lang)
    for doc in _documents(tokens, _as_articles(articles), code):  # type: ignore[arg-type]
        doc.run()
        doc.photo_credits()
        yield doc

def extract_sources(
    tokens: pd.DataFrame,
    *,
    lang: str | None = None,
    articles: Article | Iterable[Article] | Mapping[str, Article] | None = None,
) -> pd.DataFrame:
    """Credits of reports and pictures to agencies and outlets.

    A report is credited in the text (``..., poroča AFP``, ``piše AFP``, ``navaja britanski BBC``,
    ``BBC povzema rusko tiskovno agencijo TASS`` -> ``BBC <- TASS``, ``je poročal POP TV``,
    ``je za STA povedal``); a picture in its credit line (``Foto: Xinhua/STA`` -> ``STA <- Xinhua``,
    ``© www.kremlin.ru``).

    Args:
        tokens: a TOKENS table; ``lang`` and ``articles`` as for :func:`extract_quotes`.

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
    return _attribution(tokens, lang, articles, caller="extract_sources", sources=True)[1]
