"""Team sheets in sport news (issue 9): a line naming a team, a colon and its players; the
team is a club, ORG, and a country alone stays LOC (``benchmarks/data/GUIDELINE.md`` rules 40
and 41a); made-up sentences, none from a benchmark set.
"""

from __future__ import annotations

import pytest

from vnreader.analysis import analyze


def spans(text: str) -> set[tuple[str, str]]:
    return {(e.label, e.text) for e in analyze(text).entities}


PLAYERS = {("PER", "Văn Toản"), ("PER", "Duy Mạnh"), ("PER", "Hùng Dũng"), ("PER", "Văn Quyết")}

CASES = [
    ("Sông Lam Nghệ An:Văn Toản, Duy Mạnh, Hùng Dũng, Văn Quyết.", {("ORG", "Sông Lam Nghệ An")}),
    ("Tối qua.\nThanh Hóa: Văn Toản, Duy Mạnh, Hùng Dũng, Văn Quyết.", {("ORG", "Thanh Hóa")}),
    ("Việt Nam: Văn Toản, Duy Mạnh, Hùng Dũng, Văn Quyết.", {("LOC", "Việt Nam")}),
    # no name before the colon, or no players right after it: no team sheet
    ("Dự Bị: Văn Toản, Duy Mạnh, Hùng Dũng, Văn Quyết.", set()),
]


@pytest.mark.parametrize(("text", "team"), CASES)
def test_team_sheets(text: str, team: set[tuple[str, str]]) -> None:
    assert spans(text) == team | PLAYERS


def test_a_speaker_before_a_colon_is_no_team() -> None:
    found = spans("Ông Nam: Tôi đã gặp Văn Toản, Duy Mạnh, Hùng Dũng.")
    assert not any(label == "ORG" for label, _ in found)


# a province that plays (wins, loses, draws, stays up) in a sports text is its club
PLAYING = [
    (
        "Ở vòng 9 V-League, Đà Nẵng thắng Thanh Hóa 2-0.",
        {("MISC", "V-League"), ("ORG", "Đà Nẵng"), ("ORG", "Thanh Hóa")},
    ),
    (
        "Bàn thắng phút 88 giúp Nam Định có cơ hội trụ hạng ở V-League.",
        {("ORG", "Nam Định"), ("MISC", "V-League")},
    ),
    # the club's coach or players, the two sides of a match
    (
        "HLV Bình Dương và cầu thủ Long An đều hài lòng với trận đấu.",
        {("ORG", "Bình Dương"), ("ORG", "Long An")},
    ),
    (
        "Trận Hà Tĩnh - Quảng Nam ở V-League hòa 2-2.",
        {("ORG", "Hà Tĩnh"), ("ORG", "Quảng Nam"), ("MISC", "V-League")},
    ),
    (
        "Kết quả V-League: Thanh Hóa 1-1 Hải Phòng.",
        {("MISC", "V-League"), ("ORG", "Thanh Hóa"), ("ORG", "Hải Phòng")},
    ),
    # a national team is its country (rule 40); a province outside sport stays a place
    ("Trong trận đấu tối qua, Việt Nam thắng Lào 3-0.", {("LOC", "Việt Nam"), ("LOC", "Lào")}),
    ("Thu ngân sách của Đà Nẵng thắng lợi lớn.", {("LOC", "Đà Nẵng")}),
]


@pytest.mark.parametrize(("text", "expected"), PLAYING)
def test_provinces_that_play_are_clubs(text: str, expected: set[tuple[str, str]]) -> None:
    assert spans(text) == expected
