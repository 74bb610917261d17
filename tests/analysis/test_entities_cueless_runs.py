"""Runs with no cue before them (issue 9), kinds of error seen on the real-news development
sets: lower-case nicknames in quotes after a given name (GUIDELINE rule 60, crime news) and
two or three capitalised foreign words taken for a person by default; made-up sentences,
none from a set.
"""

from __future__ import annotations

import pytest

from vnreader.analysis import analyze


def spans(text: str) -> set[tuple[str, str]]:
    return {(e.label, e.text) for e in analyze(text).entities}


NICKNAME_CASES = [
    # a ring named by its nicknames: each nickname supports the others
    (
        "Tuấn “sẹo” cùng Hùng “mặt rỗ” chia nhau địa bàn.",
        {("PER", "Tuấn “sẹo”"), ("PER", "Hùng “mặt rỗ”")},
    ),
    # the nickname introduced after the full name, in brackets or after "tức"
    (
        "Công an bắt Lê Văn Dũng (Dũng “gù”) tại nhà riêng.",
        {("PER", "Lê Văn Dũng"), ("PER", "Dũng “gù”")},
    ),
    (
        'Nhóm của Trần Quốc Hải, tức Hải "râu", bị khởi tố.',
        {("PER", "Trần Quốc Hải"), ("PER", 'Hải "râu"')},
    ),
    # opening a sentence, as a gang's members often do
    (
        "Sơn “lùn” và Thắng “cận” đã bị bắt.",
        {("PER", "Sơn “lùn”"), ("PER", "Thắng “cận”")},
    ),
]

NOT_NICKNAMES = [
    # one verb in scare quotes after a name, with nothing to support a nickname
    ("Sau đó Dũng “xin” thêm 50 triệu đồng.", {("PER", "Dũng")}),
    # after a form of address the quoted words are what the person did
    ('Ông Thắng "hứa" sẽ trả nợ, còn ông Hùng "né" báo chí.', {("PER", "Thắng"), ("PER", "Hùng")}),
    # a common word opening a sentence is no given name
    ("Cảnh “nóng” trong phim bị cắt.", set()),
]


@pytest.mark.parametrize(("text", "expected"), NICKNAME_CASES + NOT_NICKNAMES)
def test_lower_case_nicknames(text: str, expected: set[tuple[str, str]]) -> None:
    assert spans(text) == expected


# --- two or three capitalised foreign words with no cue: a person only without evidence ----

FOREIGN_RUN_CASES = [
    # a lower-case word for a network or a site before the run says what it names
    ("Cảnh sát triệt phá mạng lưới Harakat Qawmiya ở biên giới.", {("ORG", "Harakat Qawmiya")}),
    ("Xe tải chờ ở địa điểm thông quan Norvik Harbour.", {("LOC", "Norvik Harbour")}),
    ("Anh sống trong khu Maple Ridge từ nhỏ.", {("LOC", "Maple Ridge")}),
    # an English abstract noun inside the run is never a person's name
    ("Hợp đồng với Brightwater Management đã được ký.", set()),
    # an article opens no person's name: a club in club news, else unsure
    (
        "HLV cho rằng Los Merengues đã chơi tốt trong mùa giải này.",
        {("ORG", "Los Merengues")},
    ),
    ("Du khách thích ghé Las Palmitas vào cuối tuần.", set()),
    # real two-word foreign persons stay people
    ("Sau trận đấu, Dennis Kowalczyk nói rằng đội đã cố gắng.", {("PER", "Dennis Kowalczyk")}),
    ("Nữ ca sĩ Amelia Fournier phát hành album mới.", {("PER", "Amelia Fournier")}),
    ("Tác phẩm của Elena Moretti được trưng bày ở khu trung tâm.", {("PER", "Elena Moretti")}),
]


@pytest.mark.parametrize(("text", "expected"), FOREIGN_RUN_CASES)
def test_foreign_runs_with_no_cue(text: str, expected: set[tuple[str, str]]) -> None:
    assert spans(text) == expected
