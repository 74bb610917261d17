"""Websites named by their domain are organisations: "Zuji.com", "Live.com", "Tiki.vn".

A capitalised name written with its domain ("Zuji.com đã vượt qua các đối thủ") names the
site and the firm behind it (guideline rules 52, 78: a site is ORG). The tokens split at the
dots ("Zuji" "com"), so the scan leaves the name alone or takes it for a place ("Amazon");
this pass takes the name and its domain as one ORG. Not inside an e-mail address or a
longer address ("abc@Yahoo.com", "www.Live.com/mail").
"""

from __future__ import annotations

import re

from vnreader.analysis.entity_state import Span
from vnreader.analysis.entity_tokens import Tokens

_DOMAINS = frozenset({"com", "net", "vn", "org", "info", "biz", "io"})
_COUNTRY_DOMAINS = frozenset({"vn", "uk", "au", "sg", "cn", "jp", "kr"})
_ADDRESS_MARKS = frozenset("@./:")
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
        if end < n and raw[end - 1][:1] in _ADDRESS_MARKS - {"."}:
            continue  # "Live.com/mail"
        taken = [s for s in spans if s[0] < end and i < s[1]]
        if any((s[0], s[1]) != (i, i + 1) for s in taken):
            continue  # already inside a longer name ("VnExpress.net")
        for s in taken:
            spans.remove(s)
        spans.append((i, end, "ORG", ""))
