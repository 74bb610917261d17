"""The reader opened from an entity: its mentions are marked as search matches, the first
one focused; ``n`` goes to the next mention and, after the last, to the next article that
mentions it (``N`` goes back the same way); J/K open the next/previous such article."""

from __future__ import annotations

from collections.abc import Sequence

from vnreader.corpus import Article
from vnreader.index.fact_queries import Mention
from vnreader.tui.highlights import MATCH_STYLE, Mark
from vnreader.tui.screens.reader import ReaderScreen


class MentionReaderScreen(ReaderScreen):
    def __init__(
        self,
        article: Article,
        found: Sequence[tuple[str, list[Mention]]],
        name: str,
        *,
        from_end: bool = False,
    ) -> None:
        super().__init__(article, [article_id for article_id, _ in found])
        self.mentions_found = list(found)
        self.entity_name = name
        self.from_end = from_end
        mentions = dict(self.mentions_found).get(article.id, [])
        self.mention_marks = [Mark(m.start, m.end, "match", "match", MATCH_STYLE) for m in mentions]

    def on_mount(self) -> None:
        """Textual runs the reader's own ``on_mount`` after this one (a handler of each
        class of the MRO): the mentions are shown once it has run. Calling it here too ran
        it twice, the second time searching the entity's name and stepping to the next
        match, which, in an article of one mention, opened the next article at once."""
        self.call_next(self._show_mentions)

    def _show_mentions(self) -> None:
        self.search_text = self.entity_name
        self.found = list(self.mention_marks)
        self.render_all()
        if self.found:
            self._focus_mark(self.found[-1] if self.from_end else self.found[0])

    def render_all(self) -> None:
        """As the reader's, but never before the screen is composed nor after it left (an
        analysis can arrive after ``n`` switched to the next article)."""
        if self.paragraph_widgets and self.is_attached and self.query("#side-content"):
            super().render_all()

    def action_next_highlight(self) -> None:
        if self._at_edge(1):
            self._sibling_at(1)
        else:
            super().action_next_highlight()

    def action_prev_highlight(self) -> None:
        if self._at_edge(-1):
            self._sibling_at(-1)
        else:
            super().action_prev_highlight()

    def _at_edge(self, step: int) -> bool:
        """On the last (first) mention while the mentions are shown."""
        if not self.found or self.found != self.mention_marks or self.focused_mark is None:
            return False
        edge = self.found[-1] if step > 0 else self.found[0]
        return (self.focused_mark.start, self.focused_mark.end) == (edge.start, edge.end)

    def _sibling(self, step: int) -> None:
        self._sibling_at(step, at_start=True)

    def _sibling_at(self, step: int, *, at_start: bool = False) -> None:
        ids = self.neighbours
        i = ids.index(self.article.id) + step if self.article.id in ids else -1
        if not 0 <= i < len(ids):
            self.notify(f"No more articles mention {self.entity_name}.", timeout=2, markup=False)
            return
        article = self.vn_app.load_article(ids[i])
        if article is not None:
            from_end = step < 0 and not at_start
            screen = MentionReaderScreen(
                article, self.mentions_found, self.entity_name, from_end=from_end
            )
            self.app.switch_screen(screen)
