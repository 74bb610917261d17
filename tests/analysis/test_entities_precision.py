"""Entity precision and boundaries on real news (issue 9): kinds of error that recur across
thousands of unlabelled articles (``benchmarks/entity_review.py``), each with made-up
sentences; none is a sentence of a benchmark set.

Each case follows ``benchmarks/data/GUIDELINE.md`` (rules 34-41a and 70 onwards).
"""

from __future__ import annotations

import pytest

from vnreader.analysis import analyze


def spans(text: str) -> set[tuple[str, str]]:
    return {(e.label, e.text) for e in analyze(text).entities}


CASES = [
    # common nouns of politics written short name no body
    ("Tiến lên CNXH và đẩy mạnh CNH, HĐH là nhiệm vụ của các nước XHCN.", set()),
    # a one-syllable country name that starts a common word is no place
    ("Buổi lễ tưởng nhớ các Anh hùng liệt sĩ của tỉnh.", set()),
    ("Pháp luật quy định rõ trách nhiệm của chủ đầu tư.", set()),
    ("Triển lãm Mỹ thuật đương đại mở cửa đến cuối tháng.", set()),
    ("Nhiều Việt kiều về quê ăn Tết.", set()),
    # ... but a syllable that also starts a verb leaves the place alone
    ("Sau khi Mỹ từ bỏ kế hoạch, Nhật ký kết hiệp định.", {("LOC", "Mỹ"), ("LOC", "Nhật")}),
    ("Hải quân Mỹ từ bỏ kế hoạch triển khai tàu chiến.", {("ORG", "Hải quân Mỹ")}),
    (
        "Lính Mỹ đã rời căn cứ, còn Anh và Pháp thì chưa.",
        {("LOC", "Mỹ"), ("LOC", "Anh"), ("LOC", "Pháp")},
    ),
    # "Ý" (Italy) is a place after a word or in a list, and no place where it opens a
    # sentence, starts a common word ("Ý kiến", "Ý tưởng") or sits in a given name
    (
        "Bộ trưởng Ngoại giao Ý Paolo Renzi sang thăm Bỉ, Ý và Hy Lạp.",
        {("LOC", "Ý"), ("PER", "Paolo Renzi"), ("LOC", "Bỉ"), ("LOC", "Hy Lạp")},
    ),
    ("Hàng dệt xuất sang Ý tăng. Ý kiến của doanh nghiệp đều vậy.", {("LOC", "Ý")}),
    ("Ông nói Ý tưởng ấy hay. Ý nói rằng giá đã cao.", set()),
    ("Ca sĩ Như Ý và nhà thơ Ý Nhi cùng dự.", {("PER", "Như Ý"), ("PER", "Ý Nhi")}),
    # a place whose name starts with a country word is one place ("Mỹ Đình", "Mỹ Đức")
    ("Trận đấu diễn ra trên sân Mỹ Đình tối qua.", {("LOC", "Mỹ Đình")}),
    ("Huyện Mỹ Đức vừa khánh thành cây cầu mới.", {("LOC", "Mỹ Đức")}),
    (
        "Ngoại trưởng Đức A. Schmidt thăm Hà Nội.",
        {("LOC", "Đức"), ("PER", "A. Schmidt"), ("LOC", "Hà Nội")},
    ),
    # a country word right after a form of address is a given name (rule 41a)
    ("Ông Mỹ cho biết kiều bào về đông.", {("PER", "Mỹ")}),
    ("Anh Đức kể lại chuyến đi.", {("PER", "Đức")}),
    ("Chị Nga và ông Tuấn đã có mặt.", {("PER", "Nga"), ("PER", "Tuấn")}),
    ("Ông từng sống ở Nga nhiều năm.", {("LOC", "Nga")}),
    # the board after a title is part of the title (rule 41a); a standing body is named
    (
        "Bà Lê Thị Hoa, Phó Chủ tịch Hội đồng Quản trị Tập đoàn Sông Đà, phát biểu.",
        {("PER", "Lê Thị Hoa"), ("ORG", "Tập đoàn Sông Đà")},
    ),
    ("Chủ tịch HĐQT Công ty CP Thép Hòa Bình từ nhiệm.", {("ORG", "Công ty CP Thép Hòa Bình")}),
    (
        "Sáng 5/3, Thường trực Tỉnh ủy Nghệ An đã họp.",
        {("ORG", "Thường trực Tỉnh ủy Nghệ An")},
    ),
    (
        "Phó Chủ tịch Thường trực Quốc hội Trần Thanh Mẫn phát biểu.",
        {("ORG", "Quốc hội"), ("PER", "Trần Thanh Mẫn")},
    ),
    # English words in capitals in a glossary, and headings in capitals glued to the next
    # sentence, are no organisations (rule 72)
    ("HONEST /ˈɒnɪst/ (adj): Trung thực, thật thà", set()),
    ("7. AGREE /əˈɡriː/(v): Đồng ý", set()),
    ("TIN TỨC DOANH NGHIỆPHôm nay giá vàng tăng.", set()),
    (
        "Tập đoàn PetroVietnam ký với VABIOTECH.",
        {("ORG", "Tập đoàn PetroVietnam"), ("ORG", "VABIOTECH")},
    ),
    # picture credits glued to the next sentence end where it starts (rule 73)
    (
        "Hiện trường vụ cháy. Ảnh: AFP Thái Lan cùng Lào ký thỏa thuận.",
        {("ORG", "AFP"), ("LOC", "Thái Lan"), ("LOC", "Lào")},
    ),
    (
        "Người dân dọn dẹp. Ảnh: Thu Hà 21h15 cùng ngày, nước rút.",
        {("PER", "Thu Hà")},
    ),
    (
        "Lúa chín vàng. Ảnh: Bảo Châu Nông dân ở xã Tân Phú phấn khởi.",
        {("PER", "Bảo Châu"), ("LOC", "Tân Phú")},
    ),
    (
        "Xe cứu hỏa có mặt. Ảnh: Văn Tâm Khoảng 22h, đám cháy được dập tắt.",
        {("PER", "Văn Tâm")},
    ),
    (
        "Cây đổ chắn đường. Ảnh: Minh Quân Công ty Cây xanh đã cử người đến.",
        {("PER", "Minh Quân"), ("ORG", "Công ty Cây xanh")},
    ),
    ("Mưa lớn gây ngập. Ảnh: TƯ LIỆU", set()),
    # a last line that is one given name signs the article (rule 37)
    ("Giá lúa tăng mạnh trong tuần qua.\nHoài", {("PER", "Hoài")}),
    ("Giá lúa tăng mạnh trong tuần qua.\nThắng.", {("PER", "Thắng")}),
    ("Giá lúa tăng mạnh trong tuần qua.\nVideo", set()),
    # lower-case words seen inside organisation names keep the name whole (rules 34, 73a)
    (
        "Ông Tâm, Giám đốc Trung tâm dịch vụ việc làm tỉnh Bình Phước, cho biết.",
        {("PER", "Tâm"), ("ORG", "Trung tâm dịch vụ việc làm tỉnh Bình Phước")},
    ),
    (
        "Hội nạn nhân chất độc da cam huyện Yên Thành đã trao quà.",
        {("ORG", "Hội nạn nhân chất độc da cam huyện Yên Thành")},
    ),
    (
        "Liên đoàn bóng đá Thái Lan vừa bổ nhiệm huấn luyện viên mới.",
        {("ORG", "Liên đoàn bóng đá Thái Lan")},
    ),
    (
        "Nhà hát Giao hưởng Nhạc vũ kịch Hà Nội biểu diễn tối qua.",
        {("ORG", "Nhà hát Giao hưởng Nhạc vũ kịch Hà Nội")},
    ),
    # ... but a verb after the name ends it, and another body after it starts anew
    (
        "Thủ tướng đề nghị Bộ Công an xây dựng lực lượng vững mạnh.",
        {("ORG", "Bộ Công an")},
    ),
    (
        "Sở Y tế chỉ đạo Trung tâm Kiểm soát bệnh tật theo dõi.",
        {("ORG", "Sở Y tế"), ("ORG", "Trung tâm Kiểm soát bệnh tật")},
    ),
    # a capitalised word that goes on in lower case as a head is no name cut short ("Công
    # viên", "Trung tâm"): no "Công", no "Toà nhà Trung"; a park named by a date is whole
    (
        "Gái gọi hoạt động tại khu vực Công viên 30/4 vào ban đêm.",
        {("LOC", "Công viên 30/4")},
    ),
    ("Khách đứng chờ ở Toà nhà Trung tâm hội nghị.", set()),
    # "Mỹ kim" is the US dollar, no place (the money's currency, rule 87)
    ("Giá vàng lên 1.900 Mỹ kim mỗi ounce, Mỹ kim mất giá.", set()),
    # a name word written with diacritics matches only as written ("bóng đá", not "Bỏng đã")
    ("Sau ca mổ, Viện Bỏng đã tập trung nhân lực.", {("ORG", "Viện Bỏng")}),
    # streets listed after a road word are places, even named after people (rules 38, 73b)
    (
        "Các tuyến đường như Đinh Tiên Hoàng, Lý Thường Kiệt và Trần Hưng Đạo ngập sâu.",
        {("LOC", "Đinh Tiên Hoàng"), ("LOC", "Lý Thường Kiệt"), ("LOC", "Trần Hưng Đạo")},
    ),
    (
        "Cây xanh được trồng trên 2 tuyến đường Võ Văn Kiệt và Nguyễn Văn Linh.",
        {("LOC", "Võ Văn Kiệt"), ("LOC", "Nguyễn Văn Linh")},
    ),
    (
        "Bà Nguyễn Thị Lan, Trần Văn Nam và Lê Văn Tư dự họp.",
        {("PER", "Nguyễn Thị Lan"), ("PER", "Trần Văn Nam"), ("PER", "Lê Văn Tư")},
    ),
    (
        "Đại tá Lê Văn Tuấn, Phó chỉ huy trưởng, cho biết.",
        {("PER", "Lê Văn Tuấn")},
    ),
    # common-noun acronyms and bare bodies are no organisations (rules 11, 18, 73c)
    ("Đoàn thể thao giành 12 HCV và 8 HCB.", set()),
    ("Chiếc xe mang BKS 29A-123.45 bị giữ lại.", set()),
    ("CQĐT đang xác minh, còn HĐXX tuyên hoãn phiên tòa.", set()),
    ("Người nhiễm HIV được điều trị miễn phí.", {("MISC", "HIV")}),
    # a work noun capitalised at a sentence start still announces a title (rule 41)
    ("Bộ phim Hai Phượng đạt doanh thu cao.", {("MISC", "Hai Phượng")}),
    ("Trời mưa. Bài thơ Quê hương được in lại.", {("MISC", "Quê hương")}),
    # long administrative names: a comma pair and "các" inside, a person's name at the end
    (
        "Ban chỉ đạo phòng, chống dịch tỉnh Lào Cai vừa họp.",
        {("ORG", "Ban chỉ đạo phòng, chống dịch tỉnh Lào Cai")},
    ),
    (
        "Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh Bắc Giang cho biết.",
        {("ORG", "Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh Bắc Giang")},
    ),
    ("Bộ Y tế yêu cầu các bệnh viện báo cáo.", {("ORG", "Bộ Y tế")}),
    (
        "Vở diễn của Nhà hát Cải lương Trần Hữu Trang rất đông khán giả.",
        {("ORG", "Nhà hát Cải lương Trần Hữu Trang")},
    ),
    # a lone foreign word after a company's officer is the company (rule 35)
    (
        "Ông Lê Văn Hòa, Phó TGĐ Hanwatech, cho biết.",
        {("PER", "Lê Văn Hòa"), ("ORG", "Hanwatech")},
    ),
    ("CEO Bkav khẳng định sẽ ra mắt điện thoại mới.", {("ORG", "Bkav")}),
    ("Tổng thống Macron phát biểu.", {("PER", "Macron")}),
    # an acronym or a foreign company followed by its place is one name (rules 34, 36)
    ("Tổng thư ký LĐBĐ VN cho biết.", {("ORG", "LĐBĐ VN")}),
    ("Theo CDC Quảng Nam, số ca mắc giảm.", {("ORG", "CDC Quảng Nam")}),
    (
        "Ông John Smith, Giám đốc Cushwake Việt Nam, nhận định.",
        {("PER", "John Smith"), ("ORG", "Cushwake Việt Nam")},
    ),
    # "&" inside a name keeps it whole (rule 73g)
    ("Theo hãng kiểm toán Ernst & Young, thị trường tăng.", {("ORG", "Ernst & Young")}),
    (
        "Đơn vị bảo trợ: Tạp chí Nhà đẹp & Đời sống.",
        {("ORG", "Tạp chí Nhà đẹp & Đời sống")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:30] for c in CASES])
def test_precision_kinds(text: str, expected: set[tuple[str, str]]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize("end", ["", ".", "!"])
def test_a_place_after_an_event_cue_may_end_the_text(end: str) -> None:
    # the cue ("dịch bệnh") looks for a capital after the place: there is no token there
    assert spans(f"Virus này là chủng gây ra dịch bệnh Tây Phi{end}") == {("LOC", "Tây Phi")}


# --- acronyms that the text spells out as common nouns (rules 18, 73c) ---------------------

SPELLED_OUT_CASES = [
    (
        "Năm nay phòng cháy chữa cháy rừng (PCCCR) được coi trọng; PCCCR là việc cấp bách.",
        set(),
    ),
    (
        "Số vụ tai nạn lao động (TNLĐ) giảm. Các vụ TNLĐ chủ yếu ở xây dựng.",
        set(),
    ),
    (
        "Sở Nội vụ đẩy mạnh cải cách hành chính (CCHC), coi CCHC là việc hằng ngày.",
        {("ORG", "Sở Nội vụ")},
    ),
    # the words spelled out are a name: the acronym is that body's
    (
        "Cục Quản lý thị trường (QLTT) cho biết, QLTT đã kiểm tra 30 cửa hàng.",
        {("ORG", "Cục Quản lý thị trường"), ("ORG", "QLTT")},
    ),
    # after a head in lower case, the words name a company
    (
        "Ông làm ở công ty dịch vụ vận tải biển (DVVTB). DVVTB đã nộp thuế.",
        {("ORG", "DVVTB")},
    ),
    # a newspaper's tag after a headline, not the headline's words
    (
        "Tất cả vì người lao động (NLĐ)- Chiều 3-2 tại Huế, NLĐ tổ chức hội thảo.",
        {("ORG", "NLĐ"), ("LOC", "Huế")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), SPELLED_OUT_CASES)
def test_acronyms_spelled_out_as_common_nouns(text: str, expected: set[tuple[str, str]]) -> None:
    assert spans(text) == expected


def test_the_acronym_after_a_name_stays_where_the_trade_is_spelled_out_too() -> None:
    text = (
        "Bộ Giao thông vận tải (GTVT) họp về chiến lược phát triển giao thông vận tải (GTVT)"
        " đường sắt; ngành GTVT cần thêm vốn."
    )
    assert spans(text) == {("ORG", "Bộ Giao thông vận tải"), ("ORG", "GTVT")}


def test_an_initial_then_a_sentence_opening_word_is_no_name() -> None:
    assert analyze("Đại hội bầu ban chấp hành khóa X. Có 150 ủy viên được bầu.").entities == ()
    names = [e.text for e in analyze("Phó Chủ tịch Trương Quang Được phát biểu.").entities]
    assert names == ["Trương Quang Được"]


def test_tt_after_a_comma_is_the_president() -> None:
    # "TT" (tổng thống) after a date or a place and a comma still titles the person
    found = [(e.label, e.text) for e in analyze("Ngày 12-4, TT Obama đến Hà Nội.").entities]
    assert ("PER", "Obama") in found
    found = [(e.label, e.text) for e in analyze("Tại Pháp, TT Jacques Chirac phát biểu.").entities]
    assert ("PER", "Jacques Chirac") in found


# --- an unknown acronym glued to a number by a hyphen is a model (MISC), not a body --------

MODEL_CASES = [
    (
        "Viện đang thử máy bay không người lái VTX-2 tại Hòa Lạc.",
        {("LOC", "Hòa Lạc"), ("MISC", "VTX-2")},
    ),
    ("Tàu được trang bị tên lửa KHM-14 thế hệ mới.", {("MISC", "KHM-14")}),
    # a number after a space tells nothing: a count, a channel, a price
    ("FIFA đã gửi VFF 15 câu hỏi.", {("ORG", "FIFA"), ("ORG", "VFF")}),
]


@pytest.mark.parametrize(("text", "expected"), MODEL_CASES)
def test_acronyms_glued_to_a_number_are_models(text: str, expected: set[tuple[str, str]]) -> None:
    assert spans(text) == expected


def test_a_common_short_form_named_once_is_not_named_again() -> None:
    # "TP" ends a body's name once; alone it is "the city", no entity (GUIDELINE 11, 36)
    text = (
        "Ban Quản lý dự án Thoát nước TP cho biết. Hiện nay cả TP có 90 công viên, "
        "các ngả đường TP đều đông."
    )
    assert [e.text for e in analyze(text).entities] == ["Ban Quản lý dự án Thoát nước TP"]
    # a school level written once as part of a name stays a level elsewhere
    text = "Trường THPT Chu Văn An tuyển sinh. Học sinh THPT nhiều tỉnh dự thi."
    assert [e.text for e in analyze(text).entities] == ["Trường THPT Chu Văn An"]


def test_a_place_word_announces_nothing_across_a_sentence_end() -> None:
    # "cầu … 2." ends the sentence: "Mục tiêu" opens the next, no place
    text = "Dự án cầu Phú Mỹ 2. Mục tiêu đặt ra là thông xe trong năm."
    assert spans(text) == {("LOC", "Phú Mỹ 2")}


def test_a_surname_like_mc_of_one_who_talks_is_a_person() -> None:
    assert spans('"Giá sẽ còn tăng", McAllister nói.') == {("PER", "McAllister")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "Mỹ kim" before a word "kim" starts is the country and that word
        ("Xuất khẩu sang Mỹ kim ngạch tăng mạnh.", {("LOC", "Mỹ")}),
        # a team "kể từ" a date talks to no one
        ("Anh sẽ lái cho McLaren kể từ mùa sau.", {("ORG", "McLaren")}),
        # a figurative road is its person's
        ("Đây là con đường Nguyễn Ái Quốc đã chọn.", {("PER", "Nguyễn Ái Quốc")}),
    ],
)
def test_words_that_look_like_the_sessions_cues(text: str, expected: set[tuple[str, str]]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Cựu cục trưởng Lãnh sự Nguyễn Thị Mai bị truy tố.",
        "Vợ Anh hùng lực lượng vũ trang kể lại.",
        "Thủ tướng Chính phủ đã ký quyết định.",
    ],
)
def test_a_titles_word_that_goes_on_in_lower_case_is_no_given_name(text: str) -> None:
    # "Lãnh sự", "Anh hùng", "Chính phủ": the word goes on, no person "Lãnh", "Anh", "Chính"
    assert not any(label == "PER" and " " not in name for label, name in spans(text))
