"""The plots render headless (Agg), return labelled Axes, keep diacritics, and never show or save."""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import pytest  # noqa: E402

import newskit as nk  # noqa: E402
from newskit.schemas import QUOTES, conform  # noqa: E402


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
