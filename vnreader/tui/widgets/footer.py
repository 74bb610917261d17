"""The Footer of every screen: compact, and without the "^p command palette" entry on a
narrow terminal, where the keys need the room (ctrl+p still works and the help lists it)."""

from __future__ import annotations

from textual import events
from textual.widgets import Footer

WIDE = 120  # columns from which the palette entry is shown (the keys take ~85-100)


class KeysFooter(Footer):
    def __init__(self) -> None:
        super().__init__(compact=True)

    def on_resize(self, event: events.Resize) -> None:
        wide = event.size.width >= WIDE
        if wide != self.show_command_palette:
            self.show_command_palette = wide
            self.call_after_refresh(self.recompose)
