"""Opening a DB file: read it, check it, recover a crashed session, migrate an old format.

:func:`open_db` returns the storage and the checked state. It writes only when opening
read-write, and then only to create a new DB, to fold a journal left by a crash, or to
migrate an old format (after keeping a backup). Bad files raise :class:`StoreError` with a
one-line message and are never modified.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from vnreader.safefiles import describe_error
from vnreader.store.errors import StoreError
from vnreader.store.schema import (
    ANNOTATIONS,
    FORMAT,
    HISTORY,
    State,
    check_shape,
    check_version,
    empty_state,
    format_of,
    migrate,
    write_backup,
)
from vnreader.store.storage import DurableStorage
from vnreader.textsafe import has_unsafe, sanitize, sanitize_keeping_form

# a reader whose file its writer replaces (compacts) while it reads reads again, waiting a
# little longer each time (5 ms doubling, about 1.3 s in all) so that a busy writer on a loaded
# machine cannot make it give up after a few reads in a row
READ_RETRIES = 9
_FIRST_WAIT = 0.005
T = TypeVar("T")


@dataclass
class Opened:
    storage: DurableStorage | None  # None: read-only and no file yet
    state: State
    backup: Path | None = None  # where a migration kept the old file
    notices: list[str] = field(default_factory=list)  # e.g. a damaged journal kept aside


def open_db(path: Path, *, read_only: bool, check: Callable[[State], object]) -> Opened:
    """Open *path*; *check* validates a (migrated) state's records before anything is written.

    On failure the storage is closed and StoreError raised.
    """
    storage, raw = _read(path, read_only)
    if storage is None:
        return Opened(None, empty_state())
    try:
        opened = _prepare(path, storage, raw, read_only, check)
        opened.notices = [f"{path.name}: {n}" for n in storage.notices]
        return opened
    except BaseException:
        storage.close()
        raise


def _read(path: Path, read_only: bool) -> tuple[DurableStorage | None, object]:
    for attempt in range(READ_RETRIES):
        if attempt:
            time.sleep(_FIRST_WAIT * 2 ** (attempt - 1))
        try:
            storage = DurableStorage(path, access_mode="r" if read_only else "r+")
        except FileNotFoundError:
            return None, None  # read-only and no file: nothing to read, nothing made
        except OSError as exc:
            raise StoreError(f"{path}: cannot open ({exc.strerror or exc})") from None
        try:
            raw = storage.loaded()
        except (ValueError, UnicodeDecodeError, RecursionError) as exc:
            storage.close()
            raise StoreError(f"{path}: not a valid vnreader DB ({describe_error(exc)})") from None
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
    newer = storage.journal_newer
    if newer is not None and not read_only:  # checked before anything is written
        raise StoreError(
            f"{path}: its journal was written by a newer vnreader (journal format {newer}); "
            "upgrade vnreader, or open it read-only with --read-only"
        )
    if raw is None:  # a new (or 0-byte) file
        state = empty_state()
        if not read_only:
            _guard(path, lambda: storage.replace_state(state))
        return Opened(storage, state)
    state = check_shape(path, raw)
    clean_stored_text(state)
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


_DISPLAYED = ("tag", "label", "note", "author", "description")
_KEYS = ("id", "article_id")
_QUOTES = ("exact", "prefix", "suffix")


def clean_stored_text(state: State) -> None:
    """Sanitise, in place, every text of the DB that is shown (tags, notes, labels, authors,
    undo descriptions, quotes): a shared or hand-edited DB is untrusted text like an article.

    Ids keep their exact spelling unless they hold something unsafe. Only strings with
    something to remove are replaced, so a clean DB costs one scan per string.
    """
    for table in (ANNOTATIONS, HISTORY):
        for doc in state.get(table, {}).values():
            _clean_doc(doc)
            for side in ("before", "after"):
                inner = doc.get(side)
                if isinstance(inner, dict):
                    _clean_doc(inner)


def _clean_doc(doc: dict[str, Any]) -> None:
    for name in _DISPLAYED:
        value = doc.get(name)
        if type(value) is str and has_unsafe(value):
            doc[name] = sanitize(value)
    for name in _KEYS:
        value = doc.get(name)
        if type(value) is str and has_unsafe(value):
            doc[name] = sanitize_keeping_form(value)
    anchor = doc.get("anchor")
    if type(anchor) is dict:
        for name in _QUOTES:
            value = anchor.get(name)
            if type(value) is str and has_unsafe(value):
                anchor[name] = sanitize(value)


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
