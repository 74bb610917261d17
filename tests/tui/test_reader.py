"""The reader: highlights, focus, layers, accepting, deleting, undo/redo, J/K, raw view."""

from __future__ import annotations

from textual.widgets import Static

from tests.tui.conftest import SIZE
from tests.tui.helpers import open_article, reader, settle
from vnreader.tui.highlights import FOCUS_STYLE
from vnreader.tui.screens.raw import RawScreen


def _styles_at(screen, paragraph: int, local: int) -> list[str]:
    content = screen.query_one(f"#p{paragraph}", Static).render()
    return [str(s.style) for s in content.spans if s.start <= local < s.end]


async def test_next_previous_highlight_and_accept(make_app) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = await open_article(pilot, "a1")
        text = screen.article.text
        kinds = [(m.kind, text[m.start : m.end]) for m in screen.marks]
        assert kinds[:2] == [("entity", "Bùi Thanh Sơn"), ("entity", "Liên bang Nga")]
        assert ("figure", "4,7 tỷ USD") in kinds
        await pilot.press("n")
        assert screen.focused_mark is not None
        assert text[screen.focused_mark.start : screen.focused_mark.end] == "Bùi Thanh Sơn"
        local = screen.focused_mark.start
        assert FOCUS_STYLE in _styles_at(screen, 0, local)  # the focus is visible
        await pilot.press("n", "n")
        assert text[screen.focused_mark.start : screen.focused_mark.end] == "4,7 tỷ USD"
        assert FOCUS_STYLE not in _styles_at(screen, 0, local)
        await pilot.press("N")
        assert text[screen.focused_mark.start : screen.focused_mark.end] == "Liên bang Nga"
        await pilot.press("a")
        await settle(pilot)
        [span] = app.store.spans("a1")
        assert (span.label, span.anchor.exact) == ("LOC", "Liên bang Nga")
        # a figure is accepted with the FIGURE label of the config
        await pilot.press("n", "a")
        await settle(pilot)
        labels = sorted((s.label, s.anchor.exact) for s in app.store.spans("a1"))
        assert labels == [("FIGURE", "4,7 tỷ USD"), ("LOC", "Liên bang Nga")]
        # m/M visit only my spans (n/N visit every highlight)
        await pilot.press("N", "N", "N")
        assert screen.focused_mark.kind == "entity"
        await pilot.press("m")
        first = screen.focused_mark
        assert (first.kind, text[first.start : first.end]) == ("span", "Liên bang Nga")
        await pilot.press("m")
        assert text[screen.focused_mark.start : screen.focused_mark.end] == "4,7 tỷ USD"
        await pilot.press("M")
        assert screen.focused_mark == first


async def test_delete_undo_redo(make_app) -> None:
    app = make_app()
    a1 = app.corpus.article("a1")
    start = a1.text.index("Việt Nam")
    app.store.add_span("a1", a1.text, a1.content_hash, start, start + 8, label="LOC")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = await open_article(pilot, "a1")
        await pilot.press("3")  # hide my spans...
        assert not [m for m in screen.marks if m.kind == "span"]
        await pilot.press("3", "1", "2")  # ...show them again; hide entities and figures
        assert [m.kind for m in screen.marks] == ["span"]
        await pilot.press("n", "d")
        await settle(pilot)
        assert app.store.spans("a1") == []
        assert list(screen.marks) == []
        await pilot.press("u")
        await settle(pilot)
        assert [s.anchor.exact for s in app.store.spans("a1")] == ["Việt Nam"]
        assert [m.kind for m in screen.marks] == ["span"]
        await pilot.press("U")
        await settle(pilot)
        assert app.store.spans("a1") == []
        await pilot.press("u")
        await settle(pilot)
        await pilot.press("ctrl+r")
        await settle(pilot)
        assert app.store.spans("a1") == []


async def test_selection_fine_adjust_label_picker_and_note(make_app) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = await open_article(pilot, "a1")
        text = screen.article.text
        await pilot.press("v", "down")  # a line down: into a later part of the text
        assert screen.selection.start > 0
        await pilot.press("escape")
        assert screen.selection is None
        await pilot.press("v", "L", "comma", "comma")  # "Bộ trưởng" minus two characters
        sel = screen.selection
        assert text[sel.start : sel.end] == "Bộ trưở"
        await pilot.press("full_stop", "full_stop", "greater_than_sign", "less_than_sign")
        sel = screen.selection
        assert text[sel.start : sel.end] == "Bộ trưởng"
        await pilot.press("enter")  # the picker: its keys work (c is LOC)
        await settle(pilot)
        await pilot.press("c")
        await settle(pilot)
        assert [(s.label, s.anchor.exact) for s in app.store.spans("a1")] == [("LOC", "Bộ trưởng")]
        # a span with a note only
        await pilot.press("v", "right", "i")
        await settle(pilot)
        for ch in "chuc vu":
            await pilot.press(ch if ch != " " else "space")
        await pilot.press("ctrl+s")
        await settle(pilot)
        notes = [(s.label, s.note, s.anchor.exact) for s in app.store.spans("a1") if s.note]
        assert notes == [(None, "chuc vu", "trưởng")]


async def test_next_article_raw_view_and_panel(make_app) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await open_article(pilot, "a1")
        await pilot.press("J")
        await settle(pilot)
        assert reader(pilot).article.id == "c3"
        await pilot.press("K")
        await settle(pilot)
        screen = reader(pilot)
        assert screen.article.id == "a1"
        await pilot.press("p")
        assert not screen.query_one("#side").display
        await pilot.press("p", "r")
        await settle(pilot)
        assert isinstance(app.screen, RawScreen)
        removed = str(app.screen.query_one("#removed-lines", Static).render())
        assert "widget: Chia sẻ Facebook" in removed
        await pilot.press("q")
        await settle(pilot)
        await pilot.press("q")
        await settle(pilot)
        assert type(app.screen).__name__ == "ArticleListScreen"


async def test_relabel_span_and_long_article_scrolls_to_focus(make_app) -> None:
    from vnreader.corpus import load_corpus
    from vnreader.locations import bundled_seeds

    long = max(load_corpus(bundled_seeds()).articles, key=lambda a: len(a.text))
    app = make_app([long])
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = await open_article(pilot, long.id)
        assert len(screen.marks) > 20  # "Việt Nam", "Liên bang Nga"... all through the text
        body = screen.body
        await pilot.press("N", "N")  # the first highlight, then wrap to the last one
        await pilot.pause()
        focus = screen.focused_mark
        assert focus == list(screen.marks)[-1]
        para = screen.query_one(f"#p{screen.offsets.index_at(focus.start)}")
        assert body.scroll_y > 0
        top, bottom = body.scroll_y, body.scroll_y + body.scrollable_content_region.height
        region = para.virtual_region
        assert region.y < bottom and region.bottom > top  # the focused paragraph is in view
        # accept with a picked label, then relabel my span with Enter
        await pilot.press("enter", "x")
        await settle(pilot)
        [span] = app.store.spans(long.id)
        assert (span.label, span.anchor.start) == ("MISC", focus.start)
        assert screen.focused_mark.kind == "span"  # the new span has the focus
        await pilot.press("n", "N")  # n/N reach my span, not the entity under it
        assert screen.focused_mark.kind == "span"
        await pilot.press("enter", "o")
        await settle(pilot)
        assert [s.label for s in app.store.spans(long.id)] == ["ORG"]


async def test_spans_reanchor_and_orphans_are_listed(make_app, db_path) -> None:
    from dataclasses import replace

    from vnreader.store import AnnotationStore

    old = make_articles_by_id()["a1"]
    with AnnotationStore(db_path, author="x") as store:
        start = old.text.index("Liên bang Nga")
        store.add_span("a1", old.text, old.content_hash, start, start + 13, label="LOC")
        gone = old.text.index("Sputnik V")
        store.add_span("a1", old.text, old.content_hash, gone, gone + 9, label="MISC")
    edited = replace(
        old,
        paragraphs=("Tin mới thêm ở đầu bài.", old.paragraphs[0], old.paragraphs[1]),
    )
    articles = [edited if a.id == "a1" else a for a in make_articles_by_id().values()]
    app = make_app(articles)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = await open_article(pilot, "a1")
        spans = [m for m in screen.marks if m.kind == "span"]
        assert [edited.text[m.start : m.end] for m in spans] == ["Liên bang Nga"]
        side = str(screen.query_one("#side-content", Static).render())
        assert "⚠ orphan MISC “Sputnik V”" in side  # marked first: never cut off


def make_articles_by_id():
    from tests.tui.conftest import make_articles

    return {a.id: a for a in make_articles()}


async def test_configured_label_keys(make_app) -> None:
    from vnreader.config import Config, Label

    labels = (Label("EVENT", "!", "Event"), Label("HUMAN", "h", "Person"))
    app = make_app(config=Config(labels=labels, author="t"))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = await open_article(pilot, "a1")
        assert [lab.name for lab in screen.direct_labels()] == ["EVENT"]  # h moves instead
        await pilot.press("v", "exclamation_mark")
        await settle(pilot)
        assert [(s.label, s.anchor.exact) for s in app.store.spans("a1")] == [("EVENT", "Bộ")]
        await pilot.press("v", "l", "h")  # h moves back: nothing labelled
        assert screen.selection is not None
        assert len(app.store.spans("a1")) == 1
        await pilot.press("enter", "h")  # the picker takes h
        await settle(pilot)
        assert sorted(s.label for s in app.store.spans("a1")) == ["EVENT", "HUMAN"]


async def test_undo_that_restores_a_span_places_it_in_the_current_text(make_app, db_path) -> None:
    from dataclasses import replace

    from vnreader.store import AnnotationStore

    old = make_articles_by_id()["a1"]
    with AnnotationStore(db_path, author="x") as store:
        start = old.text.index("Liên bang Nga")
        span = store.add_span("a1", old.text, old.content_hash, start, start + 13, label="LOC")
        store.delete(span.id)  # undoing this brings back offsets into the old text
    edited = replace(old, paragraphs=("Tin mới thêm ở đầu bài.", *old.paragraphs))
    articles = [edited if a.id == "a1" else a for a in make_articles_by_id().values()]
    app = make_app(articles)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("u")
        await settle(pilot)
        [restored] = app.store.spans("a1")
        anchor = restored.anchor
        assert anchor is not None and anchor.content_hash == edited.content_hash
        assert edited.text[anchor.start : anchor.end] == "Liên bang Nga"


def test_default_label_keys_shadow_no_key_of_the_app() -> None:
    from vnreader.config import DEFAULT_LABELS
    from vnreader.tui import commands

    used = {k for c in commands.COMMANDS for k in c.keys.split(",") if k}
    assert not [lab for lab in DEFAULT_LABELS if commands.key_name(lab.key) in used]
    assert commands.label_key_warnings(DEFAULT_LABELS) == []


async def test_leave_and_move_keys_never_save_a_label(make_app) -> None:
    """A label configured on q (back) or n (next highlight) is reachable with ⏎ only, and
    start-up says so; a label on t (tag, not a move) works, with a warning."""
    from vnreader.config import Config, Label

    labels = (Label("QUOTE", "q"), Label("NAME", "n"), Label("TOPIC", "t"))
    app = make_app(config=Config(labels=labels, author="t"))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        warnings = [n.message for n in app._notifications if n.title == "config.toml"]
        assert len(warnings) == 3 and "QUOTE" in warnings[0] and "⏎" in warnings[0]
        screen = await open_article(pilot, "a1")
        assert [lab.name for lab in screen.direct_labels()] == ["TOPIC"]
        await pilot.press("v", "q", "n")
        await settle(pilot)
        assert app.store.spans("a1") == []
        await pilot.press("t")
        await settle(pilot)
        assert [s.label for s in app.store.spans("a1")] == ["TOPIC"]
