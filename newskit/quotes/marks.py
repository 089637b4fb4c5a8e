"""Quotation marks paired on the text, so that no tokenizer decision (a glued ``»Rusija``, a split
``Jong - un``) changes what is quoted.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

__all__ = ["QUOTE_MARKS", "SINGLE_QUOTE_MARKS", "MarkPair", "QuoteSpan", "find_quote_spans", "is_quote_mark",
           "is_single_mark", "pair_quote_marks", "pairing_texts", "rebuild_text"]


_MARKS = "\"«»„“”‟＂"
#: The double quotation marks, paired wherever they stand.
QUOTE_MARKS = _MARKS
#: The single quotation marks (``'...'``, ``‚...‘``, ``‘...’``, ``›...‹``): paired only where a pair
#: of them closes, since ``'`` and ``’`` are also the apostrophe (``O'Brien``, ``'ajde``, ``'90-ih``).
SINGLE_QUOTE_MARKS = "'‚‘’‹›"
_SINGLE_RE = re.compile("[" + re.escape(SINGLE_QUOTE_MARKS) + "]+")
_DIGITS = "0123456789"
#: What stands before an opening mark / after a closing one, besides white space.
_BEFORE_OPEN = "([{—–-/"
_AFTER_CLOSE = ".,;:!?)]}…"
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


def is_single_mark(s: str) -> bool:
    """True for a token made only of single quotation marks (``'``, ``‚``, ``’``): a quotation mark
    where :func:`pair_quote_marks` pairs it, else an apostrophe or a prime."""
    return bool(s) and all(c in SINGLE_QUOTE_MARKS for c in s)


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


@dataclass
class MarkPair:
    """One pair of quotation marks: ``open_at`` / ``close_at`` are the offsets of its marks (-1 when
    the mark is missing), ``depth`` is 0 for a top-level quotation and 1 or 2 for one nested inside
    it, ``pieces`` are the quoted characters without the white space at their ends (one piece per
    paragraph a top-level quotation spans; a nested one never leaves its paragraph), empty when
    nothing but white space lies between the marks.

    A nested mark left open runs to where its quotation is left (a mark of the outer quotation that
    closes, or the paragraph's end).
    """

    open_at: int
    close_at: int
    depth: int
    pieces: list[tuple[int, int]]

    @property
    def balanced(self) -> bool:
        return self.open_at >= 0 and self.close_at >= 0


def _trimmed(text: str, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out = []
    for s, e in pieces:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out


def pair_quote_marks(text: str, sentence_starts: list[int]) -> list[MarkPair]:
    """Pair the quotation marks of ``text``: every quotation, top-level and nested.

    Double marks: »...« and «...» (the orientation the article uses first), „...“, "...", “...”,
    quotations nested up to two levels inside another, and unbalanced marks: an opening mark left
    open closes at the end of its paragraph, unless the next paragraph opens with a mark again (the
    convention for a quotation over several paragraphs: one pair from the first opening mark to the
    last closing one, the marks that reopen it belong to no pair); a closing mark with nothing open
    closes a quotation that starts at its sentence's beginning; an opening mark left open in a
    headline (a sentence without final punctuation) closes at the headline's end.

    Single marks (``'...'``, ``‚...‘``, ``‘...’``, ``›...‹`` / ``‹...›`` as the guillemets go): only a
    pair that closes within its paragraph, and within the quotation it stands in, is a quotation
    (nested in a double-quoted one, or top-level, then holding the double-quoted ones inside it); a
    mark left unpaired is an apostrophe. Never a mark: one between two word characters
    (``O'Brien``, ``Jong-un’s``), one after a digit (a prime: ``45'``), one before a two-digit year
    (``'90-ih``).

    ``sentence_starts`` are the sorted offsets where sentences begin. Never raises on any text.

    Returns:
        The pairs in text order of their top-level quotation, each top-level pair followed by the
        pairs nested inside it (by opening offset).

    Example:
        >>> [(p.open_at, p.close_at, p.depth) for p in pair_quote_marks('»Boj proti "terorju"«.', [0])]
        [(0, 20, 0), (11, 19, 1)]
        >>> [(p.open_at, p.close_at, p.depth) for p in pair_quote_marks("'Ne', je rekel O'Brien.", [0])]
        [(0, 3, 0)]
    """
    doubles = _double_pairs(text, sentence_starts)
    if not _SINGLE_RE.search(text):
        return doubles
    return _with_single_pairs(text, doubles)


def _double_pairs(text: str, sentence_starts: list[int]) -> list[MarkPair]:
    """The pairs of double quotation marks (see :func:`pair_quote_marks`)."""
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

    # Top-level quotations as found, untrimmed: (pieces, open_at, close_at, nested pairs).
    tops: list[tuple[list[tuple[int, int]], int, int, list[MarkPair]]] = []
    nested: list[MarkPair] = []
    stack: list[tuple[str, int]] = []
    pieces: list[tuple[int, int]] = []
    piece_start = 0
    open_at = -1
    last_pos = -1

    def leave(entries: list[tuple[str, int]], depth: int, at: int) -> None:
        """Nested marks left open where their quotation is left, at ``at``."""
        for k, (_, p) in enumerate(entries, start=depth):
            nested.append(MarkPair(p, -1, k, [(p + 1, at)]))

    def close_top(close_at: int) -> None:
        nonlocal pieces, nested
        tops.append((pieces, open_at, close_at, nested))
        pieces, nested = [], []

    for pos, c in marks:
        if stack and open_at >= 0 and sentence_index(pos) > sentence_index(open_at) and len(stack) == 1:
            he = headline_end(open_at)
            if 0 <= he <= pos and not text[he:pos].strip(_MARKS + " \n").endswith(tuple(".!?")) and role(pos, c) != "close" \
                    and he < pos:
                # an opening mark left open in a headline: the quotation is the headline
                pieces.append((piece_start, he))
                close_top(-1)
                stack = []
        if stack and last_pos >= 0:
            pe = para_end(last_pos)
            if pe < pos:  # the quotation is still open at a paragraph's end
                rest = text[pe:pos]
                leave(stack[1:], 1, pe)
                if not rest.strip() and role(pos, c) != "close":
                    pieces.append((piece_start, pe))
                    piece_start = pos + 1
                    stack = [(c if c != g_close else g_open, pos)]
                    last_pos = pos
                    continue
                nxt = pe + len(rest) - len(rest.lstrip())
                if len(stack) == 1 and role(pos, c) != "open" and compatible(stack[0][0], c) \
                        and "\n" not in text[nxt:pos]:
                    # the next paragraph ends the quotation with a closing mark and opens none (the
                    # reopening mark left out): one quotation over both, not two
                    pieces.append((piece_start, pe))
                    piece_start = nxt
                    stack = stack[:1]
                else:
                    pieces.append((piece_start, pe))
                    close_top(-1)
                    stack = []
        last_pos = pos
        r = role(pos, c)
        if stack:
            top_char = stack[-1][0]
            if r != "open" and compatible(top_char, c):
                _, opened = stack.pop()
                if stack:
                    nested.append(MarkPair(opened, pos, len(stack), [(opened + 1, pos)]))
                else:
                    pieces.append((piece_start, pos))
                    close_top(pos)
                continue
            deeper = [k for k in range(len(stack) - 1) if compatible(stack[k][0], c)]
            if r != "open" and deeper:
                k = deeper[-1]
                leave(stack[k + 1:], k + 1, pos)
                if k:
                    nested.append(MarkPair(stack[k][1], pos, k, [(stack[k][1] + 1, pos)]))
                del stack[k:]
                if not stack:
                    pieces.append((piece_start, pos))
                    close_top(pos)
                continue
            if r != "close" and len(stack) < 3:
                stack.append((c, pos))
            continue
        if r == "close":
            start = max(sentence_start(pos), tops[-1][2] + 1 if tops else 0)
            if text[start:pos].strip():
                pieces = [(start, pos)]
                open_at = -1
                close_top(pos)
            continue
        stack = [(c, pos)]
        open_at = pos
        piece_start = pos + 1
        pieces = []
        nested = []
    if stack:
        leave(stack[1:], 1, para_end(last_pos))
        pieces.append((piece_start, para_end(last_pos)))
        close_top(-1)
    out: list[MarkPair] = []
    for top_pieces, top_open, top_close, inner in tops:
        out.append(MarkPair(top_open, top_close, 0, _trimmed(text, top_pieces)))
        for p in sorted(inner, key=lambda p: p.open_at):
            out.append(MarkPair(p.open_at, p.close_at, p.depth, _trimmed(text, p.pieces)))
    return out


def _wordy(c: str) -> bool:
    """A character of a word (a letter, a digit, ``%``): no white space, mark or punctuation."""
    return not c.isspace() and c not in _MARKS and c not in SINGLE_QUOTE_MARKS and c not in _BEFORE_OPEN \
        and c not in _AFTER_CLOSE


def _single_candidates(text: str) -> list[tuple[int, str, str]]:
    """The single marks of ``text`` that may be quotation marks: (offset, kind, role), the role
    ``open``, ``close`` or ``either`` read from the characters on each side, as for double marks."""
    n = len(text)
    first_guillemet = next((c for c in text if c in "»«"), "»")
    s_open, s_close = ("›", "‹") if first_guillemet == "»" else ("‹", "›")
    out: list[tuple[int, str, str]] = []
    for m in _SINGLE_RE.finditer(text):
        run, pos, end = m.group(), m.start(), m.end()
        if len(run) > 1 and run != "''":
            continue  # ’' or ‘’: nothing to read
        c = run[0]
        before = text[pos - 1] if pos > 0 else " "
        after = text[end] if end < n else " "
        if _wordy(before) and _wordy(after):
            continue  # an apostrophe inside a word: O'Brien, Jong-un’s, rek'o
        if c in "'’" and before in _DIGITS:
            continue  # a prime: 45', 19''
        if len(run) == 1 and c in "'’‘" and not _wordy(before) and text[end:end + 2].isdigit() and len(text[end:end + 2]) == 2 \
                and not text[end + 2:end + 3].isdigit():
            continue  # a year: '90-ih, ’99
        kind = "''" if len(run) == 2 else ("›‹" if c in "›‹" else "'")
        if c == "‚":
            role = "open"
        elif c in "›‹":
            role = "open" if c == s_open else "close"
        else:
            space_before = before.isspace() or before in _BEFORE_OPEN or before in _MARKS or pos == 0
            space_after = after.isspace() or after in _AFTER_CLOSE or after in _MARKS or end >= n
            role = "open" if space_before and not space_after else "close" if space_after and not space_before else "either"
        out.append((pos, kind, role))
    return out


def _with_single_pairs(text: str, doubles: list[MarkPair]) -> list[MarkPair]:
    """``doubles`` (the double pairs, in :func:`pair_quote_marks`' order) with the single pairs added."""
    candidates = _single_candidates(text)
    if not candidates:
        return doubles
    newlines = [m.start() for m in re.finditer("\n", text)]
    # Where each candidate stands: the innermost double pair around it (its index, or -1), and its paragraph.
    regions = []
    for k, p in enumerate(doubles):
        if not p.pieces and not p.balanced:
            continue
        lo = p.open_at if p.open_at >= 0 else p.pieces[0][0] - 1
        hi = p.close_at if p.close_at >= 0 else p.pieces[-1][1]
        regions.append((lo, hi, p.depth, k))
    by_context: dict[tuple[int, int], list[tuple[int, str, str]]] = {}
    for pos, kind, role in candidates:
        inside = [(d, k) for lo, hi, d, k in regions if lo < pos < hi]
        ctx = max(inside)[1] if inside else -1
        by_context.setdefault((ctx, bisect.bisect_left(newlines, pos)), []).append((pos, kind, role))
    # Pair within each context; openers never closed are apostrophes.
    found: list[tuple[int, int, int]] = []  # (open, close, context)
    for (ctx, _), marks in by_context.items():
        stack: list[tuple[str, int]] = []
        for pos, kind, role in marks:
            if role != "open":
                k = next((k for k in range(len(stack) - 1, -1, -1) if stack[k][0] == kind), -1)
                if k >= 0:
                    found.append((stack[k][1], pos, ctx))
                    del stack[k:]
                    continue
                if role == "close":
                    continue
            stack.append((kind, pos))
    if not found:
        return doubles
    # The groups of the output: a top-level pair and the pairs nested in it.
    groups: list[list[MarkPair]] = []
    group_of: dict[int, int] = {}
    for k, p in enumerate(doubles):
        if p.depth == 0:
            groups.append([])
        groups[-1].append(p)
        group_of[k] = len(groups) - 1

    def within(o: int, c: int, ctx: int) -> int:
        """How many single pairs of context ``ctx`` hold the offsets o..c."""
        return sum(1 for o2, c2, x in found if x == ctx and o2 < o and c < c2)

    def pair(o: int, c: int, depth: int) -> MarkPair:
        return MarkPair(o, c, depth, _trimmed(text, [(o + (2 if text.startswith("''", o) else 1), c)]))

    tops: list[tuple[int, list[MarkPair]]] = []  # (position, group) of the top-level single pairs
    moved: set[int] = set()
    for o, c, ctx in sorted(found):
        if ctx >= 0:
            depth = doubles[ctx].depth + 1 + within(o, c, ctx)
            if depth <= 2:
                groups[group_of[ctx]].append(pair(o, c, depth))
            continue
        depth = within(o, c, -1)
        if depth:  # inside a top-level single pair (kept if that one is, and holding no double marks)
            holder = [m for _, m in tops if m[0].open_at < o and c < m[0].close_at]
            if holder and depth <= 2 and not any(o < r[0] < c for r in regions):
                holder[0].append(pair(o, c, depth))
            continue
        # a top-level single pair: the double-quoted quotations inside it nest in it
        held = []
        crossing = False
        for g, members in enumerate(groups):
            t = members[0]
            lo = t.open_at if t.open_at >= 0 else (t.pieces[0][0] if t.pieces else t.close_at)
            hi = t.close_at if t.close_at >= 0 else (t.pieces[-1][1] if t.pieces else t.open_at)
            if lo < c and hi > o:
                if o < lo and hi < c and t.balanced:
                    held.append(g)
                else:
                    crossing = True
        if crossing or any(m.depth + within(m.open_at, m.close_at, -1) > 2 for g in held for m in groups[g]):
            continue
        members = [pair(o, c, 0)]
        for g in held:
            members += [MarkPair(m.open_at, m.close_at, m.depth + within(m.open_at, m.close_at, -1), m.pieces)
                        for m in groups[g]]
            moved.add(g)
        tops.append((o, members))
    out_groups = [(m[0].open_at if m[0].open_at >= 0 else (m[0].pieces[0][0] if m[0].pieces else m[0].close_at), m)
                  for g, m in enumerate(groups) if g not in moved]
    merged: list[list[MarkPair]] = []
    i = 0
    for at, members in tops:
        while i < len(out_groups) and out_groups[i][0] < at:
            merged.append(out_groups[i][1])
            i += 1
        merged.append(members)
    merged += [m for _, m in out_groups[i:]]
    out: list[MarkPair] = []
    for members in merged:
        out.append(members[0])
        out += sorted(members[1:], key=lambda p: p.open_at)
    return out


def find_quote_spans(text: str, sentence_starts: list[int]) -> list[QuoteSpan]:
    """Pair the quotation marks of ``text`` into top-level quotations.

    The top-level pairs of :func:`pair_quote_marks` (which see for the rules) that quote anything
    but white space; a nested quotation stays inside its top-level one. ``sentence_starts`` are the
    sorted offsets where sentences begin. Never raises on any text.
    """
    return [QuoteSpan(p.pieces, p.open_at, p.close_at)
            for p in pair_quote_marks(text, sentence_starts) if p.depth == 0 and p.pieces]


def rebuild_text(start: Sequence[int], end: Sequence[int], forms: Sequence[str], paragraphs: Sequence[int]) -> str:
    """An article's text from its tokens' offsets: tokens at their start, spaces and newlines between.

    The text the quotation marks are paired on when the article itself is not at hand: each token
    where its offsets put it (cut or padded with spaces to its span), spaces between tokens and two
    newlines where a paragraph begins. The other words of a multi-word token, which share its span,
    are skipped.

    Example:
        >>> rebuild_text([0, 4, 11], [3, 9, 12], ["Boj", "proti", "."], [0, 0, 1])
        'Boj proti\\n\\n.'
    """
    pieces: list[str] = []
    pos = 0
    prev_par = paragraphs[0] if len(paragraphs) else 0
    for s, e, f, p in zip(start, end, forms, paragraphs, strict=True):
        if s < pos or e < s:
            continue  # the other words of a multi-word token share its span
        gap = s - pos
        if gap:
            pieces.append("\n\n" + " " * (gap - 2) if p != prev_par and gap >= 2 and pos else " " * gap)
        pieces.append(f if len(f) == e - s else (f + " " * (e - s))[: e - s])
        pos = e
        prev_par = p
    return "".join(pieces)


#: The characters :func:`pair_quote_marks` tells apart (besides white space, which it keeps).
_READ = frozenset(_MARKS + SINGLE_QUOTE_MARKS + _BEFORE_OPEN + _AFTER_CLOSE + _DIGITS)


def _sketch(form: str) -> str:
    return "".join(c if c in _READ or c.isspace() else "x" for c in form)


def pairing_texts(start: np.ndarray, end: np.ndarray, form_codes: np.ndarray, forms: Sequence[str],
                  paragraphs: np.ndarray, lo: np.ndarray, hi: np.ndarray) -> list[str]:
    """Texts that :func:`pair_quote_marks` pairs exactly as the :func:`rebuild_text` of each
    article, built for many articles at once without a Python loop over their tokens.

    Article ``k`` is the tokens ``lo[k]:hi[k]`` of the arrays (its tokens in order); a token's form is
    ``forms[form_codes[i]]``. Each text has the length, the white space, the quotation marks and the
    punctuation of the rebuilt one, with every other character written ``x``; offsets into it are
    offsets into the rebuilt text. An article whose offsets overlap in a way the rebuilding skips
    over token by token gets its :func:`rebuild_text` itself.
    """
    start = np.asarray(start, dtype=np.int64)
    end = np.asarray(end, dtype=np.int64)
    paragraphs = np.asarray(paragraphs, dtype=np.int64)
    form_codes = np.asarray(form_codes, dtype=np.int64)
    lo = np.asarray(lo, dtype=np.int64)
    hi = np.asarray(hi, dtype=np.int64)
    n_art = len(lo)
    if not n_art:
        return []
    sizes = hi - lo
    art = np.repeat(np.arange(n_art, dtype=np.int64), sizes)
    if int(lo[0]) == 0 and int(hi[-1]) == len(start) and bool(np.all(lo[1:] == hi[:-1])):
        idx = np.arange(len(start), dtype=np.int64)
        s, e, par, code = start, end, paragraphs, form_codes
    else:
        idx = _ranges(lo, sizes)
        s, e, par, code = start[idx], end[idx], paragraphs[idx], form_codes[idx]
    # pos before each token: the largest end of the tokens kept before it in its article (the kept
    # tokens' ends only grow, and a token skipped for starting inside them ends inside them too,
    # unless it sticks out: then the article is rebuilt token by token).
    valid = e >= s
    big = int(max(int(e.max(initial=0)), int(s.max(initial=0)))) + 2
    reach = np.maximum.accumulate(np.where(valid, e, 0) + art * big)
    before = np.empty(len(s), dtype=np.int64)
    if len(s):
        before[0] = -1
        before[1:] = reach[:-1]
    pos = np.maximum(before - art * big, 0)
    keep = valid & (s >= pos)
    every = bool(keep.all())
    odd = np.zeros(n_art, dtype=bool)
    if not every:
        odd[art[valid & (s < pos) & (e > pos)]] = True
    length = np.zeros(n_art, dtype=np.int64)
    first = np.concatenate([[0], np.cumsum(sizes)[:-1]])
    filled = sizes > 0
    if filled.any():
        length[filled] = np.maximum.reduceat(e if every else np.where(keep, e, 0), first[filled])
    base = np.concatenate([[0], np.cumsum(length)])
    buf = np.full(int(base[-1]), ord("x"), dtype=np.uint16)
    if every:  # no token skipped: the usual case
        k_art, k_s, k_e, k_pos, k_par, k_code = art, s, e, pos, par, code
    else:
        k_art, k_s, k_e, k_pos, k_par, k_code = art[keep], s[keep], e[keep], pos[keep], par[keep], code[keep]
    k_base = base[k_art]
    # the gaps: spaces, and two newlines where a paragraph begins
    gap = k_s - k_pos
    _fill(buf, k_base + k_pos, gap, ord(" "))
    prev_par = np.empty(len(k_par), dtype=np.int64)
    if len(k_par):
        prev_par[0] = k_par[0]
        prev_par[1:] = k_par[:-1]
    nl = (k_par != prev_par) & (gap >= 2) & (k_pos > 0)
    buf[k_base[nl] + k_pos[nl]] = ord("\n")
    buf[k_base[nl] + k_pos[nl] + 1] = ord("\n")
    # the tokens: x but for the characters the pairing reads, and spaces past a form shorter than its span
    sketches = [_sketch(f) for f in forms]
    form_len = np.fromiter((len(f) for f in forms), dtype=np.int64, count=len(forms))
    plain = np.fromiter((set(f) <= {"x"} for f in sketches), dtype=bool, count=len(forms))
    width = k_e - k_s
    shown = np.minimum(form_len[k_code], width)
    _fill(buf, k_base + k_s + shown, width - shown, ord(" "))
    special = ~plain[k_code] & (shown > 0)
    if special.any():
        offsets = np.concatenate([[0], np.cumsum(form_len)])
        chars = np.frombuffer("".join(sketches).encode("utf-16-le"), dtype=np.uint16)
        sp_code, sp_shown = k_code[special], shown[special]
        src = _ranges(offsets[sp_code], sp_shown)
        dst = _ranges(k_base[special] + k_s[special], sp_shown)
        buf[dst] = chars[src]
    raw = buf.tobytes()
    out = [raw[2 * int(base[k]):2 * int(base[k + 1])].decode("utf-16-le") for k in range(n_art)]
    for k in np.flatnonzero(odd).tolist():
        rows = idx[art == k]
        out[k] = rebuild_text(start[rows].tolist(), end[rows].tolist(), [forms[c] for c in form_codes[rows].tolist()],
                              paragraphs[rows].tolist())
    return out


def _ranges(starts: np.ndarray, lengths: np.ndarray) -> np.ndarray:
    """``starts[k], starts[k] + 1, ..., starts[k] + lengths[k] - 1`` for each k, concatenated."""
    lengths = np.maximum(lengths, 0)
    total = int(lengths.sum())
    if not total:
        return np.zeros(0, dtype=np.int64)
    shift = np.repeat(starts - np.concatenate([[0], np.cumsum(lengths)[:-1]]), lengths)
    return shift + np.arange(total, dtype=np.int64)


def _fill(buf: np.ndarray, starts: np.ndarray, lengths: np.ndarray, value: int) -> None:
    """Write ``value`` over ``buf[starts[k]:starts[k] + lengths[k]]`` for each k."""
    one = lengths == 1
    buf[starts[one]] = value
    more = lengths > 1
    if more.any():
        buf[_ranges(starts[more], lengths[more])] = value
