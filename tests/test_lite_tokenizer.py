"""The lite annotator's fast tokenizer path gives what classla's own path gives, token for token.

lite calls classla's tokenizer adapters without building a classla ``Document`` (``lite.tokenize``,
``annotate._entry_columns``) and answers obeliks's ``regex`` calls from compiled patterns
(``lite._FastRegex``): both only for speed, so both are checked here against the plain path.
"""

from __future__ import annotations

import importlib
import subprocess
import sys

import pytest
import regex

import newskit as nk
from newskit import lite

ann_mod = importlib.import_module("newskit.annotate")  # newskit.annotate is also the function

TRICKY = (
    "&amp; <b> Tekst &lt;x&gt; 1. 2. 2020, dr. J. Novak, itd. in d.o.o.\u00ad ZDA-jev 3,5-odstotni delež.\n\n"
    "  Drugi\u200b odstavek: »Da!« (S.P.) je rekel prof. dr. Kos; e-pošta: a@b.si, http://x.y/z?q=1 ... !!!?\n"
    "Foto: STA\tx   \n\n\n"
)


ADDRESSES = (
    "Pišite na info@sta.si ali Janez.Novak-ml@gov.si, www.gov.si, http://www.24ur.com/novice/x.html?a=1&b=2 "
    "in https://sl.wikipedia.org/wiki/Ljubljana.\n\n"
    "E-naslov:a_b@c-d.co.uk;spletna stran:WWW.STA.SI/novice/ ali ftp://ftp.arnes.si/pub. Konec.D.o.o.je ZDA.Tudi "
    "mail@x.y foo@bar .com a@b.cd ab.cd.ef x.Yz d.o.o. 3.5 ...ab @ .si www .si"
)


def _texts(example) -> list[str]:
    return [example.text, TRICKY, ADDRESSES, "Ena.", "»Kdo?«\n\n- Jaz."]


def _run_obeliks(text: str) -> list:
    from classla.utils.obeliks import ObeliksTrainer

    return ObeliksTrainer.tokenize(text)[1:]


def test_obeliks_gives_the_same_tokens_through_the_fast_regex_front(example, monkeypatch):
    import obeliks.rules
    import obeliks.tokenizer

    assert lite._speed_up_obeliks()
    assert isinstance(obeliks.rules.re, lite._FastRegex) and isinstance(obeliks.tokenizer.re, lite._FastRegex)
    fast = [_run_obeliks(t) for t in _texts(example)]
    monkeypatch.setattr(obeliks.rules, "re", regex)
    monkeypatch.setattr(obeliks.tokenizer, "re", regex)
    plain = [_run_obeliks(t) for t in _texts(example)]
    assert fast == plain
    assert sum(len(s) for doc, _ in plain for s in doc) > 500


def test_the_rules_skipped_without_their_need_are_obeliks_rules_and_need_it(example, monkeypatch):
    import obeliks.rules

    assert lite._speed_up_obeliks()
    front = obeliks.rules.re
    needs = dict(front._needs)
    # every rule of the table is still one of obeliks's (else obeliks changed it: check the table again)
    assert sorted(p.pattern for p in needs) == sorted(lite._OBELIKS_RULE_NEEDS)
    assert all(p in lite._obeliks_rules() for p in needs)
    # the need is necessary: wherever the rule matches, its need matches (rules run on every text here)
    seen: list[tuple] = []
    sub = front.sub
    monkeypatch.setattr(front, "_needs", {})
    monkeypatch.setattr(front, "sub", lambda p, r, s, *a, **k: (seen.append((p, s)) if p in needs else None)
                        or sub(p, r, s, *a, **k))
    for text in _texts(example):
        _run_obeliks(text)
    matched = skipped = 0
    for pattern, text in seen:
        if pattern.search(text) is not None:
            assert needs[pattern].search(text) is not None, pattern.pattern
            matched += 1
        elif needs[pattern].search(text) is None:
            skipped += 1
    assert matched >= 4 and skipped >= 4  # both ways exercised: addresses matched, plain lines skipped
    assert {p for p, t in seen if p.search(t)} == set(needs)


def test_fast_regex_answers_as_regex_does():
    front = lite._FastRegex(regex)
    compiled = regex.compile(r"(\w)(\d)", regex.IGNORECASE)
    cases = [
        ("sub", (r"&amp;", "&", "a &amp; b &amp; c")),
        ("sub", (r"&amp;", "&", "a &amp; b &amp; c", 1)),
        ("sub", (r"&amp;", "&", "Ljubljana")),
        ("sub", (r"aa", "b", "aaaaa")),  # non-overlapping, left to right
        ("sub", (r"aa", "b", "aaaaa", 2)),
        ("sub", (r"&lt;", r"\n<", "x&lt;y")),  # an escape in the replacement: regex's own
        ("sub", (r"é", "", "éÉé")),
        ("sub", (r" {2,}", " ", "a    b  c")),
        ("sub", (r"<S/>", " ", "<w>a</w><S/><w>b</w>")),
        ("sub", (r"<[cw]([\s]*|[\s]+[^>]*)>", "", "<w a=\"1\">x</w><c>.</c>")),
        ("sub", (compiled, r"\2\1", "a1 B2 c3")),
        ("sub", (compiled, lambda m: m.group(0).upper(), "a1 B2 c3")),
        ("sub", (r"x", "y", "XxX", 0, regex.IGNORECASE)),
        ("sub", (r"(?i)x", "y", "XxX")),
        ("findall", (r"\w+=\"[^\"]*\"", 'lemma="a" xpos="Z" upos="PUNCT"')),
        ("findall", (r"a", "AaA", regex.IGNORECASE)),
    ]
    for name, args in cases:
        assert getattr(front, name)(*args) == getattr(regex, name)(*args), (name, args)
        assert getattr(front, name)(*args) == getattr(regex, name)(*args), (name, args)  # now from its store
    with pytest.raises(ValueError):  # as regex: flags with a compiled pattern
        front.sub(compiled, "", "a1", 0, regex.IGNORECASE)
    with pytest.raises(regex.error):
        front.sub(r"(", "", "a")
    assert front.sub(r"a", "b", "aaa", pos=1) == regex.sub(r"a", "b", "aaa", pos=1)  # handed to regex
    assert front.compile is regex.compile and front.UNICODE == regex.UNICODE


def test_fast_regex_follows_a_change_of_regexs_default_version(monkeypatch):
    front = lite._FastRegex(regex)
    pattern, text = r"[[a-z]--[aeiou]]", "abc--e]"  # a set difference in VERSION1, not in VERSION0
    before = front.sub(pattern, "_", text)
    assert before == regex.sub(pattern, "_", text)
    monkeypatch.setattr(regex, "DEFAULT_VERSION", regex.VERSION1 if regex.DEFAULT_VERSION == regex.VERSION0
                        else regex.VERSION0)
    after = front.sub(pattern, "_", text)
    assert after == regex.sub(pattern, "_", text) and after != before


@pytest.mark.parametrize("lang,type", [("sl", "standard"), ("hr", "standard"), ("sr", "standard"),
                                       ("sl", "nonstandard"), ("mk", "standard")])
def test_entry_columns_are_the_document_columns_of_classlas_pipeline(example, lang, type):
    for text in _texts(example):
        spans = nk.Article(article_id="x", paragraphs=tuple(text.split("\n\n"))).spans() if text != example.text \
            else example.spans()
        doc = lite.tokenizer(lang, type)(text)
        expected = ann_mod.document_columns(doc, text, spans)
        got = ann_mod._entry_columns(lite.tokenize(text, lang, type), text, spans)
        assert list(got) == list(expected)
        assert got == expected, (lang, type, text[:30])
        assert len(got["text"]) > 0


def test_an_empty_text_has_no_tokens():
    cols = ann_mod._entry_columns([], "", ())
    assert all(v == [] for v in cols.values()) and "article_id" not in cols


def test_import_newskit_loads_no_tokenizer():
    code = ("import sys, newskit\n"
            "heavy = [m for m in ('torch', 'classla', 'obeliks', 'regex', 'pycrfsuite', 'lemmagen3') if m in sys.modules]\n"
            "assert not heavy, heavy\n")
    subprocess.run([sys.executable, "-c", code], check=True, timeout=120)


def test_a_multi_word_token_goes_through_classlas_document():
    # none of the rule-based tokenizers makes one; should one appear, it is read as classla reads it
    text = "Daj mi ga."
    entries = [[{"id": (1,), "text": "Daj"}, {"id": (2, 3), "text": "mi"}, {"id": (2,), "text": "mi"},
                {"id": (3,), "text": "ga"}, {"id": 4, "text": "."}]]
    spans = nk.Article(article_id="x", paragraphs=(text,)).spans()
    cols = ann_mod._entry_columns(entries, text, spans)
    assert cols["token_id"] == [1, 2, 2, 4] and cols["word_id"] == [1, 2, 3, 4]
    assert cols["token"][1] == cols["token"][2] == "mi"
