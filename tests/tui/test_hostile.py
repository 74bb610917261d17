"""Untrusted article text is shown literally: markup is never interpreted."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Static

from tests.tui.conftest import SIZE
from tests.tui.helpers import drawn_row, open_article, settle, type_text
from vnreader.corpus import Article
from vnreader.textsafe import sanitize

HOSTILE = [
    "[red]x[/]",
    "[@click=app.quit]click[/]",
    "[link=http://evil]x[/link]",
    "[b]bold[/b] $variable [$accent]y[/]",
]
ESCAPES = "\x1b[31mred\x1b]52;c;SGVsbG8=\x07\x1b]8;;http://evil\x1b\\link\x9b2J"


def hostile_article() -> Article:
    title = sanitize("Tin " + " ".join(HOSTILE) + ESCAPES)
    body = sanitize("Đoạn một " + " ".join(HOSTILE) + " " + ESCAPES + " Việt Nam.")
    return Article(
        id="evil",
        path=Path("evil.txt"),
        title=title,
        paragraphs=(body, "[@click=app.quit]second[/]"),
        source="[red]src[/]",
        url="http://x/[link=y]",
        raw=body,
    )


async def test_hostile_text_is_literal(make_app) -> None:
    app = make_app([hostile_article()])
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        title_cell = drawn_row(pilot, "evil")
        assert "[red]x[/]" in title_cell and "\x1b" not in title_cell
        await pilot.press("slash")
        await type_text(pilot, "click")
        await pilot.press("enter")
        await settle(pilot)
        screen = await open_article(pilot, "evil")
        shown = str(screen.query_one("#title", Static).render())
        for piece in HOSTILE[:3]:
            assert piece in shown
        assert "\x1b" not in shown and "\x9b" not in shown
        body = str(screen.query_one("#p0", Static).render())
        for piece in HOSTILE:
            assert piece in body
        second = screen.query_one("#p1", Static).render()
        assert str(second) == "[@click=app.quit]second[/]"
        assert all(s.style != "" and "@click" not in str(s.style) for s in second.spans)
        meta = str(screen.query_one("#meta", Static).render())
        assert "[red]src[/]" in meta
        # a tag with markup is stored and shown literally too
        await pilot.press("t")
        await type_text(pilot, "[red]t[/]")
        await pilot.press("enter")
        await settle(pilot)
        assert app.store.tags("evil") == ["[red]t[/]"]
        assert "#[red]t[/]" in str(screen.query_one("#side-content", Static).render())
        await pilot.press("r")
        await settle(pilot)
        await pilot.press("q")
        await settle(pilot)
        assert app.is_running
