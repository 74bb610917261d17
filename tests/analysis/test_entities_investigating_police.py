"""The investigating police and security bodies are named to their end, "điều tra" included
("Cơ quan Cảnh sát điều tra", "Cơ quan An ninh điều tra", "Cục Cảnh sát điều tra tội phạm về
trật tự xã hội"), with the police they belong to when it follows ("Cơ quan Cảnh sát điều tra
Công an tỉnh …"), like "Cơ quan CSĐT" and "Cơ quan điều tra Bộ Công an" (GUIDELINE rules 36
and 61; made-up sentences)."""

from __future__ import annotations

import pytest

from vnreader.analysis import analyze


def spans(text: str) -> set[tuple[str, str]]:
    return {(e.label, e.text) for e in analyze(text).entities}


CASES = [
    ("Hiện Cơ quan Cảnh sát điều tra đang làm rõ vụ việc.", {("ORG", "Cơ quan Cảnh sát điều tra")}),
    (
        "Cơ quan Cảnh sát điều tra Công an huyện Mỹ Hào đã khởi tố bị can.",
        {("ORG", "Cơ quan Cảnh sát điều tra Công an huyện Mỹ Hào")},
    ),
    (
        "Ngày 3/5, Cơ quan An ninh điều tra Bộ Công an đã bắt giữ hai người.",
        {("ORG", "Cơ quan An ninh điều tra Bộ Công an")},
    ),
    (
        "Tin từ Cục Cảnh sát điều tra tội phạm về trật tự xã hội cho biết thêm.",
        {("ORG", "Cục Cảnh sát điều tra tội phạm về trật tự xã hội")},
    ),
    # the order of the words in a sentence about public order stays no name
    ("Lực lượng công an giữ vững trật tự xã hội trên địa bàn.", set()),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_investigating_bodies_are_named_whole(text: str, expected: set[tuple[str, str]]) -> None:
    assert spans(text) == expected
