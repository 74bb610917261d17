"""The scoring and corpus helpers of the benchmark scripts (benchmarks/extraction.py,
benchmarks/realnews_corpora.py), on small made-up inputs: any-overlap entity matching,
figures with and without a leading "ngày", the real-article sample, the issue table and the
splitting of bodies stored without paragraph breaks."""

from __future__ import annotations

import sys
from pathlib import Path
from types import SimpleNamespace

import pytest
from benchmark_scripts import BENCHMARKS, load

extraction = load("extraction")
corpora = load("realnews_corpora")
sys.path.insert(0, str(BENCHMARKS))  # scale.py imports scale_corpus
scale = load("scale")


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
    folder = tmp_path / "dantri-unc"
    folder.mkdir()
    for k in range(3):
        (folder / f"a{k}.txt").write_text(f"https://x.vn/{k}\nTitle\nKinh doanh, 1/1/2021\nP{k}\n")
    bodies = extraction.real_articles(tmp_path, n=2)
    assert len(bodies) == 2
    assert all(b.startswith("P") for b in bodies)


def test_real_articles_leave_out_the_vntc_and_vietnews_corpora(tmp_path: Path) -> None:
    for name, header in (
        ("vims-news", "https://x.vn/1\nTitle\nKinh doanh\n"),
        ("vntc", "Title\nX\n"),
        ("vietnews", "Title\n"),
    ):
        (tmp_path / name).mkdir()
        (tmp_path / name / "a.txt").write_text(f"{header}P\n")
    assert extraction.real_articles(tmp_path, n=5) == ["P"]


def test_real_articles_leave_out_those_holding_a_hidden_paragraph(tmp_path: Path) -> None:
    hidden_sets = load("hidden_sets")
    folder = tmp_path / "dantri-unc"
    folder.mkdir()
    header = "https://x.vn/1\nTitle\nKinh doanh\n"
    secret = "Ông Văn Ba đến Huế hôm qua để dự lễ khánh thành cây cầu mới bắc qua sông Hương."
    for k in range(4):
        body = f"Tin {k}.\n{secret}" if k == 1 else f"Tin {k}."
        (folder / f"a{k}.txt").write_text(f"{header}{body}\n", "utf-8")
    (folder / "a5.txt").write_text(f"{header}Tin 5.\n", "utf-8")  # its source file is hidden
    hidden = hidden_sets.keys_of([secret], ["dantri-unc/a5.txt:4[0:7]"])
    bodies = extraction.real_articles(tmp_path, n=3, hidden=hidden)
    assert len(bodies) == 3  # the draw goes on: the same size
    assert sorted(bodies) == ["Tin 0.", "Tin 2.", "Tin 3."]


def test_vntc_articles_render_without_a_url_line() -> None:
    article = corpora.Article("train_XH_NLD_1", "", "Tiêu đề", "Thể thao", "", ["Đoạn một."])
    assert article.render() == "Tiêu đề\nThể thao\nĐoạn một.\n"
    assert corpora._decode_vntc("Tiêu đề\r\nĐoạn".encode("utf-16")) == "Tiêu đề\r\nĐoạn"


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


def test_scale_targets_apply_from_35000_up_to_200000() -> None:
    first = "first open (index build)"
    assert scale._target(first, 35_500, "s") == "<= 30 s"  # a real corpus of 35,500
    assert scale._target(first, 200_000, "s") == ""  # the issue names none at 200,000
    assert scale._target("search p95", 200_000, "ms") == "<= 150 ms"
    assert scale._target("search p95", 1_000, "ms") == ""
