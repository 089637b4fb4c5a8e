"""Pins :func:`newskit.quotes.find_quote_spans`, the pairing of quotation marks, case by case."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newskit.quotes import find_quote_spans

# (text, sentence starts) -> [(pieces, open_at, close_at)]
CASES = [
    ("Rekel je: »Gremo domov.« In odšel.", [0, 27], [([(11, 23)], 10, 23)]),
    ("»Gremo,« je rekel, »domov.«", [0], [([(1, 7)], 0, 7), ([(20, 26)], 19, 26)]),
    ("„Ne bom odstopil“, je dejal.", [0], [([(1, 16)], 0, 16)]),
    ('"Ne bom," je rekao. "Nikada."', [0, 20], [([(1, 8)], 0, 8), ([(21, 28)], 20, 28)]),
    ("“Tako je”, rekla je.", [0], [([(1, 8)], 0, 8)]),
    # the article's first guillemet sets their orientation: «...» here
    ("«Da», rekao je. «Ne».", [0, 16], [([(1, 3)], 0, 3), ([(17, 19)], 16, 19)]),
    ("Zaprto brez začetka.« Potem.", [0, 22], [([(22, 28)], 20, -1)]),
    # one level of nesting stays inside the top-level quotation
    ("»Zunaj »notranji« citat.«", [0], [([(1, 24)], 0, 24)]),
    # a quotation over two paragraphs: the second opens with a mark again; one piece a paragraph
    ("»Prvi odstavek.\n\n»Drugi odstavek.« Konec.", [0, 17], [([(1, 15), (18, 33)], 0, 33)]),
    # left open: it closes at its paragraph's end
    ("»Odprto brez konca.\n\nNov odstavek.", [0, 21], [([(1, 19)], 0, -1)]),
    ("Naslov »brez konca\nTelo članka.", [0, 19], [([(8, 18)], 7, -1)]),
    # a closing mark with nothing open: the quotation runs from its sentence's start
    ("Prej. Zaprto brez začetka,“ je rekel.", [0, 6], [([(6, 26)], -1, 26)]),
    ("Uvod. »Dva« in »tri«.", [0, 6], [([(7, 10)], 6, 10), ([(16, 19)], 15, 19)]),
    ('He said "a"b" c.', [0], [([(9, 10)], 8, 10), ([(11, 12)], -1, 12)]),
    ("Brez narekovajev.", [0], []),
    ("", [], []),
]


@pytest.mark.parametrize(("text", "starts", "want"), CASES, ids=[c[0][:24] or "empty" for c in CASES])
def test_find_quote_spans_pairs_marks(text, starts, want):
    got = [(q.pieces, q.open_at, q.close_at) for q in find_quote_spans(text, starts)]
    assert got == want


def test_span_properties():
    (q,) = find_quote_spans("»Prvi odstavek.\n\n»Drugi odstavek.« Konec.", [0, 17])
    assert (q.start, q.end, q.balanced) == (1, 33, True)
    (q,) = find_quote_spans("»Odprto brez konca.\n\nNov odstavek.", [0, 21])
    assert not q.balanced


@given(st.text(alphabet="ab .\n»«„“”\"", max_size=60))
def test_never_raises_and_pieces_lie_inside_the_text(text):
    starts = [0] + [i + 1 for i, c in enumerate(text) if c == "." and i + 1 < len(text)]
    for q in find_quote_spans(text, starts):
        assert q.pieces
        for s, e in q.pieces:
            assert 0 <= s < e <= len(text)
            assert not text[s].isspace() and not text[e - 1].isspace()
