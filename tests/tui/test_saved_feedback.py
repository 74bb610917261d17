"""'saved' is in the first frame drawn after the key that saves (no frame of the list
without it in between): the feedback comes as soon as Textual can draw it."""

from __future__ import annotations

import pytest

from tests.tui.conftest import SIZE
from tests.tui.helpers import settle, type_text


def watch_frames(app) -> list[tuple[str, bool]]:
    """For each frame the app draws from now on: its screen's class and whether a
    notification (toast) is on it."""
    frames: list[tuple[str, bool]] = []
    display = app._display

    def drawn(screen, renderable) -> None:
        display(screen, renderable)
        if renderable is not None:
            names = {type(w).__name__ for w in screen._compositor.visible_widgets}
            frames.append((type(screen).__name__, "Toast" in names))

    app._display = drawn
    return frames


@pytest.mark.parametrize(("dialog", "save"), [("t", "enter"), ("w", "ctrl+s")])
async def test_saved_shows_in_the_first_frame_after_the_dialog(make_app, dialog, save) -> None:
    """Tag (t … ⏎) and note (w … ctrl+s) on the list."""
    app = make_app()
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(pilot)
        await pilot.press("g", dialog)
        await type_text(pilot, "kinh te")
        await pilot.pause()
        frames = watch_frames(app)
        await pilot.press(save)
        await settle(pilot)
        after = [toast for screen, toast in frames if screen == "ArticleListScreen"]
        assert after and after[0], frames  # the first frame of the list shows "saved"
        first = app.screen.visible_ids()[0]
        assert app.store.tags(first) == ["kinh te"] or app.store.note(first) is not None


async def test_without_notifications_nothing_is_held(make_app) -> None:
    """Tests and apps without toasts: painting is never held waiting for one."""
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("g", "t")
        await type_text(pilot, "kinh te")
        await pilot.press("enter")
        assert app._batch_count == 0
