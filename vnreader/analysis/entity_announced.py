"""Bodies listed after a plural noun of bodies and "như" or "gồm": "các siêu thị như Metro,
Seiyu, Sao Hà Nội", "các tập đoàn lớn như Time Warner, hay News Corp", "các ngân hàng gồm
Vietcombank và BIDV" (guideline rules 35, 94); venues after a plural noun of venues are
places ("nhiều khách sạn lớn như: Châu Long, Dragon Hotel", rule 67).

The noun announces what every name of the list is: a firm, a bank, a shop, a school or a
club, whatever the name looks like alone (a place's, "Sao Hà Nội"; a person's, "Time
Warner"). A name of the list is a capitalised run the scan left, a span it labelled, or the
two joined ("Sao" + "Hà Nội"); the list goes on through commas and "và", "hay", "hoặc", and
ends at anything else. Products and events (MISC) stay what they are, a country stays a
country ("những đội bóng lớn như Italy, Đức": national teams), and a person with a form of
address or a Vietnamese full name ("ông …", "Nguyễn Văn An") ends the list.
"""

from __future__ import annotations

from collections.abc import Callable

from vnreader.analysis.entity_state import Span
from vnreader.analysis.entity_tokens import Tokens, is_vietnamese
from vnreader.analysis.gazetteer import gazetteer

# words that make the noun after them many ("các", "những", "nhiều", "một số", "hàng loạt")
_MANY = frozenset({"các", "những", "nhiều", "số", "loạt"})
# nouns of bodies whose examples a list names, lower-cased, one or two words
_BODIES = frozenset(
    {"hãng", "công ty", "tập đoàn", "ngân hàng", "nhà băng", "siêu thị", "cửa hàng", "chuỗi"}
    | {"doanh nghiệp", "dn", "nhà mạng", "tờ báo", "báo", "đài", "trường", "đại học"}
    | {"bệnh viện", "clb", "câu lạc bộ", "đội bóng", "quỹ", "tổng công ty"}
    | {"liên doanh", "trung tâm thương mại", "quỹ đầu tư", "chuỗi siêu thị", "chuỗi nhà hàng"}
)
# nouns of venues, whose names are places (guideline rule 67: "nhiều khách sạn lớn như:
# Châu Long, Dragon Hotel")
_VENUES = frozenset({"khách sạn", "nhà hàng", "khu nghỉ dưỡng", "resort", "quán bar"})
# a noun of bodies that starts a longer word of something else ("trường hợp", "báo cáo")
_NOT_BODIES = frozenset({"hợp", "phái", "cáo", "động", "giá", "hiệu", "tin", "đạo", "thọ"})
_ANNOUNCING = frozenset({"như", "gồm"})
_JOINERS = frozenset({"và", "hay", "hoặc"})
_REACH = 4  # lower-case words at most between the noun and "như" ("lớn", "thời trang")
_MAX_NAME = 5  # words of one name of the list


def bodies_announced(tokens: Tokens, spans: list[Span], sport: Callable[[], bool]) -> None:
    """Label every name of a list that a plural noun of bodies (ORG) or of venues (LOC)
    announces (in place); in a text about sport a person stays a person ("các CLB như"
    before their legends)."""
    words = tokens.words
    if _ANNOUNCING.isdisjoint(tokens.vocabulary):
        return
    # the spans by their first token, and the tokens inside one: made at the first list
    # announced (most texts say "như" and announce none)
    starts: dict[int, int] | None = None
    covered: set[int] = set()
    for k, word in enumerate(words):
        if word not in _ANNOUNCING or k + 1 >= len(words):
            continue
        if tokens.raw_gaps[k] not in (" ", ": "):
            continue
        label = _announced(tokens, k)
        if not label:
            continue
        if starts is None:
            starts = {s[0]: n for n, s in enumerate(spans)}
            covered = {t for s in spans for t in range(s[0], s[1])}
        items = _items(tokens, spans, starts, covered, k + 1)
        if not items:
            continue
        changed = False
        for i, j in items:
            inside = [n for n, s in enumerate(spans) if i <= s[0] and s[1] <= j]
            if len(inside) == 1 and spans[inside[0]][:2] == (i, j):
                s = spans[inside[0]]
                if s[2] in (label, "MISC"):
                    continue
                if s[2] == "LOC" and s[3].removeprefix("LOC:") in gazetteer().countries:
                    continue  # "những đội bóng lớn như Italy, Đức": national teams stay LOC
            if any(spans[n][2] == "PER" for n in inside) and (
                words[i] in gazetteer().foreign_given or sport()
            ):
                continue  # "Gary Neville" among a club's legends
            for n in sorted(inside, reverse=True):
                del spans[n]
            spans.append((i, j, label, ""))
            changed = True
        if changed:
            starts = {s[0]: n for n, s in enumerate(spans)}
            covered = {t for s in spans for t in range(s[0], s[1])}


def _announced(tokens: Tokens, k: int) -> str:
    """The label of the names a plural noun of bodies ("các tập đoàn lớn như": ORG) or of
    venues ("nhiều khách sạn lớn như:": LOC, guideline rule 67) announces when it stands, with
    at most a few lower-case words after it, right before token k; "" when none does."""
    words, gaps = tokens.words, tokens.gaps
    t = k
    for _ in range(_REACH + 2):
        t -= 1
        if t < 1 or gaps[t] != " ":
            return ""
        if words[t - 1].lower() in _MANY and gaps[t - 1] == " ":
            for size in (1, 2, 3):
                noun = " ".join(words[t : t + size]).lower()
                kind = "ORG" if noun in _BODIES else "LOC" if noun in _VENUES else ""
                if t + size <= k and kind and k - (t + size) <= _REACH:
                    if t + size < k and words[t + size] in _NOT_BODIES:
                        return ""  # "những trường hợp như"
                    plain = all(w.islower() or w == "DN" for w in words[t + size : k])
                    return kind if plain and _ANNOUNCING.isdisjoint(words[t + size : k]) else ""
            return ""
    return ""


def _items(
    tokens: Tokens, spans: list[Span], starts: dict[int, int], covered: set[int], m: int
) -> list[tuple[int, int]]:
    """The names of the list that starts at token m, as token ranges."""
    words, gaps = tokens.words, tokens.gaps
    n = len(words)
    surnames = gazetteer().surnames
    items: list[tuple[int, int]] = []
    while m < n:
        j = m
        labels: list[str] = []
        while j < n:
            if j in starts:
                s = spans[starts[j]]
                if s[2] == "ORG" and j > m:
                    break  # a body already named: it joins no name before it
                labels.append(s[2])
                j = s[1]
                if s[2] == "ORG":
                    break  # nor a word after it ("VietinBank Gold": the bank's gold)
            elif j in covered or not words[j][:1].isupper():
                break  # inside a longer span, or a lower-case word: no (more) name here
            else:
                j += 1
            if j >= n or gaps[j - 1] != " " or not words[j][:1].isupper():
                break
        if j == m or j - m > _MAX_NAME:
            return items
        if "PER" in labels and (
            (words[m] in surnames and j - m >= 3 and all(is_vietnamese(w) for w in words[m:j]))
            or (m > 0 and words[m - 1].lower() in ("ông", "bà"))
        ):
            return items  # a person named in full: no body of the list
        nxt = _next(tokens, j)
        if labels == ["MISC"]:
            if nxt is None:
                return items
            m = nxt
            continue
        if (
            nxt is None
            and j < n
            and gaps[j - 1] == " "
            and words[j].islower()
            and words[j] not in gazetteer().stopwords
            and m not in starts
        ):
            return items  # the name goes on in lower case ("Du lịch Việt Nam")
        items.append((m, j))
        if nxt is None or words[m - 1] in _JOINERS:
            return items  # "… Sophos hay Symantec" ends the list
        m = nxt
    return items


def _next(tokens: Tokens, j: int) -> int | None:
    """The start of the next name of a list after a name that ends at token j."""
    words, raw = tokens.words, tokens.raw_gaps
    if j >= len(words):
        return None
    if raw[j - 1] == ", ":
        return j
    if words[j] in _JOINERS and raw[j - 1] in (" ", ", ") and j + 1 < len(words) and raw[j] == " ":
        return j + 1
    return None
