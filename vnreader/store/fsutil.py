"""Durable file operations: atomic replace, directory fsync, leftover temp files.

A file is replaced atomically by writing a temporary file in the same folder, fsyncing it,
``os.replace``-ing it over the target and fsyncing the folder, so that after a crash the
target holds either the old or the new content, never a mix.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from pathlib import Path

TEMP_MARK = ".tmp-"


def fsync_dir(folder: Path) -> None:
    """Make the folder's entries (a rename, a new file) durable."""
    fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def temp_name(path: Path) -> Path:
    """A fresh temporary file name beside *path* (hidden, recognisable for clean-up)."""
    return path.with_name(f".{path.name}{TEMP_MARK}{os.getpid()}-{os.urandom(4).hex()}")


def write_all(fd: int, data: bytes) -> None:
    """``os.write`` until every byte is written."""
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        view = view[written:]


def atomic_write(
    path: Path, data: bytes, replaced: Callable[[tuple[int, int]], None] | None = None
) -> tuple[int, int]:
    """Replace *path* by *data* durably and atomically (temp file, fsync, replace, fsync dir).

    Returns the (device, inode) of the new file; *replaced*, if given, is called with it as
    soon as the file is in place (before the folder's fsync, which may still fail)."""
    tmp = temp_name(path)
    try:
        mode = os.stat(path).st_mode & 0o777
    except FileNotFoundError:
        mode = 0o644
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode)
    try:
        try:
            write_all(fd, data)
            os.fsync(fd)
            st = os.fstat(fd)
        finally:
            os.close(fd)
        os.replace(tmp, path)
        if replaced is not None:
            replaced((st.st_dev, st.st_ino))
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    fsync_dir(path.parent)
    return st.st_dev, st.st_ino


def remove_temp_files(path: Path) -> list[Path]:
    """Delete temporary files an interrupted :func:`atomic_write` of *path* left behind."""
    removed: list[Path] = []
    prefix = f".{path.name}{TEMP_MARK}"
    try:
        entries = list(path.parent.iterdir())
    except OSError:
        return removed
    for entry in entries:
        if entry.name.startswith(prefix):
            with contextlib.suppress(OSError):
                entry.unlink()
                removed.append(entry)
    return removed
