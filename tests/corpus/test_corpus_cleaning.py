"""Cleaning rules on small synthetic pages that mix the patterns in new ways."""

from __future__ import annotations

from pathlib import Path

from vnreader.corpus.cleaning import REASONS, clean_page
from vnreader.corpus.model import Article

BODY1 = "Sáng 5/3, Thủ tướng tiếp Đại sứ Nhật Bản tại Hà Nội."
BODY2 = "Hai bên nhất trí tăng cường hợp tác kinh tế, thương mại và đầu tư."
BODY3 = "Đại sứ cảm ơn sự hỗ trợ của các bộ, ngành Việt Nam."
TITLE = "Thủ tướng tiếp Đại sứ Nhật Bản"
QUOTE = "“Hợp tác kinh tế là trụ cột của quan hệ hai nước”"
SAID = f"Thủ tướng nhấn mạnh: {QUOTE}, và đề nghị hai bên tăng cường trao đổi đoàn."


def clean(text: str) -> Article:
    return clean_page(text, path=Path("page.txt"), article_id="page")


def reasons(article: Article) -> list[str]:
    return [r.reason for r in article.removed]


def test_title_after_url_and_widgets() -> None:
    page = "\n".join(
        [
            "https://www.thanhnien.vn/thoi-su/thu-tuong-tiep-dai-su.html",
            "Chia sẻ • Facebook • Zalo",
            "A- A A+",
            TITLE,
            BODY1,
            BODY2,
        ]
    )
    a = clean(page)
    assert a.title == TITLE
    assert a.paragraphs == (BODY1, BODY2)
    assert a.url == "https://www.thanhnien.vn/thoi-su/thu-tuong-tiep-dai-su.html"
    assert a.source == "thanhnien.vn"
    assert reasons(a) == ["url", "widget", "widget"]


def test_source_line_at_end_and_bare_domain() -> None:
    page = f"{TITLE}\n\n{BODY1}\n\n{BODY2}\n\nNguồn Báo Mới: https://m.baomoi.com/a//b.epi\nbaomoi.com\n"
    a = clean(page)
    assert a.url == "https://m.baomoi.com/a/b.epi"
    assert a.source == "baomoi.com"
    assert a.paragraphs == (BODY1, BODY2)


def test_agency_prefix_inline_and_dateline_variants() -> None:
    page = "\n".join(
        [
            "Thế giới > Châu Á",
            TITLE,
            "Thứ hai, 6/3/2023, 08:15 (GMT+7)",
            f"HÀ NỘI (TTXVN) - {BODY1}",
            BODY2,
        ]
    )
    a = clean(page)
    assert a.title == TITLE
    assert a.published == "2023-03-06T08:15+07:00"
    assert a.source == "vnanet.vn"
    assert a.section == "Thế giới > Châu Á"
    assert a.paragraphs == (BODY1, BODY2)
    assert ("agency", "HÀ NỘI (TTXVN) -") in [(r.reason, r.text) for r in a.removed]


def test_dateline_without_time_gives_a_date() -> None:
    a = clean(f"{TITLE}\nCập nhật: 16.3.2023\n{BODY1}")
    assert a.published == "2023-03-16"
    assert a.paragraphs == (BODY1,)


def test_sentence_with_a_date_is_not_a_dateline() -> None:
    line = "Hội nghị diễn ra ngày 16/3/2023 tại Hà Nội với sự tham dự của nhiều đại biểu."
    a = clean(f"{TITLE}\n{line}\n{BODY1}")
    assert a.published is None
    assert a.paragraphs == (line, BODY1)


def test_teaser_block_and_credit_at_end() -> None:
    teaser_title = "Việt Nam và Nhật Bản ký kết thỏa thuận hợp tác mới"
    page = "\n".join(
        [
            TITLE,
            BODY1,
            BODY2,
            teaser_title,
            teaser_title,
            "Hai nước đã ký kết nhiều văn kiện quan trọng trong chuyến thăm ...",
            "Nhật Bản viện trợ thiết bị y tế cho Việt Nam",
            "Chính phủ Nhật Bản vừa trao tặng …",
            "Bài và ảnh: Minh Hằng",
            "Bình luận (3)",
        ]
    )
    a = clean(page)
    assert a.paragraphs == (BODY1, BODY2)
    assert a.author == "Minh Hằng"
    assert reasons(a).count("teaser") == 5


def test_related_heading_over_short_lines() -> None:
    page = "\n".join(
        [TITLE, BODY1, BODY2, "Tin liên quan", "Tiêu đề một về kinh tế", "Tiêu đề hai về xã hội"]
    )
    a = clean(page)
    assert a.paragraphs == (BODY1, BODY2)
    assert reasons(a) == ["teaser"] * 3


def test_link_lines_inside_body() -> None:
    a = clean(f"{TITLE}\n{BODY1}\nXem thêm: Nhật Bản hỗ trợ vaccine cho Việt Nam\n{BODY2}")
    assert a.paragraphs == (BODY1, BODY2)
    assert reasons(a) == ["teaser"]


def test_caption_printed_twice_leaves_the_body() -> None:
    """Alt text and figcaption: both copies are the caption (it doubled the counts)."""
    caption = "Thủ tướng tiếp Đại sứ Nhật Bản tại trụ sở Chính phủ."
    page = "\n\n".join(
        [TITLE, BODY1, f"{caption} (Ảnh: VGP)", f"{caption} (Ảnh: VGP)", BODY2, BODY3]
    )
    a = clean(page)
    assert a.paragraphs == (BODY1, BODY2, BODY3)
    assert sorted(reasons(a)) == ["caption", "duplicate"]


def test_caption_with_a_photo_credit_leaves_the_body() -> None:
    for caption in ("Đại sứ Nhật Bản tại Hà Nội. Ảnh: Reuters", "Quang cảnh hội nghị (Ảnh: VGP)"):
        a = clean(f"{TITLE}\n{BODY1}\n{caption}\n{BODY2}")
        assert a.paragraphs == (BODY1, BODY2)
        assert [(r.reason, r.text) for r in a.removed] == [("caption", caption)]


def test_the_line_under_an_image_is_its_caption_when_it_only_names() -> None:
    """Under the lead image (the title again as its alt text): a line naming people the text
    named already is the caption; a paragraph of its own stays."""
    lead = "Sáng 5/3, Thủ tướng Phạm Minh Chính tiếp Đại sứ Nhật Bản Yamada Takio tại Hà Nội."
    caption = "Thủ tướng Phạm Minh Chính và Đại sứ Yamada Takio."
    a = clean(f"{TITLE}\n{lead}\n{TITLE} - 1\n{caption}\n{BODY2}")
    assert a.paragraphs == (lead, BODY2)
    assert [r.reason for r in a.removed] == ["caption", "caption"]
    b = clean(f"{TITLE}\n{lead}\n{TITLE} - 1\n{BODY2}\n{BODY3}")
    assert b.paragraphs == (lead, BODY2, BODY3)


def test_pull_quote_found_again_in_a_later_paragraph() -> None:
    page = "\n".join([TITLE, BODY1, QUOTE, BODY2, BODY3, SAID])
    a = clean(page)
    assert a.paragraphs == (BODY1, BODY2, BODY3, SAID)
    assert [(r.reason, r.text) for r in a.removed] == [("pull-quote", QUOTE)]
    # a short line said again, or said first and quoted later in a shorter line, stays
    short = clean("\n".join([TITLE, BODY1, "Xin cảm ơn!", "Xin cảm ơn! Tạm biệt các bạn."]))
    assert short.paragraphs == (BODY1, "Xin cảm ơn!", "Xin cảm ơn! Tạm biệt các bạn.")
    first = clean("\n".join([TITLE, SAID, BODY2]))
    assert first.paragraphs == (SAID, BODY2)


def test_source_credit_in_parentheses_kept_on_plain_paragraph() -> None:
    line = "Kim ngạch thương mại đạt 50 tỷ USD (Nguồn: Tổng cục Hải quan)"
    a = clean(f"{TITLE}\n{BODY1}\n{line}\n{BODY2}")
    assert line in a.paragraphs


def test_title_repeated_as_caption() -> None:
    a = clean(f"{TITLE}\n{BODY1}\n{TITLE} - 2\n{BODY2}\n{TITLE}\n{BODY3}")
    assert a.paragraphs == (BODY1, BODY2, BODY3)
    assert reasons(a) == ["caption", "caption"]


def test_glued_paragraphs_are_split() -> None:
    glued = "Giá vàng tăng 4.7% trong tuần.TP.HCM ghi nhận lượng mua lớn.Ông K. Nam cho biết vậy."
    a = clean(f"{TITLE}\n{glued}")
    assert a.paragraphs == (
        "Giá vàng tăng 4.7% trong tuần.",
        "TP.HCM ghi nhận lượng mua lớn.",
        "Ông K. Nam cho biết vậy.",
    )


def test_lone_author_name_only_at_the_end() -> None:
    a = clean(f"{TITLE}\n{BODY1}\nNguyễn Văn An\n{BODY2}\nTRẦN THU HÀ\nvnexpress.net")
    assert a.author == "TRẦN THU HÀ"
    assert "Nguyễn Văn An" in a.paragraphs
    assert a.source == "vnexpress.net"


def test_theo_line_at_end() -> None:
    a = clean(f"{TITLE}\n{BODY1}\n{BODY2}\nTheo Reuters")
    assert a.paragraphs == (BODY1, BODY2)
    assert reasons(a) == ["source"]


def test_whitespace_normalised() -> None:
    a = clean(f"  {TITLE}\t \n\n\u00a0{BODY1[:10]}\u00a0\u00a0 {BODY1[10:]}  \n \n\u200b\n")
    assert a.title == TITLE
    assert a.paragraphs == (BODY1,)


def test_title_site_suffix() -> None:
    a = clean(f"{TITLE} | VnExpress\n{BODY1}")
    assert a.title == TITLE
    assert a.source == "vnexpress.net"
    b = clean(f"Quan hệ hợp tác ASEAN - Nga\n{BODY1}")
    assert b.title == "Quan hệ hợp tác ASEAN - Nga"


def test_very_long_first_line_gives_a_short_title_and_stays_body() -> None:
    long = " ".join([BODY1] * 8)
    a = clean(long)
    assert a.title == BODY1
    assert a.paragraphs == (long,)


def test_page_of_only_junk() -> None:
    a = clean("• Zalo\nBình luận\nvtcnews.vn\n")
    assert a.title == "page"
    assert a.paragraphs == ()
    assert a.source == "vtcnews.vn"


def test_reasons_are_documented() -> None:
    page = "\n".join(
        [
            "https://a.vn/x",
            "• Zalo",
            TITLE,
            "22/07/2021 19:24",
            "(VTC News) -",
            BODY2,
            BODY1,
            BODY1,
            QUOTE,
            SAID,
            f"{TITLE} - 1",
            "Tiêu đề tin liên quan số một",
            "Tóm tắt tin liên quan ...",
            "Tin: Lan Anh",
            "vtcnews.vn",
        ]
    )
    a = clean(page)
    assert set(reasons(a)) == set(REASONS)
    assert a.paragraphs == (BODY2, SAID)
    assert a.published == "2021-07-22T19:24"


def test_section_label_above_title_but_not_a_title_with_section_words() -> None:
    a = clean(f"Thời sự\n{TITLE}\n{BODY1}")
    assert a.title == TITLE
    assert reasons(a) == ["widget"]
    b = clean(f"Kinh tế Việt Nam tăng trưởng\n{BODY1}")
    assert b.title == "Kinh tế Việt Nam tăng trưởng"
    for section in ("Vi tính", "Số hóa", "Nhà đất"):  # older sites' sections too
        c = clean(f"{TITLE}\n{section}\n{BODY1}")
        assert (c.section, c.paragraphs) == (section, (BODY1,))


def test_related_block_inside_body() -> None:
    page = "\n".join(
        [
            TITLE,
            BODY1,
            "Tin liên quan",
            "Nhật Bản viện trợ thiết bị y tế cho Việt Nam",
            "Hai nước ký kết thỏa thuận hợp tác mới",
            BODY2,
            BODY3,
        ]
    )
    a = clean(page)
    assert a.paragraphs == (BODY1, BODY2, BODY3)
    assert reasons(a) == ["teaser"] * 3


def test_copyright_and_written_date() -> None:
    page = f"{TITLE}\nThứ Năm, ngày 22 tháng 7 năm 2021\n{BODY1}\n© 2021 Báo Quốc tế"
    a = clean(page)
    assert a.published == "2021-07-22"
    assert a.paragraphs == (BODY1,)
    assert reasons(a) == ["dateline", "widget"]


def test_section_dateline_before_title_byline_after_lead() -> None:
    lead = "Đại sứ Nga cho biết Moscow sẵn sàng chuyển giao công nghệ sản xuất vaccine."
    caption = "Đại sứ Nga tại Hà Nội."
    page = "\n".join(
        [
            "Thế giới",
            "Thứ năm, 22/7/2021, 19:24 (GMT+7)",
            TITLE,
            lead,
            f"TTO - {BODY1}",
            f"{caption} Ảnh: Reuters",
            f"{caption} Ảnh: Reuters",
            BODY2,
            "Vũ Anh (Theo Reuters)",
            "Chia sẻ",
            "Tags: Nga, vaccine",
        ]
    )
    a = clean(page)
    assert (a.title, a.published, a.source, a.author) == (
        TITLE,
        "2021-07-22T19:24+07:00",
        "tuoitre.vn",
        "Vũ Anh",
    )
    assert a.paragraphs == (lead, BODY1, BODY2)


def test_subheading_and_trailing_off_last_paragraph_are_not_a_teaser() -> None:
    last = "Hai bên sẽ còn nhiều dịp gặp lại, trao đổi và hợp tác…"
    a = clean(f"{TITLE}\n{BODY1}\nTriển vọng hợp tác\n{last}")
    assert a.paragraphs == (BODY1, "Triển vọng hợp tác", last)


def test_single_teaser_with_site_cut_summary() -> None:
    page = f"{TITLE}\n{BODY1}\n{BODY2}\nNhật Bản viện trợ thiết bị y tế\nChính phủ Nhật Bản vừa ..."
    a = clean(page)
    assert a.paragraphs == (BODY1, BODY2)


def test_title_glued_to_the_body() -> None:
    glued = f"{TITLE}Thời sự quốc tế{BODY1}" + "".join([BODY2] * 6)
    a = clean(glued)
    assert a.title == TITLE
    b = clean("Tin tức từ VnExpress và iPhone " + BODY1 * 6)
    assert "VnExpress" in b.title and "iPhone" in b.title


def test_long_first_line_title_is_not_cut_inside_a_word() -> None:
    # "ờ" is lower case although it sits among capitals in Unicode's code points
    quote = '"Vợ tôi là người hâm mộ lớn nhất, là người ủng hộ nhiệt tình nhất...". '
    a = clean(quote + BODY1 * 6)
    assert a.title.startswith('"Vợ tôi là người hâm mộ lớn nhất')


def test_title_taken_from_a_caption_loses_the_photo_credit() -> None:
    a = clean(f"Nhân viên y tế chuyển bệnh nhân Covid-19 tại Ấn Độ(Ảnh: Reuters).\n{BODY1}")
    assert a.title == "Nhân viên y tế chuyển bệnh nhân Covid-19 tại Ấn Độ"
    b = clean(f"Đoàn khách đến Huế. Ảnh: Đại Dương\n{BODY1}")
    assert b.title == "Đoàn khách đến Huế."


def test_section_line_under_a_long_first_line_is_metadata() -> None:
    lead = "Cúp xe đạp Truyền hình năm nay giới thiệu những gương mặt mới. " + " ".join([BODY1] * 4)
    a = clean(f"{lead}\nThể thao\n{BODY2}")
    assert a.section == "Thể thao"
    assert a.paragraphs == (lead, BODY2)
    assert ("widget", "Thể thao") in [(r.reason, r.text) for r in a.removed]


def test_furniture_glued_into_the_body() -> None:
    glued = f"{BODY1}{BODY2}Nguồn TG&VN: https://baoquocte.vn/a-1.html"
    a = clean(f"{TITLE}\n{glued}")
    assert a.paragraphs == (BODY1, BODY2)
    assert a.url == "https://baoquocte.vn/a-1.html"
    b = clean(f"{TITLE}\n{BODY1}Tin/ảnh: Lan Anh")
    assert b.paragraphs == (BODY1,)
    assert b.author == "Lan Anh"
    c = clean(f"{TITLE}\n{BODY1}Theo Reuters")
    assert c.paragraphs == (BODY1,)


def test_html_leftovers() -> None:
    html = "<p>Giá&nbsp;tăng&#8230; <strong>mạnh</strong> &amp; đều</p>"
    page = f"{TITLE}\n{html}\nNếu x < 5 và y > 3 thì đúng.\n"
    a = clean(page)
    assert a.paragraphs == ("Giá tăng… mạnh & đều", "Nếu x < 5 và y > 3 thì đúng.")
    lost = clean(f"{TITLE}\n&nbspTại cuộc họp, AT&T và P&G nói &quotcó&quot.\n")
    assert lost.paragraphs == ('Tại cuộc họp, AT&T và P&G nói "có".',)
    hostile = clean(f"{TITLE}\n{BODY1}\nChữ &#27;[31mđỏ&#x1b; và &#8238;ngược.\n")
    assert hostile.paragraphs == (BODY1, "Chữ [31mđỏ và ngược.")


def test_dateline_place_glued_to_the_lead_is_a_dateline() -> None:
    page = "\n".join([TITLE, "Tin Nhanh, Thứ ba, 7/3/2023, 10:20 (GMT+7)", f"Cà Mau{BODY2}", BODY3])
    a = clean(page)
    assert a.paragraphs == (BODY2, BODY3)
    assert a.published == "2023-03-07T10:20+07:00"
    assert [(r.reason, r.text) for r in a.removed][-1] == ("dateline", "Cà Mau")
    abroad = clean(f"{TITLE}\nCanadaMột trận bão tuyết phủ kín thành phố suốt hai ngày.\n{BODY3}")
    assert abroad.paragraphs[0] == "Một trận bão tuyết phủ kín thành phố suốt hai ngày."
    # only the lead carries a dateline; later paragraphs, and words with inner capitals, stay
    later = clean(f"{TITLE}\n{BODY1}\nCà Mau{BODY2}")
    assert later.paragraphs == (BODY1, f"Cà Mau{BODY2}")
    for lead in (
        "VnPay vừa ra mắt ví mới cho người dùng ở nông thôn.",
        "McDonald's mở thêm cửa hàng thứ hai tại Quận 7.",
        "iPad Air bán chạy trong quý vừa qua.",
        "HAGL thắng trận thứ ba liên tiếp trên sân nhà.",
        "TPHCM có thêm hai tuyến xe buýt điện từ tuần sau.",
        "ViệtNam là điểm đến được khách châu Âu chọn nhiều nhất.",
    ):
        assert clean(f"{TITLE}\n{lead}").paragraphs == (lead,)


def test_byline_glued_after_the_last_sentence_is_the_author() -> None:
    for byline, author in (
        ("K.T.Bình", "K.T.Bình"),
        ("Thu Trang", "Thu Trang"),
        ("V.Hải - Ng.Trâm", "V.Hải, Ng.Trâm"),
        ("G.K.", "G.K."),
        ("X. Hoa (tổng hợp)", "X. Hoa"),
    ):
        a = clean(f"{TITLE}\n{BODY1}\n{BODY2} {byline}")
        assert a.paragraphs == (BODY1, BODY2), byline
        assert a.author == author
        assert ("credit", byline) in [(r.reason, r.text) for r in a.removed]
    glued = clean(f"{TITLE}\n{BODY1}\n{BODY2}Thu Trang\nBình luận")  # no space either
    assert (glued.paragraphs, glued.author) == ((BODY1, BODY2), "Thu Trang")
    lone = clean(f"{TITLE}\n{BODY1}\n{BODY2}\nK.T.Bình")  # initials on a line of their own
    assert (lone.paragraphs, lone.author) == ((BODY1, BODY2), "K.T.Bình")
    # with a byline on a line of its own under it, both go; the last line is the author
    both = clean(f"{TITLE}\n{BODY1} Thu Trang\nLê Vân")
    assert (both.paragraphs, both.author) == ((BODY1,), "Lê Vân")
    assert reasons(both) == ["credit", "credit"]


def test_a_sentence_that_ends_with_a_name_keeps_it() -> None:
    for last in (
        "Đội khách có bàn gỡ nhờ cú đánh đầu của tiền đạo B. Madrid.",
        "Sau trận, ban huấn luyện chia tay trợ lý H. Tâm.",
        "Cuối buổi, khán giả được nghe bài Yellow Submarine của The Beatles.",
        "Bạn có đồng ý với đề xuất này? Có Không",
        "Danh sách bình chọn: 1. Hotel California - Eagles 2. Let It Be - The Beatles",
        f"{BODY2} Ảnh: Quốc Bảo",  # a picture's credit ends a caption, which goes whole
    ):
        a = clean(f"{TITLE}\n{BODY1}\n{last}")
        assert a.author is None, last
        assert a.paragraphs[0] == BODY1
        assert a.paragraphs[1:] in ((last,), ()), last


def test_last_line_that_signs_and_credits_a_source_at_once() -> None:
    for last, author, source in (
        ("Quốc BảoTheo Kyodo", "Quốc Bảo", "Theo Kyodo"),  # glued, as scraped
        ("V.Hải Theo Le Monde/AP", "V.Hải", "Theo Le Monde/AP"),
        ("Thu Trang Nguồn: TTXVN", "Thu Trang", "Nguồn: TTXVN"),
    ):
        a = clean(f"{TITLE}\n{BODY1}\n{BODY2}\n{last}")
        assert a.paragraphs == (BODY1, BODY2), last
        assert a.author == author
        assert [(r.reason, r.text) for r in a.removed][-1] == ("source", source)
    # a sentence that cites a source is no signature
    said = "Giá dầu giảm mạnh Theo Reuters"
    assert clean(f"{TITLE}\n{BODY1}\n{said}").paragraphs == (BODY1, said)


def test_a_title_joined_to_its_lead_by_a_byline_is_split() -> None:
    # a scraper that joined the title line to the lead: "Title (NLĐ)- Lead …"
    page = f"{TITLE} (NLĐ)- {BODY1} {BODY3}\n{BODY2}"
    a = clean(page)
    assert a.title == TITLE
    assert a.paragraphs == (f"{BODY1} {BODY3}", BODY2)
    assert a.source == "nld.com.vn"
    assert "agency" in reasons(a)


def test_a_byline_after_a_sentence_or_an_unknown_bracket_splits_no_title() -> None:
    # a sentence that ends before the bracket, or a bracket that is no agency: the line is
    # the lead, whole, in the body
    for first in (f"{BODY1} (NLĐ)- {BODY3}", f"{TITLE} (ảnh) - {BODY3}"):
        a = clean(f"{first}\n{BODY2}")
        assert a.paragraphs[0] == first


def test_a_first_line_ending_with_a_full_stop_is_the_lead() -> None:
    # a page with no title line: its first sentence names the page, and stays in the body
    a = clean(f"{BODY1}\n{BODY2}")
    assert a.title == BODY1
    assert a.paragraphs == (BODY1, BODY2)
    # a brand written in capitals inside the lead does not cut its first sentence
    lead = "Những ngày gần đây, người dùng YouTube phàn nàn vì quảng cáo dài hơn trước."
    assert clean(f"{lead}\n{BODY2}").title == lead
    # a title ends with no stop, or with "…", "?" or "!"
    for title in (TITLE, f"{TITLE}?", "Ai sẽ thắng cuộc đua vào Nhà Trắng năm nay..."):
        b = clean(f"{title}\n{BODY2}")
        assert (b.title, b.paragraphs) == (title, (BODY2,))
