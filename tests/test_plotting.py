"""The plots render headless (Agg), return labelled Axes, keep diacritics, and never show or save."""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import pytest  # noqa: E402

import newskit as nk  # noqa: E402
from newskit.schemas import QUOTES, conform  # noqa: E402

_SAVEFIG = matplotlib.figure.Figure.savefig  # for the one test that writes figures on purpose


@pytest.fixture(scope="module")
def comparison(suk_path, shared):
    shared("data", "job-lexicon", "Slovene_sentiment_lexicon_JOB.txt")
    return nk.compare_outlets(nk.load_corpus())


@pytest.fixture(autouse=True)
def _nothing_shown_or_saved(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("a plot function must not show or save the figure")

    monkeypatch.setattr(plt, "show", refuse)
    monkeypatch.setattr(plt, "savefig", refuse)
    monkeypatch.setattr(matplotlib.figure.Figure, "savefig", refuse)
    yield
    plt.close("all")


def _labelled(ax) -> None:
    assert isinstance(ax, matplotlib.axes.Axes)
    assert ax.get_title() and ax.get_xlabel() and ax.get_ylabel()
    ax.figure.canvas.draw()  # renders without error


def _ticks(ax, axis: str = "y") -> list[str]:
    ticks = ax.get_yticklabels() if axis == "y" else ax.get_xticklabels()
    return [t.get_text() for t in ticks]


def test_plot_distinctive_shows_top_words_of_every_outlet_with_diacritics(comparison):
    ax = nk.plot_distinctive(comparison.distinctive, top=10)
    _labelled(ax)
    labels = _ticks(ax)
    assert len(labels) == 50
    assert "kokain" in labels and "janša" in labels  # zurnal24.si, with its š
    texts = {t.get_text() for t in ax.texts}
    assert {"24ur.com", "dnevnik.si", "finance.si", "rtvslo.si", "zurnal24.si"} <= texts
    assert "outlet" in ax.get_title()
    assert "z-score" in ax.get_xlabel()
    ax = nk.plot_distinctive(comparison.keyness, top=3, groups=["finance.si"])
    assert _ticks(ax) == comparison.keyness.query("group == 'finance.si'").nsmallest(3, "rank")["term"].tolist()[::-1]
    assert "G2" in ax.get_xlabel()


def test_plots_draw_on_the_axes_they_are_given(comparison):
    fig, axes = plt.subplots(2, 2)
    returned = [
        nk.plot_distinctive(comparison.distinctive, ax=axes[0, 0], top=3),
        nk.plot_share_of_voice(comparison.voices, ax=axes[0, 1]),
        nk.plot_naming(comparison.naming, ax=axes[1, 0]),
        nk.plot_tone(comparison.tone, ax=axes[1, 1]),
    ]
    assert returned == list(axes.ravel())
    for ax in returned:
        _labelled(ax)


def test_plot_share_of_voice_by_type_and_by_speaker(comparison):
    ax = nk.plot_share_of_voice(comparison.voices)
    _labelled(ax)
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    assert {"person", "organisation"} <= set(legend)
    assert len(_ticks(ax)) == 5 and all("(n=" in t for t in _ticks(ax))
    ax = nk.plot_share_of_voice(comparison.voices, level="speaker", measure="words", top=4)
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    assert len(legend) <= 6 and "others" in legend
    assert "words" in ax.get_xlabel()
    with pytest.raises(nk.InputError, match="level"):
        nk.plot_share_of_voice(comparison.voices, level="outlet")


def test_plot_naming_for_one_entity(comparison):
    ax = nk.plot_naming(comparison.naming, entity="Janez Janša")
    _labelled(ax)
    assert "Janez Janša" in ax.get_title()
    assert "premier" in _ticks(ax)
    assert set(_ticks(ax, "x")) <= {"24ur.com", "dnevnik.si", "finance.si", "rtvslo.si", "zurnal24.si"}
    with pytest.raises(nk.InputError, match="most described"):
        nk.plot_naming(comparison.naming, entity="Nobody Atall")


def test_plot_tone_by_voice(comparison):
    ax = nk.plot_tone(comparison.tone)
    _labelled(ax)
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ["journalist", "quoted"]
    assert len(_ticks(ax, "x")) == 5
    assert "100 words" in ax.get_ylabel()


def test_plot_terms_and_empty_tables_render_a_message():
    empty_voices = nk.share_of_voice(conform([], QUOTES), {})
    ax = nk.plot_share_of_voice(empty_voices)
    assert ax.get_title() and any("no quotes" in t.get_text() for t in ax.texts)
    art = nk.load_example()
    ann = nk.annotate([art], annotator="lite")
    terms = nk.contested_terms(ann.tokens, {art.article_id: "example"})
    ax = nk.plot_terms(terms)
    _labelled(ax)
    assert "war in ukraine" in ax.get_title()
    assert {"vojna", "invazija", "konflikt"} <= {t.get_text() for t in ax.get_legend().get_texts()}


def test_titles_say_the_real_grouping():
    art = nk.load_example()
    ann = nk.annotate([art], annotator="lite")
    quotes = nk.extract_quotes(ann.tokens, articles=ann.articles)
    own = nk.share_of_voice(quotes, {art.article_id: "example article"})
    assert nk.plot_share_of_voice(own).get_title() == "Share of voice"  # the user's own groups: no "by outlet"
    by_language = nk.share_of_voice(quotes, [art], by="language")
    ax = nk.plot_share_of_voice(by_language)
    assert ax.get_title() == "Share of voice by language" and ax.get_ylabel() == "language"
    ax = nk.plot_share_of_voice(by_language, title="Who speaks", colors={"person": "#123456"})
    assert ax.get_title() == "Who speaks"
    assert matplotlib.colors.to_hex(ax.patches[0].get_facecolor()) == "#123456"
    ax = nk.plot_share_of_voice(by_language, edgecolor="black")  # **kwargs reach the bars
    assert matplotlib.colors.to_hex(ax.patches[0].get_edgecolor()) == "#000000"


def test_legends_stay_clear_of_the_axis_labels_and_the_error_bars(comparison):
    fig, axes = plt.subplots(1, 2, figsize=(14, 4), layout="constrained")
    voices = nk.plot_share_of_voice(comparison.voices, ax=axes[0])
    tone = nk.plot_tone(comparison.tone, ax=axes[1])
    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()
    for ax in (voices, tone):
        legend = ax.get_legend().get_window_extent(renderer)
        assert not legend.overlaps(ax.xaxis.label.get_window_extent(renderer))
        assert not legend.overlaps(ax.get_window_extent(renderer))  # beside the Axes, not over its bars
    assert "±1 standard error" in tone.get_legend().get_title().get_text()


def test_empty_figures_are_not_written_and_the_comparison_says_why(tmp_path, monkeypatch):
    monkeypatch.setattr(matplotlib.figure.Figure, "savefig", _SAVEFIG)  # Comparison.write saves, on purpose
    art = nk.load_example()
    other = nk.Article("b1", title="Vreme", paragraphs=["Jutri bo sončno in toplo, je dejal meteorolog."],
                       outlet="b.si", language="sl")
    ann = nk.annotate([art.replace(outlet="a.si"), other], annotator="lite")
    cmp = nk.compare_outlets(ann, lexicon={"sončen": 1.0, "vojna": -1.0})
    reasons = cmp.figures()
    assert set(reasons) == {"distinctive.png", "voices.png", "naming.png", "tone.png", "terms.png"}
    cmp = cmp._replace(terms=cmp.terms.iloc[:0])  # a concept nobody uses
    assert cmp.figures()["terms.png"] == "none of the contested terms occurs in these articles"
    written = {p.name for p in cmp.write(tmp_path)}
    assert "terms.png" not in written and not (tmp_path / "terms.png").exists()
    assert {"terms.csv", "terms.parquet", "voices.png"} <= written
    drawn = {name for name, why in cmp.figures().items() if why is None}
    assert drawn == {name for name in written if name.endswith(".png")}
    assert "not drawn: none of the contested terms" in cmp._repr_html_()
    import pandas as pd

    assert pd.read_parquet(tmp_path / "voices.parquet").attrs["by"] == "outlet"
