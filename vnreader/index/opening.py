"""Finding and checking a corpus's index file: rebuilt, with a message, when damaged or stale.

The index of a corpus lives in :func:`vnreader.locations.index_dir`, named after a hash of
the corpus's resolved path. It is usable when SQLite can read it, it was made by the same
code version (:func:`vnreader.index.version.code_version`) and for the same corpus;
otherwise it is deleted and made afresh (the annotations DB is never involved). When the
index folder cannot be written, the index goes to a private folder under the temp dir.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import tempfile
from pathlib import Path

from vnreader.index.database import Database
from vnreader.index.version import code_version
from vnreader.textsafe import sanitize


def index_file_name(root: Path) -> str:
    """One index file per corpus: named after a hash of the resolved path of *root*."""
    resolved = os.fsencode(str(Path(root).expanduser().resolve()))
    return f"corpus-{hashlib.sha256(resolved).hexdigest()[:20]}.sqlite"


def open_index_file(root: Path, folder: Path, messages: list[str]) -> Database:
    """The checked index of *root* in *folder* (or a temporary one); notes go to *messages*."""
    name = index_file_name(root)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        return _checked(folder / name, root, messages)
    except (OSError, sqlite3.Error) as exc:
        spare = Path(tempfile.gettempdir()) / f"vnreader-index-{os.getuid()}"
        note = f"index kept in {spare}: {folder} cannot be written ({_reason(exc)})"
        messages.append(" ".join(sanitize(note).split("\n")))
        spare.mkdir(mode=0o700, exist_ok=True)
        return _checked(spare / name, root, messages)


def _checked(path: Path, root: Path, messages: list[str]) -> Database:
    resolved = str(root.resolve())
    version = code_version()
    db = Database(path)
    if path.exists():
        problem: str | None = None
        try:
            db.create()
            meta = db.meta()
            db.connect().execute("SELECT count(*) FROM files").fetchone()
            if meta.get("version") != version:
                problem = "index rebuilt: vnreader's cleaning or analysis changed"
            elif meta.get("root") != resolved:
                problem = ""  # another corpus with the same hash: start afresh, quietly
        except sqlite3.DatabaseError as exc:
            problem = f"index rebuilt: it was damaged ({_reason(exc)})"
        if problem is None:
            return db
        db.close()
        remove_index_file(path)
        if problem:
            messages.append(problem)
        db = Database(path)
    db.create()
    db.set_meta(version=version, root=resolved)
    return db


def remove_index_file(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def _reason(exc: BaseException) -> str:
    return str(getattr(exc, "strerror", None) or exc)
