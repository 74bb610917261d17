"""A name announced by a place word or a title may end with a word that also heads
organisations ("Hội", "Trường", "Bộ", "Sở"): with no name after it, that word is the name's
last syllable, not a new organisation."""

from __future__ import annotations

from vnreader.analysis import analyze


def found(text: str) -> set[tuple[str, str]]:
    return {(e.label, e.text) for e in analyze(text).entities}


def test_a_commune_ending_with_hoi_is_whole() -> None:
    assert ("LOC", "Long Phước Hội") in found("Người dân xã Long Phước Hội đã nhận tiền.")
    assert ("LOC", "Long Phước Hội") in found("Tại xã Long Phước Hội, lúa đã chín.")


def test_capitalised_at_a_sentence_start_it_is_whole_too() -> None:
    assert ("LOC", "Long Phước Hội") in found("Xã Long Phước Hội có 9.000 dân.")
    assert ("LOC", "Tân Trường") in found("Hôm qua mưa to. Phường Tân Trường bị ngập.")


def test_other_place_words_and_heads() -> None:
    assert ("LOC", "Hòa Hội") in found("Tàu cập cảng Hòa Hội lúc sáng.")
    assert ("LOC", "Lạc Sở") in found("Giá cá ở chợ Lạc Sở tăng.")


def test_a_person_after_a_title_may_end_with_a_head_word() -> None:
    assert ("PER", "Minh Trường") in found("Ca sĩ Minh Trường sẽ hát tối nay.")


def test_a_head_with_a_name_after_it_still_starts_an_organisation() -> None:
    labels = found("Người dân xã Long Phước Hội Nông dân tỉnh cử đi.")
    assert ("LOC", "Long Phước Hội") not in labels


def test_after_tai_or_an_acronym_the_head_still_heads() -> None:
    # "tại" labels only what nothing else labels: "Phòng Khoa học …" is no place "Phòng Khoa"
    assert ("LOC", "Phòng Khoa") not in found("Đăng ký tại Phòng Khoa học công nghệ của trường.")
    # a board written short, then the school it sits in
    labels = found("Tại HĐT Trường tiểu học Bình Lợi có nhiều thí sinh.")
    assert not any(text.endswith("Trường") for _, text in labels)
