"""Recognising page furniture in scraped news pages, one line at a time.

Widgets (share buttons, the "Nhỏ Bình thường Lớn" font-size switch, "Bình luận"...),
breadcrumbs, credit lines ("Tin/ảnh: Tuấn Anh"), a lone author name, "Theo …"/"Nguồn: …"
lines, related-article teasers and photo-credit suffixes on captions. Every test here looks
at the shape of a line, never at a particular site, so new sites with the same habits are
handled too. Where a line may sit (top, bottom, anywhere) is decided by
:mod:`vnreader.corpus.cleaning`.
"""

from __future__ import annotations

import re
import unicodedata

from vnreader.corpus.metadata import LOWER, UPPER, URL

_WIDGET_WORDS = sorted(
    [
        r"zalo",
        r"facebook",
        r"fb",
        r"twitter",
        r"tweet",
        r"x\.com",
        r"linkedin",
        r"pinterest",
        r"telegram",
        r"messenger",
        r"viber",
        r"whatsapp",
        r"youtube",
        r"tiktok",
        r"instagram",
        r"rss",
        r"e-?mail",
        r"in",
        r"in bài",
        r"in bài viết",
        r"print",
        r"chia sẻ",
        r"share",
        r"lưu",
        r"lưu bài",
        r"lưu bài viết",
        r"lưu tin",
        r"copy link",
        r"sao chép liên kết",
        r"sao chép link",
        r"gửi",
        r"gửi bài",
        r"gửi góp ý",
        r"góp ý",
        r"báo lỗi",
        r"phản hồi",
        r"bình luận(?:\s*\(\d+\))?",
        r"ý kiến(?:\s*\(\d+\))?",
        r"comments?",
        r"thích",
        r"like",
        r"theo dõi",
        r"follow",
        r"google news",
        r"theo dõi (?:[^\s•|]+ ){0,4}trên google news",
        r"nhỏ",
        r"bình thường",
        r"vừa",
        r"lớn",
        r"cỡ chữ",
        r"font",
        r"a[+-]?",
        r"nghe",
        r"nghe bài",
        r"nghe đọc bài",
        r"nghe bài viết",
        r"đọc bài",
        r"tạm dừng",
        r"quay lại",
        r"trở lại",
        r"về trang chủ",
        r"trang chủ",
        r"home",
        r"đánh giá",
        r"\d+\s*(?:bình luận|lượt xem|lượt thích|chia sẻ|views?|likes?|comments?|shares?)",
    ],
    key=len,
    reverse=True,
)
_SEP = r"[\s•·|/,*+\-–—:]"
_W = "(?:" + "|".join(_WIDGET_WORDS) + r")(?![^\W_])"
# Possessive/atomic: "A- A- A- …x" must fail in linear time, not try every split of "A-".
_WIDGET = re.compile(rf"(?:{_SEP}*+(?>{_W}))++{_SEP}*+", re.IGNORECASE)
_SECTIONS = sorted(
    """thời sự|thế giới|quốc tế|thời sự quốc tế|kinh tế|kinh doanh|xã hội|giáo dục|thể thao|
    giải trí|pháp luật|sức khỏe|sức khoẻ|đời sống|công nghệ|khoa học|du lịch|văn hóa|văn hoá|
    chính trị|ngoại giao|tin tức|tin tức trong ngày|bạn đọc|bất động sản|tài chính|
    chứng khoán|góc nhìn|tâm sự|nhịp sống|quân sự|an ninh|quốc phòng|y tế|môi trường|
    châu á|châu âu|châu mỹ|châu phi|trung đông|đông nam á|phân tích|hồ sơ|tiêu điểm|
    trong nước|kiều bào|người việt bốn phương|tin nóng|mới nhất|doanh nghiệp|thị trường|
    giới trẻ|media|multimedia|emagazine|e-magazine|infographics|longform|phóng sự|
    điều tra|chuyên đề|sự kiện|bình luận quốc tế|vấn đề quan tâm|asean|vi tính|số hóa|
    số hoá|nhà đất|ô tô|xe|gia đình|văn hóa - xã hội|sống khỏe|sống khoẻ""".split("|"),  # noqa: SIM905
    key=len,
    reverse=True,
)
_S = "(?:" + "|".join(re.escape(" ".join(x.split())) for x in _SECTIONS) + r")(?![^\W_])"
_SECTION = re.compile(rf"\s*+(?>{_S})(?:\s*+[|/•·>»›,\-–—]\s*+(?>{_S}))*+\s*+", re.IGNORECASE)
_COPYRIGHT = re.compile(r"(?:©|\(c\)|copyright\b|bản quyền\b).{0,300}", re.IGNORECASE)
_TAGS = re.compile(r"(?:tags?|từ khóa|từ khoá|keywords?)\s*:.{0,300}", re.IGNORECASE)
_BREADCRUMB_SEP = re.compile(r"\s*[>»›]\s*")
_BREADCRUMB_HINT = re.compile("[>»›]")
# levels of a breadcrumb; a dash joins one section's two words ("Chính trị - Xã hội")
_SECTION_SPLIT = re.compile(r"\s*[>»›|/•·]\s*")
_HOME = re.compile(r"trang chủ|home|trang nhất", re.IGNORECASE)

_CREDIT_LABEL = (
    r"tin|bài|ảnh|video|clip|đồ họa|đồ hoạ|infographic|thực hiện|tác giả|phóng viên|"
    r"nhóm phóng viên|nhóm pv|pv|ghi|ghi chép|biên tập|btv|trình bày|thiết kế|dịch"
)
_CREDIT = re.compile(
    rf"(?P<label>(?:{_CREDIT_LABEL})(?:\s*(?:/|,|&|-|\+|và)\s*(?:{_CREDIT_LABEL}))*)"
    r"\s*:\s*(?P<name>[^:]{2,80})",
    re.IGNORECASE,
)
_PHOTO_ONLY_LABELS = frozenset(
    [
        "ảnh",
        "video",
        "clip",
        "đồ họa",
        "đồ hoạ",
        "infographic",
        "biên tập",
        "btv",
        "trình bày",
        "thiết kế",
        "dịch",
    ]
)
_SOURCE_CREDIT = re.compile(
    r"\(?\s*(?:theo|nguồn)\s*:?\s+(?P<src>[^,.;:()!?]{2,60}?)\s*\)?\s*\.?", re.IGNORECASE
)
_LABELED_URL = re.compile(
    r"(?P<label>[^\W\d_][^:]{0,40}?)\s*:?\s+[<(\[]?(?P<url>" + URL.pattern + r")[>)\]]?",
    re.IGNORECASE,
)
_NAME_SEP = re.compile(r"\s+(?:-|–|&|và)\s+|\s*,\s*")
_NAME_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)?")
# a name shortened to initials, as Vietnamese papers sign: "H.L.Anh", "Q.A", "N.A.", "Tr.
# Thanh", "L. AN", "A.PHƯƠNG" (one to three initials, then a syllable or one more capital)
_INITIALS_NAME = re.compile(
    rf"(?:[{UPPER}][{LOWER}]?\. ?){{1,3}}(?P<last>[{UPPER}][{LOWER}]+|[{UPPER}]+|[{UPPER}]\.)"
)
# one Vietnamese syllable, diacritics taken off: "Hương", "PHƯƠNG", "Nguyen"; not "Palace"
_SYLLABLE = re.compile(
    r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])?[aeiouy]{1,3}(?:ch|ng|nh|[cmnpt])?"
)
_NAME_NOTE = re.compile(
    r"\s*[(\[](?:tổng hợp|t/h|th|lược dịch|dịch|biên dịch|theo [^()\[\]]{2,40})[)\]]\s*$",
    re.IGNORECASE,
)
_NAME_THEN_SOURCE = re.compile(r"(?P<name>[^\W\d_].{1,60}?) ?(?P<source>(?:Theo|Nguồn):? .{2,80})")
_RELATED = re.compile(
    r"(?:tin|bài|bài viết|video) liên quan|tin cùng chuyên mục|cùng chuyên mục|tin khác|"
    r"xem thêm|đọc thêm|có thể bạn quan tâm|tin mới nhất|tin mới|tin nổi bật|đọc nhiều|"
    r"xem nhiều|tin đọc nhiều|bạn có thể quan tâm",
    re.IGNORECASE,
)
_RELATED_MARKER = re.compile(rf"(?:{_RELATED.pattern})\s*:?\s*(?:\(\d+\))?", re.IGNORECASE)
_LINK_LINE = re.compile(rf"(?:(?:{_RELATED.pattern})\s*:|>>|=>|►|▶)\s*\S.{{0,300}}", re.IGNORECASE)
_TITLE_END_BAD = (".", ",", ";", ":", "…")

_PHOTO_PAREN = re.compile(
    r"\s*\((?P<kind>ảnh|photo|ảnh minh họa|ảnh minh hoạ|ảnh tư liệu|ảnh chụp màn hình|nguồn)"
    r"(?:\s*:[^()]{0,80})?\)\s*\.?\s*$",
    re.IGNORECASE,
)
_PHOTO_TAIL = re.compile(r"(?<=[.!?])\s+ảnh\s*:\s*[^.!?()]{1,60}\.?\s*$", re.IGNORECASE)
MAX_CAPTION_WORDS = 60
_CREDIT_TAIL = 120


def is_widget(line: str) -> bool:
    """Share buttons, font-size switch, "Bình luận", a tag list and the like."""
    if len(line) > 160:
        return False
    return bool(_WIDGET.fullmatch(line) or _TAGS.fullmatch(line))


def is_section_label(line: str) -> bool:
    """A site section heading ("Thời sự", "Thế giới | Châu Á") above a headline."""
    return len(line) <= 80 and bool(_SECTION.fullmatch(line))


def is_copyright(line: str) -> bool:
    """ "© 2021 Báo …", "Bản quyền thuộc về …" at the foot of a page."""
    return len(line) <= 300 and bool(_COPYRIGHT.fullmatch(line))


def section_name(line: str) -> str:
    """A breadcrumb or section line as one label: "Trang chủ » Thế giới»Châu Á" → "Thế giới >
    Châu Á" (the home link dropped)."""
    parts = [p for p in _SECTION_SPLIT.split(line) if p.strip()]
    parts = [" ".join(p.split()) for p in parts if not _HOME.fullmatch(p.strip())]
    return " > ".join(parts)


def is_breadcrumb(line: str) -> bool:
    """ "Thế giới > Châu Á" / "Trang chủ » Thời sự": short segments between arrows."""
    if len(line) > 120 or not _BREADCRUMB_HINT.search(line):
        return False
    parts = _BREADCRUMB_SEP.split(line)
    return all(0 < len(p.split()) <= 5 and not p.endswith((".", "!", "?")) for p in parts)


def credit(line: str) -> tuple[bool, str | None] | None:
    """A credit line "Tin/ảnh: Tuấn Anh": (is it, the author or None for photo-only credits)."""
    if len(line) > 120 or ":" not in line:
        return None
    m = _CREDIT.fullmatch(line)
    if not m:
        return None
    name = m.group("name").strip().rstrip(".").strip()
    if len(name.split()) > 8 or re.search(r"[.!?]\s+\S", name):
        return None
    labels = {p.strip().casefold() for p in re.split(r"/|,|&|-|\+|\bvà\b", m.group("label"))}
    author = None if labels <= _PHOTO_ONLY_LABELS else name
    return True, author


def byline_and_source(line: str) -> tuple[str, str] | None:
    """(the name(s), the source credit) of a last line that signs and credits at once, often
    glued: "Nhật LinhTheo Reuters", "T.Thủy Theo The Verge/PA" → ("Nhật Linh", "Theo
    Reuters"); None for anything else."""
    if len(line) > 120 or ("Theo" not in line and "Nguồn" not in line):
        return None
    m = _NAME_THEN_SOURCE.fullmatch(line)
    if m is None or not is_source_credit(m["source"]):
        return None
    name = author_name(m["name"])
    return (name, m["source"]) if name else None


def is_source_credit(line: str) -> bool:
    """A short "Theo Reuters" / "(Nguồn: TTXVN)" line crediting where the story came from."""
    return len(line.split()) <= 8 and bool(_SOURCE_CREDIT.fullmatch(line))


def labeled_url(line: str) -> str | None:
    """The URL of a line such as "Nguồn TG&VN: https://…" (a short label and one URL)."""
    if "://" not in line and "www." not in line:
        return None
    m = _LABELED_URL.fullmatch(line)
    if not m or len(m.group("label").split()) > 6:
        return None
    return m.group("url")


def author_name(line: str, *, vietnamese: bool = False) -> str | None:
    """The name(s) if *line* is a lone byline: "Kông Anh", "KÔNG ANH", "Kông Anh (tổng hợp)",
    "H.L.Anh", "Q.A", "Minh Hà - Lan Anh" (several names are returned joined by ", ").

    With *vietnamese*, every word must be written like a Vietnamese syllable: where the
    words may as well be a list's last item ("Tonight I Wanna Cry - Keith Urban")."""
    if len(line) > 80:
        return None
    names = _NAME_SEP.split(_NAME_NOTE.sub("", line).strip())
    if not names or not all(_is_name(name, vietnamese) for name in names):
        return None
    return ", ".join(names)


def _is_name(name: str, vietnamese: bool) -> bool:
    if "." in name:  # initials, then a syllable: "H.L.Anh", "Tr. Thanh"; not "C. Palace"
        m = _INITIALS_NAME.fullmatch(name)
        if m is None:
            return False
        last = m["last"]
        return len(last) < 2 or last.endswith(".") or is_syllable(last)
    words = name.split()
    if not 2 <= len(words) <= 5:
        return False
    if not all(_NAME_WORD.fullmatch(w) and w[0].isupper() for w in words):
        return False
    if vietnamese and not all(is_syllable(w) for w in words):
        return False
    return all(w.isupper() for w in words) or all(w[1:].islower() for w in words if len(w) > 1)


def is_syllable(word: str) -> bool:
    """Whether *word* is written like one Vietnamese syllable ("Hương", "PHƯƠNG", "Nguyen")."""
    base = unicodedata.normalize("NFD", word.casefold().replace("đ", "d"))
    return bool(_SYLLABLE.fullmatch("".join(c for c in base if not unicodedata.combining(c))))


def is_related_marker(line: str) -> bool:
    """A heading over a list of related articles ("Tin liên quan", "Xem thêm")."""
    return bool(_RELATED_MARKER.fullmatch(line))


def is_link_line(line: str) -> bool:
    """A link to another article inside the text ("Xem thêm: …", ">> …")."""
    return bool(_LINK_LINE.fullmatch(line)) and len(line.split()) <= 40


def is_teaser_summary(line: str) -> bool:
    """The cut-off summary of a related article: ends with "..." or "…"."""
    return line.rstrip().endswith(("...", "…")) and len(line.split()) <= 80


def is_cut_summary(line: str) -> bool:
    """A summary a site cut at a word boundary: "… mới đây ..." (a space before the dots)."""
    return line.endswith((" ...", " …")) and len(line.split()) <= 60


def is_title_like(line: str) -> bool:
    """A headline: a few words, not ending like a sentence or a cut-off summary."""
    return 3 <= len(line.split()) <= 30 and not line.endswith(_TITLE_END_BAD)


def strip_photo_credit(line: str, *, caption: bool) -> tuple[str, str] | None:
    """(line without its photo credit, the credit) or None.

    "(Ảnh: QT)" and a trailing "Ảnh: Bộ Ngoại giao." mark a caption wherever they are;
    "(Nguồn: TTXVN)" is taken off only when the line is known to be a *caption* (it was
    repeated), since a body paragraph may cite a source that way.
    """
    offset = max(0, len(line) - _CREDIT_TAIL)  # credits are short: look at the end only
    tail = line[offset:]
    if ":" not in tail and "(" not in tail:
        return None
    m = _PHOTO_PAREN.search(tail)
    if not (m and (caption or m.group("kind").casefold() != "nguồn")):
        m = _PHOTO_TAIL.search(tail)
    if not m or len(line.split()) > MAX_CAPTION_WORDS:
        return None
    return line[: offset + m.start()].rstrip(), tail[m.start() :].strip()
