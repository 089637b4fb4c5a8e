"""Quotation marks paired on the text, so that no tokenizer decision (a glued ``»Rusija``, a split
``Jong - un``) changes what is quoted.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

__all__ = ["QuoteSpan", "find_quote_spans", "is_quote_mark"]



_MARKS = "\"«»„“”‟＂"
_MARK_RE = re.compile("[" + re.escape(_MARKS) + "]")
_CLOSERS = {
    "„": "“”\"",
    "‟": "”“\"",
    "“": "”\"“",
    "”": "”\"",
    "\"": "\"”“",
    "＂": "＂\"",
}


def is_quote_mark(s: str) -> bool:
    """True for a token made only of double quotation marks (``»``, ``"``, ``“”``)."""
    return bool(s) and all(c in _MARKS for c in s)


@dataclass
class QuoteSpan:
    """A top-level quotation: ``pieces`` are the quoted characters, one piece per paragraph it spans.

    ``open_at`` / ``close_at`` are the offsets of its marks (-1 when the mark is missing: an unbalanced
    quote, taken to run from its sentence's start or to its paragraph's end).
    """

    pieces: list[tuple[int, int]]
    open_at: int
    close_at: int

    @property
    def start(self) -> int:
        return self.pieces[0][0]

    @property
    def end(self) -> int:
        return self.pieces[-1][1]

    @property
    def balanced(self) -> bool:
        return self.open_at >= 0 and self.close_at >= 0


def find_quote_spans(text: str, sentence_starts: list[int]) -> list[QuoteSpan]:
    """Pair the double quotation marks of ``text`` into top-level quotations.

    Handles »...« and «...» (the orientation the article uses first), „...“, "...", “...”,
    quotations nested one level inside another, and unbalanced marks: an opening mark left open
    closes at the end of its paragraph, unless the next paragraph opens with a mark again (the
    convention for a quotation over several paragraphs); a closing mark with nothing open closes
    a quotation that starts at its sentence's beginning. ``sentence_starts`` are the sorted
    offsets where sentences begin. Never raises on any text.
    """
    marks = [(m.start(), m.group()) for m in _MARK_RE.finditer(text)]
    if not marks:
        return []
    n = len(text)
    first_guillemet = next((c for _, c in marks if c in "»«"), "»")
    g_open, g_close = ("»", "«") if first_guillemet == "»" else ("«", "»")
    newlines = [m.start() for m in re.finditer("\n", text)]

    def para_end(pos: int) -> int:
        k = bisect.bisect_left(newlines, pos)
        return newlines[k] if k < len(newlines) else n

    def role(pos: int, c: str) -> str:
        if c in "„‟" or c == g_open:
            return "open"
        if c == g_close:
            return "close"
        before = text[pos - 1] if pos > 0 else " "
        after = text[pos + 1] if pos + 1 < n else " "
        space_before = before.isspace() or before in "([{—–-/" or pos == 0
        space_after = after.isspace() or after in ".,;:!?)]}…" or pos + 1 >= n
        if space_before and not space_after:
            return "open"
        if space_after and not space_before:
            return "close"
        return "either"

    def compatible(opener: str, closer: str) -> bool:
        if opener == g_open:
            return closer == g_close
        return closer in _CLOSERS.get(opener, "")

    spans: list[QuoteSpan] = []
    stack: list[tuple[str, int]] = []
    pieces: list[tuple[int, int]] = []
    piece_start = 0
    open_at = -1
    last_pos = -1

    def sentence_start(pos: int) -> int:
        k = bisect.bisect_right(sentence_starts, pos) - 1
        start = sentence_starts[k] if k >= 0 else 0
        k2 = bisect.bisect_left(newlines, pos) - 1
        if k2 >= 0 and newlines[k2] >= start:
            start = newlines[k2] + 1
        return start

    def sentence_index(pos: int) -> int:
        return bisect.bisect_right(sentence_starts, pos) - 1

    def headline_end(pos: int) -> int:
        """End of the sentence at ``pos`` when it stops without final punctuation (a headline or an
        intertitle), else -1."""
        k = sentence_index(pos)
        if k < 0 or k + 1 >= len(sentence_starts):
            return -1
        end = sentence_starts[k + 1]
        j = end - 1
        while j > pos and (text[j].isspace() or text[j] in _MARKS):
            j -= 1
        return -1 if text[j] in ".!?…:;," else j + 1

    for pos, c in marks:
        if stack and open_at >= 0 and sentence_index(pos) > sentence_index(open_at) and len(stack) == 1:
            he = headline_end(open_at)
            if 0 <= he <= pos and not text[he:pos].strip(_MARKS + " \n").endswith(tuple(".!?")) and role(pos, c) != "close" \
                    and he < pos:
                # an opening mark left open in a headline: the quotation is the headline
                pieces.append((piece_start, he))
                spans.append(QuoteSpan(pieces, open_at, -1))
                pieces, stack = [], []
        if stack and last_pos >= 0:
            pe = para_end(last_pos)
            if pe < pos:  # the quotation is still open at a paragraph's end
                rest = text[pe:pos]
                if not rest.strip() and role(pos, c) != "close":
                    pieces.append((piece_start, pe))
                    piece_start = pos + 1
                    stack = [(c if c != g_close else g_open, pos)]
                    last_pos = pos
                    continue
                pieces.append((piece_start, pe))
                spans.append(QuoteSpan(pieces, open_at, -1))
                pieces, stack = [], []
        last_pos = pos
        r = role(pos, c)
        if stack:
            top_char = stack[-1][0]
            if r != "open" and compatible(top_char, c):
                stack.pop()
                if not stack:
                    pieces.append((piece_start, pos))
                    spans.append(QuoteSpan(pieces, open_at, pos))
                    pieces = []
                continue
            deeper = [k for k in range(len(stack) - 1) if compatible(stack[k][0], c)]
            if r != "open" and deeper:
                del stack[deeper[-1]:]
                if not stack:
                    pieces.append((piece_start, pos))
                    spans.append(QuoteSpan(pieces, open_at, pos))
                    pieces = []
                continue
            if r != "close" and len(stack) < 3:
                stack.append((c, pos))
            continue
        if r == "close":
            start = max(sentence_start(pos), spans[-1].close_at + 1 if spans else 0)
            if text[start:pos].strip():
                spans.append(QuoteSpan([(start, pos)], -1, pos))
            continue
        stack = [(c, pos)]
        open_at = pos
        piece_start = pos + 1
        pieces = []
    if stack:
        pieces.append((piece_start, para_end(last_pos)))
        spans.append(QuoteSpan(pieces, open_at, -1))
    # Trim white space inside each piece and drop empty ones.
    out = []
    for span in spans:
        trimmed = []
        for s, e in span.pieces:
            while s < e and text[s].isspace():
                s += 1
            while e > s and text[e - 1].isspace():
                e -= 1
            if e > s:
                trimmed.append((s, e))
        if trimmed:
            out.append(QuoteSpan(trimmed, span.open_at, span.close_at))
    return out
