"""benchmarks/hidden_sets.py: the letter keys that find a paragraph of a blind or fresh set
again in an article, however it is spaced (made-up paragraphs and articles only: no test
reads the texts of the blind or fresh sets)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from benchmark_scripts import load

hidden_sets = load("hidden_sets")

LONG = "Ông Kim Jong-un, Chủ tịch Triều Tiên, đã tới Hà Nội sáng 26/2 bằng tàu hỏa (theo KCNA)."
# the same paragraph word-segmented and joined back, as in vietnews: spaces around marks
SEGMENTED = (
    "Hội nghị thượng đỉnh\n"
    "Ông Kim Jong - un , Chủ tịch Triều Tiên , đã tới Hà Nội sáng 26 / 2 bằng tàu hỏa "
    "( theo KCNA ) .\nCác bên chưa bình luận ."
)
SHORT = "Ảnh: Minh Khôi"


def test_a_segmented_copy_of_a_paragraph_is_found_by_its_letters() -> None:
    keys = hidden_sets.keys_of([LONG])
    assert LONG not in SEGMENTED  # what a raw comparison missed
    assert keys.holds(SEGMENTED)
    assert not keys.holds("Ông Moon Jae-in tới Hà Nội sáng 26/2 bằng máy bay.")


def test_a_short_paragraph_must_be_a_whole_line() -> None:
    keys = hidden_sets.keys_of([SHORT])
    assert keys.stretches == ()
    assert keys.holds("Tin ảnh\nẢnh : Minh_Khôi\nHết.".replace("_", " "))
    # inside a longer line it is no key: it would leave out every article of the photographer
    assert not keys.holds("Tin ảnh\nẢnh: Minh Khôi chụp cảnh lũ ở Huế.")


def test_the_keys_cover_the_blind_and_the_fresh_sets_and_their_sources(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rows = {
        "blind.jsonl": {"text": LONG, "source": "dantri-unc/news_world_1.txt:4[0:87]"},
        "fresh.jsonl": {"text": SHORT, "source": "vims-news/cluster_7_2.txt:9[0:14]"},
        "dev.jsonl": {"text": "Bà Năm bán bún ở chợ Đông Ba, Huế, đã ba mươi năm nay rồi."},
    }
    for name, row in rows.items():
        (tmp_path / name).write_text(json.dumps(row, ensure_ascii=False) + "\n", "utf-8")
    monkeypatch.setattr(hidden_sets, "BLIND", ("blind.jsonl", "missing.jsonl"))
    monkeypatch.setattr(hidden_sets, "FRESH", ("fresh.jsonl",))
    keys = hidden_sets.load(tmp_path)
    assert keys.holds(SEGMENTED) and keys.holds("Tiêu đề\n" + SHORT)
    assert not keys.holds(rows["dev.jsonl"]["text"])  # a development set is no secret
    assert keys.sources == {"dantri-unc/news_world_1.txt", "vims-news/cluster_7_2.txt"}
    assert "Kim" not in repr(keys) and repr(keys).startswith("Hidden(1 stretches")


def test_the_real_sets_give_keys() -> None:
    keys = hidden_sets.load()  # counts only: a failure must not show a key
    stretches, sources = len(keys.stretches), len(keys.sources)
    assert stretches > 100
    assert sources > 100
