"""Dialogs: a note left with Escape is kept as a draft; tag completion ignores case and
diacritics, tab completes, near-duplicates are warned about, the article's title is shown."""

from __future__ import annotations

import pytest
from textual.widgets import Input, Label, TextArea

from tests.tui.conftest import SIZE
from tests.tui.helpers import list_screen, open_article, settle, shown_ids, type_text
from vnreader.tui.screens.dialogs import NoteScreen, TagScreen


async def test_escape_keeps_a_draft_of_a_note(make_app) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = await open_article(pilot, "a1")
        await pilot.press("w")
        await settle(pilot)
        await type_text(pilot, "ghi chu dai")
        await pilot.press("escape")
        await settle(pilot)
        assert app.store.note("a1") is None  # not saved...
        assert any("draft" in n.message for n in app._notifications)
        await pilot.press("w")
        await settle(pilot)
        assert isinstance(app.screen, NoteScreen)
        assert app.screen.query_one(TextArea).text == "ghi chu dai"  # ...but not lost
        assert "restored" in str(app.screen.query_one("#note-hint", Label).render())
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert app.store.note("a1").note == "ghi chu dai"
        await pilot.press("w")
        await settle(pilot)
        assert "restored" not in str(app.screen.query_one("#note-hint", Label).render())
        await pilot.press("escape")
        # the same for the note of a span (and of a selection not saved yet)
        await pilot.press("n", "a")
        await settle(pilot)
        await pilot.press("i")
        await settle(pilot)
        await type_text(pilot, "nguon")
        await pilot.press("escape")
        await settle(pilot)
        await pilot.press("i")
        await settle(pilot)
        assert app.screen.query_one(TextArea).text == "nguon"
        await pilot.press("escape")
        await settle(pilot)
        assert screen.focused_mark is not None
        await pilot.press("v", "i")
        await settle(pilot)
        await type_text(pilot, "y")
        await pilot.press("escape")
        await settle(pilot)
        await pilot.press("i")
        await settle(pilot)
        assert app.screen.query_one(TextArea).text == "y"


async def test_tag_completion_ignores_diacritics_and_warns_of_near_duplicates(make_app) -> None:
    app = make_app()
    app.store.add_tag("b2", "ngoại giao")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        ids = shown_ids(pilot)
        await pilot.press("g", *["j"] * ids.index("a1"), "t")
        await settle(pilot)
        assert isinstance(app.screen, TagScreen)
        title = str(app.screen.query_one("#tag-title", Label).render())
        assert "Bộ trưởng Bùi Thanh Sơn thăm Liên bang Nga" in title
        await type_text(pilot, "NGOAI")
        await settle(pilot)
        await pilot.press("tab")
        assert app.screen.query_one(Input).value == "ngoại giao"
        await pilot.press("enter")
        await settle(pilot)
        assert app.store.tags("a1") == ["ngoại giao"]
        # a near-duplicate: warned, ⏎ again adds it
        await pilot.press("j", "t")
        await settle(pilot)
        await type_text(pilot, "Ngoai-giao")
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, TagScreen)
        assert "Looks like the tag" in str(app.screen.query_one("#tag-hint", Label).render())
        await pilot.press("tab")  # take the tag in use instead
        assert app.screen.query_one(Input).value == "ngoại giao"
        await pilot.press("enter")
        await settle(pilot)
        current = shown_ids(pilot)[list_cursor(pilot)]
        assert app.store.tags(current) == ["ngoại giao"]
        await pilot.press("j", "t")
        await settle(pilot)
        await type_text(pilot, "Ngoai giao")
        await pilot.press("enter", "enter")
        await settle(pilot)
        assert "Ngoai giao" in app.store.all_tags()


def list_cursor(pilot) -> int:
    return list_screen(pilot).table.cursor_row


async def test_untag_dialog_names_the_article(make_app) -> None:
    from vnreader.tui.screens.dialogs import ChoiceScreen

    app = make_app()
    app.store.add_tag("b2", "du lịch")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        ids = shown_ids(pilot)
        await pilot.press("g", *["j"] * ids.index("b2"), "T")
        await settle(pilot)
        assert isinstance(app.screen, ChoiceScreen)
        assert "Đà Nẵng đón khách quốc tế" in app.screen.heading


@pytest.mark.parametrize(
    "keys",
    [("t",), ("w",), ("f",), ("e",), ("question_mark",), ("enter", "n", "enter")],
    ids=["tag", "note", "filter", "export", "help", "label picker"],
)
async def test_ctrl_q_quits_from_every_dialog(make_app, keys) -> None:
    """ctrl+q quits "everywhere" (README): a dialog once kept it from the app."""
    app = make_app()
    app.store.add_tag("a1", "x")  # f needs a tag
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        for key in keys:
            await pilot.press(key)
            await settle(pilot)
        assert app.screen.is_modal, type(app.screen).__name__
        await pilot.press("ctrl+q")
        await settle(pilot)
        assert app._exit, type(app.screen).__name__


async def test_ctrl_q_in_the_note_dialog_keeps_the_draft(make_app) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("w")
        await settle(pilot)
        await type_text(pilot, "chua xong")
        await pilot.press("ctrl+q")
        await settle(pilot)
        assert app._exit
    app.store.close()
    again = make_app()
    async with again.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("w")
        await settle(pilot)
        assert again.screen.query_one(TextArea).text == "chua xong"


@pytest.mark.parametrize("leave", ["escape", "ctrl+q"])
@pytest.mark.parametrize(
    ("saved", "typed", "kept"),
    [("", "   ", None), ("xong", "", None), ("xong", " roi", "xong roi")],
    ids=["blank", "unchanged", "changed"],
)
async def test_escape_and_ctrl_q_keep_the_same_drafts(
    make_app, leave: str, saved: str, typed: str, kept: str | None
) -> None:
    """A note left blank or as it was saved leaves no draft, whether the dialog is left with
    esc or the app quit with ctrl+q; a changed note is kept either way."""
    from vnreader.tui.drafts import get_draft

    app = make_app()
    if saved:
        app.store.set_note("a1", saved)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("w")
        await settle(pilot)
        assert isinstance(app.screen, NoteScreen) and app.screen.draft_key == "note:a1"
        await type_text(pilot, typed)
        await pilot.press(leave)
        await settle(pilot)
    assert get_draft("note:a1") == kept


async def test_a_long_dialog_heading_wraps_inside_the_dialog(make_app) -> None:
    """A long title ran past the dialog's border, cut there ("… hợp tác vớ")."""
    app = make_app()
    heading = "Note on “Đại sứ Liên bang Nga nỗ lực thúc đẩy quan hệ hợp tác với Việt Nam”"
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        app.push_screen(NoteScreen(heading))
        await settle(pilot)
        label = app.screen.query(Label).first()
        dialog = app.screen.query_one(".dialog")
        assert dialog.content_region.contains_region(label.region), (label.region, dialog)
        lines = label.render_lines(label.region.reset_offset)
        shown = " ".join("".join(s.text for s in line).strip() for line in lines)
        assert shown == heading
