"""The cues of the name mining (benchmarks/mine_names.py) on made-up inputs: a scorer after a
match score, a brand's model, a driver's role, a firm named by a compass point, English words
and words that open sentences, a ship, a place word before a place, one syllable named in full
elsewhere or not, words cut apart, an older sense overruled, a goalkeeper, a player next to a
score now and then, a date before a name, a ship now and then, a club named after its city, a
given name once after "tại", a film producer, a capitalised head inside a sentence, an
aircraft, a city named by its club, "ở" a club; and the cache of the recogniser's entities."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from benchmark_scripts import load

mine = load("mine_names")


def test_a_team_next_to_a_score_is_an_organisation_but_a_scorer_is_not() -> None:
    miner = mine.Miner()
    miner.add("Kết quả: Getafe 1-0 Levante, Sevilla 2-2 Osasuna.")
    miner.add(
        "Bảng F: Milan - Barcelona 1-0 Andriy Zorvenko 31',"
        " Getafe - Levante 2-1 Pablo Marenti (4', 60')."
    )
    assert miner.cued[("Osasuna", "ORG")] == {0}
    assert miner.cued[("Barcelona", "ORG")] == {1}
    assert ("Andriy Zorvenko", "ORG") not in miner.cued
    assert ("Pablo Marenti", "ORG") not in miner.cued


def test_a_brand_before_a_model_is_no_given_name() -> None:
    miner = mine.Miner()
    assert miner._named_before(["Toyota", "Zentra"])  # the gazetteer's company
    assert miner._named_before(["Yamaha", "Zentra"])  # a company mined from news
    assert not miner._named_before(["Roger", "Zentra"])
    assert not miner._named_before(["Milan", "Zentra"])  # a city, but a given name too
    assert not miner._named_before(["Rostec", "Anatoly", "Zentra"])  # a body, then a person


def test_an_english_word_or_a_word_that_opens_sentences_is_no_name() -> None:
    miner = mine.Miner()
    for word, n in (("Marketing", 6), ("Bond", 5), ("Hiện", 4), ("Hằng", 9)):
        miner.cued[(word, "PER")] = set(range(n))
    # written in lower case more than twice as often as capitalised inside a sentence
    miner.lower.update({"marketing": 162, "bond": 11, "hiện": 50000, "hằng": 1900})
    miner.capital.update({"Marketing": 64, "Bond": 8, "Hiện": 40, "Hằng": 110})
    # "Hiện nay, …" opens sentences 150 times as often; "Hằng năm, …" 3 times
    miner.opening.update({"Hiện": 6000, "Hằng": 340})
    rows = mine.keep(miner, 3, 0.8, 3)
    assert [row[0] for row in rows] == ["Hằng", "Bond"]


def test_a_driver_names_no_person_nor_a_compass_point_a_firm() -> None:
    miner = mine.Miner()
    miner.add("Tài xế Zentra bỏ chạy. Ông Lê Văn Tám, giám đốc Công ty Tây Nam, cho biết.")
    miner.add("Ông Alvarenko cho biết Công ty Sao Mai vẫn làm việc với bà Trần Thị Hoa.")
    assert ("Zentra", "PER") not in miner.cued  # "tài xế Lexus": the Lexus's driver
    assert ("Tây Nam", "ORG") not in miner.cued  # a region as often as the firm
    assert miner.cued[("Alvarenko", "PER")] == {1}
    assert miner.cued[("Sao Mai", "ORG")] == {1}


def test_a_ship_counts_against_a_person_and_a_place_word_not_against_a_place() -> None:
    miner = mine.Miner()
    miner.cued[("Zentica", "PER")] = {0, 1, 2, 3}  # "đạo diễn Zentica"
    miner.cued[("Zentica", "SHIP")] = {4, 5}  # "tàu Zentica": a ship
    miner.cued[("Vernezia", "LOC")] = {0, 1, 2, 3, 4}  # "thành phố Vernezia"
    miner.cued[("Vernezia", "LOC:head")] = {0, 1, 2, 3, 4}
    miner.cued[("Vernezia", "LOC?")] = set(range(5, 11))  # "tại Vernezia": no vote against it
    miner.cued[("Marlovsky", "PER")] = {0, 1, 2, 3}
    miner.cued[("Marlovsky", "LOC?")] = {4, 5, 6, 7}  # half a vote each against a person
    assert [row[:3] for row in mine.keep(miner, 3, 0.8, 3)] == [("Vernezia", "LOC", 5)]
    miner.add("Tàu Zentica chìm.", [(4, 11, "PER", "Zentica")])
    assert miner.cued[("Zentica", "SHIP")] == {4, 5, 0}
    # the recogniser's ship (MISC) counts against a person too
    miner.add("Tàu sân bay Zorvatov rời cảng.", [(12, 20, "MISC", "Zorvatov")])
    assert miner.cued[("Zorvatov", "SHIP")] == {1}


def test_one_syllable_is_a_person_only_where_the_article_names_him_in_full() -> None:
    miner = mine.Miner()
    miner.add("Ông Lê Thế Tiệm cho biết. Ông Tiệm nói thêm.")
    miner.add("Chủ tịch Phân ban dẫn đầu, tín đồ Phật tử có mặt. Ông Tiệm về.")
    assert miner.cued[("Tiệm", "PER")] == {0}  # the second article names no "… Tiệm"
    assert ("Phân", "PER") not in miner.cued  # "Phân ban": a subcommittee


def test_a_word_cut_apart_or_a_compass_point_is_no_name() -> None:
    miner = mine.Miner()
    for surface, label in (("T X", "LOC"), ("Uber B", "ORG"), ("Vĩnh Lộc B", "LOC")):
        miner.cued[(surface, label)] = set(range(8))  # "T X.Phú Mỹ", "Uber B.V"
    miner.cued[("Vĩnh Lộc B", "LOC:head")] = set(range(8))  # "xã Vĩnh Lộc B"
    miner.cued[("Nam", "PER")] = set(range(20))  # "CĐV thành Nam", "miền Nam"
    miner.capital["Nam"] = 100
    assert [row[0] for row in mine.keep(miner, 3, 0.8, 3)] == ["Vĩnh Lộc B"]


def test_the_names_only_corpus_overrules_an_older_sense_seen_as_often() -> None:
    miner = mine.Miner()
    miner.articles, miner.boundary = 30, 10
    miner.base_counts = (Counter(), Counter({"Foxley": 9, "Hillard": 9}), Counter())
    miner.capital.update({"Foxley": 40, "Hillard": 30})
    miner.cued[("Foxley", "PER")] = {0, 1, 2, 3, 4}  # "Tổng thống Foxley" in 2004-2006
    miner.cued[("Foxley", "ORG")] = set(range(10, 16))  # "kênh truyền hình Foxley" later
    miner.cued[("Hillard", "PER")] = set(range(6))
    miner.cued[("Hillard", "ORG")] = {10, 11}  # another sense, but rarer
    miner.base_counts[1]["Boltram"] = 9
    miner.capital["Boltram"] = 40
    miner.cued[("Boltram", "ORG")] = {0, 1, 2, 3, 4}  # the club in 2000s news
    miner.cued[("Boltram", "PER")] = set(range(10, 30))  # the adviser later: not added again
    assert [row[:3] for row in mine.keep_all(miner, 3, 0.8, 3)] == [("Hillard", "PER", 6)]


def test_the_entities_of_a_run_are_kept_and_reused(tmp_path: Path) -> None:
    path = tmp_path / "entities.pkl"
    store = mine.EntityStore(path)
    first = store.entities("vntc/a.txt", "Ông Lê Văn Tám đến Huế.")
    store.entities("vntc/c.txt", "Bà Trần Thị Hoa về Hà Nội.")
    store.close()
    assert ("PER" in {label for _, _, label, _ in first}) and store.analysed == 2
    again = mine.EntityStore(path)
    # a.txt is no longer mined (passed over), b.txt is new (analysed), c.txt is reused
    assert again.entities("vntc/b.txt", "Ông Lê Văn Tám đến.") != []
    assert again.entities("vntc/c.txt", "") == [
        (3, 15, "PER", "Trần Thị Hoa"),
        (19, 25, "LOC", "Hà Nội"),
    ]
    assert (again.analysed, again.reused) == (1, 1)
    again.close()


def test_an_entities_cache_of_another_recogniser_or_corpora_is_made_anew(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "entities.pkl"
    store = mine.EntityStore(path, "key 1")
    store.entities("vntc/a.txt", "Bà Trần Thị Hoa về Hà Nội.")
    store.close()
    stale = mine.EntityStore(path, "key 2")  # the recogniser changed: nothing reused
    assert stale.stale and stale.entities("vntc/a.txt", "Anh đến Huế.") == [(8, 11, "LOC", "Huế")]
    stale.close()
    fresh = mine.EntityStore(path, "key 2")
    assert fresh.entities("vntc/a.txt", "") == [(8, 11, "LOC", "Huế")] and not fresh.stale
    fresh.close()
    corpora, recogniser = tmp_path / "corpora", tmp_path / "analysis"
    (corpora / "vntc").mkdir(parents=True)
    (recogniser / "data").mkdir(parents=True)
    (recogniser / "data" / "places.txt").write_text("Huế", "utf-8")
    monkeypatch.setattr(mine, "RECOGNISER", recogniser)
    keys = {mine.recogniser_key(corpora)}
    (corpora / "vntc" / "b.txt").write_text("Tin mới", "utf-8")  # one more article
    keys.add(mine.recogniser_key(corpora))
    (recogniser / "data" / "places.txt").write_text("Huế\nVinh", "utf-8")  # one more place
    keys.add(mine.recogniser_key(corpora))
    # the place rows a review rejected are the miner's, never read by the recogniser
    (recogniser / "data" / "mined_rejected.txt").write_text("# why\nRenova\n", "utf-8")
    keys.add(mine.recogniser_key(corpora))
    assert len(keys) == 3
    assert mine.rejected(recogniser / "data" / "mined_rejected.txt") == {"Renova"}


def test_a_new_place_needs_more_than_a_place_word_in_three_articles() -> None:
    miner = mine.Miner()
    miner.add("Tại thành phố Zentopol, Đức, và thành phố Dazrek ez-Zor.")
    assert miner.cued[("Zentopol", "LOC:app")] == {0}  # a country in apposition
    assert miner.cued[("Dazrek", "LOC:cut")] == {0}  # a name cut before its hyphenated part
    heads = {
        "Vernezia": 5,  # "thành phố Vernezia" in five articles
        "Zentopol": 3,  # in three, with a country after it in two
        "Marlova": 3,  # in three only
        "Dazrek": 6,  # "thành phố Dazrek ez-Zor" in two of them
        "Kestral": 6,  # "Kestral United" in most articles that write it
        "Noelia": 6,  # "mùa Noelia" far more often than after a place word
    }
    for surface, n in heads.items():
        miner.cued[(surface, "LOC")] = miner.cued[(surface, "LOC:head")] = set(range(1, n + 1))
    miner.cued[("Zentopol", "LOC:app")] = {1, 2}
    miner.cued[("Dazrek", "LOC:cut")] = {1, 2}
    miner.cued[("Telvia", "LOC")] = set(range(1, 7))  # listed after a place only
    miner.mentions.update({"Kestral": 20, "Noelia": 30, "Vernezia": 9})
    miner.parts.update({"Kestral": 12, "Noelia": 1, "Vernezia": 2})
    assert [row[0] for row in mine.keep(miner, 3, 0.8, 3)] == ["Vernezia", "Zentopol"]
    # a place row already in the data file keeps the old cue
    before = {"Marlova", "Telvia"}
    kept = [row[0] for row in mine.keep(miner, 3, 0.8, 3, before)]
    assert kept == ["Telvia", "Vernezia", "Marlova", "Zentopol"]


def test_a_row_a_review_took_out_is_not_made_again_whatever_its_label() -> None:
    miner = mine.Miner()
    miner.cued[("Reno", "LOC")] = miner.cued[("Reno", "LOC:head")] = set(range(9))
    miner.cued[("Á Đông", "PER")] = set(range(9))  # "ông Á Đông", but "văn hóa Á Đông"
    miner.given["Trung Thu"] = set(range(9))  # "Nguyễn Trung Thu", but "tết Trung Thu"
    miner.given["Trung Thành"] = set(range(9))
    assert [row[0] for row in mine.keep(miner, 3, 0.8, 3)] == ["Trung Thành"]


def test_a_goalkeeper_is_a_sport_role_and_his_surname_counts_too() -> None:
    miner = mine.Miner()
    miner.add("Thủ thành Andres Palopez cản phá.")
    assert miner.cued[("Andres Palopez", "PER:sport")] == {0}
    assert miner.cued[("Palopez", "PER:full")] == {0}


def test_a_player_next_to_a_score_now_and_then_is_still_a_person() -> None:
    miner = mine.Miner()
    miner.capital["Ronaldinko"] = 30
    miner.cued[("Ronaldinko", "PER:sport")] = set(range(12))  # "cầu thủ Ronaldinko"
    miner.cued[("Ronaldinko", "ORG")] = {20, 21}  # next to a score twice
    miner.cued[("Lazona", "PER:sport")] = set(range(5))  # "cầu thủ Lazona": a Lazona player
    miner.cued[("Lazona", "ORG")] = set(range(10, 22))  # "đội bóng Lazona"
    rows = [row[:3] for row in mine.keep(miner, 3, 0.8, 3)]
    assert rows == [("Lazona", "ORG", 12), ("Ronaldinko", "PER", 12)]


def test_a_date_before_a_name_is_no_score() -> None:
    miner = mine.Miner()
    text = "Thứ năm 28-9 Neymarco và Alvesko trình diện. Getafe 2-1 Levanto."
    miner.add(text, [(13, 21, "PER", "Neymarco"), (56, 63, "ORG", "Levanto")])
    assert ("Neymarco", "ORG") not in miner.cued
    assert miner.cued[("Levanto", "ORG")] == {0}


def test_a_ship_outvotes_a_person_only_when_ships_are_a_clear_share() -> None:
    miner = mine.Miner()
    miner.cued[("Maddoxa", "PER")] = {0, 1, 2, 3, 4}  # "ông Maddoxa"
    miner.cued[("Maddoxa", "SHIP")] = {5, 6}  # "tàu Maddoxa" now and then
    miner.cued[("Titanika", "PER")] = {0, 1, 2}
    miner.cued[("Titanika", "SHIP")] = set(range(3, 10))  # a ship in most
    miner.capital["Enterpra"] = 9
    miner.cued[("Enterpra", "PER:full")] = {0, 1, 2}  # "USS Enterpra": never after a title
    miner.cued[("Enterpra", "SHIP")] = {3}
    assert [row[:3] for row in mine.keep(miner, 3, 0.8, 3)] == [("Maddoxa", "PER", 5)]


def test_a_club_or_a_university_named_after_a_city_counts_half_against_it() -> None:
    miner = mine.Miner()
    heads = set(range(10))  # "thành phố Frankfa"
    miner.cued[("Frankfa", "LOC")] = miner.cued[("Frankfa", "LOC:head")] = heads
    miner.cued[("Frankfa", "ORG")] = {20, 21, 22, 23}  # "đại học Frankfa", "Hamburg 2-1 Frankfa"
    miner.cued[("Lyona", "LOC")] = miner.cued[("Lyona", "LOC:head")] = set(range(6))
    miner.cued[("Lyona", "ORG")] = set(range(10, 16))  # a club as often
    assert [row[:3] for row in mine.keep(miner, 3, 0.8, 3, {"Frankfa", "Lyona"})] == [
        ("Frankfa", "LOC", 10)
    ]


def test_a_given_name_is_left_out_only_on_a_clear_share_of_place_votes() -> None:
    miner = mine.Miner()
    miner.given["Gia Bảo"] = set(range(20))  # "Nguyễn Gia Bảo"
    miner.cued[("Gia Bảo", "LOC?")] = {30}  # once "tại Gia Bảo"
    miner.given["Thượng Triết"] = set(range(7))
    miner.cued[("Thượng Triết", "PER")] = {1}  # a person's vote is no place's
    miner.given["Thái Hà"] = set(range(10))
    miner.cued[("Thái Hà", "LOC?")] = {30, 31}  # "ở Thái Hà": a street
    miner.given["Minh Khai"] = set(range(60))
    miner.cued[("Minh Khai", "LOC")] = {30}  # "phường Minh Khai"
    rows = [row[:2] for row in mine.keep(miner, 3, 0.8, 3)]
    assert rows == [("Gia Bảo", "GIVEN"), ("Thượng Triết", "GIVEN")]


def test_a_producer_is_no_firm_nor_a_place_before_a_person_a_name() -> None:
    miner = mine.Miner()
    text = "Cô tố cáo nhà sản xuất Harvey Weinstock. Hãng sản xuất Foxcorn cho biết."
    miner.add(text, [(23, 39, "PER", "Harvey Weinstock"), (55, 62, "ORG", "Foxcorn")])
    assert ("Harvey Weinstock", "ORG") not in miner.cued  # a film producer
    assert miner.cued[("Foxcorn", "ORG")] == {0}
    miner.cued[("Harvey Weinstock", "PER")] = {1, 2, 3}  # "ông Harvey Weinstock"
    miner.cued[("Hollywa Harvey Weinstock", "ORG")] = {4, 5, 6, 7}  # "nhà sản xuất Hollywa …"
    miner.cued[("Hollywa Reporter", "ORG")] = {4, 5, 6, 7}  # "tờ Hollywa Reporter"
    assert [row[0] for row in mine.keep(miner, 3, 0.8, 3)] == ["Hollywa Reporter"]


def test_a_capitalised_head_left_out_of_the_name_is_a_cue_not_a_title_nor_in_a_name() -> None:
    miner = mine.Miner()
    text = "Theo thông báo của Hãng Zejuna Air, Phó Chủ tịch Cenrop cho biết."
    miner.add(text, [(24, 34, "ORG", "Zejuna Air"), (49, 55, "PER", "Cenrop")])
    assert miner.cued[("Zejuna Air", "ORG")] == {0}  # "Hãng" is left out of the name
    assert ("Cenrop", "PER") not in miner.cued  # a title: the firm a person heads
    text = "Đại diện Bảo tàng Báo Zenta Tribune nói."  # "Báo" ends a museum's name
    miner.add(text, [(9, 21, "ORG", "Bảo tàng Báo"), (22, 35, "ORG", "Zenta Tribune")])
    assert ("Zenta Tribune", "ORG") not in miner.cued


def test_an_aircraft_or_a_weapon_counts_against_a_person() -> None:
    miner = mine.Miner()
    miner.add("Anh điều 4 tiêm kích Tornada tới Syria.", [(21, 28, "MISC", "Tornada")])
    miner.add("Tên lửa Patriota được phóng.", [(8, 16, "PER", "Patriota")])
    assert miner.cued[("Tornada", "SHIP")] == {0}
    assert miner.cued[("Patriota", "SHIP")] == {1}


def test_a_city_named_by_its_club_is_no_organisation_when_all_corpora_see_the_place() -> None:
    miner = mine.Miner()
    miner.articles, miner.boundary = 40, 10
    miner.cued[("Đại Liêm", "ORG")] = {0, 1, 2, 3}  # "CLB Đại Liêm" in the earlier corpora
    miner.cued[("Đại Liêm", "LOC")] = set(range(10, 40))  # "thành phố Đại Liêm" later
    miner.cued[("Rạng Đồng", "ORG")] = set(range(9)) | set(range(10, 30))  # "Công ty Rạng Đồng"
    miner.cued[("Rạng Đồng", "LOC")] = set(range(30, 35))  # a commune now and then
    assert [row[:3] for row in mine.keep_all(miner, 3, 0.8, 3)] == [("Rạng Đồng", "ORG", 9)]


def test_at_a_club_the_article_names_with_a_cue_is_no_place() -> None:
    miner = mine.Miner()
    miner.cued[("HA Zia Lai", "ORG")] = set(range(12))  # "CLB HA Zia Lai", a score
    miner.cued[("HA Zia Lai", "LOC?")] = {0, 1, 2, 3, 4, 5, 20}  # "đồng đội cũ ở HA Zia Lai"
    miner.cued[("Lyonne", "ORG")] = set(range(12))
    miner.cued[("Lyonne", "LOC?")] = set(range(20, 27))  # "tại Lyonne" in other articles
    assert [row[:3] for row in mine.keep(miner, 3, 0.8, 3)] == [("HA Zia Lai", "ORG", 12)]


def test_a_word_of_airlines_names_is_no_name_alone() -> None:
    miner = mine.Miner()
    miner.capital["Air"] = 50
    miner.cued[("Air", "PER:full")] = set(range(10))  # "Zejuna Air", "Air Canadia"
    miner.cued[("Air", "PER")] = {20, 21, 22}
    assert mine.keep(miner, 3, 0.8, 3) == []
