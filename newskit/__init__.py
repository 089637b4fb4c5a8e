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
from .annotate import Annotation, annotate, read_conllu, to_conllu
from .article import Article, Caption, articles_table
from .datasets import load_example
from .errors import (
    ChecksumError,
    DownloadError,
    InputError,
    ModelUnavailableError,
    NewskitError,
    SchemaError,
    UnsupportedLanguageError,
)
from .language import detect_language, detect_script, to_latin
from .loaders import read_text

__all__ = [
    "__version__",
    "Annotation",
    "Article",
    "Caption",
    "ChecksumError",
    "DownloadError",
    "InputError",
    "ModelUnavailableError",
    "NewskitError",
    "SchemaError",
    "UnsupportedLanguageError",
    "annotate",
    "articles_table",
    "detect_language",
    "detect_script",
    "load_example",
    "read_conllu",
    "read_text",
    "to_conllu",
    "to_latin",
]
