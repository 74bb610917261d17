"""VnreaderApp: owns the corpus, the store and the settings; screens do the rest.

The app-wide actions (help, undo/redo, export, theme) live here; list and reader behaviour
lives in their screens. Keys, Footer, palette and help all come from :mod:`commands`.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import ClassVar

from textual import on, work
from textual.app import App
from textual.binding import Binding
from textual.command import Provider
from textual.notifications import SeverityLevel
from textual.timer import Timer
from textual.worker import get_current_worker

from vnreader.analysis import Analysis
from vnreader.config import Config
from vnreader.corpus import Article
from vnreader.store import Annotation, AnnotationStore
from vnreader.store.fsutil import temp_name
from vnreader.store.history import Stack
from vnreader.store.output_guard import OutputRefused, check_output
from vnreader.textsafe import display_path, sanitize, sanitize_line
from vnreader.tui import commands
from vnreader.tui.exporting import (
    CancellableWriter,
    ExportCancelled,
    ExportProgress,
    ExportProgressScreen,
)
from vnreader.tui.messages import ExportFinished
from vnreader.tui.providers import ActionsProvider
from vnreader.tui.settings import load_settings, update_setting
from vnreader.tui.store_actions import READ_ONLY_MESSAGE, broadcast

PROGRESS_DELAY = 0.4  # seconds before a running export shows its progress dialog
EXPORT_FORMATS = ("json", "jsonl", "w3c", "spans", "csv")
EXPORT_EXTENSIONS = {
    "json": "json",
    "jsonl": "jsonl",
    "w3c": "jsonld",
    "spans": "jsonl",
    "csv": "csv",
}
EXPORT_DESCRIPTIONS = {
    "json": "vnreader JSON: everything, re-importable",
    "jsonl": "one annotation per line",
    "w3c": "W3C Web Annotation (JSON-LD)",
    "spans": "labelled spans for NER training (doccano/spaCy)",
    "csv": "table of the figures of every article",
}


class VnreaderApp(App[None]):
    """Read and annotate Vietnamese news articles."""

    CSS_PATH = "vnreader.tcss"
    TITLE = "vnreader"
    BINDINGS = commands.bindings("app")
    # Only the registry feeds the palette: Textual's system commands ("Keys", "Quit", "Theme",
    # "Screenshot") would stand beside the app's own help, quit and theme entries, twice
    # each (harlequin and posting also replace them with their own).
    COMMANDS: ClassVar[set[type[Provider] | Callable[[], type[Provider]]]] = {ActionsProvider}

    def __init__(
        self,
        *,
        articles: Sequence[Article],
        store: AnnotationStore,
        config: Config | None = None,
        problems: Iterable[str] = (),
        corpus_root: Path | None = None,
        read_only: bool = False,
    ) -> None:
        super().__init__()
        self.articles: list[Article] = list(articles)
        self.store = store
        self.config = config or Config()
        self.problems = list(problems)
        self.corpus_root = corpus_root
        self.read_only = bool(read_only or getattr(store, "read_only", False))
        self.analysis_cache: dict[tuple[str, str], Analysis] = {}
        self.last_read: str | None = None  # the article the reader showed last
        self._export_progress: ExportProgressScreen | None = None
        self._export_timer: Timer | None = None
        self._export_replaces = False
        saved = load_settings().get("theme")
        if isinstance(saved, str) and saved in self.available_themes:
            self.theme = saved

    def on_mount(self) -> None:
        from vnreader.tui.screens.article_list import ArticleListScreen

        self.theme_changed_signal.subscribe(self, self._theme_changed)
        self.push_screen(ArticleListScreen())
        if self.read_only:
            self.notify(READ_ONLY_MESSAGE, title="read-only", severity="warning", markup=False)
        for line in commands.label_key_warnings(self.config.labels):
            self.notify(line, title="config.toml", severity="warning", timeout=8, markup=False)
        for notice in getattr(self.store, "notices", ()):  # e.g. a damaged journal kept aside
            self.notify(notice, title="DB", severity="warning", timeout=12, markup=False)
        if self.problems:
            shown = "\n".join(self.problems[:5])
            more = f"\n… and {len(self.problems) - 5} more" if len(self.problems) > 5 else ""
            self.notify(
                f"{len(self.problems)} file(s) could not be read:\n{shown}{more}",
                severity="warning",
                timeout=8,
                markup=False,
            )

    def notify(
        self,
        message: str,
        *,
        title: str = "",
        severity: SeverityLevel = "information",
        timeout: float | None = None,
        markup: bool = True,
    ) -> None:
        """Every notification is sanitised: messages name files and quote stored text."""
        super().notify(
            sanitize(message),
            title=sanitize_line(title),
            severity=severity,
            timeout=timeout,
            markup=markup,
        )

    def get_key_display(self, binding: Binding) -> str:
        """Short key names in the Footer ("⇧→", "^r", "⏎"), as in the help screen."""
        if binding.key_display:
            return binding.key_display
        return commands.pretty_key(binding.key) or super().get_key_display(binding)

    def _theme_changed(self, theme: object) -> None:
        update_setting("theme", self.theme)

    # -- actions everywhere -----------------------------------------------------------------
    def action_show_help(self) -> None:
        from vnreader.tui.screens.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):  # the keys of this screen come first
            scopes = getattr(self.screen, "COMMAND_SCOPES", ())
            if getattr(self.screen, "selection", None) is not None:
                scopes = ("select", *scopes)
            self.push_screen(HelpScreen(self.config.labels, scopes))

    def action_undo(self) -> None:
        self._history("undo")

    def action_redo(self) -> None:
        self._history("redo")

    def article_title(self, article_id: str) -> str:
        """The title of *article_id* for a message (its id when the corpus lacks it)."""
        found = next((a for a in self.articles if a.id == article_id), None)
        title = (found.title if found else "") or article_id
        return title if len(title) <= 50 else title[:49] + "…"

    def _history(self, which: str) -> None:
        """Undo/redo the last change. In the reader, a change to another article than the
        one shown is undone only after asking (vim undoes per buffer; a history shared by
        every article must at least say what it touches); every message names the article."""
        if self.read_only:
            self.notify(READ_ONLY_MESSAGE, severity="warning", markup=False)
            return
        source: Stack = "undo" if which == "undo" else "redo"
        target = self.store.pending_article(source)
        shown = getattr(self.screen, "article", None)
        if target is None:
            self.notify(f"Nothing to {which}.", timeout=2, markup=False)
            return
        if isinstance(shown, Article) and shown.id != target:
            from vnreader.tui.screens.dialogs import ChoiceScreen

            description = (
                self.store.undo_description() if which == "undo" else self.store.redo_description()
            )
            title = (
                f"The last change, “{description}”, is to “{self.article_title(target)}”, "
                f"not to this article. {which.capitalize()} it?"
            )
            choices = [("yes", f"{which} it"), ("no", "cancel")]
            self.push_screen(
                ChoiceScreen(title, choices, selected=1),
                lambda answer: self._step(which) if answer == "yes" else None,
            )
            return
        self._step(which)

    def _step(self, which: str) -> None:
        target = self.store.pending_article("undo" if which == "undo" else "redo")
        try:
            description = self.store.undo() if which == "undo" else self.store.redo()
        except Exception as exc:  # a store error must never end the session
            self.notify(f"Could not {which}: {exc}", severity="error", markup=False)
            return
        if description is None:
            self.notify(f"Nothing to {which}.", timeout=2, markup=False)
            return
        self._reanchor_restored()
        verb = "undone" if which == "undo" else "redone"
        where = f" — “{self.article_title(target)}”" if target else ""
        self.notify(f"{verb}: {description}{where}", title="saved", timeout=3, markup=False)
        broadcast(self, None)

    def _reanchor_restored(self) -> None:
        """A span brought back by undo/redo may carry offsets into an older text: place it."""
        self.store.reanchor_all(self.articles)

    def action_export(self, fmt: str | None = None) -> None:
        from vnreader.tui.screens.export_dialog import ExportScreen

        def chosen(result: tuple[str, str] | None) -> None:
            if result is not None:
                self.run_export(*result)

        screen = ExportScreen(EXPORT_FORMATS, fmt or "json", EXPORT_EXTENSIONS, EXPORT_DESCRIPTIONS)
        self.push_screen(screen, chosen)

    def run_export(self, fmt: str, path: str) -> None:
        """Write the export of every article to *path* in a thread; a dialog shows progress
        (after a moment, so short exports do not flash) and Escape cancels."""
        target = Path(os.path.abspath(Path(path).expanduser()))
        try:
            check_output(target, getattr(self.store, "path", None))
        except OutputRefused as exc:
            self.notify(f"Export refused: {exc}.", severity="error", markup=False)
            return
        self._export_replaces = target.exists()
        self._export_progress = ExportProgressScreen(fmt, display_path(target))
        self._export_timer = self.set_timer(PROGRESS_DELAY, self._show_export_progress)
        self._export(fmt, target, self.store.records())

    def _show_export_progress(self) -> None:
        if self._export_progress is not None and not self._export_progress.is_attached:
            self.push_screen(self._export_progress)

    @work(thread=True, exclusive=True, group="export")
    def _export(self, fmt: str, path: Path, annotations: list[Annotation]) -> None:
        worker = get_current_worker()
        try:
            from vnreader.export import export
        except ImportError as exc:
            self.post_message(ExportFinished(str(path), 0, 0, f"export unavailable ({exc})"))
            return
        tmp = temp_name(path)
        try:
            with tmp.open("w", encoding="utf-8", newline="") as out:
                writer = CancellableWriter(
                    out,
                    lambda: worker.is_cancelled,
                    lambda n: self.post_message(ExportProgress(n)),
                )
                summary = export(fmt, self.articles, annotations, writer)  # type: ignore[arg-type]
            if worker.is_cancelled:
                raise ExportCancelled
            tmp.replace(path)
        except ExportCancelled:
            tmp.unlink(missing_ok=True)
            self.post_message(ExportFinished(str(path), 0, 0, "cancelled"))
            return
        except Exception as exc:  # report any failure of the export as a notification
            tmp.unlink(missing_ok=True)
            self.post_message(
                ExportFinished(display_path(path), 0, 0, str(exc) or type(exc).__name__)
            )
            return
        self.post_message(ExportFinished(display_path(path), summary.articles, summary.annotations))

    @on(ExportProgress)
    def _export_progressed(self, event: ExportProgress) -> None:
        if self._export_progress is not None and self._export_progress.is_attached:
            self._export_progress.show_written(event.written)

    @on(ExportFinished)
    def _export_finished(self, event: ExportFinished) -> None:
        if self._export_timer is not None:
            self._export_timer.stop()
        progress, self._export_progress = self._export_progress, None
        if progress is not None and progress.is_attached and self.screen is progress:
            progress.dismiss()
        if event.error == "cancelled":
            self.notify("Export cancelled; nothing was written.", markup=False)
        elif event.error:
            self.notify(f"Export failed: {event.error}", severity="error", markup=False)
        else:
            replaced = " (replaced the old file)" if self._export_replaces else ""
            self.notify(
                f"Exported {event.annotations} annotations of {event.articles} articles "
                f"to {event.path}{replaced}",
                title="export",
                markup=False,
            )
