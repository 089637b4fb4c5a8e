"""Slovenian attribution constructions found on unseen real news (issue #9, attrib11), on raw text
(lite). Each paragraph is invented for its test; each names the speaker a reader would name."""

from __future__ import annotations

from functools import partial

from quotes_helpers import lite_quotes, speaker_of

_quotes = partial(lite_quotes, language="sl")
_speaker = partial(speaker_of, language="sl")


def test_a_plural_noun_after_the_auxiliary_speaks_not_an_organisation_in_a_noun_phrase():
    text = ("Minister Janez Novak je govoril o krizi. Po neuradnih informacijah so banke tudi podjetjem "
            "iz Skupine Krka že napovedale, da jim ne bodo podaljšale posojil.")
    assert _speaker(text, "podaljšale posojil") == "banke"


def test_a_noun_phrase_opening_the_clause_before_the_plural_auxiliary_speaks():
    text = ("Minister Janez Novak je govoril o krizi. Razvite države na čelu z Nemčijo so Grčijo "
            "opozarjale, da mora varčevati.")
    assert _speaker(text, "mora varčevati") == "razvite države"


def test_a_quantity_noun_with_its_genitive_opens_a_group_subject():
    text = ("Minister Janez Novak je govoril o krizi. Večina domačih ekonomistov pričakuje, "
            "da bo rast počasna.")
    assert _speaker(text, "rast počasna") == "večina domačih ekonomistov"


def test_an_institution_noun_speaks_itself_before_a_titled_person_in_the_genitive():
    text = ("Minister Janez Novak je govoril o krizi. V sredo je vlada nekdanjega direktorja Petrola "
            "Marka Kovača pozvala, naj denar vrne.")
    assert _speaker(text, "denar vrne") == "vlada"


def test_a_place_after_a_locative_opening_the_sentence_speaks_for_its_authorities():
    text = "Minister Janez Novak je govoril o krizi. V Bruslju so prepričani, da bo rast počasna."
    assert _speaker(text, "rast počasna") == "Bruselj"


def test_an_organisation_after_iz_still_speaks_when_no_noun_comes_before_it():
    text = "Iz Pivovarne Krka so včeraj po seji sporočili, da je direktor odstopil."
    assert "Krka" in _speaker(text, "direktor odstopil")


def test_a_postposed_reporting_clause_with_phrases_of_place_and_time_before_its_name():
    text = ("Dolg občine se je lani podvojil, je na včerajšnji novinarski konferenci v Celju pojasnil "
            "župan Janez Novak.")
    assert _speaker(text, "Dolg občine") == "Janez Novak"


def test_a_participle_after_an_aside_completes_the_auxiliary_before_it_no_statement():
    text = ("Zunanji minister Janez Novak je glede zadnjih dogodkov na meji, predvsem s Markom Kovačem, "
            "pisal avstrijskemu kolegu Ivu Horvatu.")
    assert _quotes(text).empty


def test_a_name_in_a_complement_clause_is_no_subject_of_a_coordinated_verb():
    text = ("Minister Janez Novak je govoril o krizi. Grčija se brani, češ da je Nemčija kriva, in napoveduje, "
            "da bo nadaljevala reforme.")
    assert _speaker(text, "nadaljevala reforme") == "Grčija"


def test_a_medium_opening_the_sentence_before_speaks_for_a_dropped_present_subject():
    text = ("Premier Janez Novak je bil v Bruslju. Britanski časnik Financial Times se je v tokratni izdaji "
            "dotaknil tudi Slovenije. Poudarja, da so za skrb vlagateljev krive tudi besede premierja.")
    assert _speaker(text, "skrb vlagateljev") == "Financial Times"


def test_a_plural_noun_after_the_auxiliary_speaks_over_a_long_phrase_and_a_bank_named_before():
    text = ("Banke je k ukrepanju pozvala tudi Banka Slovenije. Po neuradnih informacijah so banke tudi "
            "proizvodnim podjetjem iz Skupine Krka že napovedale, da jim ne bodo podaljševale posojil.")
    assert _speaker(text, "podaljševale posojil") == "banke"


def test_po_with_a_possessive_before_its_noun_is_no_according_to():
    text = ("Podjetje je vodila Marija Kos. Vodenje je po njenem odstopu prevzel Janez Novak, ki je "
            "ostal na čelu do jeseni.")
    assert _quotes(text).empty
