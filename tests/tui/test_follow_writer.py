"""A second, read-only window follows the writer: its list and its exports show new work."""

from __future__ import annotations

import json
from pathlib import Path

from tests.tui.conftest import SIZE
from tests.tui.helpers import row_cells, settle
from vnreader.store import AnnotationStore


async def test_a_read_only_window_shows_what_the_writer_saves(
    make_app, db_path: Path, tmp_path: Path
) -> None:
    with AnnotationStore(db_path, author="writer") as writer:
        writer.add_tag("a1", "cũ")
        app = make_app(read_only=True)
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            assert row_cells(pilot, "a1")[4] == "1"
            assert app.follow_writer_now() is False  # nothing new yet
            writer.add_tag("a1", "mới")
            assert app.follow_writer_now() is True  # what the 2-second timer runs
            await settle(pilot)
            assert row_cells(pilot, "a1")[4] == "2"
            app.run_export("json", str(tmp_path / "out.json"))
            await app.workers.wait_for_complete()
            await settle(pilot)
    data = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))
    [article] = [a for a in data["articles"] if a["id"] == "a1"]
    assert article["tags"] == ["cũ", "mới"]  # the export no longer misses the new tag
