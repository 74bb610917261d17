"""Texts scraped with "&" escaped as "&amp;" (about one VNTC article in 65): "&amp;" joins a
name as "&" does, and the key is the one of the name written with "&". Made-up sentences,
never test items.
"""

from __future__ import annotations

import pytest

from vnreader.analysis import analyze


def spans(text: str) -> set[tuple[str, str]]:
    return {(e.label, e.text) for e in analyze(text).entities}


CASES = [
    # a department's field written short: one ORG, not "Bộ NN&amp" and "PTNT"
    (
        "Kiến nghị của Bộ NN&amp;PTNT và Sở GD&amp;ĐT Hà Nội đã được duyệt.",
        {("ORG", "Bộ NN&amp;PTNT"), ("ORG", "Sở GD&amp;ĐT Hà Nội")},
    ),
    ("Văn bản của Bộ LĐ-TB&amp;XH gửi các tỉnh.", {("ORG", "Bộ LĐ-TB&amp;XH")}),
    # a firm of partners with spaces around the "&amp;"
    (
        "Báo cáo do hãng Deloitte &amp; Touche công bố hôm qua.",
        {("ORG", "Deloitte &amp; Touche")},
    ),
    ("Công ty T&amp;T tài trợ cho giải đấu.", {("ORG", "Công ty T&amp;T")}),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_escaped_ampersand(text: str, expected: set[tuple[str, str]]) -> None:
    assert spans(text) == expected


def test_escaped_ampersand_keys_like_ampersand() -> None:
    escaped = analyze("Bộ NN&amp;PTNT họp.").entities[0]
    plain = analyze("Bộ NN&PTNT họp.").entities[0]
    assert (escaped.start, escaped.end) == (0, len("Bộ NN&amp;PTNT"))
    assert escaped.key == plain.key
