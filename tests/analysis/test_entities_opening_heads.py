"""A head written in lower case ("hãng", "hãng tin", "hãng hàng không") is left out of the
name also where it opens a sentence with a capital, as "Tỉnh" is (GUIDELINE rules 15, 85):
"Hãng tin Interfax cho biết" names "Interfax", grouped with "hãng tin Interfax".
Made-up sentences (none is a sentence of a benchmark set)."""

from __future__ import annotations

import pytest

from vnreader.analysis import analyze


def found(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.label) for e in analyze(text).entities]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hãng tin Interfax dẫn lời một quan chức.", [("Interfax", "ORG")]),
        ("Hãng hàng không Qantas hủy 40 chuyến bay.", [("Qantas", "ORG")]),
        ("Hãng xăng dầu Shell cho biết giá sẽ tăng.", [("Shell", "ORG")]),
        ("Hãng hàng không Nhật Bản tăng chuyến.", [("Nhật Bản", "LOC")]),
    ],
)
def test_a_lower_case_head_opening_a_sentence_is_left_out(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(text) == expected


def test_it_groups_with_the_name_written_after_a_lower_case_head() -> None:
    (opening,) = analyze("Hãng tin Interfax dẫn lời một quan chức.").entities
    (inside,) = analyze("Theo hãng tin Interfax, quan chức này đã từ chức.").entities
    assert opening.key == inside.key


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # inside a sentence too (rule 85: "also inside a sentence"), before a foreign name
        ("Ông cho biết Hãng hàng không Qantas hủy chuyến.", [("Qantas", "ORG")]),
        (
            'Với đầu đề "Hòa bình", Hãng Bloomberg trích lời ông.',
            [("Hòa bình", "MISC"), ("Bloomberg", "ORG")],
        ),
        ("Theo Hãng tin AP, ông đã từ chức.", [("AP", "ORG")]),
    ],
)
def test_inside_a_sentence_a_capitalised_head_is_left_out_too(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a name in Vietnamese words or with a place: the head and the words are the name
        "Là nghệ sĩ của Hãng Phim truyện Việt Nam, ông có xe riêng.",
        "Tiếp viên của Hãng Hàng không Việt Nam cũng vậy.",
        "Theo Hãng thông tấn trung ương Triều Tiên, ông đã đến.",
    ],
)
def test_inside_a_sentence_a_vietnamese_name_keeps_its_head(text: str) -> None:
    (name,) = [n for n, lab in found(text) if lab == "ORG"]
    assert name.startswith("Hãng")
