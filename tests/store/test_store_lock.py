"""One read-write vnreader per DB: a second process gets StoreLocked and may read."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from vnreader.store import AnnotationStore, StoreLocked

HOLDER = """
import sys, time
from vnreader.store import AnnotationStore
store = AnnotationStore(sys.argv[1])
store.add_tag("a1", "giữ")
print("HELD", flush=True)
sys.stdin.readline()
store.close()
print("CLOSED", flush=True)
"""


def _holder(db: Path) -> subprocess.Popen[str]:
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(db)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None and proc.stdout.readline().strip() == "HELD"
    return proc


def test_second_process_gets_a_clear_message_and_can_read(db: Path) -> None:
    proc = _holder(db)
    try:
        with pytest.raises(StoreLocked) as info:
            AnnotationStore(db)
        message = str(info.value)
        assert str(db) in message and f"pid {proc.pid}" in message
        assert "--read-only" in message and "\n" not in message
        with AnnotationStore(db, read_only=True) as reader:
            assert reader.tags("a1") == ["giữ"]
    finally:
        assert proc.stdin is not None and proc.stdout is not None
        proc.stdin.write("\n")
        proc.stdin.flush()
        assert proc.stdout.readline().strip() == "CLOSED"
        proc.wait(timeout=10)
    with AnnotationStore(db) as store:  # released on close
        assert store.tags("a1") == ["giữ"]


def test_lock_is_released_when_the_holder_dies(db: Path) -> None:
    proc = _holder(db)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=10)
    with AnnotationStore(db) as store:
        assert store.tags("a1") == ["giữ"]


def test_two_stores_in_one_process_are_also_refused(db: Path) -> None:
    with AnnotationStore(db), pytest.raises(StoreLocked):
        AnnotationStore(db)
    AnnotationStore(db).close()  # and after close it opens


def test_failed_open_releases_the_lock(db: Path) -> None:
    db.write_text("not json", encoding="utf-8")
    for _ in range(2):
        with pytest.raises(Exception, match="not a valid vnreader DB"):
            AnnotationStore(db)
