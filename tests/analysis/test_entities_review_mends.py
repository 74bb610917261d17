"""Mends from the review of the session's recogniser rules (issue 9): made-up sentences of
the kinds the reviewer found misread, none from a benchmark set."""

from __future__ import annotations

from itertools import pairwise

import pytest

from vnreader.analysis import analyze


def spans(text: str) -> set[tuple[str, str]]:
    return {(e.label, e.text) for e in analyze(text).entities}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "Ý" before a verb or an adverb stays the country ("Ý kiến" is a word, "Ý muốn" not)
        ("Thủ tướng Ý chính thức từ chức.", {("LOC", "Ý")}),
        ("Chính phủ Ý muốn tăng thuế nhập khẩu.", {("ORG", "Chính phủ Ý")}),
        # "Nhân Dân" alone is the paper only after "báo": a longer name keeps it
        ("Bệnh viện Nhân Dân Gia Định quá tải.", {("ORG", "Bệnh viện Nhân Dân Gia Định")}),
        # a description after a comma: not after an adverbial clause, nor after "của" a name
        ("Khi gặp Rokov, công ty đề nghị hợp tác ngay.", set()),
        ("Nhờ Zelmar, quỹ đầu tư thu lời lớn.", set()),
        (
            "Anh làm cho Tập đoàn Velto của Ivan Markov, công ty đầu tư mạo hiểm.",
            {("ORG", "Tập đoàn Velto"), ("PER", "Ivan Markov")},
        ),
        # one word that speaks stays the firm the text named before ("Theo X, …")
        (
            "Theo Cloudvex, tỷ lệ cược đã đổi. Cloudvex cho biết thêm.",
            {("ORG", "Cloudvex")},
        ),
        # "khai báo" is declaring goods or taxes, no one speaking: the firm, no person
        ("Doanh nghiệp Quảng Tín khai báo thuế muộn.", {("ORG", "Quảng Tín")}),
        # a place opening a firm's name goes on over a name word, not over a day, a sentence's
        # opening word or a given name that acts
        ("Công ty Hải Phòng Khánh đã nộp đơn.", {("ORG", "Công ty Hải Phòng"), ("PER", "Khánh")}),
        ("Báo Hải Phòng Chủ nhật đăng bài.", {("ORG", "Báo Hải Phòng")}),
        # outside sport news an elders' age group is no team, even with a prize in the sentence
        ("Các cụ U70 Hà Nội đoạt giải nhất hội thi dưỡng sinh.", {("LOC", "Hà Nội")}),
        # a lower-case "(ảnh X)" is a picture of X, no credit
        ("Đền Hùng mùa lễ hội (ảnh Phú Thọ).", {("LOC", "Hùng"), ("LOC", "Phú Thọ")}),
    ],
)
def test_review_mends(text: str, expected: set[tuple[str, str]]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Ở vòng 5 V-League, các đội T.Tiền Giang, H.Thanh Hóa và SHB Đà Nẵng đều thắng.",
        "Kết quả vòng 5: K.Khánh Hòa 1-0 H.Thanh Hóa, T.Tiền Giang 2-2 Bình Định.",
        "Tiền vệ này chuyển từ H.Thanh Hóa sang Bình Định.",
    ],
)
def test_sponsored_clubs_listed_by_initials_are_no_address(text: str) -> None:
    found = sorted((e.start, e.end) for e in analyze(text).entities)
    assert all(a[1] <= b[0] for a, b in pairwise(found)), found
    assert not any(e.label == "ORG" and e.text in ("T", "H") for e in analyze(text).entities)


def test_a_vehicle_van_is_no_particle() -> None:
    assert not any(
        e.text.startswith("van") for e in analyze("Chiếc xe van Ford Transit bị lật.").entities
    )
