"""The remembered theme, load problems, an analysis that fails, and a broken settings file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import vnreader.analysis
from tests.tui.conftest import SIZE
from tests.tui.helpers import open_article, settle


async def test_theme_is_remembered(make_app, tmp_path: Path) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        app.theme = "nord"
        await settle(pilot)
    settings = tmp_path / "config" / "settings.json"
    assert json.loads(settings.read_text(encoding="utf-8"))["theme"] == "nord"
    app.store.close()
    again = make_app()
    assert again.theme == "nord"


async def test_broken_settings_and_problems_do_not_crash(make_app, tmp_path: Path) -> None:
    settings = tmp_path / "config" / "settings.json"
    settings.parent.mkdir(parents=True)
    settings.write_text('{"theme": 42', encoding="utf-8")
    app = make_app()
    app.problems = ["bad.txt: not UTF-8 [red]x[/]"]
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        messages = [n.message for n in app._notifications]
        assert any("bad.txt: not UTF-8 [red]x[/]" in m for m in messages)


async def test_failing_analysis_is_reported(make_app, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(text: str) -> vnreader.analysis.Analysis:
        raise RuntimeError("recogniser bug")

    monkeypatch.setattr(vnreader.analysis, "analyze", broken)
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = await open_article(pilot, "a1")
        assert list(screen.marks) == []
        assert any("recogniser bug" in n.message for n in app._notifications)
        await pilot.press("v", "P")  # annotation still works
        await settle(pilot)
        assert len(app.store.spans("a1")) == 1


async def test_every_builtin_theme_renders_the_reader(make_app) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = await open_article(pilot, "a1")
        await pilot.press("n", "v")
        for theme in sorted(app.available_themes):
            app.theme = theme
            await pilot.pause()
            app.screen._compositor.render_update(full=True)  # styles resolve at render
        assert app.is_running
        assert screen.selection is not None
