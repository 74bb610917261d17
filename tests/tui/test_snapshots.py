"""SVG snapshots at 100x30 with fixed data and a fixed analysis (conftest.fake_analyze).

Regenerate after an intended visual change with ``pytest tests/tui --snapshot-update``.
"""

from __future__ import annotations

from textual.pilot import Pilot

from tests.tui.helpers import settle

SNAP_SIZE = (100, 30)


def _with_annotations(make_app):
    app = make_app()
    a1 = next(a for a in app.articles if a.id == "a1")
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
