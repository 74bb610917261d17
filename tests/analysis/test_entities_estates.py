"""A real-estate development after "dự án" is a place (issue 9, guideline rule 62, like an
urban area): a name of two capitalised words or more, Vietnamese or ending with a word of
estates ("Home", "Complex", "Residence"). Not a bill ("dự án Luật …"), a project titled in a
sentence ("dự án Hỗ trợ …"), a name known otherwise ("European Super League") or a show's
title; and not split across a dash. Made-up sentences, none from a benchmark set.
"""

from __future__ import annotations

import pytest

from vnreader.analysis import analyze


def labelled(text: str) -> set[tuple[str, str]]:
    return {(e.text, e.label) for e in analyze(text).entities}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Cư dân dự án Hồng Hà Garden phản đối việc tăng phí.", "Hồng Hà Garden"),
        ("Chủ đầu tư dự án Bình An Complex chậm bàn giao nhà.", "Bình An Complex"),
        ("Người mua nhà dự án Thạch Hãn Tây cho biết như vậy.", "Thạch Hãn Tây"),
    ],
)
def test_an_estate_after_du_an_is_a_place(text: str, place: str) -> None:
    found = labelled(text)
    assert (place, "LOC") in found
    assert not any(label == "PER" for _, label in found)


@pytest.mark.parametrize(
    "text",
    [
        "Quốc hội thảo luận dự án Luật Nhà ở sửa đổi.",
        "Dự án Hỗ trợ nông dân đã kết thúc.",
        "Anh góp mặt trong dự án Midnight Dream Story mới.",
        "Khách quan tâm dự án Sun Ocean Village - Golden Edition.",
    ],
)
def test_no_estate(text: str) -> None:
    assert not any(label == "LOC" for _, label in labelled(text))
