"""Bare heads on real news (issue 9): a board named only by its task and common acronyms side
by side name no organisation (``benchmarks/data/GUIDELINE.md`` rules 11 and 73c); made-up
sentences, none from a benchmark set.
"""

from __future__ import annotations

import pytest

from vnreader.analysis import analyze


def spans(text: str) -> set[tuple[str, str]]:
    return {(e.label, e.text) for e in analyze(text).entities}


CASES = [
    ("Sau cuộc họp, Ban Chỉ đạo các cấp đã vào cuộc.", set()),
    ("Công an tỉnh Nghệ An và Ban Chuyên án đã lấy lời khai.", {("ORG", "Công an tỉnh Nghệ An")}),
    ("Theo Ban Tổ chức, lễ trao giải sẽ dời sang tuần sau.", set()),
    ("Ông Hải, Trưởng Ban Chỉ đạo, đã phát biểu.", {("PER", "Hải")}),
    ("Giám đốc cho biết BHXH TP sẽ cải cách thủ tục.", set()),
    ("Chiều qua, UBND TP yêu cầu các quận kiểm tra chợ.", set()),
    # a board with a name stays one
    (
        "Ban Chỉ đạo Quốc gia về phòng, chống thiên tai đã họp.",
        {("ORG", "Ban Chỉ đạo Quốc gia về phòng, chống thiên tai")},
    ),
    ("Ban Chuyên án 709 đã họp.", {("ORG", "Ban Chuyên án 709")}),
    # common nouns written short are nothing (rule 73c): a final round, poverty relief
    ("Đội tuyển lần đầu dự VCK Asian Cup.", {("MISC", "Asian Cup")}),
    ("Vốn vay XĐGN được giải ngân nhanh.", set()),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_bare_heads(text: str, expected: set[tuple[str, str]]) -> None:
    assert spans(text) == expected
