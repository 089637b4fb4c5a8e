"""The one quotation-mark pairer (:func:`newskit.quotes.marks.pair_quote_marks`) that the quote
extractor (through :func:`~newskit.quotes.marks.find_quote_spans`) and :func:`newskit.scare_quotes`
share, and the texts it pairs on when only tokens are at hand."""

from __future__ import annotations

import re

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newskit as nk
from newskit.article import Article
from newskit.quotes.marks import MarkPair, find_quote_spans, pair_quote_marks, pairing_texts, rebuild_text
from newskit.schemas import QUOTES, TOKENS, conform


def pairs(text: str) -> list[tuple[int, int, int]]:
    starts = [0] + [m.end() for m in re.finditer(r"[.!?] ", text)]
    return [(p.open_at, p.close_at, p.depth) for p in pair_quote_marks(text, starts)]


# --- pair_quote_marks ----------------------------------------------------------------------------------


def test_nested_pairs_follow_their_top_level_pair():
    text = "»Zunaj »notranji« in „drugi“ citat.«"
    assert pairs(text) == [(0, 35, 0), (7, 16, 1), (21, 27, 1)]
    top, first, second = pair_quote_marks(text, [0])
    assert top.pieces == [(1, 35)] and first.pieces == [(8, 16)] and second.pieces == [(22, 27)]
    assert all(p.balanced for p in (top, first, second))


def test_two_levels_of_nesting():
    assert pairs("»a „b »c« d“ e«") == [(0, 14, 0), (3, 11, 1), (6, 8, 2)]


def test_a_straight_mark_opening_inside_a_straight_quotation_nests():
    # "..." inside "...": the marks' sides (a space before, a letter after) tell opening from closing
    assert pairs('"Boj proti "terorju" bomo dobili," je dejal.') == [(0, 33, 0), (11, 19, 1)]


def test_guillemets_take_the_orientation_the_article_uses_first():
    assert pairs("Rekel je »da« in »ne«.") == [(9, 12, 0), (17, 20, 0)]
    assert pairs("Rekao je «da» i «ne».") == [(9, 12, 0), (16, 19, 0)]
    # in a »...« article, a « opens nothing
    assert pairs("»Da«, je rekel. Nato «ne.") == [(0, 3, 0), (-1, 21, 0)]


def test_unbalanced_marks():
    # an opening mark never closed runs to its paragraph's end; a quotation nested in it is still paired
    assert pairs("„Ne bomo odstopili, je dejal. Boj proti „terorju“ traja.") == [(0, -1, 0), (40, 48, 1)]
    # a closing mark with nothing open closes a quotation from its sentence's start
    assert pairs("Ne bomo odstopili,“ je dejal. Boj proti „terorju“.") == [(-1, 18, 0), (40, 48, 0)]
    # a nested mark left open runs to where its quotation closes
    (top, inner) = pair_quote_marks("»Zunaj „notranji citat.«", [0])
    assert (inner.open_at, inner.close_at, inner.depth, inner.pieces) == (7, -1, 1, [(8, 23)])
    assert top.balanced and not inner.balanced


def test_a_quotation_over_two_paragraphs_is_one_pair():
    text = "»Prvi odstavek „odprt.\n\n»Drugi odstavek.« Konec."
    (top, inner) = pair_quote_marks(text, [0, 25])
    assert (top.open_at, top.close_at, top.depth, top.pieces) == (0, 40, 0, [(1, 22), (25, 40)])
    # the mark that reopens the quotation belongs to no pair; the nested one is left at the paragraph's end
    assert (inner.open_at, inner.close_at, inner.pieces) == (15, -1, [(16, 22)])


def test_single_marks_pair_as_quotation_marks():
    assert pairs("'Ne gre', je rekel. ‚Ne‘ in ‘da’.") == [(0, 7, 0), (20, 23, 0), (28, 31, 0)]
    # a quotation in single marks over two sentences of one paragraph
    assert pairs("'Prvi stavek. Drugi stavek', je rekel.") == [(0, 26, 0)]
    # ›...‹ in an article of »...«, ‹...› in one of «...»
    assert pairs("›Ne‹ in »da«.") == [(0, 3, 0), (8, 11, 0)]
    assert pairs("‹Ne› i «da».") == [(0, 3, 0), (7, 10, 0)]


def test_apostrophes_primes_and_elisions_are_no_marks():
    assert pairs("Kim Jong-un's sister, O'Brien, Jong-un’s, rek'o.") == []
    # an elision or a year opens nothing that closes; a prime after a digit closes nothing
    assert pairs("'ajde, to su bila '90-ih i ’99, gol u 45' i 90'.") == []
    # an apostrophe inside a word does not close a single mark opened before it
    assert pairs("'Kim Jong-un's sister', rekel je.") == [(0, 21, 0)]
    # an opening mark that never closes in its paragraph pairs with nothing, unlike a double one
    assert pairs("'Odprto brez konca.\n\nDrugi 'odstavek'.") == [(27, 36, 0)]


def test_single_marks_nest_inside_double_quoted_quotations_and_hold_them():
    text = "»Boj proti 'terorju' bomo dobili,« je dejal."
    assert pairs(text) == [(0, 33, 0), (11, 19, 1)]
    top, inner = pair_quote_marks(text, [0])
    assert top.pieces == [(1, 33)] and inner.pieces == [(12, 19)]
    assert pairs('"Boj proti \'terorju\' bomo dobili," je dejal.') == [(0, 33, 0), (11, 19, 1)]
    # a quotation in single marks holding a double-quoted one: the double pair nests in it
    assert pairs("'Rekel je \"ne\" in odšel', je povedal.") == [(0, 23, 0), (10, 13, 1)]
    # a pair crossing a double mark is no pair
    assert pairs("'Rekel je \"ne' in odšel\".") == [(10, 23, 0)]


def test_find_quote_spans_is_the_top_level_pairs():
    text = "Uvod. »Dva »tri« štiri« in „“ pet. Konec,“ je rekel."
    starts = [0, 6, 35]
    spans = [(q.pieces, q.open_at, q.close_at) for q in find_quote_spans(text, starts)]
    top = [(p.pieces, p.open_at, p.close_at) for p in pair_quote_marks(text, starts) if p.depth == 0 and p.pieces]
    assert spans == top
    # an empty quotation is a pair but no span
    assert MarkPair(27, 28, 0, []) in pair_quote_marks(text, starts)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab .\n»«„“”\"'‚‘’›‹1", max_size=60))
def test_pairs_lie_inside_the_text_and_close_after_they_open(text):
    starts = [0] + [i + 1 for i, c in enumerate(text) if c == "." and i + 1 < len(text)]
    found = pair_quote_marks(text, starts)
    assert [(q.pieces, q.open_at, q.close_at) for q in find_quote_spans(text, starts)] == [
        (p.pieces, p.open_at, p.close_at) for p in found if p.depth == 0 and p.pieces]
    for p in found:
        assert 0 <= p.depth <= 2
        assert p.open_at >= 0 or p.close_at >= 0
        assert p.open_at < 0 or text[p.open_at] in "»«„“”\"'‚‘’›‹"
        assert p.close_at < 0 or text[p.close_at] in "»«„“”\"'‚‘’›‹"
        if p.balanced:
            assert p.open_at < p.close_at
        for s, e in p.pieces:
            assert 0 <= s < e <= len(text)


# --- the texts paired when only tokens are at hand -------------------------------------------------------

TOKEN = st.tuples(st.integers(-2, 40), st.integers(0, 6), st.text(alphabet="ab »«„“”\"'‚‘’›‹1%.,:!\n", max_size=5),
                  st.integers(0, 3))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(TOKEN, max_size=12), max_size=5), st.booleans())
def test_pairing_texts_pair_as_the_rebuilt_texts(articles, in_order):
    starts, ends, forms, paragraphs, lo, hi = [], [], [], [], [], []
    for tokens in articles:
        lo.append(len(starts))
        pos = 0
        for s, w, f, p in tokens:
            if in_order:  # tokens one after the other, as annotators give them
                s = pos + s % 4
                e = pos = s + w
            else:  # any offsets: overlapping, backwards, negative
                e = s + w - 2
            starts.append(s)
            ends.append(e)
            forms.append(f)
            paragraphs.append(p)
        hi.append(len(starts))
    vocabulary = sorted(set(forms))
    got = pairing_texts(np.array(starts, dtype=np.int64), np.array(ends, dtype=np.int64),
                        np.array([vocabulary.index(f) for f in forms], dtype=np.int64), vocabulary,
                        np.array(paragraphs, dtype=np.int64), np.array(lo, dtype=np.int64), np.array(hi, dtype=np.int64))
    assert len(got) == len(articles)
    for k, text in enumerate(got):
        a, b = lo[k], hi[k]
        rebuilt = rebuild_text(starts[a:b], ends[a:b], forms[a:b], paragraphs[a:b])
        assert len(text) == len(rebuilt)
        assert all(x == y or x == "x" for x, y in zip(text, rebuilt, strict=True))
        sentence_starts = sorted({0} | {i + 1 for i, c in enumerate(rebuilt) if c == "."})
        assert pair_quote_marks(text, sentence_starts) == pair_quote_marks(rebuilt, sentence_starts)


def test_rebuild_text_puts_tokens_at_their_offsets():
    assert rebuild_text([0, 4, 11], [3, 9, 12], ["Boj", "proti", "."], [0, 0, 1]) == "Boj proti\n\n."
    # the other words of a multi-word token share its span and are skipped; a form is fitted to its span
    assert rebuild_text([0, 0, 0, 4], [3, 3, 3, 6], ["ob", "o", "b", "xyz"], [0, 0, 0, 0]) == "ob  xy"
    assert rebuild_text([], [], [], []) == ""


# --- scare_quotes pairs as the extractor does -----------------------------------------------------------


def article_tokens(article_id: str, paragraphs: list[str]) -> tuple[pd.DataFrame, str]:
    """A TOKENS table of ``paragraphs`` (sentences end at . ! ?; words and marks are tokens), and its text."""
    text = "\n\n".join(paragraphs)
    rows = []
    sentence = 0
    par_start = 0
    for par, body in enumerate(paragraphs):
        for m in re.finditer(r"\w+|[^\w\s]", body):
            s = par_start + m.start()
            rows.append({
                "article_id": article_id, "part": "body", "paragraph": par, "sentence": sentence,
                "token_id": len(rows) + 1, "word_id": len(rows) + 1, "token": m.group(), "text": m.group(),
                "lemma": m.group().lower(), "upos": "PUNCT" if not m.group()[0].isalnum() else "NOUN", "ner": "O",
                "start_char": s, "end_char": s + len(m.group()),
                "space_after": text[s + len(m.group()):s + len(m.group()) + 1].isspace(),
            })
            if m.group() in ".!?":
                sentence += 1
        sentence += 1
        par_start += len(body) + 2
    return conform(rows, TOKENS), text


def scare(paragraphs: list[str], quotes: list[dict] | None = None, *, with_text: bool = False) -> list[tuple[str, str]]:
    tokens, text = article_tokens("a", paragraphs)
    groups = [Article(article_id="a", paragraphs=tuple(paragraphs), outlet="A")] if with_text else {"a": "A"}
    if with_text:
        assert groups[0].text == text
    table = nk.scare_quotes(tokens, groups, quotes=conform(quotes or [], QUOTES))
    for row in table.itertuples():
        assert text[row.start_char:row.end_char] == row.text
    return list(zip(table["text"], table["kind"], strict=True))


def quote(text: str, fragment_of: str, **row) -> dict:
    start = text.index(fragment_of)
    base = {"quote_id": 1, "article_id": "a", "kind": "direct", "text": fragment_of, "start_char": start,
            "end_char": start + len(fragment_of), "spans": f"{start}:{start + len(fragment_of)}", "speaker": None,
            "speaker_type": "unknown", "cue": None, "cue_stance": None, "source": None, "sentence_start": 0,
            "sentence_end": 0, "rule": "test", "confidence": 1.0}
    base.update(row)
    return base


@pytest.mark.parametrize("with_text", [False, True], ids=["rebuilt", "article text"])
def test_a_scare_quote_nested_inside_a_direct_quote(with_text):
    # "..." inside "...": pairing each kind of mark in turn took "Boj proti" for the fragment
    par = '"Boj proti "teroristom" bomo dobili," je dejal minister.'
    assert scare([par], with_text=with_text) == [("teroristom", "scare")]
    inside = quote(par, 'Boj proti "teroristom" bomo dobili', speaker="minister", cue="dejati", speaker_type="person")
    assert scare([par], [inside], with_text=with_text) == [("teroristom", "partial")]
    # „...“ inside „...“
    assert scare(["„Rusija in „specialna operacija“ sta eno,“ je rekel."], with_text=with_text) == [
        ("specialna operacija", "scare")]
    # a quotation that is only a nested one is listed once, as the nested one
    assert scare(["Imenovali so ga »„Podvig“« in odšli."], with_text=with_text) == [("Podvig", "scare")]


@pytest.mark.parametrize("with_text", [False, True], ids=["rebuilt", "article text"])
def test_guillemets_either_way_round(with_text):
    assert scare(["Boj proti »teroristom« traja."], with_text=with_text) == [("teroristom", "scare")]
    assert scare(["Borba protiv «terorista» traje."], with_text=with_text) == [("terorista", "scare")]


@pytest.mark.parametrize("with_text", [False, True], ids=["rebuilt", "article text"])
def test_unbalanced_marks_do_not_shift_the_pairs(with_text):
    # an opening mark never closed: the fragment after it in its paragraph is still found
    assert scare(["„Ne bomo odstopili, je dejal. Boj proti „teroristom“ traja."], with_text=with_text) == [
        ("teroristom", "scare")]
    # a closing mark with nothing open
    assert scare(["Ne bomo odstopili,“ je dejal. Boj proti „teroristom“ traja."], with_text=with_text) == [
        ("teroristom", "scare")]
    # marks that pair with nothing give no fragment
    assert scare(['"a b', "c « d", "»"], with_text=with_text) == []


@pytest.mark.parametrize("with_text", [False, True], ids=["rebuilt", "article text"])
def test_a_quote_over_two_paragraphs(with_text):
    paragraphs = ["»Vojna proti „nacistom“ se nadaljuje.", "»Zmagali bomo,« je dejal Putin."]
    # the quotation over both paragraphs is no fragment; the one nested in its first paragraph is
    assert scare(paragraphs, with_text=with_text) == [("nacistom", "scare")]
    text = "\n\n".join(paragraphs)
    first, second = text.index("Vojna"), text.index("Zmagali")
    statement = quote(text, "Vojna", kind="direct", speaker="Vladimir Putin", speaker_type="person", cue="dejati",
                      end_char=text.index(",«"), spans=f"{first}:{text.index('.')};{second}:{text.index(',«')}")
    assert scare(paragraphs, [statement], with_text=with_text) == [("nacistom", "partial")]


@pytest.mark.parametrize("with_text", [False, True], ids=["rebuilt", "article text"])
def test_scare_quotes_in_single_marks(with_text):
    assert scare(["Boj proti 'teroristom' traja."], with_text=with_text) == [("teroristom", "scare")]
    assert scare(["„Boj proti ‚teroristom‘ traja,“ je rekel."], with_text=with_text) == [("teroristom", "scare")]
    # apostrophes pair with nothing
    assert scare(["O'Brien in Jong-un's 'ajde, leta '90."], with_text=with_text) == []
