"""Korean names whose given name is two syllables joined by a hyphen, the second one
capitalised ("Roh Moo-Hyun", "Oh Se-Hoon"), are one person after their surname; the UN's
Secretary-General "Ban Ki-moon" is a person, though "Ban" heads a board ("Ban Chấp hành").
Made-up sentences, none from a benchmark set."""

from __future__ import annotations

import pytest

from vnreader.analysis import analyze


def spans(text: str) -> set[tuple[str, str]]:
    return {(e.label, e.text) for e in analyze(text).entities}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Cựu tổng thống Roh Moo-Hyun từng thăm Hà Nội.",
            {("PER", "Roh Moo-Hyun"), ("LOC", "Hà Nội")},
        ),
        ("Thị trưởng Oh Se-Hoon phát biểu hôm qua.", {("PER", "Oh Se-Hoon")}),
        ("Tổng thư ký Ban Ki-moon kêu gọi ngừng bắn.", {("PER", "Ban Ki-moon")}),
        (
            "Ban Chấp hành đã họp và ông Ban Ki-Moon gửi thư.",
            {("ORG", "Ban Chấp hành"), ("PER", "Ban Ki-Moon")},
        ),
    ],
)
def test_korean_names(text: str, expected: set[tuple[str, str]]) -> None:
    assert spans(text) == expected
