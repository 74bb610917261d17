"""Mends from the review (issue 9): a foreign name before a list of firms is one of them
only when the list is announced as one ("như Coros, Garmin …"), not after a person's title or
"Với"; a firm that founds something ("do tập đoàn X sáng lập") stays the firm. Made-up
sentences, none from a benchmark set."""

from __future__ import annotations

import pytest

from vnreader.analysis import analyze


def spans(text: str) -> set[tuple[str, str]]:
    return {(e.label, e.text) for e in analyze(text).entities}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Theo nhà phân tích Halvorsen, Samsung và LG đang dẫn đầu.", "Halvorsen"),
        ("Với Lukaku, Chelsea và Inter đều là những đội bóng lớn.", "Lukaku"),
    ],
)
def test_a_name_before_firms_is_no_firm_unless_listed(text: str, name: str) -> None:
    assert ("ORG", name) not in spans(text)


def test_a_listed_brand_before_firms_is_a_firm() -> None:
    text = "Có thể dùng các thiết bị như Polaro, Garmin, Suunto hoặc Apple Watch."
    assert ("ORG", "Polaro") in spans(text)


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("Quỹ học bổng do tập đoàn Trung Nguyên sáng lập năm 2005.", "Trung Nguyên"),
        ("Dự án do công ty Meta Platforms sáng lập.", "Meta Platforms"),
    ],
)
def test_a_firm_that_founds_stays_the_firm(text: str, firm: str) -> None:
    assert ("ORG", firm) in spans(text)
