"""`newskit annotate`: one file per article in CoNLL-U, CSV or Parquet, or one table with --single."""

from __future__ import annotations

import pandas as pd
import pytest

import newskit as nk
from newskit.cli import main
from newskit.schemas import TOKENS


@pytest.mark.parametrize("fmt", ["conllu", "csv", "parquet"])
def test_cli_annotate_writes_each_format(tmp_path, example, fmt, capsys):
    out = tmp_path / "out"
    assert main(["annotate", "--annotator", "lite", "--format", fmt, "--out", str(out)]) == 0
    path = out / f"{example.article_id}.{fmt}"
    assert path.exists(), sorted(p.name for p in out.iterdir())
    expected = nk.annotate(example, annotator="lite").tokens
    if fmt == "conllu":
        again = nk.read_conllu(path)
        assert len(again.tokens) == len(expected)
        assert again.tokens.token.tolist() == expected.token.tolist()
        assert again.tokens.ner.tolist() == expected.ner.tolist()
        assert again.articles[0].text.startswith(example.title)
    else:
        df = pd.read_csv(path) if fmt == "csv" else pd.read_parquet(path)
        assert list(df.columns) == list(TOKENS)
        assert len(df) == len(expected)
        assert df.token.tolist() == expected.token.tolist()
        assert df.start_char.tolist() == expected.start_char.tolist()
    assert "wrote 1 file to" in capsys.readouterr().out


def test_cli_annotate_single_table_for_many_files(tmp_path, example):
    a = tmp_path / "a.txt"
    b = tmp_path / "b.txt"
    a.write_text("Naslov prvega članka\n\nPredsednik Borut Pahor je včeraj obiskal Maribor.\n", encoding="utf-8")
    b.write_text("Drugi članek\n\nMinistrica je dejala, da bo vlada ukrepala.\n", encoding="utf-8")
    out = tmp_path / "out"
    assert main(["annotate", str(a), str(b), "--annotator", "lite", "--format", "parquet", "--single",
                 "--lang", "sl", "--out", str(out)]) == 0
    df = pd.read_parquet(out / "tokens.parquet")
    assert df.article_id.nunique() == 2
    assert "Pahor" in set(df.token)


def test_cli_annotate_bad_input_exits_2(tmp_path, capsys):
    assert main(["annotate", str(tmp_path / "missing.txt"), "--annotator", "lite", "--out", str(tmp_path)]) == 2
    assert "missing.txt" in capsys.readouterr().err
