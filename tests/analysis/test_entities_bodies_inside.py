"""A body named inside a sentence by its capitalised head and a field in lower case, with no
place after it: "phối hợp với Hội nông dân", "Lãnh đạo Trung tâm chống ngập cho biết"
(guideline rule 73a); not a kind of body, a bare board or a festival. Made-up sentences,
never test items.
"""

from __future__ import annotations

import pytest

from vnreader.analysis import analyze


def spans(text: str) -> set[tuple[str, str]]:
    return {(e.label, e.text) for e in analyze(text).entities}


CASES = [
    # a field of data/org_fields.txt after "Hội", "Trung tâm", "Ban", then a stop or a verb
    ("Bà dự buổi gặp của Hội nông dân, sau đó về quê.", {("ORG", "Hội nông dân")}),
    ("Ông đề nghị Hội người cao tuổi cùng tham gia.", {("ORG", "Hội người cao tuổi")}),
    (
        "Theo Trung tâm khí tượng thủy văn, do gió mùa, trời rét.",
        {("ORG", "Trung tâm khí tượng thủy văn")},
    ),
    ("Ông Quang được giao phụ trách Ban dân vận.", {("PER", "Quang"), ("ORG", "Ban dân vận")}),
    # a field no list holds after "Trung tâm", "Viện", "Hiệp hội" or "Ban quản lý"
    (
        "Phim do Trung tâm đồ họa chuyên nghiệp thực hiện.",
        {("ORG", "Trung tâm đồ họa chuyên nghiệp")},
    ),
    ("Lãnh đạo Trung tâm chống ngập cho biết sẽ thuê máy bơm.", {("ORG", "Trung tâm chống ngập")}),
    ("Mẫu nước được gửi về Viện dưỡng lão nghệ sĩ để thử.", {("ORG", "Viện dưỡng lão nghệ sĩ")}),
    ("Du khách gặp Ban quản lý bến thuyền để phản ánh.", {("ORG", "Ban quản lý bến thuyền")}),
    # the place after "tại" stays apart (guideline rule 12)
    (
        "Khảo sát do Trung tâm nghiên cứu giấc ngủ tại Huế thực hiện.",
        {("ORG", "Trung tâm nghiên cứu giấc ngủ"), ("LOC", "Huế")},
    ),
    # a kind of body: after "trở thành", "mô hình" or "một", or a field that says a kind
    ("Hà Nội muốn trở thành Trung tâm tài chính quốc tế.", {("LOC", "Hà Nội")}),
    ("Nhiều mô hình Trung tâm pháp luật cộng đồng đã ra đời.", set()),
    ("Ông đến Trung tâm mua sắm lớn nhất thành phố.", set()),
    ("Thành viên Ban quản trị đã gọi cho thợ sửa.", set()),
    # a parent after a comma joins (rule 32); another body listed stays apart
    (
        "Ông là cán bộ Phòng giáo dục, UBND huyện Gia Lâm.",
        {("ORG", "Phòng giáo dục, UBND huyện Gia Lâm")},
    ),
    (
        "Theo Hội phụ nữ, Hội nông dân cũng tham gia.",
        {("ORG", "Hội phụ nữ"), ("ORG", "Hội nông dân")},
    ),
    # a kind with more words after it, a place beside, a compound cut, an inspection
    ("Khách đông nghịt ở Trung tâm mua sắm cao cấp.", set()),
    ("Anh học ở Trung tâm ngoại ngữ bên cạnh.", set()),
    ("Chúng tôi gọi cho Ban quản lý nhà ở xã hội để hỏi.", set()),
    ("Cuộc Thanh tra Bộ Y tế kéo dài hai tháng.", {("ORG", "Bộ Y tế")}),
    # a field that goes on, a demonstrative, a bare board, a festival
    ("Theo Phòng thuế trước bạ, lệ phí tăng.", set()),
    ("Người cầm đầu Ban xổ số này đã bị bắt.", set()),
    ("Sau đó Ban lãnh đạo đã quyết định tăng lương.", set()),
    ("Dự kiến Hội hoa xuân năm nay kéo dài mười ngày.", set()),
    ("Khách tới Hiệp hội cần bảo đảm quyền lợi.", set()),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_bodies_named_inside_a_sentence(text: str, expected: set[tuple[str, str]]) -> None:
    assert spans(text) == expected
