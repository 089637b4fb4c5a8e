"""Attribution constructions of Croatian and Bosnian news found by hand-judging unseen hr500k news
(issue #9, attrib10), on raw text (lite).

Each paragraph is invented for its test (no sentence of a corpus): the speaker a reader would name.
"""

from __future__ import annotations

import pytest
from quotes_helpers import lite_quotes as _quotes
from quotes_helpers import quote_with as _quote_with


def test_a_participle_after_a_subjects_relative_clause_completes_its_auxiliary():
    # ``..., ministrova je supruga X, koja ..., objavila pismo``: one clause (je ... objavila) with its
    # subject, not a statement before a postposed ``objavila``
    text = ("Izbori.\n\nMinistar Ivan Horvat i njegov suparnik Petar Kovač suočit će se u nedjelju. "
            "Reagirajući na napade bivšeg novinara Marka Šimića, ministrova je supruga Ana Horvat, koja se do sada "
            "nije javljala, objavila otvoreno pismo u kojem je porekla tvrdnje kako ju je suprug udario.")
    quotes = _quotes(text, "hr")
    assert not quotes["text"].str.contains("Reagirajući").any()
    assert _quote_with(quotes, "suprug udario")["speaker"] == "Ana Horvat"


def test_a_relative_clause_on_an_apposition_with_an_adjective_speaks_for_the_name_before_it():
    # ``kao i Marka Lončara, poslovnog čovjeka koji je ustvrdio kako``: the man the apposition is on,
    # not the main clause's subject
    text = ("Tužba.\n\nGradonačelnik Ivo Perić tužio je novine koje su objavile snimku, kao i Marka Lončara, "
            "poslovnog čovjeka koji je ustvrdio kako je vidio događaj.")
    assert _quote_with(_quotes(text, "hr"), "vidio događaj")["speaker"] == "Marko Lončar"


def test_an_impersonal_modal_before_a_reporting_infinitive_is_the_writers_remark():
    # ``Valja napomenuti da ...``, ``Treba reći da ...``: nobody's statement, not the last speaker's
    text = ("Cijene.\n\nMinistar Ivan Kovač rekao je da je zadovoljan. Valja napomenuti da su cijene porasle "
            "za pet posto. Treba reći da je ovo prvi takav slučaj. Kovač je rekao da treba reći istinu.")
    quotes = _quotes(text, "hr")
    assert not quotes["text"].str.contains("cijene porasle|prvi takav").any(), quotes[["text", "speaker"]]
    assert _quote_with(quotes, "istinu")["speaker"] == "Ivan Kovač"
    cyrillic = "Избори.\n\nМинистар Иван Перић рекао је да је задовољан. Треба рећи да је ово први такав случај."
    assert not _quotes(cyrillic, "sr")["text"].str.contains("први такав").any()


def test_an_institution_noun_in_apposition_to_an_organisation_speaks_for_the_organisation():
    # ``Udruga X (UGG), vodeća ... organizacija za ..., osudila je``: the organisation named, not the
    # apposition's common noun
    text = ("Kampanja.\n\nUdruga Građanski glas (UGG), vodeća hrvatska nevladina organizacija za promicanje "
            "demokracije, osudila je \"manjak etike u kampanji\".")
    assert "Građanski glas" in _quote_with(_quotes(text, "hr"), "manjak etike")["speaker"]


def test_a_newspapers_title_in_the_speakers_apposition_does_not_take_his_next_statement():
    # ``X, urednik u rumunjskim novinama Jurnalul Zilei. "...", dodao je``: the paper is an
    # organisation (a name after a medium noun), and the dropped subject stays the editor
    text = ("Izbori.\n\n\"Izborni trikovi dosegli su novu razinu\", rekao je za SETimes Ivan Kovač, urednik "
            "politike u rumunjskim novinama Jurnalul Zilei. \"Ovi napadi usmjereni su na birače\", dodao je.")
    assert _quote_with(_quotes(text, "hr"), "usmjereni su")["speaker"] == "Ivan Kovač"


def test_prema_with_a_name_after_a_comma_and_a_conjunction_opens_its_own_clause():
    # ``..., a prema Babiću, vlada je ...``: Babić's claim, without the clause before ``a``
    text = "Dug.\n\nEkonomist Ivo Babić upozorava na dug, a prema Babiću, vlada je prekršila zakon."
    quote = _quote_with(_quotes(text, "hr"), "prekršila zakon")
    assert quote["speaker"] == "Ivo Babić" and "upozorava" not in quote["text"]


def test_a_womans_given_name_in_an_oblique_case_before_her_surname_is_named_in_the_nominative():
    # a woman's surname does not decline: ``Anu Kralj`` (accusative), ``Ani Kovač`` (dative) are
    # Ana Kralj and Ana Kovač
    text = ("Anketa.\n\nPredsjednik je pozvao Anu Kralj, koja je rekla da je zadovoljna. Reklame su bile dobre, "
            "a prema Ani Kovač, istraživanje je pokazalo da se mladi sjećaju reklama.")
    quotes = _quotes(text, "hr")
    assert _quote_with(quotes, "zadovoljna")["speaker"] == "Ana Kralj"
    assert _quote_with(quotes, "sjećaju reklama")["speaker"] == "Ana Kovač"


def test_bs_a_titles_acronym_or_place_complement_is_not_part_of_the_persons_name():
    # ``Direktor KJKP GRAS Senad Begić``, ``Načelnik općine Maglaj Adnan Osmanović``: the company's
    # acronyms and the municipality are the title's complements; the speaker is the person
    text = ("Grad.\n\nDirektor KJKP GRAS Senad Begić, međutim, upozorio je da nedostaje vozača. Prema njegovim "
            "riječima, preduzeće će raspisati konkurs. Načelnik općine Maglaj Adnan Osmanović izjavio je da je "
            "stanje teško.")
    quotes = _quotes(text, "bs")
    assert _quote_with(quotes, "nedostaje vozača")["speaker"] == "Senad Begić"
    assert _quote_with(quotes, "raspisati konkurs")["speaker"] == "Senad Begić"
    assert _quote_with(quotes, "stanje teško")["speaker"] == "Adnan Osmanović"


def test_an_organisation_after_iz_with_an_adjective_lite_does_not_know_is_named_in_the_nominative():
    # ``priopćili su iz Središnje agencije za ...``: lite keeps ``Središnje`` as its own lemma; the
    # institution noun's ending (agencij-e) tells the genitive, and the name is given in the nominative
    text = ("Fondovi.\n\nProjekti su odobreni. \"Sustav je spreman za samostalno upravljanje\", priopćili su iz "
            "Središnje agencije za financiranje i ugovaranje programa. U Erste banci kažu da je tečaj stabilan.")
    quotes = _quotes(text, "hr")
    assert _quote_with(quotes, "samostalno upravljanje")["speaker"] == \
        "Središnja agencija za financiranje i ugovaranje programa"
    assert _quote_with(quotes, "tečaj stabilan")["speaker"] == "Erste banka"


@pytest.mark.parametrize("language", ["hr", "bs"])
@pytest.mark.parametrize(("text", "words", "speaker"), [
    ("Izbori.\n\nKandidate je dosad birala vlada, pa su mnogi tvrdili da je izbor bio političan.", "izbor bio",
     "mnogi"),
    ("Izbori.\n\nKandidate je dosad birala vlada. Brojni su upozoravali da takav izbor nije pošten.",
     "nije pošten", "brojni"),
])
def test_a_quantifier_alone_is_a_group_subject_in_croatian_and_bosnian(language, text, words, speaker):
    # the many_group rows Serbian has (sr function_words.tsv), for the same words in hr and bs
    assert _quote_with(_quotes(text, language), words)["speaker"] == speaker
