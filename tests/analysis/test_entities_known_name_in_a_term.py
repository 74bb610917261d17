"""An acronym glued by a hyphen to a common acronym is part of a term, not a body: "RT-PCR"
is a test, not the channel "RT" ("Theo kênh RT" still is), and no name before it takes it
("Realtime RT-PCR"). Made-up sentences."""

from __future__ import annotations

import pytest

from vnreader.analysis import analyze


def found(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.label) for e in analyze(text).entities]


@pytest.mark.parametrize(
    "text",
    [
        "Hai mẫu xét nghiệm RT-PCR của anh đều âm tính.",
        "Bệnh viện đã làm xét nghiệm Realtime RT-PCR cho cả nhà.",
    ],
)
def test_a_test_named_rt_pcr_is_no_body(text: str) -> None:
    assert found(text) == []


def test_the_channel_alone_stays_an_organisation() -> None:
    assert ("RT", "ORG") in found("Theo kênh RT, cuộc họp đã bị hoãn.")


@pytest.mark.parametrize(
    "text",
    [
        "Sinh viên chương trình TROY-IT nhận bằng của trường đối tác.",
        "Đại diện TROY-IT cho biết khóa học mới sẽ mở vào tháng sau.",
    ],
)
def test_an_unknown_acronym_before_a_common_one_stays_the_body(text: str) -> None:
    """One acronym that names nothing known, glued to a common one, is the body's ("TROY-IT":
    Troy University's IT programme), not a term."""
    assert found(text) == [("TROY", "ORG")]


def test_a_document_number_names_no_body() -> None:
    """The code is the legal text's, MISC with its capitalised head (guideline rule 81)."""
    text = "Công văn số 4521/BGTVT-ATGT yêu cầu các đơn vị báo cáo trước ngày 10."
    assert found(text) == [("Công văn số 4521/BGTVT-ATGT", "MISC")]
