"""A law or notary office named after its owner is one organisation, the owner's name
included ("Văn phòng Luật sư Lê Hùng", "Văn phòng công chứng Lý Thị Ngân"; guideline rule
73d), with its partners ("& Cộng sự", "và cộng sự"). Made-up sentences, never test items.
"""

from __future__ import annotations

import pytest

from vnreader.analysis import analyze


def spans(text: str) -> set[tuple[str, str]]:
    return {(e.label, e.text) for e in analyze(text).entities}


CASES = [
    (
        "Luật sư Trần Văn Mạnh, Văn phòng Luật sư Đỗ Quang cho biết.",
        {("PER", "Trần Văn Mạnh"), ("ORG", "Văn phòng Luật sư Đỗ Quang")},
    ),
    (
        "Hợp đồng được ký tại Văn phòng công chứng Lý Thị Ngân ở Huế.",
        {("ORG", "Văn phòng công chứng Lý Thị Ngân"), ("LOC", "Huế")},
    ),
    (
        "Ông Lộc, trưởng Văn phòng luật sư Bình Minh & Cộng sự, cho biết.",
        {("PER", "Lộc"), ("ORG", "Văn phòng luật sư Bình Minh & Cộng sự")},
    ),
    (
        "Báo đã hỏi Văn phòng Luật sư Thu Hà và cộng sự về việc này.",
        {("ORG", "Văn phòng Luật sư Thu Hà và cộng sự")},
    ),
    # partners written "Đồng sự", a number after "Số", a name going on in lower case
    (
        "Ông Lộc, Văn phòng luật sư Hồng Phát & Đồng sự, cho biết.",
        {("PER", "Lộc"), ("ORG", "Văn phòng luật sư Hồng Phát & Đồng sự")},
    ),
    ("Hợp đồng ký tại Văn phòng công chứng Số 3 hôm qua.", {("ORG", "Văn phòng công chứng Số 3")}),
    ("Văn phòng Luật sư Nhà nước đã trả lời.", {("ORG", "Văn phòng Luật sư Nhà nước")}),
    # no name after it: a kind of office
    ("Ông làm ở một văn phòng luật sư từ năm 2000.", set()),
    ("Ông làm ở Văn phòng luật sư từ năm 2000.", set()),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_practices_named_after_their_owner(text: str, expected: set[tuple[str, str]]) -> None:
    assert spans(text) == expected
