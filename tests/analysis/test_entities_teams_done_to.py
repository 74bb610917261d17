"""A province's team that a match is done to in sport news is the club (issue 9): "Đà Nẵng bị
SLNA cầm chân 1-1", "Thanh Hóa bị Hà Nội đánh bại"; not a province something else is done to
("Quảng Nam bị bão tàn phá"). Made-up sentences, none from a benchmark set."""

from __future__ import annotations

import pytest

from vnreader.analysis import analyze


def spans(text: str) -> set[tuple[str, str]]:
    return {(e.label, e.text) for e in analyze(text).entities}


@pytest.mark.parametrize(
    ("text", "team"),
    [
        ("Trên sân Hòa Xuân, Quảng Ngãi bị SHB cầm chân 1-1 ở vòng 7 V-League.", "Quảng Ngãi"),
        ("Trên sân nhà, Bình Định bị Hà Nội đánh bại 0-2 ở vòng 5 V-League.", "Bình Định"),
    ],
)
def test_a_team_a_match_is_done_to(text: str, team: str) -> None:
    assert ("ORG", team) in spans(text)


def test_a_province_a_storm_hits_stays_a_place() -> None:
    assert ("LOC", "Quảng Nam") in spans("Người dân Quảng Nam bị bão tàn phá nặng nề.")
