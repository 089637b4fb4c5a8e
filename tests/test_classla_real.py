"""classla's real code, run here where the official models cannot be downloaded.

* Tiny models trained at session start with classla's own training entry points
  (tests/classla_models.py) load in a plain ``classla.Pipeline`` and fill every column: these
  tests check the structure of what comes out, not its quality.
* The genuine CLASSLA lemmatizer in ../shared/models gives a real quality check on gold-tagged text.
* Tests marked ``official`` run the official models when they are installed
  (``NEWSKIT_OFFICIAL_MODELS=1``).
"""

from __future__ import annotations

import csv
import json
import re
import shutil
from pathlib import Path

import pytest

from newskit._tiny_models import _read_sentences, _write_lexicon
from newskit.models import clear_pipelines, get_pipeline

MULTI_PARAGRAPH = (
    "Vladimir Putin je v Pekingu pohvalil Kim Džong Una.\n\n"
    "  Rusija se je Severni Koreji zahvalila za vojake. Vlada v Ljubljani molči.\n"
    "Predsednik je dejal: \"Hvala vam.\""
)
BIOES = re.compile(r"^(O|[BIES]-[A-Za-z]+)$")
SUK = Path(__file__).resolve().parents[2] / "shared" / "data" / "sl-news-suk" / "senticoref_ud_test.conllu"


def _check_document(doc, text: str) -> None:
    """Every word carries every annotation, with a well-formed tree and offsets into ``text``."""
    assert doc.sentences
    for sent in doc.sentences:
        words = sent.words
        assert words
        roots = [w for w in words if w.head == 0]
        assert len(roots) == 1
        for w in words:
            assert w.lemma and w.upos and w.xpos
            assert w.feats is None or "=" in w.feats
            assert 0 <= w.head <= len(words) and w.head != w.id
            assert w.deprel
        for tok in sent.tokens:
            assert BIOES.match(tok.ner), tok.ner
            assert tok.text in text


# --------------------------------------------------------------------------- tiny models

def test_tiny_models_layout(tiny_models_dir):
    resources = json.loads((tiny_models_dir / "resources.json").read_text())
    assert set(resources["sl"]["default_processors"]) == {"tokenize", "pos", "lemma", "depparse", "ner"}
    for proc in ("pos", "lemma", "depparse", "ner", "pretrain"):
        assert (tiny_models_dir / "sl" / proc / "standard.pt").stat().st_size > 1000


def test_plain_classla_pipeline_loads_tiny_models(tiny_models_dir):
    import classla

    nlp = classla.Pipeline("sl", dir=str(tiny_models_dir), logging_level="ERROR", use_gpu=False)
    assert set(nlp.processors) == {"tokenize", "pos", "lemma", "depparse", "ner"}
    doc = nlp(MULTI_PARAGRAPH)
    _check_document(doc, MULTI_PARAGRAPH)
    assert [w.text for w in doc.sentences[0].words][:2] == ["Vladimir", "Putin"]
    assert len(doc.sentences) == 4


def test_tagger_carries_the_inflectional_lexicon(tiny_models_dir):
    import torch

    checkpoint = torch.load(tiny_models_dir / "sl" / "pos" / "standard.pt", map_location="cpu", weights_only=False)
    entries = checkpoint["dicts"]
    assert len(entries) > 50  # over 20,000 from SSJ dev; about 80 from the hand-written sentences
    form, xpos, upos, feats, lemma = entries[0]
    assert form == form.lower() and lemma and xpos


def test_handmade_models_train_and_load(handmade_models_dir):
    """Without ../shared the session trains on ten hand-written sentences: the plumbing still runs."""
    resources = json.loads((handmade_models_dir / "resources.json").read_text())
    assert resources["newskit_tiny_models"]["sentences"] == 10
    clear_pipelines()
    nlp = get_pipeline("sl", dir=handmade_models_dir, use_gpu=False)
    _check_document(nlp(MULTI_PARAGRAPH), MULTI_PARAGRAPH)


def test_lexicon_survives_quote_marks_and_wants_decimals(tmp_path):
    """classla reads the lexicon with csv.reader (a " opens a quoted field) and takes only 3.0-style frequencies."""
    data = Path(__file__).parent / "data" / "tiny_sl.conllu"
    sentences = _read_sentences(data)
    assert any(row[1] == '"' for sent in sentences for row in sent)  # the data has the trap in it
    out = tmp_path / "lexicon.tsv"
    _write_lexicon(sentences, out)
    with open(out, encoding="utf-8") as fh:
        rows = list(csv.reader(fh, delimiter="\t"))
    n_lines = len(out.read_text(encoding="utf-8").splitlines())
    assert len(rows) == n_lines  # no line swallowed by a quote
    assert all(len(r) == 7 for r in rows)
    assert all(re.match(r"^-?\d+(?:\.\d+)$", r[6]) for r in rows)  # classla's own test for the format
    assert ["Putin", "Putin", "-", "Npmsn", "PROPN", "Case=Nom|Gender=Masc|Number=Sing", "1.0"] in rows


def test_get_pipeline_runs_tiny_models_on_gpu_when_present(tiny_models_dir):
    import torch

    clear_pipelines()
    nlp = get_pipeline("sl", dir=tiny_models_dir)
    assert nlp.use_gpu == torch.cuda.is_available()
    _check_document(nlp(MULTI_PARAGRAPH), MULTI_PARAGRAPH)


# --------------------------------------------------------------------------- the real lemmatizer

def _gold_tagged(path: Path, max_sentences: int) -> tuple[str, list[str]]:
    """CoNLL-U with gold tags and the lemma column blanked, and the gold lemmas."""
    out, gold, n = [], [], 0
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# sent_id"):
            n += 1
            if n > max_sentences:
                break
        cols = line.split("\t")
        if len(cols) == 10 and cols[0].isdigit():
            gold.append(cols[2])
            cols[2] = "_"
            line = "\t".join(cols)
        out.append(line)
    return "\n".join(out).rstrip("\n") + "\n\n", gold


def test_real_lemmatizer_on_gold_tagged_news(tiny_models_dir, real_lemmatizer):
    if not SUK.exists():
        pytest.skip(f"{SUK} is not here")
    conllu, gold = _gold_tagged(SUK, 150)
    nlp = get_pipeline(
        "sl", dir=tiny_models_dir, processors="tokenize,pos,lemma", tokenize_pretokenized="conllu",
        pos_lemma_pretag=True, lemma_model_path=str(real_lemmatizer),
    )
    doc = nlp(conllu)
    words = [w for s in doc.sentences for w in s.words]
    assert len(words) == len(gold) > 3000
    accuracy = sum(w.lemma == g for w, g in zip(words, gold, strict=True)) / len(gold)
    assert accuracy > 0.97, accuracy  # 0.997 on the whole file here
    # the gold tags went through untouched: the tiny tagger did not overwrite them
    assert {w.xpos for w in words} >= {"Ncmsn", "Npmsn", "Z"}


def test_real_lemmatizer_needs_a_tagger_with_dicts(tiny_models_dir, real_lemmatizer, tmp_path):
    """The official lemmatizer keeps no lexicon of its own: it reads the tagger's ``dicts``."""
    import classla
    import torch

    copy = tmp_path / "m"
    shutil.copytree(tiny_models_dir, copy)
    pos = copy / "sl" / "pos" / "standard.pt"
    checkpoint = torch.load(pos, map_location="cpu", weights_only=False)
    del checkpoint["dicts"]
    torch.save(checkpoint, pos)
    with pytest.raises(AssertionError):
        classla.Pipeline("sl", dir=str(copy), processors="tokenize,pos,lemma", lemma_model_path=str(real_lemmatizer),
                         logging_level="ERROR", use_gpu=False)


# --------------------------------------------------------------------------- annotate() with classla

def test_annotate_with_tiny_classla_models(example, tiny_models_dir, monkeypatch):
    annotate = pytest.importorskip("newskit.annotate").annotate
    monkeypatch.setenv("CLASSLA_RESOURCES_DIR", str(tiny_models_dir))
    clear_pipelines()
    ann = annotate(example, annotator="classla", cache=False)
    tokens = ann.tokens
    assert tokens.attrs["annotator"] == "classla"
    assert len(tokens) > 200 and tokens["paragraph"].nunique() > 3  # a multi-paragraph article
    text = example.text
    wrong = [(t, s, e) for t, s, e in zip(tokens["token"], tokens["start_char"], tokens["end_char"], strict=True) if text[s:e] != t]
    assert not wrong, wrong[:5]
    for col in ("lemma", "upos", "xpos", "head", "deprel", "ner"):
        assert tokens[col].notna().all(), col
    assert tokens["feats"].notna().mean() > 0.5
    assert tokens["ner"].str.match(r"^(O|[BI]-(PER|LOC|ORG|MISC|[A-Z]+))$").all()
    assert set(tokens["part"]) >= {"title", "body"}


# --------------------------------------------------------------------------- official models

@pytest.mark.official
def test_official_models_annotate_slovenian(official_models_dir):
    nlp = get_pipeline("sl", dir=official_models_dir)
    doc = nlp("Ruski predsednik Vladimir Putin se je v Pekingu zahvalil Kim Džong Unu.")
    words = doc.sentences[0].words
    by_text = {w.text: w for w in words}
    assert by_text["Putin"].upos == "PROPN" and by_text["zahvalil"].lemma == "zahvaliti"
    assert by_text["Unu"].lemma == "Un"
    ner = {t.text: t.ner for t in doc.sentences[0].tokens}
    assert ner["Vladimir"].endswith("PER") and ner["Pekingu"].endswith("LOC")


@pytest.mark.official
def test_official_models_annotate_example(example, official_models_dir, monkeypatch):
    annotate = pytest.importorskip("newskit.annotate").annotate
    monkeypatch.setenv("CLASSLA_RESOURCES_DIR", str(official_models_dir))
    ann = annotate(example, annotator="classla", cache=False)
    ents = ann.entities
    assert "Putin" in set(ents.loc[ents["type"] == "PER", "lemma"])
