"""The speaker's name as the quote table gives it (issue #9): in full and in the nominative after
according phrases and titles, coordinated speakers as one, in the article's script; on raw text (lite).

Each paragraph is invented for its test (no sentence of a corpus): the speaker a reader would name.
"""

from __future__ import annotations

import pytest
from quotes_helpers import lite_quotes as _quotes
from test_quotes_attrib12 import latin_to_cyrillic


@pytest.mark.parametrize(("language", "text", "speaker"), [
    ("hr", "Rokovi.\n\nPrema riječima Ivane Marić, rok je prekratak.", "Ivana Marić"),
    ("bs", "Rokovi.\n\nPrema riječima Amre Hodžić, rok je prekratak.", "Amra Hodžić"),
    ("sr", "Bolnice.\n\nPrema rečima ministarke zdravlja Milice Stojanović, bolnice su pune.", "Milica Stojanović"),
    ("sr", "Rokovi.\n\nPrema rečima Jovane Lukić, rok je prekratak.", "Jovana Lukić"),
    ("sr", latin_to_cyrillic("Rokovi.\n\nPrema rečima Jovane Lukić, rok je prekratak."),
     latin_to_cyrillic("Jovana Lukić")),
])
def test_a_womans_genitive_given_name_is_nominative_before_her_undeclined_surname(language, text, speaker):
    # her ``-ić`` surname does not decline, so it looks like a nominative; her given name in ``-e`` is the
    # genitive of one in ``-a``
    assert _quotes(text, language)["speaker"].tolist() == [speaker]


@pytest.mark.parametrize(("language", "text", "speaker", "first_word"), [
    ("sl", "Zdravstvo.\n\nPo besedah ministrice za zdravje Mojce Kranjc Novak bo reforma končana do poletja.",
     "Mojca Kranjc Novak", "bo"),
    ("hr", "Bolnice.\n\nPrema riječima ministrice zdravstva Ane Kovačević Bilić, bolnice su pune.",
     "Ana Kovačević Bilić", "bolnice"),
    ("sr", "Zakon.\n\nPrema rečima Ane Nikolić Popović, zakon je loš.", "Ana Nikolić Popović", "zakon"),
])
def test_a_two_word_surname_after_a_genitive_given_name_stays_in_the_name(language, text, speaker, first_word):
    quotes = _quotes(text, language)
    assert quotes["speaker"].tolist() == [speaker]
    assert quotes["text"].iloc[0].split()[0] == first_word


@pytest.mark.parametrize(("language", "text", "speaker"), [
    ("sl", "Tekma.\n\nPo besedah Luke Kosa je tekma odpovedana.", "Luka Kos"),
    ("sl", "Festival.\n\nPo besedah Andreja Mlakarja bo festival odpovedan.", "Andrej Mlakar"),
    ("hr", "Projekt.\n\nPrema riječima Marka Kovača, projekt kasni.", "Marko Kovač"),
])
def test_a_mans_genitive_name_is_given_in_the_nominative(language, text, speaker):
    # ``Luke`` is Luka's genitive; ``Andreja`` before a declined surname is Andrej's (not the woman's
    # name Andreja); ``Kovača`` after Marko's genitive is a genitive too
    assert _quotes(text, language)["speaker"].tolist() == [speaker]
