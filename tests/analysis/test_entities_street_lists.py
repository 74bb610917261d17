"""Streets listed after a road word are places however they are written: after a colon, with
a stretch or a district in brackets, with a landmark among them (issue 9;
``benchmarks/data/GUIDELINE.md`` rule 38). A road word inside another word ("thành phố",
"trực tuyến") starts no list, and one street with a bracket is no list. Made-up sentences,
none from a benchmark set.
"""

from __future__ import annotations

import pytest

from vnreader.analysis import analyze


def spans(text: str) -> set[tuple[str, str]]:
    return {(e.label, e.text) for e in analyze(text).entities}


def streets(*names: str) -> set[tuple[str, str]]:
    return {("LOC", name) for name in names}


LISTS = [
    # the list after a colon
    (
        "Xe tải không được đi trên các tuyến phố: Trần Quang Khải, Lý Thái Tổ, Phan Bội Châu.",
        streets("Trần Quang Khải", "Lý Thái Tổ", "Phan Bội Châu"),
    ),
    # a district in brackets goes on with the list
    (
        "Nhiều tuyến đường như Võ Thị Sáu (quận 3), Nguyễn Văn Cừ, Lê Văn Sỹ (quận 3) bị ngập.",
        streets("Võ Thị Sáu", "Nguyễn Văn Cừ", "Lê Văn Sỹ") | {("LOC", "quận 3")},
    ),
    # a stretch in brackets: its ends are streets too
    (
        "Cấm xe trên các phố Tôn Đức Thắng (từ Lê Duẩn - Hai Bà Trưng), Nguyễn Đình Chiểu.",
        streets("Tôn Đức Thắng", "Lê Duẩn", "Hai Bà Trưng", "Nguyễn Đình Chiểu"),
    ),
    # a landmark named by its kind inside the list
    (
        "Cấm đỗ xe trên các phố Hàng Bông, đền Ngọc Sơn, Bà Huyện Thanh Quan, Trần Quý Cáp.",
        streets("Hàng Bông", "Bà Huyện Thanh Quan", "Trần Quý Cáp"),
    ),
    # 2 roads, each with its district
    (
        "Hai đường ngập nặng là Đào Duy Anh (quận 9) và Hoàng Văn Thụ (quận 5).",
        streets("Đào Duy Anh", "Hoàng Văn Thụ") | {("LOC", "quận 9"), ("LOC", "quận 5")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), LISTS)
def test_streets_listed_after_a_road_word_are_places(
    text: str, expected: set[tuple[str, str]]
) -> None:
    assert expected <= spans(text)


NOT_LISTS = [
    # "thành phố" is no road word: a list after it names no streets
    ("Giải cho học sinh giỏi cấp thành phố các môn Toán, Lý, Hóa.", ["Toán", "Lý", "Hóa"]),
    ("Các giải của thành phố: Nguyễn Văn An, Trần Thị Bình nhận giải.", ["Nguyễn Văn An"]),
    # one street, a bracket, then the sentence's subject: no list
    ("Nhà ở đường Lê Quang Định (quận 5), Thành đến lớp mỗi chiều.", ["Thành"]),
    # a colon after a word that only holds a road word ("đường dài", "tuyến nữ")
    ("Kỷ lục chạy đường dài: Nguyễn Thị Oanh, Lê Tú Chinh.", ["Nguyễn Thị Oanh"]),
    ("Kết quả chung cuộc tuyến nữ: Nguyễn Thị Hương, Trần Thị Lan.", ["Nguyễn Thị Hương"]),
]


@pytest.mark.parametrize(("text", "not_places"), NOT_LISTS)
def test_a_road_word_inside_another_word_or_one_street_starts_no_list(
    text: str, not_places: list[str]
) -> None:
    found = spans(text)
    for name in not_places:
        assert ("LOC", name) not in found


def test_a_titled_person_after_the_list_stays_a_person() -> None:
    found = spans("Ông đi qua các phố Hàng Bài, Tràng Tiền và ông Nguyễn Văn Nam cho biết.")
    assert ("PER", "Nguyễn Văn Nam") in found
