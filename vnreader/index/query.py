"""What the user typed in the search box, as full-text queries (never an FTS syntax error).

The text is folded (case and diacritics ignored, "đ" as "d") and cut into syllables exactly
where the index cuts the stored text, so only whole syllables match. Text in double quotes
is a phrase; every other syllable is required on its own. FTS operators, brackets, stars
and stray quotes in the user's text are separators, never syntax.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from vnreader.analysis.fold import fold

# The unicode61 tokenizer keeps letters, digits and marks together and splits at anything else.
_SYLLABLE = re.compile(r"[^\W_]+")


@dataclass(frozen=True, slots=True)
class SearchQuery:
    """``match`` finds the hits; ``phrase`` (an unquoted query of several syllables, as one
    phrase) and ``title`` (the same terms in the title) rank them. Empty ``match``: no terms."""

    match: str
    phrase: str | None
    title: str | None


def syllables(text: str) -> list[str]:
    return _SYLLABLE.findall(fold(text))


def parse(text: str) -> SearchQuery:
    parts = text.split('"')
    terms: list[str] = []
    loose: list[str] = []
    for i, part in enumerate(parts):
        words = syllables(part)
        if not words:
            continue
        if i % 2:  # inside quotes (an unclosed quote runs to the end)
            terms.append(_phrase(words))
        else:
            loose.extend(words)
            terms.extend(_phrase([w]) for w in words)
    if not terms:
        return SearchQuery("", None, None)
    match = " AND ".join(terms)
    phrase = _phrase(loose) if len(loose) > 1 else None
    return SearchQuery(match, phrase, f"title : ({match})")


def _phrase(words: list[str]) -> str:
    return '"' + " ".join(words) + '"'  # syllables never hold a quote
