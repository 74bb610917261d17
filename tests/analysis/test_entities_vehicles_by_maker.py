"""A vehicle named by its maker is a named thing (issue 9; guideline rule 35, a brand standing
for its product is MISC): "mua xe Toyota", "chiếc xe Toyota Camry", "đi ôtô Audi" (were the
firm), while the maker named as a firm stays an organisation ("hãng xe Ford", "nhà máy sản
xuất ô tô VinFast") and a body's acronym after "xe" is left as it was ("xe CSGT"). Made-up
sentences, none from a benchmark set.
"""

from __future__ import annotations

import pytest

from vnreader.analysis import analyze


def labelled(text: str) -> set[tuple[str, str]]:
    return {(e.text, e.label) for e in analyze(text).entities}


@pytest.mark.parametrize(
    ("text", "vehicle"),
    [
        ("Người mua xe Toyota phải chờ ít nhất một tháng.", "Toyota"),
        ("Cảnh sát thu giữ chiếc xe Toyota Camry 7 chỗ.", "Toyota Camry"),
        ("Ông thường đi chiếc ôtô Audi màu đen.", "Audi"),
        ("Anh lái xe BMW X5 đến công ty.", "BMW X5"),
    ],
)
def test_a_vehicle_named_by_its_maker_is_a_named_thing(text: str, vehicle: str) -> None:
    assert (vehicle, "MISC") in labelled(text)


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("Hãng xe Ford vừa đóng cửa hai nhà máy.", "Ford"),
        ("Nhà máy sản xuất ô tô VinFast đặt ở Hải Phòng.", "VinFast"),
    ],
)
def test_the_maker_named_as_a_firm_stays_an_organisation(text: str, firm: str) -> None:
    assert (firm, "ORG") in labelled(text)
