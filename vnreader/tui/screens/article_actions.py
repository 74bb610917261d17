"""Actions on the current article shared by the list and the reader: tag, untag, note."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from textual.screen import Screen

from vnreader.tui.shorten import one_line
from vnreader.tui.store_actions import READ_ONLY_MESSAGE, apply_change

if TYPE_CHECKING:
    from vnreader.corpus import Article
    from vnreader.tui.app import VnreaderApp


class ArticleActions(Screen[None]):
    """A screen with a current article (``current_article``)."""

    @property
    def vn_app(self) -> VnreaderApp:
        return cast("VnreaderApp", self.app)

    def current_article(self) -> Article | None:
        raise NotImplementedError

    def _article_to_change(self) -> Article | None:
        """The article an action will change, or None (and say why: read-only, none chosen)."""
        if not self._writable():
            return None
        article = self.current_article()
        if article is None:
            self.notify("No article selected.", severity="warning", markup=False)
        return article

    def _writable(self) -> bool:
        """False (and say why) when the store is read-only: refuse before asking anything."""
        if self.vn_app.read_only:
            self.notify(READ_ONLY_MESSAGE, title="read-only", severity="warning", markup=False)
            return False
        return True

    def action_tag_article(self) -> None:
        article = self._article_to_change()
        if article is None:
            return
        app = self.vn_app
        known = sorted(app.store.all_tags())

        def done(tag: str | None) -> None:
            if tag is None:
                return
            if not tag:
                self.notify("A tag cannot be empty.", severity="warning", markup=False)
                return
            if tag in app.store.tags(article.id):
                self.notify(f"Already tagged “{tag}”.", timeout=2, markup=False)
                return
            apply_change(
                app, article.id, lambda: app.store.add_tag(article.id, tag), f"tagged “{tag}”"
            )

        from vnreader.tui.screens.dialogs import TagScreen  # dialogs: imported when used

        screen = TagScreen(known, app.store.tags(article.id), title=article.title or article.id)
        self.app.push_screen(screen, done)

    def action_untag_article(self) -> None:
        article = self._article_to_change()
        if article is None:
            return
        app = self.vn_app
        tags = app.store.tags(article.id)
        if not tags:
            self.notify("This article has no tags.", timeout=2, markup=False)
            return

        def done(tag: str | None) -> None:
            if tag is not None:
                apply_change(
                    app,
                    article.id,
                    lambda: app.store.remove_tag(article.id, tag),
                    f"removed tag “{tag}”",
                )

        name = one_line(article.title or article.id, 50)
        title = f"Remove which tag of “{name}”? (⏎ removes, esc cancels)"
        from vnreader.tui.screens.dialogs import ChoiceScreen

        self.app.push_screen(ChoiceScreen(title, [(t, t) for t in tags]), done)

    def action_edit_note(self) -> None:
        article = self._article_to_change()
        if article is None:
            return
        app = self.vn_app
        store = app.store  # edit this author's own note; a merged note of someone else stays
        existing = next((n for n in store.notes(article.id) if n.author == store.author), None)
        old = existing.note if existing is not None and existing.note else ""

        def done(text: str | None) -> None:
            if text is None or text == old:
                return
            if not text.strip() and not old:
                return
            message = "note deleted" if not text.strip() else "note saved"
            apply_change(app, article.id, lambda: app.store.set_note(article.id, text), message)

        title = one_line(article.title, 60)
        from vnreader.tui.screens.dialogs import NoteScreen

        screen = NoteScreen(f"Note on “{title}”", old, draft_key=f"note:{article.id}")
        self.app.push_screen(screen, done)
