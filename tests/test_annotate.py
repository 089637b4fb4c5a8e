"""annotate(): exact offsets, parts and paragraphs, entity lemmas, languages, the lite annotator."""

from __future__ import annotations

import importlib
import warnings

import pandas as pd
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


@pytest.mark.parametrize("lang", ["sl", "hr"])  # obeliks, reldi
def test_realign_on_real_tokenizer_output(lang):
    from newskit import lite

    text = "  Prvi odstavek, ki se začne s presledki.\n\n   Drugi odstavek: Putin je dejal.\nFoto: STA"
    doc = lite.tokenizer(lang)(text)
    tokens = [(t.text, t.start_char, t.end_char) for s in doc.sentences for t in s.tokens]
    assert any(text[s:e] != form for form, s, e in tokens)  # classla's own offsets restart per line
    spans = realign(text, [form for form, _, _ in tokens])
    assert [text[s:e] for s, e in spans] == [form for form, _, _ in tokens]


def test_unsupported_language_is_an_error_listing_the_supported_ones(example):
    with pytest.raises(nk.UnsupportedLanguageError, match="sl"):
        nk.annotate(example, lang="en", annotator="lite")
    with pytest.raises(ValueError):
        nk.annotate(example.replace(language="de"), annotator="lite")


def test_auto_without_models_falls_back_to_lite_with_one_warning(example, monkeypatch):
    ann_mod = importlib.import_module("newskit.annotate")  # newskit.annotate is also the function

    monkeypatch.setattr(ann_mod, "_models_available", lambda lang, type, procs: False)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        ann = nk.annotate([example, example.replace(article_id="copy")], annotator="auto", cache=False)
    relevant = [w for w in caught if "lite" in str(w.message)]
    assert len(relevant) == 1
    assert "classla.download" in str(relevant[0].message)
    assert ann.tokens.attrs["annotator"] == "lite"
    assert set(ann.tokens.article_id) == {example.article_id, "copy"}



def test_parallel_lite_gives_the_same_tables(example):
    arts = [example.replace(article_id=f"a{i}", paragraphs=example.paragraphs[i:]) for i in range(6)]
    one = nk.annotate(arts, annotator="lite", cache=False, n_jobs=1)
    two = nk.annotate(arts, annotator="lite", cache=False, n_jobs=2)
    pd.testing.assert_frame_equal(one.tokens, two.tokens)
    pd.testing.assert_frame_equal(one.entities, two.entities)
    assert list(dict.fromkeys(two.tokens.article_id)) == [f"a{i}" for i in range(6)]


def test_one_bad_article_is_skipped_and_reported(example, monkeypatch):
    ann_mod = importlib.import_module("newskit.annotate")  # newskit.annotate is also the function

    real = ann_mod._Engine.run

    def run(self, text, spans):
        if "Kaboom" in text:
            raise RuntimeError("tokenizer crashed")
        return real(self, text, spans)

    monkeypatch.setattr(ann_mod._Engine, "run", run)
    bad = nk.Article("bad", title="Kaboom", paragraphs=("Besedilo je tu.",), language="sl")
    with pytest.warns(UserWarning, match="1 of 2 articles"):
        ann = nk.annotate([bad, example], annotator="lite", cache=False, n_jobs=1)
    assert set(ann.tokens.article_id) == {example.article_id}
    assert ann.tokens.attrs["skipped"] == [{"article_id": "bad", "error": "RuntimeError: tokenizer crashed"}]


def test_languages_other_than_slovenian():
    hr = nk.Article("hr1", title="Vlada", paragraphs=("Predsjednik Zoran Milanović sastao se u Zagrebu s Plenkovićem.",),
                    language="hr")
    mk = nk.Article("mk1", paragraphs=("Премиерот Христијан Мицкоски денеска во Скопје рече дека владата ќе одлучи.",))
    bs = nk.Article("bs1", paragraphs=("Predsjednik je rekao da će vlada odlučiti u Sarajevu.",), language="bs")
    ann = nk.annotate([hr, mk, bs], annotator="lite", cache=False)
    assert _offsets_exact(ann)
    assert set(ann.tokens.article_id) == {"hr1", "mk1", "bs1"}
    ents = ann.entities
    assert {"Zoran Milanović"} <= set(ents[ents.type == "PER"].text)
    assert "Zagreb" in set(ents[ents.type == "LOC"].lemma)
    assert "Скопје" in set(ents.text)  # Macedonian: tokens, lemmas and names without classla's parser
    assert ann.tokens.attrs["model"]["mk"]["reldi"]
    assert ann.tokens.attrs["options"]["processors"]["bs"] == "tokenize,lemma,ner"


def test_annotate_rejects_a_plain_string_and_bad_options(example):
    with pytest.raises(nk.InputError, match="Article"):
        nk.annotate("Putin je dejal.")
    with pytest.raises(nk.InputError, match="annotator"):
        nk.annotate(example, annotator="spacy")
    with pytest.raises(nk.InputError, match="type"):
        nk.annotate(example, type="tweets")


def test_empty_article_gives_no_rows():
    ann = nk.annotate(nk.Article("empty", language="sl"), annotator="lite", cache=False)
    assert list(ann.tokens.columns) == list(TOKENS) and ann.tokens.empty and ann.entities.empty


def test_tokenizer_that_changes_characters_keeps_raw_text():
    # obeliks turns a soft hyphen into "-": the row keeps the raw character, so offsets stay exact
    art = nk.Article("soft", paragraphs=("Social\xadni mediji in Putin.",), language="sl")
    ann = nk.annotate(art, annotator="lite", cache=False)
    assert _offsets_exact(ann)
    assert "".join(ann.tokens.token) == art.text.replace(" ", "")


# --- the classla path, on tiny models trained with classla's own code (tests/classla_models.py) ---


@pytest.fixture(scope="module")
def classla_ann(tiny_models_dir, example):
    mp = pytest.MonkeyPatch()
    mp.setenv("CLASSLA_RESOURCES_DIR", str(tiny_models_dir))
    try:
        yield nk.annotate(example, annotator="classla", cache=False)
    finally:
        mp.undo()


def test_classla_offsets_are_realigned_on_a_multi_paragraph_article(classla_ann, example, tiny_models_dir):
    import classla

    # The trap: classla's own offsets restart on every line of the article.
    nlp = classla.Pipeline("sl", dir=str(tiny_models_dir), processors="tokenize", type="standard",
                           logging_level="ERROR")
    doc = nlp(example.text)
    raw = [(t.text, t.start_char, t.end_char) for s in doc.sentences for t in s.tokens]
    wrong = sum(example.text[s:e] != form for form, s, e in raw)
    assert wrong > len(raw) / 2
    # newskit's are exact for every word.
    assert _offsets_exact(classla_ann)
    assert classla_ann.tokens.paragraph.nunique() == len(example.spans())
    assert classla_ann.tokens.attrs["annotator"] == "classla"


def test_classla_fills_every_column(classla_ann):
    tok = classla_ann.tokens
    for col in ("lemma", "upos", "xpos", "head", "deprel", "ner"):
        assert tok[col].notna().all(), col
    assert tok["feats"].notna().any()
    assert set(tok.ner.str[:2]) <= {"O", "B-", "I-"}
    # heads point inside their sentence
    sizes = tok.groupby("sentence").word_id.transform("max")
    assert ((tok["head"] >= 0) & (tok["head"] <= sizes)).all()


def test_classla_and_lite_agree_on_part_and_paragraph(classla_ann, lite):
    c = classla_ann.tokens.set_index("start_char")[["part", "paragraph"]]
    li = lite.tokens.set_index("start_char")[["part", "paragraph"]]
    common = c.index.intersection(li.index)
    assert len(common) > 400
    assert (c.loc[common] == li.loc[common]).all().all()


def test_classla_batches_articles_without_changing_them(tiny_models_dir, example, monkeypatch):
    monkeypatch.setenv("CLASSLA_RESOURCES_DIR", str(tiny_models_dir))
    ann_mod = importlib.import_module("newskit.annotate")
    arts = [example.replace(article_id=f"a{i}", paragraphs=example.paragraphs[i:i + 3]) for i in range(4)]
    batched = nk.annotate(arts, annotator="classla", cache=False)
    monkeypatch.setattr(ann_mod, "_BATCH_CHARS", 1)  # one article per classla call
    single = nk.annotate(arts, annotator="classla", cache=False)
    pd.testing.assert_frame_equal(batched.tokens, single.tokens)
    assert _offsets_exact(batched)
    assert batched.tokens.groupby("article_id").sentence.min().eq(0).all()


def test_multi_word_names_take_the_nominative_the_article_writes(suk):
    ents = suk.entities
    ec = ents[ents.text.isin(["Evropske komisije", "Evropska komisija", "Evropski komisiji"])]
    with_nominative = set(ec[ec.text == "Evropska komisija"].article_id)
    ec = ec[ec.article_id.isin(with_nominative)]
    assert len(ec) > len(with_nominative) and set(ec.lemma) == {"Evropska komisija"}
    # a genitive whose last word does not change is not taken for the nominative
    assert not (ents.lemma == "Barbare Miklič Türk").any()


def test_annotate_asks_classla_for_what_each_processor_needs():
    # the parser needs the lemmatizer as well as the tagger (classla refuses a pipeline without it)
    from newskit.annotate import _normalise_processors

    procs, notes = _normalise_processors("sl", "depparse")
    assert procs == ("tokenize", "pos", "lemma", "depparse")
    assert notes == ["added pos, lemma: the processors asked for (depparse) need them"]
    assert _normalise_processors("hr", ["ner"]) == (("tokenize", "ner"), [])
    procs, notes = _normalise_processors("mk", "lemma,ner")
    assert procs == ("tokenize", "pos", "lemma") and "Macedonian" in notes[-1]
    with pytest.raises(nk.InputError, match="unknown processor.*mwt"):
        _normalise_processors("sl", "tokenize,mwt")
