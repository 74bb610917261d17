"""AnnotationStore: changes, queries, indexes, author, durability of each call, merge."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from store_samples import ARTICLE, END, START
from tinydb import TinyDB

from vnreader.store import AnnotationStore, ReadOnlyStore, StoreError


def test_changes_are_on_disk_when_the_call_returns(db: Path) -> None:
    store = AnnotationStore(db, author="lan")
    tag = store.add_tag("a1", "ngoại giao")
    span = store.add_span("a1", ARTICLE, "h1", START, END, label="PER")
    # Without closing: a second, read-only reader sees both (main file + journal).
    with AnnotationStore(db, read_only=True) as reader:
        assert {a.id for a in reader} == {tag.id, span.id}  # type: ignore[union-attr]
        assert reader.get(span.id) == span
    store.close()


def test_vietnamese_is_stored_unescaped_and_tinydb_opens_the_file(db: Path) -> None:
    with AnnotationStore(db, author="Lan") as store:
        store.add_span("a1", ARTICLE, "h1", START, END, label="PER")
        store.set_note("a1", "Bùi Thanh Sơn gặp đại sứ")
    content = db.read_text(encoding="utf-8")
    assert "Bùi Thanh Sơn" in content
    assert "\\u" not in content
    rows = TinyDB(db).table("annotations").all()
    assert sorted(r["kind"] for r in rows) == ["note", "span"]
    assert all(r["author"] == "Lan" for r in rows)


def test_close_folds_the_journal_and_leaves_only_the_db(db: Path) -> None:
    with AnnotationStore(db) as store:
        store.add_tag("a1", "x")
    names = sorted(p.name for p in db.parent.iterdir())
    assert names == ["annotations.json", "annotations.json.lock"]


def test_queries_and_indexes(db: Path) -> None:
    with AnnotationStore(db) as store:
        assert store.add_tag("a1", " kinh tế ") is not None
        assert store.add_tag("a1", "kinh tế") is None  # already there
        store.add_tag("a2", "kinh tế")
        store.add_tag("a2", "Nhật Bản")
        late = store.add_span("a1", ARTICLE, "h", 60, 70)
        early = store.add_span("a1", ARTICLE, "h", 10, 20)
        store.set_note("a1", "ghi chú")
        assert store.tags("a1") == ["kinh tế"]
        assert store.all_tags() == {"kinh tế": 2, "Nhật Bản": 1}
        assert [s.id for s in store.spans("a1")] == [early.id, late.id]
        assert store.note("a1") is not None and store.note("a2") is None
        assert store.remove_tag("a2", "Nhật Bản")
        assert not store.remove_tag("a2", "Nhật Bản")
        assert store.all_tags() == {"kinh tế": 2}
        assert store.set_note("a1", "  ") is None
        assert store.note("a1") is None
        assert sorted(store.article_ids()) == ["a1", "a2"]
        assert len(store) == 4


def test_update_and_delete(db: Path) -> None:
    with AnnotationStore(db) as store:
        span = store.add_span("a1", ARTICLE, "h", START, END, label="PER")
        edited = store.update(span.id, label="ORG", note="tổ chức?")
        assert edited.modified >= span.modified and edited.created == span.created
        assert store.get(span.id) == edited
        assert store.delete(span.id) == edited
        assert store.delete(span.id) is None
    with AnnotationStore(db) as store:
        assert len(store) == 0


def test_read_only_store_refuses_changes_and_writes_nothing(db: Path) -> None:
    with AnnotationStore(db) as store:
        store.add_tag("a1", "x")
    before = {p.name: p.read_bytes() for p in db.parent.iterdir()}
    with AnnotationStore(db, read_only=True) as reader:
        with pytest.raises(ReadOnlyStore, match="read-only"):
            reader.add_tag("a1", "y")
        with pytest.raises(ReadOnlyStore):
            reader.undo()
        assert reader.reanchor("a1", "other text", "h2").changed == 0
    after = {p.name: p.read_bytes() for p in db.parent.iterdir()}
    assert after == before


def test_read_only_open_of_a_missing_db_creates_nothing(tmp_path: Path) -> None:
    with AnnotationStore(tmp_path / "none.json", read_only=True) as reader:
        assert len(reader) == 0
    assert list(tmp_path.iterdir()) == []


def test_merge_keeps_the_newer_version(db: Path) -> None:
    with AnnotationStore(db) as store:
        mine = store.add_tag("a1", "x")
        assert mine is not None
        older = replace(mine, tag="old", modified="2000-01-01T00:00:00.000Z")  # no lineage
        newer = mine.edited(tag="new")
        object.__setattr__(newer, "modified", "2999-01-01T00:00:00.000Z")
        other = store._new("a2", "note", note="từ máy khác")
        report = store.merge([older, other, newer])
        assert (report.added, report.updated, report.skipped) == (1, 1, 1)
        assert store.get(mine.id).tag == "new"  # type: ignore[union-attr]
    with AnnotationStore(db) as store:
        assert len(store) == 2


def test_merge_does_not_duplicate_a_tag_the_article_has(db: Path) -> None:
    """Two people tagged the same article alike: one tag after the import, removable at once."""
    with AnnotationStore(db) as store:
        assert store.add_tag("a1", "bão") is not None
        theirs = store._new("a1", "tag", tag="bão")
        twice = [store._new("a2", "tag", tag="lũ"), store._new("a2", "tag", tag="lũ")]
        report = store.merge([theirs, *twice])
        assert (report.added, report.skipped) == (1, 2)
        assert store.tags("a1") == ["bão"] and store.tags("a2") == ["lũ"]
        assert store.all_tags() == {"bão": 1, "lũ": 1}
        assert store.remove_tag("a1", "bão") and store.tags("a1") == []


def test_closed_store_refuses_changes(db: Path) -> None:
    store = AnnotationStore(db)
    store.close()
    store.close()  # idempotent
    with pytest.raises(StoreError, match="closed"):
        store.add_tag("a1", "x")


def test_periodic_compaction_keeps_the_journal_small(db: Path) -> None:
    with AnnotationStore(db, compact_bytes=4000) as store:
        for i in range(60):
            store.add_tag(f"a{i}", "x")
        journal = db.with_name(db.name + ".journal")
        assert journal.stat().st_size < 4000 + 4000  # one save (written twice) past the threshold
        on_disk = json.loads(db.read_text(encoding="utf-8"))
        assert len(on_disk["annotations"]) >= 40  # folded into the main file meanwhile


def test_user_texts_are_sanitised(db: Path) -> None:
    with AnnotationStore(db) as store:
        tag = store.add_tag("a1", "x\x1b]52;c;ZXZpbA==\x07y")
        assert tag is not None and tag.tag == "xy"  # whole escape sequences removed
        note = store.set_note("a1", "Hoa\u0300 \x9b31m")  # decomposed à, C1 CSI
        assert note is not None and note.note == "Hoà "  # the whole C1 CSI sequence goes
        span = store.add_span("a1", ARTICLE, "h", START, END, label="P\x07ER")
        assert store.update(span.id, note="a\x07b").note == "ab"
        assert span.label == "PER"
        imported = store._new("a2", "tag", tag="t\x1b[2Jt")
        store.merge([imported])
        assert store.tags("a2") == ["tt"]


def test_saves_from_several_threads_are_all_kept(db: Path) -> None:
    import threading

    with AnnotationStore(db) as store:

        def work(n: int) -> None:
            for i in range(25):
                store.add_tag(f"a{n}", f"t{i}")

        threads = [threading.Thread(target=work, args=(n,)) for n in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert len(store) == 100
    with AnnotationStore(db) as store:
        assert len(store) == 100 and store.all_tags()["t7"] == 4


def test_a_db_reached_through_a_symlink_stays_a_symlink(tmp_path: Path) -> None:
    """Saving replaces the file the link points to (a synced folder), never the link."""
    real = tmp_path / "synced" / "annotations.json"
    real.parent.mkdir()
    link = tmp_path / "annotations.json"
    link.symlink_to(real)
    with AnnotationStore(link) as store:
        store.add_tag("a1", "bão")
        store.compact()
        store.add_tag("a2", "lũ")
    assert link.is_symlink()
    with AnnotationStore(real, read_only=True) as store:
        assert store.tags("a1") == ["bão"] and store.tags("a2") == ["lũ"]
    with AnnotationStore(link), pytest.raises(StoreError):
        AnnotationStore(real)  # one lock, whichever name is used


def test_merged_notes_of_two_people_are_all_kept_own_first(db: Path) -> None:
    from dataclasses import replace

    with AnnotationStore(db, author="lan") as store:
        theirs = replace(
            store._new("a1", "note", note="Ghi chú của Minh"),
            author="minh",
            created="2020-01-01T00:00:00.000Z",
        )
        store.merge([theirs])
        assert store.note("a1") == theirs  # the only note
        mine = store.set_note("a1", "Ghi chú của Lan")  # never overwrites Minh's
        assert mine is not None and mine.author == "lan" and mine.id != theirs.id
        assert [n.note for n in store.notes("a1")] == ["Ghi chú của Lan", "Ghi chú của Minh"]
        store.set_note("a1", "")  # deletes Lan's own note only
        assert [n.note for n in store.notes("a1")] == ["Ghi chú của Minh"]
    with AnnotationStore(db, author="minh") as store:
        assert store.note("a1") == theirs
