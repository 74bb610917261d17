"""From one entity: the articles that mention it, and the entities found with it.

The articles are listed in corpus order with their mention counts; opening one starts the
reader on its first mention, ``n`` goes to the next mention, then to the next article
(:class:`vnreader.tui.screens.mention_reader.MentionReaderScreen`).
"""

from __future__ import annotations

from typing import ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.widgets import Static

from vnreader.corpusviews import Companion, CorpusViews, EntityGroup
from vnreader.index.fact_queries import Mention
from vnreader.tui import commands
from vnreader.tui.numbers import format_number
from vnreader.tui.screens.corpus_view import CorpusViewScreen
from vnreader.tui.widgets.footer import KeysFooter
from vnreader.tui.widgets.rows_table import Column, RowsTable

Found = tuple[str, list[Mention]]


class GroupArticlesScreen(CorpusViewScreen):
    COMMAND_SCOPES = ("app", "mentions")
    BINDINGS: ClassVar[list[BindingType]] = commands.bindings("mentions")

    def __init__(self, views: CorpusViews, group: EntityGroup) -> None:
        super().__init__()
        self.views = views
        self.group = group
        self.found: list[Found] = []

    def compose(self) -> ComposeResult:
        yield Static(id="view-title")
        columns = (
            Column("title", 0),
            Column("mentions", 8, right=True),
            Column("date", 10),
            Column("source", 16),
        )
        yield RowsTable(columns, self._cells, id="group-articles")
        yield Static(id="view-status")
        yield KeysFooter()

    def _cells(self, found: Found) -> tuple[str, str, str, str]:
        article_id, mentions = found
        row = self.vn_app.rows.get(article_id)
        title = (row.title if row else "") or article_id
        date = ((row.published or "") if row else "")[:10]
        source = (row.source or "") if row else ""
        return (title, format_number(len(mentions)), date, source)

    @property
    def table(self) -> RowsTable[Found]:
        return self.query_one("#group-articles", RowsTable)

    def on_mount(self) -> None:
        self.set_focus(self.table)
        self.title_line(f"{self.group.name} · reading its mentions…")
        self._read()

    @work(thread=True, exclusive=True, group="mentions")
    def _read(self) -> None:
        found = self.views.articles(self.group)
        self.app.call_from_thread(self._show, found)

    def _show(self, found: list[Found]) -> None:
        self.found = found
        self.table.set_rows(self.found)
        spellings = ", ".join(text for text, _ in self.group.aliases[:6])
        self.title_line(
            f"{self.group.name} ({self.group.label}) · {format_number(len(self.found))} articles · "
            f"{format_number(self.group.mentions)} mentions · {spellings}"
        )

    @on(RowsTable.Chosen, "#group-articles")
    def _chosen(self, event: RowsTable.Chosen) -> None:
        event.stop()
        self.action_open_article()

    def action_open_article(self) -> None:
        from vnreader.tui.screens.mention_reader import MentionReaderScreen

        index = self.table.cursor_row
        if not 0 <= index < len(self.found):
            return
        article = self.vn_app.load_article(self.found[index][0])
        if article is not None:
            self.app.push_screen(MentionReaderScreen(article, self.found, self.group.name))


class CompanionsScreen(CorpusViewScreen):
    COMMAND_SCOPES = ("app", "companions")
    BINDINGS: ClassVar[list[BindingType]] = commands.bindings("companions")

    def __init__(self, views: CorpusViews, group: EntityGroup) -> None:
        super().__init__()
        self.views = views
        self.group = group
        self.same_sentence = True
        self.found: list[Companion] = []

    def compose(self) -> ComposeResult:
        yield Static(id="view-title")
        columns = (Column("name", 0), Column("label", 5), Column("together", 9, right=True))
        yield RowsTable(columns, _companion_cells, id="companions")
        yield Static(id="view-status")
        yield KeysFooter()

    @property
    def table(self) -> RowsTable[Companion]:
        return self.query_one("#companions", RowsTable)

    def on_mount(self) -> None:
        self.set_focus(self.table)
        self._fill()

    def _fill(self) -> None:
        self.title_line(f"Found with {self.group.name} · counting…")
        self._count(self.same_sentence)

    @work(thread=True, exclusive=True, group="companions")
    def _count(self, same_sentence: bool) -> None:
        found = self.views.companions(self.group, same_sentence=same_sentence)
        self.app.call_from_thread(self._show, found, same_sentence)

    def _show(self, found: list[Companion], same_sentence: bool) -> None:
        if same_sentence != self.same_sentence:
            return
        self.found = found
        self.table.set_rows(self.found)
        where = "sentences" if self.same_sentence else "articles"
        self.title_line(f"Found with {self.group.name} · in the same {where} · t: switch")

    def action_toggle_scope(self) -> None:
        self.same_sentence = not self.same_sentence
        self._fill()

    @on(RowsTable.Chosen, "#companions")
    def _chosen(self, event: RowsTable.Chosen) -> None:
        event.stop()
        self.action_open_group()

    def action_open_group(self) -> None:
        companion = self.table.current
        if companion is not None:
            self.app.push_screen(GroupArticlesScreen(self.views, companion.group))


def _companion_cells(companion: Companion) -> tuple[str, str, str]:
    return (companion.group.name, companion.group.label, format_number(companion.together))
