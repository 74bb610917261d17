"""Police units named to their end (issue 9, ``GUIDELINE.md`` rules 2, 13 and 32): the head, the
police, its branches in any case and the police it belongs to after no sign, a comma or a
dash are one organisation; a parent in brackets is one of its own, a parent named by no place
joins nothing; made-up sentences, none from a benchmark set.
"""

from __future__ import annotations

import pytest

from vnreader.analysis import analyze


def spans(text: str) -> set[tuple[str, str]]:
    return {(e.label, e.text) for e in analyze(text).entities}


CASES = [
    (
        "Phòng Cảnh sát hình sự, Công an tỉnh Thanh Hóa đã bắt hai nghi phạm.",
        {("ORG", "Phòng Cảnh sát hình sự, Công an tỉnh Thanh Hóa")},
    ),
    (
        "Hồ sơ đã chuyển cho Đội cảnh sát điều tra tội phạm về ma túy Công an TP Vinh.",
        {("ORG", "Đội cảnh sát điều tra tội phạm về ma túy Công an TP Vinh")},
    ),
    (
        "Anh Hòa (Đội cảnh sát giao thông - trật tự Công an huyện Yên Thành) cho biết.",
        {("PER", "Hòa"), ("ORG", "Đội cảnh sát giao thông - trật tự Công an huyện Yên Thành")},
    ),
    (
        "Cục Cảnh sát điều tra tội phạm về trật tự quản lý kinh tế và chức vụ, Bộ Công an đã vào"
        " cuộc.",
        {
            (
                "ORG",
                "Cục Cảnh sát điều tra tội phạm về trật tự quản lý kinh tế và chức vụ, Bộ Công an",
            )
        },
    ),
    (
        "Trung đoàn cảnh sát cơ động - Công an Đà Nẵng đã có mặt.",
        {("ORG", "Trung đoàn cảnh sát cơ động - Công an Đà Nẵng")},
    ),
    (
        "Nộp hồ sơ tại Phòng cảnh sát quản lý hành chính về trật tự xã hội.",
        {("ORG", "Phòng cảnh sát quản lý hành chính về trật tự xã hội")},
    ),
    (
        "Phòng Cảnh sát giao thông sẽ phân luồng từ sáng mai.",
        {("ORG", "Phòng Cảnh sát giao thông")},
    ),
    # a parent in brackets is an organisation of its own; one named by no place joins nothing
    (
        "Theo Phòng cảnh sát môi trường (Công an Bình Dương), cơ sở bị phạt.",
        {("ORG", "Phòng cảnh sát môi trường"), ("ORG", "Công an Bình Dương")},
    ),
    ("Anh là cán bộ Phòng Cảnh sát bảo vệ Công an tỉnh.", {("ORG", "Phòng Cảnh sát bảo vệ")}),
    # "và" before a capital is a second body; a verb after the unit is no branch
    (
        "Phòng cảnh sát hình sự và Công an huyện Đô Lương đang điều tra.",
        {("ORG", "Phòng cảnh sát hình sự"), ("ORG", "Công an huyện Đô Lương")},
    ),
    (
        "Phòng Cảnh sát kinh tế điều tra làm rõ vụ việc.",
        {("ORG", "Phòng Cảnh sát kinh tế")},
    ),
    # an ordinary noun after a comma or "và" is no branch; a kind of police doing what its
    # branch says, opening a sentence, names no unit
    ("Đội CSGT và bảo vệ dân phố đã có mặt.", {("ORG", "Đội CSGT")}),
    (
        "Cán bộ Phòng Cảnh sát hình sự, điều tra viên và kiểm sát viên họp.",
        {("ORG", "Phòng Cảnh sát hình sự")},
    ),
    ("Đội cảnh sát bảo vệ hiện trường suốt đêm.", set()),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_police_units(text: str, expected: set[tuple[str, str]]) -> None:
    assert spans(text) == expected
