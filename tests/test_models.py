"""newskit.models: finding, downloading and loading CLASSLA models, and classla's traps.

Tests that load pipelines use the tiny models trained at session start (tests/classla_models.py);
the offline tests really try the network, which is unreachable here and in CI, and a local
server stands in for the model repository where a download must succeed or hang.
"""

from __future__ import annotations

import hashlib
import http.server
import json
import logging
import os
import shutil
import socket
import subprocess
import sys
import textwrap
import threading
import time
import warnings
from pathlib import Path

import pytest

from newskit.errors import InputError, ModelUnavailableError, NewskitError, UnsupportedLanguageError
from newskit.models import (
    clear_pipelines,
    download_models,
    get_pipeline,
    list_models,
    missing_models,
    model_info,
    models_available,
    models_dir,
    resolve_processors,
)

ROOT = Path(__file__).resolve().parents[1]
TEXT = "Vladimir Putin je v Pekingu pohvalil Kim Džong Una.\n\nRusija se je zahvalila za vojake."


# --------------------------------------------------------------------------- processors, languages, types

def test_lemma_brings_pos_and_parser_brings_both():
    assert list(resolve_processors("sl", processors="lemma")) == ["tokenize", "pos", "lemma"]
    assert list(resolve_processors("sl", processors=["depparse"])) == ["tokenize", "pos", "lemma", "depparse"]
    assert list(resolve_processors("sl", processors="ner")) == ["tokenize", "ner"]


def test_nonstandard_parser_is_the_standard_one():
    packages = resolve_processors("hr", type="nonstandard")
    assert packages == {"tokenize": "nonstandard", "pos": "nonstandard", "lemma": "nonstandard",
                        "depparse": "standard", "ner": "nonstandard"}


@pytest.mark.parametrize("lang", ["bg", "mk"])
def test_nonstandard_only_for_sl_hr_sr(lang):
    with pytest.raises(InputError) as err:
        resolve_processors(lang, type="nonstandard")
    msg = str(err.value)
    assert "'standard'" in msg and "sl, hr, sr" in msg and lang in msg


def test_unknown_type_lists_choices():
    with pytest.raises(InputError, match="choose one of 'standard', 'nonstandard'"):
        resolve_processors("sl", type="web2")


def test_unknown_language_and_processor():
    with pytest.raises(UnsupportedLanguageError, match="sl \\(Slovenian\\).*mk \\(Macedonian\\)"):
        get_pipeline("de")
    with pytest.raises(InputError, match="unknown processor.*sentiment"):
        resolve_processors("sl", processors="tokenize,sentiment")


def test_bosnian_runs_croatian_models():
    assert missing_models("bs", dir="/nonexistent") == missing_models("hr", dir="/nonexistent")


def test_macedonian_drops_parser_and_ner_with_one_warning(tmp_path):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        with pytest.raises(ModelUnavailableError) as err:
            get_pipeline("mk", dir=tmp_path, download=False)
    messages = [str(w.message) for w in caught]
    assert len(messages) == 1, messages
    assert "depparse" in messages[0] and "ner" in messages[0] and "Macedonian" in messages[0]
    # what is missing is the tagger and lemmatizer, never a parser that does not exist
    assert "mk/pos/standard.pt" in str(err.value) and "depparse" not in str(err.value)


# --------------------------------------------------------------------------- on disk, without torch

def test_models_available_reads_files_only(tiny_models_dir, tmp_path):
    code = textwrap.dedent(f"""
        import sys
        from newskit.models import models_available, missing_models
        assert models_available("sl", dir={str(tiny_models_dir)!r})
        assert not models_available("sl", "nonstandard", dir={str(tiny_models_dir)!r})
        assert "resources.json" in missing_models("hr", dir={str(tmp_path)!r})
        heavy = [m for m in ("torch", "classla") if m in sys.modules]
        assert not heavy, heavy
    """)
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT, timeout=120)


def test_missing_models_names_files(tiny_models_dir, tmp_path):
    assert missing_models("sl", dir=tmp_path) == [
        "resources.json", "sl/pos/standard.pt", "sl/pretrain/standard.pt", "sl/lemma/standard.pt",
        "sl/depparse/standard.pt", "sl/ner/standard.pt",
    ]
    assert missing_models("sl", processors="tokenize,ner", dir=tmp_path) == ["resources.json", "sl/ner/standard.pt"]
    partial = tmp_path / "partial"
    shutil.copytree(tiny_models_dir, partial)
    (partial / "sl" / "ner" / "standard.pt").unlink()
    (partial / "sl" / "pos" / "standard.pt").write_bytes(b"")  # an interrupted copy
    assert missing_models("sl", dir=partial) == ["sl/pos/standard.pt", "sl/ner/standard.pt"]
    assert models_available("sl", processors="tokenize", dir=partial)


def test_models_dir_reads_environment_at_call_time(tmp_path, monkeypatch):
    monkeypatch.delenv("CLASSLA_RESOURCES_DIR", raising=False)
    assert models_dir() == Path(os.environ["NEWSKIT_CACHE"]) / "classla"
    monkeypatch.setenv("CLASSLA_RESOURCES_DIR", str(tmp_path))
    assert models_dir() == tmp_path
    assert models_dir(tmp_path / "x") == tmp_path / "x"


def test_model_info_changes_with_the_files(tiny_models_dir, tmp_path):
    copy = tmp_path / "m"
    shutil.copytree(tiny_models_dir, copy)
    before = model_info("sl", dir=copy)
    assert before["processors"]["lemma"] == "standard" and "sl/lemma/standard.pt" in before["files"]
    assert model_info("sl", dir=copy)["version"] == before["version"]
    with open(copy / "sl" / "lemma" / "standard.pt", "ab") as fh:
        fh.write(b"\0")
    assert model_info("sl", dir=copy)["version"] != before["version"]


def test_list_models(tiny_models_dir):
    rows = {(r["lang"], r["type"]): r for r in list_models(tiny_models_dir)}
    assert set(rows) == {("sl", "standard"), ("sl", "nonstandard"), ("hr", "standard"), ("hr", "nonstandard"),
                         ("sr", "standard"), ("sr", "nonstandard"), ("bg", "standard"), ("mk", "standard")}
    assert rows["sl", "standard"]["available"] and not rows["hr", "standard"]["available"]
    assert rows["mk", "standard"]["processors"] == "tokenize,pos,lemma"


# --------------------------------------------------------------------------- offline

def _network_reaches_the_model_repository() -> bool:
    try:
        socket.create_connection(("raw.githubusercontent.com", 443), timeout=3).close()
    except OSError:
        return False
    return True


@pytest.fixture
def offline():
    """The real network, which cannot reach the model repository here or in CI."""
    if _network_reaches_the_model_repository():
        pytest.skip("the CLASSLA model repository is reachable from here: a download would really start")


@pytest.fixture
def refused_url(monkeypatch):
    """A model repository URL on a local port where nothing listens: connections are refused at once."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()
    monkeypatch.setenv("CLASSLA_RESOURCES_URL", f"http://127.0.0.1:{port}")


def _assert_helpful(msg: str, directory: Path, lang: str = "sl") -> None:
    assert f"{lang}/pos/standard.pt" in msg and f"{lang}/lemma/standard.pt" in msg  # which models
    assert f"classla.download('{lang}', type='standard', dir='{directory}')" in msg  # the exact command
    assert f"newskit models download {lang}" in msg
    assert "CLASSLA_RESOURCES_DIR" in msg and "dir=" in msg and str(directory) in msg  # where to point
    assert "Traceback" not in msg


def test_offline_fails_fast_with_a_helpful_error(tmp_path, offline):
    """The model repository is unreachable here (and in CI): the real download is attempted."""
    start = time.perf_counter()
    with pytest.raises(ModelUnavailableError) as err:
        get_pipeline("sl", dir=tmp_path)
    assert time.perf_counter() - start < 60
    assert isinstance(err.value, NewskitError) and isinstance(err.value, RuntimeError)
    assert err.value.__suppress_context__ and err.value.__cause__ is None  # no chained deep traceback
    _assert_helpful(str(err.value), tmp_path)
    assert "downloading them failed" in str(err.value)
    assert not (tmp_path / "resources.json").exists()


def test_no_download_when_told(tmp_path, monkeypatch):
    import classla

    monkeypatch.setattr(classla, "download", lambda *a, **k: pytest.fail("must not download"))
    with pytest.raises(ModelUnavailableError) as err:
        get_pipeline("sl", dir=tmp_path, download=False)
    _assert_helpful(str(err.value), tmp_path)


class _Silent:
    """A server that accepts connections and never answers: a download must not hang on it."""

    def __init__(self) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(8)
        self.port = self.sock.getsockname()[1]

    def close(self) -> None:
        self.sock.close()


def test_unresponsive_server_times_out(tmp_path, monkeypatch):
    server = _Silent()
    try:
        monkeypatch.setenv("CLASSLA_RESOURCES_URL", f"http://127.0.0.1:{server.port}")
        start = time.perf_counter()
        with pytest.raises(ModelUnavailableError, match="Timeout") as err:
            download_models("sl", dir=tmp_path, timeout=1)
        assert time.perf_counter() - start < 20
        _assert_helpful(str(err.value), tmp_path)
    finally:
        server.close()


@pytest.fixture
def model_server(tiny_models_dir, tmp_path):
    """A local stand-in for the classla-resources repository, serving the tiny models with md5 sums."""
    root = tmp_path / "www"
    (root / "models").mkdir(parents=True)
    resources = json.loads((tiny_models_dir / "resources.json").read_text())
    for proc in ("pos", "lemma", "depparse", "ner", "pretrain"):
        data = (tiny_models_dir / "sl" / proc / "standard.pt").read_bytes()
        (root / "models" / f"{proc}.pt").write_bytes(data)
        resources["sl"][proc]["standard"].update(link=f"{proc}.pt", md5=hashlib.md5(data).hexdigest())

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def __init__(self, *a, **k):
            super().__init__(*a, directory=str(root), **k)

        def log_message(self, *a):
            pass

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Quiet)
    port = httpd.server_address[1]
    resources["url"] = f"http://127.0.0.1:{port}/models"
    import classla

    (root / f"resources_{classla.__resources_version__}.json").write_text(json.dumps(resources))
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{port}"
    httpd.shutdown()
    httpd.server_close()


def test_download_shows_progress_and_then_loads(model_server, tmp_path, monkeypatch, capfd):
    monkeypatch.setenv("CLASSLA_RESOURCES_URL", model_server)
    target = tmp_path / "models"
    assert not models_available("sl", dir=target)
    nlp = get_pipeline("sl", dir=target, processors="tokenize,pos,lemma")  # downloads on first use
    err = capfd.readouterr().err
    assert "Downloading http://127.0.0.1" in err and "B/s" in err  # classla's tqdm progress bar
    assert "INFO" not in err  # but not its INFO chatter
    assert models_available("sl", dir=target)
    assert nlp("Putin je v Pekingu.").sentences[0].words[0].text == "Putin"
    # a second call neither downloads nor reloads
    assert get_pipeline("sl", dir=target, processors="tokenize,pos,lemma") is nlp
    assert "Downloading" not in capfd.readouterr().err


def test_failed_download_keeps_existing_resources_file(tiny_models_dir, tmp_path, refused_url):
    copy = tmp_path / "m"
    shutil.copytree(tiny_models_dir, copy)
    before = (copy / "resources.json").read_bytes()
    with pytest.raises(ModelUnavailableError, match="sl/pos/nonstandard.pt"):
        download_models("sl", type="nonstandard", dir=copy, timeout=2)
    assert (copy / "resources.json").read_bytes() == before


# --------------------------------------------------------------------------- pipelines

def test_pipeline_is_loaded_once_per_configuration(tiny_models_dir):
    clear_pipelines()
    start = time.perf_counter()
    a = get_pipeline("sl", dir=tiny_models_dir)
    first = time.perf_counter() - start
    start = time.perf_counter()
    b = get_pipeline("SL", dir=str(tiny_models_dir))
    assert a is b and time.perf_counter() - start < first / 10
    c = get_pipeline("sl", dir=tiny_models_dir, processors="tokenize,pos")
    assert c is not a and set(c.processors) == {"tokenize", "pos"}
    assert set(a.processors) == {"tokenize", "pos", "lemma", "depparse", "ner"}


def test_pipeline_uses_gpu_when_present(tiny_models_dir):
    import torch

    nlp = get_pipeline("sl", dir=tiny_models_dir, processors="tokenize,pos")
    assert nlp.use_gpu == torch.cuda.is_available()
    cpu = get_pipeline("sl", dir=tiny_models_dir, processors="tokenize,pos", use_gpu=False)
    assert cpu.use_gpu is False


def test_pipeline_is_quiet(tiny_models_dir, capfd, caplog):
    clear_pipelines()
    logging.getLogger("classla").setLevel(logging.INFO)  # as classla leaves it after a plain import
    with caplog.at_level(logging.DEBUG, logger="newskit"):
        nlp = get_pipeline("sl", dir=tiny_models_dir)
        nlp(TEXT)
    out = capfd.readouterr()
    assert out.out == "" and out.err == ""
    assert not [r for r in caplog.records if r.name.startswith("classla") and r.levelno < logging.WARNING]
    assert logging.getLogger("classla").getEffectiveLevel() >= logging.WARNING


def test_corrupt_model_is_an_error_naming_the_fix(tiny_models_dir, tmp_path):
    copy = tmp_path / "m"
    shutil.copytree(tiny_models_dir, copy)
    (copy / "sl" / "pos" / "standard.pt").write_bytes(b"not a torch file")
    with pytest.raises(ModelUnavailableError, match="could not be loaded.*newskit models download sl") as err:
        get_pipeline("sl", dir=copy, processors="tokenize,pos")
    assert err.value.__cause__ is None


# --------------------------------------------------------------------------- classla's traps

def test_trap_lemmatizer_without_pos(tiny_models_dir):
    import classla

    # classla itself: a lemmatizer without the tagger dies with a bare KeyError
    with pytest.raises(KeyError, match="pos_model_path"):
        classla.Pipeline("sl", dir=str(tiny_models_dir), processors="tokenize,lemma", logging_level="ERROR")
    nlp = get_pipeline("sl", dir=tiny_models_dir, processors="tokenize,lemma")
    assert set(nlp.processors) == {"tokenize", "pos", "lemma"}
    words = nlp("Rusija se je zahvalila.").sentences[0].words
    assert all(w.lemma and w.xpos for w in words)


def test_trap_model_path_adds_a_processor(tiny_models_dir):
    import classla

    ner = str(tiny_models_dir / "sl" / "ner" / "standard.pt")
    # classla itself: asking for the tokenizer only, a ner_model_path quietly adds NER
    nlp = classla.Pipeline("sl", dir=str(tiny_models_dir), processors="tokenize", ner_model_path=ner,
                           logging_level="ERROR")
    assert "ner" in nlp.processors
    with pytest.raises(InputError, match="ner_model_path=.*not among processors=tokenize"):
        get_pipeline("sl", dir=tiny_models_dir, processors="tokenize", ner_model_path=ner)
    # asked for, a model path is fine and replaces the file from the folder
    nlp = get_pipeline("sl", dir=tiny_models_dir, processors="tokenize,ner", ner_model_path=ner)
    assert set(nlp.processors) == {"tokenize", "ner"}


def test_trap_type_adds_every_processor(tiny_models_dir):
    import classla

    # classla itself: a package type next to an explicit processor dict loads every model of that type
    nlp = classla.Pipeline("sl", dir=str(tiny_models_dir), type="standard",
                           processors={"tokenize": "standard", "pos": "standard"}, logging_level="ERROR")
    assert set(nlp.processors) == {"tokenize", "pos", "lemma", "depparse", "ner"}
    assert set(get_pipeline("sl", type="standard", processors="tokenize,pos", dir=tiny_models_dir).processors) == {
        "tokenize", "pos"}


def test_trap_resources_dir_is_read_at_import(tiny_models_dir, tmp_path):
    """classla fixes CLASSLA_RESOURCES_DIR when imported; newskit reads it at each call."""
    code = textwrap.dedent(f"""
        import os
        import classla
        import classla.resources.common as common
        os.environ["CLASSLA_RESOURCES_DIR"] = {str(tiny_models_dir)!r}
        assert common.DEFAULT_MODEL_DIR != {str(tiny_models_dir)!r}, "classla now reads the variable late"
        try:
            classla.Pipeline("sl", processors="tokenize,pos", logging_level="ERROR")
        except Exception as exc:
            assert "Resources file not found" in str(exc), exc
        else:
            raise AssertionError("classla found models it should not see")
        from newskit.models import get_pipeline
        nlp = get_pipeline("sl", processors="tokenize,pos", download=False)
        assert nlp.dir == {str(tiny_models_dir)!r}, nlp.dir
    """)
    env = dict(os.environ, HOME=str(tmp_path))  # classla's own default folder is empty
    env.pop("CLASSLA_RESOURCES_DIR", None)
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT, env=env, timeout=300)


# --------------------------------------------------------------------------- command line

def test_cli_models_list(tiny_models_dir, capsys):
    from newskit.cli import main

    assert main(["models", "list", "--dir", str(tiny_models_dir)]) == 0
    lines = capsys.readouterr().out.splitlines()
    sl = next(line for line in lines if line.startswith("sl") and " standard " in line)
    assert "installed" in sl and str(tiny_models_dir) in sl
    assert any(line.startswith("mk") and "missing" in line for line in lines)


def test_cli_models_download_offline(tmp_path, offline):
    proc = subprocess.run([sys.executable, "-m", "newskit.cli", "models", "download", "sl", "--dir", str(tmp_path)],
                          capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr
    assert "newskit: error: CLASSLA models for Slovenian" in proc.stderr
    _assert_helpful(proc.stderr, tmp_path)
