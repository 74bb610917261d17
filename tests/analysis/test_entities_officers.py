"""A firm named between a company officer's title and the officer's Vietnamese full name is
the firm's, the rest the person (guideline rules 1 and 73e); after an artist's or a coach's
title a foreign word before a Vietnamese name is a stage or a given name. A body named only by
its kind and "TP" (the city, written short) is a bare head (rule 11). Made-up sentences, never
test items."""

from __future__ import annotations

import pytest

from vnreader.analysis import analyze


def spans(text: str) -> set[tuple[str, str]]:
    return {(e.label, e.text) for e in analyze(text).entities}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tổng giám đốc Vitaco Trần Minh Khoa cho biết.",
            {("ORG", "Vitaco"), ("PER", "Trần Minh Khoa")},
        ),
        (
            "CEO Zalopay3 Lê Thị Hoa chia sẻ.",
            {("ORG", "Zalopay3"), ("PER", "Lê Thị Hoa")},
        ),
        ("Ca sĩ Kasim Hoàng Vũ trở lại sân khấu.", {("PER", "Kasim Hoàng Vũ")}),
        ("Chủ tịch Charles Tôn Chí Hạo phát biểu.", {("PER", "Charles Tôn Chí Hạo")}),
    ],
)
def test_a_firm_between_an_officers_title_and_name(
    text: str, expected: set[tuple[str, str]]
) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a body named by its kind and the city written short, no name after: a bare head
        ("Ông đề nghị Công an TP xác minh.", set()),
        ("Ban Thường vụ Thành ủy TP đã họp.", set()),
        ("Công an TP Đà Nẵng cho biết.", {("ORG", "Công an TP Đà Nẵng")}),
        ("Sở Xây dựng TP vừa đề xuất.", {("ORG", "Sở Xây dựng TP")}),
    ],
)
def test_a_body_of_the_city_named_short(text: str, expected: set[tuple[str, str]]) -> None:
    assert spans(text) == expected


def test_a_given_name_the_mined_list_knows_is_no_firm() -> None:
    assert spans("Chủ tịch Tony Lê Văn Hải phát biểu.") == {("PER", "Tony Lê Văn Hải")}
