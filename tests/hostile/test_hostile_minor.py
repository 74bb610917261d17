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


async def test_page_down_in_the_palette_on_a_tiny_terminal(make_app) -> None:
    from textual.command import CommandPalette

    from tests.tui.helpers import settle

    app = make_app()
    async with app.run_test(size=(80, 3)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p", "pagedown", "pagedown", "pageup")  # crashed the app
        await settle(pilot)
        assert app.is_running and not CommandPalette.is_open(app)


async def test_the_palette_closes_when_the_terminal_gets_tiny(make_app) -> None:
    from textual.command import CommandPalette

    from tests.tui.helpers import settle

    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p")
        await settle(pilot)
        assert CommandPalette.is_open(app)
        await pilot.resize_terminal(80, 3)
        await settle(pilot)
        await pilot.press("pagedown", "pagedown")
        await settle(pilot)
        assert app.is_running
