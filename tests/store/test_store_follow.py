"""A read-only store follows its writer: refresh() reads again only when the files changed."""

from __future__ import annotations

from pathlib import Path

import pytest

from vnreader.store import AnnotationStore, StoreError


def test_a_read_only_store_takes_in_what_the_writer_saved(db: Path) -> None:
    with AnnotationStore(db, author="lan") as writer:
        writer.add_tag("a1", "cũ")
        with AnnotationStore(db, read_only=True) as reader:
            assert reader.refresh() is False  # nothing new: two stat calls, no reading
            first = (reader.revision, reader.loaded_at)
            writer.add_tag("a1", "mới")  # one journal line
            assert reader.tags("a1") == ["cũ"]  # a snapshot until it refreshes
            assert reader.refresh() is True
            assert reader.tags("a1") == ["cũ", "mới"]
            assert (reader.revision, reader.loaded_at) != first
            writer.compact()  # the main file replaced, the journal emptied
            writer.remove_tag("a1", "cũ")
            assert reader.refresh() is True and reader.tags("a1") == ["mới"]
            assert reader.refresh() is False


def test_a_refresh_that_cannot_read_keeps_what_was_shown(db: Path) -> None:
    with AnnotationStore(db) as writer:
        writer.add_tag("a1", "giữ")
    with AnnotationStore(db, read_only=True) as reader:
        db.write_text("not json", encoding="utf-8")
        with pytest.raises(StoreError):
            reader.refresh()
        assert reader.tags("a1") == ["giữ"]


def test_a_writer_never_refreshes(db: Path) -> None:
    with AnnotationStore(db) as writer:
        assert writer.refresh() is False
