"""Slovenian attribution constructions found on unseen real news (issue #9, attrib14), on raw text
(lite). Each paragraph is invented for its test; each names the speaker a reader would name, or
says that a reader would name no one."""

from __future__ import annotations

from functools import partial

import pytest
from quotes_helpers import lite_quotes, speaker_of

_quotes = partial(lite_quotes, language="sl")
_speaker = partial(speaker_of, language="sl")


@pytest.mark.parametrize("modal", ["velja", "kaže"])
def test_an_impersonal_modal_before_the_infinitive_cue_is_the_writers_remark(modal):
    text = f"Sindikat je zahteval višje plače. Ob tem {modal} opozoriti, da vlada še ni odgovorila na pismo."
    quotes = _quotes(text)
    assert not quotes["text"].str.contains("ni odgovorila", regex=False).any(), quotes[["text", "speaker"]]


def test_a_role_stands_for_its_holder_named_before_not_one_named_only_after():
    text = ("Na seji je govoril predsednik odbora Marko Kranjc. Ob tem je predsednik odbora pojasnil, "
            "da ni bil član uprave. Kranjc vabi tudi predsednika vlade Janeza Novaka.")
    assert _speaker(text, "član uprave") == "Marko Kranjc"


def test_a_plural_noun_opening_the_sentence_before_is_the_group_of_a_plural_dropped_subject():
    text = ("Sindikati so napovedali stavko. Kot so zapisali v sporočilu za javnost, vlada ni izpolnila "
            "dogovora.")
    assert _speaker(text, "izpolnila dogovora") == "sindikati"


def test_an_according_phrase_opening_its_own_clause_ends_the_statement_before_and_speaks_on():
    text = ("Poslanec Janez Novak je predlagal ovadbe. Kot so povedali člani odbora, se najbolj zatika pri "
            "gradnji jezu, po besedah direktorja družbe Elektrarne na spodnji Savi ( HSE) Marka Kosa pa bo jez "
            "končan prihodnje leto. "
            "Opremo imajo v skladišču, je pojasnil.")
    quotes = _quotes(text)
    said = quotes[quotes["rule"] == "as_said"]
    assert len(said) == 1 and not said.iloc[0]["text"].endswith("leto"), said[["text"]]
    assert "Kos" in _speaker(text, "jez končan")  # (the name's form is attrib15's lane)
    assert _speaker(text, "Opremo imajo") == _speaker(text, "jez končan")


def test_a_reporting_verb_in_a_clause_a_subordinator_opens_is_no_postposed_cue():
    text = ('Na ministrstvu so decembra, ko so razpis objavili, očitno pozabili na pomembno " podrobnost". '
            "Razpis so nato razveljavili.")
    quotes = _quotes(text)
    assert not quotes["text"].str.contains("pozabili", regex=False).any(), quotes[["text", "speaker"]]


@pytest.mark.parametrize("noun", ["sporočil", "pojasnil"])
def test_a_form_in_l_after_an_adjective_in_ih_is_a_plural_noun_no_reporting_verb(noun):
    text = (f'Podjetje ponuja storitve, povezane z oddajo prometnih {noun} ( TMC - " Traffic Message Channel"), '
            "za sto evrov na mesec.")
    quotes = _quotes(text)
    assert quotes.empty, quotes[["text", "speaker", "cue"]]


def test_a_kot_clause_completing_a_degree_word_is_a_comparison_no_report():
    text = ("Nafta se je podražila, kar je posledica gospodarske rasti, ki ni bila tako nizka, kot so se "
            "nekateri analitiki bali.")
    quotes = _quotes(text)
    assert quotes.empty, quotes[["text", "speaker", "cue"]]
    assert _speaker("Zgodilo se je tako, kot je napovedal minister Janez Novak.", "Zgodilo") == "Janez Novak"


@pytest.mark.parametrize("clause", [
    "je danes poudaril predsedujoči EU, češki premier Janez Novak.",
    "je danes v izjavi pred izrednim vrhom EU v Bruslju poudaril predsedujoči EU, češki premier Janez Novak.",
])
def test_a_person_in_apposition_ending_a_postposed_clause_is_the_speaker_not_the_body_before(clause):
    text = f"Evropa se boji krize. Ne želimo novih razdelitev Evrope, {clause}"
    assert _speaker(text, "razdelitev Evrope") == "Janez Novak"


def test_an_organisation_in_the_genitive_of_the_verbs_object_is_no_dropped_subject():
    text = "Direktor Janez Kos je govoril o banki. Ob tem je še ponovil napovedi NLB, da bo rast počasna."
    assert _speaker(text, "rast počasna") == "Janez Kos"
    assert _speaker("Ob tem je sporočila družba Petrol, da bo cena nižja.", "cena nižja") == "Petrol"


def test_a_postposed_reporting_clause_with_eleven_words_of_place_and_time():
    text = ("Evropa se boji krize. Ne želimo novih razdelitev Evrope, je danes v izjavi pred izrednim "
            "neformalnim vrhom EU v Bruslju poudaril predsedujoči EU, češki premier Janez Novak.")
    assert _speaker(text, "razdelitev Evrope") == "Janez Novak"
