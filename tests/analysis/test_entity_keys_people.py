"""Keys of people's names: a foreign full name keys as itself, a surname alone (or with
initials) joins the one full name of its text it fits and nothing else, so two people
sharing a surname never share a key; Vietnamese names keep their keys. Made-up names."""

from __future__ import annotations

from vnreader.analysis import analyze
from vnreader.analysis.entity_keys import foreign_name, join_surnames, person_key


def people(text: str) -> dict[str, str]:
    return {e.text: e.key for e in analyze(text).entities if e.label == "PER"}


def test_a_foreign_full_name_keys_as_itself() -> None:
    keys = people("Thủ tướng Halvard Krennick gặp Bộ trưởng Ottilie Krennick tại Oslo.")
    assert keys == {
        "Halvard Krennick": "PER:halvard krenik",
        "Ottilie Krennick": "PER:otilie krenik",
    }
    # the spellings of one transliterated name still meet
    assert person_key("Sergei Volkhov") == person_key("Sergey Volkhov")


def test_people_sharing_a_surname_never_merge() -> None:
    keys = people(
        "Thủ tướng Halvard Krennick gặp Bộ trưởng Ottilie Krennick tại Oslo. "
        "Ông Krennick cho biết hai bên đã ký kết."
    )
    assert keys["Krennick"] == "PER:krenik"  # which of them: not said
    assert len({keys["Halvard Krennick"], keys["Ottilie Krennick"], keys["Krennick"]}) == 3


def test_a_surname_alone_joins_the_one_full_name_of_its_text() -> None:
    keys = people(
        "Ngoại trưởng Tobias Wendler đến Hà Nội hôm qua. "
        "Ông Wendler cho biết chuyến thăm rất quan trọng."
    )
    assert keys["Wendler"] == keys["Tobias Wendler"] == "PER:tobias vendler"


def test_a_surname_alone_in_a_text_without_a_full_name_keys_as_the_surname() -> None:
    assert people("Ông Wendler cho biết chuyến thăm rất quan trọng.") == {"Wendler": "PER:vendler"}
    assert person_key("T. Wendler") == "PER:vendler"


def test_initials_join_only_the_full_name_they_fit() -> None:
    keys = people(
        "Ngoại trưởng Tobias Wendler đến Hà Nội. "
        "Phát biểu tại hội nghị, T. Wendler nhấn mạnh hợp tác."
    )
    assert keys["T. Wendler"] == keys["Tobias Wendler"]
    keys = people(
        "Ngoại trưởng Tobias Wendler đến Hà Nội. Đại sứ K. Wendler cũng có mặt. "
        "Ông Wendler cho biết."
    )
    assert keys["K. Wendler"] == "PER:vendler" != keys["Tobias Wendler"]
    assert keys["Wendler"] == "PER:vendler"  # Tobias or K.: not said


def test_join_surnames_on_names_alone() -> None:
    names = ["Donald Trump", "D. Trump", "Trump", "Eric Trump", "Angela Ruhl", "Ruhl"]
    keys = join_surnames([(name, person_key(name)) for name in names])
    assert keys == [
        "PER:donald trump",
        "PER:donald trump",  # the initial fits Donald only
        "PER:trump",  # Donald or Eric
        "PER:erik trump",
        "PER:angela ruhl",
        "PER:angela ruhl",
    ]
    assert join_surnames([("Trump", "PER:trump"), ("D. Trump", "PER:trump")]) == [
        "PER:trump",
        "PER:trump",
    ]


def test_a_surname_read_as_a_vietnamese_syllable_joins_only_one_person() -> None:
    """'Lam' reads as a Vietnamese syllable: the recogniser names it after 'Peter Lam' by
    its last word; the key it takes is his only when no other Lam is in the text."""
    keys = people("Doanh nhân Peter Lam đến Hà Nội. Ông Lam cho biết sẽ đầu tư.")
    assert keys["Lam"] == keys["Peter Lam"] == "PER:peter lam"
    keys = people(
        "Doanh nhân Peter Lam và em trai Henry Lam đến Hà Nội. Ông Lam cho biết sẽ đầu tư."
    )
    assert keys["Peter Lam"] != keys["Henry Lam"]
    assert keys["Lam"] == person_key("Lam") == "PER:lam"


def test_vietnamese_names_keep_their_keys() -> None:
    keys = people(
        "Bộ trưởng Phạm Quang Vịnh đến Đà Nẵng. Ông Vịnh cho biết dự án sẽ hoàn thành. H.Long"
    )
    assert keys == {
        "Phạm Quang Vịnh": "PER:phạm quang vịnh",
        "Vịnh": "PER:phạm quang vịnh",
        "H.Long": "PER:long",  # a byline: an initial and a Vietnamese name, as before
    }
    assert foreign_name("Phạm Quang Vịnh") is None and foreign_name("H.Long") is None
    assert person_key("Nguyễn Thị Ánh") == "PER:nguyễn thị ánh"


def mentions(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.key) for e in analyze(text).entities if e.label == "PER"]


def test_a_vietnamese_given_name_alone_joins_the_full_name_whichever_rule_found_it() -> None:
    # "Lộc" folds to "loc" but is spelt "lok" in the surname table: the given name is what
    # joins it, in a speaking frame ("mẹ của Lộc cho biết") as after a verb
    found = mentions(
        "Em Đỗ Duy Lộc đạt giải nhì. Bà Lê Thị Mận, mẹ của Lộc cho biết em học rất khuya. "
        "Sự kiên trì của Lộc khiến thầy cô bất ngờ."
    )
    keys = {key for text, key in found if text == "Lộc"}
    assert keys == {"PER:đỗ duy lộc"}
    assert ("Đỗ Duy Lộc", "PER:đỗ duy lộc") in found


def test_a_given_name_two_people_share_stays_a_person_of_its_own_key() -> None:
    found = mentions(
        "Nguyễn Văn Khải và Trần Mạnh Khải bị bắt. Tại cơ quan công an, Khải khai nhận. "
        "Lời khai của Khải mâu thuẫn."
    )
    alone = [key for text, key in found if text == "Khải"]
    assert alone == ["PER:khải", "PER:khải"]  # a person, but not said which
    one = mentions("Nguyễn Văn Khải bị bắt. Tại cơ quan công an, Khải khai nhận.")
    assert one == [("Nguyễn Văn Khải", "PER:nguyễn văn khải"), ("Khải", "PER:nguyễn văn khải")]


def test_a_given_name_shared_by_a_two_word_name_joins_neither() -> None:
    found = mentions("Ông Nguyễn Khải và ông Trần Văn Khải dự họp. Khải cho biết sẽ đi.")
    assert [key for text, key in found if text == "Khải"] == ["PER:khải"]


def test_a_surname_written_first_alone_joins_the_one_name_it_leads() -> None:
    """Chinese and Korean names put the surname first, and the news names the person by it
    ("ông Tập" for the president named in full before)."""
    keys = people(
        "Chủ tịch nước Trì Mặc Thành hội đàm với Tổng thống Moon Jae-in. "
        "Ông Trì cho biết ông Moon đã đồng ý."
    )
    assert keys["Trì"] == keys["Trì Mặc Thành"] == "PER:trì mặc thành"
    assert keys["Moon"] == keys["Moon Jae-in"]
    found = mentions("Ngoại trưởng Vương Trạch Bằng nói. Ông Vương cho biết sẽ đi.")
    assert found[-1] == ("Vương", "PER:vương trạch bằng")


def test_a_surname_written_first_joins_no_one_of_two_nor_a_given_name() -> None:
    # two people of that surname: not said which
    found = mentions("Ông Trì Mặc Thành và ông Trì Quốc Vũ gặp nhau. Ông Trì cho biết.")
    assert [key for text, key in found if text == "Trì"] == ["PER:trì"]
    # the word is another name's given name too: not the name it leads
    keys = people("Ông Khổng Mặc Thành gặp ông Lưu Khổng. Ông Khổng cho biết.")
    assert keys["Khổng"] != keys["Khổng Mặc Thành"]
    # a name of two words led by no surname is a given name (a byline): "Minh" is not it
    assert join_surnames([("Minh Hạnh", "PER:minh hanh"), ("Minh", "PER:minh")]) == [
        "PER:minh hanh",
        "PER:minh",
    ]
    # an initial alone may be anybody's
    assert join_surnames([("T. M. Cường", "PER:cuong"), ("T.", "PER:t.")])[1] == "PER:t."


def test_a_dynasty_or_a_family_is_no_one_person_of_its_surname() -> None:
    found = mentions(
        "Vua Gia Long tên thật là Nguyễn Phúc Ánh. Dưới triều Nguyễn, kinh đô đặt ở Huế."
    )
    assert ("Nguyễn", "PER:nguyễn") in found
    found = mentions("Cô lấy Phùng Thiệu Khang và bước vào gia tộc họ Phùng giàu có.")
    assert [key for text, key in found if text == "Phùng"] == ["PER:phùng"]


def test_a_king_named_by_his_surname_is_the_king_named_in_full() -> None:
    found = mentions("Vua Đinh Tiên Lĩnh lập nước. Lễ dâng hương tại đền vua Đinh diễn ra.")
    assert [key for text, key in found if text == "Đinh"] == ["PER:đinh tiên lĩnh"]


def test_the_kings_of_a_dynasty_are_no_one_king() -> None:
    found = mentions("Vua Lý Thái Tổ dời đô. Tượng 9 vị vua Lý được đặt tại đền.")
    assert [key for text, key in found if text == "Lý"] == ["PER:lý"]
