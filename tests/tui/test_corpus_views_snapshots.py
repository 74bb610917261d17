"""SVG snapshots of the entities view, the figures view and a chart, on the seeds at 110x32.

Regenerate after an intended visual change with ``pytest tests/tui --snapshot-update``.
"""

from __future__ import annotations

from collections.abc import Callable

from textual.pilot import Pilot

from tests.tui.helpers import settle, type_text
from tests.tui.test_corpus_views import index_app, seeds_index_dir  # noqa: F401 (fixtures)
from vnreader.tui.app import VnreaderApp

SNAP_SIZE = (110, 32)


def test_snapshot_entities(index_app: Callable[[], VnreaderApp], snap_compare) -> None:  # noqa: F811
    async def run_before(pilot: Pilot[None]) -> None:
        await settle(pilot)
        await pilot.press("E")
        await settle(pilot)
        await pilot.press("l")  # people
        await settle(pilot)

    assert snap_compare(index_app(), terminal_size=SNAP_SIZE, run_before=run_before)


def test_snapshot_figures(index_app: Callable[[], VnreaderApp], snap_compare) -> None:  # noqa: F811
    async def run_before(pilot: Pilot[None]) -> None:
        await settle(pilot)
        await pilot.press("number_sign")
        await settle(pilot)
        await pilot.press("slash")
        await type_text(pilot, "category:money")
        await pilot.press("enter", "s", "S")
        await settle(pilot)

    assert snap_compare(index_app(), terminal_size=SNAP_SIZE, run_before=run_before)


def test_snapshot_chart(index_app: Callable[[], VnreaderApp], snap_compare) -> None:  # noqa: F811
    async def run_before(pilot: Pilot[None]) -> None:
        await settle(pilot)
        await pilot.press("number_sign")
        await settle(pilot)
        await pilot.press("slash")
        await type_text(pilot, "unit:USD")
        await pilot.press("enter", "p")
        await settle(pilot)

    assert snap_compare(index_app(), terminal_size=SNAP_SIZE, run_before=run_before)
