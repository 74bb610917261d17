"""The export dialog: a format, a file, the CLI's options; asks before replacing a file.

* Each format proposes its own file name (``vnreader.export.DEFAULT_NAMES``), so one export
  never silently replaces another (jsonl and spans are both ``.jsonl``).
* A file name ending in another format's extension exports in that format, and says so
  ("out.jsonl" with csv highlighted writes JSON Lines, not a CSV under a wrong name).
* An existing file is replaced only after a yes (``ChoiceScreen``).
* ``ctrl+l`` jumps to the file field from anywhere in the dialog (as a browser's address
  bar); ``tab`` walks through the options.
* The options are the CLI's: suggestions, one line per paragraph and UTF-16 offsets (spans),
  safe for spreadsheets (csv, on by default), the article text (json, jsonl), and filters by
  tag and article id (every format). Only the current format's options are shown.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Checkbox, Input, Label, OptionList
from textual.widgets.option_list import Option

from vnreader.export import DEFAULT_NAMES, formats_for_path
from vnreader.textsafe import sanitize
from vnreader.tui.exporting import ExportRequest

# (checkbox id, label, formats it applies to, default)
OPTIONS: tuple[tuple[str, str, tuple[str, ...], bool], ...] = (
    (
        "include_suggestions",
        "add vnreader's entities as suggestions",
        ("spans", "docbin"),
        False,
    ),
    ("per_paragraph", "one line per paragraph", ("spans",), False),
    ("utf16_offsets", "UTF-16 offsets (for doccano)", ("spans",), False),
    ("spreadsheet", "safe for spreadsheets (BOM, no formulas)", ("csv",), True),
    ("with_text", "with each article's text", ("json", "jsonl"), False),
)


def _split(value: str) -> list[str]:
    return [part.strip() for part in sanitize(value).split(",") if part.strip()]


class ExportScreen(ModalScreen[ExportRequest | None]):
    """Returns the export to run (an :class:`ExportRequest`), or None when cancelled."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "dismiss(None)", "cancel"),
        Binding("ctrl+l", "focus_path", "file name", priority=True),
        Binding("up", "format(-1)", "previous format", show=False),
        Binding("down", "format(1)", "next format", show=False),
    ]

    def __init__(
        self,
        formats: Sequence[str],
        selected: str,
        descriptions: Mapping[str, str] | None = None,
        folder: Path | None = None,
    ) -> None:
        super().__init__()
        self.formats = list(formats)
        self.selected = selected if selected in self.formats else self.formats[0]
        self.descriptions = dict(descriptions or {})
        self.folder = folder

    def default_path(self, fmt: str) -> str:
        name = DEFAULT_NAMES.get(fmt, f"vnreader-{fmt}.{fmt}")
        return str(self.folder / name) if self.folder is not None else f"./{name}"

    def compose(self) -> ComposeResult:
        width = max(len(f) for f in self.formats) + 1  # a space after the longest name
        with Vertical(classes="dialog export-dialog"):
            yield Label("Export annotations: ↑↓ format, ^l file, tab options, ⏎ export")
            yield OptionList(
                *(
                    Option(
                        Content.assemble(
                            (f.ljust(width), "bold"), (self.descriptions.get(f, ""), "dim")
                        ),
                        id=f,
                    )
                    for f in self.formats
                ),
                id="formats",
            )
            yield Input(self.default_path(self.selected), id="export-path")
            for option_id, label, _, default in OPTIONS:
                yield Checkbox(label, default, id=option_id)
            yield Input(placeholder="only articles tagged… (comma-separated)", id="export-tags")
            yield Input(placeholder="only these article ids… (comma-separated)", id="export-ids")

    def on_mount(self) -> None:
        self.query_one(OptionList).highlighted = self.formats.index(self.selected)
        self._show_options()
        self.action_focus_path()

    def action_focus_path(self) -> None:
        path = self.query_one("#export-path", Input)
        path.focus()
        path.cursor_position = len(path.value)

    def action_format(self, step: int) -> None:
        options = self.query_one(OptionList)
        # from the highlight, not from self.selected: that follows the highlight only when
        # its message is handled, after a second key typed quickly
        current = options.highlighted
        if current is None:
            current = self.formats.index(self.selected)
        options.highlighted = (current + step) % len(self.formats)

    def _show_options(self) -> None:
        for option_id, _, formats, _ in OPTIONS:
            self.query_one(f"#{option_id}", Checkbox).display = self.selected in formats

    @on(OptionList.OptionHighlighted)
    def _highlighted(self, event: OptionList.OptionHighlighted) -> None:
        fmt = event.option.id or self.selected
        self._switch(fmt)

    def _switch(self, fmt: str) -> None:
        path_input = self.query_one("#export-path", Input)
        if path_input.value == self.default_path(self.selected):
            path_input.value = self.default_path(fmt)
            path_input.cursor_position = len(path_input.value)
        self.selected = fmt
        self._show_options()

    @on(OptionList.OptionSelected)
    def _selected(self, event: OptionList.OptionSelected) -> None:
        self.action_focus_path()

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        path = sanitize(self.query_one("#export-path", Input).value).strip()
        if not path:
            self.notify("Give a file path for the export.", severity="warning", markup=False)
            self.action_focus_path()
            return
        request = self._request(path)
        target = Path(path).expanduser()
        if target.is_file():

            def answered(choice: str | None) -> None:
                if choice == "replace":
                    self.dismiss(request)
                else:
                    self.action_focus_path()

            title = f"{target.name} exists. Replace it with the {request.fmt} export?"
            choices = [("replace", "Replace it"), ("keep", "Keep it (choose another name)")]
            from vnreader.tui.screens.dialogs import ChoiceScreen

            self.app.push_screen(ChoiceScreen(title, choices, selected=1), answered)
            return
        self.dismiss(request)

    def _request(self, path: str) -> ExportRequest:
        """The export asked for; a file ending that names another format wins, with a word."""
        fmt = self.selected
        named = formats_for_path(path)
        if named and fmt not in named:
            fmt = named[0]
            self.notify(
                f"{Path(path).name} is a {fmt} file name: exporting as {fmt}, not {self.selected}.",
                severity="warning",
                markup=False,
            )
        checked = {
            option_id: self.query_one(f"#{option_id}", Checkbox).value
            for option_id, _, formats, _ in OPTIONS
            if fmt in formats
        }
        return ExportRequest(
            fmt=fmt,
            path=path,
            include_suggestions=checked.get("include_suggestions", False),
            per="paragraph" if checked.get("per_paragraph") else "article",
            utf16_offsets=checked.get("utf16_offsets", False),
            spreadsheet=checked.get("spreadsheet", True),
            with_text=checked.get("with_text", False),
            tags=_split(self.query_one("#export-tags", Input).value),
            article_ids=_split(self.query_one("#export-ids", Input).value),
        )
