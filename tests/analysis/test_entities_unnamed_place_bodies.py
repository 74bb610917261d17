"""A body followed by a lower-case level of the administration that no name follows ("Trung
tâm Y tế huyện", "Bộ Chỉ huy Quân sự tỉnh") is a bare head like "UBND thành phố": the
article does not say which district's. With the place named it is one organisation.
Made-up sentences (none is a sentence of a benchmark set)."""

from __future__ import annotations

import pytest

from vnreader.analysis import analyze


def orgs(text: str) -> list[str]:
    return [e.text for e in analyze(text).entities if e.label == "ORG"]


@pytest.mark.parametrize(
    "text",
    [
        "Hai bệnh nhân được đưa đến Trung tâm Y tế huyện trong đêm.",
        "Bộ Chỉ huy Quân sự tỉnh cử 50 chiến sĩ hỗ trợ dân.",
        "Lực lượng Công an huyện lập chốt kiểm soát.",
        "Ban Chấp hành Đảng bộ xã họp phiên bất thường.",
        "Sở Y tế thành phố vừa có văn bản gửi các bệnh viện.",
        "Trung tâm Kiểm soát bệnh tật tỉnh lấy mẫu xét nghiệm.",
        "Cán bộ Trạm Khuyến nông thị xã đã xuống đồng.",
    ],
)
def test_a_body_of_an_unnamed_district_is_no_entity(text: str) -> None:
    assert orgs(text) == []


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Đội CSGT Công an huyện Diễn Châu phát hiện vụ việc.", "Đội CSGT Công an huyện Diễn Châu"),
        ("Sở Y tế thành phố Hà Nội vừa có văn bản.", "Sở Y tế thành phố Hà Nội"),
        (
            "Bệnh viện Đa khoa tỉnh Quảng Nam tiếp nhận bệnh nhân.",
            "Bệnh viện Đa khoa tỉnh Quảng Nam",
        ),
        ("Trung tâm Y tế quận 3 tiêm vắc xin cho người dân.", "Trung tâm Y tế quận 3"),
    ],
)
def test_a_body_of_a_named_district_is_one_organisation(text: str, body: str) -> None:
    assert orgs(text) == [body]


def test_a_body_with_no_level_after_it_stays_an_organisation() -> None:
    assert orgs("Trung tâm Y tế vừa tiếp nhận 20 ca bệnh.") == ["Trung tâm Y tế"]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Báo Thanh Niên xã luận về vụ việc.", "Báo Thanh Niên"),
        ("Đảng Cộng sản Trung Quốc tỉnh táo trước khủng hoảng.", "Đảng Cộng sản Trung Quốc"),
    ],
)
def test_a_level_that_starts_another_word_or_follows_a_place_leaves_the_body(
    text: str, body: str
) -> None:
    assert orgs(text) == [body]
