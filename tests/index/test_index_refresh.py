"""The corpus index: what it stores, and what a refresh re-reads, keeps and drops."""

from __future__ import annotations

import os
import shutil
import threading
from collections.abc import Callable
from pathlib import Path

import pytest

from vnreader.analysis import analyze
from vnreader.corpus import CorpusError, load_corpus, read_article
from vnreader.index import CorpusIndex, IndexProgress, index_file_name, workers
from vnreader.index import refresh as refresh_module

from .conftest import SEEDS, article, write_corpus

Opener = Callable[[Path], CorpusIndex]


def test_the_index_gives_what_reading_the_files_gives(open_index: Opener) -> None:
    index = open_index(SEEDS)
    report = index.refresh()
    assert (report.added, report.changed, report.removed, report.unchanged) == (5, 0, 0, 0)
    load = load_corpus(SEEDS)
    assert [row.id for row in index.rows()] == [a.id for a in load.articles]
    for want in load.articles:
        got = index.article(want.id)
        assert got == want  # text, metadata, removed lines and the raw file
        assert index.analysis(want.id) == analyze(want.text)
        assert index.analysis(want.id) == analyze(want.text)  # stored the first time
        assert want.id in index
    row = index.rows()[3]
    assert (row.title, row.source, row.author) == (
        load.articles[3].title,
        "vtcnews.vn",
        "Kông Anh",
    )
    assert row.length == len(load.articles[3].text)
    assert len(index) == 5 and "nope" not in index and 3 not in index
    with pytest.raises(KeyError):
        index.article("nope")


def test_a_second_open_rereads_only_what_changed(tmp_path: Path, open_index: Opener) -> None:
    corpus = write_corpus(
        tmp_path / "c",
        {
            f"a{i}.txt": article(f"Bài số {i} về kinh tế", f"Đoạn {i} nói về Hà Nội.")
            for i in range(6)
        },
    )
    first = open_index(corpus)
    first.refresh()
    first.close()
    again = open_index(corpus).refresh()
    assert (again.added, again.changed, again.removed, again.unchanged) == (0, 0, 0, 6)

    (corpus / "a1.txt").write_text(article("Bài mới về Đà Nẵng", "Nội dung mới."), "utf-8")
    (corpus / "a2.txt").unlink()
    (corpus / "sub").mkdir()
    (corpus / "sub" / "b.txt").write_text(article("Bài thêm", "Một bài thêm."), "utf-8")
    stamp = (corpus / "a3.txt").stat()  # touched, same bytes: not cleaned again
    os.utime(corpus / "a3.txt", ns=(stamp.st_atime_ns, stamp.st_mtime_ns + 10**9))
    index = open_index(corpus)
    report = index.refresh()
    assert (report.added, report.changed, report.removed, report.unchanged) == (1, 1, 1, 4)
    assert [r.id for r in index.rows()] == ["a0", "a1", "a3", "a4", "a5", "b"]
    assert index.article("a1").title == "Bài mới về Đà Nẵng"
    assert index.search('"da nang"') == ["a1"]
    assert index.search("them") == ["b"]
    assert "a2" not in index and index.search("so 2") == []
    assert index.article("b") == read_article(corpus / "sub" / "b.txt", "b")


def test_ids_follow_the_loader_rules(tmp_path: Path, open_index: Opener) -> None:
    corpus = write_corpus(tmp_path / "c", {"a/x.txt": article("Bài một"), "y.txt": article("Hai")})
    index = open_index(corpus)
    index.refresh()
    assert [r.id for r in index.rows()] == ["x", "y"]
    write_corpus(corpus, {"b/x.txt": article("Bài ba")})
    index.refresh()
    assert [r.id for r in index.rows()] == ["a/x", "b/x", "y"]
    assert index.article("a/x").title == "Bài một"
    assert [a.id for a in load_corpus(corpus).articles] == ["a/x", "b/x", "y"]


def test_unreadable_files_are_reported_on_every_refresh(tmp_path: Path, open_index: Opener) -> None:
    corpus = write_corpus(tmp_path / "c", {"good.txt": article("Tin tốt")})
    (corpus / "bad.txt").write_bytes(bytes(range(256)) * 4)
    (corpus / "empty.txt").write_bytes(b"")
    index = open_index(corpus)
    first = index.refresh()
    assert [p.split(": ", 1)[1] for p in first.problems] == [
        "not a text file (binary data)",
        "empty file (no text)",
    ]
    assert first.problems == load_corpus(corpus).problems
    assert index.refresh().problems == first.problems
    assert [r.id for r in index.rows()] == ["good"]


def test_no_readable_article_is_an_error_like_load_corpus(
    tmp_path: Path, open_index: Opener
) -> None:
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "bad.txt").write_bytes(b"")
    (corpus / "bad2.txt").write_bytes(b"\n")
    with pytest.raises(CorpusError, match="no readable articles"):
        open_index(corpus).refresh()
    with pytest.raises(CorpusError, match="no such file"):
        open_index(tmp_path / "nope").refresh()


def test_one_file_opens_as_a_corpus(open_index: Opener) -> None:
    path = SEEDS / "003_2ad935953976a1d2.txt"
    index = open_index(path)
    index.refresh()
    assert [r.path for r in index.rows()] == [str(path)]
    assert index.article("003_2ad935953976a1d2") == read_article(path)


def test_changed_cleaning_or_analysis_rebuilds_the_index(
    tmp_path: Path, open_index: Opener, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus = write_corpus(tmp_path / "c", {"a.txt": article("Một"), "b.txt": article("Hai")})
    index = open_index(corpus)
    index.refresh()
    index.close()
    assert open_index(corpus).messages == []
    monkeypatch.setattr("vnreader.index.opening.code_version", lambda: "1-changed")
    index = open_index(corpus)
    assert index.messages == ["index rebuilt: vnreader's cleaning or analysis changed"]
    assert len(index) == 0
    assert index.refresh().added == 2


def test_the_version_is_a_hash_of_the_code(monkeypatch: pytest.MonkeyPatch) -> None:
    from vnreader.index import version

    version.code_version.cache_clear()
    before = version.code_version()
    monkeypatch.setattr(version, "SCHEMA_VERSION", version.SCHEMA_VERSION + 1)
    version.code_version.cache_clear()
    assert version.code_version() != before
    files = {p.relative_to(version._PACKAGE).as_posix() for p in version._source_files()}
    assert {"corpus/cleaning.py", "analysis/figures.py", "analysis/data/persons.txt"} <= files
    monkeypatch.undo()
    version.code_version.cache_clear()


def test_compiled_modules_beside_the_sources_leave_the_version_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A wheel holds the analysis compiled by mypyc beside its sources (``hatch_build.py``):
    a compiled and a plain install of the same code share one index."""
    from vnreader.index import version

    plain = tmp_path / "plain"
    compiled = tmp_path / "compiled"
    for package in (plain, compiled):
        (package / "analysis").mkdir(parents=True)
        (package / "analysis" / "figures.py").write_text("X = 1\n", encoding="utf-8")
    for name in ("figures.cpython-311-x86_64-linux-gnu.so", "figures.cp311-win_amd64.pyd"):
        (compiled / "analysis" / name).write_bytes(b"\x7fELF compiled")
    versions = []
    for package in (plain, compiled):
        monkeypatch.setattr(version, "_PACKAGE", package)
        version.code_version.cache_clear()
        versions.append(version.code_version())
    monkeypatch.undo()
    version.code_version.cache_clear()
    assert versions[0] == versions[1]


def test_a_damaged_index_is_rebuilt_with_a_message(
    tmp_path: Path, open_index: Opener, index_dir: Path
) -> None:
    corpus = write_corpus(tmp_path / "c", {"a.txt": article("Một")})
    index = open_index(corpus)
    index.refresh()
    index.close()
    db = index_dir / index_file_name(corpus)
    for suffix in ("-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    db.write_bytes(b"this is not an index at all" * 100)
    index = open_index(corpus)
    assert len(index.messages) == 1
    assert index.messages[0].startswith("index rebuilt: it was damaged")
    assert index.refresh().added == 1
    assert index.search("mot") == ["a"]


def test_an_unwritable_index_folder_is_not_fatal(tmp_path: Path, index_dir: Path) -> None:
    corpus = write_corpus(tmp_path / "c", {"a.txt": article("Một")})
    index_dir.write_text("a file where the folder should be")
    with CorpusIndex.open(corpus, index_dir=index_dir) as index:
        assert "cannot be written" in index.messages[0]
        index.refresh()
        assert index.ids() == ["a"]
    shutil.rmtree(index.index_path.parent, ignore_errors=True)


def _many(folder: Path, count: int) -> Path:
    return write_corpus(
        folder, {f"f{i:03}.txt": article(f"Bài {i}", f"Số {i} ở Huế.") for i in range(count)}
    )


def test_a_cancelled_refresh_keeps_what_it_did_and_the_next_finishes(
    tmp_path: Path, open_index: Opener, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(refresh_module, "CHUNK_FILES", 2)
    monkeypatch.setattr(refresh_module, "COMMIT_FILES", 2)
    corpus = _many(tmp_path / "c", 20)
    cancel = threading.Event()
    seen: list[IndexProgress] = []

    def progress(p: IndexProgress) -> None:
        seen.append(p)
        if p.done >= 6:
            cancel.set()

    index = open_index(corpus)
    report = index.refresh(progress=progress, cancel=cancel, processes=1)
    assert report.cancelled and 6 <= report.added < 20
    kept = index.ids()
    assert len(kept) == report.added == sum(len(p.new_rows) for p in seen)
    assert index.search("hue") == kept
    index.close()
    index = open_index(corpus)
    rest = index.refresh()
    assert not rest.cancelled
    assert (rest.added, rest.unchanged) == (20 - len(kept), len(kept))
    assert index.ids() == [f"f{i:03}" for i in range(20)]
    assert len(index.search("hue")) == 20


def test_indexing_in_processes_gives_the_same_index(
    tmp_path: Path, open_index: Opener, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(workers, "POOL_MIN_ITEMS", 0)
    monkeypatch.setattr(refresh_module, "CHUNK_FILES", 3)
    corpus = _many(tmp_path / "c", 12)
    shutil.copy(SEEDS / "001_41c1d7dfd6cc73a8.txt", corpus)
    index = open_index(corpus)
    report = index.refresh(processes=2, analyse=True)
    assert report.added == 13
    load = load_corpus(corpus)
    assert [r.id for r in index.rows()] == [a.id for a in load.articles]
    seed = load.articles[0]
    assert index.article(seed.id) == seed
    assert index.analysis(seed.id) == analyze(seed.text)


def test_damage_found_during_a_refresh_rebuilds_the_index(
    tmp_path: Path, open_index: Opener, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sqlite3

    corpus = write_corpus(tmp_path / "c", {"a.txt": article("Một"), "b.txt": article("Hai")})
    index = open_index(corpus)
    real = refresh_module.refresh
    calls: list[int] = []

    def damaged_once(*args: object, **kwargs: object) -> object:
        if not calls:
            calls.append(1)
            raise sqlite3.DatabaseError("database disk image is malformed")
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(refresh_module, "refresh", damaged_once)
    report = index.refresh()
    assert report.added == 2
    assert index.messages == ["index rebuilt: it was damaged (database disk image is malformed)"]
    assert index.search("hai") == ["b"]


def test_a_second_refresh_waits_for_the_first_and_can_be_cancelled(
    tmp_path: Path, open_index: Opener
) -> None:
    import fcntl

    corpus = write_corpus(tmp_path / "c", {"a.txt": article("Một"), "b.txt": article("Hai")})
    index = open_index(corpus)
    other = os.open(f"{index.index_path}.lock", os.O_RDWR | os.O_CREAT)
    fcntl.flock(other, fcntl.LOCK_EX)  # as another process refreshing the same index
    cancel = threading.Event()
    threading.Timer(0.3, cancel.set).start()
    waited = index.refresh(cancel=cancel)
    assert waited.cancelled and waited.added == 0 and len(index) == 0
    os.close(other)
    assert index.refresh().added == 2


def test_an_unchanged_open_stats_each_file_once_and_lstats_none(
    tmp_path: Path, open_index: Opener, monkeypatch: pytest.MonkeyPatch
) -> None:
    """At 200,000 files every call per file counts: one stat (size and time), no lstat (a
    link is known from the folder listing) and the same list order as before."""
    files = {f"{d}/{n}.txt": article(f"Bài {d} {n}", "Nội dung.") for d in "ab" for n in "xy"}
    corpus = write_corpus(tmp_path / "c", files)
    open_index(corpus).refresh()
    calls = {"stat": 0, "lstat": 0}
    real_stat, real_lstat = os.stat, os.lstat

    def stat(path: object, *args: object, **kwargs: object) -> os.stat_result:
        calls["stat"] += str(path).endswith(".txt")
        return real_stat(path, *args, **kwargs)  # type: ignore[arg-type]

    def lstat(path: object, *args: object, **kwargs: object) -> os.stat_result:
        calls["lstat"] += str(path).endswith(".txt")  # the corpus folder's parts: its path
        return real_lstat(path, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "stat", stat)
    monkeypatch.setattr(os, "lstat", lstat)
    index = open_index(corpus)
    report = index.refresh()
    monkeypatch.undo()
    assert (report.unchanged, report.added, report.changed) == (4, 0, 0)
    assert calls["lstat"] == 0
    assert calls["stat"] == 4
    assert [r.path for r in index.rows()] == [str(corpus / f) for f in sorted(files)]


def test_rows_are_kept_until_a_refresh_changes_the_files(
    tmp_path: Path, open_index: Opener
) -> None:
    """Reading 200,000 rows takes about a second: read again only after files changed,
    also when another process (here another index object) refreshed the index."""
    files = {f"a{i}.txt": article(f"Bài {i}", "Nội dung.") for i in range(3)}
    corpus = write_corpus(tmp_path / "c", files)
    index = open_index(corpus)
    index.refresh()
    first = index.rows()
    statements: list[str] = []
    conn = index._db.connect()
    conn.set_trace_callback(statements.append)
    again = index.rows()
    index.refresh()  # nothing changed
    after = index.rows()
    conn.set_trace_callback(None)
    assert again == after == first and again is not first
    assert [s for s in statements if "FROM files WHERE problem IS NULL ORDER BY ord" in s] == []
    write_corpus(corpus, {"a0.txt": article("Bài mới", "Nội dung khác."), "b.txt": article("B")})
    open_index(corpus).refresh()
    assert [(r.id, r.title) for r in index.rows()] == [
        ("a0", "Bài mới"),
        ("a1", "Bài 1"),
        ("a2", "Bài 2"),
        ("b", "B"),
    ]
