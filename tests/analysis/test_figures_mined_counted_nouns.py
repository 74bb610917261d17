"""Counted nouns mined from a word-segmented corpus (data/counted_nouns.txt, made by
benchmarks/build_counted_nouns.py) are taken whole, so that a span never ends inside a word
(GUIDELINE rule 42); classifiers and "người dân" still count alone (rule 24)."""

from __future__ import annotations

from vnreader.analysis import analyze


def found(text: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.unit) for f in analyze(text).figures]


def test_things_are_counted_by_the_whole_word() -> None:
    assert found("Văn phòng lắp 3 máy lạnh và 2 thang máy.") == [
        ("3 máy lạnh", "item"),
        ("2 thang máy", "item"),
    ]


def test_people_keep_their_unit() -> None:
    assert found("Đoàn có 6 người lớn và 4 trẻ em.") == [
        ("6 người lớn", "person"),
        ("4 trẻ em", "person"),
    ]


def test_classifiers_and_people_of_a_place_still_count_alone() -> None:
    assert found("Xã hỗ trợ 120 hộ dân và 300 người dân.") == [
        ("120 hộ", "household"),
        ("300 người", "person"),
    ]


def test_mined_nouns_of_people_count_people() -> None:
    """A mined noun that names people by its last syllable counts people, whatever its first
    syllable (rule 31: "thuyền trưởng", "điệp viên", "cô dâu"); an army's units do not."""
    assert found("Cảng giữ 7 thuyền trưởng, 2 điệp viên và 3 cô dâu.") == [
        ("7 thuyền trưởng", "person"),
        ("2 điệp viên", "person"),
        ("3 cô dâu", "person"),
    ]
    assert found("Nước này lập thêm 2 quân đoàn.") == [("2 quân đoàn", "item")]
