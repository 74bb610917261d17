"""Review progress (``review`` records): kept in the DB, across a restart, never undone,
the newest version counting; and the DB format that brings the kind."""

from __future__ import annotations

import json
from pathlib import Path

from vnreader.store import AnnotationStore
from vnreader.store.model import progress_of
from vnreader.store.schema import FORMAT


def test_progress_persists_across_a_restart_and_is_not_undone(tmp_path: Path) -> None:
    db = tmp_path / "db.json"
    with AnnotationStore(db, author="lan") as store:
        store.add_tag("a1", "kinh-tế")
        first = store.record_review("a1", 1, 5)
        assert store.record_review("a1", 1, 5) == first  # unchanged: no new event
        second = store.record_review("a1", 2, 5)
        assert second.id == first.id and second.revisions == (first.modified,)
        store.record_review("b2", 0, 3)
        assert store.review_progress() == {"a1": (2, 5), "b2": (0, 3)}
        store.undo()  # undoes the tag, not the progress
        assert store.tags("a1") == [] and store.review_progress()["a1"] == (2, 5)
    with AnnotationStore(db) as store:  # a restart
        assert store.review_progress() == {"a1": (2, 5), "b2": (0, 3)}
        [record] = [a for a in store.for_article("a1") if a.kind == "review"]
        assert (record.label, record.author) == ("2/5", "lan")
    saved = json.loads(db.read_text(encoding="utf-8"))
    assert saved["_meta"]["1"]["format"] == FORMAT == 3


def test_a_format_2_db_is_migrated_with_a_backup(tmp_path: Path) -> None:
    db = tmp_path / "db.json"
    record = {
        "id": "t1",
        "article_id": "a1",
        "kind": "tag",
        "created": "2026-11-25T10:00:00.000Z",
        "modified": "2026-11-25T10:00:00.000Z",
        "author": "lan",
        "tag": "bão",
        "deleted": None,
        "revisions": [],
    }
    db.write_text(json.dumps({"_meta": {"1": {"format": 2}}, "annotations": {"1": record}}))
    with AnnotationStore(db) as store:
        assert store.backup is not None and store.backup.name.startswith(db.name + ".bak-v2-")
        assert store.tags("a1") == ["bão"]
        store.record_review("a1", 0, 1)
    assert json.loads(db.read_text(encoding="utf-8"))["_meta"]["1"]["format"] == 3


def test_progress_labels() -> None:
    assert progress_of("12/37") == (12, 37)
    for bad in (None, "", "12", "a/b", "-1/3", "1/-3", "١٢/٣٧", "1/2/3"):
        assert progress_of(bad) is None
