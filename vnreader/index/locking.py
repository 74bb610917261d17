"""One refresh of an index at a time, across processes (the app and ``vnreader index``).

Two refreshes planned at once would both add the same new files; the second waits for the
first on an advisory lock beside the index file (``flock``, released by the OS when a
process dies), then plans again and finds the work done. Waiting can be cancelled.
"""

from __future__ import annotations

import fcntl
import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

POLL_SECONDS = 0.1


@contextmanager
def refresh_lock(index_path: Path, cancel: threading.Event | None) -> Iterator[bool]:
    """Hold the refresh lock of *index_path*; yields False if *cancel* was set while waiting."""
    fd = os.open(f"{index_path}.lock", os.O_RDWR | os.O_CREAT, 0o600)
    try:
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if (cancel or threading.Event()).wait(POLL_SECONDS):
                    yield False
                    return
        yield True
    finally:
        os.close(fd)  # releases the lock
