"""Whitespace normalisation of one line of scraped text.

NBSP and the other Unicode spaces become a plain space, runs of spaces collapse to one,
invisible characters that break search (zero-width space, word joiner, soft hyphen) go,
and the line is stripped. Joiners (ZWJ/ZWNJ) are kept: they change how some scripts and
emoji render.
"""

from __future__ import annotations

import re

_SPACES = re.compile("[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")
_INVISIBLE = re.compile("[\u200b\u2060\u00ad]")


def normalize_line(line: str) -> str:
    """*line* with every run of whitespace as one space, invisible characters removed, stripped."""
    return _SPACES.sub(" ", _INVISIBLE.sub("", line)).strip()


def comparable(line: str) -> str:
    """A key under which two lines count as "the same" (case, spacing, end punctuation)."""
    return normalize_line(line).casefold().rstrip(" .:;,!?…")
