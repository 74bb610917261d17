"""SVG snapshots at 100x30 with fixed data and a fixed analysis (conftest.fake_analyze).

Regenerate after an intended visual change with ``pytest tests/tui --snapshot-update``.
"""

from __future__ import annotations

import pytest
from textual.pilot import Pilot

from tests.tui.helpers import settle

SNAP_SIZE = (100, 30)


def _with_annotations(make_app):
    app = make_app()
    a1 = app.corpus.article("a1")
    start = a1.text.index("Việt Nam")
    app.store.add_span("a1", a1.text, a1.content_hash, start, start + 8, label="QUOTE")
    app.store.add_tag("a1", "ngoại giao")
    app.store.set_note("a1", "Chuyến thăm quan trọng.")
    return app


def test_snapshot_list(make_app, snap_compare) -> None:
    app = _with_annotations(make_app)

    async def run_before(pilot: Pilot[None]) -> None:
        await settle(pilot)

    assert snap_compare(app, terminal_size=SNAP_SIZE, run_before=run_before)


def test_snapshot_reader_with_highlights(make_app, snap_compare) -> None:
    app = _with_annotations(make_app)

    async def run_before(pilot: Pilot[None]) -> None:
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        await pilot.press("n", "n")
        await settle(pilot)

    assert snap_compare(app, terminal_size=SNAP_SIZE, run_before=run_before)


def test_snapshot_reader_selection(make_app, snap_compare) -> None:
    app = make_app()

    async def run_before(pilot: Pilot[None]) -> None:
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        await pilot.press("v", "right", "L")
        await settle(pilot)

    assert snap_compare(app, terminal_size=SNAP_SIZE, run_before=run_before)


def test_snapshot_help(make_app, snap_compare) -> None:
    app = make_app()

    async def run_before(pilot: Pilot[None]) -> None:
        await settle(pilot)
        await pilot.press("question_mark")
        await settle(pilot)

    assert snap_compare(app, terminal_size=SNAP_SIZE, run_before=run_before)


@pytest.mark.parametrize("width", [80, 120, 200])
def test_snapshot_list_after_resize(make_app, snap_compare, width: int) -> None:
    """Started at 100 columns, then resized: the title column takes the free width."""
    app = _with_annotations(make_app)

    async def run_before(pilot: Pilot[None]) -> None:
        await settle(pilot)
        await pilot.resize_terminal(width, 16)
        await settle(pilot)

    assert snap_compare(app, terminal_size=(100, 16), run_before=run_before)
