"""Competitions on real sport news (issue 9): the big leagues are named things, a letter
before a dash starts the league's name, and a competition of a continent is one name
(``benchmarks/data/GUIDELINE.md`` rules 41 and 61); made-up sentences, none from a benchmark
set.
"""

from __future__ import annotations

import pytest

from vnreader.analysis import analyze


def spans(text: str) -> set[tuple[str, str]]:
    return {(e.label, e.text) for e in analyze(text).entities}


CASES = [
    # leagues known by name, never a person or a place
    (
        "Cầu thủ này từng đá ở Serie A, Bundesliga và Ligue 1.",
        {("MISC", "Serie A"), ("MISC", "Bundesliga"), ("MISC", "Ligue 1")},
    ),
    ("Đội bóng trở lại Thai-League sau hai mùa.", {("MISC", "Thai-League")}),
    # the European championship and the leagues by their older names, with the year when
    # it follows; "Euro" alone is the championship in a sports text, else the currency,
    # which is no entity
    (
        "Hà Lan bị loại ở Euro 2004, còn tại Euro lần này đội bóng là ứng viên.",
        {("LOC", "Hà Lan"), ("MISC", "Euro 2004"), ("MISC", "Euro")},
    ),
    ("Các nước dùng Euro chịu ảnh hưởng nặng khi Euro giảm giá so với USD.", set()),
    (
        "Anh ấy rời Premiership để sang Primera Liga, rồi vô địch Liga hai lần.",
        {("MISC", "Premiership"), ("MISC", "Primera Liga"), ("MISC", "Liga")},
    ),
    ("Đồng Euro mất giá khiến tỷ giá Euro/USD xuống thấp.", set()),
    # "BTC" (the organisers) before "V-League": the letter belongs to the league
    ("BTC V-League phạt đội khách 50 triệu đồng.", {("MISC", "V-League")}),
    # a competition of a continent, and the organiser's acronym written with it
    ("CLB vào bán kết Champions League châu Á.", {("MISC", "Champions League châu Á")}),
    (
        "Trận chung kết UEFA Champions League diễn ra ở Paris.",
        {
            ("MISC", "UEFA Champions League"),
            ("LOC", "Paris"),
        },
    ),
    # a product with a letter stays one name
    ("Lô vaccine Sputnik V về sáng nay.", {("MISC", "Sputnik V")}),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_competitions(text: str, expected: set[tuple[str, str]]) -> None:
    assert spans(text) == expected
