"""The lite annotator's trained name recogniser: a CRF over word shape, affixes, lemmas and context.

A linear-chain conditional random field (python-crfsuite) labels the tokens of a sentence with
BIO tags of the types PER, LOC, ORG and MISC (and ``DERIV-PER``, possessive adjectives of person
names such as *Šrotova*, which the ENTITIES table leaves out). Two models ship with newskit, in
``newskit/data/ner/``: one for Slovenian (``sl.crfsuite``) and one shared by Croatian, Serbian and
Bosnian (``hbs.crfsuite``); Serbian Cyrillic is folded to Latin before features are computed, so
both scripts use the same model. Bulgarian and Macedonian have none (lite's rules name them).

The features of a token are computed only from what the lite annotator has at run time (its own
tokens and sentences, lemmagen3's lemmas, its gazetteers): the word in lower case and as written,
its shape, prefixes and suffixes, lemmagen3's lemma, whether it opens a sentence, whether it is in a
gazetteer name (and which part, and type) or a cue list (role, organisation head, place
preposition, given name, stop word), whether the article writes the same word in lower case
elsewhere or capitalised inside a sentence, what the article's other uses of the same capitalised
lemma have before and after them (a cue word, a capitalised word), and the same for the words
around it.

The models are trained by ``bench/train_ner.py`` (one seeded command; see ``docs/methods/ner.md``)
on the CC BY-SA 4.0 corpora SUK/SentiCoref, SSJ, hr500k and SETimes.SR, so the model files are
CC BY-SA 4.0 as well (``datasets/README.md``). A model is read on first use, never on import.
"""

from __future__ import annotations

import functools
import hashlib
import re
import unicodedata
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from . import gazetteer
from .language import to_latin

__all__ = ["MODEL_DIR", "MODEL_FOR", "model_path", "model_digest", "available", "fold", "article_features", "tag", "tag_names"]

#: Where the trained models live (package data).
MODEL_DIR = Path(__file__).resolve().parent / "data" / "ner"

#: The model each language uses (Croatian, Serbian and Bosnian share one).
MODEL_FOR = {"sl": "sl", "hr": "hbs", "sr": "hbs", "bs": "hbs"}

_CYRILLIC = re.compile("[\u0400-\u04ff]")


def model_path(lang: str) -> Path | None:
    """The model file for ``lang``, or ``None`` when newskit has no trained model for it."""
    name = MODEL_FOR.get(lang)
    if name is None:
        return None
    path = MODEL_DIR / f"{name}.crfsuite"
    return path if path.exists() else None


def available(lang: str) -> bool:
    """Whether a trained model for ``lang`` is installed."""
    return model_path(lang) is not None


@functools.cache
def model_digest(lang: str) -> str:
    """A short digest of the model file for ``lang`` (``"none"`` without one); keys lite's cache."""
    path = model_path(lang)
    if path is None:
        return "none"
    return hashlib.sha256(path.read_bytes()).hexdigest()[:12]


@functools.cache
def _tagger(path: str) -> Any:
    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    tagger.open(path)
    return tagger


# --- features --------------------------------------------------------------------------------

_SHAPE_MAP = {"L": "X", "l": "x", "N": "d"}


def _shape(form: str) -> str:
    """Short word shape: runs of upper (X), lower (x), digits (d) and other characters collapsed."""
    out: list[str] = []
    for ch in form[:12]:
        cat = unicodedata.category(ch)
        if cat == "Lu" or cat == "Lt":
            s = "X"
        elif cat[0] == "L":
            s = "x"
        elif cat[0] == "N":
            s = "d"
        else:
            s = ch
        if not out or out[-1] != s:
            out.append(s)
    return "".join(out)


def fold(form: str) -> str:
    """Serbian Cyrillic read as Latin (other text unchanged): both scripts share one model."""
    return to_latin(form) if _CYRILLIC.search(form) else form


@functools.cache
def _cues(lang: str) -> dict[str, tuple[str, ...]]:
    """Word -> its cue features (``cue=role`` ...), from the cue lists of ``lexicons/<lang>/ner.tsv``."""
    lex = gazetteer.lexicon(lang)
    out: dict[str, tuple[str, ...]] = {}
    for kind in ("role", "org", "locprep", "stop", "given", "demonym", "misc"):
        for word in getattr(lex, kind):
            out[word] = out.get(word, ()) + ("cue=" + kind,)
    return out


@functools.lru_cache(maxsize=300_000)
def _word(form: str, lang: str) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...],
                                         tuple[str, ...], str, str, bool, str, tuple[str, ...]]:
    """A word's own features; its features seen from two and one words after it and before it;
    its lower-case form, shape, whether it can start a name (an upper-case letter), its lower-case
    lemma and its cue features."""
    f = fold(form)
    low = f.lower()
    raw_lemma = gazetteer.lemmatize(f, lang)
    lem = raw_lemma.lower()
    sh = _shape(f)
    w, s3, lm, shf = "w=" + low, "s3=" + low[-3:], "lem=" + lem, "sh=" + sh
    feats = [w, shf, lm, "p2=" + low[:2], "p3=" + low[:3], "s1=" + low[-1:], "s2=" + low[-2:], s3,
             "s4=" + low[-4:], "len=" + str(min(len(f), 8))]
    if f[:1].isupper():
        feats.append("W=" + f)
        if raw_lemma[:1].isupper():
            feats.append("lemU")  # lemmagen3 keeps the capital: it knows a proper noun
    if f.isupper() and len(f) > 1:
        feats.append("caps")
    index = _cues(lang)
    cues = index.get(low, ())
    if lem != low and lem in index:
        cues = cues + tuple(c for c in index[lem] if c not in cues)
    feats.extend(cues)
    return (tuple(feats), ("-2:" + w, "-2:" + shf), ("-1:" + w, "-1:" + shf, "-1:" + lm, "-1:" + s3)
            + tuple("-1:" + c for c in cues), ("+1:" + w, "+1:" + shf, "+1:" + lm, "+1:" + s3)
            + tuple("+1:" + c for c in cues), ("+2:" + w, "+2:" + shf), low, sh, f != low, lem, cues)


_OPENERS = set("»«„“”\"'‘’‚(:–—-•*")


def _gazetteer(forms: Sequence[str], lang: str) -> tuple[list[str | None], list[tuple[int, int, str, tuple[str, ...]]]]:
    """Per token ``B-TYPE``/``I-TYPE`` inside a gazetteer name (else None), and the names found.

    The names are (start, end, type, entry words), longest match first, as lite's rules find them.
    """
    lex = gazetteer.lexicon(lang)
    out: list[str | None] = [None] * len(forms)
    hits: list[tuple[int, int, str, tuple[str, ...]]] = []
    i = 0
    while i < len(forms):
        form = forms[i]
        if form[:1].isupper() and form.lower() not in lex.stop:
            hit = gazetteer.gazetteer_match(forms, i, lang)
            if hit is not None:
                length, kind, words = hit
                out[i] = "B-" + kind
                for k in range(i + 1, i + length):
                    out[k] = "I-" + kind
                hits.append((i, i + length, kind, words))
                i += length
                continue
        i += 1
    return out, hits


def article_features(sentences: Sequence[Sequence[str]], lang: str) -> list[list[list[str]]]:
    """The CRF features of every token of one article (one list of strings per token).

    Args:
        sentences: the token forms of each sentence, as lite's tokenizer gives them.
        lang: language code.

    Returns:
        Per sentence, per token, the list of feature strings.
    """
    return _article(sentences, lang)[0]


#: The trained tagger labels only the stretches of a sentence near a word with a capital letter
#: (from this many words before it to this many after): elsewhere every tag is O, and skipping them
#: keeps lite fast. Training sees whole sentences.
WINDOW = (2, 6)

#: Languages whose model has the features of a capitalised word before an organisation or name
#: head (see ``_article``): a model must be trained with the features it is used with.
PRE_HEAD = {"sl": True}


def _article(sentences: Sequence[Sequence[str]], lang: str, *, windows: bool = False,
             ) -> tuple[list[list[Any]], list[list[tuple]]]:
    folded = [[fold(f) for f in forms] for forms in sentences]
    # What the article does with a word elsewhere: lower-case uses, capitalised uses inside a sentence.
    lower_seen: set[str] = set()
    cap_mid: set[str] = set()
    for forms in folded:
        for i, f in enumerate(forms):
            if f[:1].islower():
                lower_seen.add(f)
            elif i > 0 and f[:1].isupper() and forms[i - 1] not in _OPENERS:
                cap_mid.add(f.lower())
    out: list[list[list[str]]] = []
    all_hits: list[list[tuple]] = []
    sent_words = [[_word(f, lang) for f in forms] for forms in folded]
    # What the article's other uses of a capitalised word say of it: the cue words before it, and
    # whether it stands in a run of capitalised words (Janez Kocijančič ... Kocijančič je).
    ctx: dict[str, dict[str, int]] = {}
    own: list[list[tuple[str, ...]]] = []
    for forms, words in zip(folded, sent_words, strict=True):
        mine: list[tuple[str, ...]] = []
        for i, w in enumerate(words):
            if not w[7] or i == 0 or forms[i - 1] in _OPENERS:
                mine.append(())
                continue
            prev = words[i - 1]
            marks = tuple("dp:" + c for c in prev[9])
            if prev[7]:
                marks += ("dp:cap",)
            if i + 1 < len(words) and words[i + 1][7]:
                marks += ("dn:cap",)
            counts = ctx.setdefault(w[8], {})
            for m in marks:
                counts[m] = counts.get(m, 0) + 1
            mine.append(marks)
        own.append(mine)
    for si, forms in enumerate(folded):
        n = len(forms)
        gaz, hits = _gazetteer(forms, lang)
        all_hits.append(hits)
        words = sent_words[si]
        seq: list[Any] = []
        seen_word = False
        # How far a word stands after a capitalised organisation head or name head (Centra za
        # humanitarno pravo, Zakonu o udžbenicima, Zavod za zdravstveno zavarovanje), unbroken by
        # punctuation, and whether it is capitalised: what lets a name run on through its lower-case words.
        run: list[str | None] = [None] * n
        head, dist = None, 0
        for i in range(n):
            w = words[i]
            if head is not None:
                dist += 1
                if dist > 5 or not any(ch.isalnum() for ch in forms[i]):
                    head = None
                else:
                    run[i] = head + ("|U" if w[7] else "|L") + str(min(dist, 3))
            if w[7] and ("cue=org" in w[9] or "cue=misc" in w[9]):
                head, dist = ("run=org" if "cue=org" in w[9] else "run=misc"), 0
        # A capitalised word and the lower-case words after it up to an organisation or name head
        # (Evropska bančna agencija, Nova ljubljanska banka, Hrvatska narodna banka): the head
        # ends such a name, so the words before it cannot see it through the run features.
        pre: list[str | None] = [None] * n
        if PRE_HEAD.get(lang, False):
            for i in range(n):
                if not words[i][7] or "cue=org" in words[i][9] or "cue=misc" in words[i][9]:
                    continue
                for k in range(i + 1, min(n, i + 4)):
                    wk = words[k]
                    if "cue=org" in wk[9] or "cue=misc" in wk[9]:
                        kind = "org" if "cue=org" in wk[9] else "misc"
                        pre[i] = f"pre={kind}|{k - i}"
                        for q in range(i + 1, k):
                            pre[q] = pre[q] or f"mid={kind}"
                        break
                    if wk[7] or not forms[k].isalpha():
                        break
        if windows:
            before, after = WINDOW
            keep = [False] * n
            for i in range(n):
                if words[i][7] or gaz[i] is not None:
                    for k in range(max(0, i - before), min(n, i + after + 1)):
                        keep[k] = True
        for i, f in enumerate(forms):
            if windows and not keep[i]:
                if not seen_word and any(ch.isalnum() for ch in f):
                    seen_word = True
                seq.append(None)
                continue
            w = words[i]
            feats = list(w[0])
            low = w[5]
            if not seen_word or forms[i - 1] in _OPENERS:
                if any(ch.isalnum() for ch in f):
                    feats.append("first")
                    seen_word = True
            if i == 0:
                feats.append("bos")
            if w[7]:
                if low in lower_seen:
                    feats.append("doc_lower")
                if low in cap_mid:
                    feats.append("doc_capmid")
                seen = ctx.get(w[8])
                if seen:
                    marks = own[si][i]
                    feats.extend(m for m, c in seen.items() if c > marks.count(m))
            g = gaz[i]
            if g is not None:
                feats.append("g=" + g)
            r = pre[i]
            if r is not None:
                feats.append(r)
            r = run[i]
            if r is not None:
                feats.append(r[:-3])
                feats.append(r)
            if i >= 2:
                feats.extend(words[i - 2][1])
            if i >= 1:
                prev = words[i - 1]
                feats.extend(prev[2])
                feats.append("-1w|sh=" + prev[5] + "|" + w[6])
                g = gaz[i - 1]
                if g is not None:
                    feats.append("-1:g=" + g)
            else:
                feats.append("-1:edge")
            if i + 1 < n:
                nxt = words[i + 1]
                feats.extend(nxt[3])
                feats.append("sh|+1sh=" + w[6] + "|" + nxt[6])
                g = gaz[i + 1]
                if g is not None:
                    feats.append("+1:g=" + g)
            else:
                feats.append("+1:edge")
            if i + 2 < n:
                feats.extend(words[i + 2][4])
            seq.append(feats)
        out.append(seq)
    return out, all_hits


def _valid(tags: list[str]) -> list[str]:
    """An I- tag that does not continue a mention of its type starts one."""
    out = list(tags)
    for k, t in enumerate(out):
        if t.startswith("I-") and (k == 0 or out[k - 1][2:] != t[2:]):
            out[k] = "B-" + t[2:]
    return out


def tag(sentences: Sequence[Sequence[str]], lang: str) -> list[list[str]]:
    """BIO tags of one article's sentences from the trained model for ``lang``.

    Raises:
        LookupError: no trained model is installed for ``lang`` (see :func:`available`).
    """
    return tag_names(sentences, lang)[0]


def tag_names(sentences: Sequence[Sequence[str]], lang: str) -> tuple[list[list[str]], list[list[tuple]]]:
    """BIO tags (see :func:`tag`) and, per sentence, the gazetteer names (start, end, type, entry words).

    Gazetteer names are matched on the script-folded forms (Serbian Cyrillic read as Latin).
    """
    path = model_path(lang)
    if path is None:
        raise LookupError(f"no trained name recogniser for language {lang!r} (models: {sorted(set(MODEL_FOR))})")
    tagger = _tagger(str(path))
    feats, hits = _article(sentences, lang, windows=True)
    tags: list[list[str]] = []
    for seq in feats:
        out = ["O"] * len(seq)
        i = 0
        while i < len(seq):
            if seq[i] is None:
                i += 1
                continue
            j = i
            while j < len(seq) and seq[j] is not None:
                j += 1
            out[i:j] = tagger.tag(seq[i:j])
            i = j
        tags.append(_valid(out))
    return tags, hits
