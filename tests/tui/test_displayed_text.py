"""Selection moves and clicks follow the text as displayed (span markers included); v
selects the focused word; l leaves a selection of several words; a click focuses a
highlight."""

from __future__ import annotations

from dataclasses import replace

from tests.tui.conftest import make_articles
from tests.tui.helpers import open_article, settle
from vnreader.tui.layout import ParagraphLayout
from vnreader.tui.selection import Selection, Words


def test_layout_counts_the_markers() -> None:
    text = "Bộ trưởng Bùi Thanh Sơn đã có chuyến thăm Liên bang Nga."
    plain = ParagraphLayout(text, [], 20)
    marked = ParagraphLayout(text, [(23, "⟨PER⟩")], 20)
    assert plain.line_col(30) == (1, 10)
    assert marked.line_col(30) == (2, 0)  # "đã có…" is pushed down a line by ⟨PER⟩
    for x in range(len(text)):
        assert marked.at(*marked.line_col(x)) == x
    assert marked.at(1, 4) == 23  # a click on the marker: the offset it follows


def test_moves_leave_a_selection_of_several_words() -> None:
    text = "Bộ trưởng Bùi Thanh Sơn đã có"
    words = Words(text)
    sel = Selection(text.index("Bùi"), text.index(" đã"))
    after = words.move(sel, 1)
    assert text[after.start : after.end] == "đã"
    before = words.move(sel, -1)
    assert text[before.start : before.end] == "trưởng"
    assert words.nearest(text.index(" đã")) == words.word_at(text.index("Sơn"))


def _marked_articles():
    articles = make_articles()
    sentence = "Bộ trưởng Bùi Thanh Sơn thăm Liên bang Nga và Việt Nam. "
    articles[0] = replace(articles[0], paragraphs=(sentence * 12, sentence * 3))
    return articles


async def test_line_moves_visit_every_displayed_line(make_app) -> None:
    articles = _marked_articles()
    app = make_app(articles)
    text = articles[0].text
    for i in range(0, 12):  # spans with markers all along the first paragraph
        start = text.index("Việt Nam", i * 56)
        app.store.add_span("a1", text, articles[0].content_hash, start, start + 8, label="LOC")
    async with app.run_test(size=(70, 40)) as pilot:
        await settle(pilot)
        screen = await open_article(pilot, "a1")
        layout = screen.para_layout(0)
        assert layout.lines > 8
        await pilot.press("v")
        lines = []
        for _ in range(layout.lines - 1):
            lines.append(layout.line_col(screen.selection.start)[0])
            await pilot.press("j")
        lines.append(layout.line_col(screen.selection.start)[0])
        assert lines == list(range(layout.lines))  # no displayed line skipped
        await pilot.press("j")  # on to the next paragraph's first line
        assert screen.selection.start >= screen.offsets[1][0]
        await pilot.press("k")
        assert layout.line_col(screen.selection.start)[0] == layout.lines - 1


async def test_v_selects_the_focused_word_and_a_click_focuses(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        screen = await open_article(pilot, "a1")
        text = screen.article.text
        await pilot.press("n", "v")  # the focus is "Bùi Thanh Sơn"
        assert text[screen.selection.start : screen.selection.end] == "Bùi"
        await pilot.press("L", "L", "l")
        assert text[screen.selection.start : screen.selection.end] == "đã"
        await pilot.press("escape")
        at = text.index("Liên bang Nga") + 3
        line, col = screen.para_layout(0).line_col(at)
        await pilot.click("#p0", offset=(col, line))
        await settle(pilot)
        focus = screen.focused_mark
        assert focus is not None and text[focus.start : focus.end] == "Liên bang Nga"
