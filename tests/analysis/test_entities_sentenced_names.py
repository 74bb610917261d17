"""A convict named by the given name alone in a court's sentence is a person: right after
"phạt" and before a term or a kind of sentence ("tuyên phạt Khải 9 năm tù", "phạt Lợi mức
án chung thân"), and each name of the list of sentences that goes on from it ("…, Hiếu 5
năm và Toàn 18 tháng tù"). A paragraph quoted alone has no full name before it to resolve
them (issue 9). Made-up sentences, none from a benchmark set.
"""

from __future__ import annotations

import pytest

from vnreader.analysis import analyze


def people(text: str) -> set[str]:
    return {e.text for e in analyze(text).entities if e.label == "PER"}


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Tòa tuyên phạt Khải 9 năm tù về tội trộm cắp.", {"Khải"}),
        ("HĐXX tuyên phạt Lợi mức án chung thân.", {"Lợi"}),
        (
            "Tòa tuyên phạt Khải 9 năm tù, Hiếu 5 năm và Toàn 18 tháng tù.",
            {"Khải", "Hiếu", "Toàn"},
        ),
        ("TAND tỉnh tuyên phạt Cường 7 năm tù; Hiếu 4 năm 6 tháng.", {"Cường", "Hiếu"}),
    ],
)
def test_convicts_named_by_their_given_name_are_people(text: str, names: set[str]) -> None:
    assert names <= people(text)


@pytest.mark.parametrize(
    "text",
    [
        "Hai chị em Cúc 9 tuổi, Hiếu 6 tháng tuổi đều bị ngộ độc.",
        "Dự án kéo dài 3 năm, Bình 2 năm đều chậm tiến độ.",
    ],
)
def test_a_term_with_no_sentence_before_it_names_no_convict(text: str) -> None:
    assert "Hiếu" not in people(text) and "Bình" not in people(text)
