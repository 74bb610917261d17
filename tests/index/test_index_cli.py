"""``vnreader index`` and ``vnreader analyze`` of a folder or of a stream, as a user runs them."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from vnreader import analyzing
from vnreader.analysis import analyze
from vnreader.corpus import load_corpus
from vnreader.indexing import cancel_on_interrupt
from vnreader.textsafe import sanitize

from .conftest import SEEDS


def run(
    args: list[str], env: dict[str, str], stdin: str | None = None
) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "vnreader", *args]
    return subprocess.run(
        command, capture_output=True, text=True, env=env, input=stdin, timeout=120
    )


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    return dict(
        os.environ,
        VNREADER_DB=str(tmp_path / "db.json"),
        VNREADER_CONFIG_DIR=str(tmp_path / "config"),
        VNREADER_DATA_DIR=str(tmp_path / "data"),
    )


def assert_one_line_error(result: subprocess.CompletedProcess[str], *words: str) -> None:
    assert result.returncode != 0 and "Traceback" not in result.stderr
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    assert all(word in lines[0] for word in words)


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    shutil.copytree(SEEDS, folder)
    return folder


def test_index_builds_then_refreshes(env: dict[str, str], corpus: Path, tmp_path: Path) -> None:
    first = run(["index", str(corpus)], env)
    assert first.returncode == 0, first.stderr
    assert "5 added, 0 changed, 0 removed, 0 unchanged, 0 problems" in first.stdout
    assert list((tmp_path / "data" / "index").glob("corpus-*.sqlite"))  # beside the DB
    (corpus / "000_1c3feea78fa4751e.txt").unlink()
    (corpus / "new.txt").write_text("Bài mới\n\nMột đoạn văn mới ở Huế.\n", "utf-8")
    again = run(["index", str(corpus)], env)
    assert "1 added, 0 changed, 1 removed, 4 unchanged" in again.stdout
    assert again.stderr == ""


def test_index_reports_problems_and_honours_the_index_dir(
    env: dict[str, str], corpus: Path, tmp_path: Path
) -> None:
    (corpus / "bad\x1b[31m.txt").write_bytes(b"\x00\x01\x02" * 50)
    env["VNREADER_INDEX_DIR"] = str(tmp_path / "elsewhere")
    result = run(["index", str(corpus)], env)
    assert result.returncode == 0
    assert "1 problem" in result.stdout
    assert "skipped" in result.stderr and "not a text file" in result.stderr
    assert "\x1b" not in result.stderr + result.stdout
    assert list((tmp_path / "elsewhere").glob("corpus-*.sqlite"))


def test_index_of_nothing_is_one_line(env: dict[str, str], tmp_path: Path) -> None:
    assert_one_line_error(run(["index", str(tmp_path / "nope")], env), "nope", "no such")


def test_analyze_a_folder_streams_json_lines(env: dict[str, str], corpus: Path) -> None:
    result = run(["analyze", str(corpus)], env)
    assert result.returncode == 0, result.stderr
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    articles = load_corpus(corpus).articles
    assert [line["id"] for line in lines] == [a.id for a in articles]
    want = analyze(articles[3].text)
    assert len(lines[3]["entities"]) == len(want.entities)
    assert [f["text"] for f in lines[3]["figures"]] == [f.text for f in want.figures]
    assert lines[3]["length"] == len(articles[3].text)
    again = run(["analyze", str(corpus)], env)  # analyses stored in the index
    assert again.stdout == result.stdout


def test_analyze_a_folder_only_as_json_lines(env: dict[str, str], corpus: Path) -> None:
    assert_one_line_error(run(["analyze", str(corpus), "-f", "table"], env), "JSON Lines")


def test_analyze_stdin_json_is_what_it_was(env: dict[str, str]) -> None:
    text = (SEEDS / "003_2ad935953976a1d2.txt").read_text("utf-8")
    result = run(["analyze", "-", "--format", "json"], env, stdin=text)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data == {"source": "<stdin>", **analyzing.analysis_to_json(sanitize(text))}


def test_blocks_cut_at_paragraphs_with_offsets_into_the_whole(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(analyzing, "BLOCK_CHARS", 200)
    text = "\n\n".join(f"Đoạn {i}: Bộ trưởng Bùi Thanh Sơn nói {i}%." for i in range(40))
    parts = list(analyzing.blocks(text.splitlines(keepends=True)))
    assert len(parts) > 3
    assert "".join(block for _, block in parts) == text
    for offset, block in parts:
        assert text[offset : offset + len(block)] == block
        assert block.endswith("\n\n") or offset + len(block) == len(text)
        data = analyzing.shifted(analyzing.analysis_to_json(block), offset)
        for item in (*data["entities"], *data["figures"]):
            assert text[item["start"] : item["end"]] == item["text"]


def test_analyze_stdin_prints_before_the_input_ends(env: dict[str, str]) -> None:
    paragraph = "Bộ trưởng Bùi Thanh Sơn tiếp Đại sứ Nga ngày 27/9, kim ngạch đạt 5 tỷ USD. " * 20
    block = (paragraph + "\n\n") * (analyzing.BLOCK_CHARS // len(paragraph) + 2)
    proc = subprocess.Popen(
        [sys.executable, "-m", "vnreader", "analyze", "-", "--format", "jsonl"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert proc.stdin is not None and proc.stdout is not None
    proc.stdin.write(block)
    proc.stdin.flush()
    first: list[str] = []
    reader = threading.Thread(target=lambda: first.append(proc.stdout.readline()))  # type: ignore[union-attr]
    reader.start()
    reader.join(60)
    assert first and first[0], "nothing printed while the input is still open"
    line = json.loads(first[0])
    assert line["start"] == 0 and line["entities"]
    proc.stdin.write("Cuối cùng ở Hà Nội.\n")
    proc.stdin.close()
    rest = proc.stdout.read().splitlines()
    assert proc.wait(60) == 0
    last = json.loads(rest[-1])
    assert last["start"] > 0


def test_first_ctrl_c_cancels_the_second_interrupts() -> None:
    with cancel_on_interrupt() as cancel:
        os.kill(os.getpid(), signal.SIGINT)
        assert cancel.wait(5)
        with pytest.raises(KeyboardInterrupt):
            os.kill(os.getpid(), signal.SIGINT)
            cancel.wait(5)  # the handler runs here at the latest
            threading.Event().wait(1)
