"""The append-only journal beside a DB file: one checksummed JSON line per committed change.

``annotations.json.journal`` holds, after a header line naming the main file it extends
(device and inode, which change with every atomic replace of the main file), one line per
transaction::

    1c2f0a9e [["annotations", "12", {...}], ["_history", "40", null]]

that is the CRC-32 of the payload in hex, a space, and the JSON list of operations
``[table, doc_id, document or null for a removal]``. Appending a line and fsyncing it is a
save: its cost does not depend on the size of the DB. On open the lines are replayed over
the main file; a torn or corrupt line ends the replay (it was never confirmed, since a save
returns only after its fsync). A journal whose header names another file (the main file was
replaced since, by a compaction that already folded it) is ignored.
"""

from __future__ import annotations

import contextlib
import json
import os
import zlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from vnreader.store.fsutil import fsync_dir, write_all

JOURNAL_SUFFIX = ".journal"
JOURNAL_VERSION = 1

Doc = dict[str, Any]
Op = tuple[str, str, Doc | None]


def journal_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + JOURNAL_SUFFIX)


def base_identity(db_path: Path) -> tuple[int, int]:
    """(device, inode) of the main file: a journal extends exactly this file."""
    st = os.stat(db_path)
    return st.st_dev, st.st_ino


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


def read_journal(db_path: Path, identity: tuple[int, int] | None = None) -> Replay:
    """Read the journal of *db_path* without changing anything.

    *identity* is the (device, inode) of the main file content was read from (default: the
    file now at *db_path*); the journal applies only if its header names that file.
    """
    replay = Replay()
    try:
        raw = journal_path(db_path).read_bytes()
    except FileNotFoundError:
        return replay
    replay.exists = True
    lines = raw.splitlines(keepends=True)
    if not lines:
        return replay
    try:
        header = decode_line(lines[0])
        if identity is None:
            identity = base_identity(db_path)
    except (ValueError, OSError):
        replay.torn = True
        return replay
    if not (
        isinstance(header, dict)
        and header.get("journal") == JOURNAL_VERSION
        and (header.get("dev"), header.get("ino")) == identity
    ):
        return replay
    replay.applies = True
    for line in lines[1:]:
        try:
            replay.batches.append(_parse_ops(decode_line(line)))
        except (ValueError, UnicodeDecodeError):
            replay.torn = True
            break
    return replay


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

    def __init__(self, db_path: Path) -> None:
        self.path = journal_path(db_path)
        self._fd = os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_APPEND, 0o644)
        self.size = 0
        self.entries = 0
        # True when appending could lose saves: a failed append left bytes that could not be
        # cut off, or the header does not name the current main file; fold before appending.
        self.broken = False
        self.base: tuple[int, int] | None = None  # the main file the header names
        try:
            self.reset(db_path)
            fsync_dir(self.path.parent)
        except BaseException:
            self.close()
            raise

    def reset(self, db_path: Path) -> None:
        """Empty the journal and name *db_path*'s current file as its base."""
        self.broken = True  # until the new header is on disk
        dev, ino = base_identity(db_path)
        os.ftruncate(self._fd, 0)
        header = encode_line({"journal": JOURNAL_VERSION, "dev": dev, "ino": ino})
        write_all(self._fd, header)
        os.fsync(self._fd)
        self.base = (dev, ino)
        self.size = len(header)
        self.entries = 0
        self.broken = False

    def append(self, ops: Sequence[Op]) -> None:
        """Append one transaction and make it durable before returning."""
        line = encode_line([[table, doc_id, doc] for table, doc_id, doc in ops])
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

    def close(self) -> None:
        if self._fd >= 0:
            with contextlib.suppress(OSError):
                os.close(self._fd)
            self._fd = -1


def discard_journal(db_path: Path) -> None:
    """Remove the journal (after its content was folded into the main file)."""
    with contextlib.suppress(FileNotFoundError):
        os.unlink(journal_path(db_path))
