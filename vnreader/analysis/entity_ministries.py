"""Ministries named by their portfolios after a lower-case head: a list after one plural head
(guideline rule 111): "các bộ Tư pháp, Ngoại giao, Y tế" names three ministries, each an
organisation by its portfolio alone (the lower-case head is in none of them); after a
capitalised head ("các Bộ Tài chính, Công Thương và Y tế") the first holds the head, the
others are their portfolios. A list ends at the first item that is no portfolio ("…, Văn
phòng Chính phủ": a body the scan names whole). One ministry written with its head in lower
case, as some papers of the 2010s do ("bộ Công Thương", "bộ trưởng bộ Tài chính Đinh Tiến
Dũng"), is its portfolio too, the head left out (rule 13); not after a word that makes a
word of "bộ" ("toàn bộ", "cán bộ", "câu lạc bộ")."""

from __future__ import annotations

from vnreader.analysis.entity_state import Span
from vnreader.analysis.entity_tokens import Tokens
from vnreader.analysis.gazetteer import both_spellings

# words before "bộ" that make it many ministries ("các bộ", "hai bộ", "3 bộ")
_MANY = frozenset({"các", "hai", "ba", "bốn", "năm", "liên"})
# the portfolios of Vietnam's ministries, of today and of the 2000s and 2010s that the news
# corpora cover ("Thủy sản", "Bưu chính - Viễn thông", "Văn hóa - Thông tin"), a dash between
# two halves written " - "
_PORTFOLIOS = both_spellings(
    {"ngoại giao", "công an", "quốc phòng", "tài chính", "công thương", "y tế", "tư pháp"}
    | {"nội vụ", "giao thông vận tải", "giao thông - vận tải", "xây dựng", "công nghiệp"}
    | {"giáo dục và đào tạo", "giáo dục - đào tạo", "kế hoạch và đầu tư", "kế hoạch - đầu tư"}
    | {"tài nguyên và môi trường", "tài nguyên - môi trường", "thương mại", "thủy sản"}
    | {"nông nghiệp và phát triển nông thôn", "nông nghiệp - phát triển nông thôn"}
    | {"nông nghiệp và môi trường", "khoa học và công nghệ", "khoa học - công nghệ"}
    | {"thông tin và truyền thông", "thông tin - truyền thông", "văn hóa - thông tin"}
    | {"văn hóa, thể thao và du lịch", "văn hóa - thể thao - du lịch", "bưu chính - viễn thông"}
    | {"lao động - thương binh và xã hội", "lao động, thương binh và xã hội", "dân tộc và tôn giáo"}
)
_LONGEST = 8  # words of a portfolio, at most
# words before a lower-case "bộ" that make a word of it, no ministry ("toàn bộ", "cán bộ",
# "đổ bộ", "tiến bộ", "chi bộ", "đảng bộ", "câu lạc bộ", "phái bộ", "nội bộ", "đồng bộ", "bộ
# bộ"), or a set of things ("một bộ", "trọn bộ")
_NOT_MINISTRY = frozenset(
    {"toàn", "cán", "đổ", "tiến", "chi", "đảng", "bộ", "phái", "nội", "đồng", "bách", "thủ"}
    | {"sơ", "bước", "lạc", "một", "trọn", "bản", "cục", "liên", "từng", "mỗi", "thổ", "quân"}
    | {"đường"}  # "đường bộ" (roads)
)


def ministries_listed(tokens: Tokens, spans: list[Span]) -> None:
    """Label each ministry of a list after a plural "các bộ" by its portfolio (in place)."""
    words, gaps, raw = tokens.words, tokens.gaps, tokens.raw_gaps
    lowers: list[str] | None = None  # made for the few texts that list ministries
    found = False
    for k in range(1, len(words) - 1):
        word = words[k]
        if word != "bộ" and word != "Bộ":
            continue  # most words; "cán bộ", "toàn bộ" are read below and let go
        before = words[k - 1].lower()
        many = before in _MANY or before.isdigit()
        if raw[k] not in (" ", ": ") or (many and gaps[k - 1] != " "):
            continue
        if not many and (word != "bộ" or raw[k] != " " or before in _NOT_MINISTRY):
            continue
        if lowers is None:
            lowers = [w.lower() for w in words]
        if many:
            items = _portfolios(tokens, lowers, k + 1)
            if len(items) < 2:
                continue
        else:
            # one ministry written with its head in lower case, as some papers do ("bộ Công
            # Thương", "bộ Tài chính"): its portfolio, the head left out (rule 13), unless
            # more capitalised words than a person's name go on ("bộ Tài chính Hà Nội")
            end = _portfolio_end(tokens, lowers, k + 1) if words[k + 1][:1].isupper() else None
            if end is None or (
                end < len(words)
                and raw[end - 1] == " "
                and words[end][:1].isupper()
                and not any(s[0] == end and s[2] == "PER" for s in spans)
            ):
                continue
            items = [(k + 1, end)]
        if word[0].isupper() and raw[k] == " ":
            items[0] = (k, items[0][1])  # "các Bộ Tài chính, …": the first with its head
        spans[:] = [s for s in spans if not any(s[0] < j and i < s[1] for i, j in items)]
        spans.extend((i, j, "ORG", "") for i, j in items)
        found = True
    if found:
        spans.sort()


def _portfolios(tokens: Tokens, lowers: list[str], m: int) -> list[tuple[int, int]]:
    """The portfolios listed from token m on, each capitalised, joined by commas and a last
    "và" (token spans)."""
    words, raw = tokens.words, tokens.raw_gaps
    items: list[tuple[int, int]] = []
    while m < len(words) and words[m][:1].isupper():
        end = _portfolio_end(tokens, lowers, m)
        if end is None:
            break
        if end < len(words) and raw[end - 1] == " " and words[end][:1].isupper():
            break  # "Tài chính Hà Nội": more than a portfolio
        items.append((m, end))
        if end + 1 < len(words) and raw[end - 1] == ", ":
            m = end
        elif end + 1 < len(words) and words[end] == "và" and raw[end - 1] == " ":
            m = end + 1
        else:
            break
    return items


def _portfolio_end(tokens: Tokens, lowers: list[str], m: int) -> int | None:
    """End of the longest portfolio that starts at token m, None when none does."""
    raw = tokens.raw_gaps
    joined = lowers[m]
    best = m + 1 if joined in _PORTFOLIOS else None
    for e in range(m + 1, min(len(lowers), m + _LONGEST)):
        gap = raw[e - 1]
        if gap not in (" ", ", ", " - ", "-"):
            break
        joined += (" - " if gap.strip() == "-" else gap) + lowers[e]
        if joined in _PORTFOLIOS:
            best = e + 1
    return best
