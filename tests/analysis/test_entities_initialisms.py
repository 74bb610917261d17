"""A name that ends with an initialism keeps its last dot ("Washington D.C.", "chị N.T.A.",
"bà A."), but a body's or a place's dot at a sentence's end is the sentence's ("cho M.U. Sau
đó"), and "Washington DC" is Washington, grouped with the city written alone.
Made-up sentences (none is a sentence of a benchmark set)."""

from __future__ import annotations

import pytest

from vnreader.analysis import analyze


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        ("Phái đoàn đã đến Washington D.C. sáng nay.", "Washington D.C.", "LOC"),
        ("Phái đoàn đã đến Washington DC sáng nay.", "Washington DC", "LOC"),
        ("Theo lời kể của chị N.T.H. thì vụ việc xảy ra lúc nửa đêm.", "N.T.H.", "PER"),
        # a one-letter initial keeps its dot, a vowel as well as a consonant
        ("Sau đó chị K. đã báo công an.", "K.", "PER"),
        ("Sau đó chị Y. đã báo công an.", "Y.", "PER"),
        ("Ông Trần Văn A. đã bị tạm giữ.", "Trần Văn A.", "PER"),
        # at a sentence's end a person's initials keep the dot, a body's and a place's not
        ("Lời khai do anh L.V.K. Sau đó vụ việc được chuyển đi.", "L.V.K.", "PER"),
        ("Bàn thắng thứ hai thuộc về M.U. Sau đó trận đấu chững lại.", "M.U", "ORG"),
        ("Cả đoàn đã tới Washington D.C.", "Washington D.C", "LOC"),
        # a bracket or a number after the dot: the sentence goes on
        ("Cả đoàn đã tới Washington D.C. (thủ đô) hôm qua.", "Washington D.C.", "LOC"),
        ("Anh học ở Washington D.C. 3 năm.", "Washington D.C.", "LOC"),
    ],
)
def test_an_initialism_keeps_its_last_dot(text: str, name: str, label: str) -> None:
    (entity,) = analyze(text).entities
    assert (entity.text, entity.label) == (name, label)


def test_washington_dc_groups_with_washington() -> None:
    (dc,) = analyze("Phái đoàn đã đến Washington D.C. sáng nay.").entities
    (city,) = analyze("Phái đoàn đã đến Washington sáng nay.").entities
    assert dc.key == city.key
