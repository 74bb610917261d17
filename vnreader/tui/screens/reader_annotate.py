"""The reader's annotation actions: move between highlights, accept one as a span, delete
or annotate a span, and the keyboard selection mode (v) that makes new spans."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from vnreader.corpus import Article
from vnreader.tui.highlights import Mark, MarkSet, mark_key, span_markers
from vnreader.tui.layout import ParagraphLayout
from vnreader.tui.reader_window import Blocks
from vnreader.tui.screens.article_actions import ArticleActions
from vnreader.tui.screens.dialogs import LabelPicker, NoteScreen
from vnreader.tui.selection import Selection, Words
from vnreader.tui.shorten import one_line
from vnreader.tui.store_actions import apply_change
from vnreader.tui.widgets.body import Paragraph

if TYPE_CHECKING:
    from vnreader.tui.widgets.body import ArticleBody


class AnnotateActions(ArticleActions):
    """Mixed into :class:`~vnreader.tui.screens.reader.ReaderScreen`, which owns the state."""

    article: Article
    offsets: Blocks
    marks: MarkSet
    span_marks: list[Mark]
    span_set: MarkSet
    found: Sequence[Mark]
    found_set: MarkSet
    focused_mark: Mark | None
    selection: Selection | None
    _words: Words | None
    pending_focus: str | None
    paragraph_widgets: dict[int, Paragraph]
    body: ArticleBody

    def _rerender(self, *ranges: tuple[int, int] | None) -> None:
        raise NotImplementedError

    def _scroll_to_offset(self, offset: int) -> None:
        raise NotImplementedError

    def block_text(self, i: int) -> str:
        raise NotImplementedError

    def block_marks(self, i: int) -> list[Mark]:
        raise NotImplementedError

    # -- actions: highlights -----------------------------------------------------------------------
    def _focus_mark(self, mark: Mark | None) -> None:
        old = self.focused_mark
        self.focused_mark = mark
        self._rerender(
            (old.start, old.end) if old else None, (mark.start, mark.end) if mark else None
        )
        if mark is not None:
            self._scroll_to_offset(mark.start)

    def para_layout(self, i: int) -> ParagraphLayout:
        """The displayed lines of paragraph *i* at its current width."""
        start, end = self.offsets[i]
        para = self.paragraph_widgets.get(i)
        width = (para.content_region.width if para else 0) or (
            self.body.scrollable_content_region.width
        )
        markers = span_markers(self.block_marks(i), start, end - start)
        return ParagraphLayout(self.block_text(i), markers, width)

    def _line_of(self, offset: int) -> int:
        """The virtual line of the body on which *offset* is drawn."""
        i = self.offsets.index_at(offset)
        if i not in self.paragraph_widgets:  # outside the window of a large article
            return -1
        line, _ = self.para_layout(i).line_col(offset - self.offsets[i][0])
        region = self.paragraph_widgets[i].virtual_region
        return region.y + min(line, max(0, region.height - 1))

    def _in_view(self, offset: int) -> bool:
        top = self.body.scroll_y
        return top <= self._line_of(offset) < top + self.body.scrollable_content_region.height

    def _first_visible_offset(self) -> int:
        """The first offset drawn in the viewport."""
        top = int(self.body.scroll_y)
        for i in sorted(self.paragraph_widgets):
            region = self.paragraph_widgets[i].virtual_region
            if region.bottom > top:
                line = max(0, top - region.y)
                return (
                    self.offsets[i][0] + self.para_layout(i).at(line, 0)
                    if line
                    else self.offsets[i][0]
                )
        return 0

    def action_next_highlight(self) -> None:
        self._step_highlight(1)

    def action_prev_highlight(self) -> None:
        self._step_highlight(-1)

    def action_next_span(self) -> None:
        self._step_highlight(1, spans_only=True)

    def action_prev_span(self) -> None:
        self._step_highlight(-1, spans_only=True)

    def _step_highlight(self, step: int, *, spans_only: bool = False) -> None:
        """n/N (m/M with *spans_only*): the next highlight, or the next match while a search
        is active (as n/N in less and vim)."""
        marks = self.span_set if spans_only else self.found_set if self.found else self.marks
        if not len(marks):
            message = (
                "No spans of yours here: v selects text, a accepts a highlight."
                if spans_only
                else "No highlights in this article."
            )
            self.notify(message, timeout=2, markup=False)
            return
        focus = self.focused_mark
        if focus is not None and not self._in_view(focus.start):
            focus = None  # scrolled away from it: go on from what is on screen (less, vim)
        # looked up by bisection (millions of marks in a very large article)
        if focus is not None and focus in marks:
            here = (focus.start, focus.end)
            mark = marks.neighbour(mark_key(focus), step)
            while mark is not None and (mark.start, mark.end) == here:  # entity + my span
                mark = marks.neighbour(mark_key(mark), step)
            if mark is None:  # go round, as n/N do
                mark = marks.first() if step > 0 else marks.last()
        else:
            start = focus.start if focus is not None else self._first_visible_offset()
            wrap = focus is not None
            mark = marks.neighbour((start,), step)
            if mark is None and step > 0:
                mark = marks.first() if wrap else marks.last()
            elif mark is None:
                mark = marks.last() if wrap else marks.first()
        while step < 0 and mark is not None:  # the first of a same-range group: my span first
            before = marks.neighbour(mark_key(mark), -1)
            if before is None or (before.start, before.end) != (mark.start, mark.end):
                break
            mark = before
        self._focus_mark(mark)

    def _label_for(self, mark: Mark) -> str:
        names = {lab.name for lab in self.vn_app.config.labels}
        if mark.kind == "figure":
            return "FIGURE" if "FIGURE" in names else mark.label
        return mark.label

    def action_accept_highlight(self) -> None:
        mark = self.focused_mark
        if mark is None:
            self.notify("Focus a highlight first (n/N).", timeout=2, markup=False)
            return
        if mark.kind == "span":
            self.notify("This is already one of your spans.", timeout=2, markup=False)
            return
        if mark.kind == "match":
            self.notify("A search match: v selects it, ⏎ labels it.", timeout=2, markup=False)
            return
        label = self._label_for(mark)
        self._add_span(mark.start, mark.end, label=label)

    def action_reject_highlight(self) -> None:
        """Reject the focused suggestion (an entity or figure): remembered, no longer shown,
        exported as a rejection; ``u`` undoes it."""
        mark = self.focused_mark
        if mark is None:
            self.notify("Focus a highlight first (n/N).", timeout=2, markup=False)
            return
        if mark.kind not in ("entity", "figure"):
            what = "d deletes your span" if mark.kind == "span" else "only suggestions"
            self.notify(f"Nothing to reject here: {what}.", timeout=2, markup=False)
            return
        if not self._writable():
            return
        a = self.article
        store = self.vn_app.store
        quote = one_line(a.text[mark.start : mark.end], 40)
        apply_change(
            self.vn_app,
            a.id,
            lambda: store.reject(
                a.id, a.text, a.content_hash, mark.start, mark.end, mark.label, suggestion=mark.kind
            ),
            f"rejected {mark.label}: “{quote}”",
        )

    def action_label_highlight(self) -> None:
        """Pick a label for the focused highlight: relabel my span, or accept an entity or
        figure under another label."""
        if not self._writable():
            return
        mark = self.focused_mark
        if mark is None:
            self.notify("Focus a highlight first (n/N).", timeout=2, markup=False)
            return
        store = self.vn_app.store

        def done(label: str | None) -> None:
            if label is None:
                return
            if mark.kind == "span":
                apply_change(
                    self.vn_app,
                    self.article.id,
                    lambda: store.update(mark.ref, label=label),
                    f"relabelled {label}",
                )
            else:
                self._add_span(mark.start, mark.end, label=label)

        quote = " ".join(self.article.text[mark.start : mark.end].split())
        self.app.push_screen(LabelPicker(self.vn_app.config.labels, quote), done)

    def _span_under_cursor(self) -> Mark | None:
        """The focused user span, else (in selection mode) the one under the cursor."""
        if self.focused_mark is not None and self.focused_mark.kind == "span":
            return self.focused_mark
        if self.selection is not None:
            at = self.selection.start
            for mark in self.span_marks:
                if mark.start <= at < mark.end:
                    return mark
        return None

    def action_sel_delete(self) -> None:
        if self._span_under_cursor() is None:
            self.notify("No span of yours under the cursor.", timeout=2, markup=False)
            return
        self.action_delete_span()

    def action_delete_span(self) -> None:
        mark = self._span_under_cursor()
        if mark is None:
            self.notify("Focus one of your spans first (m/M).", timeout=2, markup=False)
            return
        store = self.vn_app.store
        apply_change(self.vn_app, self.article.id, lambda: store.delete(mark.ref), "span deleted")

    def action_note_span(self) -> None:
        if not self._writable():
            return
        mark = self._span_under_cursor()
        if mark is None:
            self.notify("Focus one of your spans first (m/M).", timeout=2, markup=False)
            return
        store = self.vn_app.store
        ann = store.get(mark.ref)
        if ann is None:
            return

        def done(text: str | None) -> None:
            if text is None or text == (ann.note or ""):
                return
            value = text if text.strip() else None
            apply_change(
                self.vn_app,
                self.article.id,
                lambda: store.update(ann.id, note=value),
                "span note saved",
            )

        quote = one_line(self.article.text[mark.start : mark.end], 40)
        title = f"Note on {mark.label} “{quote}”"
        self.app.push_screen(NoteScreen(title, ann.note or "", draft_key=f"span:{ann.id}"), done)

    # -- actions: selection mode ---------------------------------------------------------
    @property
    def words(self) -> Words:
        if self._words is None:
            self._words = Words(self.article.text)
        return self._words

    def _set_selection(self, new: Selection | None) -> None:
        old = self.selection
        self.selection = new
        self._rerender((old.start, old.end) if old else None, (new.start, new.end) if new else None)
        if new is not None:
            self._scroll_to_offset(new.start)
        if (old is None) != (new is None):  # the mode changed: Footer and palette follow
            self.refresh_bindings()

    def action_start_selection(self) -> None:
        """v: select the focused word (the first word of the focused highlight), as the
        README says; L then extends it word by word."""
        start = self.focused_mark.start if self.focused_mark else self._first_visible_offset()
        word = self.words.word_at(start)
        if word is None:
            self.notify("Nothing to select in this article.", timeout=2, markup=False)
            return
        self._set_selection(word)

    def action_sel_move(self, step: int) -> None:
        if self.selection is not None:
            self._set_selection(self.words.move(self.selection, step))

    def action_sel_extend(self, step: int) -> None:
        if self.selection is not None:
            self._set_selection(self.words.extend(self.selection, step))

    def action_sel_adjust(self, edge: str, delta: int) -> None:
        if self.selection is not None:
            self._set_selection(self.words.adjust(self.selection, edge, delta))

    def action_sel_line(self, step: int) -> None:
        """Move the cursor to the word drawn one line up or down, at the same column (the
        lines as displayed, markers included; across paragraphs)."""
        if self.selection is None:
            return
        at = self.selection.start
        i = self.offsets.index_at(at)
        layout = self.para_layout(i)
        line, col = layout.line_col(at - self.offsets[i][0])
        line += step
        if not 0 <= line < layout.lines:
            i += step
            if not 0 <= i < len(self.offsets):
                return
            layout = self.para_layout(i)
            line = 0 if step > 0 else layout.lines - 1
        target = self.offsets[i][0] + layout.at(line, col)
        word = self.words.nearest(target)
        if word is not None and word.start != self.selection.start:
            self._set_selection(word)

    def action_sel_cancel(self) -> None:
        self._set_selection(None)

    def action_sel_label(self) -> None:
        if not self._writable():
            return
        sel = self.selection
        if sel is None:
            return

        def done(label: str | None) -> None:
            if label is not None:
                self._add_span(sel.start, sel.end, label=label)

        quote = " ".join(self.article.text[sel.start : sel.end].split())
        self.app.push_screen(LabelPicker(self.vn_app.config.labels, quote), done)

    def action_sel_quick_label(self, label: str) -> None:
        sel = self.selection
        if sel is not None:
            self._add_span(sel.start, sel.end, label=label)

    def action_sel_note(self) -> None:
        if not self._writable():
            return
        sel = self.selection
        if sel is None:
            return

        def done(text: str | None) -> None:
            if text is not None and text.strip():
                self._add_span(sel.start, sel.end, note=text)

        quote = one_line(self.article.text[sel.start : sel.end], 40)
        key = f"new-span:{self.article.id}:{sel.start}:{sel.end}"
        screen = NoteScreen(f"Note on “{quote}” (saved as a span)", draft_key=key)
        self.app.push_screen(screen, done)

    def _add_span(
        self, start: int, end: int, *, label: str | None = None, note: str | None = None
    ) -> None:
        a = self.article
        store = self.vn_app.store
        quote = one_line(a.text[start:end], 40)
        ann = apply_change(
            self.vn_app,
            a.id,
            lambda: store.add_span(
                a.id, a.text, a.content_hash, start, end, label=label, note=note
            ),
            f"{label or 'note'}: “{quote}”",
        )
        if ann is not None:
            self.pending_focus = ann.id  # focus the new span once it is drawn
            if self.selection is not None:
                self._set_selection(None)
