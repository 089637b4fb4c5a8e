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


_COORDINATED = [
    ("sl", "Cesta.\n\nMarko Kos in Ana Zupan sta povedala, da cesta ni varna.", "Marko Kos in Ana Zupan"),
    ("sl", "Cesta.\n\nKot sta povedala Marko Kos in Ana Zupan, cesta ni varna.", "Marko Kos in Ana Zupan"),
    ("sl", "Festival.\n\nPo besedah Andreja Mlakarja in Tine Horvat bo festival odpovedan.", "Andrej Mlakar in Tina Horvat"),
    ("hr", "Stanje.\n\nKako su izjavili Ivan Horvat i Marija Kovač, stanje je teško.", "Ivan Horvat i Marija Kovač"),
    ("hr", "Stanje.\n\nIvan Horvat i Marija Kovač izjavili su da je stanje teško.", "Ivan Horvat i Marija Kovač"),
    ("hr", "Projekt.\n\nPrema riječima Marka Kovača i Ivane Perić, projekt kasni.", "Marko Kovač i Ivana Perić"),
    ("bs", "Stanje.\n\nKako su kazali Senad Begović i Lejla Kurtović, stanje je teško.", "Senad Begović i Lejla Kurtović"),
    ("sr", "Stanje.\n\nNikola Jovanović i Jelena Marković izjavili su da je stanje teško.",
     "Nikola Jovanović i Jelena Marković"),
]


@pytest.mark.parametrize(("language", "text", "speaker"), [
    *_COORDINATED,
    ("sr", latin_to_cyrillic(_COORDINATED[-1][1]), latin_to_cyrillic(_COORDINATED[-1][2])),
])
def test_two_people_joined_by_and_speak_as_one_speaker(language, text, speaker):
    # the plural (or sl dual) verb, or the according phrase, has both as its subject: the table names both,
    # each in the nominative, and the second name is no part of the quote
    quotes = _quotes(text, language)
    assert quotes["speaker"].tolist() == [speaker]
    assert speaker.split()[-1] not in quotes["text"].iloc[0]


@pytest.mark.parametrize(("language", "text", "speaker"), [
    ("sl", "Šola.\n\nPo besedah Toneta Smolnikarja bo šola prenovljena.", "Tone Smolnikar"),
    ("sr", "Stanje.\n\nPrema rečima Radeta Kovačevića, stanje je dobro.", "Rade Kovačević"),
])
def test_a_mans_given_name_in_e_has_its_genitive_in_eta(language, text, speaker):
    assert _quotes(text, language)["speaker"].tolist() == [speaker]


def test_a_womans_name_after_a_feminine_title_in_the_nominative_is_as_written():
    # the lemmatiser reads ``Petkova`` as a man's genitive (``Petkov``); after the nominative feminine
    # title it is her nominative
    text = "Rast.\n\nDirektorica MMF-a Rosalina Petkova upozorila je da rast usporava."
    assert _quotes(text, "hr")["speaker"].tolist() == ["Rosalina Petkova"]


_HOLDER = "Požar.\n\nPrema rečima direktora Javnog preduzeća Vodovod Milana Đorđevića, požar je ugašen."


@pytest.mark.parametrize(("language", "text", "speaker"), [
    ("sr", _HOLDER, "Milan Đorđević"),
    ("sr", latin_to_cyrillic(_HOLDER), latin_to_cyrillic("Milan Đorđević")),
    ("sr", _HOLDER.replace("Vodovod", "Srbijašume"), "Milan Đorđević"),
    ("hr", "Tvrtka.\n\nPrema riječima direktora tvrtke Končar Ivana Horvata, stanje je dobro.", "Ivan Horvat"),
])
def test_the_holder_of_an_oblique_title_follows_the_name_of_its_body(language, text, speaker):
    # the company's name (left out by the recogniser, or run into the person's) is the title's
    # complement; the person after it, opened by a given name, holds the title
    quotes = _quotes(text, language)
    assert quotes["speaker"].tolist() == [speaker]
    assert speaker.split()[0][:4] not in quotes["text"].iloc[0]


_TENNIS = ("Đukić u polufinalu.\n\nSrpski teniser Lazar Đukić plasirao se u polufinale turnira. „Igrao sam najbolji "
           "tenis u karijeri“, rekao je Đukić posle meča. Njegov trener Goran Perić ocenio je da Lazar može da "
           "osvoji turnir.")


@pytest.mark.parametrize(("text", "speaker"), [
    (_TENNIS, "Lazar Đukić"),
    (latin_to_cyrillic(_TENNIS), latin_to_cyrillic("Lazar Đukić")),
])
def test_a_given_name_and_surname_tagged_apart_are_one_person(text, speaker):
    # the recogniser tags ``Lazar`` and ``Đukić`` as two names side by side; the surname alone later
    # is the same person, named in full
    assert _quotes(text, "sr")["speaker"].tolist()[0] == speaker


_GROUPS = [
    ("sr", "Radovi.\n\nOdbornici opozicije tvrde da su radovi već kasnili šest meseci.", "odbornici opozicije"),
    ("sr", "Radovi.\n\nPredstavnici sindikata tvrde da su radovi već kasnili.", "predstavnici sindikata"),
    ("hr", "Grad.\n\nStanovnici Zagreba kažu da je grad prljav.", "stanovnici Zagreba"),
]


@pytest.mark.parametrize(("language", "text", "speaker"), [
    *_GROUPS,
    ("sr", latin_to_cyrillic(_GROUPS[0][1]), latin_to_cyrillic(_GROUPS[0][2])),
])
def test_a_group_named_as_written_keeps_its_genitive_complement(language, text, speaker):
    # (as the gold writes ``skupina nevladinih udruga``, ``novinarji Maga``): whose members they are
    assert _quotes(text, language)["speaker"].tolist() == [speaker]


@pytest.mark.parametrize(("text", "speaker"), [
    ("Škole.\n\nMinistarstvo prosvete saopštilo je da su zahtevi nastavnika neosnovani.", "Ministarstvo prosvete"),
    ("Школе.\n\nМинистарство просвете саопштило је да су захтеви наставника неосновани.", "Министарство просвете"),
    ("Škole.\n\nVlada je saopštila da su zahtevi nastavnika neosnovani.", "vlada"),
    ("Škole.\n\nGrupa roditelja saopštila je da su zahtevi nastavnika opravdani.", "grupa roditelja"),
])
def test_a_body_named_with_its_complement_opening_the_sentence_keeps_its_capital(text, speaker):
    # as inside a sentence (``..., saopštilo je Ministarstvo prosvete``); a bare noun, or a group, is a
    # common noun
    assert _quotes(text, "sr")["speaker"].tolist() == [speaker]


@pytest.mark.parametrize(("language", "text", "speaker", "first_word"), [
    ("sr", "Protest.\n\nPrema rečima Nenada Lazića iz Pokreta zdrave Srbije, protest će biti miran.", "Nenad Lazić",
     "protest"),
    ("sr", "Протест.\n\nПрема речима Ненада Лазића из Покрета здраве Србије, протест ће бити миран.", "Ненад Лазић",
     "протест"),
    ("hr", "Prosvjed.\n\nPrema riječima Ivana Babića iz Splita, prosvjed će biti miran.", "Ivan Babić", "prosvjed"),
])
def test_the_body_or_place_a_person_speaks_from_is_part_of_the_according_phrase(language, text, speaker, first_word):
    quotes = _quotes(text, language)
    assert quotes["speaker"].tolist() == [speaker]
    assert quotes["text"].iloc[0].split()[0] == first_word


@pytest.mark.parametrize(("language", "text", "speaker"), [
    ("hr", "Sporazum.\n\nPredsjednik Ivan Horvat i premijer Marko Babić objavili su u petak priopćenje ističući kako "
           "Split nije dio sporazuma.", "Ivan Horvat i Marko Babić"),
    ("hr", "Sporazum.\n\nIvan Horvat i Marko Babić objavili su u petak priopćenje naglašavajući da Split nije dio "
           "sporazuma.", "Ivan Horvat i Marko Babić"),
    ("hr", "Sporazum.\n\nMinistar Ivan Horvat objavio je priopćenje ističući kako Split nije dio sporazuma.",
     "Ivan Horvat"),
])
def test_a_converb_after_two_peoples_plural_verb_is_both_peoples(language, text, speaker):
    # the converb has no number of its own: the clause's verb it goes with has
    assert _quotes(text, language)["speaker"].tolist() == [speaker]
