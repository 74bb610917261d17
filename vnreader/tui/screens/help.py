"""The help screen: every action of the registry with its keys, by scope, plus the labels."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static

from vnreader.config import Label
from vnreader.tui import commands
from vnreader.tui.scrolling import ScrollActions, scroll_bindings


def help_content(labels: Sequence[Label], first: Sequence[str] = (), columns: int = 200) -> Content:
    """Every command by scope; the scopes in *first* (where help was opened) come first.
    When a line would not fit in *columns*, its description goes on the next line."""
    lines: list[Content] = [Content.styled("vnreader — keys and actions", "bold $text-primary")]
    width = max(len(c.display_keys) for c in commands.COMMANDS)
    title_width = max(len(c.title) for c in commands.COMMANDS) + 2  # never glued to the help
    here = [s for s in first if s in commands.SCOPES and s != "app"]
    here.sort(key=lambda s: s == "article")  # the screen's own keys, then the article's
    for scope in [*here, *(s for s in commands.SCOPES if s not in here)]:
        lines += [Content(""), Content.styled(commands.SCOPE_TITLES[scope], "bold $text-accent")]
        for c in commands.by_scope(scope):
            keys = c.display_keys or "(palette)"
            head = Content.assemble(
                (f"  {keys:<{width}}  ", "bold"), (f"{c.title:<{title_width}}", "$text-primary")
            )
            if 4 + width + title_width + len(c.help) <= columns:
                lines.append(head + Content(c.help))
            else:
                lines += [head.rstrip(), Content.styled(f"      {c.help}", "$text-muted")]
    lines += [
        Content(""),
        Content.styled("Labels (selection mode: press the key)", "bold $text-accent"),
    ]
    moving = commands.never_label_keys()
    for lab in labels:
        note = (
            "  (⏎ picker only: the key leaves or moves)"
            if commands.key_name(lab.key) in moving
            else ""
        )
        head = Content.assemble((f"  {lab.key:<{width}}  ", "bold"), f"{lab.name:<{title_width}}")
        text = lab.description + note
        if 4 + width + title_width + len(text) <= columns:
            lines.append(head + Content(text))
        else:
            lines += [head.rstrip(), Content.styled(f"      {text}", "$text-muted")]
    lines += [
        Content(""),
        Content.styled(
            "(palette): palette only (ctrl+p) · j k space b g G scroll · esc closes",
            "$text-muted",
        ),
    ]
    return Content("\n").join(lines)


class HelpScreen(ScrollActions, ModalScreen[None]):  # type: ignore[misc]
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,question_mark,f1", "dismiss", "close"),
        *scroll_bindings(),
    ]

    def __init__(self, labels: Sequence[Label], first: Sequence[str] = ()) -> None:
        super().__init__()
        self.labels = list(labels)
        self.first = list(first)

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help", classes="dialog help-dialog"):
            yield Static(
                help_content(self.labels, self.first, self.app.size.width - 6), id="help-text"
            )

    def default_scroller(self) -> VerticalScroll:
        return self.query_one("#help", VerticalScroll)
