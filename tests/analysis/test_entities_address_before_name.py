"""A word of address written with a capital before a person's full name (issue 9): "Ông",
"Bà", "Mẹ", "Bác" … before a surname are no part of the name, wherever the capital comes from:
a sentence's start, a headline run into its text without a full stop, a comma that opens a
reply. "Ông Ích Khiêm" (the surname Ông), "Bà Rịa" and "Cô Tô" stay names. Made-up sentences,
none from a benchmark set.
"""

from __future__ import annotations

import pytest

from vnreader.analysis import analyze


def labelled(text: str) -> set[tuple[str, str]]:
    return {(e.text, e.label) for e in analyze(text).entities}


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # a headline run into its first sentence
        (
            "Trường học thiếu phòng thí nghiệm Ông Lê Văn Cường, hiệu trưởng, cho biết.",
            "Lê Văn Cường",
        ),
        # after a comma
        ("Trao đổi với phóng viên, Bà Trần Thị Mai, giám đốc sở, khẳng định.", "Trần Thị Mai"),
        ("Cháy lớn ở chợ. Bác Phạm Văn Lộc, một nhân chứng, kể lại.", "Phạm Văn Lộc"),
        ("Cô bé học rất giỏi. Mẹ Lý Nhã Kỳ cho biết con gái thích vẽ.", "Lý Nhã Kỳ"),
        ("Danh sách gồm: 1, Ông Hoàng Văn Tư: nhận 2 tỷ đồng.", "Hoàng Văn Tư"),
    ],
)
def test_a_word_of_address_is_left_out_of_the_name(text: str, person: str) -> None:
    found = labelled(text)
    assert (person, "PER") in found
    assert not any(name.split()[0] in {"Ông", "Bà", "Bác", "Mẹ"} for name, _ in found)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Khách sạn nằm trên đường Ông Ích Khiêm, quận Hải Châu.", "Ông Ích Khiêm"),
        ("Đoàn đã đến Bà Rịa - Vũng Tàu hôm qua.", "Bà Rịa - Vũng Tàu"),
    ],
)
def test_a_name_that_starts_with_such_a_word_stays_whole(text: str, name: str) -> None:
    assert any(found == name for found, _ in labelled(text))
