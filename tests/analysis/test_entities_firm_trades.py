"""A firm's trade in lower case after its legal form written short ("TNHH", "CP"), with
dashes and "và" inside it, goes on to the firm's own name, whatever that name looks like
(guideline rule 34). Made-up sentences, never test items.
"""

from __future__ import annotations

import pytest

from vnreader.analysis import analyze


def spans(text: str) -> set[tuple[str, str]]:
    return {(e.label, e.text) for e in analyze(text).entities}


CASES = [
    # the own name starts like a head ("Trường"), a person ("Bảo") or a place
    (
        "Công trình do Công ty TNHH xây dựng - thương mại và dịch vụ Trường Xuân thi công.",
        {("ORG", "Công ty TNHH xây dựng - thương mại và dịch vụ Trường Xuân")},
    ),
    (
        "Dự án do Công ty CP đầu tư và kinh doanh nhà Bảo Khang làm chủ đầu tư.",
        {("ORG", "Công ty CP đầu tư và kinh doanh nhà Bảo Khang")},
    ),
    # the director named after the firm stays a person
    (
        "Giám đốc Công ty TNHH thương mại Hoàng Long Trần Văn Kiên cho biết.",
        {("ORG", "Công ty TNHH thương mại Hoàng Long"), ("PER", "Trần Văn Kiên")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_firm_trades(text: str, expected: set[tuple[str, str]]) -> None:
    assert spans(text) == expected


def test_what_a_firm_does_is_no_trade() -> None:
    # a verb after the legal form ends the firm's name: the person or the body after it
    # is not the firm's own name
    assert spans("Công ty CP thông báo Nguyễn Văn A thôi làm giám đốc.") == {
        ("ORG", "Công ty CP"),
        ("PER", "Nguyễn Văn A"),
    }
    assert spans("Công ty TNHH xin phép Sở Xây dựng cấp giấy phép.") == {
        ("ORG", "Công ty TNHH"),
        ("ORG", "Sở Xây dựng"),
    }
