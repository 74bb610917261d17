"""Firms, plants and yards named by a place (GUIDELINE rules 57, 78, 81): a place after a
firm's head and its trade names the firm; after a plural head, a list of places names the
firms one by one. A firm introduced with its head is the firm when named again alone (rule
34). Made-up sentences (none is a sentence of a benchmark set).
"""

from __future__ import annotations

import pytest

from vnreader.analysis import analyze


def spans(text: str) -> set[tuple[str, str]]:
    return {(e.label, e.text) for e in analyze(text).entities}


CASES = [
    # a lower-case head and its trade, then the place: the firm, without the head
    ("Năm nay công ty xi măng Bỉm Sơn lãi lớn.", {("ORG", "Bỉm Sơn")}),
    ("Sản lượng của nhà máy thủy điện Hòa Bình tăng mạnh.", {("ORG", "Hòa Bình")}),
    # a capitalised head keeps it, and a plant's extension is a plant of its own
    (
        "Nhà máy nhiệt điện Uông Bí mở rộng sẽ vận hành năm sau.",
        {("ORG", "Nhà máy nhiệt điện Uông Bí mở rộng")},
    ),
    # a plural head before a list: each name is a firm, people's names included
    (
        "Bộ đã giao cho các nhà máy đóng tàu Hạ Long, Bạch Đằng và Nam Triệu đóng mới 20 tàu.",
        {("ORG", "Hạ Long"), ("ORG", "Bạch Đằng"), ("ORG", "Nam Triệu")},
    ),
    (
        "Năm nay hai công ty xi măng Bỉm Sơn, Hà Tiên sẽ cổ phần hóa.",
        {("ORG", "Bỉm Sơn"), ("ORG", "Hà Tiên")},
    ),
    # the list in brackets after the firms' trade and where they are
    (
        "Tập đoàn có 9 nhà máy, công ty đóng tàu trên cả nước (Hạ Long, Cà Mau và Phú Yên).",
        {("ORG", "Hạ Long"), ("ORG", "Cà Mau"), ("ORG", "Phú Yên")},
    ),
    # a plant's number, with a dot inside, belongs to its name; bare numbers name nothing
    ("Sắp tới các nhà máy điện Cà Mau 2, 1 và 3 sẽ dùng khí.", {("ORG", "Cà Mau 2")}),
    ("Nhà máy điện Cà Mau 2.1 đã hòa lưới.", {("ORG", "Nhà máy điện Cà Mau 2.1")}),
    # a plural capitalised head: its first plant named whole, the others by their names
    (
        "Khí được cấp cho các Nhà máy Điện Cà Mau 1, Cà Mau 2.1 và Nhơn Trạch 4.",
        {("ORG", "Nhà máy Điện Cà Mau 1"), ("ORG", "Cà Mau 2.1"), ("ORG", "Nhơn Trạch 4")},
    ),
    (
        "Nhà máy Điện Cà Mau 1, Hà Nội cho biết.",
        {("ORG", "Nhà máy Điện Cà Mau 1"), ("LOC", "Hà Nội")},
    ),
    # one place after a plural head is where the firms are
    ("Các công ty du lịch Hà Nội giảm giá tour.", {("LOC", "Hà Nội")}),
    # a country is never a firm's name
    (
        "Các công ty hóa chất Hoa Kỳ, Đức phản đối lệnh cấm.",
        {("LOC", "Hoa Kỳ"), ("LOC", "Đức")},
    ),
    ("Hai công ty Đức đã rút khỏi dự án.", {("LOC", "Đức")}),
    # no trade, a function word or a person's title between the head and the name
    ("Công nhân của nhà máy ở Bình Dương nghỉ Tết.", {("LOC", "Bình Dương")}),
    ("Theo đại diện công ty, chị Lan Phương cho biết.", {("PER", "Lan Phương")}),
    # streets the firms stand along, a singer's management company, a word with a capital
    (
        "Khách đổ về các công ty may dọc phố Hàng Bông, Hàng Gai.",
        {("LOC", "Hàng Bông"), ("LOC", "Hàng Gai")},
    ),
    ("Phía công ty quản lý Thu Trang chưa lên tiếng.", {("PER", "Thu Trang")}),
    ("Ông Bình, giám đốc công ty cổ phần Dịch vụ vận tải biển, cho biết.", {("PER", "Bình")}),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_firms_named_by_place(text: str, expected: set[tuple[str, str]]) -> None:
    assert spans(text) == expected


# --- a firm named again alone after its head introduced it (rule 34) -----------------------

AGAIN_CASES = [
    (
        "Công ty Sông Đà vừa trúng thầu. Năm nay, Sông Đà dự kiến lãi 100 tỷ đồng.",
        {("ORG", "Công ty Sông Đà"), ("ORG", "Sông Đà")},
    ),
    (
        "Ngân hàng Kiên Long báo lãi. Kiên Long cũng tăng vốn điều lệ.",
        {("ORG", "Ngân hàng Kiên Long"), ("ORG", "Kiên Long")},
    ),
    (
        "Công ty TNHH Minh Anh mở rộng sản xuất. Minh Anh cho biết sẽ tuyển thêm 200 người.",
        {("ORG", "Công ty TNHH Minh Anh"), ("ORG", "Minh Anh")},
    ),
    # a place word or a form of address before the name: the place, the person
    (
        "Công ty Đồng Xuân cho thuê ki-ốt trong chợ Đồng Xuân.",
        {("ORG", "Công ty Đồng Xuân"), ("LOC", "Đồng Xuân")},
    ),
    (
        "Công ty Minh Anh mời ông Minh Anh làm cố vấn.",
        {("ORG", "Công ty Minh Anh"), ("PER", "Minh Anh")},
    ),
    # named by a province or a city with its trade: the name alone stays the place
    (
        "Tập đoàn Thái Bình đầu tư lớn. Thái Bình có thêm khu công nghiệp.",
        {("ORG", "Tập đoàn Thái Bình"), ("LOC", "Thái Bình")},
    ),
    (
        "Công ty Điện lực Hà Nội tăng giá. Hà Nội có thêm trạm biến áp.",
        {("ORG", "Công ty Điện lực Hà Nội"), ("LOC", "Hà Nội")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), AGAIN_CASES)
def test_firms_named_again_alone(text: str, expected: set[tuple[str, str]]) -> None:
    assert spans(text) == expected
