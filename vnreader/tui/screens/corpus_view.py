"""The base of the corpus-wide views (entities, figures, an entity's articles, charts).

What they share: the app, a title and a status line, the filter box, and the analysis of the
articles that have none yet, run in the view's worker with its progress in the title and
stopped when the view is left (what was done is kept).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from textual import on
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Input, Static

from vnreader.corpusviews import CorpusViews
from vnreader.index import IndexProgress
from vnreader.tui.messages import AnalysisProgressed
from vnreader.tui.numbers import format_number
from vnreader.tui.widgets.rows_table import RowsTable

clock = time.monotonic  # the time left and the throttled refreshes (a test sets it)

if TYPE_CHECKING:
    from vnreader.tui.app import VnreaderApp


class CorpusViewScreen(Screen[None]):
    """What the corpus-wide views share: the app, the views, a title and a status line, and
    the analysis of the articles that have none yet (its progress in the title)."""

    VIEW_NAME = "Entities"

    DEFAULT_CSS = """
    CorpusViewScreen #view-title { height: 1; background: $panel; padding: 0 1; }
    CorpusViewScreen #view-status { height: 1; color: $text-muted; padding: 0 1; }
    CorpusViewScreen Input.hidden { display: none; }
    CorpusViewScreen RowsTable { height: 1fr; }
    """

    def __init__(self) -> None:
        super().__init__()
        self.analysis_cancel = threading.Event()  # set when the view is left
        self._analysis_start: tuple[float, int] | None = None  # (monotonic time, done) at first

    @property
    def vn_app(self) -> VnreaderApp:
        return self.app  # type: ignore[return-value]

    def title_line(self, text: str) -> None:
        self.query_one("#view-title", Static).update(Content(text))

    def stopped_note(self) -> str:
        """What the status line says once the analysis ended: what is left if it stopped."""
        if not self.analysis_cancel.is_set():
            return ""
        missing = self.views.index.unanalysed()
        return f"{format_number(missing)} articles not analysed (stopped)" if missing else ""

    def status_line(self, text: str) -> None:
        self.query_one("#view-status", Static).update(Content(text))

    def open_filter(self, value: str) -> None:
        """Show the filter box holding *value* and focus it now, so that the keys typed
        right after ``/`` land in it (``/`` is a priority binding: the focus moves before
        the next key is routed); a ``/`` typed in the box is text."""
        box = self.query_one("#filter", Input)
        if self.focused is box:
            box.insert_text_at_cursor("/")
            return
        box.value = value
        box.cursor_position = len(value)
        box.remove_class("hidden")
        self.set_focus(box)

    def close_filter(self) -> bool:
        """Hide the filter box and give the focus back to the rows; False when it was
        hidden already (``⏎`` in the box, and the first Escape of a view's back key)."""
        box = self.query_one("#filter", Input)
        if box.has_class("hidden"):
            return False
        box.add_class("hidden")
        self.set_focus(self.query_one(RowsTable))
        return True

    def action_back(self) -> None:
        self.app.pop_screen()

    def on_unmount(self) -> None:
        self.analysis_cancel.set()

    def analyse_corpus(
        self,
        views: CorpusViews,
        *,
        missing: int | None = None,
        then: Callable[[], object] | None = None,
    ) -> str:
        """In a worker thread: store the analysis of the articles that have none yet
        (*missing* of them, counted here unless the caller counted them), its progress
        posted after each batch stored; the index's counts follow each batch, so a view can
        show what is done so far (and what is done is ready at once next time). Leaving the
        view stops it, what was done is kept, and the groups built before are forgotten.
        Then *then*, more of the view's work off the UI.

        Returns "" when all is done, else the error as the view says it ("OperationalError:
        …"): an index problem is reported, it never ends the app."""
        try:
            if missing is None:
                missing = views.index.unanalysed()
            if missing:
                self._analysis_start = None  # the time left is this analysis's own
                self.post_message(AnalysisProgressed(0, missing))
                views.index.analyse_all(
                    progress=self._progressed, cancel=self.analysis_cancel, live=True
                )
                views.reload()
            if then is not None:
                then()
        except Exception as exc:  # an index problem: say so, keep the app
            return f"{type(exc).__name__}: {exc}"
        return ""

    def _progressed(self, progress: IndexProgress) -> None:
        self.post_message(AnalysisProgressed(progress.done, progress.total))

    @on(AnalysisProgressed)
    def _analysis_progressed(self, event: AnalysisProgressed) -> None:
        self.analysis_progressed(event.done, event.total, self.time_left(event.done, event.total))

    def time_left(self, done: int, total: int) -> str:
        """ "about 40 s left" once the analysis ran a second and did something, else ""."""
        now = clock()
        if self._analysis_start is None:
            self._analysis_start = (now, done)
        began, done_then = self._analysis_start
        if done >= total or done <= done_then or now - began < 1.0:
            return ""
        left = (total - done) * (now - began) / (done - done_then)
        return f"about {format_number(max(1, round(left)))} s left"

    def analysis_progressed(self, done: int, total: int, left: str) -> None:
        """Say how far the corpus analysis is (*left*: the time left, or ""); the view
        shows what it has so far when it can (the entities view does)."""
        if done >= total:
            after = "building the lists…"  # the figures' words and indexes, once, at the end
        else:
            after = " · ".join(filter(None, (left, "esc stops, keeps what is done")))
        self.title_line(
            f"{self.VIEW_NAME} · analysing the corpus: "
            f"{format_number(done)} of {format_number(total)} · {after}"
        )
