"""DurableStorage and its journal: replay, torn lines, stale journals, TinyDB compatibility."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from tinydb import TinyDB
from tinydb.storages import JSONStorage

from vnreader.store import AnnotationStore
from vnreader.store.journal import decode_line, encode_line, journal_path
from vnreader.store.storage import DurableStorage


def _crash(storage: DurableStorage) -> None:
    """Drop a storage without close(): what a killed process leaves behind."""
    if storage._journal is not None:
        storage._journal.close()
    storage._handle.close()


def test_journal_is_replayed_after_a_crash(db: Path) -> None:
    storage = DurableStorage(db)
    storage.commit([("t", "1", {"v": "một"}), ("t", "2", {"v": "hai"})])
    storage.commit([("t", "1", None)])
    _crash(storage)
    assert json.loads(db.read_text(encoding="utf-8") or "null") is None  # main untouched
    reopened = DurableStorage(db, access_mode="r")
    assert reopened.read() == {"t": {"2": {"v": "hai"}}}
    reopened.close()


def test_torn_last_line_is_ignored(db: Path) -> None:
    storage = DurableStorage(db)
    storage.commit([("t", "1", {"v": 1})])
    _crash(storage)
    line = encode_line([["t", "2", {"v": 2}]])
    with open(journal_path(db), "ab") as f:
        f.write(line[: len(line) // 2])  # killed in the middle of an append
    reader = DurableStorage(db, access_mode="r")
    assert reader.read() == {"t": {"1": {"v": 1}}}
    assert reader.journal_pending
    reader.close()
    writer = DurableStorage(db)
    writer.commit([("t", "3", {"v": 3})])  # folds, then journals afresh
    writer.close()
    assert json.loads(db.read_text(encoding="utf-8")) == {"t": {"1": {"v": 1}, "3": {"v": 3}}}
    assert not journal_path(db).exists()


def test_corrupt_line_ends_the_replay(db: Path) -> None:
    storage = DurableStorage(db)
    storage.commit([("t", "1", {"v": 1})])
    storage.commit([("t", "2", {"v": 2})])
    _crash(storage)
    raw = journal_path(db).read_bytes().replace(b'"v":2', b'"v":7')  # checksum now wrong
    journal_path(db).write_bytes(raw)
    assert DurableStorage(db, access_mode="r").read() == {"t": {"1": {"v": 1}}}


def test_checksum_detects_changes() -> None:
    line = encode_line([["t", "1", {"v": "Sơn"}]])
    assert decode_line(line) == [["t", "1", {"v": "Sơn"}]]
    with pytest.raises(ValueError):
        decode_line(line.replace("Sơn".encode(), b"Sen"))
    with pytest.raises(ValueError):
        decode_line(line[:-1])


def test_a_journal_of_a_replaced_main_file_is_not_replayed(db: Path) -> None:
    storage = DurableStorage(db)
    storage.commit([("t", "5", {"v": "resurrected?"})])
    stale = journal_path(db).read_bytes()
    storage.write({"t": {}})  # whole-state write: doc 5 is gone
    _crash(storage)
    journal_path(db).write_bytes(stale)  # as if killed before the journal was reset
    assert DurableStorage(db, access_mode="r").read() == {"t": {}}


def test_tinydb_api_works_and_json_storage_reads_the_result(db: Path) -> None:
    with TinyDB(db, storage=DurableStorage) as tdb:
        tdb.insert({"name": "Bùi Thanh Sơn"})
        tdb.table("other").insert({"x": 1})
        tdb.update({"age": 61})
    assert "Bùi Thanh Sơn" in db.read_text(encoding="utf-8")
    with TinyDB(db, storage=JSONStorage, access_mode="r") as plain:
        assert plain.all() == [{"name": "Bùi Thanh Sơn", "age": 61}]
        assert plain.table("other").all() == [{"x": 1}]


def test_read_mode_never_writes(db: Path) -> None:
    db.write_text('{"t": {"1": {"v": 1}}}', encoding="utf-8")
    storage = DurableStorage(db, access_mode="r")
    with pytest.raises(OSError):
        storage.write({})
    with pytest.raises(OSError):
        storage.commit([("t", "2", {"v": 2})])
    storage.close()
    assert db.read_text(encoding="utf-8") == '{"t": {"1": {"v": 1}}}'
    assert sorted(p.name for p in db.parent.iterdir()) == [db.name]


def test_store_recovers_a_crashed_session(db: Path) -> None:
    store = AnnotationStore(db)
    tag = store.add_tag("a1", "sau sự cố")
    assert store._storage is not None and store._lock is not None
    _crash(store._storage)
    store._lock.release()
    with AnnotationStore(db) as again:
        assert again.get(tag.id) == tag  # type: ignore[union-attr]
        assert not journal_path(db).exists() or journal_path(db).stat().st_size < 100
    assert "sau sự cố" in db.read_text(encoding="utf-8")  # folded into the main file


def test_readers_see_a_consistent_state_while_the_writer_compacts(db: Path) -> None:
    import threading

    writer = AnnotationStore(db, compact_bytes=1)  # compaction after every save
    done = threading.Event()

    def write() -> None:
        for i in range(150):
            writer.add_tag("a1", f"t{i:03d}")
            if i % 3 == 0:
                writer.compact()
        done.set()

    thread = threading.Thread(target=write)
    thread.start()
    seen = 0
    try:
        while not done.is_set() or seen < 150:
            with AnnotationStore(db, read_only=True) as reader:
                tags = reader.tags("a1")
            # Always a prefix of the writer's sequence: never a hole, never going back.
            assert tags == [f"t{i:03d}" for i in range(len(tags))]
            assert len(tags) >= seen
            seen = len(tags)
            if done.is_set() and seen < 150:
                thread.join()
    finally:
        thread.join()
        writer.close()


def test_a_reader_waits_for_a_busy_writer_then_says_so_in_one_line(
    db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file replaced under every read is read again with growing waits, then refused."""
    from vnreader.store import opening
    from vnreader.store.errors import StoreError

    AnnotationStore(db).close()
    waits: list[float] = []
    identities = iter(range(1000))
    monkeypatch.setattr(opening.time, "sleep", waits.append)
    monkeypatch.setattr(opening, "_identity", lambda path: (0, next(identities)))
    with pytest.raises(StoreError, match="keeps changing while being read; try again"):
        AnnotationStore(db, read_only=True)
    assert len(waits) == opening.READ_RETRIES - 1
    assert waits == sorted(waits) and waits[0] < 0.01 and 1.0 < sum(waits) < 2.0


def test_a_failed_append_does_not_hide_later_saves(
    db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A write that fails half-way (disk full) must not leave a torn line before later saves."""
    import errno

    from vnreader.store.fsutil import write_all as real_write_all

    storage = DurableStorage(db)
    storage.commit([("t", "1", {"v": 1})])

    def half_then_full(fd: int, data: bytes) -> None:
        real_write_all(fd, data[: len(data) // 2])
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("vnreader.store.journal.write_all", half_then_full)
    with pytest.raises(OSError):
        storage.commit([("t", "2", {"v": 2})])
    monkeypatch.setattr("vnreader.store.journal.write_all", real_write_all)
    storage.commit([("t", "3", {"v": 3})])  # confirmed: must survive a crash
    _crash(storage)
    reopened = DurableStorage(db, access_mode="r")
    assert reopened.read() == {"t": {"1": {"v": 1}, "3": {"v": 3}}}
    reopened.close()


def test_an_uncut_failed_append_is_folded_before_the_next_save(
    db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import errno

    from vnreader.store.fsutil import write_all as real_write_all

    storage = DurableStorage(db)
    storage.commit([("t", "1", {"v": 1})])
    real_truncate = os.ftruncate

    def half_then_full(fd: int, data: bytes) -> None:
        real_write_all(fd, data[: len(data) // 2])
        raise OSError(errno.ENOSPC, "No space left on device")

    def cannot_truncate(fd: int, length: int) -> None:
        raise OSError(errno.EIO, "I/O error")

    monkeypatch.setattr("vnreader.store.journal.write_all", half_then_full)
    monkeypatch.setattr("os.ftruncate", cannot_truncate)
    with pytest.raises(OSError):
        storage.commit([("t", "2", {"v": 2})])
    monkeypatch.setattr("vnreader.store.journal.write_all", real_write_all)
    monkeypatch.setattr("os.ftruncate", real_truncate)
    storage.commit([("t", "3", {"v": 3})])
    _crash(storage)
    reopened = DurableStorage(db, access_mode="r")
    assert reopened.read() == {"t": {"1": {"v": 1}, "3": {"v": 3}}}
    reopened.close()


def test_saves_after_a_compaction_that_failed_late_survive_a_crash(
    db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The main file was replaced but the journal not restarted (fsync of the folder failed)."""
    import errno

    from vnreader.store import fsutil

    storage = DurableStorage(db)
    storage.commit([("t", "1", {"v": 1})])
    real_fsync_dir = fsutil.fsync_dir

    def failing(folder: Path) -> None:
        raise OSError(errno.EIO, "I/O error")

    monkeypatch.setattr(fsutil, "fsync_dir", failing)
    with pytest.raises(OSError):
        storage.compact()
    monkeypatch.setattr(fsutil, "fsync_dir", real_fsync_dir)
    storage.commit([("t", "2", {"v": 2})])  # confirmed: must survive a crash
    _crash(storage)
    reopened = DurableStorage(db, access_mode="r")
    assert reopened.read() == {"t": {"1": {"v": 1}, "2": {"v": 2}}}
    reopened.close()
