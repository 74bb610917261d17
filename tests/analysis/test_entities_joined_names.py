"""Names that are one span on real news although made of parts (issue 9): two places joined
by a dash after a road, railway or project word, two regions sharing "miền", a river without
its lower-case head, an outlet's name with "of" in a credit, an event's own word or number
after its place (``benchmarks/data/GUIDELINE.md`` rules 15, 37, 38, 41, 41a, 67 and 79);
made-up sentences, none from a benchmark set.
"""

from __future__ import annotations

import pytest

from vnreader.analysis import analyze


def spans(text: str) -> set[tuple[str, str]]:
    return {(e.label, e.text) for e in analyze(text).entities}


CASES = [
    # a project section, a railway or a stretch of road named by its two ends: one place
    (
        "Gói thầu thuộc dự án thành phần Cần Thơ - Hậu Giang sẽ xong trong năm.",
        {("LOC", "Cần Thơ - Hậu Giang")},
    ),
    ("Tàu chạy thử trên tuyến đường sắt Hà Nội - Lạng Sơn.", {("LOC", "Hà Nội - Lạng Sơn")}),
    ("Xe ùn ứ ở đoạn Vành Đai - Giải Phóng suốt buổi sáng.", {("LOC", "Vành Đai - Giải Phóng")}),
    # a flight or a match between two places names two places
    ("Hãng mở đường bay thẳng Hà Nội - Tokyo.", {("LOC", "Hà Nội"), ("LOC", "Tokyo")}),
    # two regions sharing "miền": "Trung" alone names nothing
    ("Chuỗi cửa hàng đã có ở cả hai miền Bắc - Trung.", {("LOC", "miền Bắc - Trung")}),
    ("Mưa lớn ở miền Nam - Hà Nội thì nắng.", {("LOC", "miền Nam"), ("LOC", "Hà Nội")}),
    # a river: the lower-case head is left out, as for streets and bridges
    ("Rác trôi kín sông Sài Gòn và sông Hồng.", {("LOC", "Sài Gòn"), ("LOC", "Hồng")}),
    ("Nước sông Cửu Long xuống thấp.", {("LOC", "Cửu Long")}),
    ("Lũ về Đồng bằng sông Hồng.", {("LOC", "Đồng bằng sông Hồng")}),
    # Latin America with "châu" and the English spelling
    ("Giá cà phê ở châu Mỹ Latin tăng mạnh.", {("LOC", "châu Mỹ Latin")}),
    ("Hàng sang Mỹ Latin đều chậm.", {("LOC", "Mỹ Latin")}),
    # an event with its number or its own word after a place
    ("Đoàn thể thao dự Asiad 16 ở Quảng Châu.", {("MISC", "Asiad 16"), ("LOC", "Quảng Châu")}),
    ("Anh vào tứ kết Giải Thượng Hải Masters.", {("MISC", "Giải Thượng Hải Masters")}),
    # a hotel's foreign name and its place; a foreign company and its place (rules 67, 73f)
    ("Tiệc cưới ở khách sạn 5 sao Hilton Đà Nẵng.", {("LOC", "Hilton Đà Nẵng")}),
    ("Hội thảo tại khách sạn Sheraton Hà Nội.", {("LOC", "Sheraton Hà Nội")}),
    ("Deutsche Bank Việt Nam mở chi nhánh.", {("ORG", "Deutsche Bank Việt Nam")}),
    ("LG Electronics Việt Nam tuyển kỹ sư.", {("ORG", "LG Electronics Việt Nam")}),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_names_made_of_parts(text: str, expected: set[tuple[str, str]]) -> None:
    assert spans(text) == expected


def test_an_outlet_with_of_in_a_credit_is_one_organisation() -> None:
    assert spans("Mai Hương (Theo Reuters, Voice of Europe, BBC)") == {
        ("PER", "Mai Hương"),
        ("ORG", "Reuters"),
        ("ORG", "Voice of Europe"),
        ("ORG", "BBC"),
    }
