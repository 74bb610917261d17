"""Errors while reading a corpus, each with a one-line message naming the file."""

from __future__ import annotations


class CorpusError(Exception):
    """A path or file that cannot be read as an article (message names it)."""
