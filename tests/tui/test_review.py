"""Suggestion review in the reader: rejecting a suggestion (X), remembered across a restart."""

from __future__ import annotations

from tests.tui.conftest import SIZE
from tests.tui.helpers import open_article, row_cells, settle


def _shown(screen) -> list[tuple[str, str]]:
    text = screen.article.text
    return [(m.kind, text[m.start : m.end]) for m in screen.marks]


async def test_reject_restart_still_rejected(make_app) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = await open_article(pilot, "a1")
        assert ("entity", "Bùi Thanh Sơn") in _shown(screen)
        await pilot.press("n")
        assert screen.focused_mark.kind == "entity"
        await pilot.press("X")
        await settle(pilot)
        [rejection] = app.store.rejections("a1")
        assert (rejection.label, rejection.anchor.exact) == ("PER", "Bùi Thanh Sơn")
        assert ("entity", "Bùi Thanh Sơn") not in _shown(screen)
        assert app.store.spans("a1") == []
        # undo brings the suggestion back, redo rejects it again
        await pilot.press("u")
        await settle(pilot)
        assert ("entity", "Bùi Thanh Sơn") in _shown(screen)
        await pilot.press("U")
        await settle(pilot)
        assert ("entity", "Bùi Thanh Sơn") not in _shown(screen)
    app.store.close()
    again = make_app()
    async with again.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = await open_article(pilot, "a1")
        assert ("entity", "Bùi Thanh Sơn") not in _shown(screen)
        assert ("entity", "Liên bang Nga") in _shown(screen)
        assert [r.label for r in again.store.rejections("a1")] == ["PER"]


async def test_reject_needs_a_suggestion(make_app) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = await open_article(pilot, "a1")
        await pilot.press("n", "a")  # my span now covers it: X does not reject my span
        await settle(pilot)
        screen.focused_mark = next(m for m in screen.marks if m.kind == "span")
        await pilot.press("X")
        await settle(pilot)
        assert app.store.rejections("a1") == []
        assert len(app.store.spans("a1")) == 1


def _status(screen) -> str:
    return str(screen.query_one("#reader-status").render())


async def test_review_mode_walks_and_persists_across_a_restart(make_app) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = await open_article(pilot, "a1")
        text = screen.article.text
        total = screen.review_progress()[1]
        assert total >= 4 and screen.review_progress()[0] == 0
        await pilot.press("R")
        await settle(pilot)
        first = screen.reviewing
        assert first is not None and text[first[0] : first[1]] == "Bùi Thanh Sơn"
        assert f"review 1/{total}" in _status(screen) and "X reject" in _status(screen)
        assert screen.focused_mark is not None and screen.focused_mark.start == first[0]
        await pilot.press("a")  # accept: a span, then the next suggestion
        await settle(pilot)
        second = screen.reviewing
        assert second is not None and second > first
        await pilot.press("X")  # reject
        await settle(pilot)
        third = screen.reviewing
        await pilot.press("space")  # skip: nothing saved
        await settle(pilot)
        assert screen.reviewing is not None and screen.reviewing > third
        await pilot.press("escape")
        await settle(pilot)
        assert screen.reviewing is None
        assert screen.review_progress() == (2, total)
        assert [(s.label, s.anchor.exact) for s in app.store.spans("a1")] == [
            ("PER", "Bùi Thanh Sơn")
        ]
        [no] = app.store.rejections("a1")
        assert (no.anchor.start, no.anchor.end, no.label) == (second[0], second[1], second[3])
        # the progress is in the DB (it travels with it), not in the settings
        assert app.store.review_progress() == {"a1": (2, total)}
        assert "review" not in app.settings
    app.store.close()
    again = make_app()
    async with again.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert row_cells(pilot, "a1")[-1] == f"2/{total}"  # the list's Review column
        others = [i for i in again.rows if i != "a1"]
        assert others and all(row_cells(pilot, i)[-1] == "" for i in others)
        screen = await open_article(pilot, "a1")
        assert screen.review_progress() == (2, total)
        await pilot.press("R")  # resumes at the first undecided: the one skipped
        await settle(pilot)
        assert screen.reviewing == third
        assert "2 decided" in _status(screen)


async def test_review_mode_relabels_with_enter(make_app) -> None:
    from vnreader.tui.screens.dialogs import LabelPicker

    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = await open_article(pilot, "a1")
        text = screen.article.text
        await pilot.press("R")
        await settle(pilot)
        first = screen.reviewing
        assert first is not None and first[3] == "PER"
        await pilot.press("enter")  # relabel: the label picker, not the reader's ⏎
        await settle(pilot)
        assert isinstance(pilot.app.screen, LabelPicker)
        await pilot.press("o")  # ORG
        await settle(pilot)
        assert pilot.app.screen is screen
        [span] = app.store.spans("a1")
        assert (span.label, span.anchor.exact) == ("ORG", text[first[0] : first[1]])
        assert app.store.rejections("a1") == []
        assert screen.reviewing is not None and screen.reviewing > first  # on to the next
        assert screen.review_progress()[0] == 1
        second = screen.reviewing
        await pilot.press("enter", "escape")  # a relabel cancelled: nothing saved, still here
        await settle(pilot)
        assert pilot.app.screen is screen and screen.reviewing == second
        assert len(app.store.spans("a1")) == 1


async def test_rejecting_a_figure_keeps_that_it_is_a_figure(make_app) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = await open_article(pilot, "a1")
        figure = next(m for m in screen.marks if m.kind == "figure")
        screen.focused_mark = figure
        await pilot.press("X")
        await settle(pilot)
        [no] = app.store.rejections("a1")
        assert (no.tag, no.label) == ("figure", figure.label)
        assert (no.anchor.start, no.anchor.end) == (figure.start, figure.end)
        entity = next(m for m in screen.marks if m.kind == "entity")
        screen.focused_mark = entity
        await pilot.press("X")
        await settle(pilot)
        assert sorted(r.tag for r in app.store.rejections("a1")) == ["entity", "figure"]


async def test_review_status_reads_the_store_when_it_changes_not_at_every_redraw(
    make_app, monkeypatch
) -> None:
    from vnreader.tui.screens.reader_review import ReviewState

    syncs: list[int] = []
    sync = ReviewState.sync

    def counted(self, spans, rejections) -> None:
        syncs.append(len(spans) + len(rejections))
        sync(self, spans, rejections)

    monkeypatch.setattr(ReviewState, "sync", counted)
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = await open_article(pilot, "a1")
        total = screen.review_progress()[1]
        assert "R review (0/" in _status(screen)
        syncs.clear()
        for _ in range(4):  # the status line drawn again (a scroll, a search, progress)
            screen._render_status()
        await pilot.press("n")  # the focus moves: drawn again
        await settle(pilot)
        assert syncs == []  # nothing changed: the review state was not synced again
        await pilot.press("a")  # accept the focused one: the state follows the store
        await settle(pilot)
        assert syncs and screen.review_progress() == (1, total)
        screen.focused_mark = None
        screen._render_status()
        assert f"R review (1/{total} reviewed)" in _status(screen)
