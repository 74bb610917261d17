"""Names written with an apostrophe are one token and one entity ("O'Neill", "H'Hen Niê",
"Đắk G'Long"); English clitics ("Harper's", "I'm") are left apart. Made-up sentences, none
from a benchmark set.
"""

from __future__ import annotations

import pytest

from vnreader.analysis import analyze
from vnreader.analysis.entity_tokens import is_camel, tokenize


def spans(text: str) -> set[tuple[str, str]]:
    return {(e.label, e.text) for e in analyze(text).entities}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("HLV Kevin O'Brien cho biết đội sẽ thắng.", {("PER", "Kevin O'Brien")}),
        ("Hoa hậu H’Mai Niê trở về buôn làng.", {("PER", "H’Mai Niê")}),
        ("Lũ quét ở huyện Đắk G'Long gây thiệt hại.", {("LOC", "Đắk G'Long")}),
        ("Đoàn công tác đến huyện K'bang kiểm tra.", {("LOC", "K'bang")}),
    ],
)
def test_names_with_an_apostrophe_are_whole(text: str, expected: set[tuple[str, str]]) -> None:
    assert spans(text) == expected


def test_english_clitics_stay_apart() -> None:
    assert tokenize("Thailand's economy").words == ["Thailand", "s", "economy"]
    assert tokenize("I'm here, don't go").words == ["I", "m", "here", "don", "t", "go"]
    assert tokenize("ông D'Souza và T&T").words == ["ông", "D'Souza", "và", "T&T"]


def test_a_name_after_an_apostrophe_is_no_brand() -> None:
    assert not is_camel("O'Neill")
    assert is_camel("PetroVietnam")
