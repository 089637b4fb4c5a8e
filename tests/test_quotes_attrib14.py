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
