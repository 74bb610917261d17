"""The counts the views read: built by the refresh that wrote the rows (the first view does
no rebuild), kept up to date article by article, equal to a rebuild from the rows, and
co-occurrence in an article exact."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path
from unittest import mock

from vnreader.index import CorpusIndex, fact_counts
from vnreader.index.database import transaction

ARTICLES = {
    "a.txt": "Tổng thống Vladimir Putin gặp Thủ tướng Nguyễn Xuân Phúc tại Moscow năm 2020.",
    "b.txt": "Năm 2021, kim ngạch thương mại Việt Nam - Nga đạt 4,7 tỷ USD. Ông Putin phát biểu.",
    "c.txt": "Bộ trưởng Bùi Thanh Sơn đến Hà Nội. Việt Nam và Nga ký kết.",
    "d.txt": "Ông Bùi Thanh Sơn gặp ông Putin tại Hà Nội ngày 5/3/2021.",
}
TABLES = ("entity_forms", "entity_keys", "entity_docs", "doc_keys")


def write(folder: Path, name: str, text: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text("Tiêu đề bài\n\n" + text + "\n", "utf-8")


def snapshot(index: CorpusIndex) -> dict[str, list[tuple[object, ...]]]:
    conn = index._db.connect()
    out = {t: sorted(conn.execute(f"SELECT * FROM {t}").fetchall()) for t in TABLES[:3]}
    out["doc_keys"] = sorted(
        (doc, tuple(sorted(keys.split("\n"))))
        for doc, keys in conn.execute("SELECT doc, keys FROM doc_keys")
    )
    out["entity_groups"] = sorted(conn.execute("SELECT * FROM entity_groups").fetchall())
    out["words"] = sorted(
        conn.execute("SELECT rowid FROM figures_fts WHERE figures_fts MATCH 'nam'").fetchall()
    )
    return out


def rebuilt(index: CorpusIndex) -> dict[str, list[tuple[object, ...]]]:
    conn = index._db.connect()
    with transaction(conn):
        fact_counts.mark_stale(conn)
    fact_counts.prepare(conn)
    return snapshot(index)


def test_the_refresh_builds_the_counts_so_the_first_view_rebuilds_nothing(
    tmp_path: Path,
) -> None:
    for name, text in ARTICLES.items():
        write(tmp_path / "corpus", name, text)
    with (
        mock.patch.object(fact_counts, "BULK", 2),  # a bulk write: counted at the end
        CorpusIndex.open(tmp_path / "corpus", index_dir=tmp_path / "index") as index,
    ):
        index.refresh(analyse=True, processes=1)
        conn = index._db.connect()
        assert fact_counts.is_live(conn) and fact_counts.has_words(conn)
        assert not fact_counts.prepare(conn)  # what a view asks first: nothing to do
        assert snapshot(index) == rebuilt(index)


def test_counts_follow_each_article_and_equal_a_rebuild(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    for name, text in ARTICLES.items():
        write(corpus, name, text)
    with CorpusIndex.open(corpus, index_dir=tmp_path / "index") as index:
        index.refresh(analyse=True, processes=1)
        before = snapshot(index)
        assert before == rebuilt(index)
        # one article changed, one removed, one added: updated article by article
        write(corpus, "a.txt", "Ông Putin và ông Bùi Thanh Sơn ở Hà Nội năm 2022.")
        (corpus / "b.txt").unlink()
        write(corpus, "e.txt", "Nga và Việt Nam, năm 2023, đạt 6 tỷ USD.")
        index.refresh(analyse=True, processes=1)
        conn = index._db.connect()
        assert fact_counts.is_live(conn)
        after = snapshot(index)
        assert after != before
        assert after == rebuilt(index)
        # analysed on demand: counted at once
        write(corpus, "f.txt", "Ông Putin đến Việt Nam.")
        index.refresh(processes=1)
        index.analysis("f")
        assert snapshot(index) == rebuilt(index)


def test_cooccurrence_in_an_article_is_exact(tmp_path: Path) -> None:
    for name, text in ARTICLES.items():
        write(tmp_path / "corpus", name, text)
    with CorpusIndex.open(tmp_path / "corpus", index_dir=tmp_path / "index") as index:
        index.refresh(analyse=True, processes=1)
        conn = index._db.connect()
        docs: dict[str, set[int]] = {}
        labels: dict[str, str] = {}
        for key, doc, label in conn.execute("SELECT key, doc, label FROM mentions"):
            docs.setdefault(key, set()).add(doc)
            labels[key] = label
        for wanted in (["PER:putin"], ["LOC:nga", "LOC:ha noi"]):
            mine = set().union(*(docs[k] for k in wanted))
            expected = sorted(
                ((k, labels[k], len(d & mine)) for k, d in docs.items() if k not in wanted),
                key=lambda row: (-row[2], row[0]),
            )
            expected = [row for row in expected if row[2]]
            found = index.facts.cooccurring(wanted, same_sentence=False, limit=100)
            assert found == expected
            assert index.facts.cooccurring(wanted, same_sentence=False, limit=2) == expected[:2]


def test_figure_queries_make_the_index_ready_once_per_state(tmp_path: Path) -> None:
    """The figures' words and indexes are checked once while the index stays the same (one
    read of its state per query), and made again when it changed under them (here: left
    stale, its words gone, as by a bulk write cancelled before its end)."""
    from vnreader.index import fact_queries
    from vnreader.index.fact_queries import FigureQuery

    for name, text in ARTICLES.items():
        write(tmp_path / "corpus", name, text)
    with CorpusIndex.open(tmp_path / "corpus", index_dir=tmp_path / "index") as index:
        index.refresh(analyse=True, processes=1)
        facts = index.facts
        assert index.facts is facts  # one, kept: it remembers the state it made ready
        query = FigureQuery(text="kim ngach")
        with mock.patch.object(fact_queries, "prepare", wraps=fact_counts.prepare) as prepare:
            first = facts.figures(query)
            assert first and facts.count_figures(query) == len(first)
            assert facts.figures(FigureQuery(text="nam", sort="when"))
            assert prepare.call_count == 1
            conn = index._db.connect()
            with transaction(conn):
                fact_counts.mark_stale(conn)
                conn.execute("INSERT INTO figures_fts (figures_fts) VALUES ('delete-all')")
            assert facts.figures(query) == first  # made ready again: the words are back
            assert prepare.call_count == 2


@contextlib.contextmanager
def indexed_unanalysed(folder: Path, batch: int) -> Iterator[CorpusIndex]:
    """ARTICLES indexed, not analysed, large enough for a bulk write (2 articles), and
    analysed (when asked) one article per chunk, *batch* articles per stored batch."""
    from vnreader.index import analysing

    for name, text in ARTICLES.items():
        write(folder / "corpus", name, text)
    with (
        mock.patch.object(fact_counts, "BULK", 2),
        mock.patch.object(analysing, "CHUNK", 1),
        mock.patch.object(analysing, "BATCH", batch),
        CorpusIndex.open(folder / "corpus", index_dir=folder / "index") as index,
    ):
        index.refresh(processes=1)
        yield index


def counted(index: CorpusIndex) -> list[tuple[object, ...]]:
    """``entity_keys`` as a rebuild would make it from the rows stored so far."""
    conn = index._db.connect()
    return sorted(
        conn.execute(
            "SELECT key, min(label), count(*), count(DISTINCT doc) FROM mentions GROUP BY key"
        ).fetchall()
    )


def test_a_live_analysis_counts_each_batch_as_it_is_stored(tmp_path: Path) -> None:
    """What the entities view runs: the counts follow every stored batch (a view reads
    the groups analysed so far), and end equal to a rebuild; even a corpus large enough
    for a bulk write (here: 2 articles) is never left stale."""
    from vnreader.index.model import IndexProgress

    seen: list[tuple[int, bool, bool, int]] = []
    with indexed_unanalysed(tmp_path, 2) as index:
        conn = index._db.connect()

        def progress(p: IndexProgress) -> None:
            keys = sorted(conn.execute("SELECT * FROM entity_keys").fetchall())
            groups = conn.execute("SELECT count(*) FROM entity_groups").fetchone()[0]
            seen.append((p.done, fact_counts.is_live(conn), keys == counted(index), groups))

        assert index.analyse_all(progress=progress, processes=1, live=True) == len(ARTICLES)
        assert [s[0] for s in seen] == [2, 4]  # one progress per batch written
        assert all(live and same for _, live, same, _ in seen)
        assert 0 < seen[0][3] < seen[1][3]  # the groups of the first batch, then more
        assert not fact_counts.prepare(conn, figures=False)  # nothing left to rebuild
        assert snapshot(index) == rebuilt(index)


def test_a_bulk_analysis_counts_once_at_its_end(tmp_path: Path) -> None:
    """Without *live* (``vnreader analyze``, the exports) a large analysis leaves the
    counts stale while it runs and rebuilds them once at its end."""
    from vnreader.index.model import IndexProgress

    with indexed_unanalysed(tmp_path, 2) as index:
        conn = index._db.connect()
        live: list[bool] = []

        def progress(p: IndexProgress) -> None:
            live.append(fact_counts.is_live(conn))

        index.analyse_all(progress=progress, processes=1)
        assert live == [False, False] and fact_counts.is_live(conn)
        assert snapshot(index) == rebuilt(index)


def test_a_live_analysis_stopped_midway_keeps_its_counts_ready(tmp_path: Path) -> None:
    """Stopped after its first batch, a live analysis leaves counts that hold what it
    stored (the next view shows them at once, nothing rebuilt); the next one goes on."""
    import threading

    from vnreader.index.model import IndexProgress

    with indexed_unanalysed(tmp_path, 1) as index:
        cancel = threading.Event()

        def progress(p: IndexProgress) -> None:
            cancel.set()

        assert index.analyse_all(progress=progress, cancel=cancel, processes=1, live=True) == 1
        conn = index._db.connect()
        assert index.unanalysed() == len(ARTICLES) - 1
        assert not fact_counts.prepare(conn)  # the figures' words too
        assert sorted(conn.execute("SELECT * FROM entity_keys").fetchall()) == counted(index)
        assert index.analyse_all(processes=1, live=True) == len(ARTICLES) - 1
        assert snapshot(index) == rebuilt(index)


def test_a_live_analysis_keeps_the_figures_words_and_indexes_batch_by_batch(
    tmp_path: Path,
) -> None:
    """What the figures view runs: the figures' words (the text filter) and the indexes
    of its sorted pages are made when the analysis starts, on a corpus with no figure yet,
    and hold each batch's figures once it is stored; nothing is left to build at the end."""
    from vnreader.index.model import IndexProgress

    def ids(sql: str) -> list[int]:
        return [rowid for (rowid,) in conn.execute(sql)]

    seen: list[tuple[bool, bool, list[int], list[int]]] = []
    with indexed_unanalysed(tmp_path, 2) as index:
        conn = index._db.connect()
        assert not fact_counts.has_words(conn)

        def progress(p: IndexProgress) -> None:
            indexed = "figures_by_value" in {
                name for (name,) in conn.execute("SELECT name FROM sqlite_master")
            }
            words = ids("SELECT rowid FROM figures_fts WHERE figures_fts MATCH 'putin' ORDER BY 1")
            folded = ids("SELECT id FROM figures WHERE folded LIKE '%putin%' ORDER BY 1")
            seen.append((fact_counts.has_words(conn), indexed, words, folded))

        index.analyse_all(progress=progress, processes=1, live=True)
        assert [s[:2] for s in seen] == [(True, True), (True, True)]
        assert all(words == folded for _, _, words, folded in seen)
        assert 0 < len(seen[0][2]) < len(seen[1][2])  # the first batch's figures, then more
        assert not fact_counts.prepare(conn)
        assert snapshot(index) == rebuilt(index)
