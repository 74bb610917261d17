"""The vietnews corpus and the blind-set guard of the name mining (benchmarks/realnews_corpora.py,
benchmarks/mine_names.py), on small made-up inputs: word-segmented lines joined back, an
article without a dateline, and a corpus article that holds a blind paragraph left out."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from benchmark_scripts import load

corpora = load("realnews_corpora")
mine = load("mine_names")


@pytest.mark.parametrize(
    ("segmented", "joined"),
    [
        ("Công_an TP. HCM cho_biết , vụ_việc đã rõ .", "Công an TP. HCM cho biết, vụ việc đã rõ."),
        ("“ tú ông ” Lê_Văn_Tám ( SN 1996 ) bị bắt !", "“tú ông” Lê Văn Tám (SN 1996) bị bắt!"),
        ('gọi là " đại_gia " ở Hà_Nội', 'gọi là "đại gia" ở Hà Nội'),
        ('" Xin chào " , anh nói', '"Xin chào", anh nói'),
        ("tăng 5,5 % so với 2.100 tấn …", "tăng 5,5% so với 2.100 tấn…"),
        ("  ", ""),
    ],
)
def test_a_segmented_line_is_joined_back(segmented: str, joined: str) -> None:
    assert corpora.join_segmented(segmented) == joined


def test_an_article_without_section_or_date_has_no_empty_dateline() -> None:
    article = corpora.Article("train_000001", "", "Tiêu đề", "", "", ["Đoạn một.", "Đoạn hai."])
    assert article.render() == "Tiêu đề\nĐoạn một.\nĐoạn hai.\n"
    dated = corpora.Article("x", "", "Tiêu đề", "Thể thao", "", ["Đoạn."])
    assert dated.render() == "Tiêu đề\nThể thao\nĐoạn.\n"


def test_a_corpus_article_holding_a_blind_or_fresh_paragraph_is_not_mined(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blind = "Ông Lê Văn Tám, Giám đốc Công ty Sao Mai, cho biết doanh thu quý này tăng mạnh."
    test = tmp_path / "test.jsonl"
    test.write_text(json.dumps({"text": blind}, ensure_ascii=False) + "\n", "utf-8")
    held = tmp_path / "held.jsonl"
    held.write_text("", "utf-8")
    fresh = tmp_path / "fresh.jsonl"
    again_fresh = "Đội Hải Đăng vừa ký hợp đồng với tiền đạo Pedro Alves trong sáng nay."
    fresh.write_text(json.dumps({"text": again_fresh}, ensure_ascii=False) + "\n", "utf-8")
    monkeypatch.setattr(mine.hidden_sets, "BLIND", ("test.jsonl", "held.jsonl"))
    monkeypatch.setattr(mine.hidden_sets, "FRESH", ("fresh.jsonl",))
    monkeypatch.setattr(mine.hidden_sets, "DATA", tmp_path)
    monkeypatch.setattr(mine, "FOLDERS", ("vietnews",))
    folder = tmp_path / "vietnews"
    folder.mkdir()
    # the same paragraph published again, word-segmented and joined back: other spacing
    again = "Ông Lê_Văn_Tám , Giám_đốc Công_ty Sao_Mai , cho_biết doanh_thu quý này tăng mạnh ."
    (folder / "a.txt").write_text("Tin kinh tế\n" + corpora.join_segmented(again) + "\n", "utf-8")
    (folder / "b.txt").write_text("Tin thể thao\nĐội Sao Mai thắng 2-1.\n", "utf-8")
    # a paragraph of a set awaiting its first score is left out the same way
    fresh_again = "Đội Hải_Đăng vừa ký hợp_đồng với tiền_đạo Pedro Alves trong sáng nay ."
    (folder / "c.txt").write_text("Chuyển nhượng\n" + corpora.join_segmented(fresh_again), "utf-8")

    keys = mine.blind_keys()
    assert len(keys.stretches) == 2
    left_out: list[str] = []
    kept = list(mine.articles(tmp_path, None, set(), set(), keys, left_out))
    assert [ident for ident, _ in kept] == ["vietnews/b.txt"]
    assert kept[0][1] == "Tin thể thao\nĐội Sao Mai thắng 2-1."  # title and body, no dateline
    assert left_out == ["vietnews/a.txt", "vietnews/c.txt"]


def test_a_names_only_corpus_adds_foreign_names_but_no_vietnamese_or_common_word() -> None:
    from collections import Counter

    from vnreader.analysis.entity_tokens import is_vietnamese

    rows = [("Thành Đạt", "GIVEN", 16, ""), ("Getafe", "ORG", 9, "")]
    more = [
        ("Thành Đạt", "ORG", 40, ""),  # Vietnamese: decided on the other corpora only
        ("Hoàn Châu", "PER", 3, ""),  # Vietnamese syllables: not added
        ("Getafe", "PER", 12, ""),  # already known: kept as it was
        ("Instagram", "ORG", 40, ""),
        ("Bangkok Post", "ORG", 92, ""),  # two words: a common word inside is fine
        ("Internet", "ORG", 23, ""),  # written "internet" too often: a common word
        ("Comey", "PER", 306, ""),
        ("Sao Paulo", "GIVEN", 5, ""),  # only names with a label are added
    ]
    lower = Counter({"internet": 1236, "instagram": 2, "comey": 0, "post": 50})
    capital = Counter({"Internet": 4429, "Instagram": 900, "Comey": 700})
    merged = mine.foreign_additions(rows, more, lower, capital, is_vietnamese)
    assert merged == [
        ("Thành Đạt", "GIVEN", 16, ""),
        ("Bangkok Post", "ORG", 92, ""),
        ("Instagram", "ORG", 40, ""),
        ("Getafe", "ORG", 9, ""),
        ("Comey", "PER", 306, ""),
    ]


def test_the_counts_before_the_names_only_corpus_are_kept_apart() -> None:
    miner = mine.Miner()
    miner.add("Ông Lê Văn Tám đến Huế. Trung tâm mở cửa.")
    miner.mark()
    miner.add("Hãng Instagram ra mắt. Anh Trung nói. Ông Lê Văn Tám về.")
    miner.mark()  # a second mark changes nothing
    assert miner.boundary == 1 and miner.articles == 2
    base = miner.before_boundary()
    assert base.articles == 1 and base.boundary is None
    assert all(seen <= {0} for seen in base.cued.values())
    assert base.given["Văn Tám"] == {0} and miner.given["Văn Tám"] == {0, 1}
    assert ("Instagram", "ORG") in miner.cued and ("Instagram", "ORG") not in base.cued
    assert base.capital["Instagram"] == 0 and base.lower["trung"] == miner.lower["trung"]
    assert mine.Miner().before_boundary().boundary is None
