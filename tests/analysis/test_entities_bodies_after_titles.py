"""A body named after its officer's title is highlighted like anywhere else: a police force
named by its city written short ("Giám đốc Công an TP. Cần Thơ"), a firm named like a person
right after its head ("Giám đốc Công ty Hoàng Hải"); a full name after the firm's head stays
the title's person. Made-up sentences (none is a sentence of a benchmark set)."""

from __future__ import annotations

import pytest

from vnreader.analysis import analyze


def found(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.label) for e in analyze(text).entities]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Phó giám đốc Công an TP Hải Phòng Lê Văn Nam cho biết.",
            [("Công an TP Hải Phòng", "ORG"), ("Lê Văn Nam", "PER")],
        ),
        ("Giám đốc Công an TP. Vinh đã ký quyết định.", [("Công an TP. Vinh", "ORG")]),
        (
            "Ông Trần Văn Khải, Giám đốc Công ty Hoàng Long, cho biết xe đã được sửa.",
            [("Trần Văn Khải", "PER"), ("Công ty Hoàng Long", "ORG")],
        ),
        (
            "Tổng giám đốc Tổng công ty Hoàng Long Bộ Quốc phòng đã bị đình chỉ.",
            [("Tổng công ty Hoàng Long Bộ Quốc phòng", "ORG")],
        ),
    ],
)
def test_a_body_after_a_title_is_an_organisation(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(text) == expected


def test_a_full_name_after_a_firms_head_is_the_titles_person() -> None:
    assert ("Nguyễn Văn Toàn", "PER") in found("Giám đốc Công ty Nguyễn Văn Toàn cho biết.")
