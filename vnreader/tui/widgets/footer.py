"""The Footer of every screen: compact, and without the "^p command palette" entry on a
narrow terminal, where the keys need the room (ctrl+p still works and the help lists it).

It is rebuilt only when the keys it shows change: Textual's Footer rebuilds all its key
widgets whenever the screen's bindings are refreshed (each time a dialog closes or the focus
moves), which took most of the time between a key and its feedback (e.g. "saved").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import events
from textual.widgets import Footer

if TYPE_CHECKING:
    from textual.app import ComposeResult
    from textual.screen import Screen

WIDE = 120  # columns from which the palette entry is shown (the keys take ~85-100)

Shown = tuple[object, ...]


class KeysFooter(Footer):
    def __init__(self) -> None:
        super().__init__(compact=True)
        self._shown: Shown | None = None

    def on_resize(self, event: events.Resize) -> None:
        wide = event.size.width >= WIDE
        if wide != self.show_command_palette:
            self.show_command_palette = wide
            self.call_after_refresh(self.recompose)

    def keys_shown(self, screen: Screen[object]) -> Shown:
        """What the footer shows of *screen*'s bindings (a rebuild changes nothing else)."""
        keys = tuple(
            (binding.key, binding.action, binding.description, binding.group, enabled, tip)
            for _, binding, enabled, tip in screen.active_bindings.values()
            if binding.show
        )
        return (keys, self.show_command_palette, self.compact)

    def bindings_changed(self, screen: Screen[object]) -> None:
        if (
            self._shown is not None
            and self.is_attached
            and screen is self.screen
            and self.keys_shown(screen) == self._shown
        ):
            return
        super().bindings_changed(screen)

    def compose(self) -> ComposeResult:
        if self._bindings_ready:
            self._shown = self.keys_shown(self.screen)
        yield from super().compose()
