"""The examples in docs/formats.md are real: they parse, import, and pass the W3C schemas."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from vnreader.corpus.model import Article
from vnreader.export import import_file
from vnreader.store import AnnotationStore

REPO = Path(__file__).resolve().parents[2]
DOC = REPO / "docs" / "formats.md"
VALIDATOR = REPO.parent / "shared" / "w3c-annotation" / "validate_wa.py"

ARTICLE = Article(
    id="vnx-4711",
    path=Path("corpus/vnx-4711.txt"),
    title="Xuất khẩu sang Hoa Kỳ đạt 96,8 tỷ USD",
    paragraphs=(
        "Kim ngạch xuất khẩu của Việt Nam sang Hoa Kỳ đạt 96,8 tỷ USD trong năm 2023.",
        "Bộ Công Thương cho biết con số này giảm so với năm trước.",
    ),
    url="https://vnexpress.net/xuat-khau-4711.html",
)


def blocks(kind: str) -> list[str]:
    """The fenced code blocks of the doc whose info string is *kind* ("" for none)."""
    found: list[str] = []
    current: list[str] | None = None
    info = ""
    for line in DOC.read_text(encoding="utf-8").splitlines():
        if current is None and line.startswith("```"):
            current, info = [], line[3:].strip()
        elif current is not None and line == "```":
            if info == kind:
                found.append("\n".join(current) + "\n")
            current = None
        elif current is not None:
            current.append(line)
    return found


@pytest.mark.parametrize("index, fmt, count", [(0, "json", 3), (1, "w3c", 2)])
def test_json_examples_import_cleanly(index: int, fmt: str, count: int, tmp_path: Path) -> None:
    path = tmp_path / "example.json"
    path.write_text(blocks("json")[index], encoding="utf-8")
    with AnnotationStore(tmp_path / "db.json") as store:
        report = import_file(path, [ARTICLE], store)
    assert (report.format, report.added, report.unplaced) == (fmt, count, [])
    assert ARTICLE.content_hash in blocks("json")[index]


def test_jsonl_and_spans_examples_are_json_lines(tmp_path: Path) -> None:
    plain = blocks("")
    jsonl = next(b for b in plain if "vnreader-annotations-jsonl" in b)
    path = tmp_path / "example.jsonl"
    path.write_text(jsonl, encoding="utf-8")
    with AnnotationStore(tmp_path / "db.json") as store:
        assert import_file(path, [ARTICLE], store).added == 2
    spans = json.loads(next(b for b in plain if b.startswith('{"text"')))
    assert spans["text"] == ARTICLE.text
    assert [spans["text"][s:e] for s, e, _ in spans["label"]] == [
        "Việt Nam",
        "Hoa Kỳ",
        "96,8 tỷ USD",
        "Bộ Công Thương",
    ]


@pytest.mark.skipif(not VALIDATOR.is_file(), reason=f"W3C validator not found at {VALIDATOR}")
def test_w3c_example_passes_the_test_suite(tmp_path: Path) -> None:
    path = tmp_path / "example.w3c.json"
    path.write_text(blocks("json")[1], encoding="utf-8")
    text = tmp_path / "article.txt"
    text.write_text(ARTICLE.text, encoding="utf-8")
    result = subprocess.run(
        [sys.executable, str(VALIDATOR), "--formats", "--text", str(text), str(path)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout
