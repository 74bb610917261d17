"""Names of the 2000s' news that the Entities view of a real corpus (VNTC, 2004-2006) showed
as people: firms that speak alone ("Yahoo cho biết"), computer worms, the network and a
holiday ("Internet", "Valentine": no entity, like "Noel"), Norway written "Nauy". Made-up
sentences (none is a sentence of a benchmark set)."""

from __future__ import annotations

import pytest

from vnreader.analysis import analyze


def found(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.label) for e in analyze(text).entities]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Yahoo cho biết sẽ mở văn phòng mới.", [("Yahoo", "ORG")]),
        ("Sau vụ phá sản, Parmalat bị điều tra.", [("Parmalat", "ORG")]),
        ("Theo F-Secure, số máy nhiễm tăng gấp đôi.", [("F-Secure", "ORG")]),
        ("Thuê bao S-Fone được miễn phí một tháng.", [("S-Fone", "ORG")]),
        ("Sasser đã lây sang hàng triệu máy tính.", [("Sasser", "MISC")]),
        ("Số người dùng Internet tăng nhanh. Internet thay đổi cuộc sống.", []),
        ("Dịp Valentine năm nay hoa hồng đắt gấp đôi.", []),
        ("Đoàn vừa trở về từ Nauy.", [("Nauy", "LOC")]),
    ],
)
def test_names_of_the_2000s(text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text) == expected


def test_hpv_is_a_virus_like_hiv() -> None:
    assert found("Tiêm vắc xin HPV cho trẻ em gái.") == [("HPV", "MISC")]
