"""Foreign names with particles between their words are one person: after a capitalised
particle that opens the surname ("bà Von der Leyen", "Van der Sar") and with "da" ("Leonardo
da Vinci", "Lula da Silva"), a particle that only people's names hold between two capitals.
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
    ("Bức tranh của Leonardo da Vinci được trưng bày.", {"Leonardo da Vinci"}),
    ("Nhà thám hiểm Vasco da Gama đến Ấn Độ.", {"Vasco da Gama"}),
    # a lower-case "da" between Vietnamese words is skin, no particle
    ("Lớp da Vinh rất mịn.", set()),
    ("Khi thày Bình thoát được ra ngoài, cả nhà mừng.", {"Bình"}),
    ("Thày giáo Nguyễn Văn An dạy toán.", {"Nguyễn Văn An"}),
    ("Thày thuốc khám bệnh cho dân.", set()),  # a doctor, no one named
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_name_particles_and_teachers(text: str, expected: set[str]) -> None:
    assert people(text) == expected
