"""A firm named between a company officer's title and the officer's Vietnamese full name:
"Tổng giám đốc Bkav Nguyễn Tử Quảng", "Chủ tịch Yeah1 Nguyễn Ảnh Nhượng Tống" (guideline
rules 1 and 73e: the firm is ORG, the person PER). The scan reads the capitals after a title
as one person; a first word that is no Vietnamese word and no given name, before a
Vietnamese surname, is the firm's instead. Only after an officer's title: after "ca sĩ" or
"HLV" such a word is a stage or a foreign given name ("ca sĩ Kasim Hoàng Vũ")."""

from __future__ import annotations

from vnreader.analysis.entity_state import Span
from vnreader.analysis.entity_tokens import Tokens, is_vietnamese
from vnreader.analysis.gazetteer import Gazetteer, match, mined_names

_REACH = 4  # words of a title, at most ("Phó Tổng giám đốc")
_OF = frozenset({"của", "tại"})  # "Giám đốc điều hành của Bkav …"
# the titles of a company's officers (cue keys, lower case)
_OFFICERS = frozenset(
    {"giám đốc", "tổng giám đốc", "phó giám đốc", "phó tổng giám đốc", "giám đốc điều hành"}
    | {"chủ tịch", "phó chủ tịch", "chủ tịch hđqt", "ceo", "cfo", "cto", "coo", "tgđ"}
    | {"nhà sáng lập", "người sáng lập", "đồng sáng lập", "trưởng đại diện", "phát ngôn viên"}
)


def firms_before_officers(tokens: Tokens, spans: list[Span], g: Gazetteer) -> None:
    """Split, in place, each person of three words or more whose first word is a firm's name
    right after a title ("Chủ tịch Yeah1 Nguyễn Ảnh Nhượng Tống" → ORG "Yeah1", PER "Nguyễn
    Ảnh Nhượng Tống"); not a foreign given name before a Vietnamese one ("Charles Tôn Chí Hạo")
    nor a name with no officer's title before it."""
    words = tokens.words
    found: list[tuple[Span, Span, Span]] = []
    for span in spans:
        i, j, label, _ = span
        if label != "PER" or j - i < 3 or tokens.gaps[i] != " ":
            continue
        first, second = words[i], words[i + 1]
        if (is_vietnamese(first) and not any(c.isdigit() for c in first)) or first.isupper():
            continue  # a Vietnamese name, or an acronym the rules for bodies read
        if (
            first in g.first_names
            or first in g.foreign_given
            or first.lower() in g.surnames
            or mined_names().labels.get(first) == "PER"
        ):
            continue  # "Charles Tôn Chí Hạo", "Tony Phạm Minh Tuấn": a person's given name
        if second not in g.surnames:
            continue
        if not _after_title(tokens, i, g):
            continue
        found.append((span, (i, i + 1, "ORG", ""), (i + 1, j, "PER", "")))
    for span, firm, person in found:
        spans.remove(span)
        spans.extend((firm, person))


def _after_title(tokens: Tokens, i: int, g: Gazetteer) -> bool:
    """True when a company officer's title ends right before token i, or before "của"/"tại"
    there ("Giám đốc điều hành của Bkav")."""
    words, gaps = tokens.words, tokens.gaps
    if i == 0 or gaps[i - 1] != " ":
        return False
    end = i - 1 if words[i - 1] in _OF else i
    if end == 0 or gaps[end - 1] != " ":
        return False
    for m in range(max(0, end - _REACH), end):
        window = [w.lower() for w in words[m:end]]
        cue = match(g.cues, window, gaps[m:end], 0)
        if cue is not None and cue.label == "TITLE" and len(cue.words) == end - m:
            return " ".join(window) in _OFFICERS
    return False
