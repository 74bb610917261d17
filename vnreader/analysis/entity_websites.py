"""Websites named by their domain are organisations: "Kitco.com", "Live.com", "Tiki.vn".

A capitalised name written with its domain ("giá trên Kitco.com", "Ảnh: Quochoi.vn") names
the site and the firm behind it (guideline rules 36, 37, 78 and 84: a site is ORG). The
tokens split at the dots ("Kitco" "com"), so the scan leaves the name alone or takes it for
a place ("Amazon"); this pass takes the name, with up to two capitalised words before it
("Tin Nhanh.vn"), and its domain as one ORG. Not inside an e-mail address or a longer
address ("abc@Yahoo.com", "www.Live.com/mail").
"""

from __future__ import annotations

import re

from vnreader.analysis.entity_state import SENTENCE_WORDS, Span
from vnreader.analysis.entity_tokens import Tokens

_DOMAINS = frozenset({"com", "net", "vn", "org", "info", "biz", "io"})
_COUNTRY_DOMAINS = frozenset({"vn", "uk", "au", "sg", "cn", "jp", "kr"})
_ADDRESS_MARKS = frozenset("@./:")
_SENTENCE_ENDS = frozenset('.!?:;"“(\n')  # a word after these opens a sentence ("Trang Kitco.com")
_MAX_NAME_BEFORE = 2  # capitalised words of a site's name before the one with its domain
# the cheap test before the pass: a dot and a domain somewhere in the text
_ANY_DOMAIN = re.compile(r"\.(?:" + "|".join(sorted(_DOMAINS)) + ")")


def websites(text: str, tokens: Tokens, spans: list[Span]) -> None:
    """Add or widen to ORG the names of *text* written with their domain (in place)."""
    if _ANY_DOMAIN.search(text) is None:
        return
    words, raw = tokens.words, tokens.raw_gaps
    n = len(words)
    for i in range(n - 1):
        if raw[i] != "." or words[i + 1] not in _DOMAINS or not words[i][0].isupper():
            continue
        if i > 0 and raw[i - 1][-1:] in _ADDRESS_MARKS:
            continue  # "abc@Yahoo.com", "www.Live.com"
        end = i + 2
        if end < n and raw[end - 1] == "." and words[end] in _COUNTRY_DOMAINS:
            end += 1  # "Vatgia.com.vn"
        if end < n and (raw[end - 1][:1] in "/@" or raw[end - 1] == ":"):
            continue  # "Live.com/mail", "Live.com:8080" (but "Theo Tiki.vn: …" is the site)
        start = i
        while (
            start > 0
            and i - start < _MAX_NAME_BEFORE
            and raw[start - 1] == " "
            and words[start - 1][0].isupper()
            and words[start - 1] not in SENTENCE_WORDS
            and not words[start - 1].isupper()
            and start > 1
            and raw[start - 2].strip()[-1:] not in _SENTENCE_ENDS
        ):
            start -= 1  # "trang Tin Nhanh.vn"
        taken = [s for s in spans if s[0] < end and start < s[1]]
        if any(s[0] < start or s[1] > end or s[1] == end for s in taken):
            continue  # already inside a longer name ("VnExpress.net")
        for s in taken:
            spans.remove(s)
        spans.append((start, end, "ORG", ""))
