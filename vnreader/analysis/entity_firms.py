"""Firms, plants and yards named by a place: "công ty xi măng Hoàng Mai", "các nhà máy đóng
tàu Hạ Long, Bạch Đằng và Nam Triệu", "12 nhà máy, công ty đóng tàu trên cả nước (Dung Quất,
Cam Ranh, …)", "các nhà máy điện Phú Mỹ 3, 1, 4" (guideline rules 57, 78, 81).

A place name right after a firm's head and its trade in lower case ("công ty" + "xi măng")
names the firm, ORG, without the lower-case head; a capitalised head keeps it ("Nhà máy nhiệt
điện Uông Bí mở rộng"). After a plural head ("các", "hai", "12 nhà máy") one place alone is
where the firms are ("các công ty du lịch Hà Nội" stays a place); a list of names, or a name
with a plant's number ("Phú Mỹ 3"), names the firms one by one. A country or a foreign place
is never a firm's name ("các công ty hóa chất Hoa Kỳ": American firms).
"""

from __future__ import annotations

from bisect import bisect_left
from itertools import compress

from vnreader.analysis.entity_state import ADMIN_WORDS, PLURAL, Span
from vnreader.analysis.entity_tokens import Tokens, is_acronym, is_vietnamese
from vnreader.analysis.gazetteer import gazetteer

# heads of firms and plants; "tổng công ty" ends with "công ty"
_HEADS = frozenset({"nhà máy", "công ty", "xí nghiệp", "nông trường", "lâm trường"})
# lower-case words that are no trade besides the stopwords (checked too): where, whose,
# which, and words of the sentence; "dọc phố X"; "công ty quản lý" a singer's
_NOT_TRADE = frozenset(
    {"ngoài", "thuộc", "lớn", "nhỏ", "khác", "kia", "cũ", "con", "mẹ", "nước", "bị", "nhà"}
    | {"hàng", "đầu", "gần", "cạnh", "ông", "bà", "anh", "chị", "em", "cô", "chú", "bác", "rồi"}
    | {"tới", "hơn", "quá", "liên", "doanh", "tư", "nhân", "dọc", "phố", "khu", "vùng", "miền"}
    | {"quản"}
    | ADMIN_WORDS
)
# where the firms are, between the trade and a list in brackets ("… trên cả nước (A, B)")
_WHERE = frozenset({"cả nước", "trong cả nước", "trên cả nước", "toàn quốc", "trên toàn quốc"})
_MAX_TRADE = 3
# capitalised heads whose plural lists firms by their own names ("các Nhà máy Điện …")
_CAPITAL_HEADS = frozenset({"Nhà máy", "Công ty", "Xí nghiệp"})
# words that follow a sentence's subject: "Nhà máy … mở rộng sẽ vận hành" names the plant
_AFTER_SUBJECT = frozenset(
    {"sẽ", "đã", "đang", "được", "có", "là", "với", "và", "của", "cũng", "vừa", "bị", "thì"}
    | {"do", "vẫn", "đều", "không", "chưa", "mới", "hiện", "gồm", "dự", "nay"}
)
_MAX_NAME = 3
# the last word of every head, and how far after it a name may start: the trade, the place
# words of a list in brackets ("trên cả nước"), the bracket
_HEAD_ENDS = frozenset(head.split()[-1] for head in _HEADS)
_REACH = _MAX_TRADE + 3 + 2


def _frame(tokens: Tokens, i: int) -> tuple[int, bool, int, bool] | None:
    """The firm's head before the name at token i: (where the head starts, plural, number of
    trade words, the name opens a list in brackets), or None."""
    words, gaps, raw = tokens.words, tokens.gaps, tokens.raw_gaps
    if i == 0:
        return None
    k = i  # the trade ends at k
    bracket = raw[i - 1] == " ("
    if bracket:
        k = i - 1
        for size in (3, 2):
            if k - size >= 0 and " ".join(w.lower() for w in words[k - size + 1 : k + 1]) in _WHERE:
                k -= size
                break
        k += 1  # the trade ends after token k - 1
    elif gaps[i - 1] != " ":
        return None
    # the trade: lower-case words back to the head
    t = k
    while True:
        h = t - 2  # every head is two words
        if (
            h >= 0
            and gaps[h] == " "
            and (gaps[t - 1] == " " or t == k)
            and f"{words[h]} {words[h + 1]}".lower() in _HEADS
        ):
            if (
                words[h + 1].islower()
                and (words[h].islower() or k > t)
                and not _title(tokens, t, k)
            ):
                return h, _plural(tokens, h), k - t, bracket
            return None  # "Nhà máy Phú Mỹ": the scan's name
        if k - t >= _MAX_TRADE or t == 0 or gaps[t - 1] != " ":
            return None
        word = words[t - 1]
        if not (word.islower() and word.isalpha()) or word in _NOT_TRADE:
            return None
        if word in gazetteer().stopwords:
            return None
        t -= 1


def _title(tokens: Tokens, t: int, k: int) -> bool:
    """True when the trade words t..k end with a person's title ("công ty" + "đại diện")."""
    cues = gazetteer().cues
    for m in range(t, k):
        node = cues.get(tokens.words[m])
        for x in range(m + 1, k):
            node = node.children.get((" ", tokens.words[x])) if node else None
        if node is not None and node.phrase is not None and node.phrase.label == "TITLE":
            return True
    return False


def _plural(tokens: Tokens, h: int) -> bool:
    """True when the head at h is plural: "các nhà máy", "12 công ty", "nhà máy, công ty"."""
    words, raw = tokens.words, tokens.raw_gaps
    if h > 0 and raw[h - 1] == " " and (words[h - 1].lower() in PLURAL or words[h - 1].isdigit()):
        return True
    # "nhà máy, công ty": several kinds of firms
    return h >= 2 and raw[h - 1] == ", " and f"{words[h - 2]} {words[h - 1]}".lower() in _HEADS


def _numbered(tokens: Tokens, j: int) -> int:
    """Extend a plant's name over its number: "Phú Mỹ 3", "Phú Mỹ 2.1"."""
    words, raw = tokens.words, tokens.raw_gaps
    if j < len(words) and raw[j - 1] == " " and words[j].isdigit() and len(words[j]) <= 2:
        j += 1
        if j + 1 < len(words) and raw[j - 1] == "." and words[j].isdigit() and len(words[j]) <= 2:
            j += 1
    return j


def _extension(tokens: Tokens, j: int) -> int:
    """Extend a plant's name over "mở rộng" (a plant of its own: "Uông Bí mở rộng")."""
    words, raw = tokens.words, tokens.raw_gaps
    if (
        j + 1 < len(words)
        and raw[j - 1] == " "
        and raw[j] == " "
        and words[j] == "mở"
        and words[j + 1] == "rộng"
        and (j + 2 == len(words) or raw[j + 1] != " " or words[j + 2] in _AFTER_SUBJECT)
    ):
        return j + 2  # not the verb: "Nhà máy … Sơn La mở rộng thêm công suất"
    return j


def firms_named_by_place(
    tokens: Tokens, spans: list[Span], leftovers: list[tuple[int, int]]
) -> None:
    """Relabel the places (and names taken for people) that name firms as above (in place)."""
    words, raw = tokens.words, tokens.raw_gaps
    if _HEAD_ENDS.isdisjoint(tokens.vocabulary):
        return
    # a firm's name starts at most _REACH tokens after the end of its head
    heads = list(compress(range(len(words)), map(_HEAD_ENDS.__contains__, words)))

    def near_head(i: int) -> bool:
        """True when a head ends 1 to _REACH tokens before token i."""
        p = bisect_left(heads, i - _REACH)
        return p < len(heads) and heads[p] < i

    for n, (i, j, label, key) in enumerate(spans):
        if label == "ORG" and j - i > 2 and words[i] == "Nhà" and words[i + 1] == "máy":
            spans[n] = (i, _extension(tokens, j), label, key)  # the scan's "Nhà máy … Uông Bí"
    world = gazetteer().listed_world_places
    items: dict[int, tuple[int, int]] = {i: (j, -1) for i, j in leftovers}
    for n, (i, j, _, _) in enumerate(spans):
        items[i] = (j, n)

    def name_at(i: int) -> tuple[int, int] | None:
        """The name at token i that may be a firm's: (its end, span index or -1)."""
        found = items.get(i)
        if found is None:
            return None
        j, n = found
        if j - i > _MAX_NAME or (n < 0 and j - i < 2):
            return None  # a capital alone that nothing labelled starts a word ("Dịch vụ")
        if n >= 0:
            label, key = spans[n][2], spans[n][3]
            if label not in ("LOC", "PER") or key.removeprefix("LOC:") in world:
                return None
        if not all(w[:1].isupper() and is_vietnamese(w) and not is_acronym(w) for w in words[i:j]):
            return None
        return found

    drop: set[int] = set()
    added: list[Span] = []
    # "các Nhà máy Điện Phú Mỹ 1, Phú Mỹ 2.1 và Phú Mỹ 3": the plants listed after the first
    # one's whole name, under a plural capitalised head (guideline rule 78)
    for i, j, label, _ in list(spans):
        if (
            label != "ORG"
            or j - i < 3
            or f"{words[i]} {words[i + 1]}" not in _CAPITAL_HEADS
            or not _plural(tokens, i)
        ):
            continue
        after = j
        while after < len(words):
            if raw[after - 1] == ", ":
                nxt = after
            elif after + 1 < len(words) and words[after] == "và" and raw[after - 1] == " ":
                nxt = after + 1
            else:
                break
            found = name_at(nxt)
            if found is None:
                break
            end, n = found
            end = _numbered(tokens, end)
            if n >= 0:
                drop.add(n)
            added.append((nxt, end, "ORG", ""))
            after = end
    for i in sorted(filter(near_head, items)):
        first = name_at(i)
        if first is None:
            continue
        frame = _frame(tokens, i)
        if frame is None:
            continue
        head, plural, trade, bracket = frame
        chain: list[tuple[int, int, int]] = []  # start, end, span index
        at: int | None = i
        while at is not None:
            found = name_at(at)
            if found is None:
                break
            end, n = found
            chain.append((at, end, n))
            if end < len(words) and raw[end - 1] == ", ":
                at = end
            elif end + 1 < len(words) and words[end] == "và" and raw[end - 1] == " ":
                at = end + 1
            else:
                at = None
        plant = words[head].lower() == "nhà"
        numbered = _numbered(tokens, chain[0][1]) > chain[0][1]
        if bracket or plural:
            if len(chain) < 2 and not numbered:
                continue  # "các công ty du lịch Hà Nội": where the firms are
        elif trade == 0 and not numbered:
            continue  # "công ty Hà Nội": no trade says it names the firm
        else:
            chain = chain[:1]
        if bracket:
            last = chain[-1][1]
            if last < len(words) and not raw[last - 1].startswith(")"):
                continue  # the list goes on past the brackets' names (the text's end may close it)
        capital = words[head][0].isupper() and not bracket and not plural
        for m, (s, e, n) in enumerate(chain):
            e = _numbered(tokens, e)
            if plant:
                e = _extension(tokens, e)
            if e > s and any(x[0] < e and s < x[1] and x[0] != s for x in spans):
                break
            if n >= 0:
                drop.add(n)
            start = head if capital and m == 0 else s
            added.append((start, e, "ORG", ""))
    if added:
        spans[:] = [s for n, s in enumerate(spans) if n not in drop] + added
        spans.sort()
