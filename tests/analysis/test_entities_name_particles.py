"""Foreign names with particles between their words are one person: after a capitalised
particle that opens the surname ("bà Von der Leyen", "Van der Sar") and with "da" after a
foreign given name ("Lula da Silva"), a particle that people's names hold between two capitals.
Teachers addressed with the old spelling "thày" are addressed like "thầy". Made-up
sentences, never test items.
"""

from __future__ import annotations

import pytest

from vnreader.analysis import analyze


def people(text: str) -> set[str]:
    return {e.text for e in analyze(text).entities if e.label == "PER"}


CASES = [
    ("“Vì sao không?”, bà Von der Leyen đặt câu hỏi.", {"Von der Leyen"}),
    ("Thủ môn Van der Sar bắt bóng dễ dàng.", {"Van der Sar"}),
    ("Tổng thống Brazil Lula da Silva thăm Hà Nội.", {"Lula da Silva"}),
    # "da" after a word that is no given name: a place's or a shop's, or skin
    ("Antica Pizzeria da Michele nổi tiếng.", set()),
    ("Lớp da Vinh rất mịn.", set()),
    ("Chăm sóc da Irene Kim rất kỹ.", {"Irene Kim"}),
    # named again with the particle capitalised, after the full name
    (
        "Thủ môn Edwin van der Sar bắt bóng. HLV muốn Van der Sar lèo lái đội.",
        {"Edwin van der Sar", "Van der Sar"},
    ),
    ("Khi thày Bình thoát được ra ngoài, cả nhà mừng.", {"Bình"}),
    ("Thày giáo Nguyễn Văn An dạy toán.", {"Nguyễn Văn An"}),
    ("Thày thuốc khám bệnh cho dân.", set()),  # a doctor, no one named
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_name_particles_and_teachers(text: str, expected: set[str]) -> None:
    assert people(text) == expected
