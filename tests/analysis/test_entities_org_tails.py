"""Organisations named in lower case up to their place, and the heads of such names
(GUIDELINE rules 34 and 73a): kinds of ORG error that recur across the real-news development
sets, each with made-up sentences (none is a sentence of a benchmark set).
"""

from __future__ import annotations

import pytest

from vnreader.analysis import analyze


def spans(text: str) -> set[tuple[str, str]]:
    return {(e.label, e.text) for e in analyze(text).entities}


CASES = [
    # "Xí nghiệp", "Nông trường", "Lâm trường" head a body like "Nhà máy"
    ("Xí nghiệp Xe khách Nam Hà vừa mua thêm xe.", {("ORG", "Xí nghiệp Xe khách Nam Hà")}),
    ("Công nhân Nông trường Sông Hậu thu hoạch lúa.", {("ORG", "Nông trường Sông Hậu")}),
    # what the body does in lower case, then its place: one name
    (
        "Lãnh đạo Xí nghiệp toa xe Đà Nẵng đã nhận lỗi.",
        {("ORG", "Xí nghiệp toa xe Đà Nẵng")},
    ),
    (
        "Ông là hội viên Hiệp hội doanh nghiệp cơ khí Việt Nam từ lâu.",
        {("ORG", "Hiệp hội doanh nghiệp cơ khí Việt Nam")},
    ),
    (
        "Bệnh nhân được đưa tới Trung tâm y tế huyện Gia Lâm ngay trong đêm.",
        {("ORG", "Trung tâm y tế huyện Gia Lâm")},
    ),
    (
        "Đài truyền hình cáp Singapore phát lại trận đấu.",
        {("ORG", "Đài truyền hình cáp Singapore")},
    ),
    # a lower-case word after a ministry or a department is a verb, not its name
    ("Sở yêu cầu Đà Nẵng báo cáo ngay.", {("LOC", "Đà Nẵng")}),
    ("Công an truy tìm kẻ trốn khỏi Hà Nội.", {("LOC", "Hà Nội")}),
    # a head that is the start of another word, or a place noun before the place
    ("Hội thảo kinh tế Hà Nội diễn ra hôm qua.", {("LOC", "Hà Nội")}),
    ("Báo chí Mỹ đưa tin về vụ việc.", {("LOC", "Mỹ")}),
    ("Tổ chức lễ hội tại Đà Nẵng là việc khó.", {("LOC", "Đà Nẵng")}),
    ("Du khách dạo quanh trung tâm thủ đô Lisbon.", {("LOC", "Lisbon")}),
    ("Trường dạy tiếng Anh mở thêm lớp.", set()),
    # the verb "được" after a name is no name word, though it folds like "Dược"
    ("Học viện Múa được công nhận là trường trọng điểm.", {("ORG", "Học viện Múa")}),
    ("Trường Đại học Y dược Huế tuyển sinh.", {("ORG", "Trường Đại học Y dược Huế")}),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_lower_case_names_up_to_their_place(text: str, expected: set[tuple[str, str]]) -> None:
    assert spans(text) == expected
