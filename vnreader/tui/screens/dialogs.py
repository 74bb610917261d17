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
from textual.suggester import Suggester
from textual.widgets import Input, Label, OptionList, TextArea
from textual.widgets.option_list import Option

from vnreader.analysis.fold import fold
from vnreader.config import Label as LabelDef
from vnreader.textsafe import sanitize
from vnreader.tui.drafts import drop_draft, get_draft, keep_draft
from vnreader.tui.shorten import one_line


class FoldedSuggester(Suggester):
    """Completes a tag in use, ignoring case and diacritics as search does ("ngoai" offers
    "ngoại giao"); the completion carries the tag's own spelling."""

    def __init__(self, known: Sequence[str]) -> None:
        super().__init__(use_cache=False, case_sensitive=True)
        self.known = [(fold(tag), tag) for tag in known]

    async def get_suggestion(self, value: str) -> str | None:
        folded = fold(value)
        if not folded:
            return None
        for key, tag in self.known:
            if key.startswith(folded) and len(tag) >= len(value):
                return tag
        return None


def near_duplicate(tag: str, known: Sequence[str]) -> str | None:
    """A tag in use that *tag* only differs from in case, diacritics, spaces or dashes."""

    def squash(text: str) -> str:
        return "".join(ch for ch in fold(text) if ch.isalnum())

    key = squash(tag)
    return next((k for k in known if k != tag and squash(k) == key), None)


class TagScreen(ModalScreen[str | None]):
    """Ask for a tag; completes (→ or tab) from the tags already in use, ignoring case and
    diacritics; a tag that only differs from one in use by those is added after a warning
    and a second ⏎."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "dismiss(None)", "cancel"),
        Binding("tab", "complete", "complete", priority=True),
    ]

    def __init__(self, known: Sequence[str], current: Sequence[str] = (), title: str = "") -> None:
        super().__init__()
        self.known = list(known)
        self.current = list(current)
        self.title_shown = title
        self._confirm: str | None = None  # the value warned about (⏎ again adds it)
        self._like = ""  # the tag in use it looks like

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label(Content("Tag this article (tab or → completes, ⏎ saves, esc cancels)"))
            if self.title_shown:
                title = one_line(self.title_shown, 62)
                yield Label(Content.styled(f"“{title}”", "bold"), id="tag-title")
            yield Input(placeholder="tag", suggester=FoldedSuggester(self.known), id="tag-input")
            yield Label(self._hint(), classes="hint", id="tag-hint")

    def _hint(self) -> Content:
        others = [t for t in self.known if t not in self.current]
        lines = [
            ("already: ", ", ".join(self.current) or "no tags"),
            ("in use: ", ", ".join(others[:12]) + (" …" if len(others) > 12 else "")),
        ]
        return Content("\n").join(
            Content.assemble((head, "bold"), text) for head, text in lines if text
        )

    def action_complete(self) -> None:
        field = self.query_one(Input)
        suggestion = self._like if self._confirm is not None else field._suggestion
        if suggestion and suggestion != field.value:
            field.value = suggestion
            field.cursor_position = len(suggestion)

    @on(Input.Changed)
    def _changed(self, event: Input.Changed) -> None:
        if self._confirm is not None and event.value != self._confirm:
            self._confirm = None
            self.query_one("#tag-hint", Label).update(self._hint())

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        tag = sanitize(event.value).strip()
        like = near_duplicate(tag, self.known) if tag not in self.known else None
        if like is not None and self._confirm != event.value:
            self._confirm = event.value
            warning = Content.assemble(
                ("Looks like the tag “", "$text-warning"),
                (like, "bold $text-warning"),
                ("” in use: ⏎ again adds a new tag, tab takes that one.", "$text-warning"),
            )
            self.query_one("#tag-hint", Label).update(warning)
            self._like = like
            return
        self.dismiss(tag)


class NoteScreen(ModalScreen[str | None]):
    """Edit a note; an empty note deletes it. ctrl+s saves. Escape keeps what was typed as a
    draft (with *draft_key*), which comes back the next time the same note is opened."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+s", "save", "save", priority=True),
        Binding("escape", "leave", "cancel", priority=True),
    ]

    def __init__(self, title: str, text: str = "", draft_key: str | None = None) -> None:
        super().__init__()
        self.heading = title
        self.text = text  # the saved note
        self.draft_key = draft_key
        draft = get_draft(draft_key) if draft_key else None
        self.restored = draft is not None and draft != text
        self.start_text = draft if draft is not None and self.restored else text

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog note-dialog"):
            yield Label(Content(self.heading))
            yield TextArea(self.start_text, id="note-text", soft_wrap=True)
            hint = "ctrl+s save · esc keeps a draft · an empty note is deleted"
            if self.restored:
                hint = "your unsaved draft, restored · " + hint
            yield Label(hint, classes="hint", id="note-hint")

    def on_mount(self) -> None:
        area = self.query_one(TextArea)
        area.focus()
        area.move_cursor(area.document.end)

    def action_save(self) -> None:
        if self.draft_key:
            drop_draft(self.draft_key)
        self.dismiss(sanitize(self.query_one(TextArea).text))

    def draft(self) -> str | None:
        """What was typed, when it is worth a draft (not the saved note, not blank); else
        None. Escape and ctrl+q both ask here, so that they keep the same drafts."""
        text = sanitize(self.query_one(TextArea).text)
        return text if text != self.text and text.strip() else None

    def keep_draft_on_quit(self) -> None:
        """ctrl+q with the dialog open: what was typed comes back next time, as after esc."""
        if self.draft_key and (text := self.draft()) is not None:
            keep_draft(self.draft_key, text)

    def action_leave(self) -> None:
        if self.draft_key:
            text = self.draft()
            if text is None:
                drop_draft(self.draft_key)
            elif keep_draft(self.draft_key, text):
                self.app.notify(
                    "Not saved; kept as a draft: it comes back when you open this note again.",
                    title="draft",
                    timeout=4,
                    markup=False,
                )
            else:
                self.app.notify(
                    "Not saved, and the draft could not be kept.", severity="error", markup=False
                )
        self.dismiss(None)


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
            quote = one_line(self.quote, 60)
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
