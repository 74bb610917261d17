"""The base of the corpus views whose rows fill in while the corpus is analysed (the
entities and the figures).

What the index holds shows at once (what an earlier run analysed too). When some articles
have no stored analysis yet, they are analysed in the view's worker (Escape or leaving the
view stops it; what was done is kept), a batch at a time with what the views read kept up
to date (``analyse_all(live=True)``). The view reads its rows again at most every
:data:`REFRESH_EVERY` seconds, and at most :data:`READ_SHARE` of the time when reading them
is slow, never while another screen covers it; so the rows fill in while the user browses,
filters and opens them, and the line under the list says how far the analysis is.

A view says how its rows are made ready off the UI (:meth:`LiveListScreen.prepare_rows`)
and read (:meth:`LiveListScreen.read_rows`: at once on the UI, or in a worker that calls
:meth:`LiveListScreen.rows_read` when done). Read again, the rows keep the cursor on its
row and on its line of the screen; until the user moves off the first row, the view stays
at the top of the list.
"""

from __future__ import annotations

import threading
import time

from textual import on, work
from textual.message import Message
from textual.timer import Timer

from vnreader.corpusviews import CorpusViews
from vnreader.index import IndexProgress
from vnreader.tui.messages import AnalysisProgressed
from vnreader.tui.numbers import format_number
from vnreader.tui.screens.corpus_view import CorpusViewScreen
from vnreader.tui.widgets.rows_table import RowsTable

clock = time.monotonic  # the time left and the throttled readings (a test sets it)
REFRESH_EVERY = 0.5  # seconds at least between two readings of the rows while analysing
READ_SHARE = 0.1  # ... and at most this share of the time spent reading them (a name filter
# on a large corpus reads every group: 0.2 s on the 89,000 of VNTC)


class RowsReady(Message):
    """The view's rows are ready to read (or could not be: *error*): all of them, or, with
    *analysing*, those of the articles analysed so far, the others being analysed."""

    def __init__(self, error: str = "", *, analysing: bool = False) -> None:
        super().__init__()
        self.error = error
        self.analysing = analysing


class LiveListScreen(CorpusViewScreen):
    """A corpus view listing rows of the index that fill in while the corpus is analysed."""

    def __init__(self, views: CorpusViews) -> None:
        super().__init__()
        self.views = views
        self.analysis_cancel = threading.Event()  # set when the view is left
        self._analysis_start: tuple[float, int] | None = None  # (monotonic time, done) at first
        self.ready = False  # the rows can be read (the first reading is done or under way)
        self.analysing = False  # the corpus analysis runs: the rows are read again as it goes
        self.progress = ""  # how far it is, in the status line
        self._outdated = False  # the index changed since the rows were read
        self._last_read = 0.0  # when the rows were last read (monotonic)
        self._read_cost = 0.0  # how long that took
        self._read_timer: Timer | None = None

    # -- what a view says ------------------------------------------------------------------
    def prepare_rows(self) -> None:
        """Off the UI: make what the view reads ready (the index's counts)."""
        self.views.prepare()

    def read_rows(self, *, again: bool) -> None:
        """Read the rows: the first time (*again* False), the cursor on the first row; read
        again as the analysis goes, the cursor on its row and its line (see :meth:`at_top`).
        A view that reads them in a worker calls :meth:`rows_read` when they are shown."""
        raise NotImplementedError

    def status_busy(self) -> bool:
        """Whether the status line says something else now (the progress waits)."""
        return False

    def at_top(self) -> bool:
        """Whether the cursor is on the first row: a reading again leaves it there (the
        view stays at the top of the list as it fills in), else keeps it on its row."""
        return self.query_one(RowsTable).cursor_row == 0

    # -- the machinery -----------------------------------------------------------------------
    def load_rows(self) -> None:
        """Make the rows ready and show them (in a worker), then analyse what has no stored
        analysis yet, the rows read again as batches are stored."""
        self.ready = False
        self.title_line(f"{self.VIEW_NAME} · reading the index…")
        self._load()

    @work(thread=True, exclusive=True, group="live-list")
    def _load(self) -> None:
        try:
            self.prepare_rows()  # at once unless an older, bulk write left them stale
            missing = self.views.index.unanalysed()
        except Exception as exc:  # an index problem: say so, keep the app
            self.post_message(RowsReady(f"{type(exc).__name__}: {exc}"))
            return
        self.post_message(RowsReady(analysing=bool(missing)))
        if missing:
            self.post_message(RowsReady(self._analyse(missing)))

    @on(RowsReady)
    def _rows_ready(self, event: RowsReady) -> None:
        if event.error:
            self.notify(f"{self.VIEW_NAME}: {event.error}", severity="error", markup=False)
        first = not self.ready
        self.ready = True
        self.analysing = event.analysing
        if not self.analysing:
            self.progress = self.stopped_note()
        if first:
            self.read_rows(again=False)
        else:  # the analysis ended: the last batch, in place, with the groups built again
            self.views.reload()
            self._outdated = True
            self.read_again()

    def on_screen_resume(self) -> None:
        """Back from an article (analysed on demand meanwhile): the rows are made ready
        again when the index's counts changed; while the corpus analysis runs, they are
        read again (they were not while the view was covered)."""
        if self.analysing:
            self.read_again()
        elif self.ready and self.views.stale():
            self.views.reload()
            self.load_rows()

    def on_unmount(self) -> None:
        self.analysis_cancel.set()

    def _analyse(self, missing: int) -> str:
        """In the worker: store the analysis of the *missing* articles that have none yet,
        its progress posted after each batch stored; what the views read follows each batch
        (what is done is ready at once next time, and now: nothing is left to prepare).
        Leaving the view stops it, what was done is kept. Returns "" when all is done, else
        the error as the view says it ("OperationalError: …"): an index problem is
        reported, it never ends the app. The views' groups are the UI's to forget."""
        try:
            self._analysis_start = None  # the time left is this analysis's own
            self.post_message(AnalysisProgressed(0, missing))
            self.views.index.analyse_all(
                progress=self._progressed, cancel=self.analysis_cancel, live=True
            )
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

    def stopped_note(self) -> str:
        """What the status line says once the analysis ended: what is left if it stopped."""
        if not self.analysis_cancel.is_set():
            return ""
        missing = self.views.index.unanalysed()
        return f"{format_number(missing)} articles not analysed (stopped)" if missing else ""

    def analysis_progressed(self, done: int, total: int, left: str) -> None:
        """The analysis stored another batch (*left*: the time left, or ""): say so, and
        read the rows again soon."""
        parts = [f"analysed {format_number(done)} of {format_number(total)} articles"]
        if done < total:
            parts += [left, "esc stops, keeps what is done"]
        self.progress = " · ".join(filter(None, parts))
        self._outdated = True
        self.read_again()

    def read_again(self) -> None:
        """Read the rows again now, or once :data:`REFRESH_EVERY` seconds have passed since
        the last reading, and ten times as long as it took (one timer at a time); not while
        another screen covers the view."""
        if not self.ready:
            return
        if self._read_timer is not None or not self.is_current:
            self.show_status()
            return
        every = max(REFRESH_EVERY, self._read_cost / READ_SHARE)
        wait = self._last_read + every - clock()
        if wait > 0:
            self._read_timer = self.set_timer(wait, self._timer_fired)
            self.show_status()
            return
        self._outdated = False
        began = self._last_read = clock()  # (again when the rows are shown)
        self.read_rows(again=True)
        self._read_cost = clock() - began
        self.show_status()

    def _timer_fired(self) -> None:
        self._read_timer = None
        if self._outdated:
            self.read_again()

    def rows_read(self, cost: float | None = None) -> None:
        """The rows were read and shown (*cost*: how long the reading took, if it was not
        on the UI): the next reading is timed from now."""
        self._last_read = clock()
        if cost is not None:
            self._read_cost = cost
        self.show_status()

    def show_status(self) -> None:
        """The status line: the analysis's progress, unless the view says something else."""
        if not self.status_busy():
            self.status_line(self.progress)
