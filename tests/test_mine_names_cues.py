"""The cues of the name mining (benchmarks/mine_names.py) on made-up inputs: a scorer after a
match score, a brand's model, a driver's role, a firm named by a compass point, English words
and words that open sentences."""

from __future__ import annotations

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
