"""Codes after words of rice, machines and standards (issue 9): a rice variety's code after
"gạo" or "lúa" is a named thing, MISC ("gạo ST25", "lúa OM 5451", and the codes listed after
it: "giống lúa ST24, ST25"), as the development sets label it; an unknown acronym after
"máy" or "chuẩn" is a kind of machine or a standard, no organisation ("máy CNC", "chuẩn
GMP"), while a firm the gazetteer knows keeps its label ("máy LG"). Made-up sentences, none
from a benchmark set.
"""

from __future__ import annotations

import pytest

from vnreader.analysis import analyze


def labelled(text: str) -> set[tuple[str, str]]:
    return {(e.text, e.label) for e in analyze(text).entities}


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Hợp tác xã vừa bán 20 tấn gạo ST25 sang Mỹ.", {"ST25"}),
        ("Thương lái mua lúa OM 5451 với giá 6.400 đồng/kg.", {"OM 5451"}),
        ("Ông là cha đẻ của giống lúa ST24, ST25 và ST20.", {"ST24", "ST25", "ST20"}),
    ],
)
def test_a_rice_variety_is_a_named_thing(text: str, codes: set[str]) -> None:
    found = labelled(text)
    assert {(code, "MISC") for code in codes} <= found


@pytest.mark.parametrize(
    ("text", "acronym"),
    [
        ("Xưởng mới nhập 5 máy CNC từ Đức.", "CNC"),
        ("Nhà máy sản xuất vắc xin đạt chuẩn GMP.", "GMP"),
        ("Bệnh nhân được chạy máy ECMO suốt hai tuần.", "ECMO"),
    ],
)
def test_a_machine_or_a_standard_is_no_organisation(text: str, acronym: str) -> None:
    assert not any(name == acronym for name, _ in labelled(text))


def test_a_known_firm_after_a_machine_word_stays() -> None:
    assert ("LG", "ORG") in labelled("Cửa hàng bán máy LG với giá rẻ.")


def test_an_initial_after_a_motorbike_names_its_owner() -> None:
    text = "Nạn nhân là anh Lê Văn K. Cảnh sát tìm thấy chiếc xe máy K. bên bờ suối."
    spans = [(e.text, e.label) for e in analyze(text).entities]
    assert ("K.", "PER") in spans
