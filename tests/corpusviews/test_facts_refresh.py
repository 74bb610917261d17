"""The mention and figure rows follow the files: changed, removed, analysed on demand."""

from __future__ import annotations

from pathlib import Path

from vnreader.corpusviews import CorpusViews
from vnreader.index import CorpusIndex

PUTIN = "Tổng thống Vladimir Putin gặp Thủ tướng Nguyễn Xuân Phúc tại Moscow năm 2020."
PUTIN_KEY = "PER:vladimir putin"
TRADE = "Năm 2021, kim ngạch thương mại đạt 4,7 tỷ USD."


def write(folder: Path, name: str, *paragraphs: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text("Tiêu đề bài\n\n" + "\n\n".join(paragraphs) + "\n", "utf-8")


def keys(views: CorpusViews) -> set[str]:
    views.reload()
    return {g.key for g in views.entities()}


def test_rows_follow_changed_and_removed_files(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    write(corpus, "a.txt", PUTIN)
    write(corpus, "b.txt", TRADE)
    with CorpusIndex.open(corpus, index_dir=tmp_path / "index") as index:
        index.refresh(analyse=True, processes=1)
        views = CorpusViews(index)
        assert "PER:vladimir putin" in keys(views)
        (fig,) = views.figures(views.figure_query(unit="USD"))
        assert (fig.value, fig.when) == (4.7e9, "2021")
        found = views.figures(views.figure_query(text="kim ngach"))  # năm 2021 and 4,7 tỷ USD
        assert [f.article_id for f in found] == ["b", "b"]
        write(corpus, "a.txt", "Ông Bùi Thanh Sơn đến Hà Nội.")
        (corpus / "b.txt").unlink()
        write(corpus, "c.txt", TRADE)
        index.refresh(analyse=True, processes=1)
        found = keys(views)
        assert "PER:vladimir putin" not in found and "PER:bùi thanh sơn" in found
        (fig,) = views.figures(views.figure_query(unit="USD"))
        assert fig.article_id == "c"
        found = views.figures(views.figure_query(text="kim ngạch"))  # the words follow too
        assert [f.article_id for f in found] == ["c", "c"]
        assert views.count_figures(views.figure_query(text="kim ng")) == 2  # as typed


def test_analysis_on_demand_fills_the_rows(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    write(corpus, "a.txt", PUTIN)
    with CorpusIndex.open(corpus, index_dir=tmp_path / "index") as index:
        index.refresh(processes=1)
        assert index.unanalysed() == 1
        views = CorpusViews(index)
        assert keys(views) == set()
        index.analysis("a")
        assert index.unanalysed() == 0
        assert "PER:vladimir putin" in keys(views)


def test_articles_of_each_key_follow_the_files(tmp_path: Path) -> None:
    """Co-occurrence in an article reads one row per (key, article), kept in step."""
    corpus = tmp_path / "corpus"
    write(corpus, "a.txt", PUTIN, "Ông Putin nói về Moscow.")
    write(corpus, "b.txt", PUTIN)
    with CorpusIndex.open(corpus, index_dir=tmp_path / "index") as index:
        index.refresh(analyse=True, processes=1)
        facts = index.facts
        found = {k: n for k, _, n in facts.cooccurring([PUTIN_KEY], same_sentence=False)}
        conn = index._db.connect()
        rows = conn.execute("SELECT count(*) FROM entity_docs WHERE key = 'PER:vladimir putin'")
        assert rows.fetchone()[0] == 2  # one per article, however many mentions
        assert found and set(found.values()) == {2}
        write(corpus, "b.txt", "Ông Bùi Thanh Sơn đến Hà Nội.")
        index.refresh(analyse=True, processes=1)
        found = {k: n for k, _, n in facts.cooccurring([PUTIN_KEY], same_sentence=False)}
        assert found and set(found.values()) == {1}
        assert "PER:bùi thanh sơn" not in found


def test_kept_groups_follow_an_article_analysed_later(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    write(corpus, "a.txt", PUTIN)
    write(corpus, "b.txt", "Ông Bùi Thanh Sơn đến Hà Nội.")
    with CorpusIndex.open(corpus, index_dir=tmp_path / "index") as index:
        index.refresh(processes=1)
        index.analysis("a")
        views = CorpusViews(index)
        found = {g.key for g in views.entities()}  # built once and kept
        assert "PER:vladimir putin" in found and "PER:bùi thanh sơn" not in found
        assert not views.stale()
        index.analysis("b")  # as the reader does: the counts change, the groups are stale
        assert views.stale()
        views.reload()
        found = {g.key for g in views.entities()}
        assert "PER:bùi thanh sơn" in found and "PER:vladimir putin" in found
        assert not views.stale()
