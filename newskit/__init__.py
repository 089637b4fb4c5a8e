"""newskit: news analysis for Slovenian and the other South Slavic languages.

Load articles, annotate them with CLASSLA (or offline), extract quotes with their speakers
and sources, and compare framing across outlets, all as tidy pandas tables.

Example:
    >>> import newskit as nk
    >>> art = nk.load_example()
    >>> art.title[:8]
    '»Rusija '

Importing newskit loads neither classla nor torch; they load when annotation runs.
"""

from ._version import __version__
from .annotate import LiteFallbackWarning, annotate
from .article import Annotation, Article, Caption, articles_table
from .cache import cache_clear, cache_info
from .conllu import read_conllu, to_conllu
from .datasets import download, load_corpus, load_example, load_story_pack
from .errors import (
    ChecksumError,
    DownloadError,
    InputError,
    ModelUnavailableError,
    NewskitError,
    SchemaError,
    UnsupportedLanguageError,
)
from .framing import (
    Comparison,
    adjust_p_values,
    compare_outlets,
    contested_terms,
    credited_sources,
    distinctive_words,
    keyness,
    load_contested_terms,
    load_sentiment_lexicon,
    log_odds_dirichlet,
    naming,
    reporting_stance,
    scare_quotes,
    share_of_voice,
    tone,
)
from .language import LANGUAGES, detect_language, detect_script, to_latin
from .lexicons import add_lexicons
from .loaders import (
    Loaded,
    SkippedInputWarning,
    article_from_text,
    articles_from_frame,
    read,
    read_csv,
    read_feed,
    read_html,
    read_jsonl,
    read_text,
    read_url,
    to_latin_article,
)
from .plotting import plot_distinctive, plot_naming, plot_share_of_voice, plot_terms, plot_tone
from .quotes import extract_quotes, extract_sources, quote_spans, speakers
from .report import view

__all__ = [
    # framing across outlets
    "Comparison",
    "adjust_p_values",
    "compare_outlets",
    "contested_terms",
    "credited_sources",
    "distinctive_words",
    "keyness",
    "load_contested_terms",
    "load_corpus",
    "load_sentiment_lexicon",
    "log_odds_dirichlet",
    "naming",
    "plot_distinctive",
    "plot_naming",
    "plot_share_of_voice",
    "plot_terms",
    "plot_tone",
    "reporting_stance",
    "scare_quotes",
    "share_of_voice",
    "tone",
    "__version__",
    "Annotation",
    "Article",
    "LiteFallbackWarning",
    "Caption",
    "ChecksumError",
    "DownloadError",
    "InputError",
    "ModelUnavailableError",
    "NewskitError",
    "SchemaError",
    "UnsupportedLanguageError",
    "add_lexicons",
    "annotate",
    "article_from_text",
    "cache_clear",
    "cache_info",
    "articles_from_frame",
    "articles_table",
    "detect_language",
    "detect_script",
    "extract_quotes",
    "extract_sources",
    "load_example",
    "quote_spans",
    "read_conllu",
    "read_text",
    "speakers",
    "view",
    # loading articles
    "LANGUAGES",
    "Loaded",
    "SkippedInputWarning",
    "download",
    "load_story_pack",
    "read",
    "read_csv",
    "read_feed",
    "read_html",
    "read_jsonl",
    "read_url",
    "to_latin_article",
    "to_conllu",
    "to_latin",
]
