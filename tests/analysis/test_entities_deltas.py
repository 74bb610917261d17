"""The country's two deltas are one place each, in lower case as real news writes them, in
capitals and written short ("đồng bằng sông Cửu Long", "Đồng bằng sông Cửu Long", "ĐBSCL"),
with one key for every spelling, so that the Entities view groups them. Made-up sentences
(none is a sentence of a benchmark set)."""

from __future__ import annotations

import pytest

from vnreader.analysis import analyze


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Mặn xâm nhập sâu vào các tỉnh đồng bằng sông Cửu Long.", "đồng bằng sông Cửu Long"),
        ("Vùng Đồng bằng sông Cửu Long mất mùa.", "Đồng bằng sông Cửu Long"),
        ("Nông dân ĐBSCL đang thu hoạch lúa.", "ĐBSCL"),
        ("Khu vực đồng bằng sông Hồng có mưa rào.", "đồng bằng sông Hồng"),
    ],
)
def test_a_delta_is_one_place(text: str, name: str) -> None:
    assert [(e.text, e.label) for e in analyze(text).entities] == [(name, "LOC")]


def test_one_key_for_every_spelling_of_the_mekong_delta() -> None:
    texts = (
        "Mặn xâm nhập sâu vào các tỉnh đồng bằng sông Cửu Long.",
        "Vùng Đồng bằng sông Cửu Long mất mùa.",
        "Nông dân ĐBSCL đang thu hoạch lúa.",
    )
    assert {e.key for text in texts for e in analyze(text).entities} == {
        "LOC:dong bang song cuu long"
    }
