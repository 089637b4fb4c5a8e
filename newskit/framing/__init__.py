"""Framing across outlets: how groups of articles word, quote and name the same world.

Every measure is a plain function returning a tidy table (schemas in :mod:`newskit.schemas`),
with one row per comparison group and item. The group comes from the articles: pass the
articles (a list of :class:`~newskit.article.Article` or an ARTICLES table) or any mapping
``article_id -> group``, and the column to compare by (``by="outlet"`` by default; any
article attribute, ARTICLES column or ``Article.meta`` key works). The group column of every
table is called ``group``; the column it was taken from is in ``df.attrs["by"]``. An article
without a value for ``by`` is put in the group ``"unknown"``, with a warning.

Measures (each also runs inside :func:`compare_outlets`):

- :func:`distinctive_words`: weighted log-odds with an informative Dirichlet prior and their
  z-scores (Monroe, Colaresi & Quinn 2008, "Fightin' Words"), each group against the rest;
- :func:`keyness`: log-likelihood G2 and Hardie's Log Ratio, with document frequencies;
- :func:`share_of_voice` and :func:`credited_sources`: who is quoted, how much, how directly,
  and which agencies and outlets reports are credited to;
- :func:`naming`: the modifiers, appositions and role nouns attached to each person or
  organisation (``severnokorejski voditelj`` against ``diktator``);
- :func:`reporting_stance`: the classes of reporting verbs (``cue_stance`` of QUOTES);
- :func:`scare_quotes`: short quoted fragments in running text (``v boju proti "sodobnemu
  neonacizmu"``);
- :func:`tone`: a sentiment lexicon (JOB for Slovenian) scored separately for the journalist's
  voice and the quoted voices;
- :func:`contested_terms`: competing names of one thing (``invazija`` / ``vojna`` /
  ``posebna vojaška operacija``) from the lexicons in ``newskit/lexicons/<lang>/``.

Words are counted on lemmas, lower-cased, never ASCII-folded; Serbian Cyrillic is
transliterated to Latin first, so both scripts count as one vocabulary. The work is vectorised
(numpy and pandas group-bys), so the measures run on millions of tokens in seconds.

Example:
    >>> import newskit as nk
    >>> ann = nk.load_corpus("sl-news-suk")  # doctest: +SKIP
    >>> top = nk.distinctive_words(ann.tokens, ann.articles)  # doctest: +SKIP
    >>> top[top.group == "finance.si"].head(3)  # doctest: +SKIP
"""

from __future__ import annotations

from .actors import naming
from .compare import Comparison, compare_outlets
from .corpus import UNKNOWN_GROUP as UNKNOWN_GROUP
from .corpus import Groups as Groups
from .corpus import group_labels
from .scare import scare_quotes
from .sentiment import load_sentiment_lexicon, tone
from .terms import contested_terms, load_contested_terms
from .voices import credited_sources, reporting_stance, share_of_voice
from .words import adjust_p_values, distinctive_words, keyness, log_odds_dirichlet

__all__ = [
    "Comparison",
    "compare_outlets",
    "distinctive_words",
    "group_labels",
    "keyness",
    "adjust_p_values",
    "log_odds_dirichlet",
    "share_of_voice",
    "credited_sources",
    "naming",
    "reporting_stance",
    "scare_quotes",
    "tone",
    "contested_terms",
    "load_contested_terms",
    "load_sentiment_lexicon",
]
