"""The cues of the name mining (benchmarks/mine_names.py) on made-up inputs: a scorer after a
match score, a brand's model, English words and words that open sentences."""

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
