"""annotate(): exact offsets, parts and paragraphs, entity lemmas, languages, the lite annotator."""

from __future__ import annotations

import warnings

import pytest

import newskit as nk
from newskit.annotate import realign
from newskit.schemas import ENTITIES, TOKENS


@pytest.fixture(scope="module")
def lite(example):
    return nk.annotate(example, annotator="lite", cache=False)


def _offsets_exact(ann) -> bool:
    arts = {a.article_id: a for a in ann.articles}
    return all(arts[r.article_id].text[r.start_char:r.end_char] == r.token for r in ann.tokens.itertuples())


def test_lite_offsets_are_exact_on_a_multi_paragraph_article(lite, example):
    assert list(lite.tokens.columns) == list(TOKENS)
    assert list(lite.entities.columns) == list(ENTITIES)
    assert len(lite.tokens) > 400
    assert _offsets_exact(lite)
    assert lite.tokens.paragraph.nunique() == len(example.spans())


def test_lite_part_and_paragraph_of_words(lite, example):
    tok = lite.tokens
    row = tok[tok.token == "neonacizmu"].iloc[0]
    assert (row.part, row.paragraph) == ("title", 0)
    row = tok[tok.token == "severnokorejskemu"].iloc[0]
    assert (row.part, row.paragraph) == ("lead", 1)
    row = tok[tok.token == "Xinhua"].iloc[0]
    assert row.part == "caption" and row.paragraph == len(example.spans()) - 1
    dejal = example.text.index("Dejal je še")
    row = tok[tok.start_char == dejal].iloc[0]
    assert (row.part, row.paragraph) == example.part_at(dejal)
    # sentences never cross a paragraph
    assert (tok.groupby("sentence").paragraph.nunique() == 1).all()


def test_lite_entity_lemma_is_the_base_form(lite):
    ents = lite.entities
    putinu = ents[ents.text == "Putinu"]
    assert len(putinu) and set(putinu.lemma) == {"Putin"} and set(putinu.type) == {"PER"}
    assert "Vladimir Putin" in set(ents[ents.type == "PER"].lemma)
    assert {"AFP", "BBC", "TASS"} <= set(ents[ents.type == "ORG"].text)
    assert "Rusija" in set(ents[ents.type == "LOC"].lemma)


def test_lite_leaves_what_it_cannot_know_empty(lite):
    tok = lite.tokens
    assert tok["feats"].isna().all() and tok["head"].isna().all() and tok["deprel"].isna().all()
    assert set(tok.upos.dropna()) <= {"PUNCT", "NUM"}
    assert tok.lemma.notna().all()
    assert tok.loc[tok.token == "je", "lemma"].eq("biti").all()
    assert lite.tokens.attrs["annotator"] == "lite"
    assert lite.tokens.attrs["model"]["sl"]["obeliks"]


def test_realign_fixes_offsets_that_restart_at_every_line():
    text = "Prvi stavek.\n\n  Drugi odstavek, ki se nadaljuje.\nFoto: STA"
    forms = ["Prvi", "stavek", ".", "Drugi", "odstavek", ",", "ki", "se", "nadaljuje", ".", "Foto", ":", "STA"]
    spans = realign(text, forms)
    assert [text[s:e] for s, e in spans] == forms
    assert spans[3] == (text.index("Drugi"), text.index("Drugi") + 5)


def test_unsupported_language_is_an_error_listing_the_supported_ones(example):
    with pytest.raises(nk.UnsupportedLanguageError, match="sl"):
        nk.annotate(example, lang="en", annotator="lite")
    with pytest.raises(ValueError):
        nk.annotate(example.replace(language="de"), annotator="lite")


def test_auto_without_models_falls_back_to_lite_with_one_warning(example, monkeypatch):
    import newskit.annotate as ann_mod

    monkeypatch.setattr(ann_mod, "_models_available", lambda lang, type, procs: False, raising=False)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        ann = nk.annotate([example, example.replace(article_id="copy")], annotator="auto", cache=False)
    relevant = [w for w in caught if "lite" in str(w.message)]
    assert len(relevant) == 1
    assert "classla.download" in str(relevant[0].message)
    assert ann.tokens.attrs["annotator"] == "lite"
    assert set(ann.tokens.article_id) == {example.article_id, "copy"}
