"""The whole user story by keys only: tag, label a span, write a note, quit, restart."""

from __future__ import annotations

from textual.widgets import Static

from tests.tui.conftest import SIZE
from tests.tui.helpers import open_article, row_cells, settle, type_text


def _text(widget: Static) -> str:
    return str(widget.render())


async def test_annotate_quit_and_see_it_all_again(make_app, db_path) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = await open_article(pilot, "a1")
        # tag the article
        await pilot.press("t")
        await type_text(pilot, "ngoai giao")
        await pilot.press("enter")
        await settle(pilot)
        # select "Bùi Thanh Sơn" by keyboard: v, move to the word, extend twice, label P (PER)
        await pilot.press("v")
        start = screen.selection
        assert start is not None
        words = screen.article.text[start.start : start.end]
        assert words == "Bộ"
        await pilot.press("l", "l", "l", "right", "L", "shift+right")
        sel = screen.selection
        assert sel is not None
        assert screen.article.text[sel.start : sel.end] == "Bùi Thanh Sơn"
        await pilot.press("P")
        await settle(pilot)
        assert screen.selection is None
        # write a note
        await pilot.press("w")
        await settle(pilot)
        await type_text(pilot, "quan trong")
        await pilot.press("ctrl+s")
        await settle(pilot)
        spans = app.store.spans("a1")
        assert [(s.label, s.anchor.exact) for s in spans] == [("PER", "Bùi Thanh Sơn")]
        assert app.store.tags("a1") == ["ngoai giao"]
        assert app.store.note("a1").note == "quan trong"
        await pilot.press("q")
        await settle(pilot)
        await pilot.press("ctrl+q")
    app.store.close()

    again = make_app()
    async with again.run_test(size=SIZE) as pilot:
        await settle(pilot)
        cells = row_cells(pilot, "a1")
        assert cells[4:] == ["1", "✎", "1", ""]  # tags, note, spans, review (none)
        screen = await open_article(pilot, "a1")
        side = _text(screen.query_one("#side-content", Static))
        assert "#ngoai giao" in side
        assert "quan trong" in side
        assert "PER “Bùi Thanh Sơn”" in side
        span_marks = [m for m in screen.marks if m.kind == "span"]
        assert [(m.start, m.end, m.label) for m in span_marks] == [
            (spans[0].anchor.start, spans[0].anchor.end, "PER")
        ]
        body = _text(screen.query_one("#p0"))
        assert "Bùi Thanh Sơn⟨PER⟩" in body
