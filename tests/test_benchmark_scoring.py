"""The scoring and corpus helpers of the benchmark scripts (benchmarks/extraction.py,
benchmarks/realnews_corpora.py), on small made-up inputs: any-overlap entity matching,
figures with and without a leading "ngày", the real-article sample, the issue table and the
splitting of bodies stored without paragraph breaks."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType, SimpleNamespace

import pytest

BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"


def _load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"bench_{name}", BENCHMARKS / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


extraction = _load("extraction")
corpora = _load("realnews_corpora")


def test_any_overlap_counts_partial_spans_with_the_same_label() -> None:
    row = {"id": "x", "text": "Công ty TNHH Xây dựng Hòa Bình", "entities": [[0, 30, "ORG"]]}
    cut = extraction.score_overlap([row], [[(0, 21, "ORG")]])
    assert (cut.precision, cut.recall) == (1.0, 1.0)
    wrong_label = extraction.score_overlap([row], [[(0, 21, "PER")]])
    assert wrong_label.f1 == 0.0
    exact, _ = extraction.score_entities([row], [[(0, 21, "ORG")]])
    assert extraction.micro(exact).f1 == 0.0


def test_relaxed_figures_ignore_a_leading_ngay() -> None:
    text = "Sáng ngày 26/1, đoàn đến."
    row = {"text": text, "figures": [{"start": 5, "end": 14}]}
    got = [SimpleNamespace(start=10, end=14)]
    assert extraction.score_figures_relaxed([row], [got]).f1 == 1.0
    exact, *_ = extraction.score_figures(
        [{"id": "x", "text": text, "figures": [{"start": 5, "end": 14}]}],
        [[SimpleNamespace(start=10, end=14, value=None, unit=None, date="--01-26")]],
    )
    assert exact.f1 == 0.0


def test_real_articles_take_the_body_after_three_header_lines(tmp_path: Path) -> None:
    folder = tmp_path / "site"
    folder.mkdir()
    for k in range(3):
        (folder / f"a{k}.txt").write_text(f"https://x.vn/{k}\nTitle\nKinh doanh, 1/1/2021\nP{k}\n")
    bodies = extraction.real_articles(tmp_path, n=2)
    assert len(bodies) == 2
    assert all(b.startswith("P") for b in bodies)


def test_issue_table_is_printed_from_the_summaries(capsys: pytest.CaptureFixture[str]) -> None:
    summary = {"entities": 0.9, "entities PLO": 0.91, "PER": 0.95, "ORG": 0.8, "LOC": 0.9}
    summary |= {"overlap": 0.95, "figures": 0.97, "figures relaxed": 0.98, "values": 0.99}
    extraction.print_issue_table({"heldout.jsonl": summary, "realnews_test.jsonl": summary}, 2.5)
    out = capsys.readouterr().out
    assert "0.910 (PER 0.950, ORG 0.800, LOC 0.900)" in out
    assert "2.50 MB/s" in out


@pytest.mark.parametrize(
    ("body", "paragraphs"),
    [
        ("Một câu.Hai câu.", ["Một câu.", "Hai câu."]),
        ('bếp."Đường hầm", IDF nói.', ["bếp.", '"Đường hầm", IDF nói.']),
        ('"Họ nói vậy."Sau đó', ['"Họ nói vậy."', "Sau đó"]),
        ("Tới TP.HCM và Q.1 hôm nay.", ["Tới TP.HCM và Q.1 hôm nay."]),
    ],
)
def test_glued_bodies_are_split_at_sentence_ends(body: str, paragraphs: list[str]) -> None:
    assert corpora.split_glued(body) == paragraphs
