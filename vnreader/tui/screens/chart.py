"""Charts in the terminal (textual-plot): a series of (period, value) points.

Up to :data:`BARS` points are drawn as bars with their periods under them; more as a line
in braille dots (10,000 points draw in a fraction of a second). The figures chart is
computed by the index (one ``GROUP BY``) from the figures view's filter; ``m`` switches
years and months, ``h`` what a bar shows (sum, max, mean, count).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import BindingType
from textual.widgets import Static
from textual_plot import AxisFormatter, HiResMode, PlotWidget

from vnreader.corpusviews import CorpusViews
from vnreader.corpusviews.series import HOWS
from vnreader.index.fact_queries import FigureQuery
from vnreader.tui import commands
from vnreader.tui.numbers import format_number
from vnreader.tui.screens.corpus_view import CorpusViewScreen
from vnreader.tui.widgets.footer import KeysFooter

BARS = 60
SCALES = ((1e9, "(billions)"), (1e6, "(millions)"), (1e3, "(thousands)"))
Points = Sequence[tuple[str, float]]


def draw(plot: PlotWidget, points: Points, unit: str | None) -> None:
    """Draw *points* on *plot* (cleared first)."""
    plot.clear()
    if not points:
        return
    top = max(abs(value) for _, value in points)
    scale, word = next(((n, w) for n, w in SCALES if top >= n * 10), (1.0, ""))
    ys = [value / scale for _, value in points]
    if len(points) <= BARS:
        plot.bar([period for period, _ in points], ys, bar_style="#4a90d9")
    else:
        xs = list(range(len(points)))
        plot.plot(xs, ys, line_style="#4a90d9", hires_mode=HiResMode.BRAILLE)
        plot.set_xticks(xs[:: max(1, len(points) // 8)])
        plot.set_x_formatter(_PeriodFormatter([period for period, _ in points]))
        plot.set_xlimits(0, len(points) - 1)
    plot.set_ylimits(min(0.0, *ys), max(ys) * 1.05 if max(ys) > 0 else 1.0)
    plot.set_ylabel(" ".join(x for x in (unit or "value", word) if x))


class _PeriodFormatter(AxisFormatter):
    """Tick labels: the periods (the x axis counts points)."""

    def __init__(self, periods: list[str]) -> None:
        self.periods = periods

    def get_ticks(self, min_: float, max_: float, max_ticks: int = 8) -> list[float]:
        step = max(1, len(self.periods) // max(1, max_ticks))
        return [float(i) for i in range(0, len(self.periods), step)]

    def get_labels_for_ticks(self, ticks: Sequence[float]) -> list[str]:
        return [self.periods[int(t)] if 0 <= int(t) < len(self.periods) else "" for t in ticks]


class ChartScreen(CorpusViewScreen):
    COMMAND_SCOPES = ("app", "chart")
    BINDINGS: ClassVar[list[BindingType]] = commands.bindings("chart")
    DEFAULT_CSS = """
    ChartScreen PlotWidget { height: 1fr; }
    """

    def __init__(self, title: str, points: Points, unit: str | None = None) -> None:
        super().__init__()
        self.heading = title
        self.points = list(points)
        self.unit = unit

    def compose(self) -> ComposeResult:
        yield Static(id="view-title")
        yield PlotWidget(id="chart")
        yield Static(id="view-status")
        yield KeysFooter()

    def on_mount(self) -> None:
        self.redraw()

    def series(self) -> Points:
        return self.points

    def redraw(self) -> None:
        points = self.series()
        draw(self.query_one("#chart", PlotWidget), points, self.unit)
        count = len(points)
        self.title_line(f"{self.heading} · {format_number(count)} point{'' if count == 1 else 's'}")
        total = sum(v for _, v in points)
        self.status_line(f"total {format_number(round(total))}" if points else "nothing to chart")

    regroups = False  # the mentions chart is by month and counts: m and h do not apply

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Hide ``m`` and ``h`` from the Footer of a chart they cannot change."""
        if action in ("toggle_period", "cycle_how"):
            return self.regroups
        return True

    def action_toggle_period(self) -> None:
        """Years or months (the figures chart)."""

    def action_cycle_how(self) -> None:
        """Sum, max, mean or count (the figures chart)."""


class FiguresChartScreen(ChartScreen):
    """The chart of the figures view's filter, by year or month."""

    regroups = True

    def __init__(
        self, title: str, views: CorpusViews, query: FigureQuery, unit: str | None
    ) -> None:
        super().__init__(title, (), unit)
        self.views = views
        self.figures = query
        self.by = "year"
        self.how = "sum"

    def series(self) -> Points:
        return self.views.index.facts.figure_series(self.figures, by=self.by, how=self.how)

    def redraw(self) -> None:
        super().redraw()
        self.title_line(f"{self.heading} · {self.how} by {self.by}")

    def action_toggle_period(self) -> None:
        self.by = "month" if self.by == "year" else "year"
        self.redraw()

    def action_cycle_how(self) -> None:
        self.how = HOWS[(HOWS.index(self.how) + 1) % len(HOWS)]
        self.redraw()
