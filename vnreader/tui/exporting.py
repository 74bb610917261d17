"""Export from the app: a cancellable writer for the export thread, and its progress dialog.

``vnreader.export.export`` writes to a text stream; wrapping that stream lets the worker
report how much it wrote (messages that replace each other, as in toolong) and stop at the
next write when the user presses Escape. Imported on the first export (the progress
message, :class:`~vnreader.tui.messages.ExportProgress`, lives with the app's messages).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, ClassVar, TextIO

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Label, ProgressBar

from vnreader.tui.numbers import format_number

REPORT_EVERY = 64 * 1024  # characters between two progress messages


@dataclass(frozen=True)
class ExportRequest:
    """An export the user asked for in the dialog: the CLI's options, the same defaults."""

    fmt: str
    path: str
    include_suggestions: bool = False
    per: str = "article"
    utf16_offsets: bool = False
    spreadsheet: bool = True
    with_text: bool = False
    tags: list[str] = field(default_factory=list)
    article_ids: list[str] = field(default_factory=list)

    def docbin(self) -> dict[str, Any]:
        """Keyword arguments of :func:`vnreader.export.export_docbin`."""
        return {
            "tags": self.tags or None,
            "article_ids": self.article_ids or None,
            "include_suggestions": self.include_suggestions,
        }

    def options(self) -> dict[str, Any]:
        """Keyword arguments of :func:`vnreader.export.export`."""
        return {
            "tags": self.tags or None,
            "article_ids": self.article_ids or None,
            "include_suggestions": self.include_suggestions,
            "per": self.per,
            "utf16_offsets": self.utf16_offsets,
            "spreadsheet": self.spreadsheet,
            "with_text": self.with_text,
        }


class ExportCancelled(Exception):
    """The user cancelled the export."""


class CancellableWriter:
    """A write-only text stream over *out* that reports progress and obeys cancellation."""

    def __init__(
        self, out: TextIO, cancelled: Callable[[], bool], report: Callable[[int], None]
    ) -> None:
        self._out = out
        self._cancelled = cancelled
        self._report = report
        self.written = 0
        self._next_report = REPORT_EVERY

    def write(self, text: str) -> int:
        if self._cancelled():
            raise ExportCancelled
        n = self._out.write(text)
        self.written += len(text)
        if self.written >= self._next_report:
            self._next_report = self.written + REPORT_EVERY
            self._report(self.written)
        return n

    def writelines(self, lines: Iterable[str]) -> None:
        for line in lines:
            self.write(line)

    def flush(self) -> None:
        self._out.flush()

    def writable(self) -> bool:
        return True


class ExportProgressScreen(ModalScreen[None]):
    """Shown while a long export runs; Escape cancels it."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", "cancel export")]

    def __init__(self, fmt: str, path: str) -> None:
        super().__init__()
        self.fmt = fmt
        self.path = path

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label(Content.assemble("Exporting ", (self.fmt, "bold"), " to ", self.path))
            yield ProgressBar(total=None, show_eta=False, id="export-progress")
            yield Label("starting…", id="export-written")
            yield Label("esc cancels", classes="hint")

    def show_written(self, written: int) -> None:
        kilobytes = format_number(round(written / 1024))
        self.query_one("#export-written", Label).update(f"{kilobytes} KB written")

    def action_cancel(self) -> None:
        self.app.workers.cancel_group(self.app, "export")
        self.dismiss()
