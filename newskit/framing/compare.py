"""All the measures together: :func:`compare_outlets` and the :class:`Comparison` it returns."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple, cast

import pandas as pd

from .._version import __version__
from ..language import check_language

if TYPE_CHECKING:
    from matplotlib.figure import Figure

from .. import plotting
from ..display import plural, summary_html
from ..entities import entities_from_tokens
from ..plotting import empty_reason
from ..quotes import extract_attribution, extract_quotes, extract_sources
from ..schemas import to_parquet
from .actors import naming_table
from .corpus import Corpus, Groups, articles_of
from .scare import scare_table
from .sentiment import lexicon_series, tone_table
from .terms import bundled_terms, contested_table
from .voices import credited_sources, reporting_stance, share_of_voice
from .words import distinctive_table, keyness_table, term_counts

__all__ = ['Comparison', 'compare_outlets']


class Comparison(NamedTuple):
    """Every framing table of one comparison; ``_asdict()`` gives name -> table.

    In a notebook it shows the list of its tables and figures; :meth:`write` saves them all.
    """

    distinctive: pd.DataFrame
    keyness: pd.DataFrame
    voices: pd.DataFrame
    credits: pd.DataFrame
    naming: pd.DataFrame
    stance: pd.DataFrame
    scare_quotes: pd.DataFrame
    tone: pd.DataFrame
    terms: pd.DataFrame

    def figures(self) -> dict[str, str | None]:
        """Each figure :meth:`write` draws, with None, or the one line saying why it is left out (empty).

        Example:
            >>> cmp = nk.compare_outlets(nk.load_corpus())  # doctest: +SKIP
            >>> cmp.figures()["terms.png"]  # doctest: +SKIP
            'none of the contested terms occurs in these articles'
        """

        return {f"{name}.png": empty_reason(getattr(self, table), name)
                for name, table in _FIGURES.items()}

    def write(self, folder: str | Path, *, figures: bool = True) -> list[Path]:
        """Write every table as ``<name>.csv`` (UTF-8) and ``<name>.parquet``, and the figures as PNG.

        Parquet files keep each table's provenance (``df.attrs``: newskit version, annotator,
        model, options) in their metadata. A figure with nothing to show is not written
        (:meth:`figures` says why).

        Returns:
            The paths written.
        """

        out = Path(folder)
        out.mkdir(parents=True, exist_ok=True)
        written = []
        for name, table in self._asdict().items():
            path = out / f"{name}.csv"
            table.to_csv(path, index=False, encoding="utf-8")
            to_parquet(table, out / f"{name}.parquet")
            written.extend([path, out / f"{name}.parquet"])
        if figures:
            import matplotlib.pyplot as plt

            plots = {
                "distinctive.png": lambda: plotting.plot_distinctive(self.distinctive),
                "voices.png": lambda: plotting.plot_share_of_voice(self.voices),
                "naming.png": lambda: plotting.plot_naming(self.naming),
                "tone.png": lambda: plotting.plot_tone(self.tone),
                "terms.png": lambda: plotting.plot_terms(self.terms),
            }
            reasons = self.figures()
            for name, draw in plots.items():
                if reasons.get(name):
                    continue
                fig = cast("Figure", draw().figure)
                fig.savefig(out / name, dpi=150)
                plt.close(fig)
                written.append(out / name)
        return written

    def __repr__(self) -> str:
        # Short: nine tables in full run to thousands of characters.
        return "Comparison(" + ", ".join(f"{k}=<{len(v)} rows>" for k, v in self._asdict().items()) + ")"

    def _repr_html_(self) -> str:
        """A notebook's view: each table with its size and each figure, or why it is left out."""
        import html as _html


        rows = []
        for name, table in self._asdict().items():
            groups = table["group"].nunique() if "group" in table.columns and len(table) else 0
            rows.append(f"<tr><td><code>.{name}</code></td><td style=\"white-space: nowrap\">"
                        f"{plural(len(table), 'row').replace(str(len(table)), f'{len(table):,}', 1)}</td>"
                        f"<td style=\"white-space: nowrap\">{plural(int(groups), 'group') if groups else ''}</td>"
                        f"<td>{_html.escape(_TABLE_NOTES[name])}</td></tr>")
        tables = ('<table class="nk-table"><thead><tr><th>table</th><th>rows</th><th>groups</th>'
                  f"<th>what it holds</th></tr></thead><tbody>{''.join(rows)}</tbody></table>")
        figs = []
        for name, reason in self.figures().items():
            status = f"not drawn: {reason}" if reason else "drawn by <code>write()</code>"
            figs.append(f"<tr><td>{name}</td><td>{status if not reason else _html.escape(status)}</td></tr>")
        figures = ('<table class="nk-table"><thead><tr><th>figure</th><th></th></tr></thead>'
                   f"<tbody>{''.join(figs)}</tbody></table>")
        by = self.tone.attrs.get("by") or self.distinctive.attrs.get("by") or "group"
        names = sorted({str(g) for t in (self.tone, self.voices, self.distinctive) if "group" in t.columns
                        for g in t["group"].dropna()})
        meta = [f"{plural(len(names), 'group')} by {by}" + (f": {', '.join(names[:8])}" if names else "")
                + (" …" if len(names) > 8 else ""),
                f"annotator {self.distinctive.attrs['annotator']}" if self.distinctive.attrs.get("annotator") else "",
                f"newskit {self.distinctive.attrs.get('newskit_version', __version__)}"]
        return summary_html("Comparison", meta, [tables, figures], kind="comparison")


#: The figure of each table that :meth:`Comparison.write` draws.
_FIGURES = {"distinctive": "distinctive", "voices": "voices", "naming": "naming", "tone": "tone", "terms": "terms"}

#: One line on each table of a :class:`Comparison`; also the fields' documentation.
_TABLE_NOTES = {
    "distinctive": "distinctive words of each group, by weighted log-odds with an informative Dirichlet prior "
                   "(DISTINCTIVE, distinctive_words())",
    "keyness": "over- and under-used words of each group against the rest, by log-likelihood G2 (KEYNESS, keyness())",
    "voices": "who is quoted in each group, in quotes and quoted words per speaker (VOICES, share_of_voice())",
    "credits": "the agencies and outlets each group credits (CREDITS, credited_sources())",
    "naming": "how each group names people and organisations, by titles, roles and epithets (NAMING, naming())",
    "stance": "the reporting verbs each group uses, by stance (STANCE, reporting_stance())",
    "scare_quotes": "short quoted phrases that are not speech, such as scare quotes and titles "
                    "(SCARE_QUOTES, scare_quotes())",
    "tone": "lexicon tone per 100 words, the journalist's and the quoted voices apart (TONE, tone())",
    "terms": "which of the competing terms for a concept each group uses (TERMS, contested_terms())",
}
for _name, _note in _TABLE_NOTES.items():
    # Field documentation for autodoc, instead of namedtuple's "Alias for field number N".
    getattr(Comparison, _name).__doc__ = _note[0].upper() + _note[1:] + "."


def compare_outlets(
    tokens: Any,
    articles: Groups = None,
    *,
    by: str = "outlet",
    quotes: pd.DataFrame | None = None,
    sources: pd.DataFrame | None = None,
    entities: pd.DataFrame | None = None,
    lexicon: pd.Series | Mapping[str, float] | str | Path | None = None,
    language: str = "sl",
    prior_weight: float | None = None,
    min_count: int = 1,
) -> Comparison:
    """Every framing measure at once, grouped by ``by`` (outlet by default).

    The token arrays are prepared once and shared by the measures. Quotes are extracted with
    :func:`newskit.extract_quotes` (and credit lines with :func:`newskit.extract_sources`) when
    not given.

    Args:
        tokens: a TOKENS table, or an :class:`~newskit.article.Annotation` (its entities and
            articles are then used when not given).
        articles: the articles (list or ARTICLES table) or a mapping ``article_id -> group``.
        by: the article attribute to compare by.
        quotes, sources, entities: QUOTES, SOURCES and ENTITIES tables, when already made.
        lexicon: sentiment lexicon for :func:`tone` (default JOB).
        language: language of the sentiment lexicon and of articles of unknown language.
        prior_weight, min_count: passed to :func:`distinctive_words` / :func:`keyness`.

    Returns:
        A :class:`Comparison` of DISTINCTIVE, KEYNESS, VOICES, CREDITS, NAMING, STANCE,
        SCARE_QUOTES, TONE and TERMS tables.

    Example:
        >>> import newskit as nk
        >>> cmp = nk.compare_outlets(nk.load_corpus())  # doctest: +SKIP
        >>> cmp.tone  # doctest: +SKIP
    """
    if hasattr(tokens, "tokens") and hasattr(tokens, "articles"):
        entities = tokens.entities if entities is None else entities
        articles = tokens.articles if articles is None else articles
        tokens = tokens.tokens
    corpus = Corpus(tokens, articles, by=by, caller="compare_outlets")
    lang = str(check_language(language, argument="language"))
    if quotes is None and sources is None:  # one quote pass gives both tables

        quotes, sources = extract_attribution(tokens, articles=articles_of(articles))
    elif quotes is None:

        quotes = extract_quotes(tokens, articles=articles_of(articles))
    elif sources is None:

        sources = extract_sources(tokens, articles=articles_of(articles))
    if entities is None:

        entities = entities_from_tokens(tokens)
    # The quote tables take their groups from the token articles, already resolved (and warned about).
    groups = pd.Series(corpus.groups.names[corpus.groups.article_group], index=corpus.groups.article_ids)
    counts = term_counts(corpus, stopwords=True)
    return Comparison(
        distinctive=distinctive_table(corpus, counts, prior_weight=prior_weight, min_count=min_count, stopwords=True),
        keyness=keyness_table(corpus, counts, min_count=min_count, stopwords=True),
        voices=share_of_voice(quotes, groups, by=by),
        credits=credited_sources(quotes, groups, sources=sources, by=by),
        naming=naming_table(corpus, entities, types=("PER", "ORG"), window=4, lang=lang),
        stance=reporting_stance(quotes, groups, by=by),
        scare_quotes=scare_table(corpus, quotes, max_words=4, articles=articles_of(articles)),
        tone=tone_table(corpus, quotes, lexicon_series(lexicon), language=lang),
        terms=contested_table(corpus, bundled_terms(corpus, lang), default_language=lang),
    )
