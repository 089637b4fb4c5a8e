"""Quotes and speakers in Macedonian and Bulgarian, read with lite (no tags).

Every paragraph here is invented, in the style of news agencies and outlets (МИА, Сител, Нова
Македонија; БТА, БНТ, Дневник); the people in them do not exist, so that no rule can lean on a name.
There is no gold for either language: these are behaviour tests, not figures.
"""

from __future__ import annotations

import warnings

import pytest

import newskit as nk


def quotes(text: str, language: str):
    art = nk.article_from_text(text, language=language, article_id="t")
    with warnings.catch_warnings():
        warnings.simplefilter("error", UserWarning)  # no "no lexicon" warning any more
        return nk.extract_quotes(nk.annotate(art, annotator="lite"))


def rows(q, *cols: str) -> list[list]:
    return q[list(cols)].astype(object).where(q[list(cols)].notna(), None).values.tolist()


# --- Macedonian ---------------------------------------------------------------------------------

def test_mk_indirect_deka_and_a_direct_quote_with_a_pronoun_after_the_cue():
    q = quotes("Министерот за животна средина Мартин Стојановски изјави дека фабриката ќе биде затворена "
               "до крајот на годината. „Не можеме да чекаме повеќе“, рече тој.", "mk")
    assert rows(q, "kind", "text", "speaker", "cue") == [
        ["indirect", "фабриката ќе биде затворена до крајот на годината", "Мартин Стојановски", "изјави"],
        ["direct", "Не можеме да чекаме повеќе", "Мартин Стојановски", "рече"],
    ]
    assert q.speaker_mention.tolist() == ["Министерот за животна средина Мартин Стојановски", "тој"]
    assert q.cue_stance.tolist() == ["neutral", "neutral"]


def test_mk_dropped_subject_and_a_role_resolved_to_the_named_person():
    q = quotes("Градоначалникот на Охрид Марко Велевски најави нов закон за градба. Додаде дека граѓаните ќе "
               "бидат консултирани. „Ќе има јавна расправа“, истакна градоначалникот.", "mk")
    assert rows(q, "text", "speaker", "cue", "cue_stance") == [
        ["граѓаните ќе бидат консултирани", "Марко Велевски", "додаде", "additive"],
        ["Ќе има јавна расправа", "Марко Велевски", "истакне", "emphatic"],
    ]
    assert q.speaker_mention.tolist()[1] == "градоначалникот"


def test_mk_preposed_cue_with_a_colon_and_spored_with_a_pronoun():
    q = quotes("Пратеничката Весна Петровска порача: „Буџетот нема да помине без нас.“ Според неа, "
               "владата ги крие вистинските бројки.", "mk")
    assert rows(q, "kind", "speaker", "cue") == [
        ["direct", "Весна Петровска", "порача"],
        ["indirect", "Весна Петровска", "според"],
    ]
    assert q.text.tolist()[1] == "владата ги крие вистинските бројки"


def test_mk_spored_zborovite_na_and_kako_shto_rece():
    q = quotes("Според зборовите на директорот Илија Наумовски, падот е резултат на новите инвестиции. "
               "Како што рече Наумовски, заводот ќе објави нова анализа во мај.", "mk")
    assert rows(q, "text", "speaker", "cue") == [
        ["падот е резултат на новите инвестиции", "Илија Наумовски", "збор"],
        ["заводот ќе објави нова анализа во мај", "Илија Наумовски", "рече"],
    ]


def test_mk_agency_credited_as_the_source_or_speaking_itself():
    q = quotes("Министерот Мартин Стојановски изјави дека рудникот ќе биде затворен, соопшти МИА.", "mk")
    assert rows(q, "text", "speaker", "source") == [["рудникот ќе биде затворен", "Мартин Стојановски", "МИА"]]
    q = quotes("Невработеноста падна на 12 отсто, соопшти МИА.", "mk")
    assert rows(q, "speaker", "speaker_type", "source") == [["МИА", "agency", "МИА"]]


# --- Bulgarian ----------------------------------------------------------------------------------

def test_bg_indirect_che_and_a_direct_quote_with_a_pronoun_after_the_cue():
    q = quotes("Министърът на земеделието Стоян Белчев заяви, че реколтата ще бъде по-добра от миналата "
               "година. „Това е добра новина за фермерите“, каза той.", "bg")
    assert rows(q, "kind", "text", "speaker", "cue") == [
        ["indirect", "реколтата ще бъде по-добра от миналата година", "Стоян Белчев", "заявя"],
        ["direct", "Това е добра новина за фермерите", "Стоян Белчев", "кажа"],
    ]
    assert q.speaker_mention.tolist() == ["Министърът на земеделието Стоян Белчев", "той"]


def test_bg_preposed_quote_with_the_speaker_after_the_cue_and_a_dropped_subject():
    q = quotes("„Няма да допуснем нова криза“, заяви председателката на комисията Росица Димова. "
               "Добави, че докладът ще бъде готов в четвъртък.", "bg")
    assert rows(q, "kind", "speaker", "cue") == [
        ["direct", "Росица Димова", "заявя"],
        ["indirect", "Росица Димова", "добавя"],
    ]
    assert q.text.tolist()[1] == "докладът ще бъде готов в четвъртък"


def test_bg_role_alone_resolved_to_the_person_the_article_gave_it():
    q = quotes("Кметът на Русе Петко Гърдев откри новия мост. Кметът подчерта, че ремонтът е приключил "
               "навреме.", "bg")
    assert rows(q, "text", "speaker", "speaker_mention", "cue_stance") == [
        ["ремонтът е приключил навреме", "Петко Гърдев", "Кметът", "emphatic"]]


def test_bg_po_dumite_and_spored():
    q = quotes("Депутатът Огнян Кирилов внесе нов законопроект. По думите му законът ще намали "
               "бюрокрацията. Според Кирилов общините също ще спечелят.", "bg")
    assert rows(q, "text", "speaker", "cue") == [
        ["законът ще намали бюрокрацията", "Огнян Кирилов", "дума"],
        ["общините също ще спечелят", "Огнян Кирилов", "според"],
    ]


def test_bg_agency_credited_as_the_source_or_speaking_itself():
    q = quotes("Министърът Стоян Белчев каза, че цените на хляба няма да се повишат, съобщи БТА.", "bg")
    assert rows(q, "text", "speaker", "source") == [["цените на хляба няма да се повишат", "Стоян Белчев", "БТА"]]
    q = quotes("Общо 15 души са пострадали при катастрофата, съобщи БТА.", "bg")
    assert rows(q, "speaker", "speaker_type", "source") == [["БТА", "agency", "БТА"]]
    # a present-tense credit is a source of the sentence, no statement of the agency
    q = quotes("Общо 15 души са пострадали при катастрофата, съобщава БТА.", "bg")
    assert q.empty


@pytest.mark.parametrize("language", ["mk", "bg"])
def test_mk_bg_have_their_own_lexicons(language):
    from newskit.quotes import QUOTE_LANGUAGES, load_lexicon

    assert language in QUOTE_LANGUAGES
    lex = load_lexicon(language)
    assert lex.lang == language and len(lex.verbs) > 50 and len(lex.roles) > 100


# --- datelines, bodies, names, outlets ----------------------------------------------------------

def test_mk_agency_dateline_with_the_place_as_written_is_no_part_of_the_statement():
    q = quotes("Скопје, 14 октомври (МИА) - Владата ќе ја зголеми платата од јануари, изјави "
               "вицепремиерот Никола Серафимовски.", "mk")
    assert rows(q, "text", "speaker") == [["Владата ќе ја зголеми платата од јануари", "Никола Серафимовски"]]


def test_bg_agency_dateline_with_the_place_as_written_is_no_part_of_the_statement():
    q = quotes("Бургас, 3 март (БТА) - Пенсиите ще бъдат увеличени от юли, съобщи министърката Ивелина Донева.", "bg")
    assert rows(q, "text", "speaker") == [["Пенсиите ще бъдат увеличени от юли", "Ивелина Донева"]]


def test_mk_an_object_clitic_ends_a_group_subject():
    q = quotes("Синдикатите ја поздравија одлуката, но предупредија дека цените растат побрзо од платите.", "mk")
    assert rows(q, "text", "speaker") == [["цените растат побрзо од платите", "синдикатите"]]


def test_mk_a_given_name_the_lemmatiser_reads_as_an_institution_stays_a_person():
    q = quotes("Рускиот амбасадор Владимир Јаневски изјави дека Москва е подготвена за разговори.", "mk")
    assert rows(q, "speaker", "speaker_type") == [["Владимир Јаневски", "person"]]


@pytest.mark.parametrize("language,text,source", [
    ("mk", "„Ова е скандал“, изјави за Сител пратеникот Бојан Ристески.", "Сител"),
    ("bg", "Министърът Стоян Белчев каза пред БНТ, че цените няма да се повишат.", "БНТ"),
    ("bg", "Премиерът заяви, че кабинетът ще оцелее, пише Медиапул.", "Медиапул"),
    ("mk", "Министерот Мартин Стојановски рече дека рудникот ќе биде затворен, пренесе МАКФАКС.", "МАКФАКС"),
])
def test_mk_bg_outlets_are_sources_as_written(language, text, source):
    assert quotes(text, language).source.tolist() == [source]


@pytest.mark.parametrize("language,text,speaker", [
    ("mk", "Според експертите, проблемот е во старите цевки.", "експертите"),
    ("bg", "Според експертите, проблемът е в старите тръби.", "експертите"),
])
def test_mk_bg_spored_a_group(language, text, speaker):
    assert rows(quotes(text, language), "speaker") == [[speaker]]


@pytest.mark.parametrize("language,text,content", [
    ("mk", "Лидерот Венко Филипче праша каде се парите од буџетот.", "каде се парите од буџетот"),
    ("bg", "Лидерът Асен Василев попита къде са парите от бюджета.", "къде са парите от бюджета"),
])
def test_mk_bg_an_indirect_question_after_a_verb_of_asking(language, text, content):
    q = quotes(text, language)
    assert rows(q, "text", "cue_stance") == [[content, "questioning"]]


# --- tagged text (classla's Bulgarian output format: UD tags, features, no case on nouns) ----------

BG_CONLLU = """# newdoc id = bg-tagged
# newpar id = 1
# sent_id = 1
# text = Министърът Стоян Белчев заяви, че реколтата ще бъде добра.
1	Министърът	министър	NOUN	Ncmsf	Definite=Def|Gender=Masc|Number=Sing	0	_	_	_
2	Стоян	Стоян	PROPN	Npmsi	Definite=Ind|Gender=Masc|Number=Sing	0	_	_	_
3	Белчев	Белчев	PROPN	Hmsi	Definite=Ind|Gender=Masc|Number=Sing	0	_	_	_
4	заяви	заявя	VERB	Vpptf-o3s	Aspect=Perf|Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin|Voice=Act	0	_	_	SpaceAfter=No
5	,	,	PUNCT	punct	_	0	_	_	_
6	че	че	SCONJ	Cssr	_	0	_	_	_
7	реколтата	реколта	NOUN	Ncfsd	Definite=Def|Gender=Fem|Number=Sing	0	_	_	_
8	ще	ще	AUX	Tx	_	0	_	_	_
9	бъде	бъда	AUX	Vxitf-r3s	Aspect=Imp|Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin	0	_	_	_
10	добра	добър	ADJ	Afsi	Definite=Ind|Degree=Pos|Gender=Fem|Number=Sing	0	_	_	SpaceAfter=No
11	.	.	PUNCT	punct	_	0	_	_	_

# sent_id = 2
# text = „Това е добра новина“, каза той.
1	„	„	PUNCT	punct	_	0	_	_	SpaceAfter=No
2	Това	този	PRON	Pde-os-n	Case=Nom|Gender=Neut|Number=Sing|PronType=Dem	0	_	_	_
3	е	съм	AUX	Vxitf-r3s	Aspect=Imp|Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin	0	_	_	_
4	добра	добър	ADJ	Afsi	Definite=Ind|Degree=Pos|Gender=Fem|Number=Sing	0	_	_	_
5	новина	новина	NOUN	Ncfsi	Definite=Ind|Gender=Fem|Number=Sing	0	_	_	SpaceAfter=No
6	“	“	PUNCT	punct	_	0	_	_	SpaceAfter=No
7	,	,	PUNCT	punct	_	0	_	_	_
8	каза	кажа	VERB	Vpptf-o3s	Aspect=Perf|Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin|Voice=Act	0	_	_	_
9	той	той	PRON	Ppe-os3m	Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs	0	_	_	SpaceAfter=No
10	.	.	PUNCT	punct	_	0	_	_	_

"""


def test_bg_tagged_reading_credits_the_speaker(tmp_path):
    path = tmp_path / "bg.conllu"
    path.write_text(BG_CONLLU, encoding="utf-8")
    ann = nk.read_conllu(path, language="bg")
    q = nk.extract_quotes(ann, language="bg")
    assert rows(q, "kind", "text", "speaker", "cue") == [
        ["indirect", "реколтата ще бъде добра", "Стоян Белчев", "заявя"],
        ["direct", "Това е добра новина", "Стоян Белчев", "кажа"],
    ]


def test_bg_spored_without_a_comma_and_an_institution_without_a_bare_noun_after_it():
    # Bulgarian writes no comma after ``Според X``; a noun after an institution noun is no part of its
    # name (complements follow a preposition: ``полицията на София``)
    q = quotes("Според полицията заподозрените са на 25 и 31 години.", "bg")
    assert rows(q, "text", "speaker") == [["заподозрените са на 25 и 31 години", "полицията"]]


@pytest.mark.parametrize("language,text", [
    ("mk", "Економистот Глигор Бишев предупредува дека инфлацијата ќе продолжи да расте."),
    ("bg", "Икономистът Любомир Дацов предупреждава, че инфлацията ще продължи да расте."),
])
def test_mk_bg_continue_to_is_no_reporting_verb(language, text):
    assert quotes(text, language).cue.tolist() == ["предупредува" if language == "mk" else "предупреждавам"]


@pytest.mark.parametrize("language,text,outlet", [
    ("bg", "Капитал научи, че новият закон ще бъде внесен в парламента.", "Капитал"),
    ("mk", "Нова Македонија дозна дека новиот закон ќе биде доставен до Собранието.", "Нова Македонија"),
])
def test_mk_bg_an_outlet_reports_what_it_learned(language, text, outlet):
    assert rows(quotes(text, language), "speaker", "speaker_type", "source") == [[outlet, "agency", outlet]]


def test_lite_keeps_macedonian_and_bulgarian_names_as_written():
    # mk and bg names do not decline; lemmagen3 read Мицкоски as a woman's Мицкоска and Гордана
    # as Горда, which the ENTITIES table and naming() then showed as the names' base forms.
    mk = nk.article_from_text(
        "Скопје – Премиерот Христијан Мицкоски изјави дека владата ќе ги намали даноците. Министерката "
        "Гордана Димитриеска рече дека буџетот е стабилен.", language="mk", article_id="mk-names")
    bg = nk.article_from_text(
        "София – Министърът Асен Василев каза, че бюджетът е стабилен.", language="bg", article_id="bg-names")
    ann = nk.annotate([mk, bg], annotator="lite")
    people = ann.entities[ann.entities["type"] == "PER"]
    assert (people["lemma"] == people["text"]).all(), people[["text", "lemma"]]
    assert {"Христијан Мицкоски", "Гордана Димитриеска", "Асен Василев"} <= set(people["lemma"])
    named = nk.naming(ann)
    assert "Христијан Мицкоски" in set(named["entity"])
