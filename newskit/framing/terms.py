"""Contested terms: competing names of one thing, from the lexicons in ``newskit/lexicons/<lang>/``."""

from __future__ import annotations

import warnings
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from ..errors import InputError
from ..language import check_language, language_argument
from ..lexicons import LEXICON_ROOT
from ..schemas import (
    TERMS,
)

if TYPE_CHECKING:

    from ..annotate import Annotation
from .corpus import Corpus, Groups, finish, normalise, unpack

__all__ = ['contested_terms', 'load_contested_terms']


def load_contested_terms(language: str = "sl", *, lang: str | None = None) -> pd.DataFrame:
    """The contested-terms lexicon of a language: ``concept, term, frame, context, gloss``.

    Files live in ``newskit/lexicons/<lang>/contested_terms.tsv`` (see the README there). ``term``
    and ``context`` are lemmas as CLASSLA gives them, lower-case, words separated by spaces;
    ``context`` lists, ``|``-separated, lemmas one of which must occur in the same sentence for a
    use to count (empty: always counts).

    Raises:
        UnsupportedLanguageError: no such language. InputError: no lexicon for the language.

    Example:
        >>> load_contested_terms("sl").query("concept == 'war_in_ukraine'")["term"].tolist()[:3]
        ['invazija', 'agresija', 'vojna']
    """
    language = str(language_argument(language, lang, caller="load_contested_terms"))
    code = check_language(language, argument="language")
    path = LEXICON_ROOT / str(code) / "contested_terms.tsv"
    if not path.exists():
        have = sorted(p.parent.name for p in LEXICON_ROOT.glob("*/contested_terms.tsv"))
        raise InputError(f"no contested-terms lexicon for language={language!r}; there are lexicons for {', '.join(have)}")
    table = pd.read_csv(path, sep="\t", comment="#", dtype=str, keep_default_na=False)
    table = table.apply(lambda col: col.str.strip())
    table["term"] = table["term"].map(normalise)
    table["context"] = table["context"].map(normalise)
    table.insert(0, "language", code)
    return table


def bundled_terms(corpus: Corpus, default: str) -> pd.DataFrame:
    """The bundled lexicons of every language the articles are in (``default`` for unknown ones)."""
    tables = []
    for lang in sorted({x or default for x in corpus.groups.article_language} or {default}):
        try:
            tables.append(load_contested_terms(lang))
        except InputError:
            warnings.warn(f"contested_terms(): no lexicon for {lang!r}; its articles are not counted", stacklevel=3)
    if not tables:
        return pd.DataFrame(columns=["language", "concept", "term", "frame", "context", "gloss"])
    return pd.concat(tables, ignore_index=True)


def contested_table(corpus: Corpus, lexicons: pd.DataFrame, *, default_language: str) -> pd.DataFrame:
    attrs = corpus.attrs(languages=sorted(lexicons["language"].unique().tolist()), default_language=default_language)
    codes = corpus.term_codes
    vocab_index = pd.Index(corpus.vocabulary)
    art_lang = np.array([x or default_language for x in corpus.groups.article_language], dtype=object)
    token_lang = art_lang[corpus.art_codes] if corpus.n else np.zeros(0, dtype=object)
    sent_key = corpus.sentence_key
    words_per_group = np.bincount(corpus.group_codes[corpus.word_mask], minlength=corpus.n_groups)
    rows = []
    for (language, concept), entries in lexicons.groupby(["language", "concept"], sort=False):
        in_lang = token_lang == language
        covered = np.zeros(corpus.n, dtype=bool)  # a longer term's words are not counted again by a shorter one
        entries = entries.assign(_len=entries["term"].map(lambda t: len(t.split()))).sort_values("_len", ascending=False)
        for entry in entries.itertuples(index=False):
            lemmas = entry.term.split()
            term_codes = vocab_index.get_indexer(lemmas)
            hits = np.zeros(0, dtype=np.int64)
            if (term_codes >= 0).all():
                hits = np.flatnonzero((codes == term_codes[0]) & in_lang)
                for k in range(1, len(lemmas)):
                    hits = hits[hits + k < corpus.n]
                    hits = hits[(codes[hits + k] == term_codes[k]) & (sent_key[hits + k] == sent_key[hits])]
                if entry.context:
                    ctx = vocab_index.get_indexer(entry.context.split("|"))
                    ctx_sentences = pd.unique(sent_key[np.isin(codes, ctx[ctx >= 0])])
                    hits = hits[np.isin(sent_key[hits], ctx_sentences)]
                span = hits[:, None] + np.arange(len(lemmas))[None, :]
                hits = hits[~covered[span].any(axis=1)]
                covered[(hits[:, None] + np.arange(len(lemmas))[None, :]).ravel()] = True
            groups_hit = corpus.group_codes[hits]
            count = np.bincount(groups_hit, minlength=corpus.n_groups)
            arts = pd.DataFrame({"g": groups_hit, "a": corpus.art_codes[hits]}).drop_duplicates()
            articles = np.bincount(arts["g"].to_numpy(dtype=np.int64), minlength=corpus.n_groups)
            for g in range(corpus.n_groups):
                rows.append((corpus.groups.names[g], language, concept, entry.term, entry.frame,
                             int(count[g]), int(articles[g])))
    frame = pd.DataFrame(rows, columns=["group", "language", "concept", "term", "frame", "count", "articles"])
    # Only the languages each group has articles in.
    present = pd.DataFrame({"group": corpus.groups.names[corpus.groups.article_group], "language": art_lang})
    frame = frame.merge(present.drop_duplicates(), on=["group", "language"])
    frame["per_10k"] = frame["count"] / frame["group"].map(
        dict(zip(corpus.groups.names, np.maximum(words_per_group, 1), strict=True))) * 1e4
    concept_total = frame.groupby(["group", "language", "concept"])["count"].transform("sum")
    frame["share"] = (frame["count"] / concept_total.where(concept_total > 0)).fillna(0.0)
    frame = frame.sort_values(["group", "language", "concept", "count"], ascending=[True, True, True, False], kind="stable")
    return finish(frame, TERMS, attrs)


def contested_terms(
    tokens: pd.DataFrame | Annotation,
    groups: Groups = None,
    *,
    by: str = "outlet",
    lexicon: pd.DataFrame | None = None,
    language: str = "sl",
) -> pd.DataFrame:
    """How often each group uses each of the competing names of one thing.

    Terms are matched on lemma sequences within a sentence (``posebne vojaške operacije`` counts
    as ``poseben vojaški operacija``); where the lexicon gives a ``context``, a use counts only in a
    sentence that also has one of the context lemmas (``vojna`` about Ukraine, not the Second
    World War). A use of a longer term is not counted again for a shorter term of the same concept.
    Each article is matched against the lexicon of its language; articles of unknown language use
    ``language``. Serbian Cyrillic is transliterated first.

    Args:
        tokens: a TOKENS table.
        groups: the articles or a mapping ``article_id -> group``.
        by: the article attribute to compare by.
        lexicon: a table like :func:`load_contested_terms` (with a ``language`` column); default: the
            bundled lexicons of every language the articles are in.
        language: the language of articles whose language is not known.

    Returns:
        A TERMS table (:data:`newskit.schemas.TERMS`), one row per group and lexicon term, zeros kept,
        so that a term an outlet never uses shows as 0.

    Example:
        >>> import newskit as nk
        >>> art = nk.load_example()
        >>> ann = nk.annotate([art], annotator="lite")  # doctest: +SKIP
        >>> contested_terms(ann.tokens, {art.article_id: "example"})  # doctest: +SKIP
    """
    tokens, groups, own_entities = unpack(tokens, groups)
    corpus = Corpus(tokens, groups, by=by, caller="contested_terms")
    default = str(check_language(language, argument="language"))
    if lexicon is None:
        lexicon = bundled_terms(corpus, default)
    else:
        missing = [c for c in ("concept", "term", "frame") if c not in lexicon.columns]
        if missing:
            raise InputError(f"contested_terms(): lexicon= lacks the column(s) {', '.join(missing)}; see load_contested_terms()")
        lexicon = lexicon.copy()
        if "language" not in lexicon.columns:
            lexicon["language"] = default
        if "context" not in lexicon.columns:
            lexicon["context"] = ""
        lexicon["term"] = lexicon["term"].astype(str).map(normalise)
        lexicon["context"] = lexicon["context"].fillna("").astype(str).map(normalise)
    return contested_table(corpus, lexicon, default_language=default)
