"""The annotation cache under faults (issue #15): damaged entries, unusable folders, two writers at once,
a process killed while writing. Whatever happens to the cache, annotate() gives what an uncached run gives."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import warnings
from pathlib import Path

import pandas as pd
import pytest

import newskit as nk

ROOT = Path(__file__).resolve().parents[1]


def _articles(n: int = 6) -> list[nk.Article]:
    return [nk.Article(f"a{i}", title=f"Naslov {i}",
                       paragraphs=(f"Vladimir Putin je v sredo {i}. dejal, da Rusija ne bo pozabila pomoči.",
                                   "»To je dobro,« je rekel Kim."))
            for i in range(n)]


@pytest.fixture(scope="module")
def uncached():
    return nk.annotate(_articles(), annotator="lite", cache=False, n_jobs=1).tokens


@pytest.fixture()
def store(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSKIT_CACHE", str(tmp_path / "cache"))
    return tmp_path / "cache" / "annotations"


def _annotate(**kw) -> pd.DataFrame:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return nk.annotate(_articles(), annotator="lite", n_jobs=1, **kw).tokens


def _same(a: pd.DataFrame, b: pd.DataFrame) -> None:
    pd.testing.assert_frame_equal(a.reset_index(drop=True), b.reset_index(drop=True))


def test_an_entry_replaced_by_a_folder_is_recomputed(store, uncached):
    _annotate()
    for entry in sorted(store.glob("*/*.parquet")):
        entry.unlink()
        entry.mkdir()  # a folder where the file was
        (entry / "x").write_text("x", encoding="utf-8")
    _same(_annotate(), uncached)
    _same(_annotate(), uncached)


def test_a_key_folder_replaced_by_a_file_is_recomputed(store, uncached):
    _annotate()
    for folder in sorted(p for p in store.iterdir() if p.is_dir()):
        for entry in folder.iterdir():
            entry.unlink()
        folder.rmdir()
        folder.write_text("not a folder", encoding="utf-8")
    _same(_annotate(), uncached)


def test_truncated_and_emptied_entries_are_recomputed(store, uncached):
    _annotate()
    entries = sorted(store.glob("*/*.parquet"))
    for i, entry in enumerate(entries):
        data = entry.read_bytes()
        entry.write_bytes(b"" if i % 2 else data[: len(data) // 3])
    tokens = _annotate()
    _same(tokens, uncached)
    assert tokens.attrs["cache"]["corrupt"] >= 1


def test_a_missing_cache_folder_is_made(tmp_path, monkeypatch, uncached):
    monkeypatch.setenv("NEWSKIT_CACHE", str(tmp_path / "not" / "yet" / "here"))
    _same(_annotate(), uncached)
    assert list((tmp_path / "not" / "yet" / "here").rglob("*.parquet"))


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root writes to read-only folders")
def test_a_read_only_cache_folder_is_a_warning(store, uncached):
    store.mkdir(parents=True)
    store.chmod(0o500)
    try:
        with pytest.warns(UserWarning, match="cache"):
            tokens = nk.annotate(_articles(), annotator="lite", n_jobs=1).tokens
    finally:
        store.chmod(0o700)
    _same(tokens, uncached)


def test_a_cache_that_cannot_be_written_is_a_warning(store, monkeypatch, uncached):
    import newskit.cache

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")  # a read-only folder, as root never sees one

    monkeypatch.setattr(newskit.cache.tempfile, "mkstemp", refuse)
    with pytest.warns(UserWarning, match="could not write the annotation cache"):
        tokens = nk.annotate(_articles(), annotator="lite", n_jobs=1).tokens
    _same(tokens, uncached)
    assert not list(store.rglob("*.parquet"))


_WORKER = textwrap.dedent("""
    import sys, warnings
    warnings.simplefilter("ignore")
    sys.path.insert(0, {tests!r})
    import newskit as nk
    from test_cache_faults import _articles
    kill = sys.argv[2] == "kill"
    if kill:  # die (SIGKILL) in the first cache write: half the bytes written, not yet moved into place
        import os, signal
        real = os.replace
        def die(src, dst):
            if str(dst).endswith(".parquet"):
                size = os.path.getsize(src)
                with open(src, "r+b") as fh:
                    fh.truncate(size // 2)
                os.kill(os.getpid(), signal.SIGKILL)
            return real(src, dst)
        os.replace = die
    tokens = nk.annotate(_articles(), annotator="lite", n_jobs=1).tokens
    tokens.to_parquet(sys.argv[1])
""")


def _worker(tmp_path: Path, cache: Path, name: str, mode: str = "run") -> subprocess.Popen:
    script = tmp_path / "worker.py"
    script.write_text(_WORKER.format(tests=str(Path(__file__).parent)), encoding="utf-8")
    env = {**os.environ, "NEWSKIT_CACHE": str(cache), "PYTHONPATH": str(ROOT)}
    return subprocess.Popen([sys.executable, str(script), str(tmp_path / f"{name}.parquet"), mode], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def test_two_processes_annotating_into_one_cache_at_once_agree_with_an_uncached_run(tmp_path, uncached):
    cache = tmp_path / "shared-cache"
    procs = [_worker(tmp_path, cache, f"w{i}") for i in range(2)]
    for p in procs:
        _, err = p.communicate(timeout=300)
        assert p.returncode == 0, err.decode()
    for i in range(2):
        _same(pd.read_parquet(tmp_path / f"w{i}.parquet"), uncached)
    assert not [p for p in cache.rglob("*") if p.name.startswith(".tmp")]  # no half-written file left
    again = _worker(tmp_path, cache, "again")  # and the cache they wrote together serves a third
    assert again.wait(timeout=300) == 0
    _same(pd.read_parquet(tmp_path / "again.parquet"), uncached)


def test_a_process_killed_while_writing_leaves_a_cache_the_next_run_reads_right(tmp_path, uncached):
    cache = tmp_path / "cache"
    killed = _worker(tmp_path, cache, "killed", "kill")
    killed.communicate(timeout=300)
    assert killed.returncode == -9  # SIGKILL: no clean-up ran
    left = list(cache.rglob("*.parquet"))
    assert left and all(p.name.startswith(".tmp") for p in left)  # a half-written temporary file, never an entry
    for tmp in left:  # an hour later, the next write in that folder clears the dead process's file away
        os.utime(tmp, (tmp.stat().st_atime - 7200, tmp.stat().st_mtime - 7200))
    after = _worker(tmp_path, cache, "after")
    _, err = after.communicate(timeout=300)
    assert after.returncode == 0, err.decode()
    _same(pd.read_parquet(tmp_path / "after.parquet"), uncached)
    assert not any(p.exists() for p in left)
    assert [p for p in cache.rglob("*.parquet") if p.name.startswith(".tmp")] == []
