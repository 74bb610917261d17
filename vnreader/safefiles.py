"""Opening files vnreader did not make: regular files only, never blocking, with a size limit.

Every file read from the user's disk (articles, the DB and its journal, config.toml,
settings.json, import files) is opened with ``O_NONBLOCK`` (opening a FIFO with no writer
would wait for ever; a tty could block), then checked with ``fstat`` on the open descriptor
(no race between the check and the read): a FIFO, device (``/dev/zero``), socket or folder
is refused, and so is a file larger than the caller's limit. :class:`UnsafeFile` carries a
short reason ("not a regular file", "too large (25 MB)") for the caller's one-line message.
"""

from __future__ import annotations

import errno
import json
import os
import stat
from pathlib import Path


class UnsafeFile(OSError):
    """The path is not a regular file of acceptable size; ``str()`` is the reason."""


def open_regular(path: str | os.PathLike[str], flags: int = os.O_RDONLY, mode: int = 0o666) -> int:
    """A descriptor on *path*, opened without blocking, refusing anything but a regular file.

    The descriptor stays non-blocking: reading a regular file never waits anyway, and a
    special file that claims to be regular (``/proc/kmsg``) fails with ``EAGAIN`` instead of
    blocking. Raises :class:`UnsafeFile` or the ``OSError`` of the open (``FileNotFoundError``,
    ...).
    """
    fd = os.open(path, flags | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0), mode)
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise UnsafeFile(errno.EISDIR, "is a folder, not a file")
        if not stat.S_ISREG(info.st_mode):
            raise UnsafeFile(errno.EINVAL, "not a regular file (a device, pipe or socket)")
    except BaseException:
        os.close(fd)
        raise
    return fd


def read_regular(path: str | os.PathLike[str], limit: int) -> bytes:
    """The bytes of the regular file *path*, at most *limit* of them (else :class:`UnsafeFile`)."""
    fd = open_regular(path)
    try:
        size = os.fstat(fd).st_size
        if size > limit:
            raise UnsafeFile(errno.EFBIG, f"too large ({describe_size(size)})")
        chunks: list[bytes] = []
        total = 0
        while True:
            chunk = os.read(fd, 1 << 20)
            if not chunk:
                break
            total += len(chunk)
            if total > limit:  # it grew while being read
                raise UnsafeFile(errno.EFBIG, f"too large (over {describe_size(limit)})")
            chunks.append(chunk)
        return b"".join(chunks)
    finally:
        os.close(fd)


def read_regular_text(path: Path, limit: int) -> str:
    """:func:`read_regular` decoded as UTF-8 (``UnicodeDecodeError`` if it is not)."""
    return read_regular(path, limit).decode("utf-8")


def describe_size(size: int) -> str:
    if size >= 1 << 20:
        return f"{size / (1 << 20):.0f} MB"
    if size >= 1 << 10:
        return f"{size / (1 << 10):.0f} KB"
    return f"{size} bytes"


def describe_error(exc: BaseException) -> str:
    """A short reason for a file that could not be parsed, in the user's words.

    Python's own wording ("use sys.set_int_max_str_digits()", "decode using utf-8-sig",
    "maximum recursion depth exceeded") is replaced by what is wrong with the file.
    """
    if isinstance(exc, RecursionError):
        return "nested too deep"
    if isinstance(exc, UnicodeDecodeError):
        return f"not UTF-8 at byte {exc.start}"
    if isinstance(exc, json.JSONDecodeError):
        if "utf-8-sig" in exc.msg:
            return "starts with a byte-order mark (BOM)"
        return f"{exc.msg} at line {exc.lineno} column {exc.colno}"
    text = str(exc)
    if "int_max_str_digits" in text or "integer string conversion" in text:
        return "a number with too many digits"
    first = text.splitlines()[0] if text else type(exc).__name__
    return first[:120]
