"""Attribution on unseen Croatian and Bosnian news (issue #9, ninth round): constructions of real news
that lite read wrong, each on an invented paragraph."""

from __future__ import annotations

from quotes_helpers import lite_quotes, quote_with, speaker_of

import newskit as nk


def test_channel_noun_opening_the_subject_is_the_medium() -> None:
    # a channel noun right after the cue (``TV mreža``) names the medium that reports, so the credit
    # line is the source of the statement before it, not a quote of its own with no speaker
    text = ('"Ova odluka jača našu obranu", rekao je zapovjednik mornarice Tomislav Barić, '
            'izvijestila je TV mreža Delta News.')
    q = lite_quotes(text, "hr")
    assert len(q) == 1, q[["text", "speaker"]].values.tolist()
    row = quote_with(q, "jača našu obranu")
    assert row["speaker"] == "Tomislav Barić"
    assert row["source"] == "Delta News"


def test_bare_passive_participle_is_no_cue() -> None:
    # ``najavljeno za proljeće`` after a noun is its attribute, not ``najavio je`` of the last speaker
    text = ('Ministar Ivo Šimić rekao je da je plan gotov. Iako mnogi pozdravljaju otvaranje mosta, '
            'najavljeno za proljeće, neki stanovnici sumnjaju u rokove.')
    q = lite_quotes(text, "hr")
    assert not q["cue"].eq("najaviti").any(), q[["text", "speaker", "cue"]].values.tolist()
    # with its auxiliary the impersonal passive still reports
    q2 = lite_quotes("Radovi će trajati do jeseni, priopćeno je iz Grada.", "hr")
    assert quote_with(q2, "Radovi će trajati")["cue"] == "priopćiti"


def test_names_and_apposition_before_a_verb_with_object_are_no_statement() -> None:
    # the words before ``, objavili su`` are the verb's own subject and its apposition, no verb: no statement
    text = ('Premijer je to potvrdio. Ivan Kralj i Marija Lovrić, oboje glumci, objavili su svoje zaruke '
            'ovoga tjedna.')
    q = lite_quotes(text, "hr")
    assert not q["cue"].eq("objaviti").any(), q[["text", "speaker", "cue"]].values.tolist()


def test_quoted_name_opening_a_sentence_is_no_quote() -> None:
    # a name in quotation marks that is the subject of its sentence is nobody's statement
    text = ('Ravnatelj agencije Darko Pavić rekao je da će brod isploviti u svibnju. "Sveti Vid", '
            'najveći brod flote, dug je 120 metara.')
    q = lite_quotes(text, "hr")
    assert not q["text"].str.contains("Sveti Vid").any(), q[["text", "speaker"]].values.tolist()
    # a quoted sentence of its own after a statement is still the speaker's
    text2 = 'Ravnatelj agencije Darko Pavić rekao je da će brod isploviti u svibnju. "Nikad više." Tako je završio.'
    assert speaker_of(text2, "Nikad više", "hr") == "Darko Pavić"


def test_quantity_group_opening_a_complement_clause() -> None:
    # ``nalazi da većina Hrvata smatra da``: the group, not the organisation whose survey finds it
    text = 'Istraživanje agencije Ipsos nalazi da većina Hrvata smatra da bi porez trebalo smanjiti.'
    assert speaker_of(text, "porez trebalo smanjiti", "hr") == "većina Hrvata"


def test_some_alone_is_a_group_subject() -> None:
    # ``neki izražavaju zabrinutost da``: the group as written (and ``izražavati`` reports an opinion)
    for lang in ("hr", "bs"):
        text = ('Gradonačelnik Ante Perić rekao je da je projekt dobar. Iako mnogi pozdravljaju gradnju, '
                'neki izražavaju zabrinutost da će promet biti gušći.')
        q = lite_quotes(text, lang)
        row = quote_with(q, "promet biti gušći")
        assert row["speaker"] == "neki", (lang, q[["text", "speaker"]].values.tolist())


def test_according_noun_with_adjectives_and_relative_author() -> None:
    # ``Prema <adjectives> procjeni koju je izvršila X, ...``: X's assessment, the rest its content
    text = ('Prema preliminarnoj službenoj procjeni koju je u petak objavila Hrvatska gospodarska komora, '
            'šteta od požara iznosi 40 milijuna eura.')
    row = quote_with(lite_quotes(text, "hr"), "šteta od požara")
    assert row["speaker"] == "Hrvatska gospodarska komora"
    assert "koju je" not in row["text"]
    # with adjectives and no named author, ``prema`` is a preposition of direction, no according phrase
    q = lite_quotes("Pisci žele da se vrati vrijeme medijske naklonosti prema lijepoj riječi, koja je tada bila "
                    "u modi.", "hr")
    assert not q["cue"].eq("riječ").any(), q[["text", "speaker", "cue"]].values.tolist()


def test_plural_representatives_of_a_named_body_speak_for_it() -> None:
    # ``Predstavnici Ministarstva ... tvrde`` (lite lemmatises ``predstavnici`` as the feminine's dative):
    # the masculine nominative plural, so the body they represent speaks (was no speaker)
    for lang in ("hr", "bs"):
        text = 'Predstavnici Ministarstva poljoprivrede tvrde da je otkup pšenice završen.'
        assert speaker_of(text, "otkup pšenice", lang) == "Ministarstvo poljoprivrede", lang


def test_place_headline_without_a_statement_is_no_quote() -> None:
    # Klix-style ``Place: news`` headline: the place (named by its common noun in the body, ``Kantona
    # Tuzla``, which lite's recogniser may type a person) does not speak
    title = "Tuzla: Zbog poplava zatvorene dvije škole"
    body = ("Ministarstvo za obrazovanje, nauku i mlade Kantona Tuzla donijelo je odluku o zatvaranju škola. "
            "Ministar Edin Hodžić "
            "kazao je da će nastava biti nadoknađena.")
    a = nk.Article(article_id="t", title=title, paragraphs=(body,), language="bs")
    ann = nk.annotate([a], annotator="lite", language="bs", progress=False)
    q = nk.extract_quotes(ann.tokens, articles=ann.articles, language="bs")
    assert not q["text"].str.contains("zatvorene dvije škole").any(), q[["text", "speaker"]].values.tolist()
    assert quote_with(q, "nastava biti nadoknađena")["speaker"] == "Edin Hodžić"


def test_postposed_impersonal_passive_from_a_body() -> None:
    # ``..., saopćeno je iz X``: the body after ``iz`` behind the postposed cue (the comma before the cue
    # ended the search before it looked after the cue)
    text = "Budžet za narednu godinu je usvojen, saopćeno je iz Ureda za odnose s javnošću."
    assert speaker_of(text, "Budžet za narednu", "bs") == "Ured za odnose s javnošću"


def test_group_as_written_keeps_its_complement() -> None:
    # a plural group noun's complement is part of the group as written (was the bare noun)
    cases = [
        ("Poginulo je najmanje deset ljudi, priopćili su dužnosnici gradske uprave.", "deset ljudi",
         "dužnosnici gradske uprave"),
        ("Stručnjaci za javno zdravstvo kažu kako je voda pitka.", "voda pitka", "stručnjaci za javno zdravstvo"),
        # an adverb or a time phrase after the noun is no complement
        ("Analitičari u petak tvrde da će rast usporiti.", "rast usporiti", "analitičari"),
    ]
    for text, words, speaker in cases:
        assert speaker_of(text, words, "hr") == speaker, text


def test_dash_led_speech_over_two_sentences() -> None:
    # ``- A. B - rekao je X.``: dash-led speech of two sentences is one statement from its opening dash
    # (was the last sentence only)
    for dash in ("-", "–"):
        text = (f"Trener Rijeke bio je nezadovoljan.\n{dash} Sudac nam je poništio čist gol. Igrači su dali sve od "
                f"sebe {dash} rekao je Goran Perić.")
        row = quote_with(lite_quotes(text, "hr"), "Igrači su dali sve")
        assert row["text"].startswith("Sudac nam je poništio"), (dash, row["text"])
        assert row["speaker"] == "Goran Perić"
    # a sentence without the opening dash is the narrator's
    text = "Trener Rijeke bio je nezadovoljan. Sudac je poništio gol. Igrači su dali sve od sebe - rekao je Goran Perić."
    row = quote_with(lite_quotes(text, "hr"), "Igrači su dali sve")
    assert "poništio" not in row["text"]


def test_writer_first_person_auxiliary_further_back_is_no_quote() -> None:
    # ``o čemu smo već toliko puta pisali - da ...``: the paper's own first person, four words before
    # the verb, nobody's statement
    text = ("Agencija je spustila rejting tvrtke. Ono o čemu smo već toliko puta pisali - da Grad ne želi plaćati "
            "svoje obveze, ključni je razlog.")
    q = lite_quotes(text, "hr")
    assert not q["cue"].eq("pisati").any(), q[["text", "speaker", "cue"]].values.tolist()
    # the cue's own third-person auxiliary far back still reports
    text2 = "Ministar Ivo Kralj je u petak na sjednici Vlade rekao da odlazi."
    assert speaker_of(text2, "odlazi", "hr") == "Ivo Kralj"
