"""`newskit analyse` on bad input: exit status 2 and one line naming the input and the problem."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from localserver import Route, closed_port_url, serve

from newskit.cli import main

DATA = Path(__file__).resolve().parent / "data"  # hand-made test files


@pytest.mark.parametrize(("name", "problem"), [
    ("missing.txt", "no such file"),
    ("empty.txt", "the file is empty"),
    ("binary.txt", "binary file"),
    ("undecodable.txt", "not UTF-8 or Windows-1250"),
    ("no_article.html", "no article text"),
])
def test_bad_file_exits_2_with_one_line(capsys, name, problem):
    path = DATA / name
    assert main(["analyse", str(path)]) == 2
    captured = capsys.readouterr()
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1, captured.err
    assert lines[0].startswith("newskit: error: ") and str(path) in lines[0] and problem in lines[0]
    assert "Traceback" not in captured.err and captured.out == ""


def test_unreachable_url_exits_2_with_one_line(capsys):
    url = closed_port_url("/article")
    assert main(["analyse", url]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and url in err[0] and "cannot be reached" in err[0]


def test_url_is_analysed(tmp_path, capsys):
    with serve({"/a": Route((DATA / "article_sl.html").read_bytes())}) as server:
        assert main(["analyse", server.url("/a"), "--out", str(tmp_path / "report"), "--annotator", "lite"]) == 0
    assert "Putin se je Kimu zahvalil za pomoč vojakov" in capsys.readouterr().out


def test_folder_with_one_bad_file_reports_it_and_goes_on(tmp_path, capsys):
    shutil.copy(DATA / "cp1250.txt", tmp_path / "good.txt")
    shutil.copy(DATA / "empty.txt", tmp_path / "empty.txt")
    out = tmp_path.parent / f"{tmp_path.name}-report"
    assert main(["analyse", str(tmp_path), "--out", str(out), "--annotator", "lite"]) == 0
    captured = capsys.readouterr()
    assert "Vlada sprejela ukrepe" in captured.out
    assert captured.err.strip().splitlines() == [f"newskit: skipped {tmp_path / 'empty.txt'}: the file is empty; nothing to analyse"]


def test_folder_with_nothing_readable_exits_2(tmp_path, capsys):
    shutil.copy(DATA / "binary.txt", tmp_path / "b.txt")
    assert main(["analyse", str(tmp_path)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err[-1] == f"newskit: error: {tmp_path}: no article could be read"


def test_glob_with_no_match_exits_2(tmp_path, capsys):
    assert main(["analyse", str(tmp_path / "*.html")]) == 2
    assert "no file matches" in capsys.readouterr().err


def test_the_real_command_never_prints_a_traceback(tmp_path):
    proc = subprocess.run([sys.executable, "-m", "newskit.cli", "analyse", str(DATA / "binary.txt")],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 2
    assert proc.stderr.strip().splitlines() == [
        f"newskit: error: {DATA / 'binary.txt'}: looks like a binary file, not text; give a .txt, .html, "
        f".jsonl, .csv, feed or .conllu file"
    ]
