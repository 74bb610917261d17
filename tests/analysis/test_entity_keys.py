"""Canonical entity keys: what groups (spellings of one name) and what must not (words that
differ only by their diacritics, a numbered place and the place)."""

from __future__ import annotations

from vnreader.analysis import analyze
from vnreader.analysis.entity_keys import join_surnames, key_text, name_key, person_key


def keys_of(text: str) -> dict[str, str]:
    return {e.text: e.key for e in analyze(text).entities}


def test_one_syllable_keeps_its_diacritics() -> None:
    assert key_text("Ảnh") == "ảnh" != key_text("Anh") == "anh"
    assert name_key("LOC", "Ảnh") != name_key("LOC", "Anh")
    assert name_key("ORG", "Đài") == "ORG:đài"
    assert person_key("Ánh") != person_key("Anh")


def test_an_acronym_with_or_without_its_d_bar_is_one_key() -> None:
    assert name_key("ORG", "LĐBĐ") == name_key("ORG", "LDBD") == "ORG:ldbd"
    assert name_key("ORG", "NLĐ") == name_key("ORG", "NLD")
    assert name_key("LOC", "ẢNH") != name_key("LOC", "ANH")  # a word in capitals: its marks count


def test_several_syllables_still_fold() -> None:
    assert name_key("LOC", "Hà Nội") == name_key("LOC", "Ha Noi") == "LOC:ha noi"
    assert name_key("ORG", "Liên minh Kinh tế Á - Âu") == "ORG:lien minh kinh te a-au"
    assert person_key("Bui Thanh Son") == "PER:bui thanh son"


def test_a_vietnamese_persons_key_keeps_the_tone_marks() -> None:
    # folded, "Hùng", "Hưng" and "Hưởng" were one person across a corpus
    assert person_key("Bùi Thanh Sơn") == "PER:bùi thanh sơn"
    assert person_key("Nguyễn Văn Hùng") != person_key("Nguyễn Văn Hưng")
    assert person_key("Vân Anh") != person_key("Văn Anh")
    assert person_key("Thanh Thúy") != person_key("Thanh Thủy")


def test_a_tone_mark_placed_either_way_is_one_key() -> None:
    assert person_key("Lê Thị Hoà") == person_key("Lê Thị Hòa") == "PER:lê thị hòa"
    assert person_key("Trần Thuỷ") == person_key("Trần Thủy")
    assert person_key("Nguyễn Khoẻ") == person_key("Nguyễn Khỏe")
    assert person_key("Hoà") == person_key("Hòa")  # one syllable too
    assert person_key("Hoàng Quý") == person_key("Hoàng Quý")
    assert name_key("LOC", "Huế") == "LOC:huế"


def test_within_a_text_names_differing_in_their_marks_are_one_person() -> None:
    # a mark typed wrong or left out names the same person far more often than two people
    # share a name's letters in one article: the spelling written most gives the key
    keys = keys_of("Ông Bùi Thanh Sơn cho biết. Ông Bui Thanh Son nói dự án đã xong.")
    assert keys["Bui Thanh Son"] == keys["Bùi Thanh Sơn"] == "PER:bùi thanh sơn"
    people = ["Huỳnh Kim Tín", "Hùynh Kim Tín", "Huỳnh Kim Tín", "Nguyen Van Hung"]
    assert join_surnames([(n, person_key(n)) for n in people])[:3] == ["PER:huỳnh kim tín"] * 3
    two = join_surnames([(n, person_key(n)) for n in ("Lê Văn Cường", "Lê Văn Cương")])
    assert two == ["PER:lê văn cường"] * 2  # the first on a tie
    alone = join_surnames([("Nguyen Van Hung", "PER:nguyen van hung")])
    assert alone == ["PER:nguyen van hung"]


def test_a_mark_typed_on_the_wrong_vowel_is_the_same_key() -> None:
    assert person_key("Hùynh Kim Tín") == person_key("Huỳnh Kim Tín") == "PER:huỳnh kim tín"


def test_a_photo_credit_is_not_england() -> None:
    keys = keys_of("Đoàn học sinh lên đường đi Mỹ - Ảnh: V.H.Q. Sau đó đoàn sang Anh.")
    assert keys["Anh"] == "LOC:anh"
    assert keys.get("Ảnh", "LOC:ảnh") != "LOC:anh"


def test_a_number_after_a_known_place_stays_in_the_key() -> None:
    keys = keys_of("Học viên cai nghiện ở Hà Nội 5 Trung tâm. Ông về Hà Nội.")
    assert keys["Hà Nội"] == "LOC:ha noi"
    assert keys["Hà Nội 5"] == "LOC:ha noi 5"


def test_numbered_names_keep_their_number() -> None:
    assert name_key("LOC", "Quận 1") != name_key("LOC", "Quận 10")
    assert keys_of("Trường THCS Lê Lợi 2 và Quận 1.")["Quận 1"] == "LOC:quan 1"


def test_the_issue_alias_groups_still_group() -> None:
    keys = keys_of(
        "Tổng thống Vla-đi-mia Pu-tin phát biểu. Tổng thống Nga V. Putin nói. "
        "Ông Putin cho biết. Tổng thống Putin nhấn mạnh."
    )
    assert keys["Vla-đi-mia Pu-tin"] == keys["V. Putin"] == keys["Putin"] == "PER:vladimia putin"
    keys = keys_of("Nga, Liên bang Nga và LB Nga.")
    assert keys["Nga"] == keys["Liên bang Nga"] == keys["LB Nga"] == "LOC:nga"


def test_initials_are_keyed_by_their_letters() -> None:
    assert person_key("C.") != person_key("K.") != person_key("Q.")
    assert person_key("T.") != person_key("T.T") != person_key("N.N.T.")
    assert person_key("Vitamin C") != person_key("K.")
    assert person_key("V. Putin") == "PER:putin"  # initials first: the surname, until joined


def test_a_transliterated_surname_loses_its_dashes() -> None:
    assert person_key("Pu-tin") == person_key("Putin") == "PER:putin"
    assert person_key("Vla-đi-mia Pu-tin") == "PER:vladimia putin"


def test_a_known_acronym_after_a_longer_name_keys_only_its_own_words() -> None:
    # "(QH)" shortens the "Quốc hội" that ends the committee's name, not the committee
    found = keys_of("Ủy ban Thường vụ Quốc hội (QH) đã họp.")
    assert found == {
        "Ủy ban Thường vụ Quốc hội": "ORG:uy ban thuong vu quoc hoi",
        "QH": "ORG:quoc hoi",
    }
    # an acronym of the whole name still shares its key
    found = keys_of("Tổ chức Y tế Thế giới (WHO) cho biết.")
    assert found["Tổ chức Y tế Thế giới"] == found["WHO"]


def test_a_source_credited_in_brackets_is_not_the_name_before_it() -> None:
    lead = "Sinh viên Trường Cao đẳng Phú Lâm (NLĐ)- Sáng qua, trường khai giảng."
    keys = {e.text: e.key for e in analyze(lead).entities}
    assert keys["Trường Cao đẳng Phú Lâm"] != keys["NLĐ"]
    end = "Dự luật được Quốc hội Hàn Quốc thông qua tại Quốc hội Hàn Quốc (TTXVN)\n"
    keys = {e.text: e.key for e in analyze(end).entities}
    assert keys["Quốc hội Hàn Quốc"] != keys["TTXVN"]
    # the paper's own name and its short form still share a key
    named = "Phóng viên Báo Người Lao Động (NLĐ)- NLĐ đưa tin."
    assert len({e.key for e in analyze(named).entities}) == 1


def test_a_company_written_short_groups_with_the_name_written_out() -> None:
    text = (
        "Cty CP Minh Long và Công ty Cổ phần Minh Long; Tổng Cty Bình An và Tổng công ty "
        "Bình An; Cty Hải Hà và Công ty Hải Hà."
    )
    found = analyze(text).entities
    assert [e.label for e in found] == ["ORG"] * 6
    assert len({e.key for e in found}) == 3


def test_regions_of_a_continent_are_not_the_continent() -> None:
    text = "Hàng từ Đông Âu, Tây Âu và châu Âu; Bắc Mỹ, Nam Mỹ và châu Mỹ."
    keys = [e.key for e in analyze(text).entities]
    assert len(keys) == 6 and len(set(keys)) == 6


def test_the_white_house_is_not_the_club_of_nha_trang() -> None:
    # the folded words are the same: the gazetteer keys the White House by its English name
    keys = keys_of("Phát ngôn viên Nhà Trắng cho biết. Ở V-League, CLB Khánh Hòa thắng Nha Trang.")
    assert keys["Nhà Trắng"] == "ORG:white house"
    assert name_key("ORG", "Nha Trang") != keys["Nhà Trắng"]


def test_no_body_s_key_is_taken_for_a_place_s_spelling() -> None:
    from vnreader.analysis.gazetteer import gazetteer

    # "Nha Trang" folds as "Nhà Trắng" does: a body the rules name "Nha Trang" is the city's
    # club, never the White House
    assert "nha trang" not in gazetteer().org_keys
