"""A one-syllable country that starts a common word is no place: "Nhật báo" (a daily),
"Nhật ký" (a diary), "Nhật thực" (an eclipse), "Viện Hàn lâm" (the academy), unless the
next syllable makes a verb of the word: "Nhật ký kết" (Japan signs), "Nhật báo cáo", "Nhật
thực hiện" (issue 9). Made-up sentences, none from a benchmark set.
"""

from __future__ import annotations

import pytest

from vnreader.analysis import analyze


def places(text: str) -> set[str]:
    return {e.text for e in analyze(text).entities if e.label == "LOC"}


@pytest.mark.parametrize(
    "text",
    [
        "Nhật báo này cho biết đội tuyển đã thắng.",
        "Cuốn Nhật ký của cô được tái bản.",
        "Hiện tượng Nhật thực kéo dài ba phút.",
        "Ông là thành viên Viện Hàn lâm Khoa học.",
    ],
)
def test_a_common_word_started_by_a_country_is_no_place(text: str) -> None:
    assert not {name for name in places(text) if name in ("Nhật", "Hàn")}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Nhật ký kết hiệp định thương mại với Việt Nam.", "Nhật"),
        ("Nhật thực hiện cam kết cắt giảm khí thải.", "Nhật"),
        ("Nhật báo cáo lên Liên Hợp Quốc về vụ việc.", "Nhật"),
        ("Hàn lâm vào khủng hoảng tài chính.", "Hàn"),
    ],
)
def test_the_country_stays_a_place_before_a_verb(text: str, place: str) -> None:
    assert place in places(text)


@pytest.mark.parametrize(
    "text", ["Dân làng còn nhớ thời Nhật thực dân chiếm đóng.", "Nhật ký biên bản ghi nhớ mới."]
)
def test_japan_before_a_second_word_of_its_own(text: str) -> None:
    assert "Nhật" in places(text)
