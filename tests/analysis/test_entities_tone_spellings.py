"""Names and cues written with the tone mark of a final "oa", "oe" or "uy" on either vowel
("Hòa"/"Hoà", "ủy"/"uỷ"): the papers of 2016-2019 mostly write "hoà", "uỷ", the lists mostly
"hòa", "ủy"; both spellings find the same entities (made-up sentences, GUIDELINE rules 11 and
61: party bodies are ORG)."""

from __future__ import annotations

import pytest

from vnreader.analysis import analyze
from vnreader.analysis.gazetteer import both_spellings, tone_spellings


def spans(text: str) -> set[tuple[str, str]]:
    return {(e.label, e.text) for e in analyze(text).entities}


@pytest.mark.parametrize(
    ("word", "first", "second"),
    [
        ("hòa", "hòa", "hoà"),
        ("hoà", "hòa", "hoà"),
        ("Uỷ", "Ủy", "Uỷ"),
        ("khoẻ", "khỏe", "khoẻ"),
        ("Thuỵ", "Thụy", "Thuỵ"),
        ("xoá", "xóa", "xoá"),
    ],
)
def test_a_final_pair_is_spelt_both_ways(word: str, first: str, second: str) -> None:
    assert tone_spellings(word) == (first, second)


@pytest.mark.parametrize("word", ["quả", "quý", "hoàng", "của", "hoa", "Huy", "thuế", "người"])
def test_other_words_have_one_spelling(word: str) -> None:
    assert tone_spellings(word) == (word, word)


CASES = [
    # a party body with its tone mark on the second vowel is a body, not a person "Quân"
    (
        "Ông Trần Văn Hải, Phó Bí thư Quân uỷ Trung ương, phát biểu tại hội nghị.",
        {("PER", "Trần Văn Hải"), ("ORG", "Quân uỷ Trung ương")},
    ),
    (
        "Mọi đơn vị phải xin phê chuẩn của Quân uỷ Trung ương trước khi điều quân.",
        {("ORG", "Quân uỷ Trung ương")},
    ),
    # a country's long name, and a centre named by its head
    (
        "Đoàn đại biểu Cộng hoà Liên bang Đức đến Hà Nội.",
        {("LOC", "Cộng hoà Liên bang Đức"), ("LOC", "Hà Nội")},
    ),
    # a cultural house where a show is held is its venue (``entity_venues``)
    ("Buổi biểu diễn diễn ra tại Nhà văn hoá Sinh viên.", {("LOC", "Nhà văn hoá Sinh viên")}),
    # a monk's title before his name
    ("Hoà thượng Thích Minh Đạo chủ trì buổi lễ.", {("PER", "Thích Minh Đạo")}),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_both_spellings_find_the_same_entities(text: str, expected: set[tuple[str, str]]) -> None:
    assert spans(text) == expected
    modern = " ".join(tone_spellings(word)[0] for word in text.split(" "))
    assert {label for label, _ in spans(modern)} == {label for label, _ in expected}


@pytest.mark.parametrize(
    "old_style",
    [
        "Trên sân nhà, Nam Định hoà với Hải Phòng 1-1 ở vòng đấu thứ 5 V-League.",
        "Phút cuối, Nam Định gỡ hoà Hải Phòng trong trận đấu của vòng 5 V-League.",
    ],
)
def test_the_rules_word_lists_read_both_spellings(old_style: str) -> None:
    new_style = old_style.replace("hoà", "hòa")
    assert spans(old_style) == spans(new_style)
    assert ("ORG", "Hải Phòng") in spans(old_style)


def test_both_spellings_of_a_word_list() -> None:
    assert both_spellings(["gỡ hòa", "cầu thủ"]) == {"gỡ hòa", "gỡ hoà", "cầu thủ"}
