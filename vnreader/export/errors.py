"""The error raised for an import file that cannot be read (one-line message)."""

from __future__ import annotations


class ExportFormatError(Exception):
    """A file that is not a readable vnreader/W3C export.

    The message is one line: ``"PATH: line N: what is wrong"`` (or ``"PATH: what is wrong"``
    when no line applies, e.g. an empty file).
    """
