"""The append-only journal beside a DB file: one checksummed JSON line per committed change.

``annotations.json.journal`` holds, after a header line naming the main file it extends
(device and inode, which change with every atomic replace of the main file), one line per
transaction::

    1c2f0a9e [["annotations", "12", {...}], ["_history", "40", null]]

that is the CRC-32 of the payload in hex, a space, and the JSON list of operations
``[table, doc_id, document or null for a removal]``. Appending a line and fsyncing it is a
save: its cost does not depend on the size of the DB. On open the lines are replayed over
the main file. A torn last line (no newline: a save interrupted before it returned, so never
confirmed) is dropped. A damaged line in the middle (something outside vnreader changed the
file) is skipped and every later line whose checksum holds is still replayed; the storage
keeps such a journal aside as ``<file>.journal.corrupt-<time>`` rather than deleting it.

The header names the main file by device and inode, and also by the size and CRC-32 of its
content: a journal whose file was replaced by an identical copy (a sync tool, ``cp`` and
``mv``) still applies. A journal that names another file is either already folded into the
current one (a crash between a compaction and the journal's restart) or belongs to content
that is gone; the storage tells the two apart (see :func:`already_folded`). A journal
written by a newer vnreader (a higher ``journal`` number) is never replayed nor deleted.
"""

from __future__ import annotations

import contextlib
import json
import os
import zlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from vnreader.safefiles import read_regular
from vnreader.store.fsutil import fsync_dir, write_all

JOURNAL_SUFFIX = ".journal"
JOURNAL_VERSION = 1
MAX_JOURNAL_BYTES = 4 << 30

Doc = dict[str, Any]
Op = tuple[str, str, Doc | None]


def journal_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + JOURNAL_SUFFIX)


def base_identity(db_path: Path) -> tuple[int, int]:
    """(device, inode) of the main file: a journal extends exactly this file."""
    st = os.stat(db_path)
    return st.st_dev, st.st_ino


def corrupt_path(db_path: Path) -> Path:
    """A fresh name to keep a journal that could not be fully applied."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    return journal_path(db_path).with_name(f"{db_path.name}{JOURNAL_SUFFIX}.corrupt-{stamp}")


def encode_line(payload: Any) -> bytes:
    text = json.dumps(payload, ensure_ascii=False, separators=(",", ":"))
    data = text.encode("utf-8")
    return b"%08x " % zlib.crc32(data) + data + b"\n"


def decode_line(line: bytes) -> Any:
    """The payload of one complete line; ``ValueError`` if torn or corrupt."""
    if len(line) < 10 or not line.endswith(b"\n") or line[8:9] != b" ":
        raise ValueError("torn journal line")
    data = line[9:-1]
    if int(line[:8], 16) != zlib.crc32(data):
        raise ValueError("journal line checksum mismatch")
    return json.loads(data.decode("utf-8"))


@dataclass
class Replay:
    """What a journal holds for its main file."""

    batches: list[list[Op]] = field(default_factory=list)
    applies: bool = False  # a header naming the current main file was found
    torn: bool = False  # bytes after the last good line (an unconfirmed, interrupted save)
    exists: bool = False
    damaged: list[int] = field(default_factory=list)  # line numbers that failed their checksum
    newer: int | None = None  # the journal format, when written by a newer vnreader
    other_file: bool = False  # the header names another main file (batches not applied)

    @property
    def needs_fold(self) -> bool:
        """The journal has content that must be folded or discarded before appending."""
        return self.exists and (bool(self.batches) or self.torn or not self.applies)


def _parse_ops(payload: Any) -> list[Op]:
    if not isinstance(payload, list):
        raise ValueError("journal entry is not a list")
    ops: list[Op] = []
    for item in payload:
        if not (isinstance(item, list) and len(item) == 3):
            raise ValueError("journal operation is not [table, id, doc]")
        table, doc_id, doc = item
        if not isinstance(table, str) or not isinstance(doc_id, str):
            raise ValueError("journal operation has a bad table or id")
        if doc is not None and not isinstance(doc, dict):
            raise ValueError("journal document is not an object")
        ops.append((table, doc_id, doc))
    return ops


def read_journal(
    db_path: Path, identity: tuple[int, int] | None = None, content: bytes | None = None
) -> Replay:
    """Read the journal of *db_path* without changing anything.

    *identity* is the (device, inode) of the main file *content* was read from (default: the
    file now at *db_path*); the journal applies if its header names that file, or a file of
    the same size and CRC-32 as *content*. Otherwise :attr:`Replay.other_file` is set and
    :attr:`Replay.batches` holds what the journal recorded, for the caller to judge.
    """
    replay = Replay()
    try:
        raw = read_regular(journal_path(db_path), MAX_JOURNAL_BYTES)
    except FileNotFoundError:
        return replay
    replay.exists = True
    lines = raw.splitlines(keepends=True)
    if not lines:
        return replay
    header: Any = None
    try:
        header = decode_line(lines[0])
        if identity is None:
            identity = base_identity(db_path)
    except (ValueError, OSError, RecursionError):
        header = None
    version = header.get("journal") if isinstance(header, dict) else None
    if type(version) is int and version > JOURNAL_VERSION:
        replay.newer = version
        return replay
    if version != JOURNAL_VERSION:
        if len(lines) == 1 and not lines[0].endswith(b"\n"):
            replay.torn = True  # a header interrupted while being written: nothing after it
            return replay
        # A damaged header: the records after it are still this DB's saves (a journal is
        # only ever written beside its own file); replay those whose checksum holds.
        replay.damaged.append(1)
        replay.applies = True
    else:
        same = (header.get("dev"), header.get("ino")) == identity
        if not same and content is not None and header.get("size") == len(content):
            same = header.get("crc") == zlib.crc32(content)
        replay.applies = same
        replay.other_file = not same
    last = len(lines)
    for number, line in enumerate(lines[1:], 2):
        try:
            replay.batches.append(_parse_ops(decode_line(line)))
            continue
        except (ValueError, UnicodeDecodeError, RecursionError):
            pass
        if number == last and not line.endswith(b"\n"):
            replay.torn = True  # a save interrupted before it returned
            continue
        replay.damaged.append(number)
        with contextlib.suppress(ValueError, UnicodeDecodeError, RecursionError):
            replay.batches.append(_parse_ops(_second_copy(line)))
    return replay


def _second_copy(line: bytes) -> Any:
    """The record of a damaged *line* that is two copies of one record whose separating
    newline was damaged (every save is written twice): the second copy."""
    return decode_line(line[len(line) // 2 :])


def already_folded(state: dict[str, dict[str, Any]], batches: Sequence[Sequence[Op]]) -> bool:
    """Whether every change the *batches* made is already in *state* (a folded journal)."""
    final: dict[tuple[str, str], Doc | None] = {}
    for ops in batches:
        for table, doc_id, doc in ops:
            final[(table, doc_id)] = doc
    return all(state.get(table, {}).get(doc_id) == doc for (table, doc_id), doc in final.items())


def apply_ops(state: dict[str, dict[str, Any]], ops: Sequence[Op]) -> None:
    """Apply operations to a TinyDB state dict (table -> doc_id -> doc) in place."""
    for table, doc_id, doc in ops:
        docs = state.setdefault(table, {})
        if doc is None:
            docs.pop(doc_id, None)
        else:
            docs[doc_id] = doc


class JournalWriter:
    """The open journal of a DB file, started afresh for the current main file."""

    def __init__(self, db_path: Path, content: tuple[int, int] = (0, 0)) -> None:
        self.path = journal_path(db_path)
        self._fd = os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_APPEND, 0o644)
        self.size = 0
        self.entries = 0
        # True when appending could lose saves: a failed append left bytes that could not be
        # cut off, or the header does not name the current main file; fold before appending.
        self.broken = False
        self.base: tuple[int, int] | None = None  # the main file the header names
        self._seen: tuple[int, int, int] = (0, 0, 0)  # the file as this process left it
        try:
            self.reset(db_path, content)
            fsync_dir(self.path.parent)
        except BaseException:
            self.close()
            raise

    def reset(self, db_path: Path, content: tuple[int, int]) -> None:
        """Empty the journal and name *db_path*'s current file as its base; *content* is the
        (size, CRC-32) of that file's bytes."""
        self.broken = True  # until the new header is on disk
        dev, ino = base_identity(db_path)
        os.ftruncate(self._fd, 0)
        size, crc = content
        header = encode_line(
            {"journal": JOURNAL_VERSION, "dev": dev, "ino": ino, "size": size, "crc": crc}
        )
        write_all(self._fd, header)
        os.fsync(self._fd)
        self.base = (dev, ino)
        self.size = len(header)
        self.entries = 0
        self.broken = False
        self._seen = _identity_of(os.fstat(self._fd))

    def append(self, ops: Sequence[Op]) -> None:
        """Append one transaction, twice (one damaged line loses nothing: replaying a line
        again changes nothing), and make it durable before returning."""
        line = encode_line([[table, doc_id, doc] for table, doc_id, doc in ops]) * 2
        try:
            write_all(self._fd, line)
            os.fdatasync(self._fd)
        except BaseException:
            # A partial line (disk full) would end every later replay at this point and
            # hide the saves confirmed after it: cut it off, or make the next save reset.
            try:
                os.ftruncate(self._fd, self.size)
            except OSError:
                self.broken = True
            raise
        self.size += len(line)
        self.entries += 1
        self._seen = _identity_of(os.fstat(self._fd))

    def tampered(self) -> bool:
        """Whether another program removed, replaced, truncated or wrote to the journal since
        this process last wrote it (its saves there can no longer be trusted to replay)."""
        try:
            current = os.fstat(self._fd)
            on_disk = os.stat(self.path)
        except OSError:
            return True
        if current.st_nlink == 0 or (on_disk.st_dev, on_disk.st_ino) != (
            current.st_dev,
            current.st_ino,
        ):
            return True
        return _identity_of(current) != self._seen

    def close(self) -> None:
        if self._fd >= 0:
            with contextlib.suppress(OSError):
                os.close(self._fd)
            self._fd = -1


def _identity_of(st: os.stat_result) -> tuple[int, int, int]:
    """What changes when anyone writes the file: size, change time, links."""
    return st.st_size, st.st_ctime_ns, st.st_nlink


def discard_journal(db_path: Path) -> None:
    """Remove the journal (after its content was folded into the main file)."""
    with contextlib.suppress(FileNotFoundError):
        os.unlink(journal_path(db_path))
