"""Titles of works and products (MISC, guideline rules 41 and 59): English titles joined by
lower-case function words, works after "tác phẩm", versions after "phiên bản". No person,
place or organisation is taken from inside a title. Made-up sentences, never test items.
"""

from __future__ import annotations

import pytest

from vnreader.analysis import analyze


def spans(text: str) -> set[tuple[str, str]]:
    return {(e.label, e.text) for e in analyze(text).entities}


CASES = [
    # an English title with "of", "for", "the": one MISC, no place or person inside
    ("Rạp sẽ chiếu The Merchant of Venice vào tối thứ bảy.", {("MISC", "The Merchant of Venice")}),
    (
        "Cô từng đóng A Song for Bobby Long và nhận nhiều lời khen.",
        {("MISC", "A Song for Bobby Long")},
    ),
    (
        "Cuốn The Fall of Berlin được dịch sang tiếng Việt năm ngoái.",
        {("MISC", "The Fall of Berlin")},
    ),
    ("Tôi đã đọc The Lord of the Rings ba lần.", {("MISC", "The Lord of the Rings")}),
    # quoted, with "&" inside, after a channel
    (
        'Anh nổi tiếng nhờ loạt phim của kênh Disney - "The Life of Jack & Molly".',
        {("ORG", "Disney"), ("MISC", "The Life of Jack & Molly")},
    ),
    # the people in brackets after a title stay people
    (
        "Khán giả chờ The Trial of Anna Kent (Meryl Streep) ra rạp.",
        {("MISC", "The Trial of Anna Kent"), ("PER", "Meryl Streep")},
    ),
    # a work after "tác phẩm", a version after "phiên bản"
    ("Bà nổi tiếng từ tác phẩm Đêm trăng sáng của đạo diễn trẻ.", {("MISC", "Đêm trăng sáng")}),
    (
        "Hãng tung ra phiên bản Photo Studio Pro cho máy tính cá nhân.",
        {("MISC", "Photo Studio Pro")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_work_titles(text: str, expected: set[tuple[str, str]]) -> None:
    assert spans(text) == expected


NOT_TITLES = [
    # bodies, publications and places written "The X of Y" are no works
    "Theo The Times of India, cuộc bầu cử sẽ kéo dài.",
    "Ông là giáo sư của The University of Leeds.",
    "Tàu chở dầu đi qua The Strait of Hormuz mỗi ngày.",
    # no function word inside: no title
    "Khách sạn The Grand Palace mở cửa lại.",
    # a gearbox written short after "phiên bản" is no product
    "Xe có hai phiên bản MT và AT với giá khác nhau.",
]


@pytest.mark.parametrize("text", NOT_TITLES)
def test_not_work_titles(text: str) -> None:
    assert not {name for label, name in spans(text) if label == "MISC"}
