"""Whitespace normalisation of one line of scraped text.

NBSP and the other Unicode spaces become a plain space, runs of spaces collapse to one,
invisible characters that break search (zero-width space, word joiner, soft hyphen) go,
and the line is stripped. Joiners (ZWJ/ZWNJ) are kept: they change how some scripts and
emoji render.
"""

from __future__ import annotations

import re

_INVISIBLE = re.compile("[\u200b\u2060\u00ad]")


def normalize_line(line: str) -> str:
    """*line* with every run of whitespace as one space, invisible characters removed, stripped.

    Whitespace is what :meth:`str.split` splits on: spaces, tabs, NBSP and the other Unicode
    spaces.
    """
    if "\u200b" in line or "\u2060" in line or "\u00ad" in line:
        line = _INVISIBLE.sub("", line)
    return " ".join(line.split())


def comparable(line: str) -> str:
    """A key under which two normalised lines count as "the same" (case, end punctuation)."""
    return line.casefold().rstrip(" .:;,!?…")
