"""URLs, site domains, agency bylines and datelines."""

from __future__ import annotations

import pytest

from vnreader.corpus.junk import author_name, credit, is_breadcrumb, is_widget, section_name
from vnreader.corpus.metadata import (
    agency_prefix,
    dateline_label,
    domain_in_line,
    is_dateline,
    normalize_url,
    parse_published,
    published_from_url,
    source_from_url,
    url_in_line,
)


@pytest.mark.parametrize(
    ("line", "want"),
    [
        (
            "Thời sự quốc tếThứ Năm, 22/07/2021 19:24:11 +07:00Google News",
            "2021-07-22T19:24:11+07:00",
        ),
        ("Thứ năm, 22/7/2021, 19:24 (GMT+7)", "2021-07-22T19:24+07:00"),
        ("22/07/2021 - 19:24", "2021-07-22T19:24"),
        ("Cập nhật: 19h24 ngày 22-07-2021", "2021-07-22T19:24"),
        ("2021-07-22 19:24:11", "2021-07-22T19:24:11"),
        ("Chủ nhật, 16.3.2023", "2023-03-16"),
        ("Ngày 31/02/2021", None),
        ("không có ngày", None),
    ],
)
def test_parse_published(line: str, want: str | None) -> None:
    assert parse_published(line) == want


@pytest.mark.parametrize(
    "line",
    [
        "Thời sự quốc tếThứ Năm, 22/07/2021 19:24:11 +07:00Google News",
        "Thứ năm, 22/7/2021, 19:24 (GMT+7)",
        "Thế giới | 22/07/2021 19:24",
    ],
)
def test_datelines(line: str) -> None:
    assert is_dateline(line)


@pytest.mark.parametrize(
    "line",
    [
        "Ngày 22/07/2021, Bộ trưởng Bùi Thanh Sơn tiếp Đại sứ Liên bang Nga tại Hà Nội.",
        "Hội nghị lần thứ nhất của hai nước diễn ra tại Hà Nội vào 22/07/2021 và kéo dài",
        "Thứ Năm tuần sau",
    ],
)
def test_not_datelines(line: str) -> None:
    assert not is_dateline(line)


def test_urls() -> None:
    url = "https://zingnews.vn//nga-post1247265.html"
    assert url_in_line(url) == url
    assert url_in_line(f"<{url}>") == url
    assert url_in_line(f"Xem {url}") is None
    assert normalize_url(url) == "https://zingnews.vn/nga-post1247265.html"
    assert normalize_url("https://a.vn/x?next=//b") == "https://a.vn/x?next=//b"
    assert source_from_url(url) == "zingnews.vn"
    assert source_from_url("https://www.VTCnews.vn:443/a") == "vtcnews.vn"
    assert source_from_url("http://m.baomoi.com/a") == "baomoi.com"
    assert source_from_url("www.vov.vn/a") == "vov.vn"
    assert source_from_url("https://localhost/a") is None


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("vtcnews.vn", "vtcnews.vn"),
        ("www.vtcnews.vn", "vtcnews.vn"),
        ("VnExpress.net", "vnexpress.net"),
        ("dantri.com.vn/", "dantri.com.vn"),
        ("TP.HCM", None),
        ("U.S.", None),
        ("Kông Anh", None),
    ],
)
def test_domain_lines(line: str, want: str | None) -> None:
    assert domain_in_line(line) == want


@pytest.mark.parametrize(
    ("line", "standalone", "want"),
    [
        ("(VTC News) -", True, ("(VTC News) -", "vtcnews.vn")),
        ("(VTC News)", True, ("(VTC News)", "vtcnews.vn")),
        ("(Dân trí) - Sáng nay, ...", False, ("(Dân trí) -", "dantri.com.vn")),
        ("HÀ NỘI (TTXVN) - Chiều 5/3...", False, ("HÀ NỘI (TTXVN) -", "vnanet.vn")),
        ("(Chinhphu.vn) - Thủ tướng...", False, ("(Chinhphu.vn) -", "chinhphu.vn")),
        ("(Báo Mới Lạ) - Tin...", False, ("(Báo Mới Lạ) -", None)),
        ("(Ảnh: QT)", True, None),
        ("(VTC News) Đại sứ Nga", False, None),
        ("(VTC News) - Đại sứ Nga", True, None),
        ("Theo ông (A) - B", False, None),
        ("(số liệu 2021) - tăng", False, None),
        ("TTO - Sáng 22-7, Bộ trưởng", False, ("TTO -", "tuoitre.vn")),
        ("VOV.VN - Chiều nay", False, ("VOV.VN -", "vov.vn")),
        ("HÀ NỘI, 22/7 (TTXVN) - Sáng", False, ("HÀ NỘI, 22/7 (TTXVN) -", "vnanet.vn")),
        ("ASEAN - Nga tổ chức hội nghị", False, None),
        ("COVID - 19 lan rộng", False, None),
        ("Nga - Việt Nam hợp tác", False, None),
    ],
)
def test_agency_prefix(line: str, standalone: bool, want: tuple[str, str | None] | None) -> None:
    assert agency_prefix(line, standalone=standalone) == want


@pytest.mark.parametrize(
    "line",
    [
        "• Zalo",
        "Nhỏ Bình thường Lớn",
        "Bình luận",
        "Bình luận (0)",
        "Chia sẻ Facebook Zalo Twitter",
        "A- A A+",
        "Theo dõi VTC News trên Google News",
        "Tags: Nga, Việt Nam, vaccine",
        "120 lượt xem",
    ],
)
def test_widgets(line: str) -> None:
    assert is_widget(line)


@pytest.mark.parametrize(
    "line",
    ["Indonesia", "Lớn mạnh cùng đất nước", "In ấn và xuất bản", "Bình luận viên thể thao nói"],
)
def test_not_widgets(line: str) -> None:
    assert not is_widget(line)


def test_breadcrumb() -> None:
    assert is_breadcrumb("Trang chủ > Thế giới > Châu Á")
    assert is_breadcrumb("Thời sự » Chính trị")
    assert not is_breadcrumb(
        "Giá tăng > 5% so với năm trước, theo báo cáo mới nhất công bố hôm qua."
    )


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("Tin/ảnh: Tuấn Anh", (True, "Tuấn Anh")),
        ("Bài và ảnh: Minh Hằng", (True, "Minh Hằng")),
        ("Tác giả: Lê Văn Tám.", (True, "Lê Văn Tám")),
        ("Ảnh: TTXVN", (True, None)),
        ("Video: Hà Linh", (True, None)),
        ("Bài: Hai nước cam kết hợp tác. Sau đó họ ký nhiều văn bản khác", None),
        ("Tin tức: nhiều điều mới", None),
    ],
)
def test_credit(line: str, want: tuple[bool, str | None] | None) -> None:
    assert credit(line) == want


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("Kông Anh", "Kông Anh"),
        ("KÔNG ANH", "KÔNG ANH"),
        ("Nguyễn Thị Minh Khai", "Nguyễn Thị Minh Khai"),
        ("Hà Linh (tổng hợp)", "Hà Linh"),
        ("Minh Hà - Lan Anh", "Minh Hà, Lan Anh"),
        ("Minh Hà và Lan Anh", "Minh Hà, Lan Anh"),
        ("Minh Hà - nhóm", None),
        ("Xin cảm ơn Đại sứ!", None),
        ("Việt", None),
        ("Hợp tác Việt Nam", None),
        ("Kông anh", None),
        ("Nhóm 5 người", None),
        ("K.T.Bình", "K.T.Bình"),
        ("X. Hoa", "X. Hoa"),
        ("Ph.LONG", "Ph.LONG"),
        ("G.K.", "G.K."),
        ("V.Hải - Ng.Trâm", "V.Hải, Ng.Trâm"),
        ("B. Madrid", None),  # an initial before a word no Vietnamese syllable is spelt like
        ("Inc. Group", None),
        ("TP.HCM", None),
    ],
)
def test_author_name(line: str, want: str | None) -> None:
    assert author_name(line) == want


@pytest.mark.parametrize(
    ("url", "want"),
    [
        ("https://tuoitre.vn/nga-san-sang-20210722192411.htm", "2021-07-22T19:24:11"),
        ("https://a.vn/tin/2021/7/22/nga.html", "2021-07-22"),
        ("https://zingnews.vn/nga-post1247265.html", None),
        ("https://baoquocte.vn/tinh-doan-ket-166181.html", None),
        ("https://a.vn/x-20211322192411.htm", None),
    ],
)
def test_published_from_url(url: str, want: str | None) -> None:
    assert published_from_url(url) == want


def test_section_names() -> None:
    assert section_name("Trang chủ » Thế giới»Châu Á") == "Thế giới > Châu Á"
    assert section_name("Thời sự") == "Thời sự"
    assert section_name("Chính trị - Xã hội") == "Chính trị - Xã hội"  # one section
    assert section_name("Trang chủ / Văn hóa - Giải trí") == "Văn hóa - Giải trí"
    assert dateline_label("Thời sự quốc tếThứ Năm, 22/07/2021 19:24:11 +07:00Google News") == (
        "Thời sự quốc tế"
    )
    assert dateline_label("Thứ năm, 22/7/2021, 19:24 (GMT+7)") == ""
    assert dateline_label("Hai nước ký kết hiệp định ngày 22/7/2021 tại Hà Nội.") is None


def test_glued_place_is_a_known_place_before_a_whole_capitalised_word() -> None:
    from vnreader.corpus.metadata import glued_place

    assert glued_place("Hải PhòngSáng 4/12, cảng đón tàu.") == len("Hải Phòng")
    assert glued_place("TP HCMHơn 200 hộ dân được di dời.") == len("TP HCM")
    assert glued_place("Bà Rịa - Vũng TàuNgư dân ra khơi.") == len("Bà Rịa - Vũng Tàu")
    assert glued_place("PhápCảnh sát phong tỏa khu phố.") == len("Pháp")
    for text in (
        "Anh NamĐi làm về muộn.",  # no place
        "VietNamNet đưa tin sáng nay.",  # the word goes on after its inner capital
        "HànQuốc đứng đầu bảng.",  # "Hàn Quốc" with the space lost: one place
        "Hải Phòng",
        "",
    ):
        assert glued_place(text) == 0, text


def test_author_name_glued_after_a_sentence_is_spelt_like_vietnamese() -> None:
    assert author_name("Thu Trang - Quốc Bảo", vietnamese=True) == "Thu Trang, Quốc Bảo"
    assert author_name("Nguyen Van Khoa", vietnamese=True) == "Nguyen Van Khoa"
    assert author_name("Yellow Submarine - The Beatles", vietnamese=True) is None
    assert author_name("Yellow Submarine - The Beatles") == "Yellow Submarine, The Beatles"
