"""A body's head and field after "các"/"những" name a kind of body, no one body ("các Sở Y
tế", "các Phòng Giáo dục"), and so does an acronym alone ("các PMU"): bare heads (issue 9;
``benchmarks/data/GUIDELINE.md`` rule 11). A list of ministries and a body named by more
than its kind keep their names. Made-up sentences, none from a benchmark set.
"""

from __future__ import annotations

import pytest

from vnreader.analysis import analyze


def orgs(text: str) -> set[str]:
    return {e.text for e in analyze(text).entities if e.label == "ORG"}


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Bộ yêu cầu các Sở Tài nguyên và Môi trường báo cáo.", "Sở Tài nguyên và Môi trường"),
        ("Thành phố đã làm việc với các Phòng Giáo dục về lịch thi.", "Phòng Giáo dục"),
        ("Lãnh đạo các Trung tâm Y tế dự phòng đã họp.", "Trung tâm Y tế"),
        ("Thủ tướng chỉ đạo các PMU báo cáo chi tiêu.", "PMU"),
        ("Những HTX này đều làm ăn có lãi.", "HTX"),
    ],
)
def test_a_kind_of_body_after_a_plural_is_no_organisation(text: str, kind: str) -> None:
    assert not {name for name in orgs(text) if name.startswith(kind)}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Công văn gửi các Bộ Công an, Quốc phòng và Ngoại giao.", "Bộ Công an"),
        # a body named with its place, in a list of such bodies
        ("Hạn chót cho các Sở Công Thương Hà Nội, TP HCM là tháng 5.", "Sở Công Thương Hà Nội"),
        ("Đoàn có đại diện các Hội Nhà văn Việt Nam và Hội Nhà báo Việt Nam.", "Hội Nhà văn"),
        # an acronym the gazetteer knows: a club, not a kind
        ("Các HAGL và SLNA đều thắng trận.", "HAGL"),
    ],
)
def test_named_bodies_keep_their_names(text: str, name: str) -> None:
    assert any(found.startswith(name) for found in orgs(text))
