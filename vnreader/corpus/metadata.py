"""Recognising and parsing the metadata lines of a scraped page: URLs, site domains, news
agency bylines and datelines.

* URLs are kept as written except that repeated slashes in the *path* collapse
  ("https://zingnews.vn//a.html" → "https://zingnews.vn/a.html"): scrapers produce them by
  joining a base URL ending in "/" with a path starting with "/", and every server treats
  both the same. The raw view still shows the original line.
* The source is the site's domain, lower case, without "www." / "m." / "amp.".
* A dateline place glued to the first word of the lead ("Hà NộiSáng nay…", "MỹXe bán tải…":
  VnExpress prints the place in a span of its own, before the text, and a scraper that drops
  the tag drops the space) is found by :func:`glued_place`; the cleaning takes it off the
  lead as a dateline.
* Dates become ISO 8601: "2021-07-22T19:24:11+07:00" when a time and an offset are given,
  "2021-07-22T19:24" with a time only, "2021-07-22" with a date only.
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache
from importlib import resources
from urllib.parse import urlsplit, urlunsplit

URL = re.compile(r"(?:https?://|www\.)[^\s<>\"“”]*[^\s<>\"“”.,;:!?)\]}'’…]", re.IGNORECASE)
_URL_LINE = re.compile(r"[<(\[]?(?P<url>" + URL.pattern + r")[>)\]]?/?", re.IGNORECASE)
_DOMAIN = re.compile(
    r"(?:https?://)?(?P<host>(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?P<tld>[a-z]{2,12}))/?",
    re.IGNORECASE,
)
KNOWN_TLDS = frozenset(
    """vn com net org edu gov info io co tv asia biz us uk ru cn jp kr fr de int me news
    online site top""".split()  # noqa: SIM905
)
_HOST_PREFIXES = ("www.", "m.", "amp.", "mobile.")

# News agencies and papers as they sign a byline "(VTC News) -", keyed by casefolded name
# without spaces.
AGENCIES: dict[str, str] = {
    "vtcnews": "vtcnews.vn",
    "vtc": "vtcnews.vn",
    "dântrí": "dantri.com.vn",
    "dânviệt": "danviet.vn",
    "vov": "vov.vn",
    "vtv": "vtv.vn",
    "ttxvn": "vnanet.vn",
    "vna": "vnanet.vn",
    "zing": "zingnews.vn",
    "zingnews": "zingnews.vn",
    "znews": "znews.vn",
    "vnexpress": "vnexpress.net",
    "tuổitrẻ": "tuoitre.vn",
    "tto": "tuoitre.vn",
    "thanhniên": "thanhnien.vn",
    "nlđo": "nld.com.vn",
    "nlđ": "nld.com.vn",
    "ngườilaođộng": "nld.com.vn",
    "laođộng": "laodong.vn",
    "plo": "plo.vn",
    "sggp": "sggp.org.vn",
    "sggpo": "sggp.org.vn",
    "qđnd": "qdnd.vn",
    "cand": "cand.com.vn",
    "cao": "cand.com.vn",
    "antđ": "anninhthudo.vn",
    "vietnamnet": "vietnamnet.vn",
    "vietnamplus": "vietnamplus.vn",
    "tg&vn": "baoquocte.vn",
    "báoquốctế": "baoquocte.vn",
    "tiềnphong": "tienphong.vn",
    "nhândân": "nhandan.vn",
    "hnm": "hanoimoi.vn",
    "hànộimới": "hanoimoi.vn",
    "gd&tđ": "giaoducthoidai.vn",
    "kinhtếvàđôthị": "kinhtedothi.vn",
    "ktđt": "kinhtedothi.vn",
    "baotintuc": "baotintuc.vn",
    "báotintức": "baotintuc.vn",
    "infonet": "infonet.vn",
    "đcsvn": "dangcongsan.vn",
    "plvn": "baophapluat.vn",
    "clo": "congluan.vn",
    "vov.vn": "vov.vn",
    "ndo": "nhandan.vn",
    "vtv.vn": "vtv.vn",
    "gdvn": "giaoduc.net.vn",
}

# "(VTC News) -" alone, or "HÀ NỘI (TTXVN) - " before the first sentence.
# "HÀ NỘI, 22/7 (TTXVN) -": a place (and date) before the agency in brackets.
_AGENCY = re.compile(
    r"(?P<place>[^\W\d_][\w ,/.]{0,40}?\s)?\((?P<agency>[^()\n]{2,40})\)\s*"
    r"(?P<dash>[-–—:]\s*)?"
)
# "TTO - ", "VOV.VN - ", "NLĐO - ": an all-capitals agency without brackets.
_AGENCY_BARE = re.compile(
    r"(?P<place>)(?P<agency>[A-ZĐ][A-ZĐ&]{1,9}(?:\.(?:VN|vn|com|net))?)\s*(?P<dash>[-–—]\s*)"
)

_DATE_DMY = re.compile(r"(?<!\d)(?P<d>\d{1,2})[/.-](?P<m>\d{1,2})[/.-](?P<y>(?:19|20)\d{2})(?!\d)")
_DATE_YMD = re.compile(r"(?<!\d)(?P<y>(?:19|20)\d{2})-(?P<m>\d{2})-(?P<d>\d{2})(?!\d)")
# "22 tháng 7 năm 2021", "22 tháng 07, 2021"
_DATE_WORDS = re.compile(
    r"(?<!\d)(?P<d>\d{1,2})\s+tháng\s+(?P<m>\d{1,2})(?:\s*,\s*|\s+năm\s+)(?P<y>(?:19|20)\d{2})(?!\d)",
    re.IGNORECASE,
)

_TIME = re.compile(
    r"(?<![\d:])(?P<H>[01]?\d|2[0-3])(?::|h|g)(?P<M>[0-5]\d)(?::(?P<S>[0-5]\d))?(?![\d:])"
)
_OFFSET = re.compile(
    r"(?:\(?\s*(?:GMT|UTC)\s*(?P<s1>[+-])\s*(?P<h1>\d{1,2})(?::?(?P<m1>\d{2}))?\s*\)?)"
    r"|(?:(?<![\d/])(?P<s2>[+-])(?P<h2>\d{2}):(?P<m2>\d{2})(?!\d))"
)
_WEEKDAY = re.compile(
    r"(?:thứ\s*(?:hai|ba|tư|năm|sáu|bảy|bẩy|[2-7])|chủ\s*nhật|\bCN\b|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday)",
    re.IGNORECASE,
)
_DATELINE_WORDS = re.compile(
    r"google news|cập nhật|đăng lúc|đăng ngày|ngày đăng|thời gian|xuất bản|published|updated|"
    r"\blúc\b|\bngày\b|\bgiờ\b|\bGMT\b|\bUTC\b|[|,:()\-–—•·/+]",
    re.IGNORECASE,
)
_MAX_DATELINE_WORDS = 6


def url_in_line(line: str) -> str | None:
    """The URL if the whole line is one URL (optionally in <> or brackets)."""
    if "://" not in line and "www." not in line and "WWW." not in line:
        return None
    m = _URL_LINE.fullmatch(line)
    return m.group("url") if m else None


def normalize_url(url: str) -> str:
    """*url* with repeated slashes in its path collapsed (scheme, host and query kept)."""
    parts = urlsplit(url if "://" in url else "http://" + url)
    path = re.sub(r"/{2,}", "/", parts.path)
    fixed = urlunsplit((parts.scheme, parts.netloc, path, parts.query, parts.fragment))
    return fixed if "://" in url else fixed.removeprefix("http://")


def source_from_url(url: str) -> str | None:
    """The site's domain: "https://www.vtcnews.vn/a" → "vtcnews.vn"."""
    try:
        host = urlsplit(url if "://" in url else "http://" + url).hostname
    except ValueError:
        return None
    if not host or "." not in host:
        return None
    for prefix in _HOST_PREFIXES:
        if host.startswith(prefix) and host.count(".") > 1:
            host = host[len(prefix) :]
    return host


def domain_in_line(line: str) -> str | None:
    """The domain if the whole line is a bare site name ("vtcnews.vn", "www.vtcnews.vn")."""
    if len(line) > 80 or "." not in line:
        return None
    m = _DOMAIN.fullmatch(line)
    if not m:
        return None
    if m.group("tld").casefold() not in KNOWN_TLDS and not line.islower():
        return None  # "TP.HCM" is not a domain
    return source_from_url(m.group("host"))


def source_from_agency(name: str) -> str | None:
    """The site of a news agency as it signs a byline ("VTC News" → "vtcnews.vn")."""
    key = re.sub(r"\s+", "", name).casefold()
    if key in AGENCIES:
        return AGENCIES[key]
    return domain_in_line(name.strip())


_NOT_AGENCIES = frozenset(
    """ảnh nguồn video clip theo xem tin bài đọc""".split()  # noqa: SIM905
)


def _agency_like(name: str) -> bool:
    if domain_in_line(name) is not None:
        return True
    words = name.split()
    return (
        0 < len(words) <= 4
        and name[0].isupper()
        and words[0].casefold() not in _NOT_AGENCIES
        and not any(ch.isdigit() or ch in ":,;" for ch in name)
    )


def agency_prefix(line: str, *, standalone: bool) -> tuple[str, str | None] | None:
    """A byline "(VTC News) -" at the start of *line*: (the prefix as written, its site).

    With *standalone* the byline must be the whole line (the dash may be missing); otherwise
    it must be followed by a dash and more text. Returns None when there is no byline.
    """
    m = _AGENCY.match(line)
    if not m:
        m = _AGENCY_BARE.match(line)  # without brackets only a known agency: not "ASEAN - "
        if not m or source_from_agency(m.group("agency")) is None:
            return None
    agency = m.group("agency").strip()
    place = m.group("place") or ""
    if not _agency_like(agency):
        return None
    if place and not all(w[0].isupper() or w[0].isdigit() for w in place.split()):
        return None
    rest = line[m.end() :]
    if standalone:
        if rest.strip():
            return None
    elif not m.group("dash") or not rest.strip():
        return None
    return line[: m.end()].strip(), source_from_agency(agency)


# a known agency's byline inside a line, after its title: "Đã hoàn tất 9 phiên đàm phán với Hoa
# Kỳ (NLĐ)- Thứ trưởng …" (a scraper that joined the title line to the lead)
_INNER_AGENCY = re.compile(r"\s\((?P<agency>[^()\n]{2,20})\)\s?[-–—]\s?(?=\w)")
_MIN_TITLE_WORDS = 3


def glued_byline(line: str, max_title: int) -> int | None:
    """Where a byline "(NLĐ)-" of a known agency starts inside *line*, after a title of at
    least three words and at most *max_title* characters that ends no sentence; or None."""
    for m in _INNER_AGENCY.finditer(line, 0, max_title + 30):
        title = line[: m.start()]
        if len(title) > max_title or source_from_agency(m.group("agency")) is None:
            continue
        if len(title.split()) >= _MIN_TITLE_WORDS and title[-1] not in ".!?…:;":
            return m.start() + 1
    return None


def _find_date(line: str) -> re.Match[str] | None:
    return _DATE_DMY.search(line) or _DATE_YMD.search(line) or _DATE_WORDS.search(line)


def _iso_offset(sign: str, hours: str, minutes: str | None) -> str:
    if int(hours) > 14 or int(minutes or 0) > 59:
        return ""
    return f"{sign}{int(hours):02d}:{int(minutes or 0):02d}"


def parse_published(line: str) -> str | None:
    """The first full date in *line* (with the time and offset near it) as ISO 8601."""
    m = _find_date(line)
    if not m:
        return None
    try:
        day = date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
    except ValueError:
        return None
    rest = line[: m.start()] + " " * (m.end() - m.start()) + line[m.end() :]
    t = _TIME.search(rest)
    if not t:
        return day.isoformat()
    stamp = f"{day.isoformat()}T{int(t.group('H')):02d}:{t.group('M')}"
    if t.group("S"):
        stamp += f":{t.group('S')}"
    o = _OFFSET.search(rest, t.end())
    if o:
        if o.group("s1"):
            stamp += _iso_offset(o.group("s1"), o.group("h1"), o.group("m1"))
        else:
            stamp += _iso_offset(o.group("s2"), o.group("h2"), o.group("m2"))
    return stamp


_URL_STAMP = re.compile(
    r"[-_/](?P<y>20\d{2})(?P<m>\d{2})(?P<d>\d{2})(?P<H>\d{2})(?P<M>\d{2})(?P<S>\d{2})?\.s?html?$"
)
_URL_DAY = re.compile(r"/(?P<y>20\d{2})/(?P<m>\d{1,2})/(?P<d>\d{1,2})/")


def published_from_url(url: str) -> str | None:
    """A publication time some sites put in their URLs: "…-20210722192411.htm", "/2021/07/22/".

    No offset is added: the URL does not say which time zone the site uses.
    """
    path = urlsplit(url if "://" in url else "http://" + url).path
    m = _URL_STAMP.search(path) or _URL_DAY.search(path)
    if not m:
        return None
    try:
        day = date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
    except ValueError:
        return None
    groups = m.groupdict()
    if not groups.get("H"):
        return day.isoformat()
    hour, minute = int(groups["H"]), int(groups["M"])
    if hour > 23 or minute > 59 or int(groups.get("S") or 0) > 59:
        return day.isoformat()
    stamp = f"{day.isoformat()}T{hour:02d}:{minute:02d}"
    return stamp + (f":{groups['S']}" if groups.get("S") else "")


def is_dateline(line: str) -> bool:
    """A line that is a publication date with at most a short label around it.

    "Thời sự quốc tếThứ Năm, 22/07/2021 19:24:11 +07:00Google News" is one (category, weekday,
    date, time, offset and a "Google News" button glued together); a sentence that mentions a
    date is not (it has more words or ends like a sentence).
    """
    return dateline_label(line) is not None


def dateline_label(line: str) -> str | None:
    """The words of a dateline that are not the date ("Thời sự quốc tế"; "" when none), or
    None when *line* is not a dateline."""
    if len(line) > 160 or line.endswith((".", "!", "?", "…")):
        return None
    m = _find_date(line)
    if not m or parse_published(line) is None:
        return None
    residue = line[: m.start()] + " " + line[m.end() :]
    residue = _TIME.sub(" ", _OFFSET.sub(" ", residue))
    words = _DATELINE_WORDS.sub(" ", _WEEKDAY.sub(" ", residue)).split()
    return " ".join(words) if len(words) <= _MAX_DATELINE_WORDS else None


# the letters of each case; a code-point range would not do: Vietnamese letters such as
# "Ạạ…Ỹỹ" alternate upper and lower case in one block, so "à-ỹ" holds capitals too
_LETTERS = [chr(c) for c in range(0x41, 0x1EFA) if chr(c).isalpha()]
LOWER = "".join(c for c in _LETTERS if c.islower())
UPPER = "".join(c for c in _LETTERS if c.isupper())
# a capitalised whole word glued to the letter before it ("NộiSáng", "HCMHai"), not a name
# that goes on with more letters after its inner capital ("VietNamNet")
_CAPITAL_GLUE = re.compile(rf"(?<=[^\W\d_])[{UPPER}][{LOWER}]+(?![^\W\d_])")
_MAX_PLACE = 40  # characters: "Thừa Thiên - Huế", "Bà Rịa - Vũng Tàu"


def glued_place(text: str) -> int:
    """Where a dateline place glued to the first word of *text* ends, 0 when there is none:
    "Hà NộiSáng nay, …" → 6, "TP HCMHai tháng nay …" → 6, "UAEQuần đảo …" → 3.

    The text must open with a known place (the analysis's gazetteer of locations, read only
    when such a glue is seen) with a capitalised word glued to it that ends at a space or a
    punctuation mark. Names with an inner capital are no dateline: "VnExpress", "McDonald",
    "iPhone" and "VinFast" do not start with a place; "NhậtBản"/"ViệtNam" with a space lost
    read as a longer place ("Nhật Bản") and are left alone.
    """
    m = _CAPITAL_GLUE.search(text, 1, _MAX_PLACE + 2)
    if m is None:
        return 0
    cut = m.start()
    place = text[:cut]
    places = known_places()
    if place not in places:
        return 0
    joined = f"{place} {m.group()}"
    if any(p == joined or p.startswith(joined + " ") for p in places):
        return 0  # "ViệtNam", "Hàn Quốc" with the space lost: one place, not a dateline
    return cut


@cache
def known_places() -> frozenset[str]:
    """Every capitalised name of a place in the analysis's ``locations.txt`` (read once): the
    cleaning only needs the names, so it reads the file without loading the recogniser."""
    data = resources.files("vnreader.analysis").joinpath("data", "locations.txt")
    names: set[str] = set()
    for line in data.read_text("utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        for alias in line.split("|")[1:]:
            alias = alias.lstrip("?").strip()
            if alias[:1].isupper():
                names.add(alias)
    return frozenset(names)
