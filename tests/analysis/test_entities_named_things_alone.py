"""A cryptocurrency, a classic novel, a tournament, a football ground and an artificial island
named alone (issue 9): news writes them as the subjects of sentences, where an unknown
capitalised name was taken for a person; made-up sentences, none from a benchmark set.
"""

from __future__ import annotations

import pytest

from vnreader.analysis import analyze


def labelled(text: str) -> set[tuple[str, str]]:
    return {(e.text, e.label) for e in analyze(text).entities}


CASES = [
    ("Sau một tuần, Bitcoin đã mất gần một nửa giá trị.", {("Bitcoin", "MISC")}),
    ("Giới đầu tư đổ tiền vào Ethereum thay vì vàng.", {("Ethereum", "MISC")}),
    ("Bộ phim Tây Du Ký được chiếu lại vào dịp hè.", {("Tây Du Ký", "MISC")}),
    ("Anh ghi hai bàn tại Copa America năm ấy.", {("Copa America", "MISC")}),
    ("Đội khách chưa từng thắng khi đến Old Trafford.", {("Old Trafford", "LOC")}),
    ("Palm Jumeirah được bồi đắp bằng đá và cát.", {("Palm Jumeirah", "LOC")}),
    ("Các đấu sĩ La Mã cổ đại dùng loại giáp này.", {("La Mã", "LOC")}),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_a_named_thing_alone_is_no_person(text: str, expected: set[tuple[str, str]]) -> None:
    assert labelled(text) == expected


def test_the_viet_minh_is_an_organisation() -> None:
    assert labelled("Pháp muốn cắt đường tiếp viện của Việt Minh.") == {
        ("Pháp", "LOC"),
        ("Việt Minh", "ORG"),
    }
