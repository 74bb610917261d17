"""VnreaderApp: owns the corpus, the store and the settings; screens do the rest.

The app-wide actions (help, undo/redo, export, theme) live here; list and reader behaviour
lives in their screens. Keys, Footer, palette and help all come from :mod:`commands`.
"""

from __future__ import annotations

import gc
import os
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from textual import events, on, work
from textual.app import App
from textual.binding import Binding
from textual.command import CommandPalette, Provider
from textual.notifications import SeverityLevel
from textual.screen import Screen
from textual.timer import Timer
from textual.worker import get_current_worker

from vnreader.config import Config
from vnreader.index import ArticleRow, IndexProgress
from vnreader.store import Annotation, AnnotationStore
from vnreader.store.fsutil import temp_name
from vnreader.store.history import Stack
from vnreader.store.output_guard import OutputRefused, check_output
from vnreader.textsafe import display_path, sanitize, sanitize_line
from vnreader.tui import commands
from vnreader.tui.corpus_source import ArticleCache, ArticlesCorpus, CorpusArticles, CorpusSource
from vnreader.tui.messages import (
    CorpusRefreshed,
    ExportFinished,
    ExportProgress,
    IndexProgressed,
    RowsChanged,
    RowsLoaded,
    SpansReanchored,
    WriterSaved,
)
from vnreader.tui.numbers import format_number
from vnreader.tui.providers import ActionsProvider
from vnreader.tui.saved_feedback import notify_saved
from vnreader.tui.settings import load_settings, update_setting
from vnreader.tui.shorten import one_line
from vnreader.tui.store_actions import READ_ONLY_MESSAGE, broadcast

if TYPE_CHECKING:  # imported when used: the first frame needs none of it
    from vnreader.analysis import Analysis
    from vnreader.corpus import Article
    from vnreader.tui.exporting import ExportProgressScreen, ExportRequest

PALETTE_MIN_ROWS = 8  # the search field and a few commands
PROGRESS_DELAY = 0.4  # seconds before a running export shows its progress dialog
FIRST_FRAME_WAIT = 2.0  # seconds the refresh waits at most for the list's first frame
FIRST_ROWS_WAIT = 0.1  # seconds the list's first frame waits at most for the rows
FOLLOW_EVERY = 2.0  # seconds between two looks (two stat calls) at a writer's DB, read-only
EXPORT_FORMATS = ("json", "jsonl", "w3c", "spans", "csv", "docbin")
EXPORT_DESCRIPTIONS = {
    "json": "vnreader JSON: everything, re-importable",
    "jsonl": "one annotation per line",
    "w3c": "W3C Web Annotation (JSON-LD)",
    "spans": "labelled spans for NER training (doccano)",
    "csv": "table of the figures of every article",
    "docbin": "spaCy training data (.spacy; needs spaCy)",
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
        store: AnnotationStore,
        corpus: CorpusSource | None = None,
        articles: Sequence[Article] = (),
        config: Config | None = None,
        problems: Iterable[str] = (),
        read_only: bool = False,
        refresh: bool = True,
    ) -> None:
        """*corpus* is the index (or *articles*, held in memory); the app shows the rows
        already in it at once and, with *refresh*, brings it up to date in a worker."""
        super().__init__()
        self.corpus: CorpusSource = corpus if corpus is not None else ArticlesCorpus(articles)
        self.store = store
        self.config = config or Config()
        self.problems = list(problems)
        self.read_only = bool(read_only or getattr(store, "read_only", False))
        self.rows: dict[str, ArticleRow] = {}
        self.rows_version = 0  # changes with every change of rows (the list keeps its sort)
        self.loaded = threading.Event()  # set once the first rows are in self.rows
        self.indexing = False
        self.index_progress: IndexProgressed | None = None
        self.cancel_indexing = threading.Event()
        self._refresh_on_mount = refresh
        self._new_rows: list[ArticleRow] = []
        self._new_rows_lock = threading.Lock()
        self._first_rows: list[ArticleRow] | None = None  # read, not yet in self.rows
        self._rows_read = threading.Event()
        self._rows_result: tuple[list[ArticleRow], str] = ([], "")
        # set once the list has drawn its first rows: the refresh waits for it, so that
        # checking the files does not compete with the first frame for the CPU
        self.list_shown = threading.Event()
        self._cache = ArticleCache()
        self._shown_messages: set[str] = set()
        self._last_read: str | None = None
        self.panel_override: bool | None = None  # p on a narrow terminal (not remembered)
        self._export_progress: ExportProgressScreen | None = None
        self._export_timer: Timer | None = None
        self._export_replaces = False
        self.settings = load_settings()
        # the rows are read from now on, while Textual starts and builds the screen: by the
        # time the list mounts they are there (take_first_rows), and its first frame shows
        # them (not an empty list, then a second frame)
        threading.Thread(target=self._read_rows, name="vnreader-rows", daemon=True).start()
        saved = self.settings.get("theme")
        if isinstance(saved, str) and saved in self.available_themes:
            self.theme = saved

    def get_default_screen(self) -> Screen[Any]:
        """The article list is the first screen (not pushed over an empty one)."""
        from vnreader.tui.screens.article_list import ArticleListScreen

        return ArticleListScreen()

    def on_mount(self) -> None:
        self.theme_changed_signal.subscribe(self, self._theme_changed)
        if self.read_only:
            self.notify(READ_ONLY_MESSAGE, title="read-only", severity="warning", markup=False)
            # a second window: follow what the writer saves, as `tail -f` follows a file
            self.set_interval(FOLLOW_EVERY, self.follow_writer)
        for line in commands.label_key_warnings(self.config.labels):
            self.notify(line, title="config.toml", severity="warning", timeout=8, markup=False)
        for notice in getattr(self.store, "notices", ()):  # e.g. a damaged journal kept aside
            self.notify(notice, title="DB", severity="warning", timeout=12, markup=False)
        for message in self.corpus.messages:
            self._shown_messages.add(message)
            self.notify(message, title="corpus index", severity="warning", timeout=8, markup=False)
        self._notify_problems(self.problems)
        self.indexing = self._refresh_on_mount
        self._open_corpus(self._refresh_on_mount)
        self.set_timer(FIRST_FRAME_WAIT, gc.enable)  # in case the list is never drawn

    def _notify_problems(self, problems: Sequence[str]) -> None:
        if not problems:
            return
        shown = "\n".join(problems[:5])
        more = f"\n… and {format_number(len(problems) - 5)} more" if len(problems) > 5 else ""
        self.notify(
            f"{format_number(len(problems))} file(s) could not be read:\n{shown}{more}",
            severity="warning",
            timeout=8,
            markup=False,
        )

    # -- the corpus: rows now, the refresh in a worker ----------------------------------------
    def _read_rows(self) -> None:
        """The rows already in the index (all a second open needs), in a thread started with
        the app."""
        try:
            rows, error = self.corpus.rows(), ""
        except Exception as exc:  # a broken index must not end the session: refresh rebuilds
            rows, error = [], f"could not read the index ({exc})"
        with self._new_rows_lock:
            self._first_rows = rows
        self._rows_result = (rows, error)
        self._rows_read.set()

    @work(thread=True, exclusive=True, group="corpus")
    def _open_corpus(self, refresh: bool) -> None:
        """The rows already in the index (read by :meth:`_read_rows`), then the spans of the
        annotated articles placed in today's texts, then the refresh (Escape cancels it)."""
        self._rows_read.wait()
        rows, error = self._rows_result
        self.post_message(RowsLoaded(rows, error))
        if rows:  # shown first; with none yet (a first open), indexing starts at once
            self.list_shown.wait(FIRST_FRAME_WAIT)
            self._reanchor({r.id for r in rows})
        if not refresh:
            return
        try:
            report = self.corpus.refresh(progress=self._progressed, cancel=self.cancel_indexing)
            rows = self.corpus.rows()  # at once when nothing changed (kept by the index)
        except Exception as exc:  # reported in the app; the rows shown so far stay
            self.post_message(CorpusRefreshed(None, None, f"{type(exc).__name__}: {exc}"))
            return
        self.post_message(CorpusRefreshed(report, rows))
        if report.added or report.changed:
            self._reanchor({r.id for r in rows})

    def _progressed(self, progress: IndexProgress) -> None:
        """In the refresh worker: keep the new rows, tell the app (a newer report replaces
        an older one still waiting, so the UI is never flooded)."""
        if progress.new_rows:
            with self._new_rows_lock:
                self._new_rows.extend(progress.new_rows)
        self.post_message(IndexProgressed(progress.done, progress.total, progress.rate))

    def _reanchor(self, present: set[str]) -> None:
        """Place the spans of annotated articles in their current text (in a worker)."""
        ids = sorted({a.article_id for a in self.store if a.kind == "span"} & present)
        if not ids:
            return
        try:
            changed = self.store.reanchor_all(self._articles(ids))
        except Exception as exc:  # reported; the reader re-anchors its article again
            self.post_message(SpansReanchored(0, f"Could not re-anchor spans: {exc}"))
            return
        if changed:
            self.post_message(SpansReanchored(changed))

    @work(thread=True, exclusive=True, group="follow")
    def follow_writer(self) -> None:
        """Read-only: read the annotations again when the writer saved (cheap when it did
        not), place their spans, and tell the screens."""
        self.follow_writer_now()

    def follow_writer_now(self) -> bool:
        """What :meth:`follow_writer` does, in the calling thread; True when reloaded."""
        refresh = getattr(self.store, "refresh", None)
        if refresh is None:
            return False
        try:
            if not refresh():
                return False
        except Exception as exc:  # the DB is being replaced or is damaged: keep what is shown
            self.post_message(WriterSaved("", str(exc)))
            return False
        self._reanchor(set(self.rows))
        self.post_message(WriterSaved(str(getattr(self.store, "loaded_at", ""))))
        return True

    @on(WriterSaved)
    def _writer_saved(self, event: WriterSaved) -> None:
        shown, self._follow_error = getattr(self, "_follow_error", ""), event.error
        if event.error and event.error != shown:  # once, not every two seconds
            self.notify(
                f"Could not read the writer's changes: {event.error}",
                severity="warning",
                timeout=4,
                markup=False,
            )
        if not event.error:
            broadcast(self, None)

    def _articles(self, ids: Iterable[str]) -> Iterator[Article]:
        """The articles of *ids* still in the corpus, read one at a time."""
        for article_id in ids:
            try:
                yield self.corpus.article(article_id, raw=False)
            except (KeyError, LookupError):
                continue

    @on(IndexProgressed)
    def _index_progressed(self, event: IndexProgressed) -> None:
        self.index_progress = event
        with self._new_rows_lock:
            new, self._new_rows = self._new_rows, []
        for row in new:
            self.rows[row.id] = row
        if new:
            self.rows_version += 1
        for screen in self.screen_stack:
            screen.post_message(RowsChanged(len(new)))

    def list_drawn(self) -> None:
        """The list's first frame is drawn: the refresh may start, and garbage collection
        (postponed during start-up by the command line) runs again."""
        gc.enable()
        self.list_shown.set()

    def take_first_rows(self) -> bool:
        """True when :attr:`rows` holds the rows read from the index (put there now if need
        be), so that the list's first frame shows them; False while they are still being
        read (a large index: waited for FIRST_ROWS_WAIT at most)."""
        self._rows_read.wait(FIRST_ROWS_WAIT)
        with self._new_rows_lock:
            rows, self._first_rows = self._first_rows, None
        if rows is None:
            return self.loaded.is_set()  # RowsLoaded came first
        self._set_rows(rows, tell=False)
        return True

    @on(RowsLoaded)
    def _rows_loaded(self, event: RowsLoaded) -> None:
        if event.error:
            self.notify(f"Corpus index: {event.error}", severity="warning", markup=False)
        with self._new_rows_lock:
            taken = self._first_rows is None  # by the list, as it was mounted
            self._first_rows = None
        if not taken:
            self._set_rows(event.rows)

    def _set_rows(self, rows: list[ArticleRow], tell: bool = True) -> None:
        self.rows = {row.id: row for row in rows}
        self.rows_version += 1
        self.loaded.set()
        gc.freeze()  # the rows live as long as the app: keep them out of GC passes
        if tell:
            for screen in self.screen_stack:
                screen.post_message(RowsChanged(len(rows)))

    @on(CorpusRefreshed)
    def _corpus_refreshed(self, event: CorpusRefreshed) -> None:
        self.indexing = False
        self.index_progress = None
        self._cache.clear()
        with self._new_rows_lock:
            self._new_rows = []
        if event.error:
            self.notify(f"Corpus index: {event.error}", severity="error", markup=False)
        report = event.report
        if report is not None:
            new_problems = [p for p in report.problems if p not in self.problems]
            self.problems += new_problems
            self._notify_problems(new_problems)
            if report.cancelled:
                self.notify(
                    "Indexing stopped; what was indexed is kept (the next start goes on).",
                    title="corpus index",
                    markup=False,
                )
            elif report.added or report.changed or report.removed:
                self.notify(
                    f"Corpus indexed: {format_number(report.added)} new, "
                    f"{format_number(report.changed)} changed, "
                    f"{format_number(report.removed)} removed.",
                    title="corpus index",
                    timeout=4,
                    markup=False,
                )
        for message in self.corpus.messages:
            if message not in self._shown_messages:
                self._shown_messages.add(message)
                self.notify(message, title="corpus index", severity="warning", markup=False)
        if event.rows is not None and event.rows != list(self.rows.values()):
            self._set_rows(event.rows)
        else:  # the same rows (the common second open): the list keeps its sort
            for screen in self.screen_stack:
                screen.post_message(RowsChanged(0))

    @on(SpansReanchored)
    def _spans_reanchored(self, event: SpansReanchored) -> None:
        if event.error:
            self.notify(event.error, severity="warning", markup=False)
        if event.changed:
            broadcast(self, None)

    def stop_indexing(self) -> bool:
        """Cancel a running refresh (what was indexed is kept); False when none runs."""
        if not self.indexing:
            return False
        self.cancel_indexing.set()
        return True

    def exit(self, *args: Any, **kwargs: Any) -> None:
        """Quitting cancels the refresh at once (the index keeps what it has); a note being
        written is kept as a draft."""
        self.cancel_indexing.set()
        self.list_shown.set()
        for screen in self.screen_stack:
            keep = getattr(screen, "keep_draft_on_quit", None)
            if keep is not None:
                keep()
        super().exit(*args, **kwargs)

    @property
    def last_read(self) -> str | None:
        """The article the reader showed last (remembered: the next start's list is on it)."""
        return self._last_read

    @last_read.setter
    def last_read(self, article_id: str | None) -> None:
        self._last_read = article_id
        self.remember("last_article", article_id)

    def load_article(self, article_id: str, *, raw: bool = False) -> Article | None:
        """The article of *article_id* from the corpus (None, and a notification, when it
        cannot be read); the last few are kept. With *raw*, also the file as read (for the
        raw view only: not kept)."""
        from vnreader.corpus.model import Article

        cached = None if raw else self._cache.get("article", article_id)
        if isinstance(cached, Article):
            return cached
        try:
            article = self.corpus.article(article_id, raw=raw)
        except Exception as exc:  # a file gone or an index problem: say so, keep the app
            self.notify(f"Cannot open {article_id}: {exc}", severity="error", markup=False)
            return None
        if not raw:
            self._cache.put("article", article_id, article)
        return article

    def load_analysis(self, article: Article) -> Analysis:
        """The analysis of *article* (from the index; callable from a worker thread)."""
        from vnreader.analysis import Analysis

        key = f"{article.id}\0{article.content_hash}"
        cached = self._cache.get("analysis", key)
        if isinstance(cached, Analysis):
            return cached
        result = self.corpus.analysis(article.id)
        self._cache.put("analysis", key, result)
        return result

    def action_command_palette(self) -> None:
        """The palette needs a few rows: on a tinier terminal, Textual's own list crashes on
        PageDown (it pages through lines it never laid out); say so instead."""
        if self.size.height < PALETTE_MIN_ROWS:
            self.notify(
                f"The terminal is too small for the command palette "
                f"({self.size.height} rows; it needs {PALETTE_MIN_ROWS}).",
                severity="warning",
                markup=False,
            )
            return
        super().action_command_palette()

    def on_resize(self, event: events.Resize) -> None:
        """A palette open when the terminal shrinks below its minimum is closed (see above)."""
        if event.size.height < PALETTE_MIN_ROWS and CommandPalette.is_open(self):
            self.pop_screen()

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
        self.remember("theme", self.theme)

    def remember(self, key: str, value: Any) -> None:
        """Keep a setting for the next start (theme, sort, panel, last article)."""
        if self.settings.get(key) != value:
            self.settings[key] = value
            update_setting(key, value)

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
        found = self.rows.get(article_id)
        return one_line((found.title if found else "") or article_id, 50)

    def _history(self, which: str) -> None:
        """Undo/redo the last change. In the reader, a change to another article than the
        one shown is undone only after asking (vim undoes per buffer; a history shared by
        every article must at least say what it touches); every message names the article."""
        if self.read_only:
            self.notify(READ_ONLY_MESSAGE, severity="warning", markup=False)
            return
        from vnreader.corpus.model import Article

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
        notify_saved(self, f"{verb}: {description}{where}", timeout=3)
        broadcast(self, None)

    def _reanchor_restored(self) -> None:
        """A span brought back by undo/redo may carry offsets into an older text: place it."""
        ids = {a.article_id for a in self.store if a.kind == "span" and a.article_id in self.rows}
        self.store.reanchor_all(self._articles(sorted(ids)))

    def action_show_entities(self) -> None:
        from vnreader.tui.screens.entities import open_entities

        open_entities(self)

    def action_show_figures(self) -> None:
        from vnreader.tui.screens.figures import open_figures

        open_figures(self)

    def action_export(self, fmt: str | None = None) -> None:
        from vnreader.tui.screens.export_dialog import ExportScreen

        def chosen(result: ExportRequest | None) -> None:
            if result is not None:
                self.run_export(result)

        screen = ExportScreen(EXPORT_FORMATS, fmt or "json", EXPORT_DESCRIPTIONS)
        self.push_screen(screen, chosen)

    def run_export(self, request: ExportRequest | str, path: str = "") -> None:
        """Write the export asked for (or *request* as a format, to *path*, with the default
        options) in a thread; a dialog shows progress (after a moment, so short exports do
        not flash) and Escape cancels."""
        from vnreader.tui.exporting import ExportProgressScreen, ExportRequest

        if isinstance(request, str):
            request = ExportRequest(request, path)
        fmt = request.fmt
        target = Path(os.path.abspath(Path(request.path).expanduser()))
        try:
            check_output(target, getattr(self.store, "path", None))
        except OutputRefused as exc:
            self.notify(f"Export refused: {exc}.", severity="error", markup=False)
            return
        self._export_replaces = target.exists()
        self._export_progress = ExportProgressScreen(fmt, display_path(target))
        self._export_timer = self.set_timer(PROGRESS_DELAY, self._show_export_progress)
        self._export(request, target, self.store.records())

    def _show_export_progress(self) -> None:
        if self._export_progress is not None and not self._export_progress.is_attached:
            self.push_screen(self._export_progress)

    @work(thread=True, exclusive=True, group="export")
    def _export(self, request: ExportRequest, path: Path, annotations: list[Annotation]) -> None:
        from vnreader.tui.exporting import CancellableWriter, ExportCancelled

        worker = get_current_worker()
        try:
            from vnreader.export import export
        except ImportError as exc:
            self.post_message(ExportFinished(str(path), 0, 0, f"export unavailable ({exc})"))
            return
        tmp = temp_name(path)
        articles = CorpusArticles(self.corpus, list(self.rows))
        try:
            if request.fmt == "docbin":  # binary, written at once (no progress to show)
                from vnreader.export import export_docbin

                with tmp.open("wb") as binary:
                    summary = export_docbin(articles, annotations, binary, **request.docbin())
                tmp.replace(path)
                self.post_message(
                    ExportFinished(display_path(path), summary.articles, summary.annotations)
                )
                return
            with tmp.open("w", encoding="utf-8", newline="") as out:
                writer = CancellableWriter(
                    out,
                    lambda: worker.is_cancelled,
                    lambda n: self.post_message(ExportProgress(n)),
                )
                summary = export(
                    request.fmt,
                    articles,
                    annotations,
                    writer,  # type: ignore[arg-type]
                    **request.options(),
                )
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
                f"Exported {format_number(event.annotations)} annotations of "
                f"{format_number(event.articles)} articles "
                f"to {event.path}{replaced}",
                title="export",
                markup=False,
            )
