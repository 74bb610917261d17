"""A body's field in capitals that is a verb ("Quản lý", "Nghiên cứu", "Phòng chống") takes
its object in lower case into the name, up to a clear end; lower-case words that go on, or a
verb of what the body does, stay out. Made-up sentences, never test items.
"""

from __future__ import annotations

import pytest

from vnreader.analysis import analyze


def spans(text: str) -> set[tuple[str, str]]:
    return {(e.label, e.text) for e in analyze(text).entities}


CASES = [
    (
        "Cục trưởng Cục Quản lý đê điều Trần Văn Kiên cho biết.",
        {("ORG", "Cục Quản lý đê điều"), ("PER", "Trần Văn Kiên")},
    ),
    (
        "Bà Hoa, Cục trưởng Cục Quản lý cạnh tranh, cho biết.",
        {("PER", "Hoa"), ("ORG", "Cục Quản lý cạnh tranh")},
    ),
    (
        "Công điện của Ban Chỉ đạo Phòng chống lụt bão trung ương yêu cầu các tỉnh.",
        {("ORG", "Ban Chỉ đạo Phòng chống lụt bão trung ương")},
    ),
    ("Quỹ Hỗ trợ phát triển nông thôn đã giải ngân.", {("ORG", "Quỹ Hỗ trợ phát triển nông thôn")}),
    # the place after the object belongs to the name
    (
        "Chi cục Bảo vệ nguồn lợi thủy sản Quảng Ninh thả cá giống.",
        {("ORG", "Chi cục Bảo vệ nguồn lợi thủy sản Quảng Ninh")},
    ),
    # two objects joined by "và"
    (
        "Thuốc được Cơ quan Quản lý thuốc và thực phẩm cấp phép.",
        {("ORG", "Cơ quan Quản lý thuốc và thực phẩm")},
    ),
    # a verb of what the body does ends the object
    ("Cục Quản lý dược kiểm tra các nhà thuốc.", {("ORG", "Cục Quản lý dược")}),
    ("Hội thảo do Cục Quản lý dược tổ chức.", {("ORG", "Cục Quản lý dược")}),
    ("Hôm qua, Cục Quản lý dược thu hồi lô thuốc.", {("ORG", "Cục Quản lý dược")}),
    ("Cục Quản lý cạnh tranh điều tra vụ việc bán phá giá.", {("ORG", "Cục Quản lý cạnh tranh")}),
    ("Trung tâm Hỗ trợ người nghèo tham gia hội chợ.", {("ORG", "Trung tâm Hỗ trợ người nghèo")}),
    # a verb of what a body does ends its name before a capital too
    ("Bộ Công an chỉ đạo CSGT xử lý vi phạm.", {("ORG", "Bộ Công an"), ("ORG", "CSGT")}),
    ("Cơ quan CSĐT chỉ đạo PC04 chủ trì.", {("ORG", "Cơ quan CSĐT")}),
    # lower-case words that go on with no clear end, or more than a noun: the object is
    # unsure, left out
    ("Cục Quản lý cạnh tranh mạnh tay phạt nặng doanh nghiệp.", {("ORG", "Cục Quản lý")}),
    ("Sau bão, Cục Quản lý đê điều sửa gấp đê.", {("ORG", "Cục Quản lý")}),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_field_objects(text: str, expected: set[tuple[str, str]]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Sáng nay, Ban Chỉ đạo cải cách tư pháp trung ương đã họp.",
            {("ORG", "Ban Chỉ đạo cải cách tư pháp trung ương")},
        ),
        (
            "Chiều 5/2, Ban Chỉ đạo chống dịch trung ương họp khẩn.",
            {("ORG", "Ban Chỉ đạo chống dịch trung ương")},
        ),
        (
            "Ban Chỉ đạo cải cách hành chính TW đã kiểm tra.",
            {("ORG", "Ban Chỉ đạo cải cách hành chính TW")},
        ),
        # named only by its task, a steering board is a bare head
        ("Ban Chỉ đạo phòng chống thiên tai các cấp đã họp.", set()),
    ],
)
def test_a_steering_board_is_named_by_its_level(text: str, expected: set[tuple[str, str]]) -> None:
    assert spans(text) == expected
