"""One registry feeds the keys, the Footer, the palette and the help screen."""

from __future__ import annotations

from textual.command import CommandPalette
from textual.widgets import Input, OptionList, Static

from tests.tui.conftest import SIZE
from tests.tui.helpers import open_article, settle
from vnreader.tui import commands
from vnreader.tui.providers import ActionsProvider
from vnreader.tui.screens.help import HelpScreen


def test_registry_is_consistent() -> None:
    ids = [c.id for c in commands.COMMANDS]
    assert len(ids) == len(set(ids))
    titles = [c.title for c in commands.COMMANDS]
    assert len(titles) == len(set(titles))
    for c in commands.COMMANDS:
        assert c.scope in commands.SCOPES
        assert ": " in c.title, c.title  # namespaced for the palette
        assert c.help
    # within one screen a key is bound to one action per mode
    for scopes in (("app", "article", "list"), ("app", "article", "reader"), ("app", "select")):
        seen: dict[str, str] = {}
        for c in commands.by_scope(*scopes):
            for key in filter(None, c.keys.split(",")):
                assert key not in seen, f"{key} bound to {seen[key]} and {c.id}"
                seen[key] = c.id


def test_bindings_come_from_the_registry() -> None:
    from vnreader.tui.screens.reader import ReaderScreen

    bound = {b.id for b in ReaderScreen.BINDINGS}
    scopes = ("article", "reader", "review", "select")
    expected = {c.id for c in commands.by_scope(*scopes) if c.keys}
    assert bound == expected | {"app.help"}  # help first in every screen's Footer


def _footer(app) -> str:
    from vnreader.tui.widgets.footer import KeysFooter

    return app.screen.query_one(KeysFooter).keys_text()


async def test_footer_shows_the_keys_of_the_mode_in_use(make_app) -> None:
    """Selection mode has its own Footer; the reader's keys come back when it ends. Help and
    the main keys come first, so that they fit an 80-column terminal."""
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        footer = _footer(app)
        assert footer.index("open") < footer.index("help") < footer.index("search")
        assert "palette" not in footer  # no room for it at 80 columns: ctrl+p is in the help
        await open_article(pilot, "a1")
        footer = _footer(app)
        assert "help" in footer and "back" in footer and "highlight" in footer
        assert "extend" not in footer and "cancel" not in footer
        await pilot.press("v")
        await settle(pilot)
        footer = _footer(app)
        assert "cancel" in footer and "label" in footer and "extend" in footer
        assert "back" not in footer and "tag" not in footer and "accept" not in footer
        await pilot.press("escape")
        await settle(pilot)
        footer = _footer(app)
        assert "back" in footer and "cancel" not in footer


async def test_help_lists_every_action(make_app) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("question_mark")
        await settle(pilot)
        assert isinstance(app.screen, HelpScreen)
        text = str(app.screen.query_one("#help-text", Static).render())
        for c in commands.COMMANDS:
            assert c.title in text, c.title
        for label in app.config.labels:
            assert label.name in text
        await pilot.press("escape")
        await pilot.press("f1")
        await settle(pilot)
        assert isinstance(app.screen, HelpScreen)


async def test_palette_offers_the_registry_and_runs_it(make_app) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = await open_article(pilot, "a1")
        provider = ActionsProvider(screen)
        titles = {hit.text async for hit in provider.discover()}
        expected = {
            c.title for c in commands.by_scope("app", "article", "reader") if c.scope != "select"
        }
        assert expected <= titles
        assert "export: JSON" in titles and "export: W3C" in titles
        assert not any(t.startswith("select:") for t in titles)  # not in selection mode
        # end to end: ctrl+p, type, Enter runs the action
        assert screen.visible_layers.figures
        await pilot.press("ctrl+p")
        await settle(pilot)
        assert isinstance(app.screen, CommandPalette)
        for ch in "toggle figures":
            await pilot.press(ch if ch != " " else "space")
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        assert app.screen is screen
        assert not screen.visible_layers.figures


def test_help_columns_never_run_together() -> None:
    from vnreader.config import Config
    from vnreader.tui.screens.help import help_content

    text = help_content(Config().labels).plain
    for c in commands.COMMANDS:
        assert f"{c.title}  " in text, c.title  # at least two spaces before its help


async def test_help_starts_with_the_keys_of_the_screen(make_app) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await open_article(pilot, "a1")
        await pilot.press("f1")
        await settle(pilot)
        text = str(app.screen.query_one("#help-text", Static).render())
        assert text.index("Reader") < text.index("Current article") < text.index("Everywhere")
        assert text.index("Everywhere") < text.index("Article list")


def test_help_fits_an_80_column_terminal() -> None:
    from vnreader.config import Config
    from vnreader.tui.screens.help import help_content

    lines = help_content(Config().labels, columns=74).plain.splitlines()
    too_long = [line for line in lines if len(line) > 74]
    assert not too_long, too_long


async def test_palette_lists_each_action_once(make_app) -> None:
    """Textual's own "Keys", "Quit", "Theme", "Screenshot" do not stand beside the app's."""
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p")
        await settle(pilot)
        palette = app.screen
        assert isinstance(palette, CommandPalette)
        wanted_of = {"quit": "app: quit", "theme": "view: change theme",
                     "screenshot": "view: screenshot", "keys": "help: keys"}  # fmt: skip
        for query, wanted in wanted_of.items():
            palette.query_one(Input).value = query
            await settle(pilot)
            shown = [str(o.prompt).split("\n")[0] for o in palette.query_one(OptionList).options]
            hits = [s for s in shown if query in s.lower()]
            assert hits == [wanted], (query, shown)


async def test_footer_is_not_rebuilt_when_its_keys_are_the_same(make_app) -> None:
    """Closing a dialog refreshes the list's bindings; the same keys keep the same Footer
    line (rebuilding it was most of the time from Enter to "saved")."""
    from vnreader.tui.widgets.footer import KeysFooter

    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        footer = app.screen.query_one(KeysFooter)
        before = footer._entries
        assert before and not footer.children
        await pilot.press("t", *"mot", "enter")
        await settle(pilot)
        assert any("saved" in str(n.message) or "tag" in str(n.message) for n in app._notifications)
        assert app.screen.query_one(KeysFooter) is footer
        assert footer._entries is before


async def test_a_click_on_a_footer_key_runs_it(make_app) -> None:
    """The keys line is one widget: a click on "? help" still opens the help."""
    from vnreader.tui.widgets.footer import KeysFooter

    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        footer = app.screen.query_one(KeysFooter)
        x = footer.keys_text().index("help")
        await pilot.click(KeysFooter, offset=(x, 0))
        await settle(pilot)
        assert isinstance(app.screen, HelpScreen)
