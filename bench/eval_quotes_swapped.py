"""Score quote attribution on name-swapped copies of the dev documents: do unseen names cost credit?

The dev speakers' names may be familiar to newskit (in a gazetteer, in the lemmatiser's lexicon, seen
while its rules were written); the speakers of unseen news are not. This script makes copies of the
dev documents of ``../shared/gold/quotes-dev.jsonl`` in which every person the gold credits with a
quote has an invented name, and scores them as :mod:`eval_quotes` scores the originals.

How a copy is made (per document, per seed):

- **Who is swapped**: each gold speaker (each part of a coordinated one, ``X i Y``, ``X in Y``) whose
  words are capitalised, alphabetic, not an acronym, and found in the document as proper nouns
  (``Np`` MSD) by lemma or form, which the document's names tag as a person (``NER=B-per``, where the
  CoNLL-U has typed names: sl, hr) or which has two words at least (UD SETimes.SR has untyped
  names). Organisations, places, groups (``analitičari``) and the seed article are left as they are.
- **Which tokens**: every proper noun of the document (or capitalised noun: a tagging slip) whose
  lemma (or form) is one of those name words, in any case, and the possessive adjectives made from them (``Kuntaričevih``: lemma = name
  + ``-ov/-ev/-in``); the sentence text (``# text``), the title and the gold's quote texts are
  rewritten with the same forms.
- **The new names** are invented, not taken from any list of real people: a syllable (onset, vowel,
  coda), more syllables, and an ending with a regular paradigm: given names of the same gender
  (hbs/sl masculine in a consonant: ``-an``, ``-en``, ``-omir``, ``-islav``; feminine in ``-a``:
  ``-ana``, ``-ena``, ``-ica``, ``-ija``), surnames in ``-ić``, ``-ović/-ević``, ``-ski`` (feminine
  ``-ska``, declined as an adjective), ``-ac`` (fleeting a: ``-ca``), ``-ar`` for hbs and ``-ič``,
  ``-ec`` (fleeting e), ``-nik``, ``-ar`` for Slovenian (a woman's surname does not decline, except the
  adjectival ``-ska``). No invented word is a given name or a name word of the language's gazetteer,
  or a word of the document. A word keeps its role in the name (first word: given name; others:
  surname).
- **Inflection**: each token gets the new name in the case, number and gender its MSD/features give
  (``Case=Gen`` -> ``Drelimovića``; sl instrumental ``-om``/``-em``, hbs ``-om``/``-em`` after a
  palatal); the annotated lemma becomes the new nominative. In the **classla** reading the form is
  the annotated copy's and the lemma the new nominative where CLASSLA's lemma was right, the new
  form where CLASSLA had kept a form of its own (its errors on the old name carry over).
- **Cyrillic**: the sr Cyrillic copy gets the same invented names as the Latin one (the seed and
  the Latin doc id pick them), transliterated.
- **Gold**: the speaker becomes the new nominative (``Stipan Bilić`` -> ``Grodan Drelimović``),
  quote texts take the new forms.

Each seed (``--seeds 1,2,3``) gives other names. The documents are read as in
:mod:`eval_quotes` (annotated, classla where there is a file, lite from the rebuilt text) and scored
with the shared scorer. The table gives, per reading and language, the original documents'
figures and each seed's, and their mean: precision, recall, F1, speaker accuracy, attributed recall,
``swp_attr``: attributed recall over the gold quotes whose speaker was swapped (the others are
counted as optional there), and ``exact``: of those swapped quotes credited right (by the scorer's
lenient name test, which forgives case endings), the share whose speaker is written exactly as the
gold's nominative (``Marka Kovača`` for ``Marko Kovač`` is right for the scorer, not exact). ``--misses FILE`` writes the wrong speakers and misses of every seed;
``--keep DIR`` writes the swapped CoNLL-U files and gold, to read.

Run: ``python bench/eval_quotes_swapped.py [--seeds 1,2,3] [--readings annotated,classla,lite]
[--misses FILE] [--keep DIR]``. Exits 0; prints a note and nothing else when ``../shared`` is not
there. Only the gold's documents are read (never those of ``../shared/data/HELDOUT.md``).
"""

from __future__ import annotations

import argparse
import io
import json
import random
import re
import statistics
import sys
import tempfile
from collections import Counter
from contextlib import redirect_stderr
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))  # the sibling bench scripts, imported by name: one module per process

import eval_quotes as eq  # noqa: E402

import newskit as nk  # noqa: E402
from newskit import gazetteer  # noqa: E402
from newskit.language import to_latin  # noqa: E402

#: The languages with CoNLL-U files (the seed article has no MSD to read cases from).
LANGUAGES = ("sl", "hr", "sr-Latn", "sr-Cyrl")
METRICS = ("precision", "recall", "f1", "speaker_accuracy", "attributed_recall", "swapped_attributed_recall",
           "swapped_exact")

# -- invented names ---------------------------------------------------------------------------------

_ONSETS = ("B", "Br", "D", "Dr", "G", "Gr", "K", "Kr", "L", "M", "Ml", "N", "P", "Pr", "R", "S", "Sl", "St",
           "T", "Tr", "V", "Vr", "Z", "Zl", "Č", "Š", "Ž")
_VOWELS = ("a", "e", "i", "o", "u")
_CODAS = ("b", "d", "l", "m", "n", "r", "s", "t", "v", "k", "g")
_MIDDLE = ("al", "el", "il", "an", "en", "in", "ar", "er", "or", "et", "ot", "av", "ov", "im", "om")
#: Endings with a regular paradigm, per language group: given names by gender, surnames.
_GIVEN = {"m": ("an", "en", "omir", "islav", "et", "im"), "f": ("ana", "ena", "ica", "ija", "eta")}
_SURNAME = {"hbs": ("ić", "ović", "ski", "ac", "ar"), "sl": ("ič", "ec", "nik", "ar")}
_PALATAL = ("ć", "č", "š", "ž", "j", "c", "đ", "lj", "nj", "dž")

#: Case endings per paradigm and language group (``n g d a v l i``: the UD case's first letter,
#: ``v`` vocative, ``i`` instrumental); ``-`` is the stem alone.
_CASES = {"Nom": "n", "Gen": "g", "Dat": "d", "Acc": "a", "Voc": "v", "Loc": "l", "Ins": "i"}
_PARADIGMS = {
    ("hbs", "consonant"): {"n": "", "g": "a", "d": "u", "a": "a", "v": "e", "l": "u", "i": "om"},
    ("sl", "consonant"): {"n": "", "g": "a", "d": "u", "a": "a", "v": "", "l": "u", "i": "om"},
    ("hbs", "a"): {"n": "a", "g": "e", "d": "i", "a": "u", "v": "o", "l": "i", "i": "om"},
    ("sl", "a"): {"n": "a", "g": "e", "d": "i", "a": "o", "v": "a", "l": "i", "i": "o"},
    ("hbs", "ski"): {"n": "ski", "g": "skog", "d": "skom", "a": "skog", "v": "ski", "l": "skom", "i": "skim"},
    ("hbs", "ska"): {"n": "ska", "g": "ske", "d": "skoj", "a": "sku", "v": "ska", "l": "skoj", "i": "skom"},
}


def group_of(language: str) -> str:
    return "sl" if language == "sl" else "hbs"


@dataclass(frozen=True)
class NewWord:
    """One invented name word: its masculine (or only) nominative and how it declines."""

    base: str  # masculine nominative (a feminine given name: its nominative)
    role: str  # "given" or "surname"
    gender: str  # the given name's gender; "" for a surname (both genders)
    ending: str  # the ending that decides the paradigm


def invent(rng: random.Random, role: str, gender: str, group: str, taken: set[str], banned: set[str]) -> NewWord:
    """A new name word no one in the document or the gazetteer has."""
    for _ in range(1000):
        stem = rng.choice(_ONSETS) + rng.choice(_VOWELS) + rng.choice(_CODAS)
        if rng.random() < 0.5:
            stem += rng.choice(_MIDDLE)
        if role == "given":
            ending = rng.choice(_GIVEN["f" if gender == "f" else "m"])
        else:
            ending = rng.choice(_SURNAME[group])
        if ending in ("ović",) and stem[-1] in "jcčćšž":
            ending = "ević"
        word = stem + ending
        low = word.lower()
        if low in taken or low in banned:
            continue
        taken.add(low)
        return NewWord(word, role, gender if role == "given" else "", ending)
    raise RuntimeError("eval_quotes_swapped: no new name found in 1000 tries")


def inflect(w: NewWord, group: str, case: str, gender: str) -> str:
    """The form of an invented name word in a case (UD value) for a person of this gender."""
    c = _CASES.get(case, "n")
    base, end = w.base, w.ending
    if w.role == "given":
        if w.gender == "f":
            return base[:-1] + _PARADIGMS[(group, "a")][c]
        return _consonant(base, group, c)
    if gender == "f":  # a woman's surname does not decline, except the adjectival -ska
        if end == "ski":
            return base[:-3] + (_PARADIGMS[("hbs", "ska")][c] if group == "hbs" else _SL_SKA[c])
        return base
    if end == "ski":
        return base[:-3] + (_PARADIGMS[("hbs", "ski")][c] if group == "hbs" else _SL_SKI[c])
    if end in ("ac", "ec") and c != "n":  # fleeting vowel: Tremac -> Tremca, sl Tremec -> Tremca
        return _consonant(base[:-2] + "c", group, c)
    return _consonant(base, group, c)


_SL_SKI = {"n": "ski", "g": "skega", "d": "skemu", "a": "skega", "v": "ski", "l": "skem", "i": "skim"}
_SL_SKA = {"n": "ska", "g": "ske", "d": "ski", "a": "sko", "v": "ska", "l": "ski", "i": "sko"}


def _consonant(stem: str, group: str, c: str) -> str:
    end = _PARADIGMS[(group, "consonant")][c]
    if c == "i" and stem.endswith(_PALATAL):
        end = "em"
    if c == "v" and group == "hbs" and stem.endswith(_PALATAL):
        end = "u"
    return stem + end


def nominative(w: NewWord, gender: str) -> str:
    return inflect(w, "hbs", "Nom", gender) if w.ending != "ski" or gender != "f" else w.base[:-3] + "ska"


def possessive(w: NewWord, tail: str) -> str:
    """The possessive adjective of an invented name (``Drelimovićev`` + the adjective's ending)."""
    base = w.base
    if w.role == "given" and w.gender == "f":
        return base[:-1] + "in" + tail
    if w.ending in ("ac", "ec"):
        base = base[:-2] + "č"
    elif w.ending == "ski":
        base = base[:-1] + "ij"
    return base + ("ev" if base.endswith(_PALATAL) else "ov") + tail


_LAT_TO_CYR = [("dž", "џ"), ("lj", "љ"), ("nj", "њ"), ("Dž", "Џ"), ("Lj", "Љ"), ("Nj", "Њ")]
_LAT_TO_CYR_1 = dict(zip("abvgdđežzijklmnoprstćufhcčšABVGDĐEŽZIJKLMNOPRSTĆUFHCČŠ",
                         "абвгдђежзијклмнопрстћуфхцчшАБВГДЂЕЖЗИЈКЛМНОПРСТЋУФХЦЧШ", strict=True))


def to_cyrillic(word: str) -> str:
    """Serbian Latin to Cyrillic, for the invented names (whose digraphs are letters, never two)."""
    for a, b in _LAT_TO_CYR:
        word = word.replace(a, b)
    return "".join(_LAT_TO_CYR_1.get(ch, ch) for ch in word)


def key(word: str) -> str:
    return to_latin(word, language="sr").lower()


# -- swapping one CoNLL-U document ----------------------------------------------------------------

_CONJ = re.compile(r"\s+(?:i|in|и|and)\s+")


@dataclass
class Swap:
    """The invented names of one document: name word key -> new word; person -> gender."""

    words: dict[str, NewWord] = field(default_factory=dict)
    people: dict[str, str] = field(default_factory=dict)  # gold speaker part -> gender
    forms: dict[str, str] = field(default_factory=dict)  # old form -> new form (for titles, gold texts)
    tokens: int = 0


def _fields(line: str) -> list[str] | None:
    if not line or line.startswith("#"):
        return None
    cols = line.split("\t")
    return cols if len(cols) == 10 and cols[0].isdigit() else None


def _feat(feats: str, name: str) -> str:
    for kv in feats.split("|"):
        if kv.startswith(name + "="):
            return kv.split("=", 1)[1]
    return ""


def _gender(cols: list[str]) -> str:
    g = _feat(cols[5], "Gender")
    if g:
        return {"Masc": "m", "Fem": "f"}.get(g, "")
    return cols[4][2] if cols[4][:2] == "Np" and len(cols[4]) > 2 and cols[4][2] in "mf" else ""


def _ner(cols: list[str]) -> str:
    return _feat(cols[9], "NER").lower()


def plan_swap(lines: list[str], speakers: list[str], group: str, rng: random.Random) -> Swap:
    """Which name words of a document to swap, and their invented replacements."""
    toks = [c for c in (_fields(x) for x in lines) if c is not None]
    props = [c for c in toks if c[4].startswith("Np")]
    doc_words = {key(c[1]) for c in toks} | {key(c[2]) for c in toks}
    gaz = gazetteer.lexicon("sl" if group == "sl" else "hr")
    banned = set(gaz.given) | {w.lower() for entries in gaz.names.values() for words, _ in entries for w in words}
    banned |= doc_words
    sw = Swap()
    taken: set[str] = set()
    for speaker in speakers:
        for part in _CONJ.split(speaker):
            words = part.split()
            if not 1 <= len(words) <= 3 or part in sw.people:
                continue
            if not all(w.isalpha() and w[:1].isupper() and not w.isupper() for w in words):
                continue
            found = [[c for c in props if key(c[2]) == key(w) or key(c[1]) == key(w)] for w in words]
            if not all(found):
                continue
            ners = {_ner(c) for f in found for c in f} - {""}
            if ners and not all(n.endswith("per") for n in ners):
                continue  # the document's names make it an organisation or a place
            if not ners and len(words) < 2:
                continue  # untyped names: one word may be a place
            genders = Counter(_gender(c) for c in found[0]) - Counter({"": 10**6})
            gender = genders.most_common(1)[0][0] if genders else "m"
            sw.people[part] = gender
            for k, w in enumerate(words):
                kw = key(w)
                if kw in sw.words:
                    continue
                role = "given" if k == 0 and len(words) >= 2 else "surname"
                sw.words[kw] = invent(rng, role, gender, group, taken, banned)
                for c in found[k]:  # the word's lemma as the annotation gives it, if not the gold's form
                    sw.words.setdefault(key(c[2]), sw.words[kw])
    return sw


def _possessive_of(lemma: str, sw: Swap) -> tuple[NewWord, str] | None:
    k = key(lemma)
    for suffix in ("ov", "ev", "in"):
        if k.endswith(suffix):
            stem = k[:-len(suffix)]
            for cand in (stem, stem + "a", stem[:-1] + "ac" if stem.endswith("č") else None,
                         stem[:-1] + "ec" if stem.endswith("č") else None):
                if cand and cand in sw.words:
                    return sw.words[cand], suffix
    return None


def _case_form(old: str, new: str) -> str:
    return new.upper() if old.isupper() and len(old) > 1 else new


def swap_doc(lines: list[str], sw: Swap, group: str, cyrillic: bool) -> list[str]:
    """The document's lines with the swapped names' forms and lemmas (and its ``# text`` / title)."""
    script = to_cyrillic if cyrillic else (lambda w: w)
    out: list[str] = []
    sent: list[int] = []  # indices into out of this sentence's token lines
    text_at = -1
    old_forms: list[tuple[str, str]] = []
    for line in lines:
        cols = _fields(line)
        if line.startswith("# text ="):
            text_at, old_forms = len(out), []
        if cols is None:
            if not line.strip() and text_at >= 0:
                out[text_at] = _rewrite_text(out[text_at], old_forms)
                text_at = -1
            out.append(line)
            continue
        new = None
        kl, kf = key(cols[2]), key(cols[1])
        # a proper noun, or a capitalised noun of the same lemma (a tagging slip: SETimes.SR's ``Basesku`` NOUN)
        name_like = cols[4].startswith("Np") or cols[1][:1].isupper() and cols[3] in ("NOUN", "X")
        if name_like and (kl in sw.words or kf in sw.words):
            w = sw.words.get(kl) or sw.words[kf]
            gender = _gender(cols) or w.gender or "m"
            new = inflect(w, group, _feat(cols[5], "Case") or "Nom", gender)
            lemma = nominative(w, gender)
        elif cols[3] == "ADJ" and (hit := _possessive_of(cols[2], sw)) is not None:
            w, suffix = hit
            lem_lat = to_latin(cols[2], language="sr")
            form_lat = to_latin(cols[1], language="sr")
            if not form_lat.lower().startswith(lem_lat.lower()[:-1]):
                new = None
            else:
                tail = form_lat[len(lem_lat):] if form_lat.lower().startswith(lem_lat.lower()) else ""
                new = possessive(w, tail)
                lemma = possessive(w, "")
        if new is not None:
            new, lemma = script(_case_form(cols[1], new)), script(lemma)
            sw.forms[cols[1]] = new
            old_forms.append((cols[1], new))
            cols = cols[:1] + [new, lemma] + cols[3:]
            sw.tokens += 1
        else:
            old_forms.append((cols[1], cols[1]))
        sent.append(len(out))
        out.append("\t".join(cols))
    if text_at >= 0:
        out[text_at] = _rewrite_text(out[text_at], old_forms)
    return [_rewrite_title(x, sw) if x.startswith("# title =") else x for x in out]


def _rewrite_text(line: str, forms: list[tuple[str, str]]) -> str:
    """``# text = ...`` with each token's new form put where its old form was."""
    head, text = line.split("=", 1)
    pos, out = 0, []
    for old, new in forms:
        at = text.find(old, pos)
        if at < 0:
            continue
        out.append(text[pos:at] + new)
        pos = at + len(old)
    return head + "=" + "".join(out) + text[pos:]


def replace_words(text: str, forms: dict[str, str]) -> str:
    if not forms or not text:
        return text
    pat = re.compile(r"(?<!\w)(" + "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True)) + r")(?!\w)")
    return pat.sub(lambda m: forms[m.group(1)], text)


def _rewrite_title(line: str, sw: Swap) -> str:
    head, text = line.split("=", 1)
    return head + "=" + replace_words(text, sw.forms)


def new_speaker(speaker: str, sw: Swap, cyrillic: bool) -> str:
    script = to_cyrillic if cyrillic else (lambda w: w)

    def one(part: str) -> str:
        if part not in sw.people:
            return part
        gender = sw.people[part]
        return " ".join(script(nominative(sw.words[key(w)], gender)) for w in part.split())

    pieces = _CONJ.split(speaker)
    joins = _CONJ.findall(speaker)
    out = one(pieces[0])
    for j, p in zip(joins, pieces[1:], strict=True):
        out += j + one(p)
    return out


# -- the documents of a file, swapped --------------------------------------------------------------

_NEWDOC = re.compile(r"^# newdoc id\s*=\s*(\S+)\s*$", re.M)


def split_docs(path: Path, wanted: set[str]) -> dict[str, list[str]]:
    """The lines of the wanted documents of a CoNLL-U file (no other document is kept)."""
    text = path.read_text(encoding="utf-8")
    starts = [(m.start(), m.group(1)) for m in _NEWDOC.finditer(text)]
    docs = {d: text[a:b].split("\n") for (a, d), (b, _) in zip(starts, starts[1:] + [(len(text), "")], strict=True)
            if d in wanted}
    if set(docs) != wanted:
        raise SystemExit(f"eval_quotes_swapped: {path} lacks the dev documents {sorted(wanted - set(docs))}")
    return docs


def _classla_lines(lines: list[str], swapped_ann: list[str], original_ann: list[str]) -> list[str]:
    """CLASSLA's lines of a document with the annotated copy's forms; the lemma is the new nominative where
    CLASSLA's lemma was the annotated one, else the new form (CLASSLA's reading of the old name kept)."""
    ann_new = [c for c in (_fields(x) for x in swapped_ann) if c is not None]
    ann_old = [c for c in (_fields(x) for x in original_ann) if c is not None]
    out, k = [], 0
    forms: list[tuple[str, str]] = []
    text_at = -1
    for line in lines:
        cols = _fields(line)
        if line.startswith("# text ="):
            text_at, forms = len(out), []
        if cols is None:
            if not line.strip() and text_at >= 0:
                out[text_at] = _rewrite_text(out[text_at], forms)
                text_at = -1
            out.append(line)
            continue
        old, new = ann_old[k], ann_new[k]
        k += 1
        if cols[1] != old[1]:
            raise SystemExit(f"eval_quotes_swapped: classla tokens differ from the annotated ones at {cols[1]!r}")
        if new[1] != old[1]:
            lemma = new[2] if key(cols[2]) == key(old[2]) else new[1]
            cols = cols[:1] + [new[1], lemma] + cols[3:]
        forms.append((old[1], cols[1]))
        out.append("\t".join(cols))
    if text_at >= 0:
        out[text_at] = _rewrite_text(out[text_at], forms)
    return [x if not x.startswith("# title =") else y for x, y in zip(out, _titles(out, swapped_ann), strict=True)]


def _titles(lines: list[str], swapped_ann: list[str]) -> list[str]:
    title = next((x for x in swapped_ann if x.startswith("# title =")), None)
    return [title if (x.startswith("# title =") and title is not None) else x for x in lines]


@dataclass
class Copy:
    """One seed's swapped copy: CoNLL-U text per language and reading, the gold, what was swapped."""

    conllu: dict[str, dict[str, str]]
    gold: list[dict]
    swapped_gold: set[int]  # indices into gold of the lines whose speaker was swapped
    people: dict[str, dict[str, str]]  # doc -> old part -> new name
    tokens: int


def make_copy(gold: list[dict], docs_by_lang: dict[str, list[str]], seed: int | None) -> Copy:
    """The dev documents with their speakers' names swapped (``seed=None``: the originals, unchanged)."""
    conllu: dict[str, dict[str, str]] = {}
    new_gold = [dict(g) for g in gold]
    swapped: set[int] = set()
    people: dict[str, dict[str, str]] = {}
    tokens = 0
    speakers: dict[str, list[str]] = {}
    for g in gold:
        if g.get("speaker"):
            speakers.setdefault(g["doc"], [])
            if g["speaker"] not in speakers[g["doc"]]:
                speakers[g["doc"]].append(g["speaker"])
    plans: dict[str, Swap] = {}
    for language in LANGUAGES:
        docs = docs_by_lang.get(language, [])
        if not docs:
            continue
        group = group_of(language)
        cyr = language == "sr-Cyrl"
        conllu[language] = {}
        files = eq.FILES[language]
        ann_docs = split_docs(files["annotated"][0], set(docs))
        new_ann: dict[str, list[str]] = {}
        for d in docs:
            base = d[:-4] if cyr else d
            if seed is None:
                sw = Swap()
            elif cyr and base in plans:
                latin = plans[base]  # the Latin copy's names, transliterated (keys are Latin)
                sw = Swap(words=dict(latin.words))
                by_key = {key(p): g for p, g in latin.people.items()}
                for s in speakers.get(d, []):
                    for part in _CONJ.split(s):
                        if key(part) in by_key:
                            sw.people[part] = by_key[key(part)]
            else:
                rng = random.Random(f"{seed}:{base}")
                sw = plan_swap(ann_docs[d], speakers.get(d, []), group, rng)
                plans[d] = sw
            new_ann[d] = swap_doc(ann_docs[d], sw, group, cyr)
            tokens += sw.tokens
            people[d] = {p: new_speaker(p, sw, cyr) for p in sw.people}
            for i, g in enumerate(new_gold):
                if g["doc"] != d:
                    continue
                if g.get("speaker"):
                    ns = new_speaker(g["speaker"], sw, cyr)
                    if ns != g["speaker"]:
                        swapped.add(i)
                    g["speaker"] = ns
                g["text"] = replace_words(g["text"], sw.forms)
        conllu[language]["annotated"] = "\n".join(line for d in docs for line in new_ann[d])
        if "classla" in files:
            cl_docs = split_docs(files["classla"][0], set(docs))
            conllu[language]["classla"] = "\n".join(
                line for d in docs for line in _classla_lines(cl_docs[d], new_ann[d], ann_docs[d]))
    return Copy(conllu, new_gold, swapped, people, tokens)


# -- scoring --------------------------------------------------------------------------------------

def exact_speakers(scorer, gold: list[dict], preds: list[dict], docs: set[str], only: set[int]) -> tuple[float, list[str]]:
    """Of the gold quotes ``only`` (indices into ``gold``) found and credited to the right speaker by the
    scorer's lenient test, the share whose speaker is written exactly as the gold's nominative (folded:
    case and script aside), and the list of those that are not (``Marka Kovača`` for ``Marko Kovač``)."""
    ok = n = 0
    wrong: list[str] = []
    for d in sorted(docs):
        gs = [(i, g) for i, g in enumerate(gold) if g["doc"] == d and not g.get("optional")]
        ps = [p for p in preds if p["doc"] == d]
        for a, b in eq.pair_quotes([g for _, g in gs], ps, scorer):
            i, g = gs[a]
            got = ps[b].get("speaker") or ""
            if i not in only or not scorer.same_name(g["speaker"], got):
                continue
            n += 1
            if scorer.fold(g["speaker"]) == scorer.fold(got):
                ok += 1
            else:
                wrong.append(f"name     {d}: gold {g['speaker']!r} written {got!r}: {g['text'][:60]}")
    return (round(ok / n, 3) if n else 0.0), wrong


def score_copy(copy: Copy, docs_by_lang: dict[str, list[str]], readings: tuple[str, ...], scorer,
               tmp: Path) -> tuple[dict, dict]:
    """Figures and the scorer's lists per reading and language for one copy."""
    figures: dict[str, dict[str, dict]] = {}
    lists: dict[str, dict[str, str]] = {}
    optional_gold = [dict(g, optional=True) if i not in copy.swapped_gold else dict(g)
                     for i, g in enumerate(copy.gold)]
    for reading in readings:
        figures[reading], lists[reading] = {}, {}
        everything: list[dict] = []
        covered: set[str] = set()
        for language in LANGUAGES:
            docs = docs_by_lang.get(language)
            if not docs:
                continue
            lang = eq.FILES[language]["annotated"][1]
            if reading == "lite":
                text = copy.conllu[language]["annotated"]
            elif reading in copy.conllu[language]:
                text = copy.conllu[language][reading]
            else:
                continue
            path = tmp / f"{language}-{reading}.conllu"
            path.write_text(text, encoding="utf-8")
            ann = eq.read_docs(path, docs, lang)
            if reading == "lite":
                ann = eq.lite_reading(ann, lang)
            preds = eq.predictions(nk.extract_quotes(ann.tokens, articles=ann.articles, language=lang))
            everything += preds
            covered |= set(docs)
            log = io.StringIO()
            with redirect_stderr(log):
                s = scorer.score([dict(g) for g in copy.gold], [dict(x) for x in preds], set(docs), True)
            s["swapped_attributed_recall"] = scorer.score(
                [dict(g) for g in optional_gold], [dict(x) for x in preds], set(docs), False)["attributed_recall"]
            s["swapped_exact"], wrong = exact_speakers(scorer, copy.gold, preds, set(docs), copy.swapped_gold)
            figures[reading][language] = s
            lists[reading][language] = log.getvalue() + "".join(w + "\n" for w in wrong)
        if everything:
            s = scorer.score([dict(g) for g in copy.gold], [dict(x) for x in everything], covered, False)
            s["swapped_attributed_recall"] = scorer.score(
                [dict(g) for g in optional_gold], [dict(x) for x in everything], covered, False)["attributed_recall"]
            s["swapped_exact"] = exact_speakers(scorer, copy.gold, everything, covered, copy.swapped_gold)[0]
            figures[reading]["all"] = s
    return figures, lists


def evaluate(seeds: list[int], readings: tuple[str, ...], keep: Path | None = None) -> dict:
    """Figures of the originals (``"original"``) and of each seed's swapped copy (``"seed N"``).

    Returns ``{"figures": {variant: {reading: {language: scores}}}, "lists": {variant: ...},
    "people": {variant: {doc: {old: new}}}, "swapped": {variant: (gold lines swapped, tokens)}}``.
    """
    scorer = eq.load_scorer()
    gold = [g for g in scorer.load(eq.GOLD) if eq.language_of(g["doc"]) in LANGUAGES]
    docs_by_lang: dict[str, list[str]] = {}
    for g in gold:
        lst = docs_by_lang.setdefault(eq.language_of(g["doc"]), [])
        if g["doc"] not in lst:
            lst.append(g["doc"])
    res: dict = {"figures": {}, "lists": {}, "people": {}, "swapped": {}}
    with tempfile.TemporaryDirectory() as tmp:
        # the originals are scored over the same gold lines as the copies (swp_attr: the same subset)
        subset = make_copy(gold, docs_by_lang, seeds[0]).swapped_gold if seeds else set()
        variants: list[tuple[str, int | None]] = [("original", None)] + [(f"seed {s}", s) for s in seeds]
        for name, seed in variants:
            copy = make_copy(gold, docs_by_lang, seed)
            if seed is None:
                copy.swapped_gold = subset
            res["figures"][name], res["lists"][name] = score_copy(copy, docs_by_lang, readings, scorer, Path(tmp))
            res["people"][name] = copy.people
            res["swapped"][name] = (len(copy.swapped_gold), copy.tokens)
            if keep is not None and seed is not None:
                keep.mkdir(parents=True, exist_ok=True)
                for language, per in copy.conllu.items():
                    for reading, text in per.items():
                        (keep / f"seed{seed}-{language}-{reading}.conllu").write_text(text, encoding="utf-8")
                with open(keep / f"seed{seed}-gold.jsonl", "w", encoding="utf-8") as fh:
                    for g in copy.gold:
                        fh.write(json.dumps(g, ensure_ascii=False) + "\n")
    return res


def _row(reading: str, language: str, variant: str, s: dict) -> str:
    return (f"{reading:<10}{language:<9}{variant:<10}{s['gold']:>5}{s['predicted']:>6}{s['precision']:>7.3f}"
            f"{s['recall']:>7.3f}{s['f1']:>7.3f}{s['speaker_accuracy']:>9.3f}{s['attributed_recall']:>8.3f}"
            f"{s['swapped_attributed_recall']:>10.3f}{s['swapped_exact']:>8.3f}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seeds", default="1,2,3", help="comma-separated seeds (default 1,2,3)")
    ap.add_argument("--readings", default=",".join(eq.READINGS), help="annotated,classla,lite (default all)")
    ap.add_argument("--misses", type=Path, help="write each seed's wrong speakers, misses and extras here")
    ap.add_argument("--keep", type=Path, help="write the swapped CoNLL-U files and gold into this folder")
    ap.add_argument("--json", type=Path, help="write the figures as JSON here")
    args = ap.parse_args(argv)
    needed = [eq.GOLD, eq.SCORER] + [p for per in eq.FILES.values() for p, _ in per.values()]
    missing = [str(p) for p in needed if not p.exists()]
    if missing:
        print(f"eval_quotes_swapped: {', '.join(missing)} not here; nothing to score")
        return 0
    seeds = [int(s) for s in args.seeds.split(",") if s.strip()]
    readings = tuple(r for r in args.readings.split(",") if r)
    bad = [r for r in readings if r not in eq.READINGS]
    if bad:
        ap.error(f"--readings {','.join(bad)}: choose from {','.join(eq.READINGS)}")
    res = evaluate(seeds, readings, args.keep)
    n_gold, _ = res["swapped"][f"seed {seeds[0]}"] if seeds else (0, 0)
    print(f"quotes on name-swapped dev documents (seeds {args.seeds}); {n_gold} gold quotes have a swapped "
          "speaker (swp_attr: attributed recall over those)")
    print(f"{'reading':<10}{'language':<9}{'variant':<10}{'gold':>5}{'pred':>6}{'P':>7}{'R':>7}{'F1':>7}"
          f"{'speaker':>9}{'attr_R':>8}{'swp_attr':>10}{'exact':>8}")
    for reading in readings:
        for language in LANGUAGES + ("all",):
            per = [(v, res["figures"][v][reading].get(language)) for v in res["figures"]]
            per = [(v, s) for v, s in per if s is not None]
            if not per:
                continue
            for v, s in per:
                print(_row(reading, language, v, s))
            swapped = [s for v, s in per if v != "original"]
            if len(swapped) > 1:
                mean = {m: statistics.mean(s[m] for s in swapped) for m in METRICS}
                mean.update(gold=swapped[0]["gold"], predicted=round(statistics.mean(s["predicted"] for s in swapped)))
                print(_row(reading, language, "mean", mean))
    if args.misses:
        parts = []
        for v in res["lists"]:
            people = "; ".join(f"{d}: " + ", ".join(f"{o} -> {n}" for o, n in p.items())
                               for d, p in res["people"][v].items() if p)
            parts.append(f"##### {v}" + (f" (names: {people})" if people else "") + "\n")
            for reading, per in res["lists"][v].items():
                for language, log in per.items():
                    parts.append(f"=== {v} / {reading} / {language}\n{log}")
        args.misses.write_text("".join(parts), encoding="utf-8")
    if args.json:
        args.json.write_text(json.dumps(res["figures"], indent=1, sort_keys=True) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
