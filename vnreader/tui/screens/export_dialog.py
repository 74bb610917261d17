"""The export dialog: pick a format and a file path (default ./vnreader-export.<ext>)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Input, Label, OptionList
from textual.widgets.option_list import Option

from vnreader.textsafe import sanitize


class ExportScreen(ModalScreen[tuple[str, str] | None]):
    """Returns (format, path), or None when cancelled."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "dismiss(None)", "cancel"),
        Binding("up", "format(-1)", "previous format", show=False),
        Binding("down", "format(1)", "next format", show=False),
    ]

    def __init__(
        self,
        formats: Sequence[str],
        selected: str,
        extensions: Mapping[str, str],
        descriptions: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__()
        self.formats = list(formats)
        self.selected = selected if selected in self.formats else self.formats[0]
        self.extensions = dict(extensions)
        self.descriptions = dict(descriptions or {})

    def default_path(self, fmt: str) -> str:
        return f"./vnreader-export.{self.extensions.get(fmt, fmt)}"

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label("Export annotations: format (↑↓), file, then ⏎ · esc cancels")
            yield OptionList(
                *(
                    Option(
                        Content.assemble(
                            (f"{f:<6}", "bold"), (self.descriptions.get(f, ""), "dim")
                        ),
                        id=f,
                    )
                    for f in self.formats
                ),
                id="formats",
            )
            yield Input(self.default_path(self.selected), id="export-path")

    def on_mount(self) -> None:
        options = self.query_one(OptionList)
        options.highlighted = self.formats.index(self.selected)
        self.query_one(Input).focus()

    def action_format(self, step: int) -> None:
        options = self.query_one(OptionList)
        index = (self.formats.index(self.selected) + step) % len(self.formats)
        options.highlighted = index

    @on(OptionList.OptionHighlighted)
    def _highlighted(self, event: OptionList.OptionHighlighted) -> None:
        fmt = event.option.id or self.selected
        path_input = self.query_one(Input)
        if path_input.value == self.default_path(self.selected):
            path_input.value = self.default_path(fmt)
            path_input.cursor_position = len(path_input.value)
        self.selected = fmt

    @on(OptionList.OptionSelected)
    def _selected(self, event: OptionList.OptionSelected) -> None:
        self.query_one(Input).focus()

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        path = sanitize(event.value).strip()
        if not path:
            self.notify("Give a file path for the export.", severity="warning", markup=False)
            return
        self.dismiss((self.selected, path))
