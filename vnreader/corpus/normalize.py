"""Normalisation of one line of scraped text: HTML left-overs and whitespace.

* HTML tags ("<br>", "</p>", "<strong>") are removed and entities ("&nbsp;", "&amp;",
  "&#8230;", and "&nbsp" with its ";" lost) decoded, then the line is sanitised again,
  since "&#27;" would otherwise bring back an escape character.
* NBSP and the other Unicode spaces become a plain space, runs of spaces collapse to one,
  invisible characters that break search (zero-width space, word joiner, soft hyphen) go,
  and the line is stripped. Joiners (ZWJ/ZWNJ) are kept: they change how some scripts and
  emoji render.
"""

from __future__ import annotations

import html
import re

from vnreader.textsafe import sanitize

_INVISIBLE = re.compile("[\u200b\u2060\u00ad]")
_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?/?>")
# "&nbsp;", and the common ones a scraper left without their ";" ("&nbspTại cuộc họp")
_ENTITY = re.compile(
    r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});|&(?:nbsp|amp|quot)(?![a-z])"
)


def normalize_line(line: str) -> str:
    """*line* with every run of whitespace as one space, invisible characters removed, stripped.

    Whitespace is what :meth:`str.split` splits on: spaces, tabs, NBSP and the other Unicode
    spaces.
    """
    if "<" in line or "&" in line:
        line = strip_markup(line)
    if "\u200b" in line or "\u2060" in line or "\u00ad" in line:
        line = _INVISIBLE.sub("", line)
    return " ".join(line.split())


def comparable(line: str) -> str:
    """A key under which two normalised lines count as "the same" (case, end punctuation)."""
    return line.casefold().rstrip(" .:;,!?…")


def strip_markup(line: str) -> str:
    """*line* without HTML tags, with entities decoded, sanitised."""
    cleaned = _TAG.sub(" ", line) if "<" in line else line
    if "&" in cleaned and _ENTITY.search(cleaned):
        cleaned = sanitize(html.unescape(cleaned))
    return cleaned
