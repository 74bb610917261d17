"""A firm named between a company officer's title and the officer's Vietnamese full name is
the firm's, the rest the person (guideline rules 1 and 73e); after an artist's or a coach's
title a foreign word before a Vietnamese name is a stage or a given name. Made-up
sentences, never test items."""

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
