"""How many core reporting events of gold dependency trees the quote extractor reports.

There is no semantic-role annotation in ``../shared/data``, so this is a proxy built from the gold
UD trees (hr500k dev and non-SETimes test, UD SETimes.SR dev, UD SSJ dev and test), on documents
that have **no quote gold** and are not in ``../shared/data/HELDOUT.md``:

- a **core event** is a verb whose lemma is in newskit's reporting-verb lexicon, finite (a finite
  verb, or a participle with a finite auxiliary: ``je dejal``, ``rekao je``), in the 3rd person,
  not negated (``Polarity=Neg`` on it or on a child: ``nije rekao``, ``ni dejal``), not inside
  quotation marks, and with a clausal complement in the tree: a ``ccomp`` child; a ``parataxis``
  child that is what it reports (before the verb, after a colon, quotation mark or dash, or in the
  1st or 2nd person: ``je dejal: ...``, ``Znano je, pravi X, da``), not a 3rd-person clause beside
  it (``Zakon predvideva novosti, med drugim ...``) nor another reporting verb; or itself attached
  as ``parataxis`` to the quotation (``"...", je dejal``) and neither coordinated (a ``CCONJ``
  child: ``tožilec pa je napovedal pritožbo``) nor relative (``(kar pojasni ...)``);
- an event inside the statement of another event of the same sentence (its ``ccomp`` or
  ``parataxis`` statement, or the clause a reporting clause hangs on) is not counted: the issue's
  core events are "not inside another quote", and the extractor reports a nested report once, for
  the outer speaker (``mediji poročajo, da je X pozvala ...`` is one event). A second reporting
  clause on a reporting verb (``"...", rekao je X, izvijestila je MSNBC``) reports the same
  statement, so both count;
- an event is **found** when a quote of :func:`newskit.extract_quotes` has its cue on that verb;
- its **speaker** is checked where the tree gives a proper-name subject (``nsubj`` PROPN, with its
  ``flat`` words): the quote's speaker must be that name (``score_quotes.same_name``). Dropped,
  pronoun and common-noun subjects resolve to a person the tree does not name, and are not scored.

Each language is read twice: with the gold trees (``annotated``) and as raw text through lite
(``lite``; the article text rebuilt from the tokens, as in ``eval_quotes.py``). The lexicon
decides what counts as an event, so verbs missing from it are not measured here: ``--verbs``
lists the most frequent verb lemmas with a clausal complement and a subject that the lexicon lacks,
for a person to judge. ``--misses FILE`` writes the missed events and wrong speakers.

These are silver figures (a proxy on gold trees), not the issue's semantic-role measure.
Until 2 Dec 2026 any ``parataxis`` child or head counted as a complement and nested events were
counted, so 24 clauses that report nothing (``..., bolniki pa se pritožujejo``) or sit inside
another report were events (sl 198 -> 178, hr 147 -> 144, sr 54 -> 53); figures from before then
are not comparable with later ones.

``--out DIR`` writes every quote found (one line each: article, rule, cue, speaker, text), so that a
change can be diffed for what it adds beyond the scored events (the proxy has no precision).

Run: ``python bench/eval_events.py [--misses FILE] [--verbs N] [--news-only] [--out DIR]``.
Exits 0; prints a note and nothing else when ``../shared`` is not there.
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
from collections import Counter
from pathlib import Path

import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent))

import eval_quotes as eq  # noqa: E402
import ner_corpora as nc  # noqa: E402

import newskit as nk  # noqa: E402
from newskit.quotes.lexicon import load_lexicon  # noqa: E402
from newskit.quotes.marks import find_quote_spans  # noqa: E402

CORPORA = {
    "sl": [eq.DATA / "ud-sl-ssj" / "sl_ssj-ud-dev.conllu", eq.DATA / "ud-sl-ssj" / "sl_ssj-ud-test.conllu"],
    "hr": [eq.DATA / "hr500k" / "hr500k-dev.conllu", eq.DATA / "hr500k" / "hr500k-test-nonsetimes.conllu"],
    "sr": [eq.DATA / "sr-set" / "sr_set-ud-dev.conllu"],
}
OPENERS = frozenset(':"\'«»„“”‚‘’–—-')


@dataclasses.dataclass(frozen=True)
class Event:
    article_id: str
    sentence: int
    start_char: int
    lemma: str
    subject: str  # the proper-name subject as written, "" when the tree gives none
    text: str  # the sentence


def _feats(s: object) -> dict[str, str]:
    if not isinstance(s, str) or not s:
        return {}
    return dict(kv.split("=", 1) for kv in s.split("|") if "=" in kv)


def _subtree(wid: int, kids: dict[int, list[dict]]) -> set[int]:
    out, todo = set(), [wid]
    while todo:
        w = todo.pop()
        if w not in out:
            out.add(w)
            todo += [int(c["word_id"]) for c in kids.get(w, [])]
    return out


def _reporting_clause(r: dict, kids: dict[int, list[dict]]) -> bool:
    """Whether a verb attached as ``parataxis`` reads as a reporting clause (``"...", je dejal X``).

    Not when it is coordinated (a ``CCONJ`` child: ``tožilec pa je napovedal pritožbo``,
    ``a dodao je``) or opens with a relative pronoun (``(kar pojasni ...)``, ``s čimer so
    priznali``): then it is a clause beside the one it hangs on, not that clause's frame.
    """
    return not any(c["upos"] == "CCONJ" or _feats(c["feats"]).get("PronType") == "Rel"
                   for c in kids.get(int(r["word_id"]), []))


def _person(r: dict, kids: dict[int, list[dict]]) -> str:
    """The person of a verb, from itself or its auxiliary ("" when neither gives one)."""
    for w in [r] + [c for c in kids.get(int(r["word_id"]), []) if str(c["deprel"]).startswith("aux")]:
        if person := _feats(w["feats"]).get("Person"):
            return person
    return ""


def _statement_child(verb: dict, c: dict, rows: list[dict], kids: dict[int, list[dict]],
                     verbs: frozenset[str] | set[str]) -> bool:
    """Whether a ``parataxis`` child of a reporting verb is what it reports.

    It is when it stands before the verb (``Znano je, pravi X, da ...``; more than one word, so
    not a parenthetical ``denimo``), follows a colon, quotation mark or dash (``je dejal: ...``),
    or speaks in the 1st or 2nd person or the imperative (``mu je odgovoril X, kandidirajte``).
    A 3rd-person clause after a comma or semicolon (``Zakon predvideva novosti, med drugim ...``,
    ``..., bolniki pa se pritožujejo``) is a clause of its own, and so is a 3rd-person reporting
    verb of the lexicon: the verb's own frame or another report (``Česa se je bala, se je
    spraševala``, ``..., Boulton pa je izjavila, da``).
    """
    person = _person(c, kids)
    if person in ("1", "2") or _feats(c["feats"]).get("Mood") == "Imp":
        return True
    if c["upos"] == "VERB" and str(c["lemma"]) in verbs:
        return False
    sub = _subtree(int(c["word_id"]), kids)
    vid = int(verb["word_id"])
    if min(sub) < vid:
        return len(sub) > 1
    between = [r for r in rows if vid < int(r["word_id"]) <= min(sub) and r["upos"] == "PUNCT"]
    return any(str(r["text"]) in OPENERS for r in between)


def events_of(ann: nk.Annotation, lang: str) -> tuple[list[Event], Counter]:
    """The core events of an annotation with trees, and the uncovered verbs with a complement."""
    verbs = load_lexicon(lang).verbs
    texts = {a.article_id: a.text for a in ann.articles}
    firsts = ann.tokens.groupby(["article_id", "sentence"], sort=False)["start_char"].min()
    quoted = {doc: [piece for p in find_quote_spans(
        texts[str(doc)], sorted(int(x) for x in firsts.loc[doc])) for piece in p.pieces] for doc in firsts.index.unique(0)}
    out: list[Event] = []
    unknown: Counter = Counter()
    for (doc, _sent), s in ann.tokens.groupby(["article_id", "sentence"], sort=False):
        text = texts[str(doc)]
        rows = s.to_dict("records")
        by_id = {int(r["word_id"]): r for r in rows}
        kids: dict[int, list[dict]] = {}
        for r in rows:
            if pd.notna(r["head"]):
                kids.setdefault(int(r["head"]), []).append(r)
        found: dict[int, tuple[dict, set[int]]] = {}  # word id: (event row, the words it reports)
        clauses: list[dict] = []  # events attached as parataxis to the statement they report
        for r in rows:
            if r["upos"] != "VERB":
                continue
            wid, fe = int(r["word_id"]), _feats(r["feats"])
            ch = kids.get(wid, [])
            aux = [c for c in ch if str(c["deprel"]).startswith("aux")]
            fin = fe.get("VerbForm") == "Fin" or any(_feats(c["feats"]).get("VerbForm") == "Fin" for c in aux)
            third = _person(r, kids) == "3"
            neg = fe.get("Polarity") == "Neg" or any(_feats(c["feats"]).get("Polarity") == "Neg" for c in ch)
            content: set[int] = set()
            for c in ch:
                rel = str(c["deprel"]).split(":")[0]
                if rel == "ccomp" or (rel == "parataxis" and _statement_child(r, c, rows, kids, verbs)):
                    content |= _subtree(int(c["word_id"]), kids)
            clause = str(r["deprel"]).split(":")[0] == "parataxis" and pd.notna(r["head"]) \
                and _reporting_clause(r, kids)
            inside = any(a <= int(r["start_char"]) < b for a, b in quoted[doc])
            if not (fin and third and (content or clause)) or neg or inside:
                continue
            subj = next((c for c in ch if str(c["deprel"]).startswith("nsubj")), None)
            lemma = str(r["lemma"])
            if lemma not in verbs:
                if subj is not None:
                    unknown[lemma] += 1
                continue
            found[wid] = (r, content)
            if clause:
                clauses.append(r)
        for r in clauses:
            # '"...", je dejal X' reports the clause it hangs on; a second reporting clause on a
            # reporting verb ('..., rekao je X, izvijestila je MSNBC') reports what that verb does
            head, wid = int(r["head"]), int(r["word_id"])
            stated = found[head][1] if head in found else _subtree(head, kids) - _subtree(wid, kids)
            found[wid] = (r, found[wid][1] | stated)
        for wid, (r, _content) in found.items():
            # a report inside another's statement is part of that quote, not an event of its own
            if any(wid in other for w, (_, other) in found.items() if w != wid):
                continue
            subj = next((c for c in kids.get(wid, []) if str(c["deprel"]).startswith("nsubj")), None)
            name = ""
            if subj is not None and subj["upos"] == "PROPN":
                sid = int(subj["word_id"])
                ids = [sid] + [int(c["word_id"]) for c in kids.get(sid, []) if str(c["deprel"]).startswith("flat")]
                name = " ".join(str(by_id[i]["text"]) for i in sorted(ids))
            sent = text[int(rows[0]["start_char"]):int(rows[-1]["end_char"])]
            out.append(Event(str(doc), int(r["sentence"]), int(r["start_char"]), str(r["lemma"]), name, sent))
    return out, unknown


def score(events: list[Event], quotes: pd.DataFrame, same_name) -> tuple[dict, list[str]]:
    cues: dict[str, list[tuple[int, int, str]]] = {}
    for q in quotes.itertuples(index=False):
        if pd.notna(q.cue_start):
            cues.setdefault(str(q.article_id), []).append((int(q.cue_start), int(q.cue_end),
                                                           "" if pd.isna(q.speaker) else str(q.speaker)))
    found = named = right = 0
    notes: list[str] = []
    for e in events:
        hit = [sp for a, b, sp in cues.get(e.article_id, []) if a <= e.start_char < b]
        if not hit:
            notes.append(f"MISS {e.article_id} [{e.lemma}] {e.text}")
            continue
        found += 1
        if e.subject:
            named += 1
            if any(same_name(e.subject, sp) for sp in hit):
                right += 1
            else:
                notes.append(f"SPEAKER {e.article_id} [{e.lemma}] tree: {e.subject!r} got: {hit[0]!r} :: {e.text}")
    n = len(events)
    return {"events": n, "recall": found / n if n else 0.0, "named": named,
            "speaker_accuracy": right / named if named else 0.0}, notes


def write_quotes(path: Path, quotes: pd.DataFrame, ann: nk.Annotation) -> None:
    """One line a quote: article, rule, cue as written, speaker and the reported text."""
    texts = {a.article_id: a.text for a in ann.articles}
    path.parent.mkdir(parents=True, exist_ok=True)
    lines = []
    for q in quotes.itertuples(index=False):
        t = texts[str(q.article_id)]
        cue = "" if pd.isna(q.cue_start) else t[int(q.cue_start):int(q.cue_end)]
        said = " ".join(str(q.text).split())
        speaker = "" if pd.isna(q.speaker) else str(q.speaker)
        lines.append("\t".join((str(q.article_id), str(q.rule), cue, speaker, said)))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def read_corpus(lang: str, *, news_only: bool) -> nk.Annotation:
    skip = nc.heldout_ids() | nc.quote_gold_ids()
    arts, toks = [], []
    seen: set[str] = set()
    for path in CORPORA[lang]:
        ids = [d for d in eq._NEWDOC.findall(path.read_text(encoding="utf-8")) if d not in skip]
        ann = eq.read_docs(path, ids, lang)
        keep = [a for a in ann.articles if not news_only or nc.article_genre(a) == "news"]
        t = ann.tokens[ann.tokens["article_id"].isin({a.article_id for a in keep})]
        # hr500k's dev and test files both have a document 'web.hr.1' (two different texts): an id
        # met in an earlier file gets the file's name, or their tokens and sentences would be merged
        # under one id and read against one text.
        again = {a.article_id: f"{a.article_id}@{path.stem}" for a in keep if a.article_id in seen}
        if again:
            keep = [dataclasses.replace(a, article_id=again.get(a.article_id, a.article_id)) for a in keep]
            t = t.assign(article_id=t["article_id"].replace(again))
        seen |= {a.article_id for a in keep}
        arts += keep
        toks.append(t)
    return nk.Annotation(pd.concat(toks, ignore_index=True), pd.DataFrame(), arts)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--misses", type=Path, help="write missed events and wrong speakers here")
    ap.add_argument("--verbs", type=int, default=0, help="list the N most frequent verbs the lexicon lacks")
    ap.add_argument("--news-only", action="store_true", help="only news documents")
    ap.add_argument("--out", type=Path, help="write every quote found, one line each, to quotes-<lang>-<reading>.tsv here "
                    "(to diff what a change adds or takes away beyond the scored events)")
    args = ap.parse_args(argv)
    if not eq.GOLD.exists() or not eq.DATA.exists():
        print(f"eval_events: {eq.SHARED} is not there; nothing to score")
        return 0
    same_name = eq.load_scorer().same_name
    notes: list[str] = []
    print(f"{'lang':6} {'reading':10} {'events':>6} {'recall':>7} {'named':>6} {'spk_acc':>7}")
    for lang in CORPORA:
        ann = read_corpus(lang, news_only=args.news_only)
        events, unknown = events_of(ann, lang)
        readings = {"annotated": ann, "lite": eq.lite_reading(ann, lang)}
        for reading, a in readings.items():
            quotes = nk.extract_quotes(a.tokens, articles=a.articles, language=lang)
            s, miss = score(events, quotes, same_name)
            if args.out:
                write_quotes(args.out / f"quotes-{lang}-{reading}.tsv", quotes, a)
            print(f"{lang:6} {reading:10} {s['events']:6d} {s['recall']:7.3f} {s['named']:6d} {s['speaker_accuracy']:7.3f}")
            notes += [f"{lang} {reading} {m}" for m in miss]
        if args.verbs:
            print(f"  {lang}: verbs with a clausal complement the lexicon lacks:",
                  ", ".join(f"{v} {n}" for v, n in unknown.most_common(args.verbs)))
    if args.misses:
        args.misses.write_text("\n".join(notes) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
