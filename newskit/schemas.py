"""Column names and dtypes of every table newskit passes between stages.

Each schema is an ordered mapping ``column -> pandas dtype``. Stages build their output with
:func:`empty` / :func:`conform` and check their input with :func:`require`, so a table
from a wrong step fails at the door with a message naming the missing columns and the
function that makes them.

Offsets (``start_char`` / ``end_char``) always index the article's full ``text``
(:attr:`newskit.article.Article.text`), so ``text[start_char:end_char]`` gives back the words.

Example:
    >>> from newskit.schemas import TOKENS, empty
    >>> list(empty(TOKENS).columns)[:4]
    ['article_id', 'part', 'paragraph', 'sentence']
"""

from __future__ import annotations

from collections.abc import Mapping

import pandas as pd

from .errors import SchemaError

__all__ = [
    "ARTICLES",
    "TOKENS",
    "ENTITIES",
    "QUOTES",
    "SOURCES",
    "SPEAKERS",
    "SKIPPED",
    "PARTS",
    "PRODUCERS",
    "empty",
    "conform",
    "require",
    "provenance",
    "to_parquet",
]

Schema = Mapping[str, str]

#: The parts of an article, in the order they appear in ``Article.text``.
PARTS = ("title", "lead", "body", "caption")

#: One row per article. ``authors`` is ``"; "``-joined; ``published`` is a timezone-naive date-time.
ARTICLES: Schema = {
    "article_id": "string",
    "title": "string",
    "subtitle": "string",
    "text": "string",
    "outlet": "string",
    "url": "string",
    "published": "datetime64[ns]",  # UTC where the source gave a time zone; else as the source wrote it
    "language": "string",
    "script": "string",  # "Latin" or "Cyrillic"
    "authors": "string",
    "n_paragraphs": "int32",
    "n_captions": "int32",
    "source_path": "string",  # file or URL the article was read from
}

#: One row per syntactic word. Words of one multi-word token share ``token_id`` and the token's
#: character span; ``token`` holds the token's surface form. ``sentence`` and ``paragraph`` count from 0
#: within the article; ``token_id`` / ``word_id`` count from 1 within the sentence, as in CoNLL-U;
#: ``head`` is a word id (0 = root), missing when there is no parse.
TOKENS: Schema = {
    "article_id": "string",
    "part": "string",  # one of PARTS
    "paragraph": "int32",
    "sentence": "int32",
    "token_id": "int32",
    "word_id": "int32",
    "token": "string",
    "text": "string",
    "lemma": "string",
    "upos": "string",
    "xpos": "string",  # MULTEXT-East MSD, e.g. Ncmsn
    "feats": "string",  # UD features, "Case=Nom|Gender=Masc"
    "head": "Int32",
    "deprel": "string",
    "ner": "string",  # BIO with upper-case types: B-PER, I-LOC, O
    "start_char": "int32",
    "end_char": "int32",
    "space_after": "boolean",
}

#: One row per named-entity mention. ``lemma`` is the base form of the mention (Putinu -> Putin).
ENTITIES: Schema = {
    "article_id": "string",
    "entity_id": "int32",
    "sentence": "int32",
    "text": "string",
    "lemma": "string",
    "type": "string",  # PER, LOC, ORG, MISC
    "start_char": "int32",
    "end_char": "int32",
}

#: One row per reported statement. A quote may cover several spans of text (a quote broken by
#: its cue, or over paragraphs): ``spans`` lists them as ``"start:end;start:end"``, and
#: ``start_char`` / ``end_char`` are the first start and the last end.
QUOTES: Schema = {
    "article_id": "string",
    "quote_id": "int32",
    "kind": "string",  # direct, indirect, mixed
    "text": "string",  # the reported content only
    "start_char": "int32",
    "end_char": "int32",
    "spans": "string",
    "speaker": "string",  # canonical nominative name, fullest form in the article
    "speaker_mention": "string",  # as written; empty when the subject is dropped
    "speaker_type": "string",  # person, organisation, agency, unknown
    "cue": "string",  # lemma of the reporting word
    "cue_start": "Int32",
    "cue_end": "Int32",
    "cue_stance": "string",  # lexicon class of the cue: neutral, emphatic, distancing, ...
    "source": "string",  # agency or outlet the report is credited to: AFP, BBC, STA
    "source_chain": "string",  # "BBC <- TASS", latest first; "STA" for one credit (as in SOURCES)
    "sentence_start": "int32",
    "sentence_end": "int32",
    "rule": "string",
    "confidence": "float32",
    # the article's, for the joins every analysis starts with (missing without ``articles=``)
    "outlet": "string",
    "published": "datetime64[ns]",  # UTC where the source gave a time zone
    "title": "string",
}

#: One row per credit of a report or picture to an agency or outlet (``poroča AFP``, ``Foto: Xinhua/STA``).
SOURCES: Schema = {
    "article_id": "string",
    "source": "string",
    "source_chain": "string",
    "cue": "string",
    "kind": "string",  # report, photo
    "start_char": "int32",
    "end_char": "int32",
    "sentence": "int32",
    # the article's, for the joins every analysis starts with (missing without ``articles=``)
    "outlet": "string",
    "published": "datetime64[ns]",  # UTC where the source gave a time zone
    "title": "string",
}

#: One row per speaker: how often and how much they are quoted.
SPEAKERS: Schema = {
    "article_id": "string",
    "speaker": "string",
    "speaker_type": "string",
    "quotes": "int32",
    "direct": "int32",
    "indirect": "int32",
    "mixed": "int32",
    "words": "int32",
    # the article's, for the joins every analysis starts with (missing without ``articles=``)
    "outlet": "string",
    "published": "datetime64[ns]",  # UTC where the source gave a time zone
    "title": "string",
}

#: Inputs that could not be loaded, with the reason. Found in ``df.attrs["skipped"]``.
SKIPPED: Schema = {
    "path": "string",
    "error": "string",
}

#: The call that produces each table, for error messages.
PRODUCERS: dict[str, str] = {
    "ARTICLES": "newskit.articles_table(articles)",
    "TOKENS": "newskit.annotate(articles) or newskit.read_conllu(path)",
    "ENTITIES": "newskit.annotate(articles) or newskit.read_conllu(path)",
    "QUOTES": "newskit.extract_quotes(tokens)",
    "SOURCES": "newskit.extract_sources(tokens)",
    "SPEAKERS": "newskit.speakers(quotes)",
}


def _name_of(schema: Schema) -> str:
    for name, value in globals().items():
        if value is schema and name.isupper():
            return name
    return "table"


def empty(schema: Schema) -> pd.DataFrame:
    """An empty table with the schema's columns and dtypes.

    Example:
        >>> from newskit.schemas import QUOTES, empty
        >>> len(empty(QUOTES))
        0
    """
    return pd.DataFrame({col: pd.Series(dtype=dtype) for col, dtype in schema.items()})


def conform(df: pd.DataFrame | dict | list, schema: Schema) -> pd.DataFrame:
    """Return ``df`` (a frame, dict of columns or list of row dicts) with exactly the schema's
    columns, in order, cast to its dtypes. Missing columns are filled with missing values.

    Example:
        >>> from newskit.schemas import SKIPPED, conform
        >>> str(conform([{"path": "a.txt", "error": "empty file"}], SKIPPED).dtypes["path"])
        'string'
    """
    frame = df if isinstance(df, pd.DataFrame) else pd.DataFrame(df)
    if frame.empty and not len(frame.columns):
        return empty(schema)
    out = {}
    for col, dtype in schema.items():
        if col in frame.columns:
            series = frame[col]
        else:
            series = pd.Series([pd.NA] * len(frame), index=frame.index)
        if dtype.startswith("datetime64"):
            out[col] = pd.to_datetime(series, errors="coerce")
        elif dtype in ("int32", "int64") and series.isna().any():
            raise SchemaError(
                f"column {col!r} of a {_name_of(schema)} table has missing values but must be {dtype}"
            )
        else:
            out[col] = series.astype(dtype)  # type: ignore[call-overload]  # dtype names come from the schema
    return pd.DataFrame(out, index=frame.index).reset_index(drop=True)


def require(df: object, schema: Schema, *, caller: str) -> None:
    """Check that ``df`` is a DataFrame with every column of ``schema``, of a usable type.

    A column is usable when its values can be read as the schema's type: a number column
    (``int32``, ``Int32``, ``float64`` ...) must hold numbers (an integer column whole numbers, and
    no missing value unless the type is nullable, ``Int32``); a ``boolean`` column true/false
    values; a ``datetime64`` column dates. Text columns take any values (a number where a lemma is
    expected reads as missing). Other columns and extra columns are not looked at. The check costs
    nothing on a table a newskit function made (its dtypes already match) and one pass over a
    column whose dtype differs (a table read back from CSV, or built by hand).

    Raises:
        SchemaError: naming the missing or mistyped columns (with an example value), the caller
            and the function that makes such a table.

    Example:
        >>> import pandas as pd
        >>> from newskit.schemas import TOKENS, require
        >>> require(pd.DataFrame({"text": ["a"]}), TOKENS, caller="extract_quotes")
        Traceback (most recent call last):
        ...
        newskit.errors.SchemaError: extract_quotes() needs a TOKENS table; ...
    """
    name = _name_of(schema)
    producer = PRODUCERS.get(name, "the matching newskit function")
    if not isinstance(df, pd.DataFrame):
        raise SchemaError(
            f"{caller}() needs a {name} table (a pandas DataFrame), got {type(df).__name__}; make one with {producer}"
        )
    missing = [c for c in schema if c not in df.columns]
    if missing:
        raise SchemaError(
            f"{caller}() needs a {name} table; this one lacks the column(s) {', '.join(missing)}. "
            f"Make it with {producer}."
        )
    if df.columns.duplicated().any():
        dup = sorted({str(c) for c in df.columns[df.columns.duplicated()]})
        raise SchemaError(f"{caller}() needs a {name} table with one column of each name; {', '.join(dup)} occur twice")
    problems = []
    for col, dtype in schema.items():
        problem = _column_problem(df[col], dtype)
        if problem:
            problems.append(f"{col} {problem}")
    if problems:
        raise SchemaError(
            f"{caller}() needs a {name} table; in this one, column {'; column '.join(problems)}. "
            f"Make it with {producer}, or fix the column's values."
        )


def _column_problem(series: pd.Series, dtype: str) -> str | None:
    """Why ``series`` cannot be read as ``dtype`` (a schema's type), or ``None`` when it can."""
    from pandas.api import types

    if dtype in ("string", "object") or series.empty:
        return None
    if dtype.startswith("datetime64"):
        if types.is_datetime64_any_dtype(series) or series.isna().all():
            return None
        parsed = pd.to_datetime(series, errors="coerce", format="mixed")
        bad = series[parsed.isna() & series.notna()]
        return None if bad.empty else f"holds {bad.iloc[0]!r}, not a date"
    if dtype == "boolean":
        if types.is_bool_dtype(series) or series.isna().all():
            return None
        if types.is_numeric_dtype(series):
            bad = series[series.notna() & ~series.isin([0, 1])]
        else:
            bad = series[series.notna() & ~series.map(lambda v: isinstance(v, (bool, int)) and v in (0, 1))]
        return None if bad.empty else f"holds {bad.iloc[0]!r}, not true or false"
    integer = dtype.lower().startswith(("int", "uint"))
    nullable = dtype[:1].isupper() or dtype.startswith("float")
    if types.is_bool_dtype(series):
        return None
    if integer and types.is_integer_dtype(series):
        return None
    if not integer and types.is_numeric_dtype(series):
        return None
    if types.is_numeric_dtype(series):
        values = series
    else:
        values = pd.to_numeric(series, errors="coerce")
        bad = series[values.isna() & series.notna()]
        if not bad.empty:
            kind = "whole number" if integer else "number"
            return f"holds {bad.iloc[0]!r}, not a {kind}"
    if not nullable and values.isna().any():
        row = int(values.isna().to_numpy().nonzero()[0][0])
        return f"has a missing value (row {row}) but must hold a whole number in every row"
    if integer:
        present = values.dropna().astype("float64")
        fractional = present[present != present.round()]
        if not fractional.empty:
            return f"holds {fractional.iloc[0]!r}, not a whole number"
    return None


# --- Framing across outlets (newskit.framing) -------------------------------------------------
# Every framing table names its comparison group ``group``; the column it was taken from
# (``outlet`` by default) is in ``df.attrs["by"]``.

#: Distinctive words of each group against the rest: weighted log-odds with an informative
#: Dirichlet prior (Monroe, Colaresi & Quinn 2008). One row per group and term the group uses.
DISTINCTIVE: Schema = {
    "group": "string",
    "term": "string",  # lower-cased lemma, diacritics kept; Serbian Cyrillic in Latin
    "count": "int64",  # uses in the group
    "count_rest": "int64",  # uses in all other groups
    "docs": "int32",  # articles of the group that use it
    "docs_rest": "int32",
    "log_odds": "float64",  # delta: log-odds in the group minus log-odds in the rest
    "z": "float64",  # delta / its standard deviation; > 1.96 over-used at about p < .05
    "rank": "int32",  # 1 = the group's most distinctive term (highest z)
}

#: Keyness of each group's terms against the rest: log-likelihood G2 and Hardie's Log Ratio.
KEYNESS: Schema = {
    "group": "string",
    "term": "string",
    "count": "int64",
    "count_rest": "int64",
    "docs": "int32",
    "docs_rest": "int32",
    "per_10k": "float64",  # uses per 10,000 words of the group
    "per_10k_rest": "float64",
    "g2": "float64",  # log-likelihood, chi-square with 1 df under independence
    "p_value": "float64",  # for one term alone
    "p_adjusted": "float64",  # corrected for the group's many terms (Holm by default, or BH)
    "log_ratio": "float64",  # log2 of the relative-frequency ratio (zero counts taken as 0.5)
    "rank": "int32",  # 1 = most over-used (largest G2 among terms with log_ratio > 0)
}

#: Who gets a voice: quotes and quoted words per group and speaker.
VOICES: Schema = {
    "group": "string",
    "speaker": "string",  # missing when the quote is not attributed
    "speaker_type": "string",  # person, organisation, agency, unknown
    "quotes": "int32",
    "direct": "int32",
    "indirect": "int32",
    "mixed": "int32",
    "words": "int32",  # words of reported content
    "articles": "int32",  # articles of the group that quote the speaker
    "share_quotes": "float64",  # of the group's quotes
    "share_words": "float64",  # of the group's quoted words
}

#: The agencies and outlets a group's reports are credited to (AFP, Reuters, STA, Tanjug ...).
CREDITS: Schema = {
    "group": "string",
    "source": "string",
    "quotes": "int32",  # quotes credited to the source (QUOTES.source)
    "credits": "int32",  # credit lines (SOURCES rows: reports and photos)
    "articles": "int32",
}

#: How actors are named: descriptors (modifiers, appositions, role nouns) per group and entity.
NAMING: Schema = {
    "group": "string",
    "entity": "string",  # entity lemma, fullest form in the article (Kim -> Kim Jong-un)
    "entity_type": "string",  # PER, ORG
    "descriptor": "string",  # as written, the role noun in base form: "severnokorejski voditelj", "predsednik SDS"
    "role": "string",  # the role noun of the descriptor (voditelj), missing for a bare modifier
    "relation": "string",  # title (noun before the name), appos, amod, nmod
    "count": "int32",
    "articles": "int32",
    "mentions": "int32",  # mentions of the entity in the group
}

#: Reporting-verb stance per group: how often each class of reporting verb introduces a quote.
STANCE: Schema = {
    "group": "string",
    "cue_stance": "string",  # neutral, emphatic, distancing ...; "unknown" when the cue has no class
    "cue": "string",  # lemma of the reporting word
    "quotes": "int32",
    "share": "float64",  # of the group's quotes
}

#: Short quoted fragments in running text: scare quotes and partial quotes, one row per fragment.
SCARE_QUOTES: Schema = {
    "article_id": "string",
    "group": "string",
    "sentence": "int32",
    "text": "string",  # the words between the marks
    "lemma": "string",  # their lemmas, lower-cased, space-joined
    "n_words": "int32",
    "kind": "string",  # scare (the journalist's own sentence) or partial (inside a reported statement)
    "quote_id": "Int32",  # the QUOTES row the fragment lies in, when one does
    "start_char": "int32",  # the fragment without its quotation marks
    "end_char": "int32",
}

#: Tone per group and voice from a sentiment lexicon (JOB for Slovenian).
TONE: Schema = {
    "group": "string",
    "voice": "string",  # journalist, quoted; all when no quotes were given
    "articles": "int32",
    "words": "int64",
    "matched": "int64",  # words with a non-zero lexicon score
    "positive": "int64",
    "negative": "int64",
    "score": "float64",  # sum of scores
    "tone": "float64",  # score per 100 words
    "tone_se": "float64",  # standard error of tone across articles
}

#: Contested terms per group: how often each competing name of one thing is used.
TERMS: Schema = {
    "group": "string",
    "language": "string",
    "concept": "string",  # what the terms compete to name: war_in_ukraine, kursk_2024 ...
    "term": "string",  # lemma form as in the lexicon
    "frame": "string",  # the framing the term carries: invasion, war, special_operation ...
    "count": "int32",
    "articles": "int32",
    "per_10k": "float64",  # per 10,000 words of the group
    "share": "float64",  # of the concept's uses in the group
}

__all__ += ["DISTINCTIVE", "KEYNESS", "VOICES", "CREDITS", "NAMING", "STANCE", "SCARE_QUOTES", "TONE", "TERMS"]
PRODUCERS.update({
    "DISTINCTIVE": "newskit.distinctive_words(tokens, articles)",
    "KEYNESS": "newskit.keyness(tokens, articles)",
    "VOICES": "newskit.share_of_voice(quotes, articles)",
    "CREDITS": "newskit.credited_sources(quotes, articles)",
    "NAMING": "newskit.naming(tokens, articles)",
    "STANCE": "newskit.reporting_stance(quotes, articles)",
    "SCARE_QUOTES": "newskit.scare_quotes(tokens, articles)",
    "TONE": "newskit.tone(tokens, articles)",
    "TERMS": "newskit.contested_terms(tokens, articles)",
})


def provenance(df: pd.DataFrame) -> dict:
    """A table's ``attrs`` (newskit version, annotator, model, options ...) as plain JSON values.

    Values JSON cannot hold (paths, dates, objects) become their text, so the provenance can be
    written into a file's metadata.

    Example:
        >>> t = pd.DataFrame({"a": [1]})
        >>> t.attrs = {"newskit_version": "1.0", "options": {"since": pd.Timestamp("2025-01-01")}}
        >>> provenance(t)
        {'newskit_version': '1.0', 'options': {'since': '2025-01-01 00:00:00'}}
    """
    import json

    return dict(json.loads(json.dumps(dict(df.attrs), default=str)))


def to_parquet(df: pd.DataFrame, path: object) -> None:
    """Write a table as Parquet with its provenance (:func:`provenance`) in the file's metadata.

    ``pandas.read_parquet(path).attrs`` gives the provenance back.
    """
    plain = df.copy(deep=False)
    plain.attrs = provenance(df)
    plain.to_parquet(path, index=False)  # type: ignore[arg-type]
