"""A foreign city written after "TP" (thành phố) is a place, keyed like the city alone."""

from __future__ import annotations

from vnreader.analysis import analyze


def entities(text: str) -> dict[str, tuple[str, str]]:
    return {e.text: (e.label, e.key) for e in analyze(text).entities}


def test_an_unknown_foreign_city_after_tp_is_a_place() -> None:
    found = entities("Vụ cháy xảy ra ở TP Marbleton, bang Oregon, tối qua.")
    assert found["TP Marbleton"][0] == "LOC"
    found = entities("Thị trưởng TP. Kessingford phát biểu.")
    assert found["TP. Kessingford"][0] == "LOC"


def test_it_keys_like_the_city_written_out() -> None:
    found = entities("Ông sống ở TP Marbleton. Thành phố Marbleton có 80.000 dân.")
    assert found["TP Marbleton"] == ("LOC", "LOC:marbleton") == found["Marbleton"]


def test_two_foreign_words_make_one_city() -> None:
    assert entities("Họ đến TP Cedar Falls hôm qua.")["TP Cedar Falls"][0] == "LOC"


def test_a_known_foreign_city_takes_tp_with_it() -> None:
    found = entities("Lễ hội diễn ra tại TP Houston, bang Texas.")
    assert found["TP Houston"] == ("LOC", "LOC:houston")


def test_a_brand_or_another_head_after_tp_is_no_city() -> None:
    for text in (
        "Khách hàng của TP Bank nhận quà.",
        "Cổ phiếu TP Invest tăng.",
        "Sáng nay, TP Festival hoa khai mạc.",
    ):
        assert not [e for e in analyze(text).entities if e.label == "LOC"], text


def test_a_body_of_the_city_stays_an_organisation() -> None:
    assert entities("UBND TP Marbleton đã họp.")["UBND TP Marbleton"][0] == "ORG"


def test_more_capitals_after_the_city_leave_it_unsure() -> None:
    # "TP Marbleton Dan Kessing": the mayor's name may follow; no place is claimed
    found = entities("Thị trưởng TP Marbleton Dan Kessing nói.")
    assert not any(label == "LOC" for label, _ in found.values())
