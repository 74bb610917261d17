"""Deletions as tombstones, undo as a new event, merge by newest event with named conflicts."""

from __future__ import annotations

import json
from pathlib import Path

from store_samples import ARTICLE, END, START

from vnreader.store import AnnotationStore
from vnreader.store.schema import FORMAT


def test_a_deletion_keeps_a_tombstone_hidden_from_every_query(db: Path) -> None:
    with AnnotationStore(db, author="lan") as store:
        tag = store.add_tag("a1", "bão")
        note = store.set_note("a1", "ghi chú")
        span = store.add_span("a1", ARTICLE, "h", START, END, label="PER")
        assert tag is not None and note is not None
        store.remove_tag("a1", "bão")
        store.set_note("a1", "")
        store.delete(span.id)
        assert len(store) == 0 and list(store) == [] and store.for_article("a1") == []
        assert store.all_tags() == {} and store.get(span.id) is None
    with AnnotationStore(db) as store:
        gone = {a.id: a for a in store.records()}
        assert set(gone) == {tag.id, note.id, span.id}
        assert all(a.deleted and a.deleted == a.modified for a in gone.values())
        assert gone[span.id].anchor is None and gone[note.id].note is None  # content dropped
        assert gone[span.id].revisions[-1] == span.modified


def test_undo_of_a_deletion_is_a_newer_event(db: Path) -> None:
    with AnnotationStore(db) as store:
        span = store.add_span("a1", ARTICLE, "h", START, END, label="PER")
        store.delete(span.id)
        tomb = store.record(span.id)
        assert tomb is not None and tomb.is_deleted
        store.undo()
        back = store.get(span.id)
        assert back is not None and back.label == "PER" and not back.is_deleted
        assert back.modified > tomb.modified and tomb.modified in back.revisions
        store.redo()
        again = store.record(span.id)
        assert again is not None and again.is_deleted and again.modified > back.modified


def test_undo_of_an_edit_never_restores_an_older_modified_time(db: Path) -> None:
    with AnnotationStore(db) as store:
        span = store.add_span("a1", ARTICLE, "h", START, END, label="PER")
        edited = store.update(span.id, label="ORG")
        store.undo()
        undone = store.get(span.id)
        assert undone is not None and undone.label == "PER"
        assert undone.modified > edited.modified
        store.redo()
        store.undo()
        store.undo()  # the addition: becomes a deletion
        assert store.get(span.id) is None and store.record(span.id).is_deleted  # type: ignore[union-attr]


def test_merge_honours_deletions_and_never_brings_them_back(tmp_path: Path) -> None:
    with AnnotationStore(tmp_path / "a.json", author="a") as a:
        span = a.add_span("a1", ARTICLE, "h", START, END, label="PER")
        tag = a.add_tag("a1", "x")
        assert tag is not None
        shared = a.records()
        a.delete(span.id)
        a.remove_tag("a1", "x")
        after_delete = a.records()
    with AnnotationStore(tmp_path / "b.json", author="b") as b:
        assert b.merge(shared).added == 2
        report = b.merge(after_delete)
        assert report.deleted == 2 and report.conflicts == []
        assert len(b) == 0
        old_again = b.merge(shared)  # an old export of A's: nothing comes back
        assert old_again.added == 0 and len(b) == 0


def test_concurrent_edits_are_a_conflict_the_newer_wins(tmp_path: Path) -> None:
    with AnnotationStore(tmp_path / "a.json", author="a") as a:
        span = a.add_span("a1", ARTICLE, "h", START, END, label="PER")
    with AnnotationStore(tmp_path / "b.json", author="b") as b:
        b.merge([span])
        theirs = b.update(span.id, label="LOC")
    with AnnotationStore(tmp_path / "a.json", author="a") as a:
        mine = a.update(span.id, label="ORG")  # made after theirs: newer
        report = a.merge([theirs])
        assert len(report.conflicts) == 1
        conflict = report.conflicts[0]
        assert (conflict.local, conflict.incoming, conflict.kept) == (mine, theirs, "local")
        assert "kept the newer (yours)" in conflict.describe()
        assert a.get(span.id) == mine
    with AnnotationStore(tmp_path / "b.json", author="b") as b:
        report = b.merge([mine])
        assert [c.kept for c in report.conflicts] == ["incoming"]
        assert b.get(span.id) == mine


def test_the_same_tag_made_twice_converges_to_one_record(tmp_path: Path) -> None:
    with AnnotationStore(tmp_path / "a.json", author="a") as a:
        ta = a.add_tag("a1", "bão")
    with AnnotationStore(tmp_path / "b.json", author="b") as b:
        tb = b.add_tag("a1", "bão")
    assert ta is not None and tb is not None
    with AnnotationStore(tmp_path / "a.json") as a:
        a.merge([tb])
        a_records = sorted(r.to_dict().items().__repr__() for r in a.records())
        assert a.tags("a1") == ["bão"]
    with AnnotationStore(tmp_path / "b.json") as b:
        b.merge([ta])
        b_records = sorted(r.to_dict().items().__repr__() for r in b.records())
        assert b.tags("a1") == ["bão"]
    assert a_records == b_records


def test_a_format_1_db_is_migrated_with_a_backup(db: Path) -> None:
    record = {
        "id": "x1",
        "article_id": "a1",
        "kind": "tag",
        "created": "2025-01-01T00:00:00.000Z",
        "modified": "2025-01-01T00:00:00.000Z",
        "author": "lan",
        "tag": "bão",
    }
    original = json.dumps({"_meta": {"1": {"format": 1}}, "annotations": {"1": record}}).encode()
    db.write_bytes(original)
    with AnnotationStore(db) as store:
        assert store.backup is not None and store.backup.name.startswith(db.name + ".bak-v1-")
        assert store.tags("a1") == ["bão"]
    data = json.loads(db.read_text(encoding="utf-8"))
    assert data["_meta"]["1"]["format"] == FORMAT
    assert data["annotations"]["1"]["deleted"] is None
    assert data["annotations"]["1"]["revisions"] == []
    assert store.backup.read_bytes() == original


def test_two_versions_of_the_same_millisecond_are_a_conflict_decided_alike(
    tmp_path: Path,
) -> None:
    from dataclasses import replace

    with AnnotationStore(tmp_path / "a.json", author="a") as a:
        span = a.add_span("a1", ARTICLE, "h", START, END, label="PER")
    stamp = "2999-01-01T00:00:00.000Z"
    mine = replace(span, label="ORG", modified=stamp, revisions=span.lineage())
    theirs = replace(span, label="LOC", modified=stamp, revisions=span.lineage())
    kept = []
    for name, local, incoming in (("a", mine, theirs), ("b", theirs, mine)):
        with AnnotationStore(tmp_path / f"{name}2.json") as s:
            s.merge([local])
            report = s.merge([incoming])
            assert len(report.conflicts) == 1
            kept.append(s.get(span.id))
    assert kept[0] == kept[1]  # both sides keep the same one
    moved = replace(mine, anchor=None)  # placement differs, same content: no conflict
    with AnnotationStore(tmp_path / "c.json") as s:
        s.merge([mine])
        assert s.merge([moved]).conflicts == []
