"""News furniture around quotes: credits, bylines and datelines are no part of what was said."""

from __future__ import annotations

import pytest
from quotes_helpers import lite_quotes, quote_with


@pytest.mark.parametrize(("language", "text"), [
    ("hr", "Sindikati su najavili štrajk. Iz Ministarstva rada poručuju da pregovori traju. (Hina)"),
    ("sr", "Sindikati su najavili štrajk. Iz Ministarstva rada poručuju da pregovori traju. (Tanjug)"),
    ("sl", "Sindikati so napovedali stavko. Na ministrstvu pravijo, da pogajanja tečejo. (STA)"),
])
def test_a_credit_in_brackets_after_the_full_stop_is_not_in_the_statement(language, text):
    quote = quote_with(lite_quotes(text, language), "traju" if language != "sl" else "tečejo")
    assert quote["text"].endswith(("traju", "tečejo"))


def test_a_bracket_inside_the_statement_stays():
    quote = quote_with(lite_quotes("Ministar je rekao da će Europska narodna stranka (EPP) podržati prijedlog.", "hr"),
                       "podržati")
    assert "(EPP)" in quote["text"]


@pytest.mark.parametrize(("language", "text", "speaker", "source"), [
    ("hr", "Ministar Ivan Horvat je, prenosi Hina, rekao da izbora neće biti.", "Ivan Horvat", "Hina"),
    ("sr", "Ministar je, prenosi Tanjug, rekao da izbora neće biti.", "ministar", "Tanjug"),
    ("sl", "Minister je, poroča STA, dejal, da odstopa ne bo.", "minister", "STA"),
])
def test_a_credit_between_commas_is_the_source_not_the_speaker(language, text, speaker, source):
    quotes = lite_quotes(text, language)
    assert quotes[["speaker", "source"]].values.tolist() == [[speaker, source]]


@pytest.mark.parametrize("agency", ["STA", "Reuters", "AFP"])
def test_sl_sta_credits_a_report_as_other_agencies_do(agency):
    # ``sta`` is also an auxiliary (dual): the agency's name does not make ``poroča`` a past tense
    assert lite_quotes(f"Vlada bo znižala davke, poroča {agency}.", "sl").empty


@pytest.mark.parametrize(("text", "speaker"), [
    ("Агенција Танјуг јавља да је министар поднео оставку.", "Танјуг"),  # n+j, not њ
    ("Ројтерс јавља да је министар поднео оставку.", "Ројтерс"),  # the lexicon's Cyrillic alias
])
def test_a_cyrillic_article_writes_an_agency_speaking_as_it_spells_it(text, speaker):
    # (the source column keeps the outlet's one canonical name in every script: it counts once)
    quotes = lite_quotes(text, "sr")
    assert quotes[["speaker", "speaker_type"]].values.tolist() == [[speaker, "agency"]]


def test_cyrillic_tanjug_is_the_agency_and_the_source():
    quotes = lite_quotes("Министар је, преноси Танјуг, рекао да неће поднети оставку.", "sr")
    assert quotes[["speaker", "source"]].values.tolist() == [["министар", "Tanjug"]]


@pytest.mark.parametrize(("language", "text", "speaker"), [
    ("sl", "»Sramota,« je tvitnil Janez Janša.", "Janez Janša"),
    ("hr", "\"Sramota\", tvitao je Zoran Milanović.", "Zoran Milanović"),
    ("bs", "\"Sramota\", tvitnuo je Denis Bećirović.", "Denis Bećirović"),
    ("sr", "Вучић је твитовао да је Србија слободна.", "Вучић"),
])
def test_a_post_on_a_social_network_is_a_statement(language, text, speaker):
    assert lite_quotes(text, language)["speaker"].tolist() == [speaker]
