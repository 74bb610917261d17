"""A paper the news knows, after a place and a comma, is the paper that reports, not the
next place of a list: "vụ cháy tháp Grenfell, Guardian hôm 1/7 đưa tin", "tại thành phố
Mosul, Independent đưa tin". A list of communes goes on as before. Made-up sentences (none
is a sentence of a benchmark set)."""

from __future__ import annotations

from vnreader.analysis import analyze


def labelled(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.label) for e in analyze(text).entities]


def test_a_known_paper_after_a_place_and_a_comma_is_the_paper() -> None:
    found = labelled(
        "Hàng chục người mất nhà trong vụ cháy tháp Lancaster, Guardian hôm qua đưa tin."
    )
    assert ("Guardian", "ORG") in found and ("Lancaster", "LOC") in found


def test_a_list_of_communes_goes_on() -> None:
    found = labelled("Đoàn đã đến các xã Hòa Bình, Minh Khai và Tây Mỗ.")
    assert ("Minh Khai", "LOC") in found and ("Tây Mỗ", "LOC") in found
