"""The Textual app (the only package that imports Textual): list, reader, annotation."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from vnreader.tui.app import VnreaderApp

__all__ = ["VnreaderApp"]


def __getattr__(name: str) -> Any:
    if name == "VnreaderApp":
        from vnreader.tui.app import VnreaderApp

        return VnreaderApp
    raise AttributeError(name)
