"""Small modal dialogs: a tag input with completion, a note editor, a choice list and the
label picker. Every user-supplied string is shown as Content (never parsed as markup)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.events import Key
from textual.screen import ModalScreen
from textual.suggester import SuggestFromList
from textual.widgets import Input, Label, OptionList, TextArea
from textual.widgets.option_list import Option

from vnreader.config import Label as LabelDef
from vnreader.textsafe import sanitize


class TagScreen(ModalScreen[str | None]):
    """Ask for a tag; completes (→) from the tags already in use."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "dismiss(None)", "cancel")]

    def __init__(self, known: Sequence[str], current: Sequence[str] = ()) -> None:
        super().__init__()
        self.known = list(known)
        self.current = list(current)

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label("Tag this article (→ completes, ⏎ saves, esc cancels)")
            yield Input(
                placeholder="tag",
                suggester=SuggestFromList(self.known, case_sensitive=False),
                id="tag-input",
            )
            others = [t for t in self.known if t not in self.current]
            lines = [
                ("already: ", ", ".join(self.current) or "no tags"),
                ("in use: ", ", ".join(others[:12]) + (" …" if len(others) > 12 else "")),
            ]
            yield Label(
                Content("\n").join(
                    Content.assemble((head, "bold"), text) for head, text in lines if text
                ),
                classes="hint",
                id="tag-hint",
            )

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        self.dismiss(sanitize(event.value).strip())


class NoteScreen(ModalScreen[str | None]):
    """Edit a note; an empty note deletes it. ctrl+s saves, escape cancels."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+s", "save", "save", priority=True),
        Binding("escape", "dismiss(None)", "cancel", priority=True),
    ]

    def __init__(self, title: str, text: str = "") -> None:
        super().__init__()
        self.heading = title
        self.text = text

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog note-dialog"):
            yield Label(Content(self.heading))
            yield TextArea(self.text, id="note-text", soft_wrap=True)
            yield Label("ctrl+s save · esc cancel · an empty note is deleted", classes="hint")

    def on_mount(self) -> None:
        area = self.query_one(TextArea)
        area.focus()
        area.move_cursor(area.document.end)

    def action_save(self) -> None:
        self.dismiss(sanitize(self.query_one(TextArea).text))


class ChoiceScreen(ModalScreen[str | None]):
    """Pick one of a few values (⏎), or cancel (escape)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "dismiss(None)", "cancel"),
        Binding("j", "cursor('down')", show=False),
        Binding("k", "cursor('up')", show=False),
    ]

    def __init__(self, title: str, values: Sequence[tuple[str, str]], selected: int = 0) -> None:
        """*values*: (value returned, text shown) pairs; *selected* is highlighted first."""
        super().__init__()
        self.heading = title
        self.values = list(values)
        self.selected = selected

    def on_mount(self) -> None:
        self.query_one(OptionList).highlighted = self.selected

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label(Content(self.heading))
            yield OptionList(
                *(Option(Content(shown), id=str(i)) for i, (_, shown) in enumerate(self.values)),
                id="choices",
            )

    def action_cursor(self, direction: str) -> None:
        options = self.query_one(OptionList)
        if direction == "down":
            options.action_cursor_down()
        else:
            options.action_cursor_up()

    @on(OptionList.OptionSelected)
    def _selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(self.values[int(event.option.id or 0)][0])


class LabelPicker(ModalScreen[str | None]):
    """Pick a label: its one-key shortcut, or the cursor and ⏎."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "dismiss(None)", "cancel")]

    def __init__(self, labels: Sequence[LabelDef], quote: str) -> None:
        super().__init__()
        self.labels = list(labels)
        self.quote = quote

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            quote = self.quote if len(self.quote) <= 60 else self.quote[:59] + "…"
            yield Label(Content.assemble("Label ", (f"“{quote}”", "bold")))
            yield OptionList(
                *(
                    Option(
                        Content.assemble(
                            (f" {lab.key} ", "reverse bold"),
                            f"  {lab.name}  ",
                            (lab.description, "dim"),
                        ),
                        id=lab.name,
                    )
                    for lab in self.labels
                ),
                id="labels",
            )

    def on_key(self, event: Key) -> None:
        for lab in self.labels:
            if event.character == lab.key:
                event.stop()
                event.prevent_default()
                self.dismiss(lab.name)
                return

    @on(OptionList.OptionSelected)
    def _selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id)
