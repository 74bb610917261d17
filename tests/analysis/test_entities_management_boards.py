"""A standing board named "Ban quản lý" and what it manages, in lower case, is ORG (guideline
rules 89, 101: "Ban quản lý di tích", "Ban quản lý các khu du lịch"), with the site's own
name or its place after it ("Ban quản lý dự án Bạch Hạc Tây", "… dự án huyện Gia Lâm"); not
the board alone, a board named only by its level, nor what the board does. Made-up
sentences, never test items.
"""

from __future__ import annotations

import pytest

from vnreader.analysis import analyze


def orgs(text: str) -> set[str]:
    return {e.text for e in analyze(text).entities if e.label == "ORG"}


CASES = [
    ("Chiếc trống được xin lại từ Ban quản lý di tích làm kỷ niệm.", {"Ban quản lý di tích"}),
    (
        "Huyện giao Ban quản lý các khu du lịch tiến hành kiểm tra.",
        {"Ban quản lý các khu du lịch"},
    ),
    ("Ban quản lý chợ nói rằng sẽ sửa mái.", {"Ban quản lý chợ"}),
    (
        "Quyết định do Ban quản lý dự án Bạch Hạc Tây ban hành.",
        {"Ban quản lý dự án Bạch Hạc Tây"},
    ),
    # the board of an estate's project is the board, whole, not the estate (set 31)
    ("Ban quản lý dự án Thạch Hãn Tây cho biết như vậy.", {"Ban quản lý dự án Thạch Hãn Tây"}),
    (
        "Ban quản lý các dự án đường cao tốc phía Nam cho biết.",
        {"Ban quản lý các dự án đường cao tốc phía Nam"},
    ),
    # a stadium's or a hall's board
    ("Ban quản lý sân vận động từ chối trả lời.", {"Ban quản lý sân vận động"}),
    ("Ban quản lý nhà thi đấu Phú Thọ cho biết.", {"Ban quản lý nhà thi đấu Phú Thọ"}),
    # a verb that no list holds after it: where the name ends is unsure, nothing is taken
    ("Ban quản lý di tích đóng cửa khu mộ.", set()),
    # no site: the board alone, by its level only, or which project unsaid
    ("Ban quản lý nằm ở tầng hai.", set()),
    ("Ban quản lý dự án quận, huyện thực hiện lúng túng.", set()),
    ("Ban quản lý dự án đã bàn giao mặt bằng.", set()),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_management_boards(text: str, expected: set[str]) -> None:
    assert orgs(text) == expected
