"""Word classes of the quote lexicons are declared (lexicons/common/word_classes.tsv): asking for an
undeclared one is an error, never a silent empty set; the in-code word lists now live there."""

from __future__ import annotations

import pytest

from newskit.errors import InputError
from newskit.quotes import lexicon
from newskit.quotes.lexicon import UndeclaredWordClassError, declared_word_classes, load_lexicon


@pytest.mark.parametrize("lang", ["sl", "hr", "sr", "bs"])
def test_every_class_of_every_language_is_declared(lang):
    lex = load_lexicon(lang)
    assert set(lex.words) == declared_word_classes()
    assert "da" in lex.words["complementizer"]
    assert "nikola" in lex.words["male_first_name_a"]  # common/function_words.tsv, every language
    assert lex.words["aux_plural"] <= lex.words["aux"]


def test_an_undeclared_class_is_an_error_also_through_get():
    words = load_lexicon("sl").words
    with pytest.raises(UndeclaredWordClassError, match="complementiser"):
        words["complementiser"]
    with pytest.raises(UndeclaredWordClassError):
        words.get("complementiser", frozenset())
    with pytest.raises(UndeclaredWordClassError):
        load_lexicon("hr").has("complementiser", "da")


def test_a_declared_class_without_words_is_empty():
    assert load_lexicon("hr").words["pronoun_x"] == frozenset()  # Slovenian has one, Croatian none
    assert load_lexicon("hr").words["aux_dual"] == frozenset()


def test_a_row_of_an_undeclared_class_names_the_file_and_row(monkeypatch):
    rows = lexicon.read_rows

    def broken(*parts):
        out = rows(*parts)
        return out + [["kao", "comparativ"]] if parts == ("hr", "function_words.tsv") else out

    monkeypatch.setattr(lexicon, "read_rows", broken)
    load_lexicon.cache_clear()
    try:
        with pytest.raises(UndeclaredWordClassError, match=r"hr/function_words.tsv: data row \d+ \('kao'\).*'comparativ'"):
            load_lexicon("hr")
    finally:
        monkeypatch.undo()
        load_lexicon.cache_clear()
    assert "kao" in load_lexicon("hr").words["comparative"]


def test_the_view_asks_only_for_declared_classes():
    from newskit.quotes.view import TokenView

    cols = {c: ["x"] for c in ("text", "lemma", "upos", "xpos", "feats", "deprel", "ner", "part")}
    cols.update({c: [0] for c in ("head", "start_char", "end_char", "sentence", "word_id")})
    view = TokenView("a", "x", "en", None, cols, 0, 1)  # no lexicon: the common rows only
    assert view.words("aux") == frozenset()
    assert "ti" in view.words("infinitive_ending") and {"i", "in"} <= view.words("and")
    with pytest.raises(UndeclaredWordClassError):
        view.words("auxiliary")


def test_the_clause_words_moved_from_the_code_are_read_per_language():
    from newskit.quotes.lexicon import load_lexicon

    sl, hr = load_lexicon("sl").words, load_lexicon("hr").words
    # a complementizer without a comma after other words than an auxiliary: hr, sr, bs, not sl
    assert "kako" in hr["complementizer_bare_anywhere"] and not sl["complementizer_bare_anywhere"]
    assert sl["complementizer_statement"] == {"da"} and hr["complementizer_statement"] == {"da", "kako"}
    assert sl["verb_ending_1p"] == {"mo"} and hr["verb_ending_1p"] == {"mo", "m"}  # kažemo; hr mislim: the writer (#9)
    assert sl["according_person"] == {"po"} and not hr["according_person"]
    # the common rows reach every language
    for words in (sl, hr, load_lexicon("sr").words, load_lexicon("bs").words):
        assert {"i", "in"} <= words["and"] and "še" in words["verb_adverb"] and "za" in words["given_to"]


def test_present_forms_of_reporting_verbs_come_from_each_languages_rewrites():
    sl, hr = load_lexicon("sl"), load_lexicon("hr")
    # rows with no forms of their own: the present_form rewrites of the stem make them
    assert sl.verb_forms["napovedajo"] == "napovedati"  # a>ajo
    assert sl.verb_forms["predvidujejo"] == "predvidevati"  # eva>ujejo, the longest end
    assert "predvideva" not in sl.verb_forms  # the longest end alone applies, not a>a
    assert hr.verb_forms["izjave"] == "izjaviti"  # i>e
    assert "napovedaju" not in sl.verb_forms and "izjavijo" not in hr.verb_forms
    assert {"a>ajo", "i>ijo"} <= sl.words["present_form"] and "iva>uje" in hr.words["present_form"]


def test_masculine_plurals_are_read_where_the_language_has_rewrites():
    from newskit.quotes.lexicon import rewrite_suffix, suffix_rules

    rules = suffix_rules(load_lexicon("hr").words["masculine_plural"])
    assert rewrite_suffix("dužnosnik", rules) == ["dužnosnici"]  # k>ci, not >i
    assert rewrite_suffix("ministar", rules) == ["ministari"]
    assert load_lexicon("sl").words["masculine_plural"] == frozenset()  # Slovenian: not read
    with pytest.raises(InputError, match="'masculine_plural'.*END>NEW"):
        suffix_rules(["ki"], "masculine_plural")


def test_a_masculine_plural_role_is_a_plural_nominative_mention():
    from tests.test_quote_rules import view

    hr = view("Dužnosnici su rekli da će doći .", "dužnosnica biti reći da htjeti doći .", lang="hr")
    m = next(m for m in hr.mentions if m.i0 == 0)
    assert (m.kind, m.role, m.gender, m.number, m.nominative) == ("ROLE", "dužnosnik", "m", "p", True)


def test_oblique_forms_of_role_nouns_come_from_the_common_rewrites():
    sl = load_lexicon("sl")
    assert sl.role_forms["ministra"] == "minister"  # noun_form_fleeting: er>ra
    assert sl.role_forms["ministrom"] == "minister"  # noun_form: >om
    assert "ministerra" not in sl.role_forms
    common = lexicon.common_words()
    assert {"a>e", ">om"} <= common["noun_form"] and "ec>ca" in common["noun_form_fleeting"]
