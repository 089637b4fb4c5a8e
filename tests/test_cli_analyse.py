"""`newskit analyse` on the bundled example: the project's main job."""

import pandas as pd

from newskit.cli import main


def test_analyse_example_summary_and_report(tmp_path, capsys):
    out = tmp_path / "report"
    assert main(["analyse", "--annotator", "lite", "--out", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "»Rusija in Severna Koreja skupaj v boju proti sodobnemu neonacizmu«" in printed
    assert "language sl" in printed and "published 2025-09-03" in printed and "outlet not stated" in printed
    assert "8 reported statements" in printed
    assert "Vladimir Putin" in printed and "Kim Jong-un" in printed
    assert "BBC <- TASS" in printed and "AFP" in printed

    quotes = pd.read_csv(out / "quotes.csv")
    assert quotes["speaker"].value_counts().to_dict() == {"Vladimir Putin": 4, "Kim Jong-un": 4}
    assert set(quotes["source"].dropna()) == {"AFP", "BBC"}
    for name in ("articles", "tokens", "entities", "quotes", "sources", "speakers"):
        assert (out / f"{name}.csv").exists() and (out / f"{name}.parquet").exists()
    tokens = pd.read_parquet(out / "tokens.parquet")
    assert len(tokens) > 400
    html = (out / "report.html").read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>") and "Vladimir Putin" in html


def test_analyse_missing_file_is_one_line(tmp_path, capsys):
    assert main(["analyse", str(tmp_path / "nope.txt"), "--out", str(tmp_path / "r")]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "nope.txt" in err[0]
