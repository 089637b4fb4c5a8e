import pandas as pd
import pytest

import newskit as nk
from newskit.schemas import ARTICLES


def test_example_parts_and_metadata(example):
    assert example.article_id == "000_1132590431262ebf"
    assert example.language == "sl" and example.script == "Latin"
    assert example.outlet is None  # the source does not state one; none is invented
    assert example.published == pd.Timestamp("2025-09-03")
    assert example.title.startswith("»Rusija in Severna Koreja")
    assert example.subtitle.startswith("Ruski predsednik Putin se je")
    assert [c.credit for c in example.captions] == ["© www.kremlin.ru", "Foto: Xinhua/STA"]
    # The caption line holding the same caption twice is kept once.
    assert example.text.count("Kitajska, Beijing.") == 1
    assert len(example.paragraphs) == 11


def test_spans_locate_every_part(example):
    text = example.text
    for span in example.spans():
        assert text[span.start:span.end].strip() == text[span.start:span.end]
    assert example.part_at(text.index("Dejal je še")) == ("body", 5)
    assert example.part_at(text.index("Xinhua"))[0] == "caption"
    assert example.part_at(0) == ("title", 0)
    assert example.part_at(text.index("se je severnokorejskemu"))[0] == "lead"


def test_article_is_frozen_and_accepts_lists():
    art = nk.Article("x", title="T", paragraphs=["a", "b"], captions=[("cap", "Foto: STA")])
    assert art.paragraphs == ("a", "b")
    assert art.captions[0].credit == "Foto: STA"
    with pytest.raises(AttributeError):
        art.title = "other"  # type: ignore[misc]
    assert art.text == "T\n\na\n\nb\n\ncap\nFoto: STA"


def test_articles_table_schema(example):
    df = nk.articles_table([example])
    assert list(df.columns) == list(ARTICLES)
    assert df.loc[0, "n_captions"] == 2
    assert str(df.dtypes["published"]).startswith("datetime64")
