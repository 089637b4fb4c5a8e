"""Tiny CLASSLA models trained with classla's own training code, for tests and benchmarks.

The official CLASSLA models cannot always be downloaded (CI, air-gapped machines), yet the
classla adapter must be tested against classla's real pipeline code. This module trains a
complete, deliberately small Slovenian model directory from a CoNLL-U file in about half a
minute on two cores, with classla's training entry points (``classla.models.tagger``,
``lemmatizer``, ``parser`` and ``ner_tagger``), and lays it out as classla expects::

    DIR/resources.json
    DIR/sl/pretrain/standard.pt   word vectors (random: only their shape matters here)
    DIR/sl/pos/standard.pt        tagger, with the inflectional lexicon (``dicts``) the lemmatizer reads
    DIR/sl/lemma/standard.pt
    DIR/sl/depparse/standard.pt
    DIR/sl/ner/standard.pt

so that a plain ``classla.Pipeline("sl", dir=DIR)`` loads it. The models are tiny and barely
trained: they exercise the plumbing (every column filled, offsets, caching, Dask workers), not
annotation quality.

Training runs in a child process (``python newskit/_tiny_models.py``, which imports classla only) because importing
classla's training modules sets the ``classla`` logger to DEBUG for the whole process and the
entry points change the recursion limit and the random seeds.

Example:
    >>> from newskit._tiny_models import cached_tiny_models
    >>> models = cached_tiny_models("../shared/data/ud-sl-ssj/sl_ssj-ud-dev.conllu", "/tmp/tiny")  # doctest: +SKIP
    >>> import classla; nlp = classla.Pipeline("sl", dir=str(models))  # doctest: +SKIP
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

__all__ = ["TRAINING_VERSION", "HYPERPARAMETERS", "build_tiny_models", "cached_tiny_models", "tiny_models_key"]

#: Bump when the training recipe changes, so cached model directories are rebuilt.
TRAINING_VERSION = 1

#: Small dimensions and few steps: the whole directory trains in about 30 s on two CPU cores.
HYPERPARAMETERS: dict[str, list[str]] = {
    "pos": [
        "--hidden_dim", "48", "--char_hidden_dim", "32", "--deep_biaff_hidden_dim", "48",
        "--composite_deep_biaff_hidden_dim", "16", "--word_emb_dim", "16", "--char_emb_dim", "16",
        "--tag_emb_dim", "8", "--transformed_dim", "16", "--num_layers", "1",
        "--batch_size", "1000", "--max_steps", "10", "--eval_interval", "10", "--fix_eval_interval",
        "--log_step", "1000",
    ],
    "lemma": [
        "--hidden_dim", "48", "--emb_dim", "16", "--pos_dim", "8", "--num_epoch", "1",
        "--batch_size", "300", "--log_step", "1000",
    ],
    "depparse": [
        "--hidden_dim", "48", "--char_hidden_dim", "32", "--deep_biaff_hidden_dim", "48",
        "--composite_deep_biaff_hidden_dim", "16", "--word_emb_dim", "16", "--char_emb_dim", "16",
        "--tag_emb_dim", "8", "--transformed_dim", "16", "--num_layers", "1",
        "--batch_size", "1000", "--max_steps", "10", "--eval_interval", "10", "--log_step", "1000",
    ],
    "ner": [
        "--hidden_dim", "32", "--char_hidden_dim", "16", "--word_emb_dim", "16", "--char_emb_dim", "16",
        "--batch_size", "32", "--max_steps", "40", "--eval_interval", "40", "--log_step", "1000",
        "--scheme", "bioes",
    ],
}

#: ``size="default"``: classla's default dimensions (those of the official models) and two
#: training steps. Useless annotations at the official models' speed and memory, for benchmarks
#: on machines that cannot download the official models.
DEFAULT_SIZE_HYPERPARAMETERS: dict[str, list[str]] = {
    "pos": ["--batch_size", "1000", "--max_steps", "2", "--eval_interval", "2", "--fix_eval_interval",
            "--log_step", "1000"],
    "lemma": ["--num_epoch", "1", "--batch_size", "300", "--log_step", "1000"],
    "depparse": ["--batch_size", "1000", "--max_steps", "2", "--eval_interval", "2", "--log_step", "1000"],
    "ner": ["--batch_size", "32", "--max_steps", "2", "--eval_interval", "2", "--log_step", "1000", "--scheme", "bioes"],
}

#: Dimension of the random word vectors that stand in for the pretrained embeddings (tiny; default size).
VECTOR_DIM = 16
DEFAULT_SIZE_VECTOR_DIM = 100
SIZES = ("tiny", "default")

# classla picks the XPOS vocabulary type from the treebank shorthand; these treat an MSD as one tag.
_SHORTHAND = {"sl": "sl_ssj", "hr": "hr_set", "sr": "sr_set", "mk": "mk_set", "bg": "bg_btb"}

#: The seq2seq lemmatizer is the slowest to train: it sees only the first sentences (the full lexicon comes through the tagger's ``dicts``).
LEMMA_SENTENCES = 300

#: Sentences held out for the training loops' own evaluation step (kept small: it runs once per model).
EVAL_SENTENCES = 40


def _resources(lang: str = "sl") -> dict:
    """A ``resources.json`` describing the tiny models, in the format of classla-resources 2.2."""
    pretrain_dep = [{"model": "pretrain", "package": "standard"}]
    return {
        lang: {
            "tokenize": {"standard": {"library": "obeliks" if lang == "sl" else "reldi", "type": "standard"}},
            "pos": {"standard": {"md5": "", "dependencies": pretrain_dep}},
            "lemma": {"standard": {"md5": ""}},
            "depparse": {"standard": {"md5": "", "dependencies": pretrain_dep}},
            "ner": {"standard": {"md5": ""}},
            "pretrain": {"standard": {"md5": ""}},
            "default_processors": {
                "tokenize": "standard", "pos": "standard", "lemma": "standard", "depparse": "standard", "ner": "standard",
            },
            "default_dependencies": {"pos": pretrain_dep, "depparse": pretrain_dep},
            "lang_name": "Slovenian (tiny test models)",
        },
        "newskit_tiny_models": {"training_version": TRAINING_VERSION},
    }


# --------------------------------------------------------------------------- data preparation

def _read_sentences(path: Path) -> list[list[list[str]]]:
    """Sentences of a CoNLL-U file as lists of 10-column rows (comments, MWT and empty nodes dropped)."""
    sentences: list[list[list[str]]] = []
    current: list[list[str]] = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if not line:
                if current:
                    sentences.append(current)
                    current = []
                continue
            if line.startswith("#"):
                continue
            cols = line.split("\t")
            if len(cols) != 10 or not cols[0].isdigit():
                continue
            current.append(cols)
    if current:
        sentences.append(current)
    return sentences


def _write_conllu(sentences: Sequence[list[list[str]]], path: Path) -> None:
    with open(path, "w", encoding="utf-8") as fh:
        for i, sent in enumerate(sentences):
            fh.write(f"# sent_id = tiny.{i}\n")
            fh.write("# text = " + " ".join(row[1] for row in sent) + "\n")
            for row in sent:
                fh.write("\t".join(row) + "\n")
            fh.write("\n")


def _ner_tag(misc: str) -> str:
    for item in misc.split("|"):
        if item.startswith("NER="):
            return item[4:].upper() if item[4:] != "O" else "O"
    return "O"


def _write_ner_json(sentences: Sequence[list[list[str]]], path: Path) -> None:
    # classla's NER trainer reads a JSON list of sentences of {"text", "ner"} tokens.
    doc = [[{"text": row[1], "ner": _ner_tag(row[9])} for row in sent] for sent in sentences]
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")


def _write_vectors(sentences: Sequence[list[list[str]]], path: Path, *, seed: int, dim: int = VECTOR_DIM) -> None:
    """Random word vectors in word2vec text format for every lower-cased word form."""
    rng = random.Random(seed)
    words = sorted({row[1].lower() for sent in sentences for row in sent if " " not in row[1]})
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(f"{len(words)} {dim}\n")
        for w in words:
            fh.write(w + " " + " ".join(f"{rng.gauss(0, 0.1):.4f}" for _ in range(dim)) + "\n")


def _write_lexicon(sentences: Sequence[list[list[str]]], path: Path) -> None:
    """An inflectional lexicon (Sloleks layout) from the training data, for the tagger's ``dicts``.

    classla reads it with ``csv.reader`` (a ``"`` in a word form opens a quoted field and swallows
    the following lines) and takes the 7th column as the frequency only when it is a decimal
    number such as ``3.0``. Columns: form, lemma, -, XPOS, UPOS, FEATS, frequency.
    """
    counts: Counter[tuple[str, str, str, str, str]] = Counter()
    for sent in sentences:
        for row in sent:
            form, lemma, upos, xpos, feats = row[1], row[2], row[3], row[4], row[5]
            if any(c in field for field in (form, lemma) for c in '"\t') or "_" in (lemma, xpos):
                continue
            counts[(form, lemma, xpos, upos, feats)] += 1
    with open(path, "w", encoding="utf-8") as fh:
        for (form, lemma, xpos, upos, feats), n in sorted(counts.items()):
            fh.write("\t".join([form, lemma, "-", xpos, upos, "" if feats == "_" else feats, f"{float(n):.1f}"]) + "\n")


# --------------------------------------------------------------------------- training (child process)

def _train_all(train_file: Path, out_dir: Path, *, lang: str, seed: int, max_sentences: int | None,
               size: str = "tiny") -> None:
    """Train every model into ``out_dir`` (runs inside the child process)."""
    import torch

    # one thread: tiny matrices gain nothing from more, and spinning OpenMP threads crawl on a busy machine
    torch.set_num_threads(1)
    from classla.models import lemmatizer, ner_tagger, parser, tagger
    from classla.models.common.pretrain import Pretrain

    sentences = _read_sentences(train_file)
    if max_sentences:
        sentences = sentences[:max_sentences]
    if len(sentences) < 2:
        raise SystemExit(f"{train_file}: needs at least 2 sentences to train tiny models, found {len(sentences)}")
    n_eval = min(EVAL_SENTENCES, max(1, len(sentences) // 5))
    train, dev = sentences, sentences[:n_eval]  # tiny models: evaluating on seen data is fine

    work = out_dir / "_work"
    work.mkdir(parents=True, exist_ok=True)
    train_path, dev_path = work / "train.conllu", work / "dev.conllu"
    _write_conllu(train, train_path)
    _write_conllu(train[:LEMMA_SENTENCES], work / "train.lemma.conllu")
    _write_conllu(dev, dev_path)
    _write_ner_json(train, work / "train.ner.json")
    _write_ner_json(dev, work / "dev.ner.json")
    hp = HYPERPARAMETERS if size == "tiny" else DEFAULT_SIZE_HYPERPARAMETERS
    _write_vectors(train, work / "vectors.vec", seed=seed, dim=VECTOR_DIM if size == "tiny" else DEFAULT_SIZE_VECTOR_DIM)
    _write_lexicon(train, work / "lexicon.tsv")

    models = out_dir / lang
    for sub in ("pretrain", "pos", "lemma", "depparse", "ner"):
        (models / sub).mkdir(parents=True, exist_ok=True)
    pretrain = models / "pretrain" / "standard.pt"
    Pretrain(str(pretrain), str(work / "vectors.vec"), max_vocab=-1).load()

    common = ["--seed", str(seed), "--cpu", "--lang", lang, "--shorthand", _SHORTHAND.get(lang, "sl_ssj")]
    timings: dict[str, float] = {}

    t = time.perf_counter()
    tagger.main(common + [
        "--train_file", str(train_path), "--eval_file", str(dev_path), "--gold_file", str(dev_path),
        "--output_file", str(work / "pos.out.conllu"), "--pretrain_file", str(pretrain),
        "--wordvec_file", str(work / "vectors.vec"),
        "--inflectional_lexicon_path", str(work / "lexicon.tsv"),
        "--save_dir", str(models / "pos"), "--save_name", "standard.pt",
    ] + hp["pos"])
    timings["pos"] = time.perf_counter() - t

    t = time.perf_counter()
    lemmatizer.main(["--seed", str(seed), "--cpu", "--lang", lang,
                     "--train_file", str(work / "train.lemma.conllu"), "--eval_file", str(dev_path),
                     "--gold_file", str(dev_path), "--output_file", str(work / "lemma.out.conllu"),
                     "--model_dir", str(work / "lemma"), "--model_file", "standard",
                     ] + hp["lemma"])
    # the lemmatizer's entry point always appends "_lemmatizer.pt" to the name it is given
    shutil.move(str(work / "lemma" / "standard_lemmatizer.pt"), str(models / "lemma" / "standard.pt"))
    timings["lemma"] = time.perf_counter() - t

    t = time.perf_counter()
    parser.main(common + [
        "--train_file", str(train_path), "--eval_file", str(dev_path), "--gold_file", str(dev_path),
        "--output_file", str(work / "depparse.out.conllu"), "--pretrain_file", str(pretrain),
        "--wordvec_file", str(work / "vectors.vec"),
        "--save_dir", str(models / "depparse"), "--save_name", "standard.pt",
    ] + hp["depparse"])
    timings["depparse"] = time.perf_counter() - t

    t = time.perf_counter()
    ner_tagger.main(common + [
        "--train_file", str(work / "train.ner.json"), "--eval_file", str(work / "dev.ner.json"),
        "--wordvec_file", str(work / "vectors.vec"),
        "--save_dir", str(models / "ner"), "--save_name", "standard.pt",
    ] + hp["ner"])
    timings["ner"] = time.perf_counter() - t

    missing = [sub for sub in ("pretrain", "pos", "lemma", "depparse", "ner") if not (models / sub / "standard.pt").exists()]
    if missing:
        raise SystemExit(f"training finished without a model for: {', '.join(missing)}")
    resources = _resources(lang)
    resources["newskit_tiny_models"].update({
        "train_file": str(train_file), "sentences": len(train), "size": size, "seconds": {k: round(v, 1) for k, v in timings.items()},
    })
    (out_dir / "resources.json").write_text(json.dumps(resources, indent=2), encoding="utf-8")
    shutil.rmtree(work, ignore_errors=True)


def build_tiny_models(
    train_file: str | Path,
    out_dir: str | Path,
    *,
    lang: str = "sl",
    seed: int = 1234,
    max_sentences: int | None = None,
    size: str = "tiny",
    timeout: float = 900,
) -> Path:
    """Train a tiny CLASSLA model directory from ``train_file`` into ``out_dir``.

    Runs classla's training entry points in a child process (its output goes to
    ``out_dir/train.log``). The directory appears whole or not at all: it is built beside
    ``out_dir`` and renamed into place.

    Args:
        train_file: A CoNLL-U file with lemmas, UPOS, XPOS, features, trees and ``NER=`` in MISC.
        out_dir: Where the model directory goes; must not exist yet.
        lang: Language code written into ``resources.json``.
        seed: Random seed for the vectors and every model.
        max_sentences: Use only the first N sentences.
        size: ``"tiny"`` (small, fast) or ``"default"`` (classla's default dimensions, as the
            official models, trained two steps: for speed and memory benchmarks).
        timeout: Seconds before training is abandoned.

    Returns:
        ``out_dir``, holding ``resources.json`` and ``<lang>/{pretrain,pos,lemma,depparse,ner}/standard.pt``.

    Raises:
        RuntimeError: Training failed; the message ends with the last lines of the training log.
    """
    train_file = Path(train_file).resolve()
    out_dir = Path(out_dir)
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=out_dir.name + ".", suffix=".tmp", dir=out_dir.parent))
    log = tmp / "train.log"
    # run as a plain script: the child needs classla only, not the rest of newskit
    cmd = [sys.executable, str(Path(__file__).resolve()), str(train_file), str(tmp), "--lang", lang, "--seed", str(seed)]
    if max_sentences:
        cmd += ["--max-sentences", str(max_sentences)]
    if size not in SIZES:
        raise ValueError(f"size={size!r}: choose one of {', '.join(SIZES)}")
    cmd += ["--size", size]
    env = dict(os.environ, PYTHONWARNINGS="ignore", OMP_NUM_THREADS="1", MKL_NUM_THREADS="1")
    try:
        with open(log, "w", encoding="utf-8") as fh:
            proc = subprocess.run(cmd, stdout=fh, stderr=subprocess.STDOUT, env=env, timeout=timeout, check=False)
    except subprocess.TimeoutExpired:
        shutil.rmtree(tmp, ignore_errors=True)
        raise RuntimeError(f"training tiny CLASSLA models from {train_file} took over {timeout:.0f} s") from None
    if proc.returncode != 0 or not (tmp / "resources.json").exists():
        tail = "\n".join(log.read_text(encoding="utf-8", errors="replace").splitlines()[-25:])
        shutil.rmtree(tmp, ignore_errors=True)
        raise RuntimeError(f"training tiny CLASSLA models from {train_file} failed (exit {proc.returncode}):\n{tail}")
    try:
        tmp.rename(out_dir)
    except OSError:
        if (out_dir / "resources.json").exists():  # another process finished first: keep theirs
            shutil.rmtree(tmp, ignore_errors=True)
        else:
            raise
    return out_dir


def tiny_models_key(train_file: str | Path, *, lang: str = "sl", seed: int = 1234, max_sentences: int | None = None,
                    size: str = "tiny") -> str:
    """A short hash of everything the trained directory depends on: data, recipe and library versions."""
    from importlib.metadata import version

    h = hashlib.sha256()
    h.update(Path(train_file).read_bytes())
    recipe = {
        "v": TRAINING_VERSION, "hp": HYPERPARAMETERS, "dim": VECTOR_DIM, "eval": EVAL_SENTENCES, "lemma": LEMMA_SENTENCES, "lang": lang,
        "seed": seed, "max": max_sentences, "size": size, "default_hp": DEFAULT_SIZE_HYPERPARAMETERS, "classla": version("classla"), "torch": version("torch").split("+")[0],
    }
    h.update(json.dumps(recipe, sort_keys=True).encode())
    h.update(Path(__file__).read_bytes())
    return h.hexdigest()[:16]


def cached_tiny_models(
    train_file: str | Path,
    cache_root: str | Path,
    *,
    lang: str = "sl",
    seed: int = 1234,
    max_sentences: int | None = None,
    size: str = "tiny",
) -> Path:
    """The tiny model directory for ``train_file``, trained once and reused from ``cache_root``.

    The directory name carries :func:`tiny_models_key`, so a change of data, recipe, classla or
    torch version trains afresh; a directory without ``resources.json`` (an interrupted run)
    is never used.
    """
    key = tiny_models_key(train_file, lang=lang, seed=seed, max_sentences=max_sentences, size=size)
    target = Path(cache_root) / f"classla-{size}-{lang}-{key}"
    if (target / "resources.json").exists() and all(
        (target / lang / sub / "standard.pt").exists() for sub in ("pretrain", "pos", "lemma", "depparse", "ner")
    ):
        return target
    if target.exists():
        shutil.rmtree(target, ignore_errors=True)
    return build_tiny_models(train_file, target, lang=lang, seed=seed, max_sentences=max_sentences, size=size)


def main(argv: Sequence[str] | None = None) -> int:
    import argparse

    ap = argparse.ArgumentParser(prog="python -m newskit._tiny_models", description=__doc__.split("\n\n")[0])
    ap.add_argument("train_file")
    ap.add_argument("out_dir")
    ap.add_argument("--lang", default="sl")
    ap.add_argument("--seed", type=int, default=1234)
    ap.add_argument("--max-sentences", type=int, default=None)
    ap.add_argument("--size", choices=SIZES, default="tiny")
    args = ap.parse_args(argv)
    _train_all(Path(args.train_file), Path(args.out_dir), lang=args.lang, seed=args.seed,
               max_sentences=args.max_sentences, size=args.size)
    return 0


if __name__ == "__main__":
    sys.exit(main())
