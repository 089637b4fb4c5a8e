"""Attribution constructions of Serbian news, Latin and Cyrillic (issue #9), on raw text (lite).

Each paragraph is invented for its test (no sentence of a corpus): the speaker a reader would name.
"""

from __future__ import annotations

from functools import partial

import pytest
from quotes_helpers import lite_quotes, speaker_of

_DIGRAPHS = {"lj": "љ", "nj": "њ", "dž": "џ", "Lj": "Љ", "Nj": "Њ", "Dž": "Џ"}
_LETTERS = dict(zip("abvgdđežzijklmnoprstćufhcčšABVGDĐEŽZIJKLMNOPRSTĆUFHCČŠ",
                    "абвгдђежзијклмнопрстћуфхцчшАБВГДЂЕЖЗИЈКЛМНОПРСТЋУФХЦЧШ", strict=True))


def latin_to_cyrillic(text: str) -> str:
    """The test's Serbian Latin in Cyrillic (digraphs as one letter), as a Cyrillic outlet writes it."""
    out, i = [], 0
    while i < len(text):
        if text[i:i + 2] in _DIGRAPHS:
            out.append(_DIGRAPHS[text[i:i + 2]])
            i += 2
        else:
            out.append(_LETTERS.get(text[i], text[i]))
            i += 1
    return "".join(out)


_quotes = partial(lite_quotes, language="sr")
_speaker_of = partial(speaker_of, language="sr")


def _both_scripts(text: str, words: str, speaker: str) -> None:
    assert _speaker_of(text, words) == speaker
    assert _speaker_of(latin_to_cyrillic(text), latin_to_cyrillic(words)) == latin_to_cyrillic(speaker)


@pytest.mark.parametrize(("text", "words", "speaker"), [
    ("Brisel.\n\nPremijerka Ana Lazović sastala se sa komesarom za proširenje Mihaelom Rotom. "
     "Komesar je ocenio da je Srbija napredovala u reformama.", "napredovala", "Mihael Rot"),
    ("Cene.\n\nEkonomista Miroslav Zdravković ocenio je da rast cena goriva neće usporiti. "
     "Prema rečima ovog ekonomiste, država bi mogla da smanji akcize.", "smanji akcize", "Miroslav Zdravković"),
])
def test_serbian_role_nouns_and_the_lemmas_lite_gives_their_oblique_cases(text, words, speaker):
    _both_scripts(text, words, speaker)


@pytest.mark.parametrize(("text", "words", "speaker"), [
    ("Krađa.\n\nMladić je uhapšen zbog krađe automobila, saopštila je Policijska uprava za grad Kragujevac. "
     "Svedok koji je video krađu rekao je da je lopov pobegao peške.", "krađe automobila",
     "Policijska uprava za grad Kragujevac"),
    ("Krađa.\n\nMladić je uhapšen zbog krađe automobila, saopštila je Policijska uprava za grad Kragujevac. "
     "Svedok koji je video krađu rekao je da je lopov pobegao peške.", "pobegao", "svedok"),
    ("Porez.\n\nPoreska uprava za grad Valjevo saopštila je da su kontrole u toku.", "kontrole",
     "Poreska uprava za grad Valjevo"),
])
def test_a_capitalised_adjective_before_an_institution_noun_names_the_body_not_a_person(text, words, speaker):
    # (the witness speaks as written: no person is in focus to lend a name)
    _both_scripts(text, words, speaker)


@pytest.mark.parametrize(("text", "words", "speaker"), [
    ("Struja.\n\nIz Elektroprivrede Srbije saopšteno je da će struja biti isključena u tri sela.", "isključena",
     "Elektroprivreda Srbije"),
    ("Sastanak.\n\nIz Beograda je saopšteno da je sastanak sa delegacijom odložen.", "odložen", "Beograd"),
])
def test_an_impersonal_participle_with_iz_and_a_name_typed_a_place_is_that_bodys(text, words, speaker):
    # (the recogniser types public companies named after the country as places; after iz, in the genitive)
    _both_scripts(text, words, speaker)


@pytest.mark.parametrize(("text", "words", "speaker"), [
    ("Izbori.\n\nKandidate je do sada birala vlada, pa su mnogi tvrdili da je izbor bio politički.", "izbor bio",
     "mnogi"),
    ("Izbori.\n\nKandidate je do sada birala vlada. Brojni su upozoravali da takav izbor nije pošten.",
     "nije pošten", "brojni"),
])
def test_a_quantifier_alone_is_a_group_subject_over_a_name_before_it(text, words, speaker):
    _both_scripts(text, words, speaker)


@pytest.mark.parametrize("dash", ["–", "-"])
def test_a_cue_inside_dash_led_speech_is_the_speakers_words(dash):
    text = (f"Bolnica.\n\n{dash} Nova oprema stiže u martu, lekari to potvrđuju {dash} rekla je direktorka "
            "Milica Jovanović.")
    quotes = _quotes(text)
    assert quotes["speaker"].tolist() == ["Milica Jovanović"]
    assert "lekari to potvrđuju" in quotes["text"].iloc[0]
    cyrillic = _quotes(latin_to_cyrillic(text))
    assert cyrillic["speaker"].tolist() == ["Милица Јовановић"]


def test_prema_pisanju_with_a_plural_adjective_names_the_media_in_the_nominative_plural():
    text = "Napad.\n\nPrema pisanju beogradskih medija, napadač je uhapšen na granici."
    _both_scripts(text, "uhapšen", "beogradski mediji")


def test_izrazavati_is_a_reporting_verb_also_as_a_converb():
    text = ("Vlada.\n\nPredsednik Ivan Perić predstavio je u petak sastav vlade, izražavajući uverenje da će "
            "nova vlada pomoći privredi.")
    _both_scripts(text, "pomoći privredi", "Ivan Perić")
