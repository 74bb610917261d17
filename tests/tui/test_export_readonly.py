"""Export from the app (key e and the palette) and the read-only mode."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.tui.conftest import SIZE
from tests.tui.helpers import open_article, row_cells, settle, type_text
from vnreader.store import AnnotationStore


async def test_export_json_from_the_app(make_app, tmp_path: Path) -> None:
    pytest.importorskip("vnreader.export", reason="vnreader.export has not landed yet")
    app = make_app()
    a1 = app.corpus.article("a1")
    start = a1.text.index("Bùi Thanh Sơn")
    app.store.add_span("a1", a1.text, a1.content_hash, start, start + 13, label="PER")
    app.store.add_tag("a1", "ngoại giao")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("e")
        await settle(pilot)
        # the default path is ./vnreader-annotations.json (cwd is tmp_path in the tests)
        await pilot.press("enter")
        await settle(pilot)
    data = json.loads((tmp_path / "vnreader-annotations.json").read_text(encoding="utf-8"))
    [article] = [a for a in data["articles"] if a["id"] == "a1"]
    assert article["tags"] == ["ngoại giao"]
    assert [(s["label"], s["quote"], s["start"]) for s in article["spans"]] == [
        ("PER", "Bùi Thanh Sơn", start)
    ]


async def test_export_format_and_path_chosen_by_keys(make_app, tmp_path: Path) -> None:
    pytest.importorskip("vnreader.export", reason="vnreader.export has not landed yet")
    app = make_app()
    app.store.add_tag("b2", "du lịch")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("e", "down")  # json → jsonl; the default path follows
        await settle(pilot)
        await pilot.press("ctrl+u")
        await type_text(pilot, "out.jsonl")
        await pilot.press("enter")
        await settle(pilot)
    lines = (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()
    assert any('"du lịch"' in line for line in lines)


async def test_read_only_refuses_changes(make_app, db_path: Path) -> None:
    with AnnotationStore(db_path, author="x") as store:  # something to show
        store.add_tag("a1", "cũ")
    app = make_app(read_only=True)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        status = str(app.screen.query_one("#list-status").render())
        assert status.startswith("READ-ONLY")  # first, so a narrow terminal never cuts it
        assert row_cells(pilot, "a1")[4] == "1"
        screen = await open_article(pilot, "a1")
        await pilot.press("t")  # refused at once: no dialog to fill in for nothing
        await settle(pilot)
        assert screen is app.screen
        await pilot.press("w")
        await settle(pilot)
        assert screen is app.screen
        await pilot.press("n", "a", "u")
        await settle(pilot)
        assert app.is_running
        assert app.store.tags("a1") == ["cũ"]
        assert app.store.spans("a1") == []
        messages = [n.message for n in app._notifications]
        assert any("read-only" in m for m in messages)
        assert str(screen.query_one("#reader-status").render()).startswith("READ-ONLY")


async def test_long_export_shows_progress_and_escape_cancels(
    make_app, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    export_module = pytest.importorskip("vnreader.export")
    import time

    from vnreader.tui.exporting import ExportProgressScreen

    def slow_export(fmt, articles, annotations, out, **kwargs):
        for _ in range(400):  # ~20 s unless cancelled
            out.write("x" * 70_000)
            time.sleep(0.05)
        raise AssertionError("the export was not cancelled")

    monkeypatch.setattr(export_module, "export", slow_export)
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("e", "enter")
        await pilot.pause(0.8)
        assert isinstance(app.screen, ExportProgressScreen)
        written = str(app.screen.query_one("#export-written").render())
        assert "KB written" in written
        await pilot.press("escape")
        await settle(pilot)
        assert not isinstance(app.screen, ExportProgressScreen)
        assert any("cancelled" in n.message for n in app._notifications)
    assert not (tmp_path / "vnreader-annotations.json").exists()
    assert not list(tmp_path.glob(".vnreader-annotations.json*"))
