"""International and state bodies as the news writes them, in any of their casings: "Liên
hiệp quốc", "Liên Hợp quốc" (was a person), "Ngân hàng thế giới", "Tổ chức y tế thế giới",
"Bộ chính trị", "Lầu năm góc" are the bodies the gazetteer knows, with the same key as their
usual spelling. Made-up sentences (none is a sentence of a benchmark set)."""

from __future__ import annotations

import pytest

from vnreader.analysis import analyze


def found(text: str) -> list[tuple[str, str, str]]:
    return [(e.text, e.label, e.key) for e in analyze(text).entities]


@pytest.mark.parametrize(
    ("text", "name", "key"),
    [
        ("Đại sứ Peru tại Liên hiệp quốc phát biểu sáng nay.", "Liên hiệp quốc", "ORG:un"),
        ("Phái bộ của Liên Hợp quốc rời Haiti.", "Liên Hợp quốc", "ORG:un"),
        (
            "Nghị quyết được trình lên Hội đồng bảo an Liên hiệp quốc tuần tới.",
            "Hội đồng bảo an Liên hiệp quốc",
            "ORG:unsc",
        ),
        (
            "Khoản vay 30 triệu USD của Ngân hàng thế giới đã giải ngân.",
            "Ngân hàng thế giới",
            "ORG:wb",
        ),
        ("Theo Tổ chức y tế thế giới, ca bệnh giảm.", "Tổ chức y tế thế giới", "ORG:who"),
        ("Đề án sẽ được trình Bộ chính trị trong tháng 5.", "Bộ chính trị", "ORG:bo chinh tri"),
        ("Một quan chức Lầu năm góc cho biết như vậy.", "Lầu năm góc", "ORG:lau nam goc"),
        (
            "Báo cáo của Kiểm toán nhà nước nêu 12 sai phạm.",
            "Kiểm toán nhà nước",
            "ORG:kiem toan nha nuoc",
        ),
        (  # the state inspectorate before 2004 (93 mentions in the corpora)
            "Kết luận của Thanh tra Nhà nước nêu 7 sai phạm.",
            "Thanh tra Nhà nước",
            "ORG:thanh tra nha nuoc",
        ),
    ],
)
def test_a_known_body_in_another_casing(text: str, name: str, key: str) -> None:
    assert (name, "ORG", key) in found(text)


def test_a_casing_that_reads_as_common_words_is_not_added() -> None:
    # "Hòa phát triển": a place's name and "to develop", not the steel maker Hòa Phát
    assert all(
        label != "ORG" for _, label, _ in found("Đời sống người dân xã Thượng Hòa phát triển.")
    )
