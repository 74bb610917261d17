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

``DurableStorage(path, create_dirs=False, encoding=None, access_mode="r+", **json_kwargs)``
mirrors ``JSONStorage`` so ``TinyDB(path, storage=DurableStorage)`` works and TinyDB's test
suite passes with it (``scripts/tinydb_suite.py``). ``access_mode="r"`` never writes.
"""

from __future__ import annotations

import contextlib
import copy
import json
import os
import warnings
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from tinydb.storages import Storage, touch

from vnreader.store.fsutil import atomic_write
from vnreader.store.journal import (
    JournalWriter,
    Op,
    Replay,
    apply_ops,
    base_identity,
    discard_journal,
    read_journal,
)

State = dict[str, dict[str, Any]]

WRITE_MODES = ("r+", "rb+")
READ_MODES = ("r", "rb")


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
        if self.writable:
            touch(str(self.path), create_dirs=create_dirs)
        # Opened now so that a missing file fails here, as with JSONStorage; read on first use.
        self._handle = open(self.path, "rb")  # noqa: SIM115 - closed by close()
        self._state: State | None = None
        self._loaded = False
        self._replay = Replay()
        self._journal: JournalWriter | None = None
        self._main_size = 0
        self.compactions = 0  # how many times the journal was folded (for benchmarks)

    # -- TinyDB's Storage interface ----------------------------------------------------------
    def read(self) -> State | None:
        """A copy of the whole state (None for an empty DB), journal included."""
        self._load()
        return copy.deepcopy(self._state)

    def write(self, data: State) -> None:
        """Replace the whole state, atomically and durably."""
        self._check_writable()
        self._write_main(data)
        self._state = copy.deepcopy(data)
        self._loaded = True

    def close(self) -> None:
        """Fold the journal into the main file (read-write) and release the files."""
        try:
            if self.writable and self._journal is not None:
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
        journal = self._open_journal()
        if journal.broken:
            self.compact()  # fold and start a clean journal before appending again
        journal.append(ops)
        apply_ops(state, ops)
        if journal.size > max(self.compact_min_bytes, self._main_size // 2):
            # On failure the journal still holds everything; compaction is retried next save.
            with contextlib.suppress(OSError):
                self.compact()

    def compact(self) -> None:
        """Write the whole state to the main file atomically and start an empty journal."""
        self._check_writable()
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

    def _load(self) -> None:
        if self._loaded:
            return
        self._handle.seek(0)
        raw = self._handle.read()
        self._main_size = len(raw)
        state: Any = json.loads(raw.decode(self._encoding)) if raw else None
        st = os.fstat(self._handle.fileno())
        self._replay = read_journal(self.path, (st.st_dev, st.st_ino))
        if self._replay.applies and self._replay.batches:
            if state is None:
                state = {}
            if not isinstance(state, dict) or not all(isinstance(t, dict) for t in state.values()):
                raise ValueError("a journal extends a file that is not a TinyDB object")
            for ops in self._replay.batches:
                apply_ops(state, ops)
        self._state = state
        self._loaded = True

    def _open_journal(self) -> JournalWriter:
        if self._journal is None:
            if self._replay.needs_fold:
                # Recovered changes go into the main file before the journal starts afresh.
                self._write_main(self.state)
            self._journal = JournalWriter(self.path)
        return self._journal

    def _serialize(self, data: object) -> bytes:
        return json.dumps(data, **self.kwargs).encode(self._encoding)

    def _write_main(self, data: object) -> None:
        payload = self._serialize(data)
        try:
            atomic_write(self.path, payload)
            self._main_size = len(payload)
            self._replay = Replay()
            if self._journal is not None:
                self._journal.reset(self.path)
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
