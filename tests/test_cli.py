"""The ``vnreader`` command as a user runs it: one-line errors, exit codes, outputs."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


def run(
    args: list[str], env: dict[str, str], stdin: str | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "vnreader", *args],
        capture_output=True,
        text=True,
        env=env,
        input=stdin,
        timeout=120,
    )


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    e = dict(os.environ)
    e["VNREADER_DB"] = str(tmp_path / "db.json")
    e["VNREADER_CONFIG_DIR"] = str(tmp_path / "config")
    e["VNREADER_DATA_DIR"] = str(tmp_path / "data")
    return e


def assert_one_line_error(result: subprocess.CompletedProcess[str], *words: str) -> None:
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    for word in words:
        assert word in lines[0]


def test_help_says_where_the_db_is(env: dict[str, str]) -> None:
    result = run(["--help"], env)
    assert result.returncode == 0
    assert "VNREADER_DB" in result.stdout
    assert "db.json" in result.stdout.replace("\n", "")


def test_missing_path(env: dict[str, str], tmp_path: Path) -> None:
    assert_one_line_error(run([str(tmp_path / "nope")], env), "nope", "no such")


def test_folder_without_articles(env: dict[str, str], tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    assert_one_line_error(run([str(empty)], env), "empty", "no article")


def test_file_that_is_not_text(env: dict[str, str], tmp_path: Path) -> None:
    binary = tmp_path / "photo.txt"
    binary.write_bytes(bytes(range(256)) * 10)
    assert_one_line_error(run([str(binary)], env), "photo.txt", "not a text file")


def test_db_that_is_not_valid(env: dict[str, str], tmp_path: Path) -> None:
    db = Path(env["VNREADER_DB"])
    db.write_text("{not json", encoding="utf-8")
    result = run(["export", str(SEEDS)], env)
    assert_one_line_error(result, "db.json")
    assert db.read_text(encoding="utf-8") == "{not json"


def test_bad_config_is_one_line(env: dict[str, str]) -> None:
    config = Path(env["VNREADER_CONFIG_DIR"])
    config.mkdir()
    (config / "config.toml").write_text("labels = 3\n", encoding="utf-8")
    assert_one_line_error(run(["import", str(SEEDS / "nothing.json")], env), "nothing.json")
    result = run([str(SEEDS)], env)
    assert_one_line_error(result, "config.toml")


def test_analyze_json_of_a_seed(env: dict[str, str]) -> None:
    seed = next(SEEDS.glob("001_*.txt"))
    result = run(["analyze", str(seed), "--format", "json"], env)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["source"] == str(seed)
    assert {"entities", "figures", "length"} <= data.keys()


def test_analyze_into_a_pipe_writes_plain_columns(env: dict[str, str]) -> None:
    result = run(["analyze", "-"], env, stdin="Bộ trưởng Bùi Thanh Sơn, ngày 27/9.\n")
    assert result.returncode == 0, result.stderr
    entities, figures = result.stdout.split("\n\n")
    assert entities.startswith("# entities in <stdin>\n")
    assert figures.startswith("# figures in <stdin>\n")
    entities, figures = (block.split("\n", 1)[1] for block in (entities, figures))
    rows = [line.split("\t") for line in entities.splitlines()]
    assert rows[0] == ["start", "end", "label", "text", "key"]
    assert rows[1][:4] == ["10", "23", "PER", "Bùi Thanh Sơn"]
    rows = [line.split("\t") for line in figures.splitlines()]
    assert rows[0][:4] == ["start", "end", "category", "text"]
    assert rows[1][3] == "ngày 27/9" and rows[1][-1] == "--09-27"
    assert not any(ch in result.stdout for ch in "┃│━─")  # no table borders


def test_analyze_missing_file(env: dict[str, str], tmp_path: Path) -> None:
    assert_one_line_error(run(["analyze", str(tmp_path / "x.txt")], env), "x.txt")


def test_export_of_empty_db_is_valid_json(env: dict[str, str], tmp_path: Path) -> None:
    out = tmp_path / "out.json"
    result = run(["export", "-o", str(out)], env)
    assert result.returncode == 0, result.stderr
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["version"] >= 1


def test_export_unknown_article(env: dict[str, str]) -> None:
    assert_one_line_error(run(["export", "--article", "nope"], env), "nope")


def test_export_to_missing_folder(env: dict[str, str], tmp_path: Path) -> None:
    assert_one_line_error(run(["export", "-o", str(tmp_path / "no" / "x.json")], env), "no such")


def test_export_refuses_to_overwrite_the_db(env: dict[str, str], tmp_path: Path) -> None:
    from vnreader.store import AnnotationStore

    db = Path(env["VNREADER_DB"])
    with AnnotationStore(db) as store:
        store.add_tag("a1", "bão")
    before = db.read_bytes()
    for target in (db, tmp_path / "." / db.name):
        assert_one_line_error(run(["export", "-o", str(target)], env), "DB")
    assert db.read_bytes() == before


def test_export_to_an_unwritable_place_names_the_file(env: dict[str, str], tmp_path: Path) -> None:
    not_a_folder = tmp_path / "file.txt"
    not_a_folder.write_text("x", encoding="utf-8")
    target = not_a_folder / "x.json"
    assert_one_line_error(run(["export", "-o", str(target)], env), str(target), "cannot write")


def test_export_gives_offsets_in_the_current_text(env: dict[str, str], tmp_path: Path) -> None:
    """A span made before its article changed is exported where its quote is now."""
    from vnreader.corpus import load_corpus
    from vnreader.store import AnnotationStore

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    article_file = corpus / "a1.txt"
    body = "Bão số 3 đổ bộ vào Quảng Ninh.\nĐêm nay trời mưa to ở Hà Nội.\n"
    article_file.write_text("Tin bão\n" + body, encoding="utf-8")
    article = load_corpus(corpus).articles[0]
    start = article.text.index("Hà Nội")
    with AnnotationStore(env["VNREADER_DB"]) as store:
        store.add_span(
            article.id, article.text, article.content_hash, start, start + 6, label="LOC"
        )
    article_file.write_text("Tin bão\nCập nhật lúc 9 giờ sáng.\n" + body, encoding="utf-8")
    new_text = load_corpus(corpus).articles[0].text
    for fmt in ("json", "w3c"):
        result = run(["export", "-f", fmt, str(corpus)], env)
        assert result.returncode == 0, result.stderr
        assert "exported 1 annotation of 1 article as" in result.stderr, result.stderr
        data = json.loads(result.stdout)
        if fmt == "json":
            exported = data["articles"][0]["spans"][0]
        else:
            selectors = data["first"]["items"][0]["target"]["selector"]
            exported = next(s for s in selectors if s["type"] == "TextPositionSelector")
        assert new_text[exported["start"] : exported["end"]] == "Hà Nội", fmt
    result = run(["analyze", str(corpus)], env)
    assert "analysed 1 article of" in result.stderr, result.stderr


def test_app_reports_a_failed_final_save_in_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Closing the DB after the app fails (disk full): one line, exit 1, lock released."""
    import argparse
    import types

    from vnreader import commands
    from vnreader.store import AnnotationStore
    from vnreader.store.storage import DurableStorage

    db = tmp_path / "db.json"
    monkeypatch.setenv("VNREADER_CONFIG_DIR", str(tmp_path / "config"))

    class FakeApp:
        return_code = 0

        def __init__(self, *, store: AnnotationStore, **_: object) -> None:
            self.store = store

        def run(self) -> None:
            self.store.add_tag("a1", "bão")

    def disk_full(self: DurableStorage) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setitem(sys.modules, "vnreader.tui.app", types.SimpleNamespace(VnreaderApp=FakeApp))
    monkeypatch.setattr(DurableStorage, "compact", disk_full)
    ns = argparse.Namespace(
        path=str(SEEDS / "000_1c3feea78fa4751e.txt"),
        db=str(db),
        read_only=False,
        follow_links=False,
    )
    assert commands.run_app(ns) == 1
    err = [line for line in capsys.readouterr().err.splitlines() if line.strip()]
    assert len(err) == 1 and "No space left" in err[0]
    monkeypatch.undo()
    with AnnotationStore(db) as store:  # not locked any more, and the tag was kept
        assert store.tags("a1") == ["bão"]


def test_hostile_file_names_never_reach_the_terminal(env: dict[str, str], tmp_path: Path) -> None:
    """Escape sequences in file names (set the title, write the clipboard) are removed."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "ok.txt").write_text("Tin bão\nBão số 3 đổ bộ vào Quảng Ninh.\n", encoding="utf-8")
    evil = "a\x1b]52;c;aGk=\x07\x1b[2J"
    (corpus / f"{evil}bad.txt").write_bytes(b"\x00\x01\x02")
    (corpus / f"{evil}good.txt").write_text("Tin\nĐêm nay trời mưa to.\n", encoding="utf-8")
    result = run(["export", str(corpus)], env)
    assert result.returncode == 0, result.stderr
    assert "\x1b" not in result.stderr and "\x07" not in result.stderr
    assert "skipped" in result.stderr and "bad.txt" in result.stderr
    assert_one_line_error(run(["analyze", str(corpus / f"{evil}bad.txt")], env), "bad.txt")
    assert "\x1b" not in run(["analyze", str(corpus / f"{evil}bad.txt")], env).stderr

    from vnreader.corpus import load_corpus

    ids = sorted(a.id for a in load_corpus(corpus).articles)
    assert ids == ["agood", "ok"]


def read_then_close(args: list[str], env: dict[str, str]) -> tuple[bytes, str]:
    """Run vnreader *args*, read its first line of output, close the pipe (``| head -1``);
    that line and what it wrote to stderr."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "vnreader", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    )
    assert proc.stdout is not None and proc.stderr is not None
    first = proc.stdout.readline()
    proc.stdout.close()
    err = proc.stderr.read().decode()
    proc.wait(timeout=120)
    return first, err


def test_import_into_a_closed_pipe_is_quiet(env: dict[str, str], tmp_path: Path) -> None:
    """``vnreader import big.json | head -1``: no traceback, and the import is saved."""
    articles = [{"id": f"zz{i}", "tags": ["a", "b"]} for i in range(2000)]
    src = tmp_path / "many.json"
    src.write_text(
        json.dumps({"format": "vnreader-annotations", "version": 1, "articles": articles}),
        encoding="utf-8",
    )
    first, err = read_then_close(["import", str(src)], env)
    assert first.startswith(b"imported")
    assert "Traceback" not in err and "Broken pipe" not in err, err

    from vnreader.store import AnnotationStore

    with AnnotationStore(env["VNREADER_DB"], read_only=True) as store:
        assert len(store) == 4000


def test_analyze_into_a_closed_pipe_is_quiet(env: dict[str, str]) -> None:
    """``vnreader analyze seeds | head -c 100``: no "[Errno 32] Broken pipe" message."""
    first, err = read_then_close(["analyze", str(SEEDS)], env)
    assert first
    assert "Traceback" not in err and "Broken pipe" not in err and "Errno" not in err, err


def test_db_option_before_the_command(env: dict[str, str], tmp_path: Path) -> None:
    from vnreader.store import AnnotationStore

    db = tmp_path / "other.json"
    with AnnotationStore(db) as store:
        store.add_tag("a1", "bão")
    out = tmp_path / "out.jsonl"
    result = run(["--db", str(db), "export", "-f", "jsonl", "-o", str(out)], env)
    assert result.returncode == 0, result.stderr
    assert '"bão"' in out.read_text(encoding="utf-8")


def test_export_file_gets_the_usual_permissions(env: dict[str, str], tmp_path: Path) -> None:
    umask = os.umask(0)
    os.umask(umask)
    new = tmp_path / "new.json"
    assert run(["export", "-o", str(new)], env).returncode == 0
    assert new.stat().st_mode & 0o777 == 0o666 & ~umask
    kept = tmp_path / "kept.json"
    kept.write_text("old", encoding="utf-8")
    kept.chmod(0o640)
    assert run(["export", "-o", str(kept)], env).returncode == 0
    assert kept.stat().st_mode & 0o777 == 0o640 and kept.read_text(encoding="utf-8") != "old"


def test_import_into_a_db_open_elsewhere(env: dict[str, str], tmp_path: Path) -> None:
    from vnreader.store import AnnotationStore

    export = tmp_path / "in.json"
    export.write_text('{"format": "vnreader-annotations", "version": 1, "articles": []}')
    with AnnotationStore(Path(env["VNREADER_DB"])):
        result = run(["import", str(export)], env)
    assert_one_line_error(result, "is open in another vnreader", "close it before importing")
    assert "--read-only" not in result.stderr


def test_analyze_gives_exactly_what_the_app_highlights(env: dict[str, str]) -> None:
    from dataclasses import asdict

    from vnreader.analysis import analyze
    from vnreader.corpus import read_article

    seed = next(SEEDS.glob("001_*.txt"))
    result = run(["analyze", str(seed), "--format", "json"], env)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    article = read_article(seed)  # the reader analyses article.text, the same way
    expected = analyze(article.text)
    assert data["entities"] == [asdict(e) for e in expected.entities]
    assert data["figures"] == [asdict(f) for f in expected.figures]
    assert len(data["entities"]) > 50 and len(data["figures"]) > 20


def test_export_article_that_left_the_corpus(env: dict[str, str], tmp_path: Path) -> None:
    """--article of an article whose file is gone exports its annotations (as json does)."""
    from vnreader.store import AnnotationStore

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "ok.txt").write_text("Tin\nĐêm nay trời mưa to.\n", encoding="utf-8")
    with AnnotationStore(env["VNREADER_DB"]) as store:
        store.add_tag("gone-article", "bão")
    result = run(["export", str(corpus), "--article", "gone-article"], env)
    assert result.returncode == 0, result.stderr
    doc = json.loads(result.stdout)
    assert [a["id"] for a in doc["articles"]] == ["gone-article"]
    assert doc["articles"][0]["in_corpus"] is False and doc["articles"][0]["tags"] == ["bão"]
    assert_one_line_error(run(["export", str(corpus), "--article", "nope"], env), "nope")


def test_export_docbin_needs_a_file(env: dict[str, str], tmp_path: Path) -> None:
    pytest.importorskip("spacy")
    assert_one_line_error(run(["export", "-f", "docbin"], env), "docbin", "-o")
    out = tmp_path / "train.spacy"
    result = run(["export", "-f", "docbin", "--include-suggestions", "-o", str(out)], env)
    assert result.returncode == 0, result.stderr
    assert out.stat().st_size > 0 and "as docbin" in result.stderr


def test_global_options_before_or_after_the_command(env: dict[str, str], tmp_path: Path) -> None:
    from vnreader.store import AnnotationStore

    db = tmp_path / "other.json"
    with AnnotationStore(db) as store:
        store.add_tag("a1", "bão")
    orders = (
        ["--read-only", "--db", str(db), "export"],
        ["export", "--read-only", "--db", str(db)],
        ["--db", str(db), "export", "--read-only"],
    )
    for args in orders:
        result = run(args, env)
        assert result.returncode == 0, (args, result.stderr)
        assert '"bão"' in result.stdout
    assert_one_line_error(run(["--read-only", "import", str(db)], env), "--read-only")


def test_export_tag_matches_like_the_app(env: dict[str, str], tmp_path: Path) -> None:
    from vnreader.store import AnnotationStore

    db = Path(env["VNREADER_DB"])
    with AnnotationStore(db) as store:
        store.add_tag("000_1c3feea78fa4751e", "Ngoại giao")
        store.add_tag("001_3e3ded37c1bb8e40", "kinh tế")
    result = run(["export", "--tag", "ngoai  GIAO"], env)
    assert result.returncode == 0, result.stderr
    ids = [a["id"] for a in json.loads(result.stdout)["articles"]]
    assert ids == ["000_1c3feea78fa4751e"]
    assert_one_line_error(run(["export", "--tag", "ngoai"], env), "--tag ngoai", "no article")


def test_import_of_csv_or_spans_says_they_cannot_be_imported(
    env: dict[str, str], tmp_path: Path
) -> None:
    from vnreader.store import AnnotationStore

    with AnnotationStore(Path(env["VNREADER_DB"])) as store:
        a = "000_1c3feea78fa4751e"
        store.add_tag(a, "x")
    spans = tmp_path / "s.jsonl"  # the spans export of an article with one span
    spans.write_text('{"text": "Bùi Thanh Sơn", "label": [[0, 13, "PER"]], "article_id": "a"}\n')
    out = tmp_path / "f.csv"
    assert run(["export", "-f", "csv", "-o", str(out)], env).returncode == 0
    for name in ("f.csv", "s.jsonl"):
        result = run(["import", str(tmp_path / name)], env)
        assert_one_line_error(result, name, "cannot be imported", "json, jsonl and w3c")
