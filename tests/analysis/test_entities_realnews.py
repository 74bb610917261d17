"""Entity kinds seen on real news (issue 9): made-up sentences of each kind, never test items.

Each case follows ``benchmarks/data/GUIDELINE.md`` rules 34-41.
"""

from __future__ import annotations

import pytest

from vnreader.analysis import analyze


def spans(text: str) -> set[tuple[str, str]]:
    return {(e.label, e.text) for e in analyze(text).entities}


CASES = [
    # rule 36: abbreviations stay inside the name; a dot never ends or splits it
    (
        "Giá nhà ở TP. Đà Nẵng và TP Cần Thơ giảm, tại TP.Vinh thì tăng.",
        {("LOC", "TP. Đà Nẵng"), ("LOC", "TP Cần Thơ"), ("LOC", "TP.Vinh")},
    ),
    (
        "Cửa hàng ở số 5 đường Đồng Khởi, P.Bến Nghé, Q.1, TP.HCM.",
        {("LOC", "Đồng Khởi"), ("LOC", "P.Bến Nghé"), ("LOC", "Q.1"), ("LOC", "TP.HCM")},
    ),
    (
        "Dự án nằm ở Q. Tân Bình, H. Củ Chi và TX. Sơn Tây.",
        {("LOC", "Q. Tân Bình"), ("LOC", "H. Củ Chi"), ("LOC", "TX. Sơn Tây")},
    ),
    (
        "UBND TP. Hải Phòng và Công an Q.3 vừa ra quyết định.",
        {("ORG", "UBND TP. Hải Phòng"), ("ORG", "Công an Q.3")},
    ),
    (
        "Nạn nhân được đưa vào BV Chợ Rẫy rồi chuyển sang BV Đa khoa tỉnh Bình Định.",
        {("ORG", "BV Chợ Rẫy"), ("ORG", "BV Đa khoa tỉnh Bình Định")},
    ),
    (
        "Sinh viên ĐH Bách khoa Đà Nẵng và Trường ĐH Sư phạm Huế nhận học bổng.",
        {("ORG", "ĐH Bách khoa Đà Nẵng"), ("ORG", "Trường ĐH Sư phạm Huế")},
    ),
    ("Cuốn sách do NXB Trẻ phát hành.", {("ORG", "NXB Trẻ")}),
    (
        "Hội nghị Ban Chấp hành T.Ư Đảng lần này bàn về nhân sự.",
        {("ORG", "Ban Chấp hành T.Ư Đảng")},
    ),
    (
        "Thủ tướng LB Nga gửi điện mừng tới lãnh đạo CHXHCN Việt Nam.",
        {("LOC", "LB Nga"), ("LOC", "CHXHCN Việt Nam")},
    ),
    (
        "TAND tỉnh Long An và VKSND tối cao đã thống nhất.",
        {("ORG", "TAND tỉnh Long An"), ("ORG", "VKSND tối cao")},
    ),
    (
        "Cục Thi hành án dân sự tỉnh Bắc Ninh đã kê biên tài sản.",
        {("ORG", "Cục Thi hành án dân sự tỉnh Bắc Ninh")},
    ),
    ("Bộ NN&PTNT cảnh báo rét đậm.", {("ORG", "Bộ NN&PTNT")}),
    # rule 38: streets, roads and places named by numbers are LOC whole
    (
        "Xe tải chạy trên quốc lộ 14 qua thôn 5, xã Ea Kao.",
        {("LOC", "quốc lộ 14"), ("LOC", "thôn 5"), ("LOC", "Ea Kao")},
    ),
    (
        "Người dân phường 7, quận 10 được tiêm trước; Quốc lộ 1A bị ngập.",
        {("LOC", "phường 7"), ("LOC", "quận 10"), ("LOC", "Quốc lộ 1A")},
    ),
    (
        "Quán nằm trên đường Hai Bà Trưng gần phố Tràng Tiền.",
        {("LOC", "Hai Bà Trưng"), ("LOC", "Tràng Tiền")},
    ),
    # a street named by a date is LOC whole, the date no figure (``named_dates``)
    ("Đường 30/4 đông xe từ sáng.", {("LOC", "Đường 30/4")}),
    # rule 35: foreign companies and media are ORG, not people
    (
        "Theo Morgan Stanley, lợi suất sẽ tăng; JPMorgan Chase thì thận trọng.",
        {("ORG", "Morgan Stanley"), ("ORG", "JPMorgan Chase")},
    ),
    ("Ngoài Goldman Sachs, Nomura cũng hạ dự báo.", {("ORG", "Goldman Sachs"), ("ORG", "Nomura")}),
    (
        "Tờ Wall Street Journal dẫn nguồn tin từ Bank of America.",
        {("ORG", "Wall Street Journal"), ("ORG", "Bank of America")},
    ),
    # rules 35 and 41: clubs are ORG, competitions and products MISC; English words no person
    (
        "Dự án European Super League bị phản đối, Newcastle thắng Aston Villa.",
        {("MISC", "European Super League"), ("ORG", "Newcastle"), ("ORG", "Aston Villa")},
    ),
    (
        "Máy Galaxy Z Fold và Redmi Note 12 có mặt trên App Store từ hôm qua.",
        {("MISC", "Galaxy Z Fold"), ("MISC", "Redmi Note 12")},
    ),
    # foreign companies named by a last word that makes a company; leaders named alone
    (
        "Theo Bannockburn Global Forex, giá vàng sẽ tăng; Hưng Thịnh Land thì gặp khó.",
        {("ORG", "Bannockburn Global Forex"), ("ORG", "Hưng Thịnh Land")},
    ),
    ("Cử tri cho rằng Trump sẽ thắng.", {("PER", "Trump")}),
    # roads named by the places they join are one place
    (
        "Cao tốc Trung Lương - Mỹ Thuận thông xe; dự án Bến Lức - Long Thành chậm tiến độ.",
        {("LOC", "Trung Lương - Mỹ Thuận"), ("LOC", "Bến Lức - Long Thành")},
    ),
    # outlets after "tờ", parties after "đảng", army units, missions and forces
    ("Theo tờ Sohu, đảng Dân chủ mất ưu thế.", {("ORG", "Sohu"), ("ORG", "Dân chủ")}),
    (
        "Sư đoàn 9, Tiểu đoàn 3 và Phái bộ UNMISS cùng tham gia.",
        {("ORG", "Sư đoàn 9"), ("ORG", "Tiểu đoàn 3"), ("ORG", "Phái bộ UNMISS")},
    ),
    # events with their year; a sentence word never continues a name
    ("Đội tuyển dự Asian Cup 2027 tại Ả Rập.", {("MISC", "Asian Cup 2027"), ("LOC", "Ả Rập")}),
    (
        "Bài viết của Lê Văn Tám Để không bỏ lỡ tin mới, hãy đăng ký.",
        {("PER", "Lê Văn Tám")},
    ),
    # common acronyms name no body; a force named only by its country is the country
    ("Quân đội dùng UAV và hợp đồng BOT; chỉ số CPI tăng.", set()),
    ("Lực lượng Ukraine rút khỏi thành phố.", {("LOC", "Ukraine")}),
    ("Bí thư Thị ủy Ninh Hòa phát biểu.", {("ORG", "Thị ủy Ninh Hòa")}),
    # a lone foreign word: an outlet quoted first, a person who acts, a club
    ("Theo Bloomberg, còn theo Axios, giá dầu tăng.", {("ORG", "Bloomberg"), ("ORG", "Axios")}),
    ("Theo Axios, giá dầu tăng.", {("ORG", "Axios")}),
    ("Theo Bloomberg, còn theo Qwerty, giá dầu tăng.", {("ORG", "Bloomberg")}),  # unknown
    ('"Giá còn tăng", Halvorsen nhận định.', {("PER", "Halvorsen")}),
    ("Brie Larson giành giải Oscar cho vai diễn này.", {("PER", "Brie Larson")}),
    ("Muangthong United thua trận.", {("ORG", "Muangthong United")}),
    # a company named with its head names it alone too, even after "tại"
    (
        "Công ty Becamex tăng vốn. Nhân sự tại Becamex ổn định.",
        {("ORG", "Công ty Becamex"), ("ORG", "Becamex")},
    ),
    # rule 41: works named in quotes after a word for a work; fuel grades
    (
        "Ca sĩ ra mắt MV 'Gió mùa về' và cuốn \"Nhật ký mùa hè\" trong tháng này.",
        {("MISC", "Gió mùa về"), ("MISC", "Nhật ký mùa hè")},
    ),
    ('Ông nói "Tôi đồng ý" với mọi người.', set()),
    ("Giá xăng E5 RON 92 giảm, xăng RON 95 tăng.", {("MISC", "E5 RON 92"), ("MISC", "RON 95")}),
    # newspapers after "theo/của báo", not "dự báo"; a department and its ministry
    (
        "Theo báo Thanh Niên, ADB dự báo GDP Việt Nam tăng.",
        {("ORG", "Thanh Niên"), ("ORG", "ADB"), ("LOC", "Việt Nam")},
    ),
    ("Theo Cục Quản lý Dược - Bộ Y tế, thuốc bị thu hồi.", {("ORG", "Cục Quản lý Dược - Bộ Y tế")}),
    (
        "Quỹ Nhi đồng Liên hợp quốc, Ngân hàng Phát triển châu Á và Hiệp hội Nông dân ủng hộ.",
        {
            ("ORG", "Quỹ Nhi đồng Liên hợp quốc"),
            ("ORG", "Ngân hàng Phát triển châu Á"),
            ("ORG", "Hiệp hội Nông dân"),
        },
    ),
    # places: "miền" + region whole, a capitalised place word inside a sentence stays,
    # a state's full name, "X City", industrial parks
    (
        "Xe về các tỉnh miền Đông Nam Bộ qua bến xe miền Tây.",
        {("LOC", "miền Đông Nam Bộ"), ("LOC", "miền Tây")},
    ),
    (
        "Giới đầu tư Phố Wall lo ngại; du khách thăm Dinh Độc Lập.",
        {("LOC", "Phố Wall"), ("LOC", "Dinh Độc Lập")},
    ),
    (
        "Vùng này thuộc Cộng hòa Sudan, gần Gaza City.",
        {("LOC", "Cộng hòa Sudan"), ("LOC", "Gaza City")},
    ),
    ("Nhà máy nằm trong Khu công nghiệp Tân Tạo.", {("LOC", "Khu công nghiệp Tân Tạo")}),
    # a kingdom is a state's full name too; "Vương Quốc Anh", capitalised, is a person
    (
        "Đoàn đại biểu Vương quốc Thái Lan và Vương quốc Bỉ tới Hà Nội.",
        {("LOC", "Vương quốc Thái Lan"), ("LOC", "Vương quốc Bỉ"), ("LOC", "Hà Nội")},
    ),
    ("Ông Vương Quốc Anh cho biết đã nhận đơn.", {("PER", "Vương Quốc Anh")}),
    # rule 80: an airport named with a capitalised "Quốc tế" keeps it; a lower-case one goes
    (
        "Máy bay đáp xuống sân bay Quốc tế Tân Sơn Nhất, rồi bay tới sân bay quốc tế Nội Bài.",
        {("LOC", "Quốc tế Tân Sơn Nhất"), ("LOC", "Nội Bài")},
    ),
    # rule 41a: "xứ" + a region drops "xứ"; the region is one word or a known place, and
    # a person named after it is no part of it
    ("Món ăn xứ Thanh nổi tiếng khắp nơi.", {("LOC", "Thanh")}),
    # rule 35: a club written with "FC" first keeps it, like "CLB Hà Nội"; a known name ends it
    (
        "FC Barcelona thua FC Tokyo, còn HLV của FC Bayern Thomas Tuchel hài lòng.",
        {
            ("ORG", "FC Barcelona"),
            ("ORG", "FC Tokyo"),
            ("ORG", "FC Bayern"),
            ("PER", "Thomas Tuchel"),
        },
    ),
    (
        "Nam ca sĩ xứ Hàn Kim Min Jun sang Hà Nội.",
        {("LOC", "Hàn"), ("PER", "Kim Min Jun"), ("LOC", "Hà Nội")},
    ),
    # bridges and tunnels (a number after the name is part of it); "yêu cầu" is no bridge
    (
        "Xe chờ trên cầu Chương Dương trước hầm Thủ Thiêm 2.",
        {("LOC", "Chương Dương"), ("LOC", "Thủ Thiêm 2")},
    ),
    ("Bộ yêu cầu Nguyễn Văn An giải trình.", {("PER", "Nguyễn Văn An")}),
    ("Tại huyện Mê Linh 2 người bị thương.", {("LOC", "Mê Linh")}),
    # rule 34: a business name says what the company does, then its own name
    (
        "Công ty cổ phần Sản xuất gạch men và vật liệu Minh Long phát hành trái phiếu.",
        {("ORG", "Công ty cổ phần Sản xuất gạch men và vật liệu Minh Long")},
    ),
    (
        "Công ty Vinamilk xuất khẩu sữa sang Nhật Bản.",
        {("ORG", "Công ty Vinamilk"), ("LOC", "Nhật Bản")},
    ),
    ("Các ngân hàng thương mại Việt Nam giảm lãi suất.", {("LOC", "Việt Nam")}),
    # a title and "của": the body of which someone is chairman is no person
    ("Ông Hứa, chủ tịch của Evergrande, từ chức.", {("PER", "Hứa")}),
    # a name that speaks is a person; a title before a common word; an initial; a hospital
    # after a lower-case "bệnh viện"
    ("Chị Lan kể rằng Thu Trang cho biết sẽ quay lại.", {("PER", "Lan"), ("PER", "Thu Trang")}),
    # ... and so does a suspect confessing; a firm declaring its goods is no person
    ("Tại cơ quan công an, Khải khai nhận đã lấy trộm.", {("PER", "Khải")}),
    ("Sau hai ngày, Thịnh thú nhận toàn bộ hành vi.", {("PER", "Thịnh")}),
    ("Doanh nghiệp khai báo hải quan điện tử.", set()),
    # one foreign word that speaks is a person where it opens a clause, not after a noun
    ("Marisol cho biết cô tập luyện mỗi ngày.", {("PER", "Marisol")}),
    ('"Tôi không biết", Dunaway cho biết.', {("PER", "Dunaway")}),
    ("Người chơi sàn Bitmoxa cho biết họ mất tiền.", set()),
    ("Ông là Ủy viên Trung ương Đảng.", set()),
    # a Vietnamese given name alone names the person named in full before
    (
        "Anh Lê Quốc Bảo cứu bé. Nhờ có Bảo mà bé sống. Thành phố khen thưởng.",
        {("PER", "Lê Quốc Bảo"), ("PER", "Bảo")},
    ),
    ("Sách của Robert T. Kiyosaki bán chạy.", {("PER", "Robert T. Kiyosaki")}),
    ("Nhiệt độ ở Mẫu Sơn -4 độ C.", {("LOC", "Mẫu Sơn")}),
    ("Người bị thương ở bệnh viện Al-Ahli.", {("ORG", "Al-Ahli")}),
    # rule 39: foreign names with particles and hyphens; "bin", "van", "von" stand in
    # people's names only, so a run holding one is a person with no title before it
    (
        "Lực lượng săn lùng Khalid bin Rashed suốt nhiều năm.",
        {("PER", "Khalid bin Rashed")},
    ),
    ("Bảo tàng trưng bày tranh của Pieter van Dongen.", {("PER", "Pieter van Dongen")}),
    # ... and a person named again by the surname keeps the particles before it
    (
        "Thủ môn Hans van der Berk giữ sạch lưới. Van der Berk nói vậy.",
        {("PER", "Hans van der Berk"), ("PER", "Van der Berk")},
    ),
    (
        "Kẻ cầm đầu là Saeed bin Zayed. Sau đó, bin Zayed bỏ trốn.",
        {("PER", "Saeed bin Zayed"), ("PER", "bin Zayed")},
    ),
    # a place holding "de" is no person
    ("Đoàn đến Rio de Janeiro hôm qua.", {("LOC", "Rio de Janeiro")}),
    (
        "Tổng thống Syria Bashar al-Assad tiếp phái đoàn. Ông al-Assad cảm ơn.",
        {("LOC", "Syria"), ("PER", "Bashar al-Assad"), ("PER", "al-Assad")},
    ),
    (
        "Tổng thống Abdel Fattah el-Sisi điện đàm với Thái tử Mohammed bin Salman.",
        {("PER", "Abdel Fattah el-Sisi"), ("PER", "Mohammed bin Salman")},
    ),
    ("Kim Jong-un tiếp Moon Jae-in.", {("PER", "Kim Jong-un"), ("PER", "Moon Jae-in")}),
    # rule 40: languages and peoples are not entities; the country elsewhere stays LOC
    (
        "Cô dạy tiếng Nhật cho người Việt tại Nhật Bản.",
        {("LOC", "Nhật Bản")},
    ),
    ("Người Việt Nam ở Séc dùng hàng Trung Quốc.", {("LOC", "Séc"), ("LOC", "Trung Quốc")}),
    # a list of languages or peoples after "tiếng" / "người" names no country either
    (
        "Em đọc được tiếng Pháp, Đức, Thái Lan và Hàn Quốc, rồi sang Pháp du học.",
        {("LOC", "Pháp")},
    ),
    ("Bản tin phát bằng tiếng Việt và Anh. Nga, Mỹ phản đối.", {("LOC", "Nga"), ("LOC", "Mỹ")}),
    ("Người Việt Nam hoặc Lào đều được miễn thị thực.", set()),
    # a place after "và" that opens a clause is no item of the list (a province's people keep
    # their place: "người Hà Nội" is a place, a country's people are none)
    (
        "Ông là người Lào và Sài Gòn là nơi ông lập nghiệp.",
        {("LOC", "Sài Gòn")},
    ),
    (
        "Ông là người Hà Nội và Sài Gòn là nơi ông lập nghiệp.",
        {("LOC", "Hà Nội"), ("LOC", "Sài Gòn")},
    ),
    # a people, then a comma: no list ("HLV người Hàn Quốc, Hà Nội FC …")
    (
        "Theo HLV người Hàn Quốc, Hà Nội FC cần thêm thời gian.",
        {("ORG", "Hà Nội FC")},
    ),
    # rule 87: a currency named after a country names no place; a capital or a league table
    # before a place is no currency
    (
        "Đồng đôla Mỹ tăng so với yen Nhật, bảng Anh và đô la Úc; won Hàn Quốc giảm.",
        set(),
    ),
    (
        "Họ đứng đầu bảng Đông Nam Á, đến thủ đô Hà Nội, còn Mỹ giữ giá.",
        {("LOC", "Đông Nam Á"), ("LOC", "Hà Nội"), ("LOC", "Mỹ")},
    ),
    # "bảng", "yên" are money only before their own country or after a sum
    (
        "Thái Lan nằm chung bảng Việt Nam, cuộc sống bình yên Hà Nội; hàng tỷ bảng Ai Cập.",
        {("LOC", "Thái Lan"), ("LOC", "Việt Nam"), ("LOC", "Hà Nội")},
    ),
    # a transliterated place written as one word, as older news writes it; a Latin name run
    # together is no such spelling
    (
        "Đoàn đã thăm Marốc, Rumani và Ápganixtan, rồi về Kontum.",
        {("LOC", "Marốc"), ("LOC", "Rumani"), ("LOC", "Ápganixtan"), ("LOC", "Kontum")},
    ),
    ("Năm 1992, ông Santodomingo bị bãi nhiệm.", {("PER", "Santodomingo")}),
    # the United Kingdom's full name is one place
    (
        "Liên hiệp Vương quốc Anh và Bắc Ailen, Nga và Nhật Bản ký kết.",
        {("LOC", "Liên hiệp Vương quốc Anh và Bắc Ailen"), ("LOC", "Nga"), ("LOC", "Nhật Bản")},
    ),
    # parties, armed groups, agencies and NGOs of world news named alone are organisations,
    # not people
    (
        "Fatah và Likud phản đối, còn Jemaah Islamiyah (JI) và Abu Sayyaf bị truy lùng.",
        {
            ("ORG", "Fatah"),
            ("ORG", "Likud"),
            ("ORG", "Jemaah Islamiyah"),
            ("ORG", "JI"),
            ("ORG", "Abu Sayyaf"),
        },
    ),
    (
        "Theo Al-Jazeera, Greenpeace và Ân xá Quốc tế lên tiếng; Mossad im lặng.",
        {("ORG", "Al-Jazeera"), ("ORG", "Greenpeace"), ("ORG", "Ân xá Quốc tế"), ("ORG", "Mossad")},
    ),
    # a hospital or a company with a lower-case head named after a district is the body
    # (rule 13); a country or a province after it, or several of them, is no such name
    (
        "Anh được đưa vào bệnh viện Sóc Sơn, rồi kiện công ty Thái Hòa.",
        {("ORG", "Sóc Sơn"), ("ORG", "Thái Hòa")},
    ),
    (
        "Các bệnh viện Sóc Sơn quá tải, một công ty Mỹ và công ty Hà Nội góp tiền.",
        {("LOC", "Sóc Sơn"), ("LOC", "Mỹ"), ("LOC", "Hà Nội")},
    ),
    # rule 39: Korean names with no title, whose syllables may look Vietnamese
    (
        "Sau buổi họp báo, Son Heung Min và Jang Na Ra rời khỏi sân bay.",
        {("PER", "Son Heung Min"), ("PER", "Jang Na Ra")},
    ),
    # rule 37: a byline glued after the last sentence, then the outlet it is taken from
    (
        "Cô ấy đã trở về nước vào tối qua.\nVĩnh Ngọc Theo DM",
        {("PER", "Vĩnh Ngọc"), ("ORG", "DM")},
    ),
    (
        'Bà nói: "Mọi chuyện rồi sẽ ổn." Thu Hà Theo Reuters',
        {("PER", "Thu Hà"), ("ORG", "Reuters")},
    ),
    # clubs and groups named short are organisations, not people (rule 41 for holidays)
    (
        "Inter thua Juve, còn Real hòa Real Betis trong dịp Noel.",
        {("ORG", "Inter"), ("ORG", "Juve"), ("ORG", "Real"), ("ORG", "Real Betis")},
    ),
    ("Al-Qaeda nhận trách nhiệm, thị trường ĐTDĐ chững lại.", {("ORG", "Al-Qaeda")}),
    # holidays are no entities (rule 41), whatever their capitals
    ("Dịp Tết Nguyên đán, chợ hoa ở Hải Phòng đông khách.", {("LOC", "Hải Phòng")}),
    ("Trước Tết Nguyên Đán và Tết Trung Thu, giá bánh tăng.", set()),
    # a company's word before a foreign name shaped like a person's: the company
    (
        "Xe của hãng Aston Martin đắt hơn xe của hãng Great Wall.",
        {("ORG", "Aston Martin"), ("ORG", "Great Wall")},
    ),
    (
        "Phim do hãng Foo Animations làm, nhà mạng Telus phát.",
        {("ORG", "Foo Animations"), ("ORG", "Telus")},
    ),
    # kinds of car are common nouns, not makers
    ("Xe húc vào chiếc SUV của Toyota, phân khúc MPV và CUV chững lại.", {("ORG", "Toyota")}),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:30] for c in CASES])
def test_real_news_kinds(text: str, expected: set[tuple[str, str]]) -> None:
    assert spans(text) == expected


# rule 37: bylines and credits are people; the sources in brackets are what they are
BYLINES = [
    ("Giá vàng tăng mạnh.\nThu Hằng", {("PER", "Thu Hằng")}),
    ("Giá vàng tăng mạnh.\nNg.Hà", {("PER", "Ng.Hà")}),
    ("Giá vàng tăng mạnh.\nLê Th.", {("PER", "Lê Th.")}),
    ("Giá vàng tăng mạnh.\nT.L (Tổng hợp)", {("PER", "T.L")}),
    (
        "Giá vàng tăng mạnh.\nHoài Nam (Theo Reuters, CNN)",
        {("PER", "Hoài Nam"), ("ORG", "Reuters"), ("ORG", "CNN")},
    ),
    ("Lễ trao giải diễn ra tối qua (Ảnh: Bảo Ngọc).", {("PER", "Bảo Ngọc")}),
    ("Lễ trao giải diễn ra tối qua. Ảnh: Reuters", {("ORG", "Reuters")}),
    # a credit in brackets needs no colon; a picture agency alone is ORG
    ("Hàng cây bị đốn hạ. (Ảnh Lưu Quang) Còn tại đây thì khác.", {("PER", "Lưu Quang")}),
    ("Hàng cây bị đốn hạ (ảnh minh họa).", set()),
    ("Hàng cây bị đốn hạ (Ảnh: Getty).", {("ORG", "Getty")}),
    ("Diễn biến chiến sự tuần qua. Đồ họa: TKH", {("PER", "TKH")}),
    ("Đây là lần thứ hai chị V. gặp sự cố.", {("PER", "V.")}),
    ("Giá vàng tăng mạnh.\nTheo Dân Việt", {("ORG", "Dân Việt")}),
    (
        "Giá vàng tăng mạnh.\nMinh Châu (Theo Kyiv Independent, RT)",
        {("PER", "Minh Châu"), ("ORG", "Kyiv Independent"), ("ORG", "RT")},
    ),
    ("Giá vàng tăng mạnh.\nTheo AFP", {("ORG", "AFP")}),
    # a last line that is a place or an organisation is not a byline
    ("Giá vàng tăng mạnh ở Huế. Đà Nẵng", {("LOC", "Huế"), ("LOC", "Đà Nẵng")}),
    # several reporters; a byline after the last sentence of the line
    (
        "Giá vàng tăng mạnh.\nHoàng Lâm - Nguyễn Thảo - Minh Đức",
        {("PER", "Hoàng Lâm"), ("PER", "Nguyễn Thảo"), ("PER", "Minh Đức")},
    ),
    ("Ảnh cắt từ clip. Văn Toàn - Hữu Khoa", {("PER", "Văn Toàn"), ("PER", "Hữu Khoa")}),
    ("Bình Dương", {("PER", "Bình Dương")}),  # a paragraph that is only a name: a byline
    ("Trường Giang", {("PER", "Trường Giang")}),
    ("Giá vàng tăng mạnh.\nBộ Tài chính", {("ORG", "Bộ Tài chính")}),
    # two syllables after a reporter and a dash sign too, even when the first could head a
    # body ("Khoa", "Ban", "Viện"); a body's name after a dash is still no reporter
    ("Giá vàng tăng mạnh.\nHoàng Lâm - Khoa Điền", {("PER", "Hoàng Lâm"), ("PER", "Khoa Điền")}),
    ("Hoàng Lâm - Ban Mai", {("PER", "Hoàng Lâm"), ("PER", "Ban Mai")}),
    (
        "Giá vàng tăng mạnh.\nHoàng Lâm - Bộ Tài chính",
        {("PER", "Hoàng Lâm"), ("ORG", "Bộ Tài chính")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), BYLINES, ids=[c[0][-20:] for c in BYLINES])
def test_bylines_and_credits(text: str, expected: set[tuple[str, str]]) -> None:
    assert spans(text) == expected


def test_a_road_number_is_not_a_figure() -> None:
    result = analyze("Sạt lở ở thôn 3 làm tắc quốc lộ 6.")
    assert [e.text for e in result.entities] == ["thôn 3", "quốc lộ 6"]
    assert not result.figures


# Vietnamese outlets named alone are organisations, in a credit, a byline line or after
# "phóng viên" (rule 37)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Giá vàng tăng mạnh.\nDân Việt", {("ORG", "Dân Việt")}),
        ("Phóng viên Tiền Phong có mặt tại hiện trường.", {("ORG", "Tiền Phong")}),
        ("Giá vàng tăng mạnh.\nTheo Sức khỏe & Đời sống", {("ORG", "Sức khỏe & Đời sống")}),
        # a lower-case "báo" stays out of the paper's name, a capitalised one in (rule 57)
        ("Ông đọc báo Nhân Dân mỗi sáng.", {("ORG", "Nhân Dân")}),
        ("Báo Nhân Dân có bài về lũ.", {("ORG", "Báo Nhân Dân")}),
    ],
)
def test_outlets_named_alone(text: str, expected: set[tuple[str, str]]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an unknown name described after a comma: a firm by a firm's common noun ...
        (
            "Cổ phiếu lao dốc sau khi Veltrona, công ty quản lý quỹ ở New York, vỡ nợ.",
            {("ORG", "Veltrona"), ("LOC", "New York")},
        ),
        ("Khách hàng của Zenquo, một tổ chức tài chính vi mô, tăng.", {("ORG", "Zenquo")}),
        # ... a person by a title, when the name is foreign
        (
            "Doanh thu sẽ tăng, Tan Boon Hock, Giám đốc điều hành hãng, nhận định.",
            {("PER", "Tan Boon Hock")},
        ),
        # a firm's noun opening a clause, a name after it, or a pronoun is no description
        ("Vì bản đồ Mapix, hãng đã xin lỗi người dùng.", set()),
        ("Tại sân Riverbank, ông ghi bàn thắng.", {("LOC", "Riverbank")}),
    ],
)
def test_a_description_after_a_comma_names_the_kind(
    text: str, expected: set[tuple[str, str]]
) -> None:
    assert spans(text) == expected
