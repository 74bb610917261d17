"""DurableStorage: a TinyDB Storage that is crash-safe and whose saves do not grow with the DB.

The file on disk stays a plain TinyDB JSON file (UTF-8, not ASCII-escaped) that TinyDB's own
``JSONStorage`` can open. Two ways to change it:

* TinyDB's interface, ``write(data)`` of the whole state: an atomic replace (temporary file in
  the same folder, fsync, ``os.replace``, fsync of the folder). Correct, but its cost grows
  with the DB, like ``JSONStorage``'s — only without the corruption on a crash.
* ``commit(ops)``, the fast path :class:`~vnreader.store.repository.AnnotationStore` uses:
  the changed documents are appended as one checksummed line to ``<file>.journal`` and
  fsynced (see :mod:`vnreader.store.journal`); the in-memory state is updated. The journal is
  folded into the main file by :meth:`compact` (atomically, as above) when it grows past
  ``max(compact_min_bytes, size of the main file / 2)`` — so the amortised cost of a save
  stays constant — and on :meth:`close`.

Opening replays the journal over the main file; a torn last line (a save interrupted before
it returned) is ignored. Any kill leaves a main file TinyDB can read plus a journal with every
confirmed save. While a journal is pending (only after a crash), plain TinyDB sees the main
file without it; vnreader folds it at the next read-write open.

What other programs may do to the files is expected too (see the README's "Safety"):

* a journal damaged in place: each save is written twice (two identical lines, one fsync),
  and replay is idempotent, so one damaged line loses nothing; every later line whose
  checksum holds is replayed. A journal that could not be applied whole is kept aside as
  ``<file>.journal.corrupt-<time>`` (never deleted) and :attr:`notices` says so;
* the journal removed, truncated or written to while vnreader runs (its inode, size or ctime
  differ from what the last save left): the next save first rewrites the main file from
  memory and starts a new journal, so nothing confirmed depends on the broken one;
* the main file replaced (a sync tool, ``git checkout``) or the lock lost (:attr:`guard`
  raises): saving stops with :class:`WriterLost`, the main file is never overwritten again,
  and the journal is left for the next open (it applies if the new file is an identical copy,
  else it is kept aside).

``DurableStorage(path, create_dirs=False, encoding=None, access_mode="r+", **json_kwargs)``
mirrors ``JSONStorage`` so ``TinyDB(path, storage=DurableStorage)`` works and TinyDB's test
suite passes with it (``scripts/tinydb_suite.py``). ``access_mode="r"`` never writes.
"""

from __future__ import annotations

import contextlib
import copy
import errno
import json
import os
import warnings
import zlib
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from tinydb.storages import Storage

from vnreader.safefiles import UnsafeFile, describe_size, open_regular
from vnreader.store.fsutil import atomic_write
from vnreader.store.journal import (
    JournalWriter,
    Op,
    Replay,
    already_folded,
    apply_ops,
    base_identity,
    corrupt_path,
    discard_journal,
    journal_path,
    read_journal,
)

State = dict[str, dict[str, Any]]

MAX_DB_BYTES = 4 << 30  # a DB of 10^6 annotations is about 0.5 GB
WRITE_MODES = ("r+", "rb+")
READ_MODES = ("r", "rb")


class WriterLost(OSError):
    """This process may no longer write the DB (file replaced, lock lost); str() says why."""


class DurableStorage(Storage):
    """Crash-safe TinyDB storage with an fsynced append-only journal for fast saves."""

    compact_min_bytes = 1 << 20

    def __init__(
        self,
        path: str | os.PathLike[str],
        create_dirs: bool = False,
        encoding: str | None = None,
        access_mode: str = "r+",
        **kwargs: Any,
    ) -> None:
        super().__init__()
        self.path = Path(path)
        self._mode = access_mode
        self._encoding = encoding or "utf-8"
        kwargs.setdefault("ensure_ascii", False)
        self.kwargs = kwargs
        if access_mode not in READ_MODES + WRITE_MODES:
            warnings.warn(
                "Using an `access_mode` other than 'r', 'rb', 'r+' or 'rb+' can cause data "
                "loss or corruption",
                stacklevel=2,
            )
        self.writable = any(c in access_mode for c in "+wa")
        if self.writable and create_dirs:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        # Opened now so that a missing file fails here, as with JSONStorage; read on first use.
        # Never blocking (a FIFO), never anything but a regular file (/dev/zero).
        create = os.O_CREAT if self.writable else 0
        self._handle = os.fdopen(open_regular(self.path, os.O_RDONLY | create), "rb")
        self._state: State | None = None
        self._loaded = False
        self._replay = Replay()
        self._journal: JournalWriter | None = None
        self._main_size = 0
        self._main_crc = 0
        self._main_id: tuple[int, int] | None = None  # the main file this process wrote last
        self._lost: str | None = None  # why saving stopped
        self.compactions = 0  # how many times the journal was folded (for benchmarks)
        # Called before every write; raises OSError when this process lost the right to write
        # (the store sets it to check its lock file).
        self.guard: Callable[[], None] | None = None
        self.notices: list[str] = []  # what the open found and did (a damaged journal...)

    # -- TinyDB's Storage interface ----------------------------------------------------------
    def read(self) -> State | None:
        """A copy of the whole state (None for an empty DB), journal included."""
        self._load()
        return copy.deepcopy(self._state)

    def write(self, data: State) -> None:
        """Replace the whole state, atomically and durably."""
        self._check_writable()
        self._load()
        self._check_owner()
        self._write_main(data)
        self._state = copy.deepcopy(data)
        self._loaded = True

    def close(self) -> None:
        """Fold the journal into the main file (read-write) and release the files.

        After a :class:`WriterLost` nothing is written: the journal stays for the next open."""
        try:
            if self.writable and self._journal is not None and self._lost is None:
                if self._journal.entries:
                    self.compact()
                self._journal.close()
                self._journal = None
                discard_journal(self.path)  # everything is in the main file now
        finally:
            if self._journal is not None:
                self._journal.close()
                self._journal = None
            self._handle.close()

    # -- the fast path ------------------------------------------------------------------------
    @property
    def state(self) -> State:
        """The live state (not a copy): read it, never change it; change it with commit()."""
        self._load()
        if self._state is None:
            self._state = {}
        return self._state

    def loaded(self) -> State | None:
        """The live state as read (None for an empty file), without copying it."""
        self._load()
        return self._state

    @property
    def journal_pending(self) -> bool:
        """The journal found on open holds changes (or a torn line) not in the main file."""
        self._load()
        return self._replay.needs_fold

    def commit(self, ops: Sequence[Op]) -> None:
        """Apply *ops* ([table, doc_id, doc or None]) durably: returns once they are on disk."""
        self._check_writable()
        if not ops:
            return
        state = self.state
        self._check_owner()
        journal = self._open_journal()
        if journal.broken or journal.tampered():
            # Fold and start a clean journal before appending again; a journal removed or
            # changed by another program is replaced by the main file rewritten from memory.
            self.compact()
            journal = self._open_journal()
        journal.append(ops)
        apply_ops(state, ops)
        if journal.size > max(self.compact_min_bytes, self._main_size // 2):
            # On failure the journal still holds everything; compaction is retried next save.
            with contextlib.suppress(OSError):
                self.compact()

    def compact(self) -> None:
        """Write the whole state to the main file atomically and start an empty journal."""
        self._check_writable()
        self._check_owner()
        if self._journal is not None and self._journal.tampered():
            self._journal.close()  # another program's file now: start a new one
            self._journal = None
        self._write_main(self.state)
        self.compactions += 1

    def replace_state(self, data: State) -> None:
        """Replace the whole state through the atomic path (used by migrations)."""
        self.write(data)

    def next_doc_id(self, table: str) -> int:
        """The doc id TinyDB would give the next document of *table*."""
        docs = self.state.get(table, {})
        return max((int(k) for k in docs), default=0) + 1

    # -- internals ---------------------------------------------------------------------------
    def main_identity(self) -> tuple[int, int]:
        """(device, inode) of the main file this storage read."""
        st = os.fstat(self._handle.fileno())
        return st.st_dev, st.st_ino

    def _check_writable(self) -> None:
        if not self.writable:
            raise OSError(f'Cannot write to the database. Access mode is "{self._mode}"')

    def _check_owner(self) -> None:
        """Raise :class:`WriterLost` if the main file was replaced or the guard fails."""
        if self._lost is None:
            try:
                st = os.stat(self.path)
                current: tuple[int, int] | None = (st.st_dev, st.st_ino)
            except OSError:
                current = None
            if current != self._main_id:
                self._lost = (
                    "the DB file was replaced or removed by another program while open; "
                    "saving stopped so as not to overwrite it (every confirmed save is in "
                    "its journal): quit and reopen"
                )
            elif self.guard is not None:
                try:
                    self.guard()
                except OSError as exc:
                    self._lost = str(exc)
        if self._lost is not None:
            raise WriterLost(self._lost)

    def _load(self) -> None:
        if self._loaded:
            return
        self._handle.seek(0)
        size = os.fstat(self._handle.fileno()).st_size
        if size > MAX_DB_BYTES:
            raise UnsafeFile(errno.EFBIG, f"too large ({describe_size(size)})")
        raw = self._handle.read()
        self._main_size = len(raw)
        self._main_crc = zlib.crc32(raw)
        state: Any = json.loads(raw.decode(self._encoding)) if raw else None
        st = os.fstat(self._handle.fileno())
        self._main_id = (st.st_dev, st.st_ino)
        replay = self._replay = read_journal(self.path, self._main_id, raw)
        if replay.batches:
            if state is None and replay.applies:
                state = {}
            if not isinstance(state, dict) or not all(isinstance(t, dict) for t in state.values()):
                if replay.applies:
                    raise ValueError("a journal extends a file that is not a TinyDB object")
            elif replay.applies:
                for ops in replay.batches:
                    apply_ops(state, ops)
            elif already_folded(state, replay.batches):
                replay.batches = []  # a crash between a compaction and the journal's restart
        self._state = state
        self._loaded = True
        self._describe_journal(replay)

    def _describe_journal(self, replay: Replay) -> None:
        journal = journal_path(self.path).name
        if replay.newer is not None:
            self.notices.append(
                f"{journal} was written by a newer vnreader (journal format {replay.newer}); "
                "its saves are not shown and it is left as it is: upgrade vnreader"
            )
            return
        keep = "it will be kept aside" if not self.writable else "it is kept aside"
        if replay.damaged:
            lines = ", ".join(str(n) for n in replay.damaged[:5])
            self.notices.append(
                f"{journal} was damaged by another program (line {lines}); "
                f"{len(replay.batches)} saves after the damage recovered, {keep}"
            )
        elif replay.other_file and replay.batches:
            self.notices.append(
                f"{journal} holds {len(replay.batches)} saves made on another copy of the DB "
                f"(the file was replaced); they are not applied and {keep}"
            )

    @property
    def journal_newer(self) -> int | None:
        """The format of a journal written by a newer vnreader (never replayed nor removed)."""
        self._load()
        return self._replay.newer

    def _keep_journal_aside(self) -> None:
        """Copy a journal that could not be applied whole before it is replaced or removed."""
        replay = self._replay
        if not (replay.damaged or (replay.other_file and replay.batches)):
            return
        source = journal_path(self.path)
        try:
            data = source.read_bytes()
        except FileNotFoundError:
            return
        target = corrupt_path(self.path)
        atomic_write(target, data)
        self.notices.append(f"the journal was kept as {target.name}")
        replay.damaged = []
        replay.batches = []

    def _open_journal(self) -> JournalWriter:
        if self._journal is None:
            if self._replay.needs_fold:
                # Recovered changes go into the main file before the journal starts afresh.
                self._write_main(self.state)
            self._journal = JournalWriter(self.path, (self._main_size, self._main_crc))
        return self._journal

    def _serialize(self, data: object) -> bytes:
        return json.dumps(data, **self.kwargs).encode(self._encoding)

    def _replaced(self, identity: tuple[int, int]) -> None:
        self._main_id = identity

    def _write_main(self, data: object) -> None:
        if self._replay.newer is not None:
            raise OSError(f"{journal_path(self.path).name}: written by a newer vnreader")
        payload = self._serialize(data)
        self._keep_journal_aside()
        try:
            atomic_write(self.path, payload, self._replaced)
            self._main_size = len(payload)
            self._main_crc = zlib.crc32(payload)
            self._replay = Replay()
            if self._journal is not None:
                self._journal.reset(self.path, (self._main_size, self._main_crc))
            else:
                discard_journal(self.path)
        except BaseException:
            # If the main file was replaced, the journal's header names the old one and a
            # replay would skip every line appended from now on: restart it before the next.
            if self._journal is not None and not self._journal.broken:
                try:
                    self._journal.broken = base_identity(self.path) != self._journal.base
                except OSError:
                    self._journal.broken = True
            raise
