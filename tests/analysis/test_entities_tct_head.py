""" "TCT", a corporation written short, heads a name like "Tổng công ty": "TCT Sông Đà" is a
firm, not the river "Sông Đà"; "TCT" alone names nothing. Made-up sentences."""

from __future__ import annotations

import pytest

from vnreader.analysis import analyze


def found(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.label) for e in analyze(text).entities]


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("Công trình do TCT Sông Đà làm tổng thầu.", "TCT Sông Đà"),
        ("Lãnh đạo TCT Sông Hồng đã ký biên bản.", "TCT Sông Hồng"),
    ],
)
def test_tct_before_a_river_named_firm_is_the_firm(text: str, firm: str) -> None:
    assert found(text) == [(firm, "ORG")]


def test_tct_alone_names_nothing() -> None:
    assert found("Nhiều TCT nhà nước chưa nộp báo cáo.") == []
