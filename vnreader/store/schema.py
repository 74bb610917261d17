"""The DB's schema: format version, shape checks, migrations with a backup of the old file.

The DB is a TinyDB file with three tables:

* ``_meta``        — one document ``{"format": N}`` (doc id 1);
* ``annotations``  — one document per :class:`~vnreader.store.model.Annotation`;
* ``_history``     — the persistent undo/redo stacks (see :mod:`vnreader.store.history`).

A file without ``_meta`` is format 0 (written before versioning). ``MIGRATIONS[i]`` turns a
format-*i* state into format *i+1*; before the migrated state is written, the old file is
copied to ``<file>.bak-v<i>-<UTC time>``. A file of a newer format is refused.

Format 2 keeps deletions as tombstones (``deleted``) and each version's lineage
(``revisions``); an older vnreader must refuse it, or it would show deleted annotations again.
Format 3 adds the record kinds ``entity``, ``rejection`` and ``review``, which an older
vnreader cannot read: it must say the DB is newer rather than call it invalid.
"""

from __future__ import annotations

import copy
import json
import os
import shutil
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from vnreader.store.errors import StoreError
from vnreader.store.fsutil import atomic_write, fsync_dir

State = dict[str, dict[str, Any]]

FORMAT = 3
META = "_meta"
ANNOTATIONS = "annotations"
HISTORY = "_history"
META_DOC = "1"
MAX_ID_DIGITS = 18


def empty_state() -> State:
    return {META: {META_DOC: {"format": FORMAT}}, ANNOTATIONS: {}, HISTORY: {}}


def check_shape(path: Path, data: object) -> State:
    """*data* as a TinyDB state, or StoreError naming *path* and what is wrong."""
    if not isinstance(data, dict):
        raise StoreError(f"{path}: not a vnreader DB (expected a JSON object of tables)")
    for name, table in data.items():
        if not isinstance(table, dict):
            raise StoreError(f"{path}: not a vnreader DB (table {name!r} is not an object)")
        for doc_id, doc in table.items():
            if not _good_doc_id(doc_id) or not isinstance(doc, dict):
                shown = doc_id if len(doc_id) <= 20 else doc_id[:20] + "…"
                raise StoreError(
                    f"{path}: not a vnreader DB (table {name!r} has a bad record {shown!r})"
                )
    return data


def _good_doc_id(doc_id: str) -> bool:
    """TinyDB ids: ASCII digits, short enough to be a number (a 5,000-digit id cannot)."""
    return doc_id.isascii() and doc_id.isdigit() and len(doc_id) <= MAX_ID_DIGITS


def format_of(path: Path, state: State) -> int:
    meta = state.get(META)
    if not meta:
        return 0
    doc = meta.get(META_DOC, {})
    version = doc.get("format")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise StoreError(f"{path}: not a vnreader DB (bad format version {version!r})")
    return version


def _v0_to_v1(state: State) -> State:
    """Format 0 (no version) to 1: add ``_meta`` and the ``_history`` table."""
    new = copy.deepcopy(state)
    new[META] = {META_DOC: {"format": 1}}
    new.setdefault(ANNOTATIONS, {})
    new.setdefault(HISTORY, {})
    return new


def _v1_to_v2(state: State) -> State:
    """Format 1 to 2: every annotation gets ``deleted`` (null) and ``revisions`` (empty)."""
    new = copy.deepcopy(state)
    new[META] = {META_DOC: {"format": 2}}
    for doc in new.get(ANNOTATIONS, {}).values():
        doc.setdefault("deleted", None)
        doc.setdefault("revisions", [])
    return new


def _v2_to_v3(state: State) -> State:
    """Format 2 to 3: new kinds only, the records stay as they are."""
    new = copy.deepcopy(state)
    new[META] = {META_DOC: {"format": 3}}
    return new


MIGRATIONS: list[Callable[[State], State]] = [_v0_to_v1, _v1_to_v2, _v2_to_v3]
assert len(MIGRATIONS) == FORMAT


def check_version(path: Path, version: int) -> None:
    if version > FORMAT:
        raise StoreError(
            f"{path} was written by a newer vnreader (format {version} > {FORMAT}); "
            "upgrade vnreader"
        )


def migrate(state: State, version: int) -> State:
    """Apply the migrations from *version* to :data:`FORMAT` (in memory)."""
    for step in MIGRATIONS[version:]:
        state = step(state)
    return state


def backup_path(path: Path, version: int) -> Path:
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    return path.with_name(f"{path.name}.bak-v{version}-{stamp}")


def write_backup(path: Path, version: int, state: State, *, copy_file: bool) -> Path:
    """Keep the old DB: a byte copy of *path* (or *state* when a journal extended it)."""
    target = backup_path(path, version)
    if copy_file:
        shutil.copyfile(path, target)
        fd = os.open(target, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
        fsync_dir(target.parent)
    else:
        atomic_write(target, json.dumps(state, ensure_ascii=False).encode("utf-8"))
    return target
