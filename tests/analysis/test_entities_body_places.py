"""The place a body serves, written after its acronym in brackets or after its number, is
the name's last words, one organisation (guideline rules 73a, 82): "Sở Giao thông vận tải
(GTVT) tỉnh Tiền Giang", "Bệnh viện Nhi Đồng 2 TP HCM". Made-up sentences, never test items.
"""

from __future__ import annotations

import pytest

from vnreader.analysis import analyze

# the body, its acronym in brackets and the place it serves after the bracket: one name
# (guideline rule 82), keyed as the full name with its place
PLACED = [
    (
        "Đại diện Sở Giao thông vận tải (GTVT) tỉnh Tiền Giang cho biết.",
        ("Sở Giao thông vận tải (GTVT) tỉnh Tiền Giang", "ORG:so gtvt tinh tien giang"),
    ),
    (
        "Trung tâm Kiểm soát bệnh tật (CDC) Hà Nội khuyến cáo người dân.",
        ("Trung tâm Kiểm soát bệnh tật (CDC) Hà Nội", "ORG:cdc ha noi"),
    ),
    (
        "Sở Giáo dục và đào tạo (GD-ĐT) TP Hà Nội vừa ra thông báo.",
        ("Sở Giáo dục và đào tạo (GD-ĐT) TP Hà Nội", "ORG:so gd&dt tp ha noi"),
    ),
    (
        "Kho bạc Nhà nước (KBNN) tỉnh Phú Yên cho biết.",
        ("Kho bạc Nhà nước (KBNN) tỉnh Phú Yên", "ORG:kbnn tinh phu yen"),
    ),
    # a national body with a word of the place's kind after its bracket
    ("Bộ Y tế (BYT) tỉnh Hà Nam cho biết.", ("Bộ Y tế (BYT) tỉnh Hà Nam", "ORG:byt tinh ha nam")),
]


def test_the_short_name_written_later_is_the_same_body() -> None:
    text = "Sở Giao thông vận tải (GTVT) tỉnh Tiền Giang họp. Sau đó, Sở GTVT tỉnh Tiền Giang nói."
    assert len({e.key for e in analyze(text).entities}) == 1
    text = "Trung tâm Kiểm soát bệnh tật (CDC) Hà Nội khuyến cáo. CDC Hà Nội cũng cho biết."
    assert len({e.key for e in analyze(text).entities}) == 1


@pytest.mark.parametrize(("text", "expected"), PLACED)
def test_the_place_after_the_acronym_is_the_body_s(text: str, expected: tuple[str, str]) -> None:
    assert [(e.text, e.key) for e in analyze(text).entities] == [expected]


# no place after the bracket, or a clause between: the body and its acronym stay apart
APART = [
    ("Bộ Giao thông vận tải (GTVT) cho biết sẽ kiểm tra.", {"Bộ Giao thông vận tải", "GTVT"}),
    # a place that may open the next clause after a body that serves no one place, a body
    # that ends with a place already, a ship's prefix
    (
        "Theo Tổ chức Y tế Thế giới (WHO) Việt Nam đã có tiến bộ.",
        {"Tổ chức Y tế Thế giới", "WHO", "Việt Nam"},
    ),
    ("Theo Bộ Y tế (BYT) Hà Nội dẫn đầu.", {"Bộ Y tế", "BYT", "Hà Nội"}),
    (
        "Tập đoàn Dầu khí Việt Nam (PVN) Nga cùng ký.",
        {"Tập đoàn Dầu khí Việt Nam", "PVN", "Nga"},
    ),
    (
        "Quỹ tiền tệ quốc tế (IMF), Việt Nam và Nhật Bản cùng ký.",
        {"Quỹ tiền tệ quốc tế", "IMF", "Việt Nam", "Nhật Bản"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), APART)
def test_no_place_after_the_acronym(text: str, expected: set[str]) -> None:
    assert {e.text for e in analyze(text).entities} == expected


NUMBERED = [
    (
        "Tại Bệnh viện Nhi Đồng 3 TP HCM, nhiều trẻ đến khám.",
        ("Bệnh viện Nhi Đồng 3 TP HCM", "ORG:benh vien nhi dong 3 tp hcm"),
    ),
    (
        "Trung tâm Cấp cứu 115 Hà Nội cho biết.",
        ("Trung tâm Cấp cứu 115 Hà Nội", "ORG:trung tam cap cuu 115 ha noi"),
    ),
    (
        "Công ty cổ phần xây dựng số 7 Hải Phòng trúng thầu.",
        ("Công ty cổ phần xây dựng số 7 Hải Phòng", "ORG:cong ty co phan xay dung so 7 hai phong"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), NUMBERED)
def test_the_place_after_the_number_is_the_body_s(text: str, expected: tuple[str, str]) -> None:
    assert [(e.text, e.key) for e in analyze(text).entities] == [expected]


def test_a_place_after_a_comma_is_its_own() -> None:
    found = {(e.label, e.text) for e in analyze("Bệnh viện Nhi Đồng 3, TP HCM cho biết.").entities}
    assert found == {("ORG", "Bệnh viện Nhi Đồng 3"), ("LOC", "TP HCM")}
