"""A person named by one Vietnamese word after a word of address ("chị Hoàn", "anh Hùng", "bé
Bin") is the same person when the word comes back alone later in the article ("nhưng Hoàn khó
chịu", "giặt quần áo cho Hùng") (issue 9): real articles about ordinary people name them so.
Not a word of a title after the address ("ông Phó …"), not the end of a longer name written
later ("Nguyễn Thị Để" after "bà Để"), not a word that opens a compound ("Đồng hồ"). Made-up
sentences, none from a benchmark set.
"""

from __future__ import annotations

import pytest

from vnreader.analysis import analyze


def people(text: str) -> list[str]:
    return [e.text for e in analyze(text).entities if e.label == "PER"]


@pytest.mark.parametrize(
    ("text", "again"),
    [
        (
            "Chị Hoàn làm công nhân may. Chồng vẫn đưa lương cho vợ, nhưng Hoàn khó chịu vô cùng.",
            "Hoàn",
        ),
        (
            "Anh Tùng thuê phòng trọ gần trường. Mỗi tuần mẹ lên nấu cơm, giặt quần áo cho Tùng.",
            "Tùng",
        ),
        ("Bé Bin năm nay lên sáu. Mỗi sáng Bin tự đi bộ đến lớp.", "Bin"),
    ],
)
def test_the_one_word_name_comes_back(text: str, again: str) -> None:
    assert people(text).count(again) == 2


def test_not_the_end_of_a_longer_name() -> None:
    text = "Bà Để bị phạt hành chính. Công an buộc Nguyễn Thị Để xin lỗi công khai."
    assert "Để" not in [e.text for e in analyze(text).entities if e.start > text.index("Công")]


def test_not_a_word_of_an_office() -> None:
    text = "Ông Phó được mời phát biểu. Phó Giám đốc sở cho biết kế hoạch đã xong."
    assert people(text).count("Phó") <= 1


@pytest.mark.parametrize(
    "text",
    [
        # the word and the lower-case word after it are written in lower case elsewhere: a
        # common word opening a sentence or a title, no person
        "Anh Nguyên lái xe khách. Nguyên nhân vụ lật xe chưa rõ, nguyên nhân ban đầu là mưa.",
        "Bé Đứa chơi ngoài sân. Ca khúc Đứa bé nói về một đứa bé lang thang.",
    ],
)
def test_not_a_common_word_written_in_lower_case_elsewhere(text: str) -> None:
    assert people(text) == [text.split(".")[0].split()[1]]


@pytest.mark.parametrize(
    "text",
    [
        "Ông Ba kể chuyện cũ. Ba mươi năm sau họ mới gặp lại nhau.",
        "Ông Ba kể chuyện cũ. Những ngày tháng Ba, làng lại làm giỗ.",
        "Chị Năm bán rau ở chợ. Năm ngoái chợ bị cháy.",
    ],
)
def test_not_a_number(text: str) -> None:
    assert people(text) == ["Ba" if "Ba" in text else "Năm"]


def test_not_a_point_of_the_compass_in_a_list() -> None:
    text = "Đoàn do ông Trung dẫn đầu. Ba đoàn khác đi các miền Bắc, Trung, Nam."
    assert people(text) == ["Trung"]


def test_a_neighbour_of_a_longer_name_is_no_point_of_the_compass() -> None:
    text = "Anh Nam là ca sĩ. Khi chương trình về Việt Nam, Nam đăng ký ngay."
    assert people(text) == ["Nam", "Nam"]


def test_not_after_a_woman_or_a_particle() -> None:
    text = "Những người đàn bà Tày ngồi khóc. Họ khóc bằng tiếng Tày."
    assert "Tày" not in [e.text for e in analyze(text).entities if e.start > text.index("Họ")]
    text = "Bà Von der Leyen tới Ankara. Chủ tịch Ủy ban châu Âu (EC) Von der Leyen phát biểu."
    assert people(text).count("Von") <= 1
