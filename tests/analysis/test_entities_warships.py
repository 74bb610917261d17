"""A navy's ship is a named thing, MISC (guideline rule 57, like "tàu DAI DUONG SEA"): the
prefixed names "USS …", "HMS …", "KRI …" are ships, not organisations, with their hull
number; a merchant ship's "MV …" after a ship's word too; and "tàu sân bay" (an aircraft
carrier) names no airport, so the name after it is no place. Made-up sentences (none is a
sentence of a benchmark set)."""

from __future__ import annotations

import pytest

from vnreader.analysis import analyze


def found(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.label) for e in analyze(text).entities]


@pytest.mark.parametrize(
    ("text", "ship"),
    [
        ("Tàu sân bay USS Nimitz vừa rời cảng San Diego.", "USS Nimitz"),
        ("Hải quân điều USS George Washington tới vùng biển này.", "USS George Washington"),
        ("Khu trục hạm HMS Defender đã quay về căn cứ.", "HMS Defender"),
    ],
)
def test_a_prefixed_ship_is_misc(text: str, ship: str) -> None:
    assert (ship, "MISC") in found(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Tàu sân bay Vikramaditya rời cảng hôm qua.", "Vikramaditya"),
        ("Hai tiêm kích hạ cánh xuống tàu sân bay Foch an toàn.", "Foch"),
    ],
)
def test_an_aircraft_carrier_names_no_airport(text: str, name: str) -> None:
    assert (name, "LOC") not in found(text)


def test_an_airport_is_still_a_place() -> None:
    assert found("Máy bay hạ cánh xuống sân bay Phú Bài lúc 9 giờ.") == [("Phú Bài", "LOC")]


@pytest.mark.parametrize(
    ("text", "ship"),
    [
        ("Tàu ngầm KRI Cakra 401 của Hải quân Indonesia trở về cảng.", "KRI Cakra 401"),
        ("Tàu hộ vệ KRI Bung Tomo-357 rời cảng Surabaya.", "KRI Bung Tomo-357"),
        ("Hải quân Argentina điều tàu ARA Almirante Brown tuần tra.", "ARA Almirante Brown"),
        ("Singapore điều tàu cứu hộ MV Ocean Star tới hỗ trợ.", "MV Ocean Star"),
        ("Chiếc thuyền MV Blue Pearl bị lật ngoài khơi.", "MV Blue Pearl"),
        ("Tàu MV Golden Wave bị bắt giữ ở cảng.", "MV Golden Wave"),
        ("Con tàu RMS Lusitania bị đánh chìm năm 1915.", "RMS Lusitania"),
    ],
)
def test_other_navies_and_merchant_ships(text: str, ship: str) -> None:
    assert (ship, "MISC") in found(text)


def test_a_count_after_a_ship_is_no_hull_number() -> None:
    assert ("USS Nimitz", "MISC") in found("Tàu USS Nimitz 3 lần ghé cảng này.")


def test_a_music_video_is_no_ship() -> None:
    assert ("MV Ocean Star", "MISC") not in found("Ca sĩ vừa tung MV Ocean Star hôm qua.")


def test_a_music_video_is_no_organisation() -> None:
    text = "Người mẫu xuất hiện trong MV Sweetest của nam ca sĩ."
    assert not any(label == "ORG" for _, label in found(text))


def test_a_ship_named_again_without_its_prefix_is_the_ship() -> None:
    text = (
        "Tàu ngầm KRI Cakra 401 rời cảng Surabaya hôm qua. Theo hải quân, Cakra sẽ diễn tập "
        "ở biển Bali trong một tuần."
    )
    assert ("Cakra", "MISC") in found(text)
    text = "Con tàu RMS Lusitania chở gần 2.000 người. Lusitania chìm chỉ sau 18 phút."
    assert ("Lusitania", "MISC") in found(text)


def test_every_way_of_writing_a_ship_is_one_key() -> None:
    """The Entities view groups a ship by its name alone: with or without its navy's prefix,
    its hull number spaced, dashed or glued."""
    text = (
        "Tàu ngầm KRI Merapi-411 mất liên lạc. Tàu KRI Merapi 411 chở 40 người. "
        "Hải quân tìm KRI Merapi411 suốt đêm. Merapi được đóng năm 1980. "
        "Tàu KRI Merapi khi đó đang tập trận."
    )
    keys = {(e.text, e.key) for e in analyze(text).entities if e.label == "MISC"}
    assert {key for _, key in keys} == {"MISC:merapi"}
    assert {name for name, _ in keys} == {
        "KRI Merapi-411",
        "KRI Merapi 411",
        "KRI Merapi411",
        "Merapi",
        "KRI Merapi",
    }


def test_a_known_ship_after_its_prefix_and_a_sentence_s_first_word() -> None:
    # "Titanic" is a name the gazetteer knows (the ship, the film): the prefix stays with it
    assert ("RMS Titanic", "MISC") in found("Tàu RMS Titanic chìm năm 1912.")
    assert ("RMS Titanic", "MISC") in found("Chiếc RMS Titanic chìm năm 1912.")
    assert ("Titanic", "MISC") in found("Phim Titanic công chiếu năm 1997.")


def test_a_prefix_s_letters_in_quotes_are_no_ship() -> None:
    assert found('Cụm thiên hà "Sứa USS" nằm rất xa.') == []
