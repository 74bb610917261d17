"""Undo/redo: every kind of change, persistence across a restart, conflicts with imports."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from store_samples import ARTICLE, END, START

from vnreader.store import AnnotationStore, UndoConflict
from vnreader.store.history import MAX_UNDO


def test_undo_and_redo_each_change(db: Path) -> None:
    with AnnotationStore(db) as store:
        assert store.undo() is None and store.redo() is None
        tag = store.add_tag("a1", "x")
        assert tag is not None
        store.set_note("a1", "một")
        store.set_note("a1", "hai")
        store.delete(tag.id)
        assert store.undo_description() == "delete tag"
        assert store.undo() == "delete tag"
        assert store.tags("a1") == ["x"]
        assert store.undo() == "edit note"
        assert store.note("a1").note == "một"  # type: ignore[union-attr]
        assert store.redo() == "edit note"
        assert store.note("a1").note == "hai"  # type: ignore[union-attr]
        assert store.undo() == "edit note"
        assert store.undo() == "add note"
        assert store.note("a1") is None
        assert store.undo() == "tag “x”"
        assert len(store) == 0
        assert store.undo() is None
        assert store.redo() == "tag “x”"
        assert store.tags("a1") == ["x"]


def test_a_new_change_forgets_the_redo_stack(db: Path) -> None:
    with AnnotationStore(db) as store:
        store.add_tag("a1", "x")
        store.undo()
        store.add_tag("a1", "y")
        assert store.redo() is None
        assert store.tags("a1") == ["y"]


def test_history_survives_a_restart(db: Path) -> None:
    with AnnotationStore(db) as store:
        span = store.add_span("a1", ARTICLE, "h", START, END, label="PER")
        store.update(span.id, label="ORG")
        store.add_tag("a1", "x")
        store.undo()
    with AnnotationStore(db) as store:
        assert store.redo_description() == "tag “x”"
        assert store.undo() == "edit span"
        assert store.get(span.id).label == "PER"  # type: ignore[union-attr]
    with AnnotationStore(db) as store:
        assert store.undo() == "label “Bùi Thanh Sơn”"
        assert len(store) == 0
        assert store.redo() == "label “Bùi Thanh Sơn”"
        assert store.redo() == "edit span"
        assert store.redo() == "tag “x”"
        assert store.tags("a1") == ["x"]


def test_undo_history_is_capped(db: Path) -> None:
    with AnnotationStore(db) as store:
        for i in range(MAX_UNDO + 15):
            store.add_tag("a1", f"t{i}")
    with AnnotationStore(db) as store:
        undone = 0
        while store.undo() is not None:
            undone += 1
        assert undone == MAX_UNDO
        assert len(store) == 15


def test_undo_does_not_clobber_an_imported_change(db: Path) -> None:
    with AnnotationStore(db) as store:
        store.add_tag("a1", "keep")
        note = store.set_note("a1", "mine")
        assert note is not None
        imported = replace(note, note="from import", modified="2999-01-01T00:00:00.000Z")
        assert store.merge([imported]).updated == 1
        with pytest.raises(UndoConflict, match="changed since"):
            store.undo()
        assert store.note("a1").note == "from import"  # type: ignore[union-attr]
        assert store.undo() == "tag “keep”"  # the conflicting step was dropped
        assert store.tags("a1") == []


def test_undo_keeps_a_reanchoring_done_since(db: Path) -> None:
    with AnnotationStore(db) as store:
        span = store.add_span("a1", ARTICLE, "h1", START, END, label="PER")
        store.update(span.id, label="ORG")
        moved_text = "Tin mới. " + ARTICLE
        store.reanchor("a1", moved_text, "h2")
        assert store.undo() == "edit span"
        back = store.get(span.id)
        assert back is not None and back.label == "PER"
        assert back.anchor is not None and back.anchor.content_hash == "h2"
        assert moved_text[back.anchor.start : back.anchor.end] == "Bùi Thanh Sơn"
