"""The bad-input matrix (issue #15): every bad input gets one line and exit 2 from the command, and a
NewskitError naming the argument or the file from the Python API; one bad member of a corpus never
stops the rest."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path

import pandas as pd
import pytest

import newskit as nk
from newskit.annotate import write_tokens
from newskit.cli import main
from newskit.conllu import read_conllu, to_conllu
from newskit.errors import NewskitError
from newskit.loaders import MAX_FILE_BYTES, read_csv, read_feed, read_jsonl

DATA = Path(__file__).resolve().parent / "data"
GOOD_TEXT = "Putin v Pekingu\n\nRuski predsednik Vladimir Putin je v sredo dejal, da Rusija ne bo pozabila pomoči.\n"
CONLLU_ROW = "1\tPutin\tPutin\tPROPN\tNpmsn\t_\t0\troot\t_\tNER=B-per\n"


# --- the bad files ---------------------------------------------------------------------------------

def _deep_jsonl(d: Path) -> Path:
    p = d / "deep.jsonl"
    p.write_text('{"text": ' + "[" * 50_000 + "]" * 50_000 + "}\n", encoding="utf-8")
    return p


def _deep_json_array(d: Path) -> Path:
    p = d / "deep.json"
    p.write_text("[" + '{"a":' * 50_000 + "1" + "}" * 50_000 + "]", encoding="utf-8")
    return p


def _conllu_columns(d: Path) -> Path:
    p = d / "columns.conllu"
    p.write_text("# newdoc id = d1\n# sent_id = d1.1\n1\tPutin\tPutin\tPROPN\n\n", encoding="utf-8")
    return p


def _conllu_footer(d: Path) -> Path:
    p = d / "footer.conllu"
    p.write_text("# newdoc id = d1\n# sent_id = d1.1\n# part = footer\n" + CONLLU_ROW + "\n", encoding="utf-8")
    return p


def _long_name(d: Path) -> Path:
    return d / ("a" * 300 + ".txt")


def _huge_text(d: Path) -> Path:
    p = d / "huge.txt"  # with NEWSKIT_MAX_ARTICLE_CHARS=2000 (set by the tests below)
    p.write_text("Naslov\n\n" + "Beseda " * 1000, encoding="utf-8")
    return p


def _sparse_file(d: Path) -> Path:
    p = d / "sparse.jsonl"  # over MAX_FILE_BYTES, but no disk or memory taken: a hole
    with p.open("wb") as fh:
        fh.truncate(MAX_FILE_BYTES + 1)
    return p


BAD_FILES: dict[str, tuple[Callable[[Path], Path], str]] = {
    "deep-jsonl": (_deep_jsonl, "nested too deeply"),
    "deep-json-array": (_deep_json_array, "nested too deeply"),
    "conllu-columns": (_conllu_columns, "line 3 has 4 tab-separated column(s)"),
    "conllu-footer": (_conllu_footer, "# part = footer is not one of title, lead, body, caption"),
    "long-name": (_long_name, "longer than the file system allows"),
    "huge-text": (_huge_text, "split the file"),
    "sparse-200mb": (_sparse_file, "split it into smaller files"),
}
COMMANDS = {
    "analyse": ["analyse", "--annotator", "lite"],
    "annotate": ["annotate", "--annotator", "lite"],
    "quotes": ["quotes", "--annotator", "lite"],
}


@pytest.fixture
def small_articles(monkeypatch):
    monkeypatch.setenv("NEWSKIT_MAX_ARTICLE_CHARS", "2000")


def _one_line_error(capsys, *needles: str) -> str:
    err = capsys.readouterr().err
    assert "Traceback" not in err and "Error:" not in err.replace("newskit: error:", ""), err
    # Notes that came before the error (a compare's warnings about its groups) are one line each.
    lines = [line for line in err.strip().splitlines() if not line.startswith(("newskit: warning: ", "newskit: note: "))]
    assert 1 <= len(lines) <= 2, err
    assert lines[-1].startswith("newskit: error: "), err
    for needle in needles:
        assert needle in lines[-1], (needle, err)
    return lines[-1]


@pytest.mark.parametrize("command", sorted(COMMANDS))
@pytest.mark.parametrize("case", sorted(BAD_FILES))
def test_cli_bad_file_is_one_line_and_exit_2(tmp_path, capsys, small_articles, case, command):
    make, problem = BAD_FILES[case]
    path = make(tmp_path)
    out = ["--out", str(tmp_path / ("out.jsonl" if command == "quotes" else "out"))]
    assert main([*COMMANDS[command], str(path), *out]) == 2
    line = _one_line_error(capsys, problem)
    assert path.name[:20] in line  # names the file


@pytest.mark.parametrize("case", ["conllu-columns", "conllu-footer", "long-name"])
def test_cli_compare_bad_file_is_one_line_and_exit_2(tmp_path, capsys, case):
    make, problem = BAD_FILES[case]
    path = make(tmp_path)
    if case == "long-name":
        path = path.with_suffix(".conllu")
    assert main(["compare", str(path), "--out", str(tmp_path / "cmp"), "--no-figures"]) == 2
    _one_line_error(capsys, path.name[:20])


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_cli_folder_of_good_and_bad_files_reports_the_bad_and_processes_the_good(tmp_path, capsys, small_articles,
                                                                                  command):
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD_TEXT, encoding="utf-8")
    bad = [make(folder) for case, (make, _) in sorted(BAD_FILES.items()) if case not in ("long-name", "sparse-200mb")]
    shutil.copy(DATA / "binary.txt", folder / "binary.txt")
    bad.append(folder / "binary.txt")
    target = tmp_path / ("quotes.jsonl" if command == "quotes" else "out")
    assert main([*COMMANDS[command], str(folder), "--out", str(target)]) == 0
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    skipped = [line for line in captured.err.splitlines() if line.startswith("newskit: skipped ")]
    named = [line[len("newskit: skipped "):].split(": ", 1)[0].split("#", 1)[0] for line in skipped]
    assert sorted(named) == sorted(map(str, bad))
    if command == "analyse":
        assert "Putin v Pekingu" in captured.out
        assert (target / "report.html").exists()
    elif command == "annotate":
        assert (target / "good.conllu").exists() and "annotated 1 article with" in captured.out
    else:
        rows = [json.loads(line) for line in target.read_text(encoding="utf-8").splitlines()]
        assert rows and all(r["article_id"] == "good" for r in rows)


@pytest.mark.parametrize(("command", "kind"), [
    ("analyse", "file"), ("annotate", "file"), ("compare", "file"),
    ("analyse", "under-a-file"), ("annotate", "under-a-file"),
    ("quotes", "folder"), ("quotes", "missing-parent"),
])
def test_cli_bad_output_path_is_one_line_and_exit_2(tmp_path, capsys, command, kind):
    existing = tmp_path / "existing.txt"
    existing.write_text("x", encoding="utf-8")
    out = {"file": existing, "under-a-file": existing / "sub", "folder": tmp_path,
           "missing-parent": tmp_path / "no" / "such" / "quotes.jsonl"}[kind]
    if command == "compare":
        args = ["compare", str(DATA / "tiny_sl.conllu"), str(DATA / "quotes_hr.conllu"), "--no-figures"]
    else:
        args = [*COMMANDS[command], str(DATA / "cp1250.txt")]
    assert main([*args, "--out", str(out)]) == 2
    _one_line_error(capsys, str(out))


def test_cli_name_over_the_system_limit_in_a_list_of_inputs(tmp_path, capsys):
    (tmp_path / "good.txt").write_text(GOOD_TEXT, encoding="utf-8")
    assert main(["analyse", "--annotator", "lite", str(tmp_path / "good.txt"), str(_long_name(tmp_path)),
                 "--out", str(tmp_path / "r")]) == 2
    _one_line_error(capsys, "longer than the file system allows")


def test_cli_unexpected_error_is_one_line_asking_for_a_report(monkeypatch, capsys):
    import newskit.cli.analyse as cli

    def broken(args):
        raise ZeroDivisionError("division by zero")

    monkeypatch.setattr(cli, "run", broken)
    assert main(["analyse"]) == 3
    err = capsys.readouterr().err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1
    assert "unexpected ZeroDivisionError" in err and "please report" in err and "--debug" in err
    assert main(["--debug", "analyse"]) == 3
    err = capsys.readouterr().err
    assert "Traceback" in err and "ZeroDivisionError" in err and "please report" in err.strip().splitlines()[-1]


def test_cli_warnings_are_one_line_without_source(monkeypatch, capsys):
    import warnings

    import newskit.cli.analyse as cli

    def warns(args):
        warnings.warn("something odd\nover two lines", UserWarning, stacklevel=1)
        return 0

    monkeypatch.setattr(cli, "run", warns)
    assert main(["analyse"]) == 0
    err = capsys.readouterr().err
    assert err.startswith("newskit: note: something odd") and len(err.strip().splitlines()) == 1, err


# --- the same through the Python API -----------------------------------------------------------------

def _tokens():
    return nk.annotate(nk.Article("t1", title="Naslov", paragraphs=("Putin je dejal, da bo prišel.",)),
                       annotator="lite").tokens


def _with(column: str, value: object) -> pd.DataFrame:
    tokens = _tokens().copy()
    tokens[column] = tokens[column].astype(object)
    tokens.loc[1, column] = value
    return tokens


def _manifest(tmp: Path, content: str) -> Path:
    p = tmp / "manifest.json"
    p.write_text(content, encoding="utf-8")
    return p


def _jsonl_big(tmp: Path) -> Path:
    p = tmp / "big.jsonl"
    p.write_text(json.dumps({"text": "Beseda " * 1000}) + "\n" + json.dumps({"text": "Putin je dejal."}) + "\n",
                 encoding="utf-8")
    return p


def _raise_skipped(loaded) -> None:
    """A corpus with an article over the limit: the others read, that one a row of skipped (raised here to check it)."""
    assert len(loaded.articles) == 1
    row = loaded.skipped.iloc[0]
    raise NewskitError(f"{row['path']}: {row['error']}")


def _csv(tmp: Path) -> Path:
    p = tmp / "a.csv"
    p.write_text("title,text\nNaslov,Putin je dejal.\n", encoding="utf-8")
    return p


API_CASES: dict[str, tuple[Callable[[Path], object], str]] = {
    "read(None)": (lambda t: nk.read(None), "sources"),
    "read(123)": (lambda t: nk.read(123), "sources"),
    "read([None])": (lambda t: nk.read(["a.txt", None]), "sources[1]"),
    "read('')": (lambda t: nk.read(""), "empty string"),
    "read(bytes)": (lambda t: nk.read(b"abc"), "bytes"),
    "read_text(None)": (lambda t: nk.read_text(None), "read_text(path="),
    "read_html(None)": (lambda t: nk.read_html(None), "read_html(source="),
    "read_feed(None)": (lambda t: read_feed(None), "read_feed(source="),
    "read_jsonl(None)": (lambda t: read_jsonl(None), "read_jsonl(path="),
    "read_csv(None)": (lambda t: read_csv(None), "read_csv(path="),
    "read_conllu(None)": (lambda t: read_conllu(None), "read_conllu(path="),
    "annotate(None)": (lambda t: nk.annotate(None, annotator="lite"), "annotate(articles="),
    "annotate(42)": (lambda t: nk.annotate(42, annotator="lite"), "annotate(articles="),
    "annotate([str])": (lambda t: nk.annotate(["text"], annotator="lite"), "articles[0]"),
    "read(errors=bogus)": (lambda t: nk.read(DATA / "cp1250.txt", errors="bogus"), "errors='bogus'"),
    "read(url, timeout=0)": (lambda t: nk.read("http://127.0.0.1:9/a", timeout=0), "timeout=0"),
    "read_url(timeout=-1)": (lambda t: nk.read_url("http://127.0.0.1:9/a", timeout=-1), "timeout=-1"),
    "read_url(timeout='x')": (lambda t: nk.read_url("http://127.0.0.1:9/a", timeout="x"), "timeout='x'"),
    "read_url(max_bytes=0)": (lambda t: nk.read_url("http://127.0.0.1:9/a", max_bytes=0), "max_bytes=0"),
    "read_url([::1": (lambda t: nk.read_url("http://[::1"), "http://[::1"),
    "read_url(bad port)": (lambda t: nk.read_url("http://example.com:port/a"), "example.com:port"),
    "read_url(None)": (lambda t: nk.read_url(None), "url=None"),
    "read_csv(delimiter=ab)": (lambda t: read_csv(_csv(t), delimiter="ab"), "delimiter='ab'"),
    "read_csv(columns=list)": (lambda t: read_csv(_csv(t), columns=["text"]), "columns=['text']"),
    "read_jsonl(columns={1: 2})": (lambda t: read_jsonl(DATA / "articles.jsonl", columns={"text": 2}), "columns"),
    "read(columns=list)": (lambda t: nk.read(DATA / "articles.jsonl", columns=["text"]), "columns="),
    "story pack: items of strings": (lambda t: nk.load_story_pack(manifest=_manifest(t, '{"items": ["x"]}')),
                                     "item 0"),
    "story pack: a list": (lambda t: nk.load_story_pack(manifest=_manifest(t, "[1, 2]")), "manifest.json"),
    "story pack: not JSON": (lambda t: nk.load_story_pack(manifest=_manifest(t, "{items")), "manifest.json"),
    "story pack: url a number": (lambda t: nk.load_story_pack(
        manifest={"items": [{"id": "a", "outlet": "o", "language": "sl", "url": 5}]}), "url must be text"),
    "story pack: manifest=[]": (lambda t: nk.load_story_pack(manifest=["x"]), "manifest="),
    "extract_quotes: start_char text": (lambda t: nk.extract_quotes(_with("start_char", "abc")), "start_char"),
    "extract_quotes: sentence text": (lambda t: nk.extract_quotes(_with("sentence", "abc")), "sentence"),
    "extract_quotes: head 'root'": (lambda t: nk.extract_quotes(_with("head", "root")), "head"),
    "extract_sources: head 'root'": (lambda t: nk.extract_sources(_with("head", "root")), "head"),
    "extract_quotes: paragraph 1.5": (lambda t: nk.extract_quotes(_with("paragraph", 1.5)), "paragraph"),
    "to_conllu: paragraph NaN": (lambda t: to_conllu(_with("paragraph", float("nan"))), "paragraph"),
    "to_conllu: space_after 'x'": (lambda t: to_conllu(_with("space_after", "x")), "space_after"),
    "to_conllu: path a folder": (lambda t: to_conllu(_tokens(), t), "is a folder"),
    "write_tokens: missing folder": (lambda t: write_tokens(_tokens(), t / "no" / "x.csv", format="csv"),
                                     "does not exist"),
    "read_conllu: columns": (lambda t: read_conllu(_conllu_columns(t)), "columns.conllu"),
    "read_conllu: footer": (lambda t: read_conllu(_conllu_footer(t)), "footer"),
    "read_conllu: id 'x'": (lambda t: read_conllu(_manifest(t, "x" + CONLLU_ROW[1:])), "not a word id"),
    "read: deep JSONL": (lambda t: nk.read(_deep_jsonl(t)), "deep.jsonl"),
    "read_jsonl: deep array": (lambda t: read_jsonl(_deep_json_array(t)), "deep.json"),
    "read_text: long name": (lambda t: nk.read_text(_long_name(t)), "longer than the file system allows"),
    "read: long name": (lambda t: nk.read(_long_name(t)), "longer than the file system allows"),
    "read_text: over the size": (lambda t: nk.read_text(_huge_text(t)), "huge.txt"),
    "read_jsonl: sparse 512 MiB": (lambda t: read_jsonl(_sparse_file(t)), "sparse.jsonl"),
    "read_html: a page over the size": (lambda t: nk.read_html("<html><body><p>" + "Beseda " * 10_000 + "</p>"),
                                        "characters of HTML"),
    "read: a JSONL article over the size": (lambda t: _raise_skipped(nk.read(_jsonl_big(t))), "big.jsonl:1"),
}


@pytest.mark.parametrize("case", sorted(API_CASES))
def test_api_bad_input_raises_a_newskit_error_naming_it(tmp_path, small_articles, case):
    call, needle = API_CASES[case]
    with pytest.raises(NewskitError) as info:
        call(tmp_path)
    assert needle in str(info.value)


@pytest.mark.parametrize("articles", [1, "abc", [1], {"a": "x"}])
def test_api_articles_of_the_wrong_type(articles):
    with pytest.raises(NewskitError, match="articles"):
        nk.extract_quotes(_tokens(), articles=articles)


def test_size_limit_setting_must_be_a_number(monkeypatch):
    monkeypatch.setenv("NEWSKIT_MAX_ARTICLE_CHARS", "lots")
    with pytest.raises(NewskitError, match="NEWSKIT_MAX_ARTICLE_CHARS='lots'"):
        nk.read_text(DATA / "cp1250.txt")


# --- one bad article never stops a corpus -------------------------------------------------------------

def test_a_lone_surrogate_is_cleaned_at_load_time(tmp_path):
    p = tmp_path / "s.jsonl"
    p.write_text('{"id": "s1", "title": "Naslov", "text": "Putin je dejal \\ud800 da."}\n', encoding="utf-8")
    articles, skipped = nk.read(p)
    assert len(skipped) == 0 and articles[0].paragraphs == ("Putin je dejal \ufffd da.",)
    assert nk.annotate(articles, annotator="lite").tokens.attrs["skipped"] == []


def test_annotate_skips_an_article_with_a_surrogate_and_goes_on_with_the_rest():
    articles = [nk.Article(f"a{i}", paragraphs=(f"Putin je dejal, da bo prišel {i}.",)) for i in range(1000)]
    articles[500] = nk.Article("bad", paragraphs=("Putin je dejal \ud800.",))
    with pytest.warns(UserWarning, match="1 of 1000 articles could not be annotated"):
        ann = nk.annotate(articles, annotator="lite", cache=False)
    assert ann.tokens.attrs["skipped"][0]["article_id"] == "bad"
    assert "lone surrogate" in ann.tokens.attrs["skipped"][0]["error"]
    assert ann.tokens["article_id"].nunique() == 999 and "bad" not in {a.article_id for a in ann.articles}


def test_annotate_skips_an_article_over_the_size_limit(monkeypatch):
    monkeypatch.setenv("NEWSKIT_MAX_ARTICLE_CHARS", "100")
    good = nk.Article("good", paragraphs=("Putin je dejal.",))
    big = nk.Article("big", paragraphs=("Beseda " * 50,))
    with pytest.warns(UserWarning, match="could not be annotated"):
        ann = nk.annotate([big, good], annotator="lite", cache=False)
    assert set(ann.tokens["article_id"]) == {"good"}
    assert "split it into several articles" in ann.tokens.attrs["skipped"][0]["error"]


def test_a_bad_document_of_a_conllu_file_is_skipped_and_the_rest_read(tmp_path):
    p = tmp_path / "two.conllu"
    p.write_text("# newdoc id = bad\n# sent_id = 1\n# part = footer\n" + CONLLU_ROW + "\n"
                 "# newdoc id = good\n# sent_id = 2\n" + CONLLU_ROW + "\n", encoding="utf-8")
    with pytest.warns(nk.SkippedInputWarning, match="skipped 1 document"):
        ann = read_conllu(p)
    assert [a.article_id for a in ann.articles] == ["good"]
    assert ann.tokens.attrs["skipped"] == [{"article_id": "bad", "error": "# part = footer is not one of title, "
                                                                          "lead, body, caption"}]
    articles, skipped = nk.read(p)
    assert [a.article_id for a in articles] == ["good"] and skipped["path"].tolist() == [f"{p}#bad"]


def test_a_deep_line_of_a_jsonl_file_is_skipped_and_the_rest_read(tmp_path):
    p = tmp_path / "mixed.jsonl"
    p.write_text('{"id": "g", "text": "Putin je dejal."}\n{"text": ' + "[" * 50_000 + "]" * 50_000 + "}\n",
                 encoding="utf-8")
    articles, skipped = nk.read(p)
    assert [a.article_id for a in articles] == ["g"]
    assert skipped["path"].tolist() == [f"{p}:2"] and "nested too deeply" in skipped["error"][0]


def test_to_conllu_keeps_tabs_and_newlines_of_a_token_out_of_the_format(tmp_path):
    tokens = _tokens().copy()
    tokens.loc[0, ["token", "text"]] = "Na\tslov"
    tokens.loc[1, ["lemma"]] = "a\nb"
    text = to_conllu(tokens)
    for line in text.splitlines():
        assert line == "" or line.startswith("#") or line.count("\t") == 9, line
    p = tmp_path / "back.conllu"
    p.write_text(text, encoding="utf-8")
    back = read_conllu(p)
    assert back.tokens["token"].iloc[0] == "Na slov" and back.tokens["lemma"].iloc[1] == "a b"
    assert len(back.tokens) == len(tokens)
