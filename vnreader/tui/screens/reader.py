"""The reader: an article with highlighted entities, figures and the user's spans; a side
panel; keyboard navigation of highlights and keyboard selection of new spans.

Rendering: one :class:`Paragraph` per paragraph; the analysis is kept as compact spans
(:mod:`vnreader.tui.article_facts`) and made into highlights for the paragraphs drawn only
(:class:`~vnreader.tui.highlights.MarkSet`); moving the focus or the selection re-renders
only the paragraphs it touches. A very large article is drawn in blocks, a window of them
at a time (see :mod:`vnreader.tui.reader_window`), analysed piece by piece in a worker that
shows its progress and stops when the reader closes, and searched in a worker.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.content import Content
from textual.geometry import Region
from textual.widgets import Static
from textual.worker import get_current_worker

from vnreader.analysis.pieces import PIECE_CHARS, AnalysisCancelled, analyze_in_pieces
from vnreader.config import Label as LabelDef
from vnreader.corpus import Article
from vnreader.store import Annotation
from vnreader.textsafe import display_path, sanitize_line
from vnreader.tui import commands
from vnreader.tui.article_facts import ArticleFacts
from vnreader.tui.columns import NARROW
from vnreader.tui.commands import key_name
from vnreader.tui.highlights import (
    Layers,
    Mark,
    MarkSet,
    legend,
    render_paragraph,
    span_mark,
)
from vnreader.tui.messages import AnalysisProgressed, AnnotationsChanged, ArticleAnalysed
from vnreader.tui.numbers import figure_value, format_number
from vnreader.tui.reader_window import MAX_PARAGRAPHS, blocks, window_around
from vnreader.tui.screens.reader_find import FindActions, FindInput
from vnreader.tui.screens.reader_review import ReviewActions, Suggestion
from vnreader.tui.scrolling import ScrollActions
from vnreader.tui.selection import Selection, Words
from vnreader.tui.shorten import one_line
from vnreader.tui.widgets.body import ArticleBody, Paragraph
from vnreader.tui.widgets.footer import KeysFooter
from vnreader.tui.widgets.side_panel import PanelSummary, side_panel_content

SELECT_ACTIONS = frozenset(c.action.split("(", 1)[0] for c in commands.by_scope("select")) | {
    "sel_quick_label"
}
REVIEW_ACTIONS = frozenset(c.action for c in commands.by_scope("review"))
# the reader's actions whose keys review mode takes over (a, X, ⏎, space, esc)
REVIEW_SHADOWED = frozenset(
    c.action
    for c in commands.by_scope("reader")
    if {k for k in c.keys.split(",") if k}
    & {k for r in commands.by_scope("review") for k in r.keys.split(",") if k}
)
NEVER_LABEL_KEYS = commands.never_label_keys()


class ReaderScreen(ReviewActions, FindActions, ScrollActions):
    COMMAND_SCOPES = ("app", "article", "reader", "review", "select")
    BINDINGS = commands.bindings("reader", "article", "review", "select")

    def __init__(self, article: Article, neighbours: Sequence[str] = (), search: str = "") -> None:
        """*neighbours*: the ids of the list's rows, in order (J/K open the next/previous);
        *search*: a search to start with (the list's, when the article opens from one)."""
        super().__init__()
        self.article = article
        self.search_text = search
        self.found: Sequence[Mark] = []  # the matches of the search, when one is active
        self.searching = False  # the search of a large article is running in a worker
        self.neighbours = neighbours or [article.id]
        # the blocks drawn: the paragraphs, or pieces of them in a very large article
        self.offsets = blocks(article.text, article.paragraph_offsets())
        self.windowed = len(self.offsets) > MAX_PARAGRAPHS  # else every block is mounted
        self.window = window_around(0, self.offsets) if self.windowed else (0, len(self.offsets))
        self.analysis_progress = 0.0  # share of a large article analysed so far
        self.analysis: ArticleFacts | None = None  # what the reader keeps of the analysis
        self.analysis_error = ""
        self.visible_layers = Layers()
        self.marks = MarkSet()  # every highlight shown (the analysis's, mine)
        self.span_marks: list[Mark] = []  # mine, among the marks
        self.span_set = MarkSet()  # mine, for m/M
        self.found_set = MarkSet()  # the matches of the search, looked up by range
        self.focused_mark: Mark | None = None
        self.selection: Selection | None = None
        self.reviewing: Suggestion | None = None  # review mode (R): the suggestion at hand
        self._words: Words | None = None
        self.pending_focus: str | None = None
        # where a focus was that nothing took over before the analysis landed (a search
        # cleared early): the analysis's highlight there takes the focus when it comes
        self.focus_anchor: Mark | None = None
        self.paragraph_widgets: dict[int, Paragraph] = {}  # the blocks mounted, by index
        self.panel_summary = PanelSummary()  # the side panel's entities and figures

    # -- layout ------------------------------------------------------------------------------
    def compose(self) -> ComposeResult:
        yield Static(Content.styled(self.article.title or self.article.id, "bold"), id="title")
        yield Static(self._meta(), id="meta")
        yield Static(id="legend")
        with Horizontal(id="reader-main"):
            with ArticleBody(id="body"):
                for i in range(*self.window):
                    yield self._block(i)
            with VerticalScroll(id="side"):
                yield Static(id="side-content")
        yield FindInput(placeholder="search the article (diacritics optional) — ⏎ find, esc cancel",
                        id="find", classes="hidden")  # fmt: skip
        yield Static(id="reader-status")
        yield KeysFooter()

    def on_mount(self) -> None:
        self.paragraph_widgets = {p.index: p for p in self.query(Paragraph)}
        if self.windowed:
            self.watch(self.body, "scroll_y", self._scrolled, init=False)
        self._place_panel()
        self.vn_app.last_read = self.article.id
        for label in self.direct_labels():  # one-key labels, only in selection mode
            key = key_name(label.key)
            binding = Binding(key, f"sel_quick_label({label.name!r})", label.name, show=False)
            self._bindings.key_to_bindings.setdefault(key, []).append(binding)
        self._reanchor()
        self.app.theme_changed_signal.subscribe(self, lambda _theme: self.render_all())
        if len(self.article.text) > PIECE_CHARS:  # the first screen first, then the analysis
            self.call_after_refresh(self._analyse_when_drawn)
        else:
            self._analyse(self.article)
        self.render_all()
        self.query_one(ArticleBody).focus()
        if self.search_text:
            self._find(self.search_text)

    def on_unmount(self) -> None:
        """Let go of the analysis and what was made of it: a closed reader may outlive its
        screen for a while (its last worker stays its pool thread's current worker; a
        subscription would keep it until the next change of theme)."""
        self.app.theme_changed_signal.unsubscribe(self)
        self.analysis = self.focused_mark = None
        self.marks = self.span_set = self.found_set = MarkSet()
        self.span_marks, self.found = [], []
        self.panel_summary = PanelSummary()
        self.forget_review()

    def direct_labels(self) -> list[LabelDef]:
        """Labels whose key works directly in selection mode: a key that moves the selection
        (h, l, j, k, H, L...) or means leave/move elsewhere (q, n, m, space...) never saves a
        label; that label is picked with ⏎ instead."""
        return [
            lab for lab in self.vn_app.config.labels if key_name(lab.key) not in NEVER_LABEL_KEYS
        ]

    def _reanchor(self) -> None:
        """Place spans made on an older text of this article (orphans when they cannot be);
        a read-only store does it in memory only."""
        try:
            self.vn_app.store.reanchor_all([self.article])
        except Exception as exc:  # never lose the reader over a re-anchoring problem
            self.notify(f"Could not re-anchor spans: {exc}", severity="warning", markup=False)

    def _meta(self) -> Content:
        """source · date · author · URL on one line; the file name when the page had none."""
        a = self.article
        date = (a.published or "")[:16].replace("T", " ")
        parts = [p for p in (a.source, date, a.author, a.url) if p]
        if not parts:
            name = display_path(a.path.name)
            meta = Content.styled(f"no source, date or author in {name}", "$text-muted")
        else:
            meta = Content.styled(" · ".join(parts), "$text-muted")
        for note in a.notes:  # what reading the file repaired ("2 bytes … shown as �")
            meta = meta + Content.styled(f"  ⚠ {sanitize_line(note)}", "$text-warning")
        return meta

    def current_article(self) -> Article | None:
        return self.article

    # -- the window of blocks of a very large article ----------------------------------------
    def _joined(self, i: int) -> bool:
        """Whether block *i + 1* goes on block *i*'s paragraph (no blank line between)."""
        return i + 1 < len(self.offsets) and self.offsets[i][1] == self.offsets[i + 1][0]

    def _block(self, i: int) -> Paragraph:
        """The widget of block *i* (ids only when every block is mounted: ids must be unique
        while a moving window's old blocks are still being removed)."""
        return self._styled(Paragraph(i, joined=self._joined(i), named=not self.windowed))

    def _styled(self, para: Paragraph) -> Paragraph:
        width = self.vn_app.config.reading_width  # a reading width, as newsboat's text-width
        para.styles.max_width = width or None
        return para

    def block_text(self, i: int) -> str:
        start, end = self.offsets[i]
        return self.article.text[start:end]

    def show_block(self, i: int, then: Callable[[], object] | None = None) -> bool:
        """Make block *i* mounted; True when it already was. Otherwise the window moves and
        *then* runs once the new blocks are laid out."""
        if i in self.paragraph_widgets:
            return True
        self._move_window(window_around(i, self.offsets), then)
        return False

    def _move_window(
        self, window: tuple[int, int], then: Callable[[], object] | None = None
    ) -> None:
        if window == self.window:
            return
        self.window = window
        body = self.body
        keep = {i: w for i, w in self.paragraph_widgets.items() if window[0] <= i < window[1]}
        gone = [w for i, w in self.paragraph_widgets.items() if i not in keep]
        changes: list[Awaitable[object]] = [body.remove_children(gone)] if gone else []
        first_kept = min(keep, default=window[1])  # nothing kept: everything goes "after"
        last_kept = max(keep, default=window[0] - 1)
        before = [self._block(i) for i in range(window[0], first_kept)] if keep else []
        after = [self._block(i) for i in range(last_kept + 1, window[1])]
        self.paragraph_widgets = keep
        for widget in (*before, *after):
            self.paragraph_widgets[widget.index] = widget
        if before:
            changes.append(body.mount_all(before, before=0))  # the body holds blocks only
        if after:
            changes.append(body.mount_all(after))
        for widget in (*before, *after):
            self._render_paragraph(widget.index)
        if then is not None:  # once the blocks are removed and mounted, and laid out
            self.run_worker(self._when_done(changes, then), group="window")

    async def _when_done(
        self, changes: list[Awaitable[object]], then: Callable[[], object]
    ) -> None:
        for change in changes:
            await change
        self.call_after_refresh(then)

    def _scrolled(self, _old: float, new: float) -> None:
        """Near an edge of the window: move it, keeping the text on screen where it is."""
        body = self.body
        first, end = self.window
        near_end = end < len(self.offsets) and new >= body.max_scroll_y - body.size.height
        near_start = first > 0 and new <= body.size.height
        if not (near_end or near_start):
            return
        top = next(
            (i for i in sorted(self.paragraph_widgets)
             if self.paragraph_widgets[i].virtual_region.bottom > new),
            first,
        )  # fmt: skip
        shift = self.paragraph_widgets[top].virtual_region.y - new
        self._move_window(
            window_around(top, self.offsets),
            lambda: self.body.scroll_to(
                y=self.paragraph_widgets[top].virtual_region.y - shift, animate=False
            ),
        )

    def action_scroll_top(self) -> None:
        if self.windowed and self.scroller() is self.body:
            self._move_window(window_around(0, self.offsets))
            self.call_after_refresh(lambda: self.body.scroll_home(animate=False))
            return
        super().action_scroll_top()

    def action_scroll_bottom(self) -> None:
        if self.windowed and self.scroller() is self.body:
            last = len(self.offsets) - 1
            self._move_window(window_around(last, self.offsets))
            self.call_after_refresh(lambda: self.body.scroll_end(animate=False))
            return
        super().action_scroll_bottom()

    # -- analysis ------------------------------------------------------------------------------
    def _analyse_when_drawn(self, tries: int = 40) -> None:
        """Start the analysis of a large article once its first screen is drawn (the
        analysing thread slows the drawing down: they share the interpreter)."""
        first = self.paragraph_widgets.get(self.window[0])
        if tries and first is not None and not first.region.height:
            self.set_timer(0.05, lambda: self._analyse_when_drawn(tries - 1))
        else:
            self.call_after_refresh(self._analyse, self.article)

    # a description: else the worker's is the repr of its argument, the article's whole text
    @work(thread=True, exclusive=True, group="analysis", description="analysis")
    def _analyse(self, article: Article) -> None:
        """The analysis from the corpus index (or the app's cache), off the UI thread; a
        very large article piece by piece, with progress (each whole per cent), stopping
        when the reader closes."""
        worker = get_current_worker()
        shown = [-1]

        def progress(done: int, total: int) -> None:
            if done * 100 // total != shown[0]:
                shown[0] = done * 100 // total
                self.post_message(AnalysisProgressed(done, total, article.id))

        facts = ArticleFacts()
        try:
            if len(article.text) > PIECE_CHARS:  # each piece's objects go once counted
                analyze_in_pieces(
                    article.text,
                    should_stop=lambda: worker.is_cancelled,
                    progress=progress,
                    each=facts.add,
                )
            else:
                facts.add(self.vn_app.load_analysis(article))
            error = ""
        except AnalysisCancelled:
            return
        except Exception as exc:  # a recogniser bug must not take the reader down
            facts, error = ArticleFacts(), f"{type(exc).__name__}: {exc}"
        self.post_message(ArticleAnalysed(article.id, article.content_hash, facts, error))

    @on(AnalysisProgressed)
    def _analysis_progressed(self, event: AnalysisProgressed) -> None:
        if event.article_id == self.article.id and self.analysis is None:
            self.analysis_progress = event.share
            self._render_status()

    @on(ArticleAnalysed)
    def _analysed(self, event: ArticleAnalysed) -> None:
        if (event.article_id, event.content_hash) != (self.article.id, self.article.content_hash):
            return
        if event.error:
            self.analysis_error = event.error
            self.notify(f"Analysis failed: {event.error}", severity="error", markup=False)
        self.analysis = event.analysis
        self.render_all()

    # -- rendering -----------------------------------------------------------------------------
    def render_all(self) -> None:
        """Recompute marks (analysis, spans, layers) and re-render every paragraph."""
        store = self.vn_app.store
        spans = store.spans(self.article.id)
        rejected = store.rejections(self.article.id)
        self.review_changed(spans, rejected)
        layers = self.visible_layers
        mine = [m for m in (span_mark(a, len(self.article.text)) for a in spans) if m]
        self.span_marks = mine if layers.spans else []
        self.span_set = MarkSet(marks=self.span_marks)
        self.marks = MarkSet(
            self.analysis.suggestions if self.analysis is not None else None,
            self.span_marks,
            layers=layers,
            rejected=rejected,
            dark=self.app.current_theme.dark,
        )  # the analysis's marks are made for the blocks drawn only
        if self.found_set.source is not self.found:  # a new search (or mentions to show)
            self.found_set = MarkSet(marks=self.found)
        focus = self.focused_mark
        if focus is not None and focus not in self.marks_over(focus.start, focus.end):
            self.focused_mark = _same_place(focus, self.span_marks, self.marks_over)
            if self.focused_mark is None and self.analysis is None:
                self.focus_anchor = focus
        elif focus is None and self.focus_anchor is not None and self.analysis is not None:
            self.focused_mark = _same_place(self.focus_anchor, self.span_marks, self.marks_over)
        if self.focused_mark is not None or self.analysis is not None:
            self.focus_anchor = None
        if self.pending_focus is not None:
            new = [m for m in self.span_marks if m.ref == self.pending_focus]
            self.focused_mark = new[0] if new else self.focused_mark
            self.pending_focus = None
        for i in list(self.paragraph_widgets):
            self._render_paragraph(i)
        self._render_legend()
        self._render_side(spans)
        self._render_status()

    def _render_side(self, spans: list[Annotation] | None = None) -> None:
        store = self.vn_app.store
        note = store.note(self.article.id)
        side = side_panel_content(
            self.analysis,
            store.tags(self.article.id),
            note.note if note else None,
            store.spans(self.article.id) if spans is None else spans,
            other_notes=store.notes(self.article.id)[1:],
            analysing=self.analysis is None,
            dark=self.app.current_theme.dark,
            width=self._panel_width(),
            summary=self.panel_summary,
        )
        self.query_one("#side-content", Static).update(side)

    def _panel_width(self) -> int:
        width = self.query_one("#side-content").content_region.width
        return width or max(24, min(48, self.size.width * 38 // 100 - 5))

    def on_resize(self) -> None:
        self._place_panel()
        if self.paragraph_widgets:  # the panel's lines are cut to its width
            self.call_after_refresh(self._render_side_if_shown)

    def _render_side_if_shown(self) -> None:
        """The deferred redraw of a resize: J/K or ``n`` may have switched screens meanwhile."""
        if self.is_attached and self.query("#side-content"):
            self._render_side()

    def _render_paragraph(self, i: int) -> None:
        widget = self.paragraph_widgets.get(i)
        if widget is None:  # outside the window of a large article: drawn when shown
            return
        start, _ = self.offsets[i]
        sel = (self.selection.start, self.selection.end) if self.selection else None
        content = render_paragraph(
            self.block_text(i),
            start,
            self.block_marks(i),
            focus=self.focused_mark,
            selection=sel,
        )
        widget.update(content)

    def marks_over(self, start: int, end: int) -> list[Mark]:
        """The marks and the search's matches overlapping [start, end)."""
        return [*self.marks.overlapping(start, end), *self.found_set.overlapping(start, end)]

    def block_marks(self, i: int) -> list[Mark]:
        return self.marks_over(*self.offsets[i])

    def _paragraphs_of(self, start: int, end: int) -> set[int]:
        first = self.offsets.index_at(start)
        last = self.offsets.index_at(max(start, end - 1))
        return set(range(first, last + 1))

    def _rerender(self, *ranges: tuple[int, int] | None) -> None:
        touched: set[int] = set()
        for r in ranges:
            if r is not None:
                touched |= self._paragraphs_of(*r)
        for i in sorted(touched):
            self._render_paragraph(i)
        self._render_status()

    def _render_legend(self) -> None:
        layers = self.visible_layers
        shown = {"figure": layers.figures, "date": layers.figures, "my span": layers.spans}
        parts: list[tuple[str, str] | str] = []
        for name, style in legend(self.app.current_theme.dark):
            on = shown.get(name, layers.entities)
            parts += [(f" {name} ", style if on else "strike $text-disabled"), " "]
        parts.append(("1 2 3 show/hide", "$text-muted"))
        self.query_one("#legend", Static).update(Content.assemble(*parts))

    def _render_status(self) -> None:
        parts: list[tuple[str, str] | str] = []
        if self.vn_app.read_only:  # first: the line is cut on a narrow terminal
            parts += [("READ-ONLY", "bold $text-warning"), "  "]
        if self.selection is not None:
            s = self.selection
            quote = one_line(self.article.text[s.start : s.end], 40)
            parts += [(" SELECT ", "reverse bold $text-accent"), " ", (f"“{quote}”", "bold"), "  "]
            for lab in self.direct_labels():
                parts += [(lab.key, "bold $text-accent"), (f" {lab.name}  ", "$text-muted")]
        elif self.reviewing is not None:
            start, end, _, label = self.reviewing
            done, total = map(format_number, self.review_progress())
            at = format_number(self.review_position(self.reviewing) + 1)
            parts += [(f" review {at}/{total} ", "reverse bold $text-accent"), " "]
            parts += [(f"{label} ", "bold"), one_line(self.article.text[start:end], 40)]
            parts.append((
                f"  — a accept · X reject · ⏎ relabel · space skip · esc stop · {done} decided",
                "$text-muted",
            ))  # fmt: skip
        elif self.focused_mark is not None and self.focused_mark.kind == "match":
            i = self.found_set.position(self.focused_mark) + 1
            at, of = format_number(i), format_number(len(self.found))
            parts += [(f" match {at}/{of} ", "reverse bold"), " "]
            shown = self.search_text.strip('"')  # a phrase's own quotes: quoted once
            parts.append((f"“{shown}”  n/N next/previous · esc clears", "$text-muted"))
        elif self.focused_mark is not None:
            f = self.focused_mark
            parts += [(f" {f.kind}: {f.label} ", "reverse bold"), " "]
            parts.append(" ".join(self.article.text[f.start : f.end].split())[:60])
            value = self._figure_value(f)
            if value:  # the figure's value, as the side panel shows it
                parts += [" → ", (value, "bold")]
            hint = "  d delete · i note" if f.kind == "span" else "  a accept · X reject · ⏎ label"
            parts.append((hint, "$text-muted"))
        else:
            total = format_number(len(self.marks))
            mine = format_number(len(self.span_marks))
            if self.found:
                found = format_number(len(self.found))
                parts.append((f"{found} matches of “{self.search_text}” (n/N) · ", "$text-muted"))
            parts.append(
                (f"{total} highlights (n/N) · {mine} of mine (m/M) · v selects text", "$text-muted")
            )
            if self.analysis is not None and len(self.analysis.suggestions):
                done, count = map(format_number, self.review_progress())
                parts.append((f" · R review ({done}/{count} reviewed)", "$text-muted"))
        if self.searching:
            parts.append((f"  · searching “{one_line(self.search_text, 30)}”…", "$text-warning"))
        if self.analysis is None:
            done = f" {self.analysis_progress:.0%}" if self.analysis_progress else ""
            parts.append((f"  · analysing…{done}", "$text-warning"))
        if self.windowed:
            where = self.offsets[min(self.paragraph_widgets, default=0)][0]
            parts.append((f"  · {where / max(1, len(self.article.text)):.0%}", "$text-muted"))
        self.query_one("#reader-status", Static).update(Content.assemble(*parts))

    def _figure_value(self, mark: Mark) -> str:
        if mark.kind != "figure" or self.analysis is None:
            return ""
        figure = self.analysis.figure_at(self.article.text, mark.start, mark.end)
        return figure_value(figure) if figure is not None else ""

    @on(Paragraph.Clicked)
    def _clicked(self, event: Paragraph.Clicked) -> None:
        """A click on a highlight focuses it (my span first, then the shortest); in selection
        mode it moves the cursor to the word clicked."""
        base = self.offsets[event.index][0]
        at = base + self.para_layout(event.index).at(event.line, event.column)
        if self.selection is not None:
            word = self.words.word_at(at)
            if word is not None:
                self._set_selection(word)
            return
        under = [m for m in self.marks_over(at, at + 1) if m.start <= at < m.end]
        under.sort(key=lambda m: (m.kind != "span", m.end - m.start))
        if under:
            self._focus_mark(under[0])
        self.body.focus()

    @on(AnnotationsChanged)
    def _annotations_changed(self, event: AnnotationsChanged) -> None:
        if event.article_id in (None, self.article.id):
            self.render_all()

    # -- actions: mode gating -------------------------------------------------------------------
    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Selection mode has its own keys: the other mode's actions are hidden (False), so
        that the Footer shows only what works now and a shared key (j, ⏎, esc, d, i) falls
        through to the binding of the current mode."""
        if action in SELECT_ACTIONS:
            return self.selection is not None
        if action in REVIEW_ACTIONS:
            return self.reviewing is not None and self.selection is None
        if self.reviewing is not None and self.selection is None and action in REVIEW_SHADOWED:
            return False
        return not (self.selection is not None and hasattr(self, f"action_{action}"))

    # -- actions: reading ------------------------------------------------------------------------
    @property
    def body(self) -> ArticleBody:
        return self.query_one(ArticleBody)

    def action_back(self) -> None:
        self.app.pop_screen()

    def _sibling(self, step: int) -> None:  # the search goes on in the next article
        ids = self.neighbours
        if self.article.id not in ids:
            return
        i = ids.index(self.article.id) + step
        if not 0 <= i < len(ids):
            self.notify("No more articles in the list.", timeout=2, markup=False)
            return
        article = self.vn_app.load_article(ids[i])
        if article is not None:
            self.app.switch_screen(ReaderScreen(article, self.neighbours, self.search_text))

    def action_next_article(self) -> None:
        self._sibling(1)

    def action_prev_article(self) -> None:
        self._sibling(-1)

    def default_scroller(self) -> ArticleBody:
        return self.body

    def action_toggle_layer(self, name: str) -> None:
        if name not in ("entities", "figures", "spans"):
            return
        value = not getattr(self.visible_layers, name)
        self.visible_layers = _toggle(self.visible_layers, name)
        self.render_all()
        self.notify(f"{name} {'shown' if value else 'hidden'}", timeout=1, markup=False)

    def _place_panel(self) -> None:
        """The side panel as remembered (p), hidden on a narrow terminal unless p shows it."""
        app = self.vn_app
        shown = app.panel_override
        if shown is None:
            shown = app.settings.get("panel") is not False and app.size.width >= NARROW
        self.query_one("#side").set_class(not shown, "hidden")

    def action_toggle_panel(self) -> None:
        """Show or hide the panel: remembered; on a narrow terminal, for this session only."""
        shown = self.query_one("#side").has_class("hidden")  # shown after the toggle
        if self.app.size.width < NARROW:
            self.vn_app.panel_override = shown
        else:
            self.vn_app.panel_override = None
            self.vn_app.remember("panel", shown)
        self._place_panel()

    def action_show_raw(self) -> None:
        """The file as read: read again for this view (the reader keeps no second copy of
        the text: a very large article's would be tens of megabytes more)."""
        from vnreader.tui.screens.raw import RawScreen

        article = self.article
        if not article.raw:
            article = self.vn_app.load_article(article.id, raw=True) or article
        self.app.push_screen(RawScreen(article))

    def _scroll_to_offset(self, offset: int) -> None:
        if not self.show_block(
            self.offsets.index_at(offset), lambda: self._scroll_to_offset(offset)
        ):
            return
        target = Region(0, self._line_of(offset), 1, 1)
        self.body.scroll_to_region(target, animate=False, spacing=None, immediate=True)


def _same_place(
    old: Mark, spans: Sequence[Mark], marks_over: Callable[[int, int], list[Mark]]
) -> Mark | None:
    """The mark that takes the place of *old* after a change (relabel, undo, delete, a
    search cleared): the same span (among *spans*), else a mark on the same text (the same
    kind first), else one around it (*marks_over* a range), else None."""
    if old.ref:
        for mark in spans:
            if mark.ref == old.ref:
                return mark
    here = [m for m in marks_over(old.start, old.end) if m.start <= old.start and old.end <= m.end]
    here.sort(key=lambda m: ((m.start, m.end) != (old.start, old.end), m.kind != old.kind))
    return here[0] if here else None


def _toggle(layers: Layers, name: str) -> Layers:
    return Layers(
        entities=not layers.entities if name == "entities" else layers.entities,
        figures=not layers.figures if name == "figures" else layers.figures,
        spans=not layers.spans if name == "spans" else layers.spans,
    )
