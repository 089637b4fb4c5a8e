"""bench/agree_readings.py: the held-out documents it must skip, its transliteration and its pairing."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
HELDOUT = ROOT.parent / "shared" / "data" / "HELDOUT.md"


@pytest.fixture(scope="module")
def agree(bench):
    return bench("agree_readings")


def test_the_held_out_documents_are_read_from_heldout_md(agree, tmp_path):
    path = tmp_path / "HELDOUT.md"
    path.write_text("- `hr500k/hr500k-dev.conllu`: set.hr.19, set.hr.23\n- `x.conllu`: senticoref767\n",
                    encoding="utf-8")
    assert agree.heldout_docs(path) == {"set.hr.19", "set.hr.23", "senticoref767", "set.sr.19", "set.sr.23",
                                        "set.bs.19", "set.bs.23", "set.mk.19", "set.mk.23", "set.bg.19", "set.bg.23"}
    with pytest.raises(SystemExit, match="HELDOUT"):
        agree.heldout_docs(tmp_path / "HELDOUT-missing.md")


@pytest.mark.skipif(not HELDOUT.exists(), reason="../shared/data/HELDOUT.md is not beside the checkout")
def test_the_shared_heldout_list_names_the_croatian_documents(agree):
    assert {"set.hr.19", "set.hr.23"} <= agree.heldout_docs(HELDOUT)


def test_serbian_latin_to_cyrillic_reads_digraphs_as_one_letter(agree):
    assert agree.to_cyrillic("Njegoš i LJUBAV, Džon") == "Његош и ЉУБАВ, Џон"


def test_quotes_are_paired_by_the_scorers_rule_and_two_unknown_speakers_agree(agree):
    class Scorer:  # the shared scorer's two functions, as far as this test needs them
        @staticmethod
        def bag_f1(a: str, b: str) -> float:
            x, y = set(a.split()), set(b.split())
            return 2 * len(x & y) / (len(x) + len(y))

        @staticmethod
        def same_name(a: str, b: str) -> bool:
            return a == b

    a = [{"text": "plaće će rasti iduće godine"}, {"text": "nešto sasvim drugo"}]
    b = [{"text": "plaće će rasti"}]
    matched, only_a, only_b = agree.pair(a, b, Scorer)
    assert matched == [(a[0], b[0])] and only_a == [a[1]] and only_b == []
    assert agree.same_speaker("", "", Scorer) and not agree.same_speaker("Ivan Horvat", "", Scorer)


def test_roman_numerals_stay_latin_in_the_cyrillic_reading(agree):
    # (Serbian Cyrillic news writes them in Latin letters: a transliterated ХВИ is no numeral and no name)
    assert agree.to_cyrillic("Papa Benedikt XVI, XXI vek, I onda") == "Папа Бенедикт XVI, XXI век, И онда"
