"""Item 6: the figures table grows with the article, not with the article times its figures."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from vnreader.corpus import Article
from vnreader.export import figures_csv
from vnreader.export.selection import ArticleGroup
from vnreader.export.sentences import MAX_CONTEXT, Sentences


def test_a_price_table_without_full_stops_gives_bounded_rows() -> None:
    row = " ".join(f"Mặt hàng {i}: 4,7 tỷ USD," for i in range(2000))  # ~60 KB, one "sentence"
    article = Article(id="bang-gia", path=Path("x.txt"), title="Bảng giá", paragraphs=(row,))
    out = io.StringIO()
    summary = figures_csv.write([ArticleGroup("bang-gia", article)], out, spreadsheet=False)
    rows = list(csv.reader(io.StringIO(out.getvalue())))[1:]
    assert summary.annotations == len(rows) >= 2000
    assert all(len(r[-1]) <= MAX_CONTEXT + 2 for r in rows)
    assert all(r[2] in r[-1] for r in rows)  # each context holds its figure
    assert len(out.getvalue()) < len(rows) * (MAX_CONTEXT + 100)  # was rows × 60 KB


def test_a_short_sentence_is_kept_whole() -> None:
    text = "Mở đầu. Kim ngạch đạt 96,8 tỷ USD trong năm 2023. Kết thúc."
    start = text.index("96,8")
    assert Sentences(text).around(start, start + 11) == (
        "Kim ngạch đạt 96,8 tỷ USD trong năm 2023."
    )
