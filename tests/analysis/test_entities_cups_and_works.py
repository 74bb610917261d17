"""Cups named by their body or tier with the English "Cup" before them ("Cup UEFA", "Cup C1
châu Âu"; GUIDELINE rule 78), while a name before "Cup" is still the cup's ("Tiger Cup"); a
classic work named without a head ("Truyện Kiều", rule 17); the planets are places; groups
and firms named bare ("G8", "Pepsi", "Isuzu") and clubs named by their sponsor ("Gạch Đồng
Tâm Long An"); streets at a crossing ("giao lộ X - Y"). Made-up sentences, never test
items."""

from __future__ import annotations

import pytest

from vnreader.analysis import analyze


def spans(text: str) -> set[tuple[str, str]]:
    return {(e.label, e.text) for e in analyze(text).entities}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Đội bóng vào tứ kết Cup UEFA năm nay.", {("MISC", "Cup UEFA")}),
        ("Họ bị loại khỏi Cup FA từ vòng ba.", {("MISC", "Cup FA")}),
        ("Đội giành vé dự Cup C1 châu Âu.", {("MISC", "Cup C1 châu Âu")}),
        ("Đội tham dự Cúp C1 châu Á.", {("MISC", "Cúp C1 châu Á")}),
        ("Thái Lan vô địch Tiger Cup 2002.", {("LOC", "Thái Lan"), ("MISC", "Tiger Cup 2002")}),
        ("Cuốn Truyện Kiều được dịch ra tiếng Hàn.", {("MISC", "Truyện Kiều")}),
        ("Nga rời nhóm G8 năm 2014.", {("LOC", "Nga"), ("ORG", "G8")}),
        ("Giám đốc Pepsi Nguyễn Văn Hải cho biết.", {("ORG", "Pepsi"), ("PER", "Nguyễn Văn Hải")}),
        ("Isuzu VN sẽ xuất khẩu xe tải.", {("ORG", "Isuzu VN")}),
    ],
)
def test_cups_works_graves_and_bare_names(text: str, expected: set[tuple[str, str]]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Robot tự hành đã đáp xuống Sao Hỏa.", {("LOC", "Sao Hỏa")}),
        ("Tàu vũ trụ bay qua sao Mộc năm ngoái.", {("LOC", "sao Mộc")}),
        ("Con tàu bay quanh Trái Đất trong 90 phút.", {("LOC", "Trái Đất")}),
        # in lower case the earth is a common noun (rule 40); inside a name no planet
        ("Trái đất đang nóng lên.", set()),
        ("Công ty TNHH Mặt Trời Hồng cung cấp suất ăn.", {("ORG", "Công ty TNHH Mặt Trời Hồng")}),
    ],
)
def test_planets_and_the_moon_are_places(text: str, expected: set[tuple[str, str]]) -> None:
    assert spans(text) == expected


def test_who_speaks_after_a_place_and_a_comma_ends_the_list() -> None:
    found = spans("Chuyến bay tới sao Hỏa mất 2 năm, Kessler cho biết.")
    assert ("LOC", "Kessler") not in found
    assert ("LOC", "sao Hỏa") in found
    assert spans("Samsung, Xiaomi và Apple đều tăng doanh số.") == {
        ("ORG", "Samsung"),
        ("ORG", "Xiaomi"),
        ("ORG", "Apple"),
    }


def test_streets_at_a_crossing_are_places() -> None:
    assert spans("Xe va chạm tại giao lộ Trần Quốc Thảo - Võ Văn Tần.") == {
        ("LOC", "Trần Quốc Thảo"),
        ("LOC", "Võ Văn Tần"),
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Gạch Đồng Tâm Long An thắng Xi măng Hải Phòng 2-1.",
            {("ORG", "Gạch Đồng Tâm Long An"), ("ORG", "Xi măng Hải Phòng")},
        ),
        (
            "Tôn Hoa Sen Cần Thơ hòa Đá Mỹ Nghệ.",
            {("ORG", "Tôn Hoa Sen Cần Thơ"), ("ORG", "Đá Mỹ Nghệ")},
        ),
    ],
)
def test_clubs_of_the_2000s_leagues(text: str, expected: set[tuple[str, str]]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a cup's region or country after it belongs to it
        ("Tiêu cực tại Cup C1 Đông Nam Á gây bức xúc.", {("MISC", "Cup C1 Đông Nam Á")}),
        ("Coca Cola và Pepsi Cola cạnh tranh.", {("ORG", "Coca Cola"), ("ORG", "Pepsi Cola")}),
        ("Công ty Pepsi Co Việt Nam cho biết.", {("ORG", "Công ty Pepsi Co Việt Nam")}),
        # a foreign crossing is a place; a gate's province after it is no part of the post
        ("Trạm kiểm soát Rafah đóng cửa.", {("LOC", "Rafah")}),
        (
            "Đồn Biên phòng cửa khẩu quốc tế Xa Mát Tây Ninh cho biết.",
            {("ORG", "Đồn Biên phòng cửa khẩu quốc tế Xa Mát"), ("LOC", "Tây Ninh")},
        ),
        # a given name alone stays a person
        ("Nguyễn Thị Hoa (tự Thủy, SN 1980) bị bắt.", {("PER", "Nguyễn Thị Hoa"), ("PER", "Thủy")}),
    ],
)
def test_mends_after_review(text: str, expected: set[tuple[str, str]]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a hydropower plant or its reservoir after a lower-case "thủy điện" (rule 15)
        ("Mực nước hồ thủy điện Tà Lơ dâng cao.", {("LOC", "Tà Lơ")}),
        ("Công trình thủy điện Nậm Sơn 2 đã tích nước.", {("LOC", "Nậm Sơn 2")}),
        ("Khách ngắm nhà máy thủy điện Glen Canyon lớn nhất bang.", {("LOC", "Glen Canyon")}),
        # and the given name "Thủy" stays a person's
        ("Nguyễn Thị Hoa (tự Thủy, SN 1980) bị bắt.", {("PER", "Nguyễn Thị Hoa"), ("PER", "Thủy")}),
        # clubs of the 2000s in their other spellings
        ("Giám đốc đội Đông Á-Thép Pomina bị bắt.", {("ORG", "Đông Á-Thép Pomina")}),
        ("Achilefu giúp LG. Hà Nội ACB thắng.", {("PER", "Achilefu"), ("ORG", "LG. Hà Nội ACB")}),
    ],
)
def test_mends_after_the_second_review(text: str, expected: set[tuple[str, str]]) -> None:
    assert spans(text) == expected


def test_a_planet_starts_no_list_of_places() -> None:
    found = spans("Sau chuyến bay trên sao Hỏa, Zhurong đã gửi ảnh về.")
    assert ("LOC", "sao Hỏa") in found
    assert ("LOC", "Zhurong") not in found
