"""A full name after a firm's head is a person's even when its last syllable is also a head
("Trường", "Hội"): "Giám đốc Công ty Nguyễn Văn Trường cho biết"; two syllables before another
body's head and name stay the firm's ("Tổng công ty Thái Sơn Bộ Quốc phòng"). Made-up
sentences."""

from __future__ import annotations

import pytest

from vnreader.analysis import analyze


def found(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.label) for e in analyze(text).entities]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Giám đốc Công ty Trần Văn Trường cho biết sẽ bồi thường.", "Trần Văn Trường"),
        ("Phó giám đốc Công ty Lê Minh Hội khẳng định hàng đủ chuẩn.", "Lê Minh Hội"),
    ],
)
def test_a_full_name_ending_in_a_head_word_is_a_person(text: str, person: str) -> None:
    assert (person, "PER") in found(text)
    assert not any(label == "ORG" and person in name for name, label in found(text))


def test_two_syllables_before_another_body_stay_the_firms() -> None:
    text = "Tổng công ty Thái Sơn Bộ Quốc phòng vừa nhận thầu."
    assert found(text) == [("Tổng công ty Thái Sơn Bộ Quốc phòng", "ORG")]
