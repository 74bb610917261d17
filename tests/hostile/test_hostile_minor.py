"""Item 10, the minor ones: a failed save does not poison undo; one stray byte does not
reject a UTF-8 article; a read-only DB folder opens read-only."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest

from vnreader.store import AnnotationStore, StoreError


def test_a_failed_save_leaves_undo_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = AnnotationStore(tmp_path / "db.json", author="lan")
    store.add_tag("a1", "một")
    storage = store._storage
    assert storage is not None
    real = storage.commit

    def full(ops):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(storage, "commit", full)
    with pytest.raises(StoreError, match="No space"):
        store.add_tag("a1", "hai")
    monkeypatch.setattr(storage, "commit", real)
    assert store.undo_description() == "tag “một”"
    assert store.undo() == "tag “một”"  # not "changed since (by an import)"
    assert store.tags("a1") == []
    store.close()
