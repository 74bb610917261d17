"""Every change to the store goes through here: refuse when read-only, report errors as
notifications (never a crash), show "saved", and tell every screen what changed."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from vnreader.store import ReadOnlyStore, StoreError
from vnreader.tui.messages import AnnotationsChanged
from vnreader.tui.saved_feedback import notify_saved

if TYPE_CHECKING:
    from vnreader.tui.app import VnreaderApp

T = TypeVar("T")

READ_ONLY_MESSAGE = (
    "Annotations are read-only (--read-only, or another vnreader has them open): "
    "you can read, search and export, not change anything."
)


def apply_change(
    app: VnreaderApp, article_id: str | None, change: Callable[[], T], done: str
) -> T | None:
    """Run *change* on the store; on success notify *done* (plain text) and broadcast."""
    if app.read_only:
        app.notify(READ_ONLY_MESSAGE, severity="warning", markup=False)
        return None
    try:
        result = change()
    except ReadOnlyStore as exc:
        app.notify(str(exc), title="read-only", severity="warning", markup=False)
        return None
    except StoreError as exc:
        app.notify(str(exc), title="not saved", severity="error", markup=False)
        return None
    except (ValueError, KeyError, TypeError, OSError) as exc:
        app.notify(f"Not saved: {exc}", severity="error", markup=False)
        return None
    if done:
        notify_saved(app, done)
    broadcast(app, article_id)
    return result


def broadcast(app: VnreaderApp, article_id: str | None) -> None:
    """Tell every screen on the stack that annotations of *article_id* changed."""
    for screen in app.screen_stack:
        screen.post_message(AnnotationsChanged(article_id))
