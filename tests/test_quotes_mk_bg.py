"""Quotes and speakers in Macedonian and Bulgarian, read with lite (no tags).

Every paragraph here is invented, in the style of news agencies and outlets (МИА, Сител, Нова
Македонија; БТА, БНТ, Дневник); the people in them do not exist, so that no rule can lean on a name.
There is no gold for either language: these are behaviour tests, not figures.
"""

from __future__ import annotations

import warnings
from unittest.mock import ANY

import pytest

import newskit as nk


def quotes(text: str, language: str):
    art = nk.article_from_text(text, language=language, article_id="t")
    with warnings.catch_warnings():
        warnings.simplefilter("error", UserWarning)  # no "no lexicon" warning any more
        return nk.extract_quotes(nk.annotate(art, annotator="lite"))


def rows(q, *cols: str) -> list[list]:
    return q[list(cols)].astype(object).where(q[list(cols)].notna(), None).values.tolist()


def case(name: str, language: str, text: str, columns: str, expected: list[list]):
    """One paragraph: the quotes' ``columns`` (space-separated) as rows; ``ANY`` where a cell is not checked."""
    return pytest.param(language, text, columns.split(), expected, id=name)


CASES = [
    # --- Macedonian ---
    case("mk-indirect-deka-and-a-direct-quote-with-a-pronoun-after-the-cue", "mk",
         "Министерот за животна средина Мартин Стојановски изјави дека фабриката ќе биде затворена "
         "до крајот на годината. „Не можеме да чекаме повеќе“, рече тој.",
         "kind text speaker cue speaker_mention cue_stance", [
             ["indirect", "фабриката ќе биде затворена до крајот на годината", "Мартин Стојановски", "изјави",
              "Министерот за животна средина Мартин Стојановски", "neutral"],
             ["direct", "Не можеме да чекаме повеќе", "Мартин Стојановски", "рече", "тој", "neutral"],
         ]),
    case("mk-dropped-subject-and-a-role-resolved-to-the-named-person", "mk",
         "Градоначалникот на Охрид Марко Велевски најави нов закон за градба. Додаде дека граѓаните ќе "
         "бидат консултирани. „Ќе има јавна расправа“, истакна градоначалникот.",
         "text speaker cue cue_stance speaker_mention", [
             ["граѓаните ќе бидат консултирани", "Марко Велевски", "додаде", "additive", ANY],
             ["Ќе има јавна расправа", "Марко Велевски", "истакне", "emphatic", "градоначалникот"],
         ]),
    case("mk-preposed-cue-with-a-colon-and-spored-with-a-pronoun", "mk",
         "Пратеничката Весна Петровска порача: „Буџетот нема да помине без нас.“ Според неа, "
         "владата ги крие вистинските бројки.",
         "kind speaker cue text", [
             ["direct", "Весна Петровска", "порача", ANY],
             ["indirect", "Весна Петровска", "според", "владата ги крие вистинските бројки"],
         ]),
    case("mk-spored-zborovite-na-and-kako-shto-rece", "mk",
         "Според зборовите на директорот Илија Наумовски, падот е резултат на новите инвестиции. "
         "Како што рече Наумовски, заводот ќе објави нова анализа во мај.",
         "text speaker cue", [
             ["падот е резултат на новите инвестиции", "Илија Наумовски", "збор"],
             ["заводот ќе објави нова анализа во мај", "Илија Наумовски", "рече"],
         ]),
    case("mk-agency-credited-as-the-source", "mk",
         "Министерот Мартин Стојановски изјави дека рудникот ќе биде затворен, соопшти МИА.",
         "text speaker source", [["рудникот ќе биде затворен", "Мартин Стојановски", "МИА"]]),
    case("mk-agency-speaking-itself", "mk",
         "Невработеноста падна на 12 отсто, соопшти МИА.",
         "speaker speaker_type source", [["МИА", "agency", "МИА"]]),
    # --- Bulgarian ---
    case("bg-indirect-che-and-a-direct-quote-with-a-pronoun-after-the-cue", "bg",
         "Министърът на земеделието Стоян Белчев заяви, че реколтата ще бъде по-добра от миналата "
         "година. „Това е добра новина за фермерите“, каза той.",
         "kind text speaker cue speaker_mention", [
             ["indirect", "реколтата ще бъде по-добра от миналата година", "Стоян Белчев", "заявя",
              "Министърът на земеделието Стоян Белчев"],
             ["direct", "Това е добра новина за фермерите", "Стоян Белчев", "кажа", "той"],
         ]),
    case("bg-preposed-quote-with-the-speaker-after-the-cue-and-a-dropped-subject", "bg",
         "„Няма да допуснем нова криза“, заяви председателката на комисията Росица Димова. "
         "Добави, че докладът ще бъде готов в четвъртък.",
         "kind speaker cue text", [
             ["direct", "Росица Димова", "заявя", ANY],
             ["indirect", "Росица Димова", "добавя", "докладът ще бъде готов в четвъртък"],
         ]),
    case("bg-role-alone-resolved-to-the-person-the-article-gave-it", "bg",
         "Кметът на Русе Петко Гърдев откри новия мост. Кметът подчерта, че ремонтът е приключил "
         "навреме.",
         "text speaker speaker_mention cue_stance", [
             ["ремонтът е приключил навреме", "Петко Гърдев", "Кметът", "emphatic"]]),
    case("bg-po-dumite-and-spored", "bg",
         "Депутатът Огнян Кирилов внесе нов законопроект. По думите му законът ще намали "
         "бюрокрацията. Според Кирилов общините също ще спечелят.",
         "text speaker cue", [
             ["законът ще намали бюрокрацията", "Огнян Кирилов", "дума"],
             ["общините също ще спечелят", "Огнян Кирилов", "според"],
         ]),
    case("bg-agency-credited-as-the-source", "bg",
         "Министърът Стоян Белчев каза, че цените на хляба няма да се повишат, съобщи БТА.",
         "text speaker source", [["цените на хляба няма да се повишат", "Стоян Белчев", "БТА"]]),
    case("bg-agency-speaking-itself", "bg",
         "Общо 15 души са пострадали при катастрофата, съобщи БТА.",
         "speaker speaker_type source", [["БТА", "agency", "БТА"]]),
    # a present-tense credit is a source of the sentence, no statement of the agency
    case("bg-present-tense-credit-is-no-statement-of-the-agency", "bg",
         "Общо 15 души са пострадали при катастрофата, съобщава БТА.",
         "text", []),
    # --- datelines, bodies, names, outlets ---
    case("mk-agency-dateline-with-the-place-as-written-is-no-part-of-the-statement", "mk",
         "Скопје, 14 октомври (МИА) - Владата ќе ја зголеми платата од јануари, изјави "
         "вицепремиерот Никола Серафимовски.",
         "text speaker", [["Владата ќе ја зголеми платата од јануари", "Никола Серафимовски"]]),
    case("bg-agency-dateline-with-the-place-as-written-is-no-part-of-the-statement", "bg",
         "Бургас, 3 март (БТА) - Пенсиите ще бъдат увеличени от юли, съобщи министърката Ивелина Донева.",
         "text speaker", [["Пенсиите ще бъдат увеличени от юли", "Ивелина Донева"]]),
    case("mk-an-object-clitic-ends-a-group-subject", "mk",
         "Синдикатите ја поздравија одлуката, но предупредија дека цените растат побрзо од платите.",
         "text speaker", [["цените растат побрзо од платите", "синдикатите"]]),
    case("mk-a-given-name-the-lemmatiser-reads-as-an-institution-stays-a-person", "mk",
         "Рускиот амбасадор Владимир Јаневски изјави дека Москва е подготвена за разговори.",
         "speaker speaker_type", [["Владимир Јаневски", "person"]]),
    case("mk-outlet-a-statement-was-given-to-is-the-source", "mk",
         "„Ова е скандал“, изјави за Сител пратеникот Бојан Ристески.",
         "source", [["Сител"]]),
    case("bg-outlet-a-statement-was-given-to-is-the-source", "bg",
         "Министърът Стоян Белчев каза пред БНТ, че цените няма да се повишат.",
         "source", [["БНТ"]]),
    case("bg-outlet-that-writes-it-is-the-source", "bg",
         "Премиерът заяви, че кабинетът ще оцелее, пише Медиапул.",
         "source", [["Медиапул"]]),
    case("mk-outlet-relaying-a-named-speaker-is-the-source", "mk",
         "Министерот Мартин Стојановски рече дека рудникот ќе биде затворен, пренесе МАКФАКС.",
         "source", [["МАКФАКС"]]),
    case("mk-spored-a-group", "mk",
         "Според експертите, проблемот е во старите цевки.",
         "speaker", [["експертите"]]),
    case("bg-spored-a-group", "bg",
         "Според експертите, проблемът е в старите тръби.",
         "speaker", [["експертите"]]),
    case("mk-an-indirect-question-after-a-verb-of-asking", "mk",
         "Лидерот Венко Филипче праша каде се парите од буџетот.",
         "text cue_stance", [["каде се парите од буџетот", "questioning"]]),
    case("bg-an-indirect-question-after-a-verb-of-asking", "bg",
         "Лидерът Асен Василев попита къде са парите от бюджета.",
         "text cue_stance", [["къде са парите от бюджета", "questioning"]]),
    # Bulgarian writes no comma after ``Според X``; a noun after an institution noun is no part of its
    # name (complements follow a preposition: ``полицията на София``)
    case("bg-spored-without-a-comma-and-an-institution-without-a-bare-noun-after-it", "bg",
         "Според полицията заподозрените са на 25 и 31 години.",
         "text speaker", [["заподозрените са на 25 и 31 години", "полицията"]]),
    case("mk-continue-to-is-no-reporting-verb", "mk",
         "Економистот Глигор Бишев предупредува дека инфлацијата ќе продолжи да расте.",
         "cue", [["предупредува"]]),
    case("bg-continue-to-is-no-reporting-verb", "bg",
         "Икономистът Любомир Дацов предупреждава, че инфлацията ще продължи да расте.",
         "cue", [["предупреждавам"]]),
    case("bg-an-outlet-reports-what-it-learned", "bg",
         "Капитал научи, че новият закон ще бъде внесен в парламента.",
         "speaker speaker_type source", [["Капитал", "agency", "Капитал"]]),
    case("mk-an-outlet-reports-what-it-learned", "mk",
         "Нова Македонија дозна дека новиот закон ќе биде доставен до Собранието.",
         "speaker speaker_type source", [["Нова Македонија", "agency", "Нова Македонија"]]),
]


@pytest.mark.parametrize("language,text,columns,expected", CASES)
def test_mk_bg_quotes(language, text, columns, expected):
    assert rows(quotes(text, language), *columns) == expected


@pytest.mark.parametrize("language", ["mk", "bg"])
def test_mk_bg_have_their_own_lexicons(language):
    from newskit.quotes import QUOTE_LANGUAGES, load_lexicon

    assert language in QUOTE_LANGUAGES
    lex = load_lexicon(language)
    assert lex.lang == language and len(lex.verbs) > 50 and len(lex.roles) > 100


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
