"""One vnreader process per DB: an exclusive ``flock`` on ``<file>.lock`` held for the session.

The lock file holds the owner's pid so that the second process can say who holds it. The
lock is released by :meth:`DbLock.release` or, if the process dies, by the kernel; the file
itself stays (removing it would race with a process that just opened it).
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import os
from pathlib import Path

from vnreader.store.errors import StoreError, StoreLocked, StoreNotWritable

LOCK_SUFFIX = ".lock"
_NOT_WRITABLE = (errno.EROFS, errno.EACCES, errno.EPERM)


def lock_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + LOCK_SUFFIX)


class LockLost(OSError):
    """The lock file this process held was removed or replaced by someone else."""


class DbLock:
    """The exclusive lock of one DB file."""

    def __init__(self, db_path: Path) -> None:
        self.db_path = db_path
        self.path = lock_path(db_path)
        self._fd = -1

    @property
    def held(self) -> bool:
        return self._fd >= 0

    def acquire(self) -> None:
        """Take the lock or raise StoreLocked naming the holder's pid."""
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as exc:
            kind = StoreNotWritable if exc.errno in _NOT_WRITABLE else StoreError
            raise kind(f"{self.db_path}: cannot create the lock file ({exc.strerror})") from None
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            holder = _read_pid(fd)
            os.close(fd)
            who = f"pid {holder}" if holder else "another process"
            raise StoreLocked(
                f"{self.db_path} is open in another vnreader ({who}); "
                "open it read-only with --read-only"
            ) from None
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
        self._fd = fd

    def check(self) -> None:
        """Raise :class:`LockLost` if the lock file was removed or replaced since it was
        taken: another process could then take the lock too (two writers)."""
        if self._fd < 0:
            return
        try:
            held = os.fstat(self._fd)
            current = os.stat(self.path)
            same = (held.st_dev, held.st_ino) == (current.st_dev, current.st_ino)
        except OSError:
            same = False
        if not same:
            raise LockLost(
                f"the lock file {self.path.name} was removed by another program; saving "
                "stopped so that a second vnreader cannot overwrite these saves: quit and reopen"
            )

    def release(self) -> None:
        if self._fd < 0:
            return
        fd, self._fd = self._fd, -1
        with contextlib.suppress(OSError):
            os.ftruncate(fd, 0)
        with contextlib.suppress(OSError):
            fcntl.flock(fd, fcntl.LOCK_UN)
        os.close(fd)


def _read_pid(fd: int) -> int | None:
    try:
        text = os.pread(fd, 32, 0).decode("ascii", "replace").strip()
    except OSError:
        return None
    return int(text) if text.isdigit() else None
