"""What a researcher sees in a notebook and a terminal: rich displays, the quote table, plurals, notes."""

from __future__ import annotations

import importlib
import re
import warnings

import pandas as pd
import pytest

import newskit as nk
from newskit.cli import main
from newskit.display import QUOTE_COLUMNS, plural, quote_columns, show_quotes


@pytest.fixture(scope="module")
def example_quotes():
    art = nk.load_example()
    ann = nk.annotate([art], annotator="lite")
    return art, ann, nk.extract_quotes(ann.tokens, articles=ann.articles)


def _text(html: str) -> str:
    """The visible text of an HTML fragment (style blocks and tags removed)."""
    html = re.sub(r"<style>.*?</style>", "", html, flags=re.S)
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


def test_plural_reads_correctly_for_one():
    assert plural(1, "paragraph") == "1 paragraph"
    assert plural(0, "paragraph") == "0 paragraphs"
    assert plural(1, "group") == "1 group"
    assert plural(2, "entity", "entities") == "2 entities"


def test_article_displays_title_outlet_date_language_and_first_lines(example):
    shown = example._repr_html_()
    text = _text(shown)
    assert example.title in text
    assert "2025-09-03" in text and "language sl" in text
    assert "outlet not stated" in text  # the example names no outlet: said, not left blank
    assert example.paragraphs[0][:60] in text
    assert "11 paragraphs" in text and "2 captions" in text
    assert len(shown) < 2500  # a summary, not the 3,000-character dataclass repr
    one = nk.Article("a1", title="Naslov <b>", paragraphs=["Prvi odstavek."], outlet="delo.si", language="sl")
    text = _text(one._repr_html_())
    assert "1 paragraph ·" in text and "0 captions" in text and "delo.si" in text
    assert "Naslov &lt;b&gt;" in one._repr_html_()  # article text is escaped


def test_annotation_displays_counts_and_first_tokens_and_entities(example_quotes):
    art, ann, _ = example_quotes
    shown = ann._repr_html_()
    text = _text(shown)
    assert "1 article ·" in text and f"{len(ann.tokens)} tokens" in text
    assert f"{ann.tokens['sentence'].nunique()} sentences" in text
    assert f"{len(ann.entities)} entities" in text and "PER" in text
    assert "annotator lite" in text
    first = ann.tokens["text"].head(8).tolist()
    assert all(word.replace("«", "") in text.replace("«", "") for word in first)
    assert ann.entities["text"].iloc[0] in text
    assert len(shown) < 6000


def test_show_quotes_puts_who_how_what_first_and_keeps_the_whole_text(example_quotes):
    _, _, quotes = example_quotes
    styled = show_quotes(quotes)
    assert list(styled.data.columns[:4]) == ["speaker", "kind", "cue", "text"]
    assert "start_char" not in styled.data.columns  # offsets only when asked for
    html = styled.to_html()
    longest = max(quotes["text"], key=len)
    assert len(longest) > 80 and longest.replace('"', "&quot;") in html  # not cut to a few characters
    assert "text-align: left" in html
    with_offsets = show_quotes(quotes, offsets=True).data.columns.tolist()
    assert with_offsets[-len([c for c in QUOTE_COLUMNS[-6:] if c in quotes.columns]):] == [
        c for c in QUOTE_COLUMNS[-6:] if c in quotes.columns]
    assert quote_columns(["start_char", "mine", "text", "speaker"]) == ["speaker", "text", "mine", "start_char"]
    assert show_quotes(quotes, ["text", "speaker"]).data.columns.tolist() == ["text", "speaker"]
    with pytest.raises(nk.InputError, match="not in the table"):
        show_quotes(quotes, ["speakr"])


def test_view_is_importable_from_the_top_level(example_quotes):
    art, _, quotes = example_quotes
    shown = nk.view(art, quotes)._repr_html_()
    assert "newskit-article" in shown and "Vladimir Putin" in shown


@pytest.fixture
def no_models(monkeypatch):
    ann_mod = importlib.import_module("newskit.annotate")  # newskit.annotate is also the function
    monkeypatch.setattr(ann_mod, "_models_available", lambda lang, type, procs: False)


def test_the_lite_fallback_note_speaks_the_api_in_python(example, no_models):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        nk.annotate(example, cache=False)
    notes = [w for w in caught if issubclass(w.category, nk.LiteFallbackWarning)]
    assert len(notes) == 1
    assert 'annotator="lite"' in str(notes[0].message) and "--annotator" not in str(notes[0].message)


def test_the_lite_fallback_note_speaks_the_terminal_once_on_one_line(tmp_path, no_models, capsys):
    assert main(["analyse", "--out", str(tmp_path / "r")]) == 0
    err = capsys.readouterr().err
    notes = [line for line in err.splitlines() if "lite" in line]
    assert len(notes) == 1, err
    assert "--annotator lite" in notes[0] and "annotator=" not in notes[0] and "annotate()" not in notes[0]
    assert notes[0].startswith("newskit: note: ")


def test_cli_warnings_are_one_line_without_path_or_source(tmp_path, capsys):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("Naslov\n\nPrvi odstavek, ki ga je napisal novinar.\n", encoding="utf-8")
    (folder / "b.txt").write_text("Drugi naslov\n\nDrugi odstavek.\n", encoding="utf-8")
    code = main(["compare", str(folder), "--by", "outlet", "--out", str(tmp_path / "c")])
    captured = capsys.readouterr()
    assert code == 0
    lines = captured.err.splitlines()
    assert lines, "the articles have no outlet: a note is expected"
    for line in lines:
        assert line.startswith("newskit: "), line
        assert ".py:" not in line and "warnings.warn" not in line
    assert "1 group by outlet" in captured.out  # not "1 groups"
    assert "not drawn:" in captured.out


def test_analyse_reads_one_paragraph_in_the_singular(tmp_path, capsys):
    path = tmp_path / "one.txt"
    path.write_text("Naslov članka\n\nEdini odstavek, v katerem je minister dejal, da bo bolje.\n", encoding="utf-8")
    assert main(["analyse", str(path), "--annotator", "lite", "--out", str(tmp_path / "r")]) == 0
    out = capsys.readouterr().out
    assert "(1 paragraph, 0 captions)" in out


def test_parquet_files_keep_the_provenance(tmp_path, capsys):
    assert main(["analyse", "--annotator", "lite", "--out", str(tmp_path / "r")]) == 0
    tokens = pd.read_parquet(tmp_path / "r" / "tokens.parquet")
    assert tokens.attrs["annotator"] == "lite"
    assert tokens.attrs["newskit_version"] == nk.__version__
    quotes = pd.read_parquet(tmp_path / "r" / "quotes.parquet")
    assert quotes.attrs.get("stage") == "extract_quotes"


def test_reprs_are_short(example_quotes):
    art, ann, _ = example_quotes
    assert len(repr(art)) < 300 and "paragraphs=11" in repr(art)
    assert repr(ann) == (f"Annotation(tokens=<{len(ann.tokens)} rows>, entities=<{len(ann.entities)} rows>, "
                         f"articles=['{art.article_id}'], annotator='lite')")


def test_the_lite_fallback_note_is_shown_once_a_session(example, no_models):
    import subprocess
    import sys

    code = ("import newskit as nk, importlib\n"
            "m = importlib.import_module('newskit.annotate')\n"
            "m._models_available = lambda lang, type, procs: False\n"
            "a = nk.load_example()\n"
            "nk.annotate(a, cache=False)\n"
            "nk.annotate(a, cache=False)\n"  # another line, as another notebook cell would be
            "nk.annotate(a.replace(article_id='b'), cache=False)\n")
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    assert run.stderr.count("LiteFallbackWarning") == 1, run.stderr


def test_no_progress_bar_on_a_full_cache_hit(example, tmp_path, capsys):
    # A text no other test annotated (the cache is shared by the session's tests).
    arts = [example.replace(article_id=f"p{i}", title=f"{example.title} {tmp_path.name} {i}") for i in range(2)]
    nk.annotate(arts, annotator="lite", progress=True)
    first = capsys.readouterr().err
    assert "annotate" in first  # the bar, asked for, while there is work
    nk.annotate(arts, annotator="lite", progress=True)  # everything from the cache
    assert "annotate" not in capsys.readouterr().err
