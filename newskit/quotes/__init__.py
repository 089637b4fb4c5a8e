"""Quotes and attribution: who is given a voice, in what words, and on whose authority.

:func:`extract_quotes` finds reported statements in a TOKENS table: direct quotations in any
quotation marks (»...«, „...“, "...", “...”, «...», unbalanced ones too, over several sentences
or paragraphs), indirect speech (``je dejal, da ...``, ``rekao je kako ...``), mixed quotes (a
quoted fragment inside reported speech), ``Kot je pojasnil X, ...``, ``po besedah X`` /
``prema riječima X``, nominal cues (``opozorilo ministrstva, da ...``) and headline quotes
(``Frattini: Hrvaška naj naredi korak naprej``). Each gets its speaker in the canonical
nominative form the article gives fullest (``Putinu`` -> ``Vladimir Putin``; ``ruski predsednik``
-> the person the article calls so; a dropped subject, ``Dejal je še, da``, -> the person in
focus who agrees with the participle's gender and number), the reporting word (``cue``) with
its stance class from the lexicon, and the agency or outlet it is credited to (``source``,
``source_chain`` such as ``BBC <- TASS``).

The rules read the surface forms and lemmas, and use what else the annotation gives:
UD features and MULTEXT-East MSDs (case, gender and number), and dependency trees (the
subject of the reporting verb; the extent of its ``ccomp``; a ``parataxis`` cue after the
content). They work on the lite annotation, where only tokens, lemmas and names are known.
The words live in data files, ``newskit/lexicons/<lang>/`` (see the README there); Serbian
Cyrillic is matched through :func:`newskit.language.to_latin`.

:func:`extract_sources` lists the credits of reports and pictures to agencies and outlets
(``poroča AFP``, ``BBC povzema rusko tiskovno agencijo TASS``, ``Foto: Xinhua/STA``), and
:func:`speakers` sums the quotes per speaker.

The package, each module on the ones before it (imports only go down):

- :mod:`~newskit.quotes.lexicon` (lexicons, outlets, credit lines) and :mod:`~newskit.quotes.marks`
  (quotation marks paired on the text: the one pairer of the extractor and of
  :func:`newskit.scare_quotes`): text-level, no tokens;
- :mod:`~newskit.quotes.view`: a read-only view of one article's tokens (forms, lemmas, case /
  gender / number from UD features or MSDs, sentences, the columns the annotation fills);
- :mod:`~newskit.quotes.entities`, :mod:`~newskit.quotes.names`, :mod:`~newskit.quotes.roles`,
  :mod:`~newskit.quotes.mentions`: the people and organisations of the article, built once;
- :mod:`~newskit.quotes.quoted`: the token-to-quotation index, and
  :func:`~newskit.quotes.quoted.read_article`, the article as the rules read it (read-only);
- :mod:`~newskit.quotes.claims`: questions about what the pass has claimed
  (:class:`~newskit.quotes._types.Claimed`, a read-only view the assembler passes to every rule);
- :mod:`~newskit.quotes.speaker`: the speaker strategies, each a function (subject in the tree or
  on the surface, groups named as written, a document's author, role nouns, focus);
- :mod:`~newskit.quotes.rules`: the rule families (:mod:`~newskit.quotes.rules.frames` and
  :mod:`~newskit.quotes.rules.verbal` for reporting verbs, :mod:`~newskit.quotes.rules.nominal`,
  :mod:`~newskit.quotes.rules.headline`, :mod:`~newskit.quotes.rules.standalone`), each rule a
  function with a name, a confidence and the TOKENS columns it requires
  (:class:`~newskit.quotes.rules.base.Rule`), returning candidates and changing nothing; tree and
  tagged rules and their surface twins are chosen once per article;
- :mod:`~newskit.quotes.sources` (picture credits), :mod:`~newskit.quotes.assemble` (one article's
  pass, sentence by sentence: the one place that records candidates, claims content and updates
  the focus), :mod:`~newskit.quotes.tables` (the rows) and :mod:`~newskit.quotes.api` (the public
  functions).

Example:
    >>> import newskit as nk
    >>> ann = nk.annotate(nk.load_example(), annotator="lite")  # doctest: +SKIP
    >>> q = nk.extract_quotes(ann.tokens, articles=ann.articles)  # doctest: +SKIP
    >>> q.speaker.value_counts().to_dict()  # doctest: +SKIP
    {'Vladimir Putin': 4, 'Kim Jong-un': 4}
"""

from .api import extract_attribution, extract_quotes, extract_sources, quote_spans, speakers
from .lexicon import QUOTE_LANGUAGES, Lexicon, find_outlets, load_lexicon, outlet_named
from .marks import MarkPair, QuoteSpan, find_quote_spans, is_quote_mark, pair_quote_marks

__all__ = [
    "QUOTE_LANGUAGES",
    "Lexicon",
    "MarkPair",
    "QuoteSpan",
    "extract_attribution",
    "extract_quotes",
    "extract_sources",
    "find_outlets",
    "find_quote_spans",
    "is_quote_mark",
    "load_lexicon",
    "outlet_named",
    "pair_quote_marks",
    "quote_spans",
    "speakers",
]
