"""The app's export dialog: one default name per format, the format follows the file name,
a file is replaced only after a yes, ctrl+l reaches the file name, the CLI's options."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from textual.widgets import Checkbox, Input, OptionList

from tests.tui.conftest import SIZE
from tests.tui.helpers import settle, type_text
from vnreader.tui.screens.dialogs import ChoiceScreen
from vnreader.tui.screens.export_dialog import ExportScreen


def path_value(app) -> str:  # type: ignore[no-untyped-def]
    return app.screen.query_one("#export-path", Input).value


async def test_each_format_proposes_its_own_file_name(make_app) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("e")
        await settle(pilot)
        names = []
        for _ in range(6):
            names.append(path_value(app))
            await pilot.press("down")
            await settle(pilot)
    assert names[0] == "./vnreader-annotations.json"
    assert len(set(names)) == 6  # jsonl and spans no longer share one name
    assert "./vnreader-spans.jsonl" in names and "./vnreader-annotations.jsonl" in names


async def test_the_file_name_decides_the_format_and_says_so(make_app, tmp_path: Path) -> None:
    app = make_app()
    app.store.add_tag("b2", "du lịch")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("e", "down", "down", "down", "down")  # csv
        await settle(pilot)
        await pilot.press("ctrl+u")
        await type_text(pilot, "out.jsonl")
        await pilot.press("enter")
        await settle(pilot)
        messages = [n.message for n in app._notifications]
    lines = (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()
    assert json.loads(lines[0])["format"] == "vnreader-annotations-jsonl"  # not a CSV
    assert any("exporting as jsonl, not csv" in m for m in messages)


async def test_an_existing_file_is_replaced_only_after_a_yes(make_app, tmp_path: Path) -> None:
    mine = tmp_path / "vnreader-annotations.json"
    mine.write_text("keep me", encoding="utf-8")
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("e", "enter")
        await settle(pilot)
        assert isinstance(app.screen, ChoiceScreen)
        await pilot.press("enter")  # the highlighted choice: keep it
        await settle(pilot)
        assert isinstance(app.screen, ExportScreen)
        assert mine.read_text(encoding="utf-8") == "keep me"
        await pilot.press("enter", "k", "enter")  # now: replace it
        await settle(pilot)
        await app.workers.wait_for_complete()
        await settle(pilot)
    assert json.loads(mine.read_text(encoding="utf-8"))["format"] == "vnreader-annotations"


async def test_ctrl_l_reaches_the_file_name_and_options_follow_the_format(make_app) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("e", "down", "down", "down")  # spans
        await settle(pilot)
        screen = app.screen
        shown = [c.id for c in screen.query(Checkbox) if c.display]
        assert shown == ["include_suggestions", "per_paragraph", "utf16_offsets"]
        await pilot.press("tab", "tab")
        await settle(pilot)
        assert not isinstance(app.focused, Input) or app.focused.id != "export-path"
        await pilot.press("ctrl+l")
        await settle(pilot)
        assert app.focused is screen.query_one("#export-path", Input)
        await pilot.press("down")  # csv: its one option, safe for spreadsheets, is on
        await settle(pilot)
        shown = [c for c in screen.query(Checkbox) if c.display]
        assert [(c.id, c.value) for c in shown] == [("spreadsheet", True)]


async def test_the_app_writes_the_safe_csv_and_the_cli_options(make_app, tmp_path: Path) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("e", "down", "down", "down", "down", "enter")  # csv
        await settle(pilot)
        await app.workers.wait_for_complete()
        await settle(pilot)
        await pilot.press("e", "down", "down", "down")  # spans, with suggestions
        await settle(pilot)
        app.screen.query_one("#include_suggestions", Checkbox).value = True
        await pilot.press("ctrl+l", "enter")
        await settle(pilot)
        await app.workers.wait_for_complete()
        await settle(pilot)
    assert (tmp_path / "vnreader-figures.csv").read_bytes().startswith("\ufeff".encode())
    lines = (tmp_path / "vnreader-spans.jsonl").read_text(encoding="utf-8").splitlines()
    assert lines and all(json.loads(line)["label"] for line in lines)  # suggestions only


async def test_the_dialog_fits_80x24(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("e", "down", "down", "down")  # spans: the most options
        await settle(pilot)
        screen = app.screen
        widgets = [*screen.query(Input), *(c for c in screen.query(Checkbox) if c.display)]
        for widget in widgets:
            region = widget.region
            assert region.height > 0 and region.bottom <= 24, (widget.id, region)


async def test_the_app_writes_spacy_training_data(make_app, tmp_path: Path) -> None:
    pytest.importorskip("spacy")
    from spacy.tokens import DocBin

    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("e", "up")  # the last format: docbin
        await settle(pilot)
        assert path_value(app) == "./vnreader-train.spacy"
        app.screen.query_one("#include_suggestions", Checkbox).value = True
        await pilot.press("ctrl+l", "enter")
        await settle(pilot)
        await app.workers.wait_for_complete()
        await settle(pilot)
    docs = DocBin().from_bytes((tmp_path / "vnreader-train.spacy").read_bytes())
    assert len(docs) > 0


async def test_every_format_name_is_apart_from_its_description(make_app) -> None:
    """The longest name, docbin, was once drawn glued to its text ("docbinspaCy")."""
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("e")
        await settle(pilot)
        formats = app.screen.query_one("#formats", OptionList)
        prompts = [str(formats.get_option_at_index(i).prompt) for i in range(formats.option_count)]
    assert any(p.startswith("docbin ") for p in prompts), prompts
    starts = {len(p) - len(p.split(" ", 1)[1].lstrip()) for p in prompts}
    assert len(starts) == 1, prompts  # every description starts in the same column


async def test_two_quick_downs_move_two_formats(make_app) -> None:
    """The second ↓ typed before the first was handled was lost (both counted from the
    format last handled): ↓↓ from json stopped on jsonl."""
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("e")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, ExportScreen)
        screen.action_format(1)  # two keys in one go, before any message is handled
        screen.action_format(1)
        await settle(pilot)
        assert screen.selected == "w3c"
        assert path_value(app).endswith(".w3c.jsonld")
