"""Item 5: a very large article opens with its first screen at once, stays responsive, and
keeps a bounded number of widgets; its analysis runs piece by piece and can be stopped."""

from __future__ import annotations

import inspect
from itertools import pairwise
from pathlib import Path

import pytest

from tests.tui.conftest import SIZE
from tests.tui.helpers import open_article, settle, type_text
from vnreader.analysis.pieces import AnalysisCancelled, analyze_in_pieces, pieces
from vnreader.corpus import Article
from vnreader.tui.numbers import format_number
from vnreader.tui.reader_window import BLOCK_CHARS, MAX_WINDOW
from vnreader.tui.widgets.body import Paragraph

LINE = "Hai bên bàn về hợp tác trị giá 4,7 tỷ USD trong năm 2021 tại Hà Nội."


def many_lines(n: int) -> Article:
    return Article(
        id="big",
        path=Path("big.txt"),
        title="Bài rất dài",
        paragraphs=tuple(f"{i}: {LINE}" for i in range(n)),
        source="x.vn",
    )


def one_line(chars: int) -> Article:
    text = (LINE + " ") * (chars // (len(LINE) + 1))
    return Article(id="big", path=Path("big.txt"), title="Một dòng", paragraphs=(text,))


def mounted(app) -> list[int]:
    return sorted(p.index for p in app.screen.query(Paragraph))


async def test_many_paragraphs_mount_a_window(make_app) -> None:
    article = many_lines(5_000)
    app = make_app([article])
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = await open_article(pilot, "big")
        assert len(mounted(app)) <= MAX_WINDOW
        assert "0: Hai bên" in str(screen.paragraph_widgets[0].render())
        await pilot.press("G")  # the end: the window moves there
        await settle(pilot)
        shown = mounted(app)
        assert len(shown) <= MAX_WINDOW and shown[-1] == len(article.paragraphs) - 1
        for _ in range(3):  # paging up from the end moves the window back smoothly
            await pilot.press("b")
            await settle(pilot)
        assert len(mounted(app)) <= MAX_WINDOW
        await pilot.press("g")
        await settle(pilot)
        top = screen.body.scroll_y
        for _ in range(30):  # paging down goes on through the window's edges
            await pilot.press("space")
            await settle(pilot)
        assert mounted(app)[0] > 0 and screen.body.scroll_y != top
        await pilot.press("g")
        await settle(pilot)
        assert mounted(app)[0] == 0


async def test_one_huge_line_is_cut_in_blocks(make_app) -> None:
    article = one_line(600_000)
    app = make_app([article])
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = await open_article(pilot, "big")
        await app.workers.wait_for_complete()
        await settle(pilot)
        shown = mounted(app)
        assert len(shown) <= MAX_WINDOW
        assert len(screen.offsets) >= 600_000 // BLOCK_CHARS
        assert all(len(screen.block_text(i)) <= BLOCK_CHARS for i in shown)
        assert screen.analysis is not None and screen.analysis.figures
        for _ in range(40):  # n goes from highlight to highlight, past the window
            await pilot.press("n")
        await settle(pilot)
        focused = screen.focused_mark
        assert focused is not None
        block = next(i for i, (s, e) in enumerate(screen.offsets) if s <= focused.start < e)
        assert block in screen.paragraph_widgets


def test_pieces_cover_the_text_and_stop_on_request() -> None:
    text = (LINE + " ") * 5_000
    cuts = list(pieces(text, 10_000))
    assert cuts[0][0] == 0 and cuts[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in pairwise(cuts))
    assert all(e - s <= 10_000 for s, e in cuts)
    seen: list[float] = []
    result = analyze_in_pieces(text, size=10_000, progress=lambda d, t: seen.append(d / t))
    assert seen[-1] == 1.0 and len(seen) == len(cuts)
    assert all(text[f.start : f.end] == f.text for f in result.figures)
    calls = iter(range(100))
    with pytest.raises(AnalysisCancelled):
        analyze_in_pieces(text, size=10_000, should_stop=lambda: next(calls) >= 2)


async def test_keys_answer_after_the_analysis_of_a_big_article(make_app, monkeypatch) -> None:
    """When the analysis of a big article completes, only the window is drawn again, and
    highlights are made for the blocks drawn only (the analysis is kept as compact spans,
    never as a list of every highlight); keys, n/N included, still work."""
    import vnreader.tui.highlights as highlights_module
    import vnreader.tui.screens.reader as reader_module

    drawn: list[int] = []
    made = [0]
    real_render = reader_module.render_paragraph
    real_init = highlights_module.Mark.__init__

    def render_spy(text, base, marks, **kw):
        if getattr(app.screen, "analysis", None) is not None:  # drawn once it is analysed
            drawn.append(base)
        return real_render(text, base, marks, **kw)

    def counting_init(self, *args, **kw):
        made[0] += 1
        real_init(self, *args, **kw)

    monkeypatch.setattr(reader_module, "render_paragraph", render_spy)
    monkeypatch.setattr(highlights_module.Mark, "__init__", counting_init)
    article = many_lines(30_000)  # about 2 MB
    app = make_app([article])
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = await open_article(pilot, "big")
        await app.workers.wait_for_complete()
        await settle(pilot)
        assert screen.analysis is not None and len(screen.marks) > 30_000
        assert made[0] < 5_000  # the window's highlights, not all of them
        assert 0 < len(drawn) <= MAX_WINDOW  # the window only, not every block
        assert len(mounted(app)) <= MAX_WINDOW
        top = screen.body.scroll_y
        await pilot.press("space")
        await settle(pilot)
        assert screen.body.scroll_y != top
        await pilot.press("n")
        await settle(pilot)
        first = screen.focused_mark
        assert first is not None
        await pilot.press("n", "n")
        await settle(pilot)
        assert screen.focused_mark is not None and screen.focused_mark.start > first.start
        await pilot.press("N", "N")
        await settle(pilot)
        assert screen.focused_mark == first
        await pilot.press("G")
        await settle(pilot)
        assert mounted(app)[-1] == len(article.paragraphs) - 1
        assert len(mounted(app)) <= MAX_WINDOW


async def test_the_analysis_worker_holds_no_copy_of_the_text(make_app, monkeypatch) -> None:
    """The worker's description is not the repr of the article (the whole text again), and
    progress is reported once per whole per cent, not once per piece."""
    from vnreader.tui.messages import AnalysisProgressed
    from vnreader.tui.screens.reader import ReaderScreen

    descriptions: list[str] = []
    progress: list[float] = []
    real_run, real_post = ReaderScreen.run_worker, ReaderScreen.post_message

    def run_spy(self, work, *args, **kw):
        descriptions.append(kw.get("description", ""))
        return real_run(self, work, *args, **kw)

    def post_spy(self, message):
        if isinstance(message, AnalysisProgressed):
            progress.append(message.done)
        return real_post(self, message)

    monkeypatch.setattr(ReaderScreen, "run_worker", run_spy)
    monkeypatch.setattr(ReaderScreen, "post_message", post_spy)
    app = make_app([many_lines(20_000)])
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = await open_article(pilot, "big")
        await app.workers.wait_for_complete()
        await settle(pilot)
        assert screen.analysis is not None
    assert descriptions and all(len(d) < 200 for d in descriptions)
    assert 0 < len(progress) <= 101 < len(screen.article.text) // 5_000


async def test_paging_on_without_waiting_moves_the_window_on(make_app) -> None:
    """Keys pressed one after another (no wait for the window's blocks) go on through
    several moves of the window: the text is never left stuck at the window's end."""
    article = many_lines(5_000)
    app = make_app([article])
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = await open_article(pilot, "big")
        for _ in range(40):
            await pilot.press("space")
            await pilot.pause(0.05)
        await settle(pilot)
        body = screen.body
        assert screen.window[0] > 100
        assert body.scroll_y < body.max_scroll_y or screen.window[1] == len(screen.offsets)


async def test_leaving_a_big_article_releases_its_analysis(make_app) -> None:
    """Once the reader is closed, nothing keeps the analysis of a big article (the side
    panel's summary belongs to the reader that shows it)."""
    import gc

    app = make_app([many_lines(2_000)])
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = await open_article(pilot, "big")
        await app.workers.wait_for_complete()
        await settle(pilot)
        analysis = screen.analysis
        assert analysis is not None
        del screen
        await pilot.press("q")
        await settle(pilot)
        gc.collect()
        holders = [r for r in gc.get_referrers(analysis) if not inspect.isframe(r)]
        assert [type(r).__name__ for r in holders] == []


async def test_searching_a_big_article_leaves_the_keys_working(make_app, monkeypatch) -> None:
    """/ in a big article searches in a worker (seconds at 50 MB), never on the UI
    thread, a piece at a time with a pause after each (the threads share the interpreter);
    the matches come when it is done, the first one focused."""
    import threading

    import vnreader.tui.screens.reader_find as find_module

    on_ui_thread: list[bool] = []
    pauses = [0]
    real = find_module.find_folded_spans

    def spy(text: str, query: str, **kw) -> object:
        on_ui_thread.append(threading.current_thread() is threading.main_thread())
        between = kw.pop("between", None)

        def counted() -> None:
            pauses[0] += 1
            between()

        return real(text, query, between=counted if between else None, **kw)

    monkeypatch.setattr(find_module, "find_folded_spans", spy)
    sorted_on_ui_thread: list[bool] = []  # the matches made ready to look up
    real_init = find_module.MarkSet.__init__

    def init_spy(self, suggestions=None, marks=(), **kw) -> None:
        if len(marks) >= 5_000:
            sorted_on_ui_thread.append(threading.current_thread() is threading.main_thread())
        real_init(self, suggestions, marks, **kw)

    monkeypatch.setattr(find_module.MarkSet, "__init__", init_spy)
    app = make_app([many_lines(5_000)])
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = await open_article(pilot, "big")
        assert len(screen.article.text) > find_module.INLINE_CHARS
        await pilot.press("slash")
        await type_text(pilot, "4,7 ty")
        await pilot.press("enter")
        await settle(pilot)
        assert on_ui_thread and not any(on_ui_thread)
        # a piece at a time, giving the UI thread its turn after each
        assert pauses[0] >= len(screen.article.text) // find_module.WORKER_CHUNK
        assert len(screen.found) == 5_000 and screen.focused_mark == screen.found[0]
        assert sorted_on_ui_thread == [False]
        assert f"match 1/{format_number(5000)}" in str(screen.query_one("#reader-status").render())
        assert not screen.searching


async def test_review_decisions_in_a_big_article_look_at_few_suggestions(
    make_app, monkeypatch
) -> None:
    """Each review decision in an article of thousands of suggestions reads those of the
    blocks drawn again and a few more (the next undecided one is found in a tree of
    counts), not every one; the progress and the position stay right."""
    from vnreader.tui.article_facts import Suggestions

    looked = [0]
    real_get, real_key = Suggestions.get, Suggestions.key

    def get(self, i):
        looked[0] += 1
        return real_get(self, i)

    def key(self, i):
        looked[0] += 1
        return real_key(self, i)

    monkeypatch.setattr(Suggestions, "get", get)
    monkeypatch.setattr(Suggestions, "key", key)
    app = make_app([many_lines(3_000)])
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = await open_article(pilot, "big")
        await app.workers.wait_for_complete()
        await settle(pilot)
        total = screen.review_progress()[1]
        assert total == 6_000  # "4,7 tỷ USD" and "năm 2021" on each line
        await pilot.press("R")
        await settle(pilot)
        first = screen.reviewing
        for key in ("a", "X", "space"):
            looked[0] = 0
            await pilot.press(key)
            await settle(pilot)
            assert looked[0] < 1_200, key  # the window's ~100 blocks, 2 per block
        assert screen.review_progress() == (2, total)
        assert screen.reviewing is not None and screen.reviewing > first
        status = str(screen.query_one("#reader-status").render())
        assert f"review 4/{format_number(total)}" in status and "2 decided" in status


async def test_the_raw_view_of_a_huge_file_shows_its_start_and_says_so(make_app) -> None:
    """The raw view holds the file in one widget: past RAW_VIEW_CHARS it shows the start
    and one line saying how much is left out (laying out megabytes froze the app)."""
    from textual.widgets import Static

    from vnreader.tui.screens.raw import RAW_VIEW_CHARS, RawScreen

    raw = "\n".join(f"{i}: {LINE}" for i in range(40_000))  # ~3 MB of lines
    article = Article(
        id="big", path=Path("big.txt"), title="Bài rất dài", paragraphs=(LINE,), raw=raw
    )
    app = make_app([article])
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await open_article(pilot, "big")
        await pilot.press("r")
        await settle(pilot)
        assert isinstance(app.screen, RawScreen)
        shown = str(app.screen.query_one("#raw-lines", Static).render())
        assert len(shown) < RAW_VIEW_CHARS * 1.2
        first, every = format_number(RAW_VIEW_CHARS), format_number(len(raw))
        assert f"shows the first {first} characters of {every}" in shown
        assert "0: Hai bên bàn" in shown[:40]  # the start of the file, numbered
