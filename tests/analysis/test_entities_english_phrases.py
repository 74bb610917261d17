"""English phrases and publications (issue 9): a run of English words with a common noun of
software, sections or products ("Control Panel", "Outlook Express", "Social Sciences",
"Security Bulletin") is no person, and a publication named with "Today", "Insider", "Weekly",
"Review", "Chronicle", "Gazette", "Observer" or "Mirror" is an organisation, a country before
the word included ("USA Today", "India Today" were the place alone). Made-up sentences, none
from a benchmark set.
"""

from __future__ import annotations

import pytest

from vnreader.analysis import analyze


def labelled(text: str) -> set[tuple[str, str]]:
    return {(e.text, e.label) for e in analyze(text).entities}


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Người dùng mở Control Panel rồi chọn mục Power Options.", "Control Panel"),
        ("Thư cũ vẫn nằm trong Outlook Express của máy tính.", "Outlook Express"),
        ("Học bổng dành cho các ngành Social Sciences và Engineering.", "Social Sciences"),
        ("Lỗi này được nêu trong Security Bulletin của hãng.", "Security Bulletin"),
    ],
)
def test_an_english_phrase_is_no_person(text: str, phrase: str) -> None:
    assert (phrase, "PER") not in labelled(text)


@pytest.mark.parametrize(
    ("text", "publication"),
    [
        ("Theo tờ USA Today, cuộc bầu cử sẽ diễn ra vào tháng 11.", "USA Today"),
        ("Kênh Philippines Today cho biết bão đã vào đất liền.", "Philippines Today"),
        ("Thông tin được Business Insider đăng tải hôm qua.", "Business Insider"),
        ("Phóng viên tờ Sunday Mirror đã điều tra suốt 5 tuần.", "Sunday Mirror"),
        ("Theo Houston Chronicle, đám cháy đã được khống chế.", "Houston Chronicle"),
    ],
)
def test_a_publication_is_an_organisation(text: str, publication: str) -> None:
    assert (publication, "ORG") in labelled(text)


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Ứng dụng Dual Space cho phép chạy hai tài khoản.", "Dual Space"),
        ("Hãng vừa giới thiệu Virtual Server cho doanh nghiệp.", "Virtual Server"),
        ("Ca khúc Gangnam Style từng có hơn 3 tỷ lượt xem.", "Gangnam Style"),
    ],
)
def test_more_english_phrases_are_no_people(text: str, phrase: str) -> None:
    assert (phrase, "PER") not in labelled(text)


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        (
            "Theo số liệu của Counterpoint Research, doanh số tăng 20%.",
            "Counterpoint Research",
            "ORG",
        ),
        ("Nhóm nhạc Jonas Brothers vừa ra album mới.", "Jonas Brothers", "ORG"),
        ("Hãng bảo mật Panda Software cảnh báo ba loại virus mới.", "Panda Software", "ORG"),
        ("Bộ sưu tập ra mắt tại New York Fashion Week.", "New York Fashion Week", "MISC"),
        (
            "Cô ra mắt bộ sưu tập tại Shanghai Fashion Week 2023.",
            "Shanghai Fashion Week 2023",
            "MISC",
        ),
    ],
)
def test_firms_bands_and_events(text: str, name: str, label: str) -> None:
    assert (name, label) in labelled(text)


def test_an_open_platform_is_no_tournament() -> None:
    found = labelled("Sản phẩm Viettel AI Open Platform được vinh danh.")
    assert not any(label == "MISC" and name.endswith("Open") for name, label in found)


@pytest.mark.parametrize(
    ("text", "place", "event"),
    [
        ("Đại hội thể thao Đông Nam Á SEA Games lần thứ 25 khai mạc.", None, "SEA Games"),
        ("Sau giải vô địch châu Á Asian Cup 2027, đội về nước.", "châu Á", "Asian Cup 2027"),
    ],
)
def test_an_english_event_after_a_vietnamese_name_stands_alone(
    text: str, place: str | None, event: str
) -> None:
    found = labelled(text)
    assert (event, "MISC") in found
    assert not any(label == "MISC" and name.endswith(" " + event) for name, label in found)
    if place:
        assert (place, "LOC") in found


def test_a_date_after_an_event_is_no_edition() -> None:
    found = labelled("Đội tuyển lên ngôi vô địch Mekong Cup 20-11 vừa qua.")
    assert ("Mekong Cup", "MISC") in found
    assert ("Mekong Cup 20", "MISC") not in found
