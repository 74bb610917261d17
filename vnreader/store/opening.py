"""Opening a DB file: read it, check it, recover a crashed session, migrate an old format.

:func:`open_db` returns the storage and the checked state. It writes only when opening
read-write, and then only to create a new DB, to fold a journal left by a crash, or to
migrate an old format (after keeping a backup). Bad files raise :class:`StoreError` with a
one-line message and are never modified.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from vnreader.store.errors import StoreError
from vnreader.store.schema import (
    FORMAT,
    State,
    check_shape,
    check_version,
    empty_state,
    format_of,
    migrate,
    write_backup,
)
from vnreader.store.storage import DurableStorage

READ_RETRIES = 5
T = TypeVar("T")


@dataclass
class Opened:
    storage: DurableStorage | None  # None: read-only and no file yet
    state: State
    backup: Path | None = None  # where a migration kept the old file


def open_db(path: Path, *, read_only: bool, check: Callable[[State], object]) -> Opened:
    """Open *path*; *check* validates a (migrated) state's records before anything is written.

    On failure the storage is closed and StoreError raised.
    """
    storage, raw = _read(path, read_only)
    if storage is None:
        return Opened(None, empty_state())
    try:
        return _prepare(path, storage, raw, read_only, check)
    except BaseException:
        storage.close()
        raise


def _read(path: Path, read_only: bool) -> tuple[DurableStorage | None, object]:
    for _ in range(READ_RETRIES):
        try:
            storage = DurableStorage(path, access_mode="r" if read_only else "r+")
        except FileNotFoundError:
            return None, None  # read-only and no file: nothing to read, nothing made
        except OSError as exc:
            raise StoreError(f"{path}: cannot open ({exc.strerror or exc})") from None
        try:
            raw = storage.loaded()
        except (ValueError, UnicodeDecodeError) as exc:
            storage.close()
            raise StoreError(f"{path}: not a valid vnreader DB ({_reason(exc)})") from None
        except OSError as exc:
            storage.close()
            raise StoreError(f"{path}: cannot read ({exc.strerror or exc})") from None
        if read_only and _identity(path) != storage.main_identity():
            storage.close()  # its writer replaced the file while we read it: read again
            continue
        return storage, raw
    raise StoreError(f"{path}: keeps changing while being read; try again")


def _prepare(
    path: Path,
    storage: DurableStorage,
    raw: object,
    read_only: bool,
    check: Callable[[State], object],
) -> Opened:
    if raw is None:  # a new (or 0-byte) file
        state = empty_state()
        if not read_only:
            _guard(path, lambda: storage.replace_state(state))
        return Opened(storage, state)
    state = check_shape(path, raw)
    version = format_of(path, state)
    check_version(path, version)
    if version < FORMAT:
        migrated = migrate(state, version)
        check(migrated)  # a bad record fails here, before anything is written
        backup = None
        if not read_only:
            pending = storage.journal_pending

            def upgrade() -> Path:
                kept = write_backup(path, version, state, copy_file=not pending)
                storage.replace_state(migrated)
                return kept

            backup = _guard(path, upgrade)
        return Opened(storage, migrated, backup)
    if not read_only and storage.journal_pending:
        _guard(path, storage.compact)  # fold what a crash left in the journal
    return Opened(storage, state)


def _guard(path: Path, action: Callable[[], T]) -> T:
    try:
        return action()
    except OSError as exc:
        raise StoreError(f"{path}: could not save ({exc.strerror or exc})") from None


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_dev, st.st_ino


def _reason(exc: Exception) -> str:
    text = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    return text[:120]
