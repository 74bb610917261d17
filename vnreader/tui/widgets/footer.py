"""The Footer of every screen: one line of keys, compact, and without the "^p command palette"
entry on a narrow terminal, where the keys need the room (ctrl+p still works and the help
lists it).

It is one widget drawing one line of text, where Textual's Footer composes and lays out a
widget per key (most of the Footer's share of start-up), and it draws it again only when the
keys it shows change: Textual's Footer rebuilds all its key widgets whenever the screen's
bindings are refreshed (each time a dialog closes or the focus moves), which took most of the
time between a key and its feedback (e.g. "saved"). It looks as Textual's compact Footer did
(the same theme colours), and a click on a key runs it as that key would.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from itertools import groupby
from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual import events
from textual.widget import Widget

if TYPE_CHECKING:
    from textual.binding import ActiveBinding, Binding
    from textual.screen import Screen

    ActiveBindings = dict[str, ActiveBinding]

WIDE = 120  # columns from which the palette entry is shown (the keys take ~85-100)

Shown = tuple[object, ...]


@dataclass(frozen=True)
class _Key:
    """One key drawn in the footer: what a click presses, and what it shows."""

    key: str
    display: str
    description: str  # "" for a key of a group (the group's name follows the group)
    enabled: bool


@dataclass(frozen=True)
class _Entry:
    """A key, or the name of a group after its keys (one blank column follows each)."""

    key: _Key | None
    label: str = ""


class KeysFooter(Widget, can_focus=False):
    ALLOW_SELECT = False
    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "keys-footer--item",
        "keys-footer--hover",
        "keys-footer--disabled",
        "keys-footer--key",
        "keys-footer--description",
        "keys-footer--label",
        "keys-footer--separator",
    }
    DEFAULT_CSS = """
    KeysFooter {
        color: $footer-foreground;
        background: $footer-background;
        dock: bottom;
        height: 1;
        width: 1fr;
        text-wrap: nowrap;
        overflow: hidden hidden;
        .keys-footer--item { background: $footer-item-background; }
        .keys-footer--hover {
            color: $footer-key-foreground;
            background: $block-hover-background;
        }
        .keys-footer--disabled { text-style: dim; }
        .keys-footer--key {
            color: $footer-key-foreground;
            background: $footer-key-background;
            text-style: bold;
        }
        .keys-footer--description {
            color: $footer-description-foreground;
            background: $footer-description-background;
        }
        .keys-footer--label {
            color: $footer-description-foreground;
            background: $footer-description-background;
        }
        .keys-footer--separator {
            color: $foreground 20%;
            background: $footer-item-background;
        }
    }
    """

    def __init__(self) -> None:
        super().__init__()
        self.show_command_palette = True
        self._bindings_ready = False
        self._shown: Shown | None = None
        self._entries: tuple[_Entry, ...] = ()
        self._palette: _Key | None = None
        self._hover: _Key | None = None
        self._spans: list[tuple[int, int, _Key]] = []

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self.bindings_changed)

    def on_unmount(self) -> None:
        self.screen.bindings_updated_signal.unsubscribe(self)

    def on_resize(self, event: events.Resize) -> None:
        wide = event.size.width >= WIDE
        if wide != self.show_command_palette:
            self.show_command_palette = wide
            if self._bindings_ready:
                self._rebuild(self.screen.active_bindings)

    def keys_shown(self, active: ActiveBindings) -> Shown:
        """What the footer shows of a screen's *active* bindings (a rebuild changes nothing
        else)."""
        keys = tuple(
            (binding.key, binding.action, binding.description, binding.group, enabled, tip)
            for _, binding, enabled, tip in active.values()
            if binding.show
        )
        return (keys, self.show_command_palette)

    def bindings_changed(self, screen: Screen[object]) -> None:
        self._bindings_ready = True
        if not screen.app.app_focus or not self.is_attached or screen is not self.screen:
            return
        active = screen.active_bindings  # built once: Textual computes it on each read
        shown = self.keys_shown(active)
        if shown != self._shown:
            self._rebuild(active, shown)

    def _rebuild(self, active: ActiveBindings, shown: Shown | None = None) -> None:
        self._shown = shown if shown is not None else self.keys_shown(active)
        self._entries, self._palette = self._layout(active)
        self.refresh()

    def _layout(self, active: ActiveBindings) -> tuple[tuple[_Entry, ...], _Key | None]:
        """The entries of the keys line, in Textual's Footer's order and grouping, and the
        palette key (None when it is not shown)."""
        by_action: defaultdict[str, list[tuple[Binding, bool]]] = defaultdict(list)
        for _, binding, enabled, _tip in active.values():
            if binding.show:
                by_action[binding.action].append((binding, enabled))
        entries: list[_Entry] = []
        for group, runs in groupby(by_action.values(), lambda run: run[0][0].group):
            firsts = [run[0] for run in runs]
            if group is not None and len(firsts) > 1:
                entries += [_Entry(self._key(b, e, "")) for b, e in firsts]
                entries.append(_Entry(None, group.description))
            else:
                entries += [_Entry(self._key(b, e, b.description)) for b, e in firsts]
        palette = None
        if self.show_command_palette and self.app.ENABLE_COMMAND_PALETTE:
            found = active.get(self.app.COMMAND_PALETTE_BINDING)
            if found is not None:
                palette = self._key(found[1], found[2], found[1].description)
        return tuple(entries), palette

    def _key(self, binding: Binding, enabled: bool, description: str) -> _Key:
        return _Key(binding.key, self.app.get_key_display(binding), description, enabled)

    def _key_text(self, key: _Key) -> Text:
        style = self.get_component_rich_style
        text = Text(end="")
        text.append(key.display, style("keys-footer--key"))
        if key.description:
            text.append(" " + key.description, style("keys-footer--description"))
        base = style("keys-footer--hover" if key == self._hover else "keys-footer--item")
        if not key.enabled:
            base += style("keys-footer--disabled")
        text.stylize_before(base)
        return text

    def render(self) -> Text:
        width = self.size.width
        line = Text(end="", no_wrap=True)
        self._spans = []
        palette = None
        if self._palette is not None:
            palette = Text("▏", self.get_component_rich_style("keys-footer--separator"))
            palette.append_text(self._key_text(self._palette))
            palette.append(" ")
        room = max(0, width - palette.cell_len) if palette is not None else width
        for entry in self._entries:
            if entry.key is not None:
                piece = self._key_text(entry.key)
            else:
                piece = Text(entry.label, self.get_component_rich_style("keys-footer--label"))
            if line.cell_len + piece.cell_len > room:
                break  # a key that does not fit is left out whole, never cut ("e exp")
            if entry.key is not None:
                self._spans.append((line.cell_len, line.cell_len + piece.cell_len, entry.key))
            line.append_text(piece)
            line.append(" ")
        line.rstrip()  # the blank after the last key is the footer's own background
        if palette is not None and self._palette is not None:
            line.truncate(room, pad=True)
            self._spans = [(a, min(b, room), k) for a, b, k in self._spans if a < room]
            self._spans.append((room, width - 1, self._palette))
            line.append_text(palette)
        return line

    def _key_at(self, x: int) -> _Key | None:
        return next((key for start, end, key in self._spans if start <= x < end), None)

    def on_mouse_down(self, event: events.MouseDown) -> None:
        key = self._key_at(event.x)
        if key is None:
            return
        if key.enabled:
            self.app.simulate_key(key.key)
        else:
            self.app.bell()

    def on_mouse_move(self, event: events.MouseMove) -> None:
        self._set_hover(self._key_at(event.x))

    def on_leave(self, event: events.Leave) -> None:
        self._set_hover(None)

    def _set_hover(self, key: _Key | None) -> None:
        if key != self._hover:
            self._hover = key
            self.refresh()

    def keys_text(self) -> str:
        """The keys line as plain text (what the user reads)."""
        return self.render().plain
