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
