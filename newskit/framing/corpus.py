"""Groups and the shared token arrays every framing measure counts over (:class:`Corpus`), and the helpers they share."""

from __future__ import annotations

import re
import warnings
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Any, TypeAlias

import numpy as np
import pandas as pd

from .._version import __version__
from ..article import Article
from ..errors import InputError, UnsupportedLanguageError
from ..language import check_language, to_latin
from ..quotes import load_lexicon
from ..schemas import (
    TOKENS,
    conform,
    require,
)

if TYPE_CHECKING:

    pass

__all__ = ['group_labels']


#: What a measure accepts as ``groups``: the articles (a list or an ARTICLES table), a
#: Series or mapping ``article_id -> group``, or None when the tokens carry the ``by`` column.
Groups: TypeAlias = "pd.Series | pd.DataFrame | Mapping[str, Any] | Sequence[Article] | None"

UNKNOWN_GROUP = "unknown"

_NON_WORD_UPOS = frozenset({"PUNCT", "NUM", "SYM"})

#: Classes of the function-word lexicon that stand for closed-class words where tokens have no UPOS
#: (the lexicon's ``document`` class, izjava/sporočilo, holds content words and is not among them).
_FUNCTION_CLASSES = ("aux", "aux_12", "complementizer", "complementizer_kept", "conjunction", "determiner",
                     "negation", "object_clitic", "possessive_f", "possessive_m", "possessive_p", "preposition",
                     "pronoun_f", "pronoun_m", "pronoun_n", "pronoun_p", "pronoun_x", "reflexive", "relative",
                     "subordinator", "comparative", "locative", "according")

#: Closed-class parts of speech dropped by ``stopwords=True``.
FUNCTION_UPOS = frozenset({"ADP", "AUX", "CCONJ", "SCONJ", "PART", "DET", "PRON"})

_LETTER = re.compile(r"[^\W\d_]")

_CYRILLIC = re.compile("[\u0400-\u04ff]")




def _groups_table(groups: Groups, *, by: str, tokens: pd.DataFrame | None, caller: str) -> pd.DataFrame:
    """``article_id, group, language`` (language may be missing) from any accepted ``groups``."""
    if groups is None:
        if tokens is not None and by in tokens.columns:
            frame = tokens[["article_id", by]].drop_duplicates("article_id")
            return pd.DataFrame({"article_id": frame["article_id"].astype(str), "group": frame[by], "language": None})
        raise InputError(
            f"{caller}() needs groups= (the articles, an ARTICLES table or a mapping article_id -> group) "
            f"to compare by {by!r}; the table has no {by!r} column of its own"
        )
    if isinstance(groups, pd.DataFrame):
        if "article_id" not in groups.columns or by not in groups.columns:
            missing = [c for c in ("article_id", by) if c not in groups.columns]
            raise InputError(
                f"{caller}(): groups= is a table without the column(s) {', '.join(missing)}; pass an ARTICLES "
                f"table (newskit.articles_table(articles)) or choose by= among {list(groups.columns)}"
            )
        lang = groups["language"] if "language" in groups.columns else None
        return pd.DataFrame({"article_id": groups["article_id"].astype(str).to_numpy(),
                             "group": groups[by].to_numpy(),
                             "language": None if lang is None else lang.to_numpy()})
    if isinstance(groups, pd.Series):
        return pd.DataFrame({"article_id": groups.index.astype(str), "group": groups.to_numpy(), "language": None})
    if isinstance(groups, Mapping):
        return pd.DataFrame({"article_id": [str(k) for k in groups], "group": list(groups.values()), "language": None})
    if isinstance(groups, (str, bytes)) or not isinstance(groups, Iterable):
        raise InputError(
            f"{caller}(): groups={groups!r} is not usable; pass the articles, an ARTICLES table or a mapping "
            "article_id -> group"
        )
    rows = []
    arts = list(groups)
    for art in arts:
        if not isinstance(art, Article):
            raise InputError(
                f"{caller}(): groups= holds a {type(art).__name__}, expected Article records; pass the articles, "
                "an ARTICLES table or a mapping article_id -> group"
            )
    if arts and not hasattr(arts[0], by) and not any(by in a.meta for a in arts):
        fields = ["outlet", "language", "published", "authors", "script", "url", "title"]
        extra = sorted({k for a in arts for k, v in a.meta.items()
                        if isinstance(v, (str, int, float)) and k not in ("source_path", "annotated")})
        raise InputError(
            f"{caller}(): by={by!r} is not an attribute of these articles; choose one of "
            f"{', '.join(fields + [k for k in extra if k not in fields])}"
        )
    for art in arts:
        value = getattr(art, by) if hasattr(art, by) else art.meta.get(by)
        if isinstance(value, tuple):  # authors
            value = "; ".join(value)
        rows.append((art.article_id, value, art.language))
    return pd.DataFrame(rows, columns=["article_id", "group", "language"])


def group_labels(articles: Groups, *, by: str = "outlet") -> list[str]:
    """The group label of each article by ``by``, as the framing tables name groups (``unknown`` where missing).

    Raises:
        InputError: ``by`` is an attribute no article has (the message lists the ones there are).

    Example:
        >>> import newskit as nk
        >>> group_labels([nk.load_example()], by="language")
        ['sl']
    """
    table = _groups_table(articles, by=by, tokens=None, caller="group_labels")
    return [_label(v) or UNKNOWN_GROUP for v in table["group"]]


def grouping(groups: Groups, by: str) -> str:
    """What the groups are, for titles and ``attrs["by"]``: ``by``, or ``group`` for the user's own mapping."""
    return "group" if isinstance(groups, Mapping) else by


def unpack(tokens: Any, groups: Groups) -> tuple[pd.DataFrame, Groups, pd.DataFrame | None]:
    """A measure's ``tokens``: a TOKENS table, or an :class:`~newskit.annotate.Annotation`, whose
    articles then are the groups (unless given) and whose entities come along."""
    if hasattr(tokens, "tokens") and hasattr(tokens, "articles") and hasattr(tokens, "entities"):
        return tokens.tokens, (tokens.articles if groups is None else groups), tokens.entities
    return tokens, groups, None


def articles_of(groups: Groups) -> list[Article] | None:
    """The Article records among ``groups``, for stages that read the articles' text."""
    if isinstance(groups, (list, tuple)) and groups and all(isinstance(a, Article) for a in groups):
        return list(groups)
    return None


def _label(value: Any) -> str | None:
    if value is None or (not isinstance(value, (list, tuple)) and pd.isna(value)):
        return None
    if isinstance(value, pd.Timestamp) or hasattr(value, "isoformat"):
        text = value.isoformat()
        return text[:10] if text.endswith("T00:00:00") else text
    text = str(value).strip()
    return text or None


class _Groups:
    """Article ids, their group codes and languages, for one comparison."""

    def __init__(self, groups: Groups, *, by: str, article_ids: pd.Index, tokens: pd.DataFrame | None, caller: str):
        table = _groups_table(groups, by=by, tokens=tokens, caller=caller).drop_duplicates("article_id")
        table = table.set_index("article_id")
        labels = table["group"].map(_label).reindex(article_ids)
        missing = labels.isna()
        if missing.any():
            some = ", ".join(map(str, article_ids[missing.to_numpy()][:3]))
            warnings.warn(
                f"{caller}(): {int(missing.sum())} article(s) have no {by!r} ({some} ...); they form the group "
                f"{UNKNOWN_GROUP!r}", stacklevel=3,
            )
            labels = labels.fillna(UNKNOWN_GROUP)
        codes, names = pd.factorize(labels.to_numpy(dtype=object), sort=True)
        self.by = grouping(groups, by)
        self.article_ids = article_ids
        self.article_group = codes.astype(np.int64)
        self.names = np.asarray(names, dtype=object)
        lang = table["language"].reindex(article_ids) if "language" in table else pd.Series(index=article_ids)
        self.article_language = lang.map(lambda x: check_language(x) if isinstance(x, str) and x else None).to_numpy(
            dtype=object)



def table_groups(table: pd.DataFrame, groups: Groups, by: str, caller: str) -> np.ndarray:
    """The group of each row of a table with an ``article_id`` column (quotes, sources); ``groups``
    may be None when the table has the ``by`` column itself."""
    ids = table["article_id"].astype(str)
    grp = _Groups(groups, by=by, article_ids=pd.Index(pd.unique(ids.to_numpy(dtype=object))), tokens=table,
                  caller=caller)
    return grp.names[grp.article_group[grp.article_ids.get_indexer(pd.Index(ids))]]


class Corpus:
    """The token columns the measures need, as integer codes computed once per comparison.

    Strings are factorized column-wise (fast on Arrow-backed columns) and never turned into
    millions of Python objects; a measure that needs the words themselves takes them at the few
    positions it looks at (:meth:`take`).
    """

    def __init__(self, tokens: pd.DataFrame, groups: Groups, *, by: str, caller: str):
        require(tokens, TOKENS, caller=caller)
        self.tokens = tokens
        self.n = len(tokens)
        art_codes, art_ids = pd.factorize(tokens["article_id"].astype("string").fillna(""))
        self.art_codes = art_codes.astype(np.int64)
        self.groups = _Groups(groups, by=by, article_ids=pd.Index(np.asarray(art_ids, dtype=object), dtype=object),
                              tokens=tokens, caller=caller)
        self.group_codes = self.groups.article_group[self.art_codes] if self.n else np.zeros(0, dtype=np.int64)

    @property
    def by(self) -> str:
        return self.groups.by

    @property
    def n_groups(self) -> int:
        return len(self.groups.names)

    def take(self, column: str, positions: np.ndarray) -> np.ndarray:
        """A column's values at ``positions``, as Python objects (None where missing)."""
        return objects(self.tokens[column].iloc[positions])

    @cached_property
    def _upos(self) -> tuple[np.ndarray, list[str]]:
        codes, names = pd.factorize(self.tokens["upos"])
        return codes.astype(np.int64), [str(x) for x in names]

    def upos_in(self, tags: Iterable[str]) -> np.ndarray:
        """Tokens whose UPOS is one of ``tags`` (False where there is no UPOS)."""
        codes, names = self._upos
        wanted = [i for i, name in enumerate(names) if name in set(tags)]
        return np.isin(codes, wanted)

    @property
    def tagged(self) -> np.ndarray:
        """Tokens with a UPOS."""
        return self._upos[0] >= 0

    @cached_property
    def sentence(self) -> np.ndarray:
        return self.tokens["sentence"].to_numpy(dtype=np.int64)

    @cached_property
    def sentence_key(self) -> np.ndarray:
        """One integer per (article, sentence)."""
        return self.art_codes * (int(self.sentence.max(initial=0)) + 1) + self.sentence

    @cached_property
    def _vocabulary(self) -> tuple[np.ndarray, np.ndarray]:
        lemma = self.tokens["lemma"].astype("string")
        raw = lemma.mask(lemma.isna() | (lemma == ""), self.tokens["text"].astype("string")).fillna("")
        langs = self.groups.article_language
        if {"mk", "bg"} & {x for x in langs if x}:
            # Only Serbian is one language in two scripts; Macedonian and Bulgarian keep theirs.
            other = np.array([x not in ("sr", None) for x in langs], dtype=bool)[self.art_codes]
            raw = raw.mask(other, "\x01" + raw)
        codes, uniques = pd.factorize(raw)
        normal = np.array([normalise(str(u)) for u in uniques], dtype=object)
        merged, vocab = pd.factorize(normal)
        return merged[codes].astype(np.int64), np.asarray(vocab, dtype=object)

    @property
    def term_codes(self) -> np.ndarray:
        return self._vocabulary[0]

    @property
    def vocabulary(self) -> np.ndarray:
        return self._vocabulary[1]

    @cached_property
    def word_mask(self) -> np.ndarray:
        """Tokens that are words: not punctuation, numbers or symbols, and with a letter in them."""
        has_letter = np.fromiter((bool(_LETTER.search(t)) for t in self.vocabulary), dtype=bool,
                                 count=len(self.vocabulary))
        mask = has_letter[self.term_codes] if self.n else np.zeros(0, dtype=bool)
        return mask & ~self.upos_in(_NON_WORD_UPOS)

    @cached_property
    def content_mask(self) -> np.ndarray:
        """Words that are not function words: by UPOS where the tokens have it, else (lite tokens)
        by the language's function-word lexicon (``lexicons/<lang>/function_words.tsv``)."""
        mask = self.word_mask & ~self.upos_in(FUNCTION_UPOS)
        untagged = ~self.tagged & mask
        if untagged.any():
            mask &= ~(untagged & self._lexicon_function_words())
        return mask

    def _lexicon_function_words(self) -> np.ndarray:
        """Tokens whose form or lemma is a function word of their article's language."""
        langs = [x for x in self.groups.article_language if x]
        fallback = Counter(langs).most_common(1)[0][0] if langs else "sl"
        art_lang = np.array([x or fallback for x in self.groups.article_language], dtype=object)
        token_lang = art_lang[self.art_codes]
        form_codes, forms = pd.factorize(self.tokens["text"].astype("string").fillna("").str.lower())
        out = np.zeros(self.n, dtype=bool)
        for lang in set(art_lang.tolist()):
            words = function_words(str(lang), *_FUNCTION_CLASSES)
            if not words:
                continue
            words = frozenset(to_latin(w, language="sr") for w in words) | words
            in_lang = token_lang == lang
            by_form = np.isin(form_codes, [i for i, f in enumerate(forms) if f in words or to_latin(f, language="sr") in words])
            by_lemma = np.isin(self.term_codes, [i for i, t in enumerate(self.vocabulary) if t in words])
            # the lemmas of those forms too (bili, bodo -> biti), as UPOS would tag them
            by_lemma |= np.isin(self.term_codes, np.unique(self.term_codes[in_lang & by_form]))
            out |= in_lang & (by_form | by_lemma)
        return out

    def attrs(self, **options: Any) -> dict[str, Any]:
        return {
            "newskit_version": __version__,
            "annotator": self.tokens.attrs.get("annotator"),
            "model": self.tokens.attrs.get("model"),
            "by": self.by,
            "options": options,
        }


def objects(column: pd.Series) -> np.ndarray:
    """A column as an object array with None where a value is missing."""
    values = column.to_numpy(dtype=object, copy=True)  # pandas may hand out a read-only view otherwise
    values[pd.isna(values)] = None
    return values


def normalise(term: str) -> str:
    """Lower case, diacritics kept; Serbian Cyrillic to Latin (a leading \\x01 marks a word of a
    Macedonian or Bulgarian article, which keeps its script)."""
    if term.startswith("\x01"):
        return term[1:].lower()
    return (to_latin(term, language="sr") if _CYRILLIC.search(term) else term).lower()


def finish(rows: pd.DataFrame | dict | list, schema: Mapping[str, str], attrs: dict[str, Any]) -> pd.DataFrame:
    out = conform(rows, schema)
    out.attrs.update(attrs)
    return out


def function_words(lang: str, *classes: str) -> frozenset[str]:
    """Words of the function-word lexicon (``newskit/lexicons/<lang>/function_words.tsv``), all
    classes or the ones named; empty for a language without one."""

    try:
        lexicon = load_lexicon(lang)
    except (UnsupportedLanguageError, OSError):
        return frozenset()
    return frozenset(w for cls, ws in lexicon.words.items() if not classes or cls in classes for w in ws)
