"""The acronyms real news spells out as common nouns (benchmarks/build_acronyms.py) on made-up
texts, and the recogniser dropping them alone (``data/common_acronyms.txt``)."""

from __future__ import annotations

import pytest
from benchmark_scripts import load

from vnreader.analysis import analyze
from vnreader.analysis.gazetteer import gazetteer

build = load("build_acronyms")


def test_lower_case_initials_spell_a_common_noun_and_capitals_a_name() -> None:
    common, named = build.spellings(
        "Hồ sơ đăng ký tạm trú (ĐKTT) đã nộp. Theo Hiệp hội Cà phê Ca cao (HHCPCC), giá tăng."
    )
    assert common == {"ĐKTT"}
    assert named == {"HHCPCC"}


def test_a_head_before_the_words_names_a_body() -> None:
    common, _ = build.spellings("Công ty xuất nhập khẩu vật tư (XNKVT) đã ký hợp đồng.")
    assert common == set()


@pytest.mark.parametrize(
    "text",
    [
        "Anh chưa làm thủ tục ĐKHK thường trú ở phường.",
        "Các cơ sở GDNN phải báo cáo trước tháng 6.",
        "Cuộc thi dành cho HSSV các trường nghề.",
    ],
)
def test_a_mined_common_acronym_alone_names_nothing(text: str) -> None:
    assert not [e for e in analyze(text).entities if e.label == "ORG"]


def test_an_acronym_after_a_head_names_that_body() -> None:
    text = "Theo báo TT, vụ việc đã rõ."  # "TT" is in the list: a paper after "báo"
    assert "TT" in gazetteer().common_acronyms
    assert ("ORG", "TT") in {(e.label, e.text) for e in analyze(text).entities}


def test_the_list_holds_acronyms_only_and_none_the_gazetteer_names() -> None:
    common = gazetteer().common_acronyms
    assert "ĐKHK" in common
    assert all(a.isupper() for a in common)
    assert not common & set(gazetteer().names)
    assert "CSGT" not in common  # the police written short is an organisation
