"""A body whose field starts in capitals and goes on in lower case up to its place is one
organisation (guideline rule 73a): "Trung tâm Phát triển quỹ đất huyện Sóc Sơn", "Hội Cựu chiến
binh tỉnh Nghệ An"; a verb or a function word after the field ends the name. Made-up
sentences (none is a sentence of a benchmark set)."""

from __future__ import annotations

import pytest

from vnreader.analysis import analyze


def found(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.label) for e in analyze(text).entities]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "Dự án do Trung tâm Phát triển quỹ đất huyện Đông Anh làm chủ đầu tư.",
            "Trung tâm Phát triển quỹ đất huyện Đông Anh",
        ),
        ("Ông là chủ tịch Hội Cựu chiến binh tỉnh Nghệ An.", "Hội Cựu chiến binh tỉnh Nghệ An"),
        (
            "Bệnh nhân được chuyển tới Bệnh viện Đa khoa trung tâm tỉnh An Giang.",
            "Bệnh viện Đa khoa trung tâm tỉnh An Giang",
        ),
        (
            "Theo Chi cục Hải quan cửa khẩu Móng Cái, lô hàng đã bị tạm giữ.",
            "Chi cục Hải quan cửa khẩu Móng Cái",
        ),
        ("Hiệp hội Vận tải ô tô Việt Nam đã có văn bản.", "Hiệp hội Vận tải ô tô Việt Nam"),
    ],
)
def test_a_field_going_on_in_lower_case_to_its_place_is_one_name(text: str, body: str) -> None:
    assert (body, "ORG") in found(text)


@pytest.mark.parametrize(
    ("text", "body", "place"),
    [
        ("Trung tâm Y tế khám bệnh cho người dân xã Tân Phú.", "Trung tâm Y tế", "Tân Phú"),
        ("Bệnh viện Chợ Rẫy tiếp nhận bệnh nhân tỉnh Long An.", "Bệnh viện Chợ Rẫy", "Long An"),
    ],
)
def test_a_verb_after_the_field_ends_the_name(text: str, body: str, place: str) -> None:
    assert found(text) == [(body, "ORG"), (place, "LOC")]
