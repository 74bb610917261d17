"""The entities view: every entity of the corpus, its spellings grouped, with counts.

Reads the corpus index only (:mod:`vnreader.corpusviews`): the index keeps the groups, so
the label filter, the name filter (typed, diacritics ignored) and the sort each read a
count and the rows on screen. Merging two groups and splitting an alias off are saved in
the store and used everywhere.

The groups the index holds show at once (those of an earlier run too). When some articles
have no stored analysis yet, they are analysed in a worker (Escape or leaving the view stops
it; what was done is kept) that stores them a batch at a time with the index's counts kept
up to date; the view reads them again at most every :data:`REFRESH_EVERY` seconds, so the
groups fill in while the user browses, filters and opens them. A refresh keeps the cursor
on its group and on its line of the screen, so the list does not move under it; until the
user moves the cursor off the first row, the view stays at the top of the list.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.message import Message
from textual.timer import Timer
from textual.widgets import Input, Static

from vnreader.corpusviews import CorpusViews, EntityGroup
from vnreader.corpusviews.group_pages import GroupPages
from vnreader.corpusviews.groups import SORTS
from vnreader.store.model import ENTITY_CHOICES
from vnreader.tui import commands
from vnreader.tui.corpus_views import NEEDS_INDEX, corpus_views, reload_choices
from vnreader.tui.messages import AnnotationsChanged
from vnreader.tui.numbers import format_number
from vnreader.tui.screens import corpus_view
from vnreader.tui.screens.corpus_view import CorpusViewScreen
from vnreader.tui.store_actions import apply_change
from vnreader.tui.widgets.footer import KeysFooter
from vnreader.tui.widgets.rows_table import Column, RowsTable

if TYPE_CHECKING:
    from vnreader.tui.app import VnreaderApp

LABELS = (None, "PER", "ORG", "LOC", "MISC")
REFRESH_EVERY = 0.5  # seconds at least between two readings of the groups while analysing
READ_SHARE = 0.1  # ... and at most this share of the time spent reading them (a name filter
# on a large corpus reads every group: 0.2 s on the 89,000 of VNTC)
COLUMNS = (
    Column("name", 0),
    Column("label", 5),
    Column("mentions", 8, right=True),
    Column("articles", 8, right=True),
    Column("spellings", 0),
)


class GroupsReady(Message):
    """The groups are ready to read (or could not be: *error*): all of them, or, with
    *analysing*, those of the articles analysed so far, the others being analysed."""

    def __init__(self, error: str = "", *, analysing: bool = False) -> None:
        super().__init__()
        self.error = error
        self.analysing = analysing


def _other(key: str, group: EntityGroup) -> str:
    """The key of a spelling in the split dialog, when it is not the group's (a surname
    written alone that joined a full name, a group merged in)."""
    return "" if key == group.key else f" · {key}"


def group_cells(group: EntityGroup) -> tuple[str, str, str, str, str]:
    spellings = " · ".join(text for text, _ in group.aliases)
    mentions, articles = format_number(group.mentions), format_number(group.articles)
    return (group.name, group.label, mentions, articles, spellings)


class EntitiesScreen(CorpusViewScreen):
    COMMAND_SCOPES = ("app", "entities")
    BINDINGS: ClassVar[list[BindingType]] = commands.bindings("entities")

    def __init__(self, views: CorpusViews) -> None:
        super().__init__()
        self.views = views
        self.label: str | None = None
        self.sort = "mentions"
        self.name_filter = ""
        self.shown: Sequence[EntityGroup] = []
        self.merging: EntityGroup | None = None
        self.ready = False
        self.analysing = False  # the corpus analysis runs: the rows are read again as it goes
        self.progress = ""  # how far it is, in the status line
        self._outdated = False  # the index's groups changed since the rows were read
        self._last_read = 0.0  # when the rows were last read (monotonic)
        self._read_cost = 0.0  # how long that took
        self._read_timer: Timer | None = None

    def compose(self) -> ComposeResult:
        yield Static(id="view-title")
        yield Input(placeholder="name (case and diacritics ignored)", id="filter", classes="hidden")
        yield RowsTable(COLUMNS, group_cells, id="groups")
        yield Static(id="view-status")
        yield KeysFooter()

    @property
    def table(self) -> RowsTable[EntityGroup]:
        return self.query_one("#groups", RowsTable)

    def on_mount(self) -> None:
        self.set_focus(self.table)
        self.title_line("Entities · reading the index…")
        self._build()

    def on_screen_resume(self) -> None:
        """Back from an article (analysed on demand meanwhile): the groups are built again
        in the worker when the index's counts changed; while the corpus analysis runs, the
        rows are read again (they were not while the view was covered)."""
        if self.analysing:
            self._read_again()
        elif self.ready and self.views.stale():
            self.ready = False
            self.views.reload()
            self.title_line("Entities · reading the index…")
            self._build()

    @work(thread=True, exclusive=True, group="entities")
    def _build(self) -> None:
        """Off the UI: make the index's groups ready and show them; then analyse what has
        no stored analysis yet, the groups read again as batches are stored."""
        try:
            self.views.prepare()  # at once unless an older, bulk write left them stale
            missing = self.views.index.unanalysed()
        except Exception as exc:  # an index problem: say so, keep the app
            self.post_message(GroupsReady(f"{type(exc).__name__}: {exc}"))
            return
        self.post_message(GroupsReady(analysing=bool(missing)))
        if missing:
            error = self.analyse_corpus(self.views, missing=missing, then=self.views.prepare)
            self.post_message(GroupsReady(error))

    @on(GroupsReady)
    def _groups_ready(self, event: GroupsReady) -> None:
        if event.error:
            self.notify(f"Entities: {event.error}", severity="error", markup=False)
        first = not self.ready
        self.ready = True
        self.analysing = event.analysing
        if not self.analysing:
            self.progress = self.stopped_note()
        if first:
            self.refresh_rows()
        else:  # the analysis ended: the last batch, in place
            self._outdated = True
            self._read_again()

    def analysis_progressed(self, done: int, total: int, left: str) -> None:
        """The analysis stored another batch: say so, and read the rows again soon."""
        parts = [f"analysed {format_number(done)} of {format_number(total)} articles"]
        if done < total:
            parts += [left, "esc stops, keeps what is done"]
        self.progress = " · ".join(filter(None, parts))
        self._outdated = True
        self._read_again()

    def _read_again(self) -> None:
        """Read the rows again now, or once :data:`REFRESH_EVERY` seconds have passed since
        the last reading, and ten times as long as it took (one timer at a time); not while
        another screen covers the view."""
        if not self.ready:
            return
        if self._read_timer is not None or not self.is_current:
            self._show_status()
            return
        every = max(REFRESH_EVERY, self._read_cost / READ_SHARE)
        wait = self._last_read + every - corpus_view.clock()
        if wait > 0:
            self._read_timer = self.set_timer(wait, self._timer_fired)
            self._show_status()
            return
        self._outdated = False
        began = corpus_view.clock()
        self.views.reload()  # the groups of the user's merges and splits, counted again
        current = self.current
        at_top = self.table.cursor_row == 0
        self.refresh_rows(None if at_top or current is None else current.key, in_place=True)
        self._read_cost = corpus_view.clock() - began

    def _timer_fired(self) -> None:
        self._read_timer = None
        if self._outdated:
            self._read_again()

    def refresh_rows(self, keep: str | None = None, *, in_place: bool = False) -> None:
        """Filter and sort the kept groups; the cursor stays on *keep* if still shown (with
        *in_place*, on the same line of the screen; else on the same row when *keep* is
        gone; without *keep*, on the first row)."""
        if not self.ready:
            return
        labels = None if self.label is None else [self.label]
        self.views.prepare()  # (a write if they were stale: not in the snapshot)
        with self.views.index.snapshot():  # the count, the cursor's place and the rows agree
            self.shown = self.views.entities(labels=labels, name=self.name_filter, sort=self.sort)
            cursor = self.table.cursor_row if in_place and keep is not None else 0
            if keep is not None and isinstance(self.shown, GroupPages):
                found = self.shown.position(keep)
                cursor = cursor if found is None else found
            if in_place:
                self.table.replace_rows(self.shown, cursor)
            else:
                self.table.set_rows(self.shown, cursor)
        self._last_read = corpus_view.clock()
        parts = [f"Entities · {format_number(len(self.shown))} shown"]
        if self.analysing:
            parts[0] += " so far"
        parts.append(f"label: {self.label or 'all'}")
        parts.append(f"sort: {self.sort}")
        if self.name_filter:
            parts.append(f"name: {self.name_filter}")
        self.title_line(" · ".join(parts))
        self._show_status()

    def _show_status(self) -> None:
        if self.merging is None:
            self.status_line(self.progress)

    @property
    def current(self) -> EntityGroup | None:
        return self.table.current

    # -- actions -------------------------------------------------------------------------
    def action_filter(self) -> None:
        self.open_filter(self.name_filter)

    @on(Input.Changed, "#filter")
    def _filter_changed(self, event: Input.Changed) -> None:
        self.name_filter = event.value.strip()
        self.refresh_rows()

    @on(Input.Submitted, "#filter")
    def _filter_submitted(self, event: Input.Submitted) -> None:
        self.close_filter()

    def action_back(self) -> None:
        if self.close_filter():
            return
        if self.merging is not None:
            self.merging = None
            self._show_status()
            return
        if self.name_filter:
            self.name_filter = ""
            self.refresh_rows()
            return
        self.app.pop_screen()

    def action_cycle_label(self) -> None:
        self.label = LABELS[(LABELS.index(self.label) + 1) % len(LABELS)]
        self.refresh_rows(self.current.key if self.current else None)

    def action_cycle_sort(self) -> None:
        self.sort = SORTS[(SORTS.index(self.sort) + 1) % len(SORTS)]
        self.refresh_rows(self.current.key if self.current else None)

    @on(RowsTable.Chosen, "#groups")
    def _chosen(self, event: RowsTable.Chosen) -> None:
        event.stop()
        self.action_open_group()

    def action_open_group(self) -> None:
        from vnreader.tui.screens.entity_articles import GroupArticlesScreen

        group = self.current
        if group is not None:
            self.app.push_screen(GroupArticlesScreen(self.views, group))

    def action_companions(self) -> None:
        from vnreader.tui.screens.entity_articles import CompanionsScreen

        group = self.current
        if group is not None:
            self.app.push_screen(CompanionsScreen(self.views, group))

    def action_chart(self) -> None:
        from vnreader.tui.screens.chart import ChartScreen

        group = self.current
        if group is None:
            return
        points = self.views.mention_series(group, by="month")
        if not points:
            self.notify("No dated article mentions it.", timeout=3, markup=False)
            return
        self.app.push_screen(ChartScreen(f"Mentions of {group.name} by month", points, "mentions"))

    def action_merge(self) -> None:
        group = self.current
        if group is None:
            return
        if self.merging is None or self.merging.key == group.key:
            self.merging = group
            self.status_line(
                f"Merge “{group.name}” into…: move to the entity and press m (esc cancels)"
            )
            return
        source, self.merging = self.merging, None
        said = f"Merged “{source.name}” into “{group.name}”."
        self._choose("merge", source.key, group.key, said, keep=group.key)

    def action_split(self) -> None:
        from vnreader.tui.screens.dialogs import ChoiceScreen

        group = self.current
        if group is None:
            return
        if len(group.forms) < 2:
            self.notify("This entity has one spelling only.", timeout=3, markup=False)
            return
        choices = [  # a spelling of another key says which ("Putin" of "PER:putin")
            (str(i), f"{form.text} ({format_number(form.mentions)})" + _other(form.key, group))
            for i, form in enumerate(group.forms)
        ]

        def split(chosen: str | None) -> None:
            if chosen is None:
                return
            form = group.forms[int(chosen)]
            said = f"“{form.text}” is an entity of its own."
            self._choose("split", form.key, form.text, said, keep=group.key)

        self.app.push_screen(ChoiceScreen(f"Split a spelling off “{group.name}”", choices), split)

    def _choose(self, kind: str, key: str, other: str, said: str, *, keep: str) -> None:
        """Save a merge or a split (*said* once saved, undoable like any change) and list
        the groups it makes, the cursor on *keep*."""
        done = apply_change(
            self.vn_app,
            ENTITY_CHOICES,
            lambda: self.vn_app.store.choose_entity(kind, key, other),
            said,
        )
        if done is not None:
            self._choices_changed(keep)

    def _choices_changed(self, keep: str | None) -> None:
        if reload_choices(self.app, self.views):
            self.refresh_rows(keep)

    @on(AnnotationsChanged)
    def _annotations_changed(self, event: AnnotationsChanged) -> None:
        if event.article_id in (None, ENTITY_CHOICES):  # an undo may have taken one back
            self._choices_changed(self.current.key if self.current else None)


def open_entities(app: VnreaderApp) -> None:
    """Push the entities view (or say why it cannot open)."""
    views = corpus_views(app)
    if views is None:
        app.notify(NEEDS_INDEX, severity="warning", markup=False)
        return
    app.push_screen(EntitiesScreen(views))
