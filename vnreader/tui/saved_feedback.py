""" "saved" in the first frame drawn after a change.

Textual shows a notification as a toast mounted a few messages after ``notify`` (the app
handles the notification, then asks the screen's toast rack to show it; after a dialog,
the screen below is resumed first). Meanwhile the screen is painted: after ⏎ in the tag or
note dialog, a frame of the list without the dialog, then a second frame (and a layout of
the whole screen) with the toast. Here painting is held (``App.batch_update``) from the
notification until its toast is mounted and its rack has handled what it queued with it
(the scroll to the newest toast: released before that, a first toast is laid out with no
size), then the screen is prompted to paint at once (the end of a batch prompts only the
app, and the frame would wait for the screen's next message). So the first frame after
the key shows "saved", and the screen is composed once instead of twice. The hold ends
after ``HOLD`` seconds whatever happens, and is not taken when the app shows no
notifications.
"""

from __future__ import annotations

import time
from contextlib import ExitStack

from textual.app import App

HOLD = 0.25  # seconds: the most painting waits for the toast (it takes a few ms)
LOOK_EVERY = 0.002  # seconds between two looks for the toast


def notify_saved(
    app: App[object], message: str, *, title: str = "saved", timeout: float = 2
) -> None:
    """Notify *message* (plain text) and draw nothing until its toast can be drawn."""
    screen = app.screen
    if not screen.query("ToastRack"):  # notifications are off: nothing to wait for
        app.notify(message, title=title, timeout=timeout, markup=False)
        return
    before = set(screen.query("Toast"))
    held = ExitStack()
    held.enter_context(app.batch_update())
    app.notify(message, title=title, timeout=timeout, markup=False)
    until = time.monotonic() + HOLD

    def look() -> None:
        mounted = [t for t in app.screen.query("Toast") if t not in before and t.is_mounted]
        if mounted:
            timer.stop()
            holder = mounted[0].parent
            rack = holder.parent if holder is not None else None
            (rack or app.screen).call_later(release)  # after the rack's own calls
        elif time.monotonic() > until:
            timer.stop()
            release()

    def release() -> None:
        held.close()
        app.screen.check_idle()

    timer = app.set_interval(LOOK_EVERY, look, name="saved feedback")
