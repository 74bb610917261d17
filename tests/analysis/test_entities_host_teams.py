"""In sports news a province after "chủ nhà" (the hosts) is its team, an organisation
(guideline rule 41a); a country stays a place (rule 40), and a player after it is no team.
Made-up sentences, never test items."""

from __future__ import annotations

import pytest

from vnreader.analysis import analyze


def spans(text: str) -> set[tuple[str, str]]:
    return {(e.label, e.text) for e in analyze(text).entities}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ở vòng 9 V-League, chủ nhà Bình Định vẫn chưa có điểm nào.",
            {("MISC", "V-League"), ("ORG", "Bình Định")},
        ),
        (
            "HLV đội khách đánh giá cao các cầu thủ trẻ của chủ nhà Khánh Hòa.",
            {("ORG", "Khánh Hòa")},
        ),
        (
            "Trận đấu giữa Thái Lan và chủ nhà Việt Nam có nhiều bàn thắng đẹp.",
            {("LOC", "Thái Lan"), ("LOC", "Việt Nam")},
        ),
    ],
)
def test_a_province_after_the_hosts_word(text: str, expected: set[tuple[str, str]]) -> None:
    assert spans(text) == expected


def test_the_host_place_itself_stays_a_place() -> None:
    text = "Ở vòng 9 V-League, HLV cho biết. Tỉnh chủ nhà Bình Dương đã chuẩn bị sân bãi."
    assert ("LOC", "Bình Dương") in spans(text)
