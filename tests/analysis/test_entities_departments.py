"""A department of a district's people's committee or of a police force, named by its field
after "Phòng" ("Phòng GD&ĐT quận Thanh Xuân", "Phòng Tài nguyên và Môi trường huyện Gia
Lâm"), is one organisation with its place; "Phòng" before other words is a room or the verb
of "Phòng chống". Made-up sentences (none is a sentence of a benchmark set)."""

from __future__ import annotations

import pytest

from vnreader.analysis import analyze


def found(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.label) for e in analyze(text).entities]


@pytest.mark.parametrize(
    ("text", "department"),
    [
        ("Theo Phòng GD&ĐT quận Đống Đa, năm nay có 20 trường.", "Phòng GD&ĐT quận Đống Đa"),
        (
            "Lãnh đạo Phòng Tài nguyên và Môi trường huyện Thanh Trì cho biết.",
            "Phòng Tài nguyên và Môi trường huyện Thanh Trì",
        ),
        (
            "Phòng Giáo dục và Đào tạo thành phố Vinh tổ chức thi.",
            "Phòng Giáo dục và Đào tạo thành phố Vinh",
        ),
        ("Phòng CSGT Công an tỉnh Nghệ An đã xử phạt.", "Phòng CSGT Công an tỉnh Nghệ An"),
    ],
)
def test_a_department_named_by_its_field_is_one_organisation(text: str, department: str) -> None:
    assert found(text) == [(department, "ORG")]


@pytest.mark.parametrize(
    "text",
    [
        "Phòng chống dịch là việc cấp bách của cả nước.",
        "Cuộc họp diễn ra ở Phòng Họp lớn tầng 3.",
    ],
)
def test_phong_before_other_words_is_no_department(text: str) -> None:
    assert [label for _, label in found(text) if label == "ORG"] == []


def test_a_body_named_with_phong_chong_stays_whole() -> None:
    text = "Theo Trung tâm Kiểm soát và Phòng ngừa Dịch bệnh Mỹ, số ca tăng."
    assert ("Trung tâm Kiểm soát và Phòng ngừa Dịch bệnh Mỹ", "ORG") in found(text)


def test_the_head_of_a_department_is_titled_and_the_department_named() -> None:
    text = "Ông Tâm, Trưởng Phòng GD&ĐT huyện Ba Vì, cho biết năm nay có thêm 3 trường."
    assert found(text) == [("Tâm", "PER"), ("Phòng GD&ĐT huyện Ba Vì", "ORG")]
