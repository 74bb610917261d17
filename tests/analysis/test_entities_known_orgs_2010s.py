"""Organisations frequent in the news of 2016-2019 that no full name introduces are known by
name: the "IS" group, the outlets RT and Sputnik (the vaccine is "Sputnik V", a product), the
chains Big C and Điện Máy Xanh, the gold dealer Bảo Tín Minh Châu, the steel firm Formosa.
Made-up sentences (none is a sentence of a benchmark set)."""

from __future__ import annotations

import pytest

from vnreader.analysis import analyze


def found(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.label) for e in analyze(text).entities]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Quân đội Iraq đã đẩy lùi IS khỏi khu phố cổ.", "IS"),
        ("Đoạn video được RT phát trong bản tin tối.", "RT"),
        ("Sputnik dẫn lời một quan chức quốc phòng cho biết.", "Sputnik"),
        ("Nhiều nhà cung cấp đã ngừng giao hàng cho Big C.", "Big C"),
        ("Giá vàng nhẫn tại Bảo Tín Minh Châu tăng nhẹ.", "Bảo Tín Minh Châu"),
        ("Ngư dân được Formosa bồi thường đợt hai.", "Formosa"),
    ],
)
def test_a_known_organisation_alone_is_named(text: str, name: str) -> None:
    assert (name, "ORG") in found(text)


def test_the_vaccine_stays_a_product() -> None:
    assert ("Sputnik V", "MISC") in found("Lô vaccine Sputnik V đầu tiên đã về đến Hà Nội.")
