import newskit as nk
from newskit.schemas import ENTITIES, TOKENS


def _offsets_exact(ann):
    arts = {a.article_id: a for a in ann.articles}
    return all(arts[r.article_id].text[r.start_char:r.end_char] == r.token for r in ann.tokens.itertuples())


def test_read_conllu_suk_metadata_and_offsets(suk):
    assert len(suk.articles) == 81
    assert list(suk.tokens.columns) == list(TOKENS)
    assert list(suk.entities.columns) == list(ENTITIES)
    outlets = {a.outlet for a in suk.articles}
    assert outlets == {"24ur.com", "dnevnik.si", "finance.si", "rtvslo.si", "zurnal24.si"}
    first = suk.articles[0]
    assert first.article_id == "senticoref7801"
    assert first.title.startswith("Šušteršič")
    assert first.published.year == 2012
    assert _offsets_exact(suk)


def test_entities_have_base_form_lemmas(suk):
    ents = suk.entities[suk.entities.article_id == "senticoref7801"]
    row = ents[ents.text == "Janez Šušteršič"].iloc[0]
    assert row.type == "PER" and row.lemma == "Janez Šušteršič"


def test_conllu_round_trip(suk):
    text = nk.to_conllu(suk.tokens, articles=suk.articles)
    import tempfile
    from pathlib import Path

    with tempfile.TemporaryDirectory() as d:
        p = Path(d) / "rt.conllu"
        p.write_text(text, encoding="utf-8")
        again = nk.read_conllu(p)
    cols = [c for c in TOKENS if c != "article_id"]
    assert again.tokens[cols].equals(suk.tokens[cols])
    assert [a.text for a in again.articles] == [a.text for a in suk.articles]
    assert [a.outlet for a in again.articles] == [a.outlet for a in suk.articles]
