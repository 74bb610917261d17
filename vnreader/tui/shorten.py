"""One line of at most *width* characters for a title, a quote or a dialog heading."""

from __future__ import annotations


def one_line(text: str, width: int) -> str:
    """*text* with its white space collapsed, cut to *width* characters with "…"."""
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"
