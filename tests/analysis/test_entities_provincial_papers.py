"""A province's newspaper named by a lower-case "báo" that names an outlet ("theo báo",
"trên báo", "tờ báo") and the province alone is the paper, an organisation ("Theo báo Kon
Tum, …" → ORG "Kon Tum"); a country's press ("theo báo Mỹ") stays the country, "dự báo",
"bài báo" name no paper, and a longer name goes on as before ("báo Hà Nội Mới"). Made-up
sentences, none from a benchmark set.
"""

from __future__ import annotations

import pytest

from vnreader.analysis import analyze


def found(text: str) -> set[tuple[str, str]]:
    return {(e.text, e.label) for e in analyze(text).entities}


@pytest.mark.parametrize(
    ("text", "paper"),
    [
        ("Theo báo Kon Tum, vụ cháy xảy ra lúc 3 giờ sáng.", "Kon Tum"),
        ("Thông tin được đăng trên báo Hậu Giang, sau đó lan rộng.", "Hậu Giang"),
        ("Ông thôi chức Tổng biên tập tờ báo Quảng Trị từ tháng 5.", "Quảng Trị"),
    ],
)
def test_a_provinces_paper_is_an_organisation(text: str, paper: str) -> None:
    assert (paper, "ORG") in found(text)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Theo báo Mỹ, giá dầu đã tăng mạnh.", ("Mỹ", "LOC")),
        ("Dự báo Kon Tum sẽ có mưa lớn.", ("Kon Tum", "LOC")),
        ("Theo báo Hà Nội Mới, giá rau tăng.", ("Hà Nội Mới", "ORG")),
    ],
)
def test_a_country_a_forecast_and_a_longer_name_are_left_as_before(
    text: str, place: tuple[str, str]
) -> None:
    assert place in found(text)
