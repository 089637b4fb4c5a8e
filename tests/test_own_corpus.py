"""A researcher's own corpus (#13): right results on realistic input, one way to call each thing."""

from __future__ import annotations

import io
import warnings
from pathlib import Path

import pandas as pd
import pytest

import newskit as nk
from newskit.cli import main

DATA = Path(__file__).parent / "data"

ART_TEXT = (
    "Putin in Kim v Pekingu\n\n"
    "Ruski predsednik Vladimir Putin se je v sredo v Pekingu sešel s Kim Jong-unom.\n\n"
    "»Rusija ne bo pozabila pomoči,« je dejal Putin."
)


# --- 1. every subcommand uses an annotated file's annotation -------------------------------------

def test_analyse_conllu_uses_the_files_annotation(tmp_path, capsys):
    out = tmp_path / "r"
    assert main(["analyse", str(DATA / "quotes_hr.conllu"), "--annotator", "lite", "--out", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "annotator conllu" in printed
    tokens = pd.read_parquet(out / "tokens.parquet")
    gold = nk.read_conllu(DATA / "quotes_hr.conllu").tokens
    # the file's tags and lemmas, not lite's (which tags punctuation and digits only)
    assert tokens["upos"].tolist() == gold["upos"].tolist()
    assert tokens["lemma"].tolist() == gold["lemma"].tolist()
    quotes = pd.read_csv(out / "quotes.csv")
    assert "Andrej Plenković" in set(quotes["speaker"])


def test_annotate_command_on_conllu_keeps_its_annotation(tmp_path):
    out = tmp_path / "a"
    assert main(["annotate", str(DATA / "quotes_hr.conllu"), "--annotator", "lite", "--format", "csv",
                 "--out", str(out)]) == 0
    tokens = pd.read_csv(next(out.glob("*.csv")))
    assert "PROPN" in set(tokens["upos"])  # lite never tags PROPN


def test_compare_reads_a_csv_given_directly_and_counts_groups_of_the_articles(tmp_path, capsys):
    csv = tmp_path / "mixed.csv"
    pd.DataFrame({
        "id": ["a", "b"],
        "title": ["Putin v Pekingu", "Putin u Pekingu"],
        "text": ["Ruski predsednik Vladimir Putin se je v sredo sešel s Kimom. Pogovarjala sta se dve uri.",
                 "Ruski predsjednik Vladimir Putin sastao se u srijedu s Kimom. Razgovarali su dva sata."],
        "outlet": ["Delo", "Jutarnji"],
        "language": ["sl", "hr"],
    }).to_csv(csv, index=False)
    out = tmp_path / "cmp"
    assert main(["compare", str(csv), "--by", "language", "--out", str(out), "--no-figures"]) == 0
    said = capsys.readouterr().out
    assert "2 articles in 2 groups by language: hr, sl" in said


# --- 7. compare --by an attribute no article has -------------------------------------------------

def test_compare_by_unknown_attribute_is_an_error_listing_the_attributes(tmp_path, capsys):
    out = tmp_path / "cmp"
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "a.txt").write_text(ART_TEXT, encoding="utf-8")
    assert main(["compare", str(folder), "--by", "publisher", "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert "publisher" in err and "outlet" in err and "language" in err
    assert not out.exists() or not any(out.iterdir())


def test_by_unknown_attribute_in_the_api_is_an_error():
    ann = nk.annotate(nk.load_example(), annotator="lite")
    with pytest.raises(nk.InputError, match="by='publisher'.*outlet"):
        nk.distinctive_words(ann.tokens, ann.articles, by="publisher")


def test_compare_one_group_is_singular(tmp_path, capsys):
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "a.txt").write_text(ART_TEXT, encoding="utf-8")
    assert main(["compare", str(folder), "--outlet", "Delo", "--out", str(tmp_path / "o"), "--no-figures"]) == 0
    assert "1 article in 1 group by outlet: Delo" in capsys.readouterr().out


# --- folder per outlet, --outlet ------------------------------------------------------------------

def test_folder_of_folders_reads_the_subfolder_as_outlet(tmp_path):
    for outlet in ("delo", "vecer"):
        (tmp_path / outlet).mkdir()
        (tmp_path / outlet / "a1.txt" if outlet == "delo" else tmp_path / outlet / "b1.txt").write_text(
            ART_TEXT, encoding="utf-8")
    articles, skipped = nk.read(tmp_path)
    assert sorted(a.outlet for a in articles) == ["delo", "vecer"]
    # an outlet given wins
    articles, _ = nk.read(tmp_path, outlet="Delo")
    assert {a.outlet for a in articles} == {"Delo"}


def test_outlet_option_sets_the_outlet(tmp_path, capsys):
    f = tmp_path / "a.txt"
    f.write_text(ART_TEXT, encoding="utf-8")
    out = tmp_path / "r"
    assert main(["analyse", str(f), "--annotator", "lite", "--outlet", "Delo", "--out", str(out)]) == 0
    assert "outlet Delo" in capsys.readouterr().out
    assert pd.read_csv(out / "articles.csv")["outlet"].tolist() == ["Delo"]


@pytest.mark.parametrize("cmd", ["analyse", "annotate", "compare", "quotes"])
def test_help_shows_the_new_options(cmd, capsys):
    with pytest.raises(SystemExit):
        main([cmd, "--help"])
    text = capsys.readouterr().out
    assert "--language" in text and "--annotator" in text and "--outlet" in text


# --- 8. read_conllu: text and file objects, a round trip keeps sent_id and metadata --------------

def test_read_conllu_takes_text_and_file_objects():
    text = (DATA / "quotes_hr.conllu").read_text(encoding="utf-8")
    from_path = nk.read_conllu(DATA / "quotes_hr.conllu")
    from_text = nk.read_conllu(text)
    from_file = nk.read_conllu(io.StringIO(text))
    with open(DATA / "quotes_hr.conllu", "rb") as fh:
        from_binary = nk.read_conllu(fh)
    for ann in (from_text, from_file, from_binary):
        assert ann.tokens["token"].tolist() == from_path.tokens["token"].tolist()
        assert ann.articles[0].text == from_path.articles[0].text


def test_to_conllu_round_trip_keeps_sent_id_and_document_metadata():
    src = (
        "# newdoc id = d1\n# title = Putin v Pekingu\n# date = 2025-09-03\n# main_url = delo.si\n"
        "# genre = news\n# newpar id = d1.p1\n# sent_id = delo-17.3\n# text = Putin je prišel.\n"
        "1\tPutin\tPutin\tPROPN\tNpmsn\t_\t3\tnsubj\t_\tNER=B-per\n"
        "2\tje\tbiti\tAUX\tVa-r3s-n\t_\t3\taux\t_\tNER=O\n"
        "3\tprišel\tpriti\tVERB\tVmep-sm\t_\t0\troot\t_\tNER=O|SpaceAfter=No\n"
        "4\t.\t.\tPUNCT\tZ\t_\t3\tpunct\t_\tNER=O\n\n"
        "# sent_id = delo-17.4\n# text = Kim tudi.\n"
        "1\tKim\tKim\tPROPN\tNpmsn\t_\t0\troot\t_\tNER=B-per\n"
        "2\ttudi\ttudi\tPART\tQ\t_\t1\tadvmod\t_\tNER=O|SpaceAfter=No\n"
        "3\t.\t.\tPUNCT\tZ\t_\t1\tpunct\t_\tNER=O\n\n"
    )
    ann = nk.read_conllu(src)
    written = nk.to_conllu(ann.tokens, articles=ann.articles)
    assert "# sent_id = delo-17.3" in written and "# sent_id = delo-17.4" in written
    assert "# genre = news" in written
    again = nk.read_conllu(written)
    a, b = ann.articles[0], again.articles[0]
    assert (b.title, b.outlet, b.published, b.meta.get("genre")) == (a.title, a.outlet, a.published, "news")
    assert b.meta["sent_ids"] == ["delo-17.3", "delo-17.4"]
    pd.testing.assert_frame_equal(again.tokens, ann.tokens, check_like=True)


# --- conventions ---------------------------------------------------------------------------------

def test_language_is_the_one_name_and_lang_is_deprecated(example):
    with warnings.catch_warnings():
        warnings.simplefilter("error", DeprecationWarning)
        nk.annotate(example, language="sl", annotator="lite")
    with pytest.warns(DeprecationWarning, match="language="):
        old = nk.annotate(example, lang="sl", annotator="lite")
    assert len(old.tokens)
    with pytest.warns(DeprecationWarning):
        nk.read_conllu(DATA / "quotes_hr.conllu", lang="hr")
    with pytest.raises(nk.InputError, match="differ"):
        nk.annotate(example, language="sl", lang="hr", annotator="lite")


def test_annotate_a_string_or_a_frame_says_what_to_do(tmp_path):
    with pytest.raises(nk.InputError, match="article_from_text"):
        nk.annotate("Putin je prišel v Peking.")
    f = tmp_path / "a.txt"
    f.write_text(ART_TEXT, encoding="utf-8")
    with pytest.raises(nk.InputError, match=r"newskit\.read"):
        nk.annotate(str(f))
    df = nk.articles_table([nk.load_example()])
    with pytest.raises(nk.InputError, match="articles_from_frame"):
        nk.annotate(df)


def test_annotate_passes_device_and_batch_size_to_classla(example, monkeypatch):
    import importlib

    annotate_mod = importlib.import_module("newskit.annotate")

    seen = {}

    def fake_engine(lang, type, procs, options=None):
        seen.update(options or {})
        raise RuntimeError("stop here")

    monkeypatch.setattr(annotate_mod, "_classla_engine", fake_engine)
    with pytest.raises(RuntimeError, match="stop here"):
        nk.annotate(example, annotator="classla", device="cpu", batch_size=500)
    assert seen["use_gpu"] is False and seen["pos_batch_size"] == 500 and seen["ner_batch_size"] == 500
    with pytest.raises(nk.InputError, match="device"):
        nk.annotate(example, annotator="classla", device="tpu")
    with pytest.raises(nk.InputError, match="batch_size"):
        nk.annotate(example, annotator="classla", batch_size=0)


def test_article_from_text_and_articles_from_frame():
    art = nk.article_from_text(ART_TEXT)
    assert art.title == "Putin in Kim v Pekingu" and art.language == "sl"
    one = nk.article_from_text("Putin je prišel v Peking. Kim tudi.", article_id="x1", outlet="Delo")
    assert (one.article_id, one.title, one.paragraphs, one.outlet) == ("x1", "", ("Putin je prišel v Peking. Kim tudi.",), "Delo")
    with pytest.raises(nk.InputError, match="empty"):
        nk.article_from_text("  ")
    # the reverse of articles_table
    example = nk.load_example()
    back, skipped = nk.articles_from_frame(nk.articles_table([example]))
    assert back[0].text == example.text and back[0].article_id == example.article_id and skipped.empty
    # the user's own columns, a bad row reported, not lost in silence
    df = pd.DataFrame({"uid": ["a", "b"], "headline": ["Naslov", "Prazno"], "body": ["Putin je prišel. Kim tudi.", ""],
                       "rubrika": ["svet", "svet"]})
    with pytest.warns(nk.SkippedInputWarning):
        got = nk.articles_from_frame(df, columns={"article_id": "uid", "text": "body"})
    assert [a.article_id for a in got.articles] == ["a"] and got.articles[0].meta["rubrika"] == "svet"
    assert len(got.skipped) == 1
    ann = nk.annotate(got, annotator="lite")  # what the loader returns goes straight in
    assert set(ann.tokens["article_id"]) == {"a"}


# --- 5. dates: month names, never an article lost for its date, UTC --------------------------------

@pytest.mark.parametrize("written, expected", [
    ("3. septembra 2025", "2025-09-03 00:00"),          # sl
    ("3. rujna 2025.", "2025-09-03 00:00"),              # hr
    ("srijeda, 3. rujna 2025. u 14:20", "2025-09-03 14:20"),
    ("3. septembar 2025.", "2025-09-03 00:00"),          # sr, bs
    ("3. септембра 2025.", "2025-09-03 00:00"),          # sr Cyrillic
    ("3 септември 2025 г.", "2025-09-03 00:00"),         # bg, mk
    ("3. oktobra 2025 ob 14.20", "2025-10-03 14:20"),
])
def test_dates_with_month_names_are_read(tmp_path, written, expected):
    csv = tmp_path / "a.csv"
    pd.DataFrame({"id": ["a"], "title": ["Naslov"], "text": ["Putin je prišel. Kim tudi."],
                  "date": [written]}).to_csv(csv, index=False)
    articles, skipped = nk.read_csv(csv)
    assert skipped.empty and articles[0].published.strftime("%Y-%m-%d %H:%M") == expected


def test_an_unreadable_date_keeps_the_article_and_says_so(tmp_path):
    csv = tmp_path / "a.csv"
    pd.DataFrame({"id": ["a", "b"], "title": ["Naslov", "Drugi"], "text": ["Putin je prišel.", "Kim tudi."],
                  "date": ["včeraj popoldne", "2025-09-03"]}).to_csv(csv, index=False)
    with pytest.warns(nk.loaders.UnreadDateWarning, match="včeraj popoldne"):
        articles, skipped = nk.read_csv(csv)
    assert [a.article_id for a in articles] == ["a", "b"] and skipped.empty
    assert articles[0].published is None and articles[0].meta["published_unread"] == "včeraj popoldne"


def test_the_same_instant_from_html_and_from_a_feed_is_one_value():
    html = ("<html lang='sl'><head><title>Naslov</title>"
            "<meta property='article:published_time' content='2025-09-03T09:30:00+02:00'></head><body><article>"
            "<h1>Naslov</h1><p>Putin se je v sredo v Pekingu sešel s Kimom. Pogovarjala sta se dve uri.</p>"
            "</article></body></html>")
    feed = ("<?xml version='1.0'?><rss version='2.0'><channel><title>Delo</title><item><title>Naslov</title>"
            "<link>https://delo.si/a/1</link><pubDate>Wed, 03 Sep 2025 07:30:00 GMT</pubDate>"
            "<description>Putin se je v sredo v Pekingu sešel s Kimom.</description></item></channel></rss>")
    from_html = nk.read_html(html, url="https://delo.si/a/1")
    from_feed = nk.read_feed(feed).articles[0]
    assert from_html.published == from_feed.published
    table = nk.articles_table([from_html, from_feed])
    assert table["published"].nunique() == 1 and str(table["published"].iloc[0]) == "2025-09-03 07:30:00"


# --- 3. windows-1250 pages; a caption's inline credit ------------------------------------------------

CP1250_PAGE = """<!DOCTYPE html><html lang="sl"><head><meta charset="windows-1250"><title>Župan Janković o proračunu</title>
</head><body><article><h1>Župan Janković o proračunu</h1>
<p class="lead">Župan je v četrtek predstavil proračun, ki ga čaka še glasovanje v svetu.</p>
<p>Ljubljanski župan Zoran Janković je v četrtek predstavil proračun za prihodnje leto. »Proračun je uravnotežen,« je dejal.</p>
<p>Svetniki bodo o njem glasovali prihodnji teden. Opozicija napoveduje več dopolnil k proračunu.</p>
<figure><img src="a.jpg"><figcaption>Župan Zoran Janković na seji mestnega sveta. Foto: Jure Eržen</figcaption></figure>
</article></body></html>"""


def test_windows_1250_page_keeps_its_letters_and_the_caption_credit(tmp_path):
    page = tmp_path / "clanek.html"
    page.write_bytes(CP1250_PAGE.encode("cp1250"))
    art = nk.read_html(page)
    assert art.subtitle == "Župan je v četrtek predstavil proračun, ki ga čaka še glasovanje v svetu."
    assert art.captions == (nk.Caption("Župan Zoran Janković na seji mestnega sveta.", "Foto: Jure Eržen"),)
    assert "Ĺ" not in art.text and "Ä" not in art.text
    assert not any("Foto:" in p for p in art.paragraphs)


# --- 2. naming on lite tokens: sentence-initial titles, complements, descriptors as written ---------

def test_naming_on_lite_finds_initial_titles_and_titles_with_complements():
    texts = {
        "a": "Vlada o proračunu\n\nPremier Robert Golob je v sredo predstavil proračun. "
             "Župan Ljubljane Zoran Janković je dejal, da ga podpira.",
        "b": "Minister o varnosti\n\nMinister za notranje zadeve Boštjan Poklukar je v sredo obiskal mejo. "
             "Predsednik SDS Janez Janša je vlado kritiziral.",
    }
    arts = [nk.article_from_text(t, article_id=k, outlet="Delo" if k == "a" else "Večer") for k, t in texts.items()]
    ann = nk.annotate(arts, annotator="lite")
    table = nk.naming(ann, by="outlet")
    got = {(e.split()[-1], d) for e, d in zip(table["entity"], table["descriptor"], strict=True)}
    assert ("Golob", "premier") in got
    assert ("Janković", "župan Ljubljane") in got
    assert ("Poklukar", "minister za notranje zadeve") in got
    assert ("Janša", "predsednik SDS") in got  # as written, not "predsednik sds"
    assert (table["role"].dropna().isin(["premier", "župan", "minister", "predsednik"])).all()


def test_plot_naming_draws_an_empty_table():
    import matplotlib

    matplotlib.use("Agg")
    ann = nk.annotate(nk.article_from_text("Brez imen\n\nDanes je lep dan za sprehod po parku."), annotator="lite")
    table = nk.naming(ann, by="language")
    assert table.empty
    assert nk.plot_naming(table) is not None


# --- 6. distinctive words on lite tokens leave function words out --------------------------------------

def test_distinctive_words_on_lite_leave_out_function_words():
    a = nk.article_from_text("Na seji\n\nNa seji je v sredo po dolgem času govoril župan. Na seji so bili v dvorani "
                             "po vrsti vsi svetniki. Na koncu je župan odšel v pisarno.", article_id="a", outlet="Delo")
    b = nk.article_from_text("Tekma\n\nNogometaši Olimpije so zmagali. Trener je pohvalil igralce. Navijači so "
                             "slavili zmago.", article_id="b", outlet="Večer")
    ann = nk.annotate([a, b], annotator="lite")
    assert ann.tokens["upos"].isna().any()  # lite: no tags for words
    terms = set(nk.distinctive_words(ann)["term"])
    assert not {"na", "po", "v", "je", "so", "biti"} & terms
    assert {"seja", "župan"} & terms or {"seji", "župan"} & terms
    kept = set(nk.distinctive_words(ann, stopwords=False)["term"])
    assert "na" in kept  # stopwords=False keeps them


# --- 8. tone(lexicon=PATH) ------------------------------------------------------------------------------

def test_tone_reads_a_lexicon_path(tmp_path):
    lex = tmp_path / "JOB.txt"
    lex.write_text("Word\tAFINN\tfreq\tavg_AFINN\tsd_AFINN\nzmaga\t3\t10\t2.5\t1\nporaz\t-3\t10\t-2.5\t1\n",
                   encoding="utf-8")
    a = nk.article_from_text("Zmaga\n\nTo je velika zmaga in še ena zmaga.", article_id="a", outlet="Delo")
    b = nk.article_from_text("Poraz\n\nTo je hud poraz.", article_id="b", outlet="Večer")
    ann = nk.annotate([a, b], annotator="lite")
    by_path = nk.tone(ann, lexicon=str(lex))
    by_series = nk.tone(ann, lexicon=nk.load_sentiment_lexicon(lex))
    pd.testing.assert_frame_equal(by_path, by_series)
    tone = by_path.set_index("group")["tone"]
    assert tone["Delo"] > 0 > tone["Večer"]
    with pytest.raises(nk.InputError, match="missing.txt"):
        nk.tone(ann, lexicon=str(tmp_path / "missing.txt"))


# --- 4. Macedonian and Bulgarian: to_latin, and saying what is not available ----------------------

def test_to_latin_does_not_garble_macedonian_and_bulgarian(monkeypatch):
    import sys

    from newskit.language import to_latin

    assert to_latin("Љубав и Њујорк") == "Ljubav i Njujork"
    pytest.importorskip("cyrtranslit")
    assert "ќ" not in to_latin("ќе", language="mk") and "щ" not in to_latin("щастие", language="bg")
    assert to_latin("щастие") == to_latin("щастие", language="bg")  # told by its letters
    monkeypatch.setitem(sys.modules, "cyrtranslit", None)  # not installed
    with pytest.raises(nk.UnsupportedLanguageError, match="cyrtranslit"):
        to_latin("щастие")


def test_to_latin_without_cyrtranslit_refuses_bulgarian(monkeypatch):
    import sys

    from newskit.language import to_latin

    monkeypatch.setitem(sys.modules, "cyrtranslit", None)
    with pytest.raises(nk.UnsupportedLanguageError, match="Bulgarian"):
        to_latin("щастие")
    with pytest.raises(nk.UnsupportedLanguageError, match="Macedonian"):
        to_latin("ќе", language="mk")
    with pytest.raises(nk.UnsupportedLanguageError, match="Latin script"):
        to_latin("Putin", language="sl")


def test_naming_of_bulgarian_says_once_what_is_missing(monkeypatch):
    from newskit import language as language_mod

    monkeypatch.setattr(language_mod, "_WARNED", set())
    art = nk.Article("b1", title="Путин", paragraphs=("Президентът Владимир Путин пристигна в Пекин.",),
                     language="bg", script="Cyrillic")
    ann = nk.annotate(art, annotator="lite")
    with pytest.warns(UserWarning, match="Bulgarian.*naming rules were written for sl"):
        nk.naming(ann, by="language")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        nk.naming(ann, by="language")  # once


def test_naming_and_contested_terms_take_language(example):
    example_lite = nk.annotate(example, annotator="lite")
    with warnings.catch_warnings():
        warnings.simplefilter("error", DeprecationWarning)
        nk.naming(example_lite, {"000_1132590431262ebf": "x"}, language="sl")
        nk.load_contested_terms(language="hr")
    with pytest.warns(DeprecationWarning):
        nk.naming(example_lite, {"000_1132590431262ebf": "x"}, lang="sl")


# --- 9. one credit, one chain in QUOTES and SOURCES; the credit box holds the agency ------------------

def test_single_hop_credit_has_the_same_chain_in_quotes_and_sources():
    art = nk.article_from_text(
        "Vlada o proračunu\n\nKot poroča STA, je premier Robert Golob dejal, da bo proračun uravnotežen. "
        "Minister je dodal, da bodo davki ostali enaki, poroča AFP.", article_id="s1")
    ann = nk.annotate(art, annotator="lite")
    quotes = nk.extract_quotes(ann.tokens, articles=ann.articles)
    sources = nk.extract_sources(ann.tokens, articles=ann.articles)
    for table in (quotes, sources):
        credited = table.dropna(subset=["source"])
        assert set(credited["source"]) == {"STA", "AFP"}
        assert (credited["source_chain"] == credited["source"]).all()
    sta = sources[sources["source"] == "STA"].iloc[0]
    assert art.text[sta.start_char:sta.end_char] == "poroča STA"
    # the example's two-hop chain is unchanged
    ex = nk.annotate(nk.load_example(), annotator="lite")
    assert "BBC <- TASS" in set(nk.extract_sources(ex.tokens, articles=ex.articles)["source_chain"])


# --- quote tables: an Annotation in, outlet/published/title out, spans as a table, mk/bg said ----------

def test_quote_stage_takes_an_annotation_and_carries_article_columns():
    art = nk.article_from_text("Putin in Kim\n\n»Rusija ne bo pozabila pomoči,« je dejal Putin.",
                               article_id="a1", outlet="Delo", published="2025-09-03T09:30:00+02:00")
    ann = nk.annotate(art, annotator="lite")
    quotes = nk.extract_quotes(ann)
    pd.testing.assert_frame_equal(quotes, nk.extract_quotes(ann.tokens, articles=ann.articles))
    row = quotes.iloc[0]
    assert (row.outlet, str(row.published), row.title) == ("Delo", "2025-09-03 07:30:00", "Putin in Kim")
    assert set(nk.extract_sources(ann).columns) >= {"outlet", "published", "title"}
    voices = nk.speakers(quotes)
    assert voices.iloc[0]["outlet"] == "Delo"
    pd.testing.assert_frame_equal(nk.speakers(ann), voices)
    with pytest.warns(DeprecationWarning):
        nk.extract_quotes(ann, lang="sl")


def test_quote_spans_is_a_long_table():
    from newskit.quotes import quote_spans

    ex = nk.annotate(nk.load_example(), annotator="lite")
    quotes = nk.extract_quotes(ex)
    spans = quote_spans(quotes, ex.articles)
    assert len(spans) == sum(len(s.split(";")) for s in quotes["spans"])
    text = ex.articles[0].text
    assert all(text[r.start_char:r.end_char] == r.text for r in spans.itertuples())
    assert nk.quote_spans is quote_spans


def test_extract_quotes_on_macedonian_credits_the_speaker_without_a_warning():
    # Macedonian has quote lexicons of its own (newskit/lexicons/mk/): the cue and speaker are found,
    # and no warning claims otherwise
    art = nk.Article("m1", title="Путин", paragraphs=("„Русија нема да заборави“, рече Путин во Пекинг.",),
                     language="mk", script="Cyrillic")
    ann = nk.annotate(art, annotator="lite")
    with warnings.catch_warnings():
        warnings.simplefilter("error", UserWarning)
        quotes = nk.extract_quotes(ann)
    assert quotes[["speaker", "cue"]].values.tolist() == [["Путин", "рече"]]


# --- keyness with a multiple-testing correction ---------------------------------------------------------

def test_keyness_corrects_for_the_many_terms_tested():
    p = [0.01, 0.04, 0.03, 0.5]
    assert nk.adjust_p_values(p, "holm").round(4).tolist() == [0.04, 0.09, 0.09, 0.5]
    assert nk.adjust_p_values(p, "bh").round(4).tolist() == [0.04, 0.0533, 0.0533, 0.5]
    ex = nk.annotate([nk.load_example(), nk.article_from_text(ART_TEXT, article_id="b")], annotator="lite")
    groups = {a.article_id: a.article_id for a in ex.articles}
    holm = nk.keyness(ex, groups)
    assert (holm["p_adjusted"] >= holm["p_value"]).all()
    bh = nk.keyness(ex, groups, correction="bh")
    assert (bh["p_adjusted"] <= holm["p_adjusted"] + 1e-12).all()
    none = nk.keyness(ex, groups, correction="none")
    assert (none["p_adjusted"] == none["p_value"]).all()
    with pytest.raises(nk.InputError, match="correction"):
        nk.keyness(ex, groups, correction="bonferonni")


# --- cache management ---------------------------------------------------------------------------------

def test_cache_info_and_clear(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("NEWSKIT_CACHE", str(tmp_path / "cache"))
    nk.annotate(nk.article_from_text(ART_TEXT), annotator="lite")
    info = nk.cache_info().set_index("part")
    assert info.loc["annotations", "files"] > 0
    (tmp_path / "cache" / "classla").mkdir(parents=True, exist_ok=True)
    (tmp_path / "cache" / "classla" / "model.pt").write_bytes(b"x")
    assert main(["cache", "info"]) == 0
    assert "annotations" in capsys.readouterr().out
    assert main(["cache", "clear"]) == 0
    assert "removed" in capsys.readouterr().out
    info = nk.cache_info().set_index("part")
    assert info.loc["annotations", "files"] == 0 and info.loc["classla", "files"] == 1  # models kept
    assert nk.cache_clear("all") == 1 and nk.cache_info()["files"].sum() == 0
    with pytest.raises(nk.InputError, match="annotations"):
        nk.cache_clear("models")
    assert main(["cache", "clear", "models"]) == 2


# --- a researcher's own lexicons extend the shipped ones -------------------------------------------------

def test_own_lexicon_folder_adds_a_reporting_verb(tmp_path, monkeypatch):
    from newskit import lexicons

    own = tmp_path / "my_lexicons" / "sl"
    own.mkdir(parents=True)
    (own / "reporting_verbs.tsv").write_text(
        "# lemma\tstance\tframe\tforms\nzabrusiti\tdistancing\tspeech\tzabrusil zabrusila zabrusili zabrusi\n",
        encoding="utf-8")
    art = nk.article_from_text("Spor\n\nJanša je na seji zabrusil, da je proračun slab. Golob je odgovoril, da ni res.")
    ann = nk.annotate(art, annotator="lite")
    assert "zabrusiti" not in set(nk.extract_quotes(ann)["cue"].dropna())
    monkeypatch.setattr(lexicons, "_ADDED", [])
    try:
        nk.add_lexicons(tmp_path / "my_lexicons")
        quotes = nk.extract_quotes(ann)
        row = quotes[quotes["cue"] == "zabrusiti"].iloc[0]
        assert row.cue_stance == "distancing" and row.text == "je proračun slab"
        assert "odgovoriti" in set(quotes["cue"])  # the shipped verbs stay
    finally:
        lexicons._ADDED.clear()
        for callback in lexicons._ON_CHANGE:
            callback()
    assert "zabrusiti" not in set(nk.extract_quotes(ann)["cue"].dropna())
    with pytest.raises(nk.InputError, match="reporting_verbs.tsv"):
        nk.add_lexicons(tmp_path)


def test_naming_with_trees_reads_the_title_and_its_complement_as_written():
    src = ("# newdoc id = t1\n# sent_id = t1.1\n# text = Predsednik SDS Janez Janša je govoril.\n"
           "1\tPredsednik\tpredsednik\tNOUN\tNcmsn\tCase=Nom|Gender=Masc|Number=Sing\t5\tnsubj\t_\tNER=O\n"
           "2\tSDS\tSDS\tPROPN\tNpmsg\tCase=Gen\t1\tnmod\t_\tNER=B-org\n"
           "3\tJanez\tJanez\tPROPN\tNpmsn\tCase=Nom|Gender=Masc|Number=Sing\t1\tappos\t_\tNER=B-per\n"
           "4\tJanša\tJanša\tPROPN\tNpmsn\tCase=Nom|Gender=Masc|Number=Sing\t3\tflat:name\t_\tNER=I-per\n"
           "5\tje\tbiti\tAUX\tVa-r3s-n\t_\t6\taux\t_\tNER=O\n"
           "6\tgovoril\tgovoriti\tVERB\tVmpp-sm\t_\t0\troot\t_\tNER=O|SpaceAfter=No\n"
           "7\t.\t.\tPUNCT\tZ\t_\t6\tpunct\t_\tNER=O\n\n")
    table = nk.naming(nk.read_conllu(src), by="language")
    assert table.set_index("entity").loc["Janez Janša", "descriptor"] == "predsednik SDS"
