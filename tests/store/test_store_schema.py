"""Format versions: migration of an old DB with a backup; a newer DB is refused."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from vnreader.store import AnnotationStore, StoreError
from vnreader.store.schema import FORMAT

V0 = {
    "annotations": {
        "1": {
            "id": "x1",
            "article_id": "a1",
            "kind": "note",
            "created": "2025-01-01T00:00:00.000Z",
            "modified": "2025-01-01T00:00:00.000Z",
            "author": "lan",
            "note": "Bùi Thanh Sơn",
        }
    }
}


def test_v0_is_migrated_with_a_backup(db: Path) -> None:
    original = json.dumps(V0).encode()
    db.write_bytes(original)
    with AnnotationStore(db) as store:
        assert store.note("a1") is not None
        assert store.backup is not None and store.backup.name.startswith(db.name + ".bak-v0-")
        store.add_tag("a1", "x")
    backups = list(db.parent.glob(db.name + ".bak-v0-*"))
    assert len(backups) == 1 and backups[0].read_bytes() == original
    data = json.loads(db.read_text(encoding="utf-8"))
    assert data["_meta"]["1"]["format"] == FORMAT
    assert data["annotations"]["1"]["note"] == "Bùi Thanh Sơn"
    with AnnotationStore(db) as store:  # no second migration, no second backup
        assert store.backup is None
    assert len(list(db.parent.glob(db.name + ".bak-*"))) == 1


def test_v0_read_only_is_migrated_in_memory_only(db: Path) -> None:
    original = json.dumps(V0).encode()
    db.write_bytes(original)
    with AnnotationStore(db, read_only=True) as store:
        assert store.note("a1") is not None
    assert db.read_bytes() == original
    assert sorted(p.name for p in db.parent.iterdir()) == [db.name]


def test_migration_of_a_bad_v0_writes_nothing(db: Path) -> None:
    bad = json.dumps({"annotations": {"1": {"id": "x"}}}).encode()
    db.write_bytes(bad)
    with pytest.raises(StoreError):
        AnnotationStore(db)
    assert db.read_bytes() == bad
    assert not list(db.parent.glob("*.bak-*"))


@pytest.mark.parametrize("read_only", [False, True])
def test_newer_format_is_refused(db: Path, read_only: bool) -> None:
    newer = json.dumps({"_meta": {"1": {"format": FORMAT + 1}}, "annotations": {}}).encode()
    db.write_bytes(newer)
    with pytest.raises(StoreError) as info:
        AnnotationStore(db, read_only=read_only)
    assert str(info.value) == (
        f"{db} was written by a newer vnreader (format {FORMAT + 1} > {FORMAT}); upgrade vnreader"
    )
    assert db.read_bytes() == newer
