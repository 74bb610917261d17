"""The reader's review mode (as Prodigy's ``ner.correct``): walk the article's suggestions
(the entities and figures the analysis found) one by one and accept, reject, relabel or skip
each; every decision is saved at once, so the progress of an article is known from the store
(a suggestion is decided when a span of the user covers the same text or it was rejected)."""

from __future__ import annotations

from vnreader.analysis import Analysis
from vnreader.store import Annotation, StoreError
from vnreader.tui.highlights import Mark
from vnreader.tui.screens.dialogs import LabelPicker
from vnreader.tui.screens.reader_annotate import AnnotateActions

Suggestion = tuple[int, int, str, str]  # start, end, kind ("entity"/"figure"), label


def suggestions_of(analysis: Analysis | None) -> list[Suggestion]:
    """The suggestions of an analysis, in text order."""
    if analysis is None:
        return []
    found = [(e.start, e.end, "entity", e.label) for e in analysis.entities]
    found += [(f.start, f.end, "figure", f.category) for f in analysis.figures]
    return sorted(set(found))


def decided(
    items: list[Suggestion], spans: list[Annotation], rejections: list[Annotation]
) -> set[Suggestion]:
    """The suggestions the user accepted or relabelled (a span on the same text) or rejected."""
    covered = {(a.anchor.start, a.anchor.end) for a in spans if a.anchor and not a.orphan}
    no = {
        (a.anchor.start, a.anchor.end, a.label)
        for a in rejections
        if a.anchor is not None and not a.orphan
    }
    return {s for s in items if (s[0], s[1]) in covered or (s[0], s[1], s[3]) in no}


class ReviewActions(AnnotateActions):
    """Mixed into :class:`~vnreader.tui.screens.reader.ReaderScreen`, which owns the state."""

    analysis: Analysis | None
    reviewing: Suggestion | None  # the suggestion under review, None outside review mode

    def review_progress(self) -> tuple[int, int]:
        """How many of the article's suggestions are decided, and how many there are."""
        items = suggestions_of(self.analysis)
        store = self.vn_app.store
        done = decided(items, store.spans(self.article.id), store.rejections(self.article.id))
        return len(done), len(items)

    def action_start_review(self) -> None:
        if self.analysis is None:
            self.notify("The article is still being analysed.", timeout=2, markup=False)
            return
        if not suggestions_of(self.analysis):
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
        items = suggestions_of(self.analysis)
        store = self.vn_app.store
        done = decided(items, store.spans(self.article.id), store.rejections(self.article.id))
        todo = [s for s in items if s not in done]
        self._remember_progress()
        if not todo:
            self.reviewing = None
            self.refresh_bindings()
            self.notify(f"All {len(items)} suggestions reviewed.", timeout=3, markup=False)
            self._render_status()
            return
        later = [s for s in todo if after is None or s > after]
        self.reviewing = later[0] if later else todo[0]
        start, end, kind, label = self.reviewing
        shown = [m for m in self.marks if (m.start, m.end, m.kind, m.label) == self.reviewing]
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
