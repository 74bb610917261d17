"""The entities view: every entity of the corpus, its spellings grouped, with counts.

Reads the corpus index only (:mod:`vnreader.corpusviews`): the index keeps the groups, so
the label filter, the name filter (typed, diacritics ignored) and the sort each read a
count and the rows on screen. Merging two groups and splitting an alias off are saved in
the store and used everywhere.

The groups the index holds show at once (those of an earlier run too) and fill in while
the corpus is analysed (:mod:`vnreader.tui.screens.live_list`); a reading again keeps the
cursor on its group and on its line of the screen, so the list does not move under it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.widgets import Input, Static

from vnreader.corpusviews import CorpusViews, EntityGroup
from vnreader.corpusviews.group_pages import GroupPages
from vnreader.corpusviews.groups import SORTS
from vnreader.store.model import ENTITY_CHOICES
from vnreader.tui import commands
from vnreader.tui.corpus_views import NEEDS_INDEX, corpus_views, reload_choices
from vnreader.tui.messages import AnnotationsChanged
from vnreader.tui.numbers import format_number
from vnreader.tui.screens.live_list import LiveListScreen
from vnreader.tui.store_actions import apply_change
from vnreader.tui.widgets.footer import KeysFooter
from vnreader.tui.widgets.rows_table import Column, RowsTable

if TYPE_CHECKING:
    from vnreader.tui.app import VnreaderApp

LABELS = (None, "PER", "ORG", "LOC", "MISC")
COLUMNS = (
    Column("name", 0),
    Column("label", 5),
    Column("mentions", 8, right=True),
    Column("articles", 8, right=True),
    Column("spellings", 0),
)


def _other(key: str, group: EntityGroup) -> str:
    """The key of a spelling in the split dialog, when it is not the group's (a surname
    written alone that joined a full name, a group merged in)."""
    return "" if key == group.key else f" · {key}"


def group_cells(group: EntityGroup) -> tuple[str, str, str, str, str]:
    spellings = " · ".join(text for text, _ in group.aliases)
    mentions, articles = format_number(group.mentions), format_number(group.articles)
    return (group.name, group.label, mentions, articles, spellings)


class EntitiesScreen(LiveListScreen):
    VIEW_NAME = "Entities"
    COMMAND_SCOPES = ("app", "entities")
    BINDINGS: ClassVar[list[BindingType]] = commands.bindings("entities")

    def __init__(self, views: CorpusViews) -> None:
        super().__init__(views)
        self.label: str | None = None
        self.sort = "mentions"
        self.name_filter = ""
        self.shown: Sequence[EntityGroup] = []
        self.merging: EntityGroup | None = None

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
        self.load_rows()

    def read_rows(self, *, again: bool) -> None:
        if not again:
            self.refresh_rows()
            return
        if self.views.stale():  # a batch was stored: the groups of the user's merges and
            self.views.reload()  # splits are counted again (once: the end reloaded them)
        current = self.current
        self.refresh_rows(None if self.at_top() or current is None else current.key, in_place=True)

    def status_busy(self) -> bool:
        return self.merging is not None  # the status line says what to merge it into

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
        parts = [f"Entities · {format_number(len(self.shown))} shown"]
        if self.analysing:
            parts[0] += " so far"
        parts.append(f"label: {self.label or 'all'}")
        parts.append(f"sort: {self.sort}")
        if self.name_filter:
            parts.append(f"name: {self.name_filter}")
        self.title_line(" · ".join(parts))
        self.rows_read()

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
            self.show_status()
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
