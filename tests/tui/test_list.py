"""The article list: diacritic-free search, tag filter, sort — driven by keys."""

from __future__ import annotations

from dataclasses import replace

from tests.tui.conftest import SIZE
from tests.tui.helpers import drawn_row, list_screen, settle, shown_ids, type_text


async def test_search_ignores_diacritics_and_case(make_app) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert sorted(shown_ids(pilot)) == ["a1", "b2", "c3"]
        await pilot.press("slash")
        await type_text(pilot, "bui thanh son")
        await pilot.pause(0.5)  # searches once typing pauses...
        await settle(pilot)
        # a1 has "Bùi Thanh Sơn", c3 "BÙI THANH SƠN"; b2 has neither
        assert sorted(shown_ids(pilot)) == ["a1", "c3"]
        await pilot.press("enter")  # ...or at once on Enter
        await settle(pilot)
        assert sorted(shown_ids(pilot)) == ["a1", "c3"]
        await pilot.press("escape")
        await settle(pilot)
        assert sorted(shown_ids(pilot)) == ["a1", "b2", "c3"]
        # "d" finds "đ": "da nang" → "Đà Nẵng"
        await pilot.press("slash")
        await type_text(pilot, "da nang")
        await pilot.press("enter")
        await settle(pilot)
        assert shown_ids(pilot) == ["b2"]


async def test_tag_filter_and_sort(make_app) -> None:
    app = make_app()
    app.store.add_tag("c3", "ngoại giao")
    app.store.add_tag("a1", "ngoại giao")
    app.store.add_tag("b2", "du lịch")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = list_screen(pilot)
        assert screen.sort_by == "title"
        # title order folds diacritics: "Bộ…" < "Chủ…" < "Đà…"
        assert shown_ids(pilot) == ["a1", "c3", "b2"]
        await pilot.press("s")  # source
        await settle(pilot)
        assert screen.sort_by == "source"
        assert shown_ids(pilot) == ["a1", "c3", "b2"]  # baoquocte < tuoitre < vnexpress
        await pilot.press("s")  # date
        await settle(pilot)
        assert shown_ids(pilot) == ["a1", "c3", "b2"]
        await pilot.press("S")  # reverse
        await settle(pilot)
        assert shown_ids(pilot) == ["b2", "c3", "a1"]
        await pilot.press("s")  # length, reversed
        await settle(pilot)
        assert shown_ids(pilot)[0] == "a1"
        # filter: the picker lists "(all)" then tags alphabetically: du lịch, ngoại giao
        await pilot.press("f")
        await settle(pilot)
        await pilot.press("down", "down", "enter")
        await settle(pilot)
        assert screen.tag_filter == "ngoại giao"
        assert sorted(shown_ids(pilot)) == ["a1", "c3"]
        await pilot.press("f")  # starts on the current filter, "(all articles)" is at the top
        await settle(pilot)
        await pilot.press("k", "k", "enter")
        await settle(pilot)
        assert sorted(shown_ids(pilot)) == ["a1", "b2", "c3"]


async def test_tag_from_list_updates_counts_and_untag(make_app) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("g", "t")
        await type_text(pilot, "kinh te")
        await pilot.press("enter")
        await settle(pilot)
        first = shown_ids(pilot)[0]
        assert app.store.tags(first) == ["kinh te"]
        # completion from tags in use: "ki" + right arrow accepts the suggestion
        await pilot.press("j", "t", "k", "i", "right", "enter")
        await settle(pilot)
        second = shown_ids(pilot)[1]
        assert app.store.tags(second) == ["kinh te"]
        await pilot.press("T", "enter")
        await settle(pilot)
        assert app.store.tags(second) == []
        assert app.store.all_tags() == {"kinh te": 1}


async def test_letters_typed_in_search_are_text_not_keys(make_app) -> None:
    from textual.widgets import Input

    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("slash")
        await type_text(pilot, "quoc te stfgjk")
        assert app.is_running
        assert app.screen.query_one("#search", Input).value == "quoc te stfgjk"
        assert list_screen(pilot).sort_by == "title"


async def test_back_from_reader_keeps_the_cursor_on_the_article_read(make_app) -> None:
    """Enter, J to the next article, q: the list's cursor is on the article read last."""
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        ids = shown_ids(pilot)
        await pilot.press("g", "enter")
        await settle(pilot)
        await pilot.press("J")
        await settle(pilot)
        await pilot.press("q")
        await settle(pilot)
        assert list_screen(pilot).current_article().id == ids[1]


async def test_narrow_terminal_fits_the_row_and_sorts_missing_last(make_app) -> None:
    from tests.tui.conftest import make_articles

    articles = make_articles()
    articles[1] = replace(articles[1], source=None, published=None)
    app = make_app(articles)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        line = drawn_row(pilot, "a1")
        assert len(line) <= 80 and "Bộ trưởng Bùi Thanh Sơn thăm Liên bang" in line
        await pilot.press("s")  # source
        await settle(pilot)
        assert shown_ids(pilot)[-1] == "b2"
        await pilot.press("S")  # reversed: still last
        await settle(pilot)
        assert shown_ids(pilot)[-1] == "b2"
        status = str(list_screen(pilot).query_one("#list-status").render())
        assert "sort: source ↓" in status
        assert not [n for n in app._notifications if "sorted" in n.message]  # status says it


async def test_tag_dialog_shows_the_tags_and_palette_shows_keys(make_app) -> None:
    from textual.widgets import Label

    from vnreader.tui.commands import get
    from vnreader.tui.providers import _help

    app = make_app()
    app.store.add_tag("a1", "ngoại giao")
    app.store.add_tag("b2", "du lịch")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        ids = shown_ids(pilot)
        await pilot.press("g", *["j"] * ids.index("a1"), "t")
        await settle(pilot)
        hint = str(app.screen.query_one("#tag-hint", Label).render())
        assert "already: ngoại giao" in hint and "in use: du lịch" in hint
        await pilot.press("escape")
    assert _help(get("list.sort")).endswith("(key: s)")


async def test_tag_filter_dialog_starts_on_the_current_filter(make_app) -> None:
    from textual.widgets import OptionList

    app = make_app()
    app.store.add_tag("a1", "b-tag")
    app.store.add_tag("b2", "a-tag")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("f", "j", "j", "enter")  # (all), a-tag, b-tag
        await settle(pilot)
        assert shown_ids(pilot) == ["a1"]
        await pilot.press("f")
        await settle(pilot)
        assert app.screen.query_one(OptionList).highlighted == 2
        await pilot.press("escape")


async def test_slash_then_letters_at_once_type_into_the_box(make_app) -> None:
    """The keys after "/" are already queued when "/" is handled (a busy app): they must
    reach the search box, not the list (where "s" would change the sort)."""
    from textual import events
    from textual.widgets import Input

    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        driver = app._driver
        assert driver is not None
        for key, char in [("slash", "/"), *[(c if c != " " else "space", c) for c in "bui son"]]:
            event = events.Key(key, char)
            event.set_sender(app)
            driver.send_message(event)  # all queued before the app handles the first
        await settle(pilot)
        assert app.screen.query_one("#search", Input).value == "bui son"
        assert list_screen(pilot).sort_by == "title"
        await pilot.pause(0.3)
        await settle(pilot)
        assert sorted(shown_ids(pilot)) == ["a1", "c3"]


async def test_resize_reflows_the_title_column(make_app) -> None:
    app = make_app()
    title = "Chủ tịch nước Nguyễn Xuân Phúc tiếp đại sứ"
    async with app.run_test(size=(200, 20)) as pilot:
        await settle(pilot)
        wide = drawn_row(pilot, "c3")
        assert title in wide and "…" not in wide and "tuoitre.vn" in wide
        await pilot.resize_terminal(60, 20)
        await settle(pilot)
        narrow = drawn_row(pilot, "c3")
        assert len(narrow) < 60 and narrow.strip().startswith("Chủ tịch nước") and "…" in narrow
        await pilot.resize_terminal(120, 20)
        await settle(pilot)
        middle = drawn_row(pilot, "c3")
        assert title in middle and len(middle) < 120
        assert middle.index("tuoitre.vn") < wide.index("tuoitre.vn")  # the title column shrank


async def test_sort_panel_and_last_article_are_remembered(make_app) -> None:
    from tests.tui.helpers import open_article

    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("s", "S")  # by source, reversed
        await settle(pilot)
        screen = await open_article(pilot, "c3")
        assert not screen.query_one("#side").has_class("hidden")
        await pilot.press("p")  # hide the panel
        await settle(pilot)
        assert screen.query_one("#side").has_class("hidden")
        await pilot.press("q")
        await settle(pilot)
    app.store.close()
    again = make_app()
    async with again.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = list_screen(pilot)
        assert (screen.sort_by, screen.reverse) == ("source", True)
        assert screen.current_article().id == "c3"  # the list starts on the last article read
        await pilot.press("enter")
        await settle(pilot)
        assert pilot.app.screen.query_one("#side").has_class("hidden")


async def test_narrow_terminal_hides_the_reader_panel(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        side = pilot.app.screen.query_one("#side")
        assert side.has_class("hidden")
        await pilot.resize_terminal(120, 24)
        await settle(pilot)
        assert not side.has_class("hidden")
        await pilot.resize_terminal(80, 24)
        await settle(pilot)
        await pilot.press("p")  # shown on demand, for this session
        await settle(pilot)
        assert not side.has_class("hidden")
    assert app.settings.get("panel") is None  # a narrow terminal's choice is not remembered


async def test_esc_back_to_every_row_reuses_the_sort_until_rows_or_counts_change(
    make_app, monkeypatch
) -> None:
    """Esc from a search shows every row in the sort kept from before (no new sort of
    200,000 rows); a change of the annotations sorted by is sorted again."""
    from vnreader.tui.listing import RowOrder

    app = make_app()
    sorts: list[str] = []
    real_sort = RowOrder.sort

    def counted(self, rows, key, reverse, counts):  # type: ignore[no-untyped-def]
        sorts.append(key)
        return real_sort(self, rows, key, reverse, counts)

    monkeypatch.setattr(RowOrder, "sort", counted)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        every = shown_ids(pilot)
        for _ in range(2):  # the first time, the rows may still change while searching
            await pilot.press("slash")
            await type_text(pilot, "bui thanh son")
            await pilot.press("enter")
            await settle(pilot)
            assert sorted(shown_ids(pilot)) == ["a1", "c3"]
            sorts.clear()
            await pilot.press("escape")
            await settle(pilot)
            assert shown_ids(pilot) == every
        assert sorts == []
        screen = list_screen(pilot)
        screen._sort("annotations")
        await settle(pilot)
        assert shown_ids(pilot)[0] == every[0]  # none annotated: list order kept (stable)
        last = every[-1]
        app.store.add_tag(last, "x")
        from vnreader.tui.messages import AnnotationsChanged

        screen.post_message(AnnotationsChanged(last))
        await settle(pilot)
        screen.action_reverse_sort()
        await settle(pilot)
        assert shown_ids(pilot)[0] == last  # the most annotated first: sorted again


async def test_a_search_shows_the_best_matches_first_after_a_reversed_sort(make_app) -> None:
    """A reversed sort (S, remembered) once reversed every later search's ranking too: the
    worst matches came first. S during a search reverses the ranking of that search only."""

    async def search() -> list[str]:
        await pilot.press("slash")
        await type_text(pilot, "bui thanh son")
        await pilot.press("enter")
        await settle(pilot)
        return shown_ids(pilot)

    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        best_first = await search()
        assert len(best_first) == 2
        await pilot.press("escape", "S")  # the list by title, reversed
        await settle(pilot)
        screen = list_screen(pilot)
        assert screen.reverse
        assert await search() == best_first
        assert "relevance ↑" in str(screen.query_one("#list-status").render())
        await pilot.press("S")  # this search's ranking, reversed
        await settle(pilot)
        assert shown_ids(pilot) == best_first[::-1]
        await pilot.press("escape")
        await settle(pilot)
        assert screen.reverse and screen.sort_by == "title"  # the list's own order is kept


async def test_a_key_searches_at_once_unless_a_search_still_runs(make_app, monkeypatch) -> None:
    """No typing pause is waited for when no search runs: each key searches at once; a key
    that comes while the search of an earlier one runs waits for typing to pause."""
    import threading

    from vnreader.tui.screens import article_list

    monkeypatch.setattr(article_list, "SEARCH_DELAY", 3600.0)
    app = make_app()
    searched: list[str] = []
    gate = threading.Event()
    real_search = app.corpus.search

    def search(query: str, **kwargs):  # type: ignore[no-untyped-def]
        searched.append(query)
        if query.endswith("x"):
            gate.wait(10)  # still running when the next key comes
        return real_search(query, **kwargs)

    monkeypatch.setattr(app.corpus, "search", search)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("slash")
        await type_text(pilot, "bui thanh son")
        await settle(pilot)
        assert searched[-1] == "bui thanh son"  # no pause waited for
        assert sorted(shown_ids(pilot)) == ["a1", "c3"]
        await type_text(pilot, " x")
        assert searched[-1] == "bui thanh son x"  # at once, and still running...
        await pilot.press("y")  # ...so this key waits for typing to pause (not here)
        gate.set()
        await settle(pilot)
        assert searched[-1] == "bui thanh son x"
        assert sorted(shown_ids(pilot)) == ["a1", "c3"]  # the older search's hits: not shown
        await pilot.press("enter")  # Enter searches at once
        await settle(pilot)
        assert searched[-1] == "bui thanh son xy" and shown_ids(pilot) == []


async def test_the_list_groups_thousands_as_the_rest_of_the_app(make_app) -> None:
    """The header's counts and the length column write numbers as every view does
    ("1 200 of 1 200 articles", thin spaces), not "1200" nor "1,200"."""
    from tests.tui.conftest import make_articles
    from vnreader.tui.numbers import THIN

    first = make_articles()[0]
    long_text = replace(first, id="long", paragraphs=("chữ " * 3000,))
    articles = [long_text] + [replace(first, id=f"x{i:04}") for i in range(1199)]
    app = make_app(articles)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        status = str(list_screen(pilot).query_one("#list-status").render())
        assert f"1{THIN}200 of 1{THIN}200 articles" in status
        assert f"12{THIN}000" in drawn_row(pilot, "long")
