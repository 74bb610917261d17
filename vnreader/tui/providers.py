"""Command palette entries, generated from the action registry (vnreader.tui.commands)."""

from __future__ import annotations

from collections.abc import Iterator
from functools import partial

from textual.command import DiscoveryHit, Hit, Hits, Provider

from vnreader.tui import commands
from vnreader.tui.commands import Command


class ActionsProvider(Provider):
    """Every registry action that applies to the screen the palette was opened from."""

    def _commands(self) -> Iterator[Command]:
        screen = self.screen
        scopes = getattr(screen, "COMMAND_SCOPES", ("app",))
        for command in commands.by_scope(*scopes):
            if not command.palette:
                continue
            if command.scope == "app" or _enabled(screen, command):
                yield command

    def _run(self, command: Command) -> None:
        self.app.call_later(self.app.run_action, command.action, self.screen)

    async def discover(self) -> Hits:
        for command in self._commands():
            yield DiscoveryHit(command.title, partial(self._run, command), help=_help(command))

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for command in self._commands():
            score = matcher.match(command.title)
            if score > 0:
                yield Hit(
                    score,
                    matcher.highlight(command.title),
                    partial(self._run, command),
                    help=_help(command),
                )


def _help(command: Command) -> str:
    """The palette's second line: what it does, and its key when it has one."""
    keys = command.display_keys
    return f"{command.help}  (key: {keys})" if keys else command.help  # parsed as markup: no [ ]


def _enabled(screen: object, command: Command) -> bool:
    check = getattr(screen, "check_action", None)
    if check is None:
        return True
    name = command.action.split("(", 1)[0]
    return bool(check(name, ()))
