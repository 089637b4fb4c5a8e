"""Agreement between two readings of the same news on documents WITHOUT quote gold (hr, sr, sl).

This is not a gold figure. Each document is read twice and the quote extractor run on both:

- **annotated**: the corpus's own CoNLL-U with gold tokens, lemmas, tags and dependency trees
  (:func:`newskit.read_conllu`; SUK's Slovenian news have tags and names but no trees), the silver
  reference;
- **lite**: the article's text rebuilt from the tokens (as ``../shared/gold/README.md`` says) and
  annotated afresh by the offline annotator (``annotate(..., annotator="lite")``), exactly as
  ``bench/eval_quotes.py`` builds its lite reading (its helpers are reused).

Quotes of the two readings are paired by the shared scorer's rule (``../shared/tools/score_quotes.py``:
bag-of-words F1 >= 0.5, best pairs first, one to one) and speakers compared with its ``same_name``
(two unknown speakers agree). Per language it prints how many quotes each reading found, how many
were found in both, the share of each reading's quotes the other also found, and speaker agreement
on the paired quotes. ``--list FILE`` writes every disagreement (a quote only one reading found, or
a paired quote with different speakers) with its sentence, for a person to judge: the annotated
reading is often right, but not always, and a disagreement says only that one of them is wrong.

Documents (the corpora are read from ``../shared/data``, beside the checkout, like the other bench
scripts; ``NEWSKIT_DATA`` names another folder):

- ``hr``: ``hr500k/hr500k-dev.conllu`` and ``hr500k/hr500k-test-nonsetimes.conllu`` (gold trees);
- ``sr-Latn``: ``sr-set/sr_set-ud-dev.conllu`` (gold trees);
- ``sr-Cyrl``: the same Serbian documents transliterated to Cyrillic here (forms, lemmas and text;
  ``lj nj dž`` read as one letter, so a rare ``konjugacija`` is spelt wrong) and read both ways
  (``../shared/data/sr-set/sr_set-ud-dev.cyrillic.conllu`` holds only quote-gold documents);
- ``sl``: ``sl-news-suk/senticoref_ud_test.conllu`` (the five-outlet news: gold tags and names, no trees);
- ``sl-ssj``: the newspaper documents (``# document_genre = newspaper``) of ``ud-sl-ssj/sl_ssj-ud-dev.conllu``
  and ``sl_ssj-ud-test.conllu`` (gold trees).

Skipped: every document of ``../shared/data/HELDOUT.md`` and its SETimes translations (read by
``bench/heldout.py``; never read: the CoNLL-U is cut at its ``# newdoc`` lines first) and every
document with quote gold (``../shared/gold/quotes-dev.jsonl``);
``--with-gold`` scores the gold documents too, as a group of their own (``hr gold`` ...).

Run: ``python bench/agree_readings.py [--list FILE] [--quotes DIR] [--with-gold] [--only GROUP]``. Exits 0 and prints a
note when the data are not there.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import re
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))  # the sibling bench scripts, imported by name: one module per process

import eval_quotes as EQ  # noqa: E402
import heldout  # noqa: E402

import newskit as nk  # noqa: E402

SHARED = HERE.parents[1] / "shared"
DATA = Path(os.environ["NEWSKIT_DATA"]) if os.environ.get("NEWSKIT_DATA") else SHARED / "data"
HELDOUT = DATA / "HELDOUT.md"


#: language group -> (CoNLL-U files, newskit language code, transliterate to Cyrillic)
CORPORA: dict[str, tuple[tuple[Path, ...], str, bool]] = {
    "hr": ((DATA / "hr500k" / "hr500k-dev.conllu", DATA / "hr500k" / "hr500k-test-nonsetimes.conllu"), "hr", False),
    "sr-Latn": ((DATA / "sr-set" / "sr_set-ud-dev.conllu",), "sr", False),
    "sr-Cyrl": ((DATA / "sr-set" / "sr_set-ud-dev.conllu",), "sr", True),
    "sl": ((DATA / "sl-news-suk" / "senticoref_ud_test.conllu",), "sl", False),
    "sl-ssj": ((DATA / "ud-sl-ssj" / "sl_ssj-ud-dev.conllu", DATA / "ud-sl-ssj" / "sl_ssj-ud-test.conllu"), "sl", False),
}
#: language group -> the one ``# document_genre`` its documents are read of (the others are skipped)
GENRE: dict[str, str] = {"sl-ssj": "newspaper"}

_NEWDOC = re.compile(r"^# newdoc id\s*=\s*(\S+)\s*$", re.M)
_GENRE = re.compile(r"^# document_genre\s*=\s*(\S+)\s*$", re.M)


def heldout_docs(path: Path = HELDOUT) -> set[str]:
    """The document ids ``HELDOUT.md`` lists, and their SETimes translations (never read here)."""
    try:
        return set(heldout.ids_of_file(path))
    except heldout.HeldoutFileError as err:
        raise SystemExit(f"agree_readings: {err}") from None


def gold_docs() -> set[str]:
    """Documents with quote gold, also under their Latin id (``set.sr.1-cyr`` -> ``set.sr.1``)."""
    docs = {g["doc"] for g in EQ.load_scorer().load(EQ.GOLD)}
    return docs | {d.removesuffix("-cyr") for d in docs}


def documents(group: str, held: set[str], gold: set[str], *, with_gold: bool = False) -> set[str]:
    """The documents of a language group compared here: never a held-out one (nor its Cyrillic copy);
    those without quote gold, or with ``with_gold`` only those with it."""
    paths = CORPORA[group][0]
    every = {d for p in paths for d in doc_ids(p, GENRE.get(group)) if not heldout.is_held_out(d, held)}
    return (every & gold) if with_gold else (every - gold)


def doc_ids(path: Path, genre: str | None = None) -> list[str]:
    """The document ids of a CoNLL-U file; with ``genre``, those whose first ``# document_genre`` is it."""
    text = path.read_text(encoding="utf-8")
    if genre is None:
        return _NEWDOC.findall(text)
    starts = [(m.start(), m.group(1)) for m in _NEWDOC.finditer(text)]
    out = []
    for (a, d), (b, _) in zip(starts, starts[1:] + [(len(text), "")], strict=True):
        found = _GENRE.search(text, a, b)
        if found and found.group(1) == genre:
            out.append(d)
    return out


# Serbian Latin -> Cyrillic, digraphs first (the reverse of newskit.language.to_latin's table).
_DIGRAPHS = {"lj": "љ", "nj": "њ", "dž": "џ", "Lj": "Љ", "LJ": "Љ", "Nj": "Њ", "NJ": "Њ", "Dž": "Џ", "DŽ": "Џ"}
_LETTERS = dict(zip("abvgdđežzijklmnoprstćufhcčšABVGDĐEŽZIJKLMNOPRSTĆUFHCČŠ",
                    "абвгдђежзијклмнопрстћуфхцчшАБВГДЂЕЖЗИЈКЛМНОПРСТЋУФХЦЧШ", strict=True))
_LATIN_PIECE = re.compile("|".join(sorted(_DIGRAPHS, key=len, reverse=True)) + "|.", re.S)


#: Roman numerals, which Serbian Cyrillic text writes in Latin letters (``Бенедикт XVI``, ``XXI век``).
_ROMAN = re.compile(r"\b[IVXL]{2,}\b")


def to_cyrillic(text: str) -> str:
    """Serbian Latin to Cyrillic, letter by letter (``lj nj dž`` as one letter; q w x y kept); Roman
    numerals of two letters or more stay Latin, as Cyrillic news writes them (``XVI``, not ``ХВИ``)."""
    out, at = [], 0
    for m in _ROMAN.finditer(text):
        out.append(_letters(text[at:m.start()]))
        out.append(m.group(0))
        at = m.end()
    out.append(_letters(text[at:]))
    return "".join(out)


def _letters(text: str) -> str:
    return "".join(_DIGRAPHS.get(p) or _LETTERS.get(p, p) for p in _LATIN_PIECE.findall(text))


def _cyrillic_conllu(text: str) -> str:
    """A CoNLL-U text with forms, lemmas, ``# text`` and ``# newdoc`` ids (``-cyr``) in Cyrillic."""
    out = []
    for line in text.splitlines(keepends=True):
        if line.startswith("# text = "):
            line = "# text = " + to_cyrillic(line[len("# text = "):])
        elif line.startswith("# newdoc id"):
            line = line.rstrip("\n") + "-cyr\n"
        elif line and line[0].isdigit():
            cols = line.split("\t")
            if len(cols) >= 3:
                cols[1], cols[2] = to_cyrillic(cols[1]), to_cyrillic(cols[2])
            line = "\t".join(cols)
        out.append(line)
    return "".join(out)


def read_readings(paths: Iterable[Path], docs: set[str], lang: str, cyrillic: bool) -> tuple[list, list, list]:
    """(annotated predictions, lite predictions, articles) of the named documents of the files.

    Each file is cut at its ``# newdoc`` lines by ``eval_quotes.read_docs`` first, so that no other
    document (a held-out one included) is read.
    """
    annotated_preds: list[dict] = []
    lite_preds: list[dict] = []
    articles: list = []
    for path in paths:
        wanted = [d for d in doc_ids(path) if d in docs]
        if not wanted:
            continue
        if cyrillic:
            with tempfile.TemporaryDirectory() as tmp:
                sub = Path(tmp) / path.name
                text = path.read_text(encoding="utf-8")
                starts = [(m.start(), m.group(1)) for m in _NEWDOC.finditer(text)]
                parts = [text[a:b] for (a, d), (b, _) in zip(starts, starts[1:] + [(len(text), "")], strict=True)
                         if d in docs]
                sub.write_text(_cyrillic_conllu("".join(parts)), encoding="utf-8")
                ann = EQ.read_docs(sub, [d + "-cyr" for d in wanted], lang)
        else:
            ann = EQ.read_docs(path, wanted, lang)
        seen = {str(a.article_id) for a in articles}
        twice = f"{path.stem}:"  # a doc id an earlier file has too (web.hr.1) is named with its file
        new = EQ.predictions(nk.extract_quotes(ann.tokens, articles=ann.articles, language=lang))
        lite = EQ.lite_reading(ann, lang)
        new_lite = EQ.predictions(nk.extract_quotes(lite.tokens, articles=lite.articles, language=lang))
        for x in new + new_lite:
            x["doc"] = twice + x["doc"] if x["doc"] in seen else x["doc"]
        annotated_preds += new
        lite_preds += new_lite
        articles += [dataclasses.replace(a, article_id=twice + str(a.article_id)) if str(a.article_id) in seen else a
                     for a in ann.articles]
    return annotated_preds, lite_preds, articles


def pair(a: list[dict], b: list[dict], scorer) -> tuple[list[tuple[dict, dict]], list[dict], list[dict]]:
    """Pairs of quotes of one document by the scorer's rule (bag F1 >= 0.5, best first, one to one)."""
    pairs = EQ.pair_quotes(a, b, scorer)
    used_a = {i for i, _ in pairs}
    used_b = {j for _, j in pairs}
    matched = [(a[i], b[j]) for i, j in pairs]
    return matched, [x for i, x in enumerate(a) if i not in used_a], [y for j, y in enumerate(b) if j not in used_b]


def same_speaker(x: str, y: str, scorer) -> bool:
    if not x and not y:
        return True
    return bool(x and y and scorer.same_name(x, y))


def _sentence(text: str, body: str) -> str:
    """The sentence(s) of the article holding the quote's text (its first words), for judging."""
    words = text.split()[:6]
    at = body.find(" ".join(words)) if words else -1
    if at < 0:
        return ""
    start = max(body.rfind(". ", 0, at), body.rfind("\n", 0, at)) + 1
    ends = [e for e in (body.find(". ", at + len(text)), body.find("\n", at + len(text))) if e >= 0]
    end = min(ends) + 1 if ends else len(body)
    return body[max(0, start, at - 400):min(end, at + len(text) + 300)].strip()


def agreement(annotated: list[dict], lite: list[dict], articles: list, scorer) -> tuple[dict, list[str]]:
    """Figures and the disagreement lines of one language group."""
    bodies = {str(a.article_id): a.text for a in articles}
    by_doc: dict[str, tuple[list, list]] = {d: ([], []) for d in bodies}
    for x in annotated:
        by_doc.setdefault(x["doc"], ([], []))[0].append(x)
    for y in lite:
        by_doc.setdefault(y["doc"], ([], []))[1].append(y)
    both = agree = 0
    lines: list[str] = []
    for doc, (a, b) in sorted(by_doc.items()):
        matched, only_a, only_b = pair(a, b, scorer)
        both += len(matched)
        body = bodies.get(doc, "")
        for x, y in matched:
            if same_speaker(x["speaker"], y["speaker"], scorer):
                agree += 1
            else:
                lines.append(f"speaker {doc}: annotated {x['speaker']!r} ({x['rule']}) lite {y['speaker']!r} "
                             f"({y['rule']}): {x['text'][:100]}\n    | {_sentence(x['text'], body)}")
        for x in only_a:
            lines.append(f"annotated-only {doc}: {x['speaker']!r} {x['kind']} cue={x['cue']} ({x['rule']}): "
                         f"{x['text'][:100]}\n    | {_sentence(x['text'], body)}")
        for y in only_b:
            lines.append(f"lite-only {doc}: {y['speaker']!r} {y['kind']} cue={y['cue']} ({y['rule']}): "
                         f"{y['text'][:100]}\n    | {_sentence(y['text'], body)}")
    n_a, n_b = len(annotated), len(lite)
    figures = {
        "docs": len(bodies), "annotated": n_a, "lite": n_b, "both": both,
        "lite_in_annotated": both / n_b if n_b else 0.0,
        "annotated_in_lite": both / n_a if n_a else 0.0,
        "speaker_agreement": agree / both if both else 0.0,
        "attributed_agreement": agree / n_a if n_a else 0.0,
    }
    return figures, lines


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--list", type=Path, help="write the disagreements, with their sentences, to this file")
    ap.add_argument("--quotes", type=Path, help="write quotes-<language>-<reading>.jsonl here")
    ap.add_argument("--with-gold", action="store_true", help="also score the quote-gold documents, apart")
    ap.add_argument("--only", choices=sorted(CORPORA), action="append", help="only this language group")
    args = ap.parse_args(argv)
    needed = [EQ.GOLD, EQ.SCORER] + [p for paths, _, _ in CORPORA.values() for p in paths]
    missing = [str(p) for p in needed if not p.exists()]
    if missing:
        print(f"agree_readings: {', '.join(missing)} not here; nothing to compare")
        return 0
    scorer = EQ.load_scorer()
    held = heldout_docs()
    gold = gold_docs()
    print("agreement between the annotated (gold trees) and lite readings, documents without quote gold;")
    print("NOT gold figures: 'lite in ann' = share of lite's quotes the annotated reading also has, and so on")
    print(f"{'language':<14}{'docs':>5}{'ann':>6}{'lite':>6}{'both':>6}{'lite in ann':>12}{'ann in lite':>12}"
          f"{'speaker':>9}{'attr':>7}")
    text: list[str] = []
    groups = [(g, False) for g in CORPORA if not args.only or g in args.only]
    if args.with_gold:
        groups += [(g, True) for g, _ in groups]
    for group, with_gold in groups:
        paths, lang, cyrillic = CORPORA[group]
        docs = documents(group, held, gold, with_gold=with_gold)
        annotated, lite, articles = read_readings(paths, docs, lang, cyrillic)
        name = group + (" gold" if with_gold else "")
        figures, lines = agreement(annotated, lite, articles, scorer)
        print(f"{name:<14}{figures['docs']:>5}{figures['annotated']:>6}{figures['lite']:>6}{figures['both']:>6}"
              f"{figures['lite_in_annotated']:>12.3f}{figures['annotated_in_lite']:>12.3f}"
              f"{figures['speaker_agreement']:>9.3f}{figures['attributed_agreement']:>7.3f}")
        text.append(f"=== {name}: {len(lines)} disagreements\n" + "".join(line + "\n" for line in lines))
        if args.quotes:
            args.quotes.mkdir(parents=True, exist_ok=True)
            for reading, preds in (("annotated", annotated), ("lite", lite)):
                with open(args.quotes / f"quotes-{name.replace(' ', '-')}-{reading}.jsonl", "w",
                          encoding="utf-8") as fh:
                    for x in preds:
                        fh.write(json.dumps(x, ensure_ascii=False) + "\n")
    print("'speaker' = same speaker on quotes both found (two unknowns agree); "
          "'attr' = same speaker over all annotated quotes")
    if args.list:
        args.list.write_text("".join(text), encoding="utf-8")
        print(f"disagreements written to {args.list}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
