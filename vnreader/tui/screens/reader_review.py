"""The reader's review mode (as Prodigy's ``ner.correct``): walk the article's suggestions
(the entities and figures the analysis found) one by one and accept, reject, relabel or skip
each; every decision is saved at once, so the progress of an article is known from the store
(a suggestion is decided when a span of the user covers the same text or it was rejected)."""

from __future__ import annotations

from array import array

from vnreader.store import Annotation, StoreError
from vnreader.tui.article_facts import ArticleFacts, Suggestion, Suggestions
from vnreader.tui.highlights import Mark
from vnreader.tui.screens.dialogs import LabelPicker
from vnreader.tui.screens.reader_annotate import AnnotateActions

__all__ = ["ReviewActions", "ReviewState", "Suggestion"]


class ReviewState:
    """Which of an article's suggestions are decided, kept up to date with the store and
    asked in O(log n): how many are decided, which undecided one comes next. A Fenwick
    tree over the suggestions in text order counts the undecided ones; :meth:`sync` reads
    the user's spans and rejections (what the reader reads at every change anyway) and
    updates only the suggestions whose state changed."""

    def __init__(self, suggestions: Suggestions) -> None:
        self.suggestions = suggestions
        n = len(suggestions)
        self.size = n
        self.tree = array("q", (i & -i for i in range(n + 1)))  # every one undecided
        self.undecided = n
        self.decided: set[int] = set()

    def _add(self, i: int, delta: int) -> None:
        i += 1
        while i <= self.size:
            self.tree[i] += delta
            i += i & -i
        self.undecided += delta

    def _before(self, i: int) -> int:
        """How many of the suggestions before *i* are undecided."""
        total = 0
        while i > 0:
            total += self.tree[i]
            i -= i & -i
        return total

    def _nth(self, k: int) -> int:
        """The index of the *k*-th undecided suggestion (from 1)."""
        pos, step = 0, 1 << self.size.bit_length()
        while step:
            if pos + step <= self.size and self.tree[pos + step] < k:
                pos += step
                k -= self.tree[pos]
            step >>= 1
        return pos

    def sync(self, spans: list[Annotation], rejections: list[Annotation]) -> None:
        """Decided: a suggestion on the same text as a span of the user (accepted or
        relabelled), or rejected with its label."""
        s = self.suggestions
        now = {
            i
            for a in spans
            if a.anchor is not None and not a.orphan
            for i in s.at_place(a.anchor.start, a.anchor.end)
        }
        now |= {
            i
            for a in rejections
            if a.anchor is not None and not a.orphan
            for i in s.at_place(a.anchor.start, a.anchor.end)
            if s.get(i)[3] == a.label
        }
        for i in now - self.decided:
            self._add(i, -1)
        for i in self.decided - now:
            self._add(i, 1)
        self.decided = now

    def progress(self) -> tuple[int, int]:
        return self.size - self.undecided, self.size

    def next_after(self, after: int) -> int | None:
        """The first undecided suggestion after index *after* (-1: from the start), going
        round; None when every one is decided."""
        if not self.undecided:
            return None
        k = self._before(after + 1) + 1
        return self._nth(k if k <= self.undecided else 1)


class ReviewActions(AnnotateActions):
    """Mixed into :class:`~vnreader.tui.screens.reader.ReaderScreen`, which owns the state."""

    analysis: ArticleFacts | None
    reviewing: Suggestion | None  # the suggestion under review, None outside review mode
    _review_state: ReviewState | None = None

    def _review(self) -> ReviewState | None:
        """The review state of the analysis shown (made, and synced with the store, once
        per analysis; then synced when the annotations change, not at every redraw of the
        status line)."""
        if self.analysis is None:
            return None
        state = self._review_state
        if state is None or state.suggestions is not self.analysis.suggestions:
            state = self._review_state = ReviewState(self.analysis.suggestions)
            self.review_changed()
        return state

    def review_changed(
        self, spans: list[Annotation] | None = None, rejections: list[Annotation] | None = None
    ) -> None:
        """The article's spans or rejections changed (or were read: pass them): bring the
        review state, if any, up to date."""
        state = self._review_state
        if (
            state is None
            or self.analysis is None
            or state.suggestions is not self.analysis.suggestions
        ):
            return  # made (and synced) when next asked for
        store = self.vn_app.store
        state.sync(
            store.spans(self.article.id) if spans is None else spans,
            store.rejections(self.article.id) if rejections is None else rejections,
        )

    def forget_review(self) -> None:
        self._review_state = None

    def review_progress(self) -> tuple[int, int]:
        """How many of the article's suggestions are decided, and how many there are."""
        state = self._review()
        return state.progress() if state is not None else (0, 0)

    def review_position(self, suggestion: Suggestion) -> int:
        """Where *suggestion* is among the article's suggestions (-1: not one of them)."""
        return self.analysis.suggestions.index_of(suggestion) if self.analysis else -1

    def action_start_review(self) -> None:
        if self.analysis is None:
            self.notify("The article is still being analysed.", timeout=2, markup=False)
            return
        if not len(self.analysis.suggestions):
            self.notify("No suggestions in this article.", timeout=2, markup=False)
            return
        self._review_next(None)
        self.refresh_bindings()

    def _remember_progress(self) -> None:
        """Keep the article's progress in the store (a ``review`` record: it travels with
        the DB) for the list's Review column, which never analyses an article for it."""
        store = self.vn_app.store
        if store.read_only:
            return
        done, total = self.review_progress()
        try:
            store.record_review(self.article.id, done, total)
        except StoreError as exc:
            self.notify(f"Review progress not saved: {exc}", severity="error", markup=False)

    def _review_next(self, after: Suggestion | None) -> None:
        """Focus the next undecided suggestion after *after* (from the start when None, going
        round); every one decided ends the review."""
        self.review_changed()  # a decision was just saved
        state = self._review()
        if state is None:
            return
        self._remember_progress()
        at = -1 if after is None else self.review_position(after)
        following = state.next_after(at)
        if following is None:
            self.reviewing = None
            self.refresh_bindings()
            self.notify(f"All {state.size} suggestions reviewed.", timeout=3, markup=False)
            self._render_status()
            return
        self.reviewing = state.suggestions.get(following)
        start, end, kind, label = self.reviewing
        shown = [
            m
            for m in self.marks.overlapping(start, end)
            if (m.start, m.end, m.kind, m.label) == self.reviewing
        ]
        self._focus_mark(shown[0] if shown else Mark(start, end, kind, label, "reverse"))

    def _decide(self, act: str) -> None:
        current = self.reviewing
        if current is None or not self._writable():
            return
        if act == "accept":
            self.action_accept_highlight()
        else:
            self.action_reject_highlight()
        self.pending_focus = None  # go on to the next suggestion, not to the new span
        self._review_next(current)

    def action_review_accept(self) -> None:
        self._decide("accept")

    def action_review_reject(self) -> None:
        self._decide("reject")

    def action_review_skip(self) -> None:
        if self.reviewing is not None:
            self._review_next(self.reviewing)

    def action_review_label(self) -> None:
        current = self.reviewing
        if current is None or not self._writable():
            return
        start, end, _, _ = current

        def done(label: str | None) -> None:
            if label is None:
                return
            self._add_span(start, end, label=label)
            self.pending_focus = None
            self._review_next(current)

        quote = " ".join(self.article.text[start:end].split())
        self.app.push_screen(LabelPicker(self.vn_app.config.labels, quote), done)

    def action_review_stop(self) -> None:
        self.reviewing = None
        self.refresh_bindings()
        self._render_status()
