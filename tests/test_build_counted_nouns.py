"""The mining of counted nouns (benchmarks/build_counted_nouns.py) on made-up segmented lines:
a word kept whole after numbers is kept, a verb, a classifier's word and a word cut by the next
one are not."""

from __future__ import annotations

from benchmark_scripts import load

build = load("build_counted_nouns")


def counts(lines: list[str]) -> object:
    return build.count(iter([lines]))


def test_a_word_counted_whole_is_kept_and_a_verb_is_not() -> None:
    lines = ["Nhà có 3 máy_lạnh mới , các máy_lạnh này tốt ."] * 6
    lines += ["Có 2 tiếp_tục làm , họ đã tiếp_tục đi ."] * 6
    c = counts(lines)
    assert build.keep("máy_lạnh", c)
    assert not build.keep("tiếp_tục", c)  # after "đã": a verb


def test_a_classifier_word_and_a_rare_word_are_not_kept() -> None:
    c = counts(["Xã có 20 hộ_dân nghèo , các hộ_dân đó ."] * 6 + ["Có 2 bàn_phím , các bàn_phím ."])
    assert not build.keep("hộ_dân", c)  # "hộ" counts alone (rule 24)
    assert not build.keep("bàn_phím", c)  # seen after a number once only


def test_a_word_the_next_word_cuts_is_not_kept() -> None:
    lines = ["Có 3 người_hùng , các người_hùng đây ."] * 6
    lines += ["Có 4 người hùng_hồn nói ."] * 6  # "người" then "hùng_hồn": "người hùng" cut it
    assert not build.keep("người_hùng", counts(lines))
