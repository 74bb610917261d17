"""Streets, parks, squares, hospitals and firms named by a date (issue 9; guideline rules 38,
88): the head and the date are one entity, LOC or ORG, and the date in it is no figure;
every way of writing the date keys the same place. Made-up sentences, none from a benchmark
set."""

from __future__ import annotations

import pytest

from vnreader.analysis import analyze


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        ("Quán phở nằm trên đường 3/2, phường 12, quận 10.", "đường 3/2", "LOC"),
        ("Hội chợ hoa mở tại Công viên 23-9 từ hôm qua.", "Công viên 23-9", "LOC"),
        ("Xe chạy trên đường 30 Tháng 4, TP Vũng Tàu.", "đường 30 Tháng 4", "LOC"),
        ("Đường 3 tháng 2 ngập sâu sau cơn mưa.", "Đường 3 tháng 2", "LOC"),
        ("Lễ hội diễn ra ở quảng trường 19/8 tối thứ bảy.", "quảng trường 19/8", "LOC"),
        ("Anh được đưa vào Bệnh viện 30 Tháng 4 cấp cứu.", "Bệnh viện 30 Tháng 4", "ORG"),
        ("Bệnh viện 19-8 (Bộ Công an) tiếp nhận hai ca.", "Bệnh viện 19-8", "ORG"),
        ("Đất do Nông trường 3-2 cấp cho các hộ.", "Nông trường 3-2", "ORG"),
        ("Dự án của Công ty 3/6 nằm trong quy hoạch.", "Công ty 3/6", "ORG"),
        ("Trận đấu trên Sân vận động 19/8 kín chỗ.", "Sân vận động 19/8", "LOC"),
        ("Học sinh Trường THPT 19/5 khai giảng.", "Trường THPT 19/5", "ORG"),
        ("Công ty Cổ phần 28/7 báo lỗ.", "Công ty Cổ phần 28/7", "ORG"),
        # a house number before the street is no figure reaching into its head
        ("Cửa hàng (33 đường 3 tháng 2, Q.10) mở cửa.", "đường 3 tháng 2", "LOC"),
    ],
)
def test_a_date_after_its_head_names_the_place(text: str, name: str, label: str) -> None:
    analysis = analyze(text)
    assert (name, label) in {(e.text, e.label) for e in analysis.entities}
    start = text.index(name)
    assert [f for f in analysis.figures if f.start < start + len(name) and start < f.end] == []


def test_every_way_of_writing_the_date_is_one_street() -> None:
    text = "Nhà ở đường 3 Tháng 2, gần đường 3/2 cũ và Đường 03-02 mới."
    keys = {e.key for e in analyze(text).entities if e.label == "LOC"}
    assert keys == {"LOC:duong 3/2"}


@pytest.mark.parametrize(
    "text",
    [
        "Quãng đường 4-5 km phải đi bộ.",  # a range before a unit
        "Giá nhà phố 5-8 triệu đồng/m2.",  # a town house, a range of prices
        "Ngày hội toàn cầu 4-5 thu hút nhiều người.",  # "toàn cầu" is no bridge
        "Hàng hóa thị trường 3-4 tăng giá.",  # no market named by a date
        "Mặt đường 25-26 mét rộng.",  # no month 26
        "Anh đi trên đường 3/2/2020 về quê.",  # a date with its year
        "Công nhân giải toả lề đường 2-3 buổi mỗi tuần.",  # a range before a counted noun
        "Dự án mở rộng đường 4-6 làn xe.",
        "Bà nằm bệnh viện 2-3 hôm thì về.",
    ],
)
def test_no_name_where_the_date_is_a_range_or_a_date(text: str) -> None:
    assert not [e for e in analyze(text).entities if e.label in ("LOC", "ORG")]


def test_an_alleys_number_is_no_date_and_the_street_after_it_a_place() -> None:
    found = {(e.label, e.text) for e in analyze("Quán ở hẻm 19/6 Lê Văn Sỹ, Q.3.").entities}
    assert ("LOC", "Lê Văn Sỹ") in found


def test_the_names_around_a_date_name_are_found_as_before() -> None:
    text = "Các dự án Sky Plaza, The Vista, bệnh viện 19-8, công viên Cầu Giấy đều chậm."
    found = {(e.label, e.text) for e in analyze(text).entities}
    assert {("LOC", "Sky Plaza"), ("LOC", "The Vista"), ("LOC", "Cầu Giấy")} <= found


def test_the_names_the_figure_finder_keeps_are_those_found_anew() -> None:
    from vnreader.analysis.figures import find_figures
    from vnreader.analysis.named_dates import date_names

    text = "Quán ở 33 đường 3 tháng 2, gần Công viên 23-9 và Bệnh viện 30 Tháng 4."
    find_figures(text)
    kept = date_names(text)
    anew = date_names("".join(list(text)))  # an equal text, another object: scanned again
    assert kept == anew and [name[2] for name in kept] == ["LOC", "LOC", "ORG"]
