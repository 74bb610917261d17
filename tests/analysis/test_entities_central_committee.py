"""The Party's Central Committee written short or in lower case takes "Đảng" after it, and the
name of another country's party goes on after its "Đảng" (guideline rules 84, 86). Made-up
sentences, never test items.
"""

from __future__ import annotations

import pytest

from vnreader.analysis import analyze


def spans(text: str) -> set[tuple[str, str]]:
    return {(e.label, e.text) for e in analyze(text).entities}


CASES = [
    ("Hội nghị BCH T.Ư Đảng lần thứ 9 đã bế mạc.", {("ORG", "BCH T.Ư Đảng")}),
    (
        "Ủy viên BCH TƯ Đảng Trần Văn Kiên phát biểu.",
        {("ORG", "BCH TƯ Đảng"), ("PER", "Trần Văn Kiên")},
    ),
    # a verb's first syllable after "Đảng" stays out ("khai mạc")
    (
        "Hội nghị Ban chấp hành trung ương Đảng khai mạc sáng nay.",
        {("ORG", "Ban chấp hành trung ương Đảng")},
    ),
    # another party's committee: its whole name, the country inside it
    (
        "Ông là Tổng Bí thư Ban Chấp hành Trung ương Đảng Nhân dân Cách mạng Lào.",
        {("ORG", "Ban Chấp hành Trung ương Đảng Nhân dân Cách mạng Lào")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_central_committee(text: str, expected: set[tuple[str, str]]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a numbered congress with the party's name after it is one event (rule 17)
        (
            "Chúc mừng Đại hội lần thứ X Đảng Cộng sản Việt Nam thành công.",
            {("MISC", "Đại hội lần thứ X Đảng Cộng sản Việt Nam")},
        ),
        (
            "Kết quả của Đại hội lần thứ VIII Đảng NDCM Lào rất tốt.",
            {("MISC", "Đại hội lần thứ VIII Đảng NDCM Lào")},
        ),
    ],
)
def test_numbered_congress_of_a_party(text: str, expected: set[tuple[str, str]]) -> None:
    assert spans(text) == expected


def test_an_office_or_a_term_after_the_committee_s_party_is_no_party_name() -> None:
    text = "Ủy viên Ban Chấp hành Trung ương Đảng Bí thư Tỉnh ủy Nghệ An Nguyễn Văn A phát biểu."
    assert spans(text) == {
        ("ORG", "Ban Chấp hành Trung ương Đảng"),
        ("ORG", "Tỉnh ủy Nghệ An"),
        ("PER", "Nguyễn Văn A"),
    }
    assert spans("Ban Chấp hành Trung ương Đảng Khóa XIII họp.") == {
        ("ORG", "Ban Chấp hành Trung ương Đảng")
    }
