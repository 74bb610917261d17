"""Foreign names written with a dash or a space: one person, one key, one whole name."""

from __future__ import annotations

from vnreader.analysis import analyze
from vnreader.analysis.entity_keys import KOREAN_AND_VIETNAMESE, person_key
from vnreader.analysis.entity_tokens import KOREAN_SURNAMES
from vnreader.analysis.gazetteer import gazetteer


def people(text: str) -> dict[str, str]:
    return {e.text: e.key for e in analyze(text).entities if e.label == "PER"}


def test_a_korean_given_name_keys_the_same_with_a_dash_a_space_or_a_capital() -> None:
    found = people(
        "Diễn viên Choi Min-jae tới Hà Nội hôm qua. Tối đó, Choi Min Jae gặp khán giả, "
        "rồi Choi Min-Jae ký tặng người hâm mộ."
    )
    assert set(found) == {"Choi Min-jae", "Choi Min Jae", "Choi Min-Jae"}
    assert len(set(found.values())) == 1


def test_a_korean_name_whose_syllables_all_look_vietnamese_still_keys_as_one() -> None:
    # "Hong", "Ban", "Tu" are Vietnamese-looking syllables; the surname tells the name
    assert person_key("Hong Ban-tu") == person_key("Hong Ban Tu") == person_key("Hong Ban-Tu")


def test_a_capitalised_part_after_the_dash_stays_in_the_name() -> None:
    found = people("Chủ tịch Yoon Dae-Hak phát biểu tại hội nghị.")
    assert list(found) == ["Yoon Dae-Hak"]
    found = people("Tiền đạo Park Seon-Ho ghi hai bàn.")
    assert list(found) == ["Park Seon-Ho"]


def test_a_dashed_part_after_a_given_name_stays_in_the_name_without_a_title() -> None:
    # "Ben" looks like a Vietnamese syllable; "Tassir" does not: one name, not "Omar Ben"
    found = people("Bàn thắng của Omar Ben-Tassir ở phút 80 giúp đội nhà thắng.")
    assert list(found) == ["Omar Ben-Tassir"]


def test_two_people_joined_by_a_dash_stay_two() -> None:
    found = people("Cặp trung vệ Văn Thắng-Nakamura chơi chắc chắn.")
    assert set(found) == {"Văn Thắng", "Nakamura"}


def test_a_letter_after_a_dash_is_no_part_of_a_name() -> None:
    found = analyze("Học sinh thi chứng chỉ A-Level ở trường.").entities
    assert not [e for e in found if e.label == "PER"]
    found = analyze("Ông Ralf Hansen xem phim Hawaii Five-O tối qua.").entities
    assert "Hawaii Five" not in {e.text for e in found}


def test_a_compound_given_name_keys_the_same_with_a_dash_or_a_space() -> None:
    found = people("Ông Marc-Henri Dubreuil và ông Marc Henri Dubreuil là một người.")
    assert len(set(found.values())) == 1
    assert person_key("Marc-Henri Dubreuil") == person_key("Marc Henri Dubreuil")


def test_a_double_surname_alone_still_joins_the_full_name() -> None:
    found = people("Ông Rafael Orta-Benet phát biểu. Sau đó, Orta-Benet nói thêm.")
    assert found["Orta-Benet"] == found["Rafael Orta-Benet"]


def test_a_vietnamese_name_led_by_a_korean_surname_is_not_korean() -> None:
    assert person_key("Kim Anh Thu") == "PER:kim anh thu"  # a Vietnamese name written bare
    assert KOREAN_SURNAMES & gazetteer().surnames == KOREAN_AND_VIETNAMESE


def test_a_transliteration_still_drops_its_dashes() -> None:
    assert person_key("Vla-đi-mia Pu-tin") == "PER:vladimia putin"
