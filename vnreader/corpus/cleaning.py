"""Turning a scraped page into a clean :class:`Article`.

The page is read as lines (whitespace normalised, blank lines dropped) in three zones:

* **top** — before the title: URL, bare domain, share/font widgets, breadcrumbs, a site
  section name ("Thời sự"), datelines, agency bylines. The first other line is the
  **title**. After it, the same junk may follow (dateline, "(VTC News) -", the title again)
  until the first body line.
* **bottom** — taken off from the end while the last line is junk: "Bình luận" and other
  widgets, a copyright line, "Nguồn …: URL", a bare domain, "Tin/ảnh: X" or a lone name
  (the author), "Theo X", related-article teasers (a headline, maybe repeated, then a
  summary cut off with "..."; or a "Tin liên quan" heading over short lines).
* **body** — every other line is a paragraph, except widgets, bare URLs, "Xem thêm: …"
  links and a "Tin liên quan" heading with the headlines under it. **Captions** are
  recognised by their shape, on any site: a line that repeats the title (the lead image's
  alt text, maybe with " - 1") and the line right after it when it only names people and
  places the text named already (that image's caption: "Bộ trưởng Bùi Thanh Sơn và Đại sứ
  Gennady Bezdetko."); a
  line repeated right after itself (alt text and figcaption: both copies); a short line that
  ends with a photo credit ("(Ảnh: QT)", "Ảnh: Bộ Ngoại giao."). They are taken out of the
  body, like the other page furniture: a caption repeats what the text says, and kept in
  the body it doubled the entities and figures counted ("r" still shows it). A **pull-quote**
  (a paragraph of 30 characters or more found again inside one of the next paragraphs, the
  magazine layout's enlarged quote) is taken out for the same reason. A line whose
  sentences are glued without spaces ("…ASEAN.Hội nghị…") lost its paragraph breaks and is
  split there (:func:`vnreader.corpus.sentences.split_glued`). A dateline place glued to the
  first word of the lead ("Hà NộiSáng nay…", :func:`vnreader.corpus.metadata.glued_place`) is
  taken off as a dateline, as "HÀ NỘI (TTXVN) -" is: the lead starts "Sáng nay…". (Written
  back as the site prints it, "Hà Nội - Sáng nay…", the dash made the recogniser read a list
  of places, "Hà Nội - Sáng", as it reads "Hà Nội - Hải Phòng".)

Everything taken out is kept in :attr:`Article.removed` in page order, with a reason from
:data:`REASONS`. Cleaning never raises: any text gives an Article (title falls back to the
file name when the page has no line to use).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from vnreader.corpus import junk
from vnreader.corpus.metadata import (
    LOWER,
    UPPER,
    agency_prefix,
    dateline_label,
    domain_in_line,
    glued_byline,
    glued_place,
    normalize_url,
    parse_published,
    published_from_url,
    source_from_agency,
    source_from_url,
    url_in_line,
)
from vnreader.corpus.model import Article, RemovedLine
from vnreader.corpus.normalize import comparable, normalize_line
from vnreader.corpus.sentences import sentence_spans, split_glued, split_sentences

REASONS = (
    "url",  # the page URL, a bare link, "Nguồn …: URL"
    "source",  # a bare domain line, "Theo Reuters", "(Nguồn: TTXVN)" alone
    "agency",  # "(VTC News) -" byline
    "widget",  # share buttons, font-size switch, "Bình luận", tags, breadcrumbs
    "dateline",  # "Thời sự quốc tếThứ Năm, 22/07/2021 19:24:11 +07:00Google News"
    "duplicate",  # a line repeated right after itself
    "caption",  # a photo caption: the title as the image's alt, a line printed twice...
    "pull-quote",  # a quote printed large, found again in a paragraph that follows
    "teaser",  # related-article headlines and summaries, "Xem thêm: …"
    "credit",  # "Tin/ảnh: Tuấn Anh", a lone author name, "(Ảnh: QT)" on a caption
)
MAX_TITLE_CHARS = 250
_TITLE_COPY = re.compile(r"\s*[-–]\s*\d{1,2}$")  # "Title - 1": the title as an image alt
_TITLE_SITE = re.compile(r"^(?P<title>.+?)\s+(?:[|]|[-–—])\s+(?P<site>[^|–—-]{2,40})$")
_MAX_TEASER_TAIL = 12
_BYLINE_PARAGRAPHS = 2  # "(TTXVN) -" opens the first paragraph, or the second after a lead
_LINE_BREAK = re.compile("[\n\u2028\u2029]")
_BYLINE_SENTENCES = 3  # the most sentences a byline glued after the last sentence is cut in
_SENTENCE_END = (".", "!", "?", "…", '"', "”", "»")
_INITIALS_END = re.compile(r"\.[A-ZĐ]\.$")  # "… Q.3. N.A.": a byline of initials has a dot
# a lower-case letter glued to a capital that starts a new word ("NamThời"), not "VnExpress"
_CAMEL_GLUE = re.compile(rf"(?<=[^\W\d_]{{2}})[{LOWER}](?=[{UPPER}][{LOWER}])")


@dataclass(slots=True)
class _Line:
    index: int
    text: str


@dataclass
class _Page:
    removed: list[tuple[int, RemovedLine]] = field(default_factory=list)
    url: str | None = None
    sources: dict[str, str] = field(default_factory=dict)  # kind → domain
    published: str | None = None
    author: str | None = None
    section: str | None = None

    def drop(self, line: _Line, reason: str, text: str | None = None) -> None:
        self.removed.append((line.index, RemovedLine(reason, line.text if text is None else text)))

    def found_url(self, url: str) -> None:
        if self.url is None:
            self.url = normalize_url(url)
        self.found_source("url", source_from_url(url))

    def found_source(self, kind: str, source: str | None) -> None:
        if source and kind not in self.sources:
            self.sources[kind] = source

    def source(self) -> str | None:
        for kind in ("url", "domain", "agency", "title"):
            if kind in self.sources:
                return self.sources[kind]
        return None


def clean_page(raw: str, *, path: Path, article_id: str) -> Article:
    """The Article in *raw* (already sanitised text of one file)."""
    lines = [
        _Line(i, text)
        for i, text in enumerate(normalize_line(line) for line in _split_lines(raw))
        if text
    ]
    page = _Page()
    pos = 0
    while pos < len(lines) and _top_junk(page, lines[pos]):
        pos += 1
    title = path.stem
    glued_title = False
    if pos < len(lines) and (cut := glued_byline(lines[pos].text, MAX_TITLE_CHARS)):
        # "Title (NLĐ)- Lead …": the title is a line of its own, the lead with its byline another
        first = lines[pos]
        lines[pos : pos + 1] = [
            _Line(first.index, first.text[:cut].rstrip()),
            _Line(first.index, first.text[cut:]),
        ]
    if pos < len(lines):
        title, glued_title = _title(page, lines[pos].text)
        if not glued_title:
            pos += 1
        else:  # the long first line stays in the body; the section line under it does not
            while pos + 1 < len(lines) and _top_junk(page, lines[pos + 1]):
                del lines[pos + 1]
    while (
        not glued_title  # the first line is the body's, though its first sentence is the title
        and pos < len(lines)
        and (_top_junk(page, lines[pos]) or _title_copy(page, lines[pos], title, "duplicate"))
    ):
        pos += 1
    end = len(lines)
    seen_teaser = False
    while end > pos:
        taken, teaser = _bottom_junk(page, lines, pos, end, seen_teaser)
        if not taken:
            break
        end -= taken
        seen_teaser = seen_teaser or teaser
    if end > pos:
        lines[end - 1] = _without_glued_byline(page, lines[end - 1])
    paragraphs = _body(page, lines[pos:end], title)
    page.removed.sort(key=lambda item: item[0])
    return Article(
        id=article_id,
        path=path,
        title=title,
        paragraphs=tuple(paragraphs),
        source=page.source(),
        url=page.url,
        published=page.published or (published_from_url(page.url) if page.url else None),
        author=page.author,
        removed=tuple(r for _, r in page.removed),
        raw=raw,
        section=page.section,
    )


def _split_lines(raw: str) -> list[str]:
    if "\u2028" in raw or "\u2029" in raw:
        return _LINE_BREAK.split(raw)
    return raw.split("\n")


def _same(a: str, b: str) -> bool:
    """Whether two normalised lines are the same up to case and end punctuation."""
    return a == b or (abs(len(a) - len(b)) <= 3 and comparable(a) == comparable(b))


# a first line of so many words or more that ends with a full stop is the lead of a page
# without a title line (a title ends with no stop: "… cái chết thương tâm của một bé trai.")
_LEAD_WORDS = 8


def _reads_as_a_lead(text: str) -> bool:
    """True for a first line that is a sentence of the body, not a title: it ends with one
    full stop (not "…" or ".."), after at least :data:`_LEAD_WORDS` words, and is no lead
    photo's caption with its credit ("… tại Ấn Độ (Ảnh: Reuters).")."""
    return (
        text.endswith(".")
        and not text.endswith("..")
        and len(text.split()) >= _LEAD_WORDS
        and not junk.strip_photo_credit(text, caption=False)
    )


def _title(page: _Page, text: str) -> tuple[str, bool]:
    """(the title, whether the line is body text too because it is far too long for one)."""
    if len(text) > MAX_TITLE_CHARS or _reads_as_a_lead(text):
        first = split_sentences(text)[0]
        # a title glued to its text shows only in a line too long for one; a lead's first
        # sentence is whole ("… người dùng YouTube …" is no "You" + "Tube")
        glue = _CAMEL_GLUE.search(text, 0, MAX_TITLE_CHARS) if len(text) > MAX_TITLE_CHARS else None
        if glue and len(text[: glue.start() + 1].split()) >= 4 and glue.start() < len(first):
            first = text[: glue.start() + 1]  # "…cho Việt NamThời sự…": the title ends at "Nam"
        if len(first) > MAX_TITLE_CHARS:
            first = first[: MAX_TITLE_CHARS - 1].rstrip() + "…"
        return first, True
    m = _TITLE_SITE.match(text)
    if m:
        site = m.group("site").strip()
        source = source_from_agency(site)
        if source:
            page.found_source("title", source)
            return m.group("title").strip(), False
    # a page whose first line is its lead photo's caption: "… tại Ấn Độ (Ảnh: Reuters)."
    credit = junk.strip_photo_credit(text, caption=False)
    return (credit[0] if credit and credit[0] else text), False


def _title_copy(page: _Page, line: _Line, title: str, reason: str) -> bool:
    text = line.text
    if abs(len(text) - len(title)) > 8:  # cheap test first: most lines are paragraphs
        return False
    key = comparable(title)
    if comparable(text) == key or comparable(_TITLE_COPY.sub("", text)) == key:
        page.drop(line, reason)
        return True
    return False


def _metadata_line(page: _Page, line: _Line) -> bool:
    """URL, domain, widget and dateline lines, which are junk anywhere at the top or bottom."""
    text = line.text
    url = url_in_line(text) or junk.labeled_url(text)
    if url:
        page.found_url(url)
        page.drop(line, "url")
        return True
    domain = domain_in_line(text)
    if domain:
        page.found_source("domain", domain)
        page.drop(line, "source")
        return True
    if junk.is_widget(text):
        page.drop(line, "widget")
        return True
    label = dateline_label(text)
    if label is not None:
        if page.published is None:
            page.published = parse_published(text)
        page.section = page.section or label or None
        page.drop(line, "dateline")
        return True
    return False


def _top_junk(page: _Page, line: _Line) -> bool:
    if _metadata_line(page, line):
        return True
    text = line.text
    if junk.is_breadcrumb(text) or junk.is_section_label(text):
        page.section = page.section or junk.section_name(text)
        page.drop(line, "widget")
        return True
    byline = agency_prefix(text, standalone=True)
    if byline:
        page.found_source("agency", byline[1])
        page.drop(line, "agency")
        return True
    found = junk.credit(text)
    if found:
        if page.author is None:
            page.author = found[1]
        page.drop(line, "credit")
        return True
    return False


def _bottom_junk(
    page: _Page, lines: list[_Line], start: int, end: int, seen_teaser: bool
) -> tuple[int, bool]:
    """How many lines at the end of lines[start:end] are junk (0: none), and if a teaser."""
    last = lines[end - 1]
    text = last.text
    if _metadata_line(page, last):
        return 1, False
    if junk.is_source_credit(text):
        page.drop(last, "source")
        return 1, False
    if junk.is_copyright(text):
        page.drop(last, "widget")
        return 1, False
    found = junk.credit(text)
    name = None if found else junk.author_name(text)
    if found or name:
        if page.author is None:
            page.author = found[1] if found else name
        page.drop(last, "credit")
        return 1, False
    signed = junk.byline_and_source(text)  # "Nhật LinhTheo Reuters"
    if signed:
        page.author = page.author or signed[0]
        page.drop(last, "credit", text[: len(text) - len(signed[1])].strip())
        page.drop(last, "source", signed[1])
        return 1, False
    if junk.is_related_marker(text) or junk.is_link_line(text):
        page.drop(last, "teaser")
        return 1, True
    block = _teaser_block(lines, start, end, seen_teaser)
    if block:
        for line in lines[end - block : end]:
            page.drop(line, "teaser")
        return block, True
    tail = _related_tail(lines, start, end)
    if tail:
        for line in lines[end - tail : end]:
            page.drop(line, "teaser")
        return tail, True
    return 0, False


def _without_glued_byline(page: _Page, line: _Line) -> _Line:
    """The last line of the body without the byline that ends it after its last sentence
    ("… sẽ tới. H.L.Anh", "… cảm ơn.Phương Mai"): the byline is the author's, as on a line of
    its own. A sentence that ends with a name ("… gặp HLV A. Riedl.") keeps it: a byline
    ends without a full stop, or is initials only ("N.A.")."""
    text = line.text
    if text.endswith(_SENTENCE_END) and not _INITIALS_END.search(text):
        return line  # the common case: the paragraph ends with its sentence
    starts = [start for start, _ in sentence_spans(text)[1:]]
    # the byline is the last sentence, or the last two or three when the splitter cut
    # initials that are not abbreviations ("Ng.Trâm": "Ng." and "Trâm")
    for start in reversed(starts[-_BYLINE_SENTENCES:]):
        tail = text[start:]
        found = junk.credit(tail)  # "Tin, ảnh: Lan Anh"; a picture's credit ends a caption
        name = found[1] if found else junk.author_name(tail, vietnamese=True)
        if name is not None:
            break
    else:
        return line
    if text[:start].rstrip().endswith("?"):
        return line  # "… bị cắm sừng? Có Không": a poll's answers, not a byline
    if page.author is None:
        page.author = name
    page.drop(line, "credit", tail)
    return _Line(line.index, text[:start].rstrip())


def _teaser_block(lines: list[_Line], start: int, end: int, seen_teaser: bool) -> int:
    """Lines of a related-article teaser at the end (0: none).

    A headline printed twice (image alt + link) then a summary cut off with "...": sure.
    A headline once then a summary: only when the cut is a site's (" ..." after a space)
    or another teaser was just removed, since an article may end with a subheading and a
    last paragraph trailing off "…". A headline twice with no summary: only after another
    teaser.
    """
    last = lines[end - 1].text
    if junk.is_teaser_summary(last) and end - 1 > start:
        headline = lines[end - 2].text
        if junk.is_title_like(headline):
            if end - 3 >= start and _same(lines[end - 3].text, headline):
                return 3
            if seen_teaser or junk.is_cut_summary(last):
                return 2
    if (
        seen_teaser
        and end - 2 >= start
        and junk.is_title_like(last)
        and _same(lines[end - 2].text, last)
    ):
        return 2
    return 0


def _related_tail(lines: list[_Line], start: int, end: int) -> int:
    """A "Tin liên quan" heading near the end with only headlines and summaries after it."""
    for back in range(1, min(_MAX_TEASER_TAIL, end - start)):
        line = lines[end - 1 - back]
        after = lines[end - back].text
        if not (junk.is_title_like(after) or junk.is_teaser_summary(after)):
            return 0
        if junk.is_related_marker(line.text):
            return back + 1
    return 0


MAX_CAPTION_CHARS = 250  # the line under an image's alt text is its caption if this short
PULL_QUOTE_MIN = 30  # characters: shorter lines ("Xin cảm ơn!") may well recur
PULL_QUOTE_REACH = 8  # paragraphs after it in which a pull-quote is found again


def _body(page: _Page, lines: list[_Line], title: str) -> list[str]:
    kept: list[_Line] = []
    previous = ""
    in_related = False  # after a "Tin liên quan" heading: headlines are links
    after_alt = False  # the previous line was an image's alt text (the title again)
    for line in lines:
        text = line.text
        if previous and _same(text, previous):
            if kept and kept[-1].text == previous:  # printed twice: alt and figcaption
                page.drop(kept.pop(), "caption")
            page.drop(line, "duplicate")
            continue
        if after_alt and _names_what_came_before(text, kept):
            after_alt = False
            page.drop(line, "caption")
            continue
        after_alt = False
        if url_in_line(text):
            page.drop(line, "url")
            continue
        if junk.is_widget(text):
            page.drop(line, "widget")
            continue
        if junk.is_link_line(text) or junk.is_related_marker(text):
            page.drop(line, "teaser")
            in_related = junk.is_related_marker(text)
            continue
        if in_related and (junk.is_title_like(text) or junk.is_teaser_summary(text)):
            page.drop(line, "teaser")
            continue
        in_related = False
        photo = junk.credit(text)
        if photo and photo[1] is None:
            page.drop(line, "credit")
            continue
        if kept and _title_copy(page, line, title, "caption"):
            after_alt = True
            continue
        if len(kept) < _BYLINE_PARAGRAPHS and "agency" not in page.sources:
            byline = agency_prefix(text, standalone=False)
            if byline:
                page.found_source("agency", byline[1])
                page.drop(line, "agency", byline[0])
                line = _Line(line.index, text[len(byline[0]) :].strip())
        kept.append(line)
        previous = text
    kept = _without_pull_quotes(page, kept)
    paragraphs: list[str] = []
    for n, line in enumerate(kept):
        pieces = split_glued(line.text)
        for i, piece in enumerate(pieces):
            if not paragraphs and (cut := glued_place(piece)):  # "Hà NộiSáng nay": a dateline
                page.drop(line, "dateline", piece[:cut])
                piece = piece[cut:]
            at_end = n == len(kept) - 1 and i == len(pieces) - 1
            if len(pieces) > 1 and _glued_junk(page, line, piece, at_end=at_end):
                continue
            if junk.strip_photo_credit(piece, caption=False):  # a caption, with its credit
                page.drop(line, "caption", piece if len(pieces) > 1 else None)
                continue
            paragraphs.append(piece)
    return paragraphs


def _names_what_came_before(text: str, kept: list[_Line]) -> bool:
    """Whether *text*, the line under an image, reads as its caption: one short sentence
    with names in it (three capitalised words or more after the first), most of whose words
    the paragraphs before it used already. A one-sentence paragraph of its own ("Hai bên
    nhất trí…") has few names and new words."""
    if len(text) > MAX_CAPTION_CHARS or len(split_sentences(text)) != 1:
        return False
    words = [w.strip(".,;:!?“”\"'()") for w in text.split()]
    words = [w for w in words if w]
    if sum(w[0].isupper() for w in words[1:]) < 3:
        return False
    seen = set(" ".join(line.text for line in kept).casefold().split())
    return sum(w.casefold() in seen for w in words) >= 0.6 * len(words)


def _without_pull_quotes(page: _Page, kept: list[_Line]) -> list[_Line]:
    """*kept* without its pull-quotes: a paragraph (not the first) found again, word for
    word, inside one of the next :data:`PULL_QUOTE_REACH` longer paragraphs."""
    out: list[_Line] = []
    folded = [line.text.casefold() for line in kept]
    for n, line in enumerate(kept):
        key = comparable(line.text)
        later = folded[n + 1 : n + 1 + PULL_QUOTE_REACH]
        if (
            n
            and len(key) >= PULL_QUOTE_MIN
            and any(len(text) > len(key) + 10 and key in text for text in later)
        ):
            page.drop(line, "pull-quote")
            continue
        out.append(line)
    return out


def _glued_junk(page: _Page, line: _Line, piece: str, *, at_end: bool) -> bool:
    """Furniture that was glued into a paragraph ("…Đại sứ!Nguồn TG&VN: https://…")."""
    if at_end and junk.is_source_credit(piece):
        page.drop(line, "source", piece)
        return True
    url = url_in_line(piece) or junk.labeled_url(piece)
    if url:
        page.found_url(url)
        page.drop(line, "url", piece)
        return True
    if junk.is_widget(piece) or junk.is_copyright(piece):
        page.drop(line, "widget", piece)
        return True
    found = junk.credit(piece)
    if found:
        if page.author is None:
            page.author = found[1]
        page.drop(line, "credit", piece)
        return True
    return False
