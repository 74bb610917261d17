"""Runs with no cue before them (issue 9): lower-case nicknames in quotes after a given name
(GUIDELINE rule 60), seen in crime news on the real-news development sets; made-up
sentences, none from a set.
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
