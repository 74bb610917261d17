"""Hills, peaks, towers, canals and expressways before their name (issue 9, guideline rules
15 and 38): the lower-case word is left out and the name is a place ("đồi Bồ Hòn", "kênh Ông
Lớn", "cao tốc Bắc Nam"). A canal needs a name of two Vietnamese words: "kênh Thời sự",
"kênh VTV1" are channels. Not "thượng đỉnh" (a summit), "tàu cao tốc" (a fast boat), "Kim
Tự Tháp" (a pyramid) or a tower named by capitalised common words. Made-up sentences, none
from a benchmark set.
"""

from __future__ import annotations

import pytest

from vnreader.analysis import analyze


def labelled(text: str) -> set[tuple[str, str]]:
    return {(e.text, e.label) for e in analyze(text).entities}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Du khách lên đồi Bồ Hòn ngắm hoàng hôn.", "Bồ Hòn"),
        ("Nhóm leo núi đã lên tới đỉnh Pha Luông sáng nay.", "Pha Luông"),
        ("Di tích tháp Phú Lốc vừa được trùng tu.", "Phú Lốc"),
        ("Rác trôi kín mặt kênh Ông Lớn suốt nhiều tuần.", "Ông Lớn"),
        ("Xe tải lật trên cao tốc Trung Lương sáng qua.", "Trung Lương"),
    ],
)
def test_a_name_after_a_hill_canal_or_road_is_a_place(text: str, place: str) -> None:
    found = labelled(text)
    assert (place, "LOC") in found
    assert not any(label == "PER" for _, label in found)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Chương trình phát trên kênh Thời sự của đài.", "Thời"),
        ("Hội nghị thượng đỉnh Cánh Diều diễn ra ở thủ đô.", "Cánh Diều"),
        ("Tàu cao tốc Thanh Long chở 200 khách.", "Thanh Long"),
        ("Tháp Tài chính Phương Nam cao 60 tầng.", "Tài"),
    ],
)
def test_no_place_after_a_channel_a_summit_a_fast_boat_or_a_tower(text: str, name: str) -> None:
    assert (name, "LOC") not in labelled(text)


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # a road named by its two ends spends its cue: the person after it stays a person
        (
            "Họ yêu cầu Giám đốc dự án cao tốc Bắc Giang - Lạng Sơn Trần Văn Minh kiểm điểm.",
            {("Bắc Giang - Lạng Sơn", "LOC"), ("Trần Văn Minh", "PER")},
            set(),
        ),
        # a canal and a road named by their two ends are one place each
        ("Cải tạo kênh Tân Định - Cầu Bông xong.", {("Tân Định - Cầu Bông", "LOC")}, set()),
        ("Xe chạy trên cao tốc Pháp Vân - Cầu Giẽ.", {("Pháp Vân - Cầu Giẽ", "LOC")}, set()),
        # a board named in capitals is the body, not an estate
        (
            "Lãnh đạo Ban Quản lý dự án Thăng Long cho biết như vậy.",
            {("Ban Quản lý dự án Thăng Long", "ORG")},
            {("Thăng Long", "LOC")},
        ),
        # the Cham people's towers, a dress by its brand, alcohol: no place
        ("Quần thể tháp Chàm nằm trên đồi.", set(), {("Chàm", "LOC")}),
        ("Cô mặc chiếc đầm Gucci màu đỏ.", set(), {("Gucci", "LOC")}),
        ("Anh vi phạm nồng độ cồn Nguyễn Văn Bình khai.", set(), {("Nguyễn Văn Bình", "LOC")}),
        # a firm after an officer's title of four words
        ("Giám đốc điều hành McKinsey cho biết.", {("McKinsey", "ORG")}, set()),
    ],
)
def test_roads_canals_and_words_of_other_senses(
    text: str, expected: set[tuple[str, str]], absent: set[tuple[str, str]]
) -> None:
    found = labelled(text)
    assert expected <= found
    assert not absent & found
