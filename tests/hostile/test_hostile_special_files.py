"""Items 7 and 8: special files never hang the program, deep nesting and huge numbers never
crash it; every problem is one clear line."""

from __future__ import annotations

import json
import os
import threading
from collections.abc import Callable
from pathlib import Path

import pytest

from vnreader.config import ConfigError, load_config
from vnreader.corpus import CorpusError, read_article
from vnreader.safefiles import UnsafeFile, describe_error, read_regular
from vnreader.store import AnnotationStore, StoreError
from vnreader.store.journal import encode_line, journal_path
from vnreader.tui.settings import load_settings

DEEP = 100_000


def finishes(action: Callable[[], object], seconds: float = 20) -> object:
    """Run *action* in a thread; fail (instead of hanging the suite) if it blocks."""
    result: list[object] = []

    def run() -> None:
        try:
            result.append(action())
        except BaseException as exc:
            result.append(exc)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(seconds)
    assert not thread.is_alive(), "blocked on a special file"
    return result[0]


@pytest.fixture
def fifo(tmp_path: Path) -> Path:
    path = tmp_path / "fifo"
    os.mkfifo(path)
    return path


def test_fifo_and_devices_are_refused_without_blocking(fifo: Path) -> None:
    for path in (fifo, Path("/dev/zero")):
        assert isinstance(finishes(lambda p=path: read_regular(p, 1000)), UnsafeFile)


def test_fifo_or_dev_zero_as_db(fifo: Path) -> None:
    for path in (fifo, Path("/dev/zero")):
        for read_only in (True, False):
            error = finishes(lambda p=path, r=read_only: AnnotationStore(p, read_only=r))
            assert isinstance(error, StoreError), error
            assert "not a regular file" in str(error)
    assert fifo.is_fifo()


def test_fifo_as_journal(tmp_path: Path) -> None:
    db = tmp_path / "db.json"
    with AnnotationStore(db) as store:
        store.add_tag("a", "x")
    os.mkfifo(journal_path(db))
    error = finishes(lambda: AnnotationStore(db))
    assert isinstance(error, StoreError) and "not a regular file" in str(error)


def test_fifo_or_dev_zero_as_config_and_settings(fifo: Path) -> None:
    for path in (fifo, Path("/dev/zero")):
        error = finishes(lambda p=path: load_config(p))
        assert isinstance(error, ConfigError) and "not a regular file" in str(error)
        assert finishes(lambda p=path: load_settings(p)) == {}  # never fatal


def test_symlink_to_a_blocking_proc_file_is_skipped(tmp_path: Path) -> None:
    link = tmp_path / "kmsg.txt"
    link.symlink_to("/proc/kmsg")
    error = finishes(lambda: read_article(link))
    assert isinstance(error, CorpusError)


def test_deeply_nested_db(tmp_path: Path) -> None:
    db = tmp_path / "db.json"
    db.write_text('{"annotations": ' + "[" * DEEP + "]" * DEEP + "}", encoding="utf-8")
    for read_only in (True, False):
        with pytest.raises(StoreError, match="nested too deep"):
            AnnotationStore(db, read_only=read_only)


def test_deeply_nested_journal_line(tmp_path: Path) -> None:
    db = tmp_path / "db.json"
    with AnnotationStore(db) as store:
        store.add_tag("a", "x")
    store = AnnotationStore(db)
    store.add_tag("b", "y")
    deep = b"[" * DEEP + b"]" * DEEP
    import zlib

    line = b"%08x " % zlib.crc32(deep) + deep + b"\n"
    with open(journal_path(db), "ab") as f:
        f.write(line)
    store._storage._journal.close()  # type: ignore[union-attr]
    store._storage._journal = None  # type: ignore[union-attr]
    store._release()
    with AnnotationStore(db) as reopened:
        assert sorted(a.tag for a in reopened) == ["x", "y"]
        assert any("damaged" in n for n in reopened.notices)


def test_huge_record_id(tmp_path: Path) -> None:
    db = tmp_path / "db.json"
    db.write_text(json.dumps({"annotations": {"9" * 5000: {}}}), encoding="utf-8")
    with pytest.raises(StoreError, match="bad record") as exc:
        AnnotationStore(db)
    assert len(str(exc.value)) < 300
    db.write_text('{"_meta": {"1": {"format": ' + "9" * 5000 + "}}}", encoding="utf-8")
    with pytest.raises(StoreError) as exc:
        AnnotationStore(db)
    assert "too many digits" in str(exc.value) and "sys." not in str(exc.value)


def test_python_wording_never_reaches_the_user(tmp_path: Path) -> None:
    db = tmp_path / "db.json"
    db.write_bytes(b"\xef\xbb\xbf{}")
    with pytest.raises(StoreError) as exc:
        AnnotationStore(db, read_only=True)
    assert "utf-8-sig" not in str(exc.value)
    assert describe_error(ValueError("Exceeds the limit; use sys.set_int_max_str_digits()")) == (
        "a number with too many digits"
    )
    assert encode_line([])  # (the journal's own lines stay plain JSON)


def test_deeply_nested_config_and_settings(tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    config.write_text("a = " + "[" * DEEP + "]" * DEEP + "\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="nested too deep"):
        load_config(config)
    settings = tmp_path / "settings.json"
    settings.write_text("[" * DEEP + "]" * DEEP, encoding="utf-8")
    assert load_settings(settings) == {}
