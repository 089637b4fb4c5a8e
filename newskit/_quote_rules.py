"""Data and text-level helpers of :mod:`newskit.quotes`: lexicons, outlets and quotation marks.

Everything here is independent of the token table: the lexicons are read once from
``newskit/lexicons`` (data files, see their README), outlets are found with one regular
expression over the article text, and quotation marks are paired on the text, so that no
tokenizer decision (a glued ``»Rusija``, a split ``Jong - un``) changes what is quoted.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Mapping
from dataclasses import dataclass
from importlib import resources

from .errors import UnsupportedLanguageError

__all__ = [
    "QUOTE_LANGUAGES",
    "Lexicon",
    "load_lexicon",
    "Outlet",
    "find_outlets",
    "QuoteSpan",
    "find_quote_spans",
    "is_quote_mark",
]

#: Languages with their own quote lexicons (Bosnian reads the Croatian files).
QUOTE_LANGUAGES = {"sl": "sl", "hr": "hr", "bs": "hr", "sr": "sr"}


def _rows(*parts: str) -> list[list[str]]:
    """Rows of a lexicon TSV file: comment and blank lines dropped, cells stripped."""
    text = resources.files("newskit").joinpath("lexicons", *parts).read_text(encoding="utf-8")
    rows = []
    for line in text.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        rows.append([cell.strip() for cell in line.split("\t")])
    return rows


@dataclass(frozen=True)
class Lexicon:
    """The words the quote rules of one language need, read from ``newskit/lexicons/<lang>/``.

    ``verbs`` maps a reporting verb's lemma to ``(stance, frame)``; ``nouns`` a nominal cue's lemma to
    ``(stance, frame)``; ``roles`` a role noun's lemma to ``(gender, kind)``; ``words`` a function-word
    class to its words. The ``*_forms`` maps give the lemma of a surface form, for tokens whose lemma
    is missing or unknown (the lite annotation's lemmatizer does not know every verb).
    """

    lang: str
    verbs: Mapping[str, tuple[str, str]]
    verb_forms: Mapping[str, str]
    nouns: Mapping[str, tuple[str, str]]
    noun_forms: Mapping[str, str]
    roles: Mapping[str, tuple[str, str]]
    role_forms: Mapping[str, str]
    words: Mapping[str, frozenset[str]]

    def has(self, cls: str, word: str) -> bool:
        return word in self.words.get(cls, ())


def _verb_forms(lemma: str, lang: str) -> set[str]:
    """Regular participles and present-tense forms of a reporting verb (used only without a lemma)."""
    out: set[str] = set()
    if not lemma.endswith("ti"):
        return out
    stem = lemma[:-2]
    if lang == "sl":
        out.update(stem + e for e in ("l", "la", "lo", "li", "le"))
        if stem.endswith(("eva", "ova")):
            out.update((stem[:-3] + "uje", stem[:-3] + "ujejo"))
        elif stem.endswith("a"):
            out.update((stem, stem + "jo"))
        elif stem.endswith("i"):
            out.update((stem, stem + "jo"))
    else:
        out.update(stem + e for e in ("o", "la", "lo", "li", "le"))
        if stem.endswith(("iva", "ava")) and not stem.endswith("java"):
            out.update((stem, stem + "ju"))
        elif stem.endswith("a"):
            out.update((stem, stem + "ju"))
        elif stem.endswith("i"):
            out.update((stem, stem[:-1] + "e"))
    return out


def _noun_forms(lemma: str) -> set[str]:
    """Oblique forms of a cue or role noun, for tokens without a usable lemma."""
    out = {lemma}
    if lemma[-1:] in "ao":
        stem = lemma[:-1]
        out.update(stem + e for e in ("e", "i", "o", "u", "ah", "ami", "ama", "om", "em", "ih", "a"))
    elif lemma[-1:] == "e":
        stem = lemma[:-1]
        out.update(stem + e for e in ("a", "u", "ih", "em", "ima", "i"))
    else:
        out.update(lemma + e for e in ("a", "u", "om", "em", "i", "e", "ov", "ih", "ima", "ju", "ja", "jem"))
        if lemma.endswith(("ec", "ek", "el", "er")) and len(lemma) > 4:
            stem = lemma[:-2] + lemma[-1]
            out.update(stem + e for e in ("a", "u", "om", "em", "i", "e", "ov", "ih", "ima"))
    return out


@functools.cache
def load_lexicon(lang: str) -> Lexicon:
    """The quote lexicon of ``lang`` (sl, hr, sr; bs uses hr), read once per process.

    Raises:
        UnsupportedLanguageError: for a language without quote lexicons, naming those that have them.

    Example:
        >>> load_lexicon("sl").verbs["poudariti"]
        ('emphatic', 'speech')
    """
    folder = QUOTE_LANGUAGES.get(lang)
    if folder is None:
        raise UnsupportedLanguageError(
            f"lang={lang!r} has no quote lexicons; choose one of {', '.join(sorted(QUOTE_LANGUAGES))}"
        )
    verbs: dict[str, tuple[str, str]] = {}
    verb_forms: dict[str, str] = {}
    for row in _rows(folder, "reporting_verbs.tsv"):
        lemma, stance, frame = row[0], row[1], row[2]
        verbs[lemma] = (stance, frame)
        forms = _verb_forms(lemma, folder)
        if len(row) > 3 and row[3]:
            forms.update(f.strip() for f in row[3].split(",") if f.strip())
        for form in forms:
            verb_forms.setdefault(form, lemma)
    nouns: dict[str, tuple[str, str]] = {}
    noun_forms: dict[str, str] = {}
    for row in _rows(folder, "nominal_cues.tsv"):
        nouns[row[0]] = (row[1], row[2])
        for form in _noun_forms(row[0]):
            noun_forms.setdefault(form, row[0])
    roles: dict[str, tuple[str, str]] = {}
    role_forms: dict[str, str] = {}
    for row in _rows(folder, "roles.tsv"):
        roles[row[0]] = (row[1], row[2])
        for form in _noun_forms(row[0]):
            role_forms.setdefault(form, row[0])
    words: dict[str, set[str]] = {}
    for row in _rows(folder, "function_words.tsv"):
        words.setdefault(row[1], set()).add(row[0])
    return Lexicon(
        lang=folder,
        verbs=verbs,
        verb_forms=verb_forms,
        nouns=nouns,
        noun_forms=noun_forms,
        roles=roles,
        role_forms=role_forms,
        words={k: frozenset(v) for k, v in words.items()},
    )


# --- Outlets and agencies ----------------------------------------------------------------------

@dataclass(frozen=True)
class Outlet:
    """One entry of ``lexicons/common/outlets.tsv``."""

    name: str
    type: str  # agency or outlet
    match: str  # exact, inflect, strict
    pattern: re.Pattern[str]


_LOWER = "a-zčšžćđäöüéèáàíóúýřěňťďåøæœ"


def _alias_pattern(alias: str, match: str) -> str:
    if match == "inflect":
        if alias[-1:].lower() in "aeiou" and len(alias) > 3:
            return re.escape(alias[:-1]) + f"(?:[{_LOWER}]{{1,3}})"
        return re.escape(alias) + f"(?:-?[{_LOWER}]{{1,3}})?"
    return re.escape(alias)


@functools.cache
def _outlets() -> tuple[tuple[Outlet, ...], re.Pattern[str]]:
    entries = []
    alternatives: list[str] = []
    for row in _rows("common", "outlets.tsv"):
        name, kind, match = row[0], row[1], row[2]
        aliases = [name] + [a for a in (row[3].split("|") if len(row) > 3 and row[3] else []) if a]
        pats = sorted({_alias_pattern(a, match) for a in aliases}, key=len, reverse=True)
        alternatives.extend(pats)
        entries.append(Outlet(name, kind, match, re.compile("(?:" + "|".join(pats) + ")")))
    alternatives.sort(key=len, reverse=True)
    big = re.compile(r"(?<![\w.@-])(?:" + "|".join(alternatives) + r")(?![\w]|\.\w)")
    return tuple(entries), big


def find_outlets(text: str) -> list[tuple[int, int, Outlet]]:
    """``(start, end, outlet)`` of every agency or outlet named in ``text``.

    Example:
        >>> [(o.name, text) for s, e, o in find_outlets(text := "poroča AFP, piše Reutersa")]  # doctest: +SKIP
    """
    entries, big = _outlets()
    found = []
    for m in big.finditer(text):
        hit = m.group()
        for entry in entries:
            if entry.pattern.fullmatch(hit):
                found.append((m.start(), m.end(), entry))
                break
    return found


def outlet_named(name: str) -> Outlet | None:
    """The outlet entry that ``name`` spells (``Reutersa`` -> Reuters), or None."""
    entries, _ = _outlets()
    for entry in entries:
        if entry.pattern.fullmatch(name):
            return entry
    return None


# --- Quotation marks ---------------------------------------------------------------------------

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
