"""The number after the Party's Central Committee written with a capital ("Hội nghị Trung
ương 8 khóa XII", "Hội nghị TƯ 4", "Hội nghị T.Ư 15") is its plenum's, no count: "8 khóa" was
read as eight terms (guideline rule 8: ordinals and numbers in names are no figures; 300 such
numbers in a sample of the corpora). Made-up sentences (none is a sentence of a benchmark
set)."""

from __future__ import annotations

import pytest

from vnreader.analysis import analyze


def figures(text: str) -> list[str]:
    return [f.text for f in analyze(text).figures]


@pytest.mark.parametrize(
    "text",
    [
        "Hội nghị Trung ương 7 khóa XIII đã bế mạc chiều nay.",
        "Tại Hội nghị TƯ 5 khóa X, Ban Chấp hành đã thảo luận.",
        "Hội nghị T.Ư 12 khoá IX bàn về công tác cán bộ.",
        "Các đại biểu học tập Nghị quyết TW 6 trong hai ngày.",
        "Hội nghị Trung Ương 3 khóa XI diễn ra tại Hà Nội.",
    ],
)
def test_a_plenum_s_number_is_no_figure(text: str) -> None:
    assert figures(text) == []


def test_a_body_numbered_after_central_keeps_its_number() -> None:
    found = [
        (e.text, e.label) for e in analyze("Thuốc do Công ty dược Trung ương 2 phân phối.").entities
    ]
    assert ("Công ty dược Trung ương 2", "ORG") in found


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("Ngân sách trung ương chi 700 tỷ đồng cho dự án.", "700 tỷ đồng"),
        ("Trường đã đào tạo 6 khóa học viên.", "6 khóa"),
        ("Ông là đại biểu Quốc hội 3 khóa liên tiếp.", "3 khóa"),
    ],
)
def test_amounts_and_terms_elsewhere_stay_figures(text: str, figure: str) -> None:
    assert figure in figures(text)
