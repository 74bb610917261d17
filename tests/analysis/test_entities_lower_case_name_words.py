"""Lower-case words that belong to many organisations' names keep the name whole (guideline
rules 2 and 34: the longest name, lower-case words inside it included): "Đại học Kinh tế
quốc dân", "Tổng cục Giáo dục nghề nghiệp", "Cục Đường thủy nội địa"; those that are also
what a body does ("phòng chống tội phạm") only after the word that makes them a name
("Cảnh sát phòng chống tội phạm"). Made-up sentences (none is a sentence of a benchmark
set)."""

from __future__ import annotations

import pytest

from vnreader.analysis import analyze


def found(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.label) for e in analyze(text).entities]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Em trúng tuyển vào ĐH Kinh tế quốc dân năm ngoái.", "ĐH Kinh tế quốc dân"),
        (
            "Năm nay Tổng cục Giáo dục nghề nghiệp mở thêm ba ngành.",
            "Tổng cục Giáo dục nghề nghiệp",
        ),
        ("Hôm qua Cục Đường thủy nội địa kiểm tra hai bến khách.", "Cục Đường thủy nội địa"),
        (
            "Cô là giảng viên Trường ĐH Khoa học xã hội và nhân văn từ năm 2015.",
            "Trường ĐH Khoa học xã hội và nhân văn",
        ),
        ("Anh học ở ĐH Khoa học tự nhiên bốn năm.", "ĐH Khoa học tự nhiên"),
        (
            "Tuần trước Hội đồng Chức danh giáo sư nhà nước họp xét hồ sơ.",
            "Hội đồng Chức danh giáo sư nhà nước",
        ),
        ("Chị tốt nghiệp Khoa Công nghệ thông tin năm 2012.", "Khoa Công nghệ thông tin"),
        (
            "Ba công ty được chuyển về Ủy ban Quản lý vốn nhà nước tại doanh nghiệp.",
            "Ủy ban Quản lý vốn nhà nước tại doanh nghiệp",
        ),
        (
            "Theo Cục Quản lý nhà và thị trường bất động sản, giá nhà tăng.",
            "Cục Quản lý nhà và thị trường bất động sản",
        ),
        (
            "Ông từng làm ở Cục Cảnh sát phòng chống tội phạm công nghệ cao.",
            "Cục Cảnh sát phòng chống tội phạm công nghệ cao",
        ),
        ("Cục Điều tra chống buôn lậu vừa bắt hai xe hàng.", "Cục Điều tra chống buôn lậu"),
        ("Bộ Tư lệnh Cảnh sát cơ động tổ chức diễn tập.", "Bộ Tư lệnh Cảnh sát cơ động"),
        (
            "Hội đồng Tham mưu trưởng liên quân đã họp khẩn.",
            "Hội đồng Tham mưu trưởng liên quân",
        ),
        (
            "Chi cục Chăn nuôi và thú y tỉnh Cà Mau đã tiêu hủy đàn lợn.",
            "Chi cục Chăn nuôi và thú y tỉnh Cà Mau",
        ),
        (
            "Xe của Phòng Cảnh sát Phòng cháy chữa cháy và cứu nạn cứu hộ đã tới.",
            "Phòng Cảnh sát Phòng cháy chữa cháy và cứu nạn cứu hộ",
        ),
        (
            "Cục Quản lý xây dựng và chất lượng công trình giao thông vừa kiểm tra cầu.",
            "Cục Quản lý xây dựng và chất lượng công trình giao thông",
        ),
        (
            "Ông làm việc ở Cục Kiểm soát hoạt động bảo vệ môi trường.",
            "Cục Kiểm soát hoạt động bảo vệ môi trường",
        ),
    ],
)
def test_a_name_goes_on_over_its_lower_case_words(text: str, body: str) -> None:
    assert (body, "ORG") in found(text)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Bộ Công an phòng chống tội phạm ma túy rất quyết liệt.", "Bộ Công an"),
        ("Cục Hải quan chống buôn lậu ở biên giới.", "Cục Hải quan"),
    ],
)
def test_what_a_body_does_is_not_its_name(text: str, body: str) -> None:
    assert found(text)[0] == (body, "ORG")


def test_a_professor_after_a_body_is_a_person() -> None:
    # "giáo sư" belongs to a name only with "nhà nước" ("Hội đồng Chức danh giáo sư nhà nước")
    assert found("Bệnh viện Bạch Mai giáo sư Nguyễn Văn Kính cho biết.") == [
        ("Bệnh viện Bạch Mai", "ORG"),
        ("Nguyễn Văn Kính", "PER"),
    ]
