"""Words glued together by a scraping accident (issue 9): a page that lost its line breaks
runs a name into the next line's first word ("Hà NộiHạng ba", "Minh PhươngTheo AFP", "Đồng
NaiMột xe"). No name is cut out of such a word (guideline rule 62), nothing swallows the
glued half, and what follows is read as a new sentence; camel-case brands stay whole.
Made-up sentences, none from a benchmark set.
"""

from __future__ import annotations

import pytest

from vnreader.analysis import analyze
from vnreader.analysis.entity_tokens import split_glued, tokenize


def labelled(text: str) -> set[tuple[str, str]]:
    return {(e.text, e.label) for e in analyze(text).entities}


CASES = [
    # a place glued to the dateline's next sentence: no person "Cần ThơMột"
    ("Thứ hai, 3/4/2023 (GMT+7) Cần ThơMột ôtô lao xuống kênh, tài xế thoát ra.", set()),
    # a byline glued to its source: the source stays, the cut name goes
    ("Giá vàng còn tăng. Thu HằngTheo Reuters", {("Reuters", "ORG")}),
    ("Giá dầu giảm mạnh. N.LinhTheo Bloomberg", {("Bloomberg", "ORG")}),
    # a table of winners run together: no "Bắc NinhHạng" person
    (
        "Vô địch: Bình Dương. Á quân: Bắc NinhHạng ba: Long AnĐội đoạt giải phong cách: Huế",
        {("Bình Dương", "LOC"), ("Huế", "LOC")},
    ),
    # a place glued to a form of address: the person after it is found whole
    (
        "Quảng NgãiEm Lê Văn Tâm, 12 tuổi, được đưa đi cấp cứu.",
        {("Lê Văn Tâm", "PER")},
    ),
    # a heading glued to the next line in lower case
    ("Nhà báoCựu vận động viên Phạm Thị Hoa nói.", {("Phạm Thị Hoa", "PER")}),
    # a lower-case word that lost its space: the name after it is whole
    (
        "Công văn củaBan Thường vụ Tỉnh ủy Lạng Sơn nêu rõ.",
        {("Ban Thường vụ Tỉnh ủy Lạng Sơn", "ORG")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_no_name_is_cut_out_of_a_glued_word(text: str, expected: set[tuple[str, str]]) -> None:
    assert labelled(text) == expected


def test_camel_case_brands_and_names_stay_whole() -> None:
    text = "Khách mua iPhone ở McDonald gần trụ sở PetroVietnam và VinFast tại Hà Nội."
    tokens = tokenize(text)
    split_glued(text, tokens)
    assert not tokens.glued
    assert "iPhone" in tokens.words and "PetroVietnam" in tokens.words


def test_a_glued_word_is_split_in_two_tokens_with_no_gap() -> None:
    text = "Hà NộiHạng ba"
    tokens = tokenize(text)
    split_glued(text, tokens)
    assert tokens.words == ["Hà", "Nội", "Hạng", "ba"]
    assert tokens.raw_gaps[1] == ""
    assert tokens.glued == frozenset({2})
    assert [text[s:e] for s, e in zip(tokens.starts, tokens.ends, strict=True)] == tokens.words


def test_a_word_glued_many_times_is_split_at_each_glue() -> None:
    text = "Xếp hạng: Hà NộiĐồng NaiHuếCần Thơ"
    tokens = tokenize(text)
    split_glued(text, tokens)
    assert tokens.words == ["Xếp", "hạng", "Hà", "Nội", "Đồng", "Nai", "Huế", "Cần", "Thơ"]
    assert tokens.glued == frozenset({4, 6, 7})
    assert [text[s:e] for s, e in zip(tokens.starts, tokens.ends, strict=True)] == tokens.words
    assert len(tokens.raw_gaps) == len(tokens.gaps) == len(tokens.words)
