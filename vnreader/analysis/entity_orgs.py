"""Organisation and event names: a head word ("Bộ", "Quỹ", "Diễn đàn") and what follows it.

A head extends over capitalised words, one lower-case syllable after each ("Ngoại giao"),
known lower-case name words ("trực tiếp", "thế giới") and ends at a place or a known
organisation ("Quỹ Đầu tư trực tiếp Nga"); missions abroad keep "tại <place>"; events keep
"lần thứ XIII"; legal texts keep their number ("Nghị định 07/2023/NĐ-CP"). The board that runs
a body is named with it ("Ban giám đốc Bệnh viện Bạch Mai"), a head's short form in brackets
stays inside the name ("Bệnh viện (BV) Nhi Đồng 1") and so does the quarter a body serves
("Viện Nghiên cứu thủy lợi phía Nam"); a unit may be named in lower case up to its place or
its number ("Trung tâm y tế huyện Củ Chi", "Xí nghiệp xây dựng số 2").
"""

from __future__ import annotations

import re
from bisect import bisect_right

from vnreader.analysis.entity_state import (
    ADMIN_WORDS,
    COMMON_SURNAMES,
    COMPASS,
    DASHES,
    FOUNDED_BY,
    NOT_SERVING_BEFORE,
    ORG_SUFFIXES,
    PLACE_ABBREVIATIONS,
    PLURAL,
    SENTENCE_WORDS,
    ScanState,
)
from vnreader.analysis.entity_tokens import is_acronym, is_vietnamese
from vnreader.analysis.gazetteer import Phrase, both_spellings, mined_names

# the chambers whose committees are named after them without "của" ("Ủy ban Văn hóa giáo dục
# Quốc hội", "Ủy ban An ninh nội địa Thượng viện Mỹ")
_LEGISLATURES = frozenset({("quốc", "hội"), ("hạ", "viện"), ("thượng", "viện"), ("nghị", "viện")})
_MAX_NAME = 4
# heads that a place alone does not make a name ("Lực lượng Nga", not "Lực lượng Phòng vệ
# Israel")
_GENERIC_HEADS = frozenset({"lực lượng"})
# lower-case heads of bodies named after their district ("bệnh viện Sóc Sơn")
_DISTRICT_NAMED_HEADS = frozenset({("bệnh", "viện"), ("công", "ty")})

# heads of business names, whose trade comes before their own name
BUSINESS_HEADS = frozenset({"công ty", "tổng công ty", "tập đoàn", "ngân hàng", "hợp tác xã"})
# the same heads written short ("Cty", "CTCP": a joint-stock company, "CTCK": a securities firm)
BUSINESS_HEADS |= {"cty", "tổng cty", "ctcp", "tổng ctcp", "ctck"}
# what a firm does, said right after its name: a word that may be a verb ends the name
# before these ("Công ty Cơ khí xây dựng trúng thầu")
_AFTER_FIRM = frozenset(
    {"đã", "đang", "sẽ", "vừa", "được", "bị", "là", "có", "cũng", "trúng", "không"}
    | {"chưa", "thông", "vẫn", "mới", "phải", "đạt", "và"}
)
# the police forces whose name "Lực lượng" goes before ("Lực lượng Cảnh sát cơ động"), and
# which alone are a bare head once it goes ("Lực lượng Công an")
_POLICE_FORCES = frozenset({"cảnh sát", "công an"})
# capitalised words of days and times that open no firm's name ("Báo Hà Nội Chủ nhật")
_DAY_WORDS = frozenset({"Chủ", "Thứ", "Hôm", "Sáng", "Trưa", "Chiều", "Tối", "Đêm", "Ngày"})
# heads whose own name may open with a place ("Ngân hàng Sài Gòn Thương Tín", "báo Hà Nội Mới")
_PLACE_OPENED_HEADS = frozenset(
    {tuple(head.split()) for head in BUSINESS_HEADS - {"hợp tác xã"}} | {("báo",)}
)
_MAX_TRADE = 6
# the most lower-case words of a trade after a firm's legal form ("xây dựng - thương mại và dịch
# vụ")
_MAX_FIRM_TRADE = 10
# words before a lower-case "báo" that make it a newspaper, not the end of a verb
_BEFORE_OUTLET = frozenset(
    {"theo", "của", "trên", "tờ", "tập", "viên", "với", "cho", "và", "như", "mà", "cùng"}
    | {"pv"}  # "trao đổi với PV báo Người Đưa Tin" (phóng viên)
)
# the seasons of a newspaper's special issues ("báo Tết", "báo Xuân")
_SEASONAL_ISSUES = frozenset({"Tết", "Xuân"})
# heads always named by a place, even one that starts like a person's name ("Ninh Hòa")
PLACE_NAMED_HEADS = both_spellings(
    {"tỉnh ủy", "thành ủy", "huyện ủy", "thị ủy", "quận ủy", "ubnd", "hđnd"}
    | {"giáo phận", "tổng giáo phận", "tòa giám mục"}  # "Giáo phận Bùi Chu"
)
# last words of event and award names ("VTV Cup", "Australia Awards")
EVENT_SUFFIXES = frozenset(
    {"Cup", "Games", "Open", "Awards", "Award", "Festival", "Championship", "Marathon", "Expo"}
    | {"League", "Series", "Tour", "Grand Prix", "Masters", "Master", "Indoors", "Week"}
)
# first syllables of verbs, never the second syllable of a name word ("Cục Quản lý Dược đề
# nghị": "đề" starts "đề nghị", it does not end "Dược")
_VERB_STARTS = frozenset(
    {"đề", "yêu", "khẳng", "cũng", "đã", "sẽ", "vừa", "đang", "tiếp", "kêu", "nhấn", "ký"}
    | {"trao", "đưa", "tổ", "ban", "phát", "tăng", "giảm", "quyết", "cử", "gửi", "làm", "hỗ"}
    | {"khuyến", "bắt", "xử", "mở", "đón", "tuyên", "họp", "nêu", "cho", "là", "có", "được"}
    | {"hiện"}  # "hiện nay", "hiện đang": "Công ty CP Nước mặt sông Đuống hiện …"
)
# verbs of two syllables whose first is also a name's second syllable ("Dân chủ", "Phối"):
# after an unknown capital they are what the body does, not the rest of its word ("UBND Vinh
# chủ trì", where "Vinh" is a city the gazetteer holds only as "TP Vinh")
_VERB_PAIRS = frozenset({"chủ trì", "phối hợp", "chỉ đạo", "triển khai", "kiểm tra", "thông báo"})
# heads of the bodies that serve a district or ward named by its number ("Công an quận 12",
# "UBND phường 5", "Quận ủy quận 3"); any other head before "quận 3" is a place word or a part
# of the city ("Trung tâm quận 3 kẹt xe", "Lực lượng quận 1")
_DISTRICT_BODY_HEADS = both_spellings(
    {"công an", "ubnd", "ủy ban nhân dân", "ủy ban", "hđnd", "hội đồng nhân dân", "tand"}
    | {"tòa án", "tòa án nhân dân", "vksnd", "viện ksnd", "viện kiểm sát", "quận ủy"}
    | {"viện kiểm sát nhân dân", "huyện ủy", "đảng ủy", "bệnh viện", "chi cục", "ubmttq"}
    | {"ủy ban mttq", "mặt trận tổ quốc", "phòng giáo dục", "đội quản lý thị trường"}
    | {"trạm y tế", "hạt kiểm lâm"}
)
# heads of the posts that guard a border gate, which they may name in lower case ("Đồn Biên
# phòng cửa khẩu quốc tế Lao Bảo", "Trạm Kiểm soát biên phòng cửa khẩu Cha Lo")
_GATE_HEADS = both_spellings({"đồn biên phòng", "trạm kiểm soát"})
_MAX_GATE_NAME = 4  # capitalised words of a border gate's name
# the legal forms of a firm written short, which a trade in capitals and lower case may follow
# without ending the group of capitals ("Công ty TNHH Gang thép …"); compare
# ``entity_firms_again._FORMS_BEFORE_NAME``, the words passed to reach a firm's own name
_FORMS_BEFORE_TRADE = frozenset({"TNHH", "CP", "MTV", "CTCP", "TMCP"})
# one-syllable fields that are whole words in a body's name ("Cục Thuế", "Học viện Múa", "Đại
# học Mở"): a lower-case syllable after them is a verb ("Cục Thuế hoàn thuế"), not their end
_WHOLE_FIELDS = frozenset({"Thuế", "Múa", "Mở"})
# districts and wards named by a number after the body that serves them ("Công an quận 1")
_NUMBERED_DISTRICTS = frozenset({"quận", "phường"})
# lower-case endings of a body's name that make the lower-case words before them its name
_WORLD_TAILS = frozenset({"thế giới", "quốc tế"})
_MAX_LOWER_TAIL = 5
# the most lower-case syllables of what a body does before its place ("Trung tâm dịch vụ bán
# đấu giá tài sản tỉnh Đồng Nai"): a place must end them, so they may be longer
_MAX_PLACE_TAIL = 8
# capitalised heads of associations and groups of firms whose name may be all lower-case name
# words ("Hiệp hội sản xuất và kinh doanh dược phẩm", "Tổng công ty xi măng")
_TRADE_HEADS = both_spellings({"hiệp hội", "tổng công ty", "liên hiệp", "liên đoàn"})
_MAX_TRADE = 7
# trades and members that such a name is made of, besides the name words of org_words.txt:
# the names most often written so in the real-news corpora ("Tổng công ty dầu khí", "Hiệp hội
# nhựa", "Hiệp hội các nhà sản xuất ôtô", "Liên hiệp phụ nữ")
_TRADE_WORDS = frozenset(
    {"dầu khí", "điện lực", "xây dựng", "công trình", "giao thông", "đường sắt", "hàng không"}
    | {"xăng dầu", "bưu chính", "viễn thông", "nhựa", "thép", "phân bón", "lương thực", "du lịch"}
    | {"kinh doanh", "vốn", "cấp nước", "thuốc lá", "than", "nông nghiệp", "y học", "taxi"}
    | {"phần mềm", "dệt may", "cầu thủ", "chuyên nghiệp", "tư vấn", "thiết kế", "thủy sản"}
    | {"thuỷ sản", "cơ khí", "vận tải", "điện ảnh", "ôtô", "ô tô", "bất động sản", "địa ốc"}
    | {"đô thị", "hạ tầng", "điện tử", "xuất nhập khẩu", "xi măng", "mía đường", "tàu thủy"}
    | {"tàu thuỷ", "cao su", "phụ nữ", "thanh niên", "kỹ thuật", "kĩ thuật", "sản xuất"}
    | {"chế biến", "xuất khẩu", "nhập khẩu", "dược phẩm", "doanh nghiệp", "nhà sản xuất"}
    | {"nhà đầu tư", "tài chính", "bảo hiểm", "chứng khoán", "cà phê", "ca cao", "hồ tiêu"}
    | {"gỗ", "lâm sản", "chè", "rau quả", "sữa", "thực phẩm", "chăn nuôi", "vật liệu", "muối"}
    | {"cảng biển", "bán lẻ", "làng nghề", "quảng cáo", "giấy", "da giày", "khoáng sản"}
    | {"hóa chất", "hoá chất", "may mặc", "bao bì", "truyền thông", "nhỏ và vừa", "vừa và nhỏ"}
    | {"điều"}
)
# words after such a name that may go on with it ("Liên đoàn quốc gia những người thợ làm
# bánh", "Hiệp hội thương mại của ngành …", "… điện lực miền Trung"): unsure where it ends
_TRADE_GOES_ON = frozenset({"miền", "vùng", "phía", "khu", "các", "những", "của"})
# trades that are verbs or adverbs too ("than": to complain; "vốn": all along), and the words
# that make them so right after them ("Hiệp hội than về giá", "Hiệp hội vốn là …"); before
# "rằng" every word of a trade is a verb ("Hiệp hội than rằng …")
_VERB_TRADES = frozenset({"than", "vốn"})
_VERB_TRADE_AFTER = frozenset({"rằng", "về", "với", "là"})
_MAX_TRADE_WORDS = 3  # syllables of the longest trade ("xuất nhập khẩu", "nhỏ và vừa")
# the last word of a road word or a front before its places joined by dashes ("cao tốc",
# "dự án", "tuyến", "mặt trận")
_ROUTE_LAST_WORDS = frozenset({"tốc", "tuyến", "án", "đường", "sắt", "lộ", "trận"})
_MAX_BEFORE_PARENTHESIS = 6
# standing bodies written short that a committee may belong to ("Ban Dân nguyện của QH")
_STANDALONE_SHORT = frozenset({"ORG:quoc hoi"})
# words that a lower-case name never holds: a place word or a relation before the place
# ("Trung tâm hỗ trợ tại Hà Nội", "Sở chỉ đạo các tỉnh", "Hội người Việt ở Mỹ")
_NOT_IN_TAIL = frozenset(
    {"và", "của", "các", "những", "với", "tại", "ở", "trên", "về", "cho", "từ", "đến", "người"}
    | {"nước", "vùng", "miền", "như", "theo", "khi", "sau", "trước", "trong", "ngoài", "giữa"}
    | {"cùng", "bị", "do", "phố", "đường", "nổi", "nhất", "hàng", "lớn", "tiếng", "thủ"}
    | {"vương"}
)
# heads often followed by what the body does in lower case; the names of ministries,
# departments and police are written with capitals, so a lower-case word after them is a verb
_DESCRIBED_HEADS = both_spellings(
    {"xí nghiệp", "trung tâm", "hiệp hội", "hội", "liên đoàn", "liên minh", "nhà máy", "viện"}
    | {"nông trường", "lâm trường", "trường", "bệnh viện", "chi cục"}
    | {"liên hiệp", "học viện", "nhà xuất bản", "đài", "báo", "tạp chí", "ủy ban"}
)
# the heads whose field of data/org_fields.txt, in any case, runs up to their place ("Sở du
# lịch Hà Nội", "Cục Hàng không dân dụng Trung Quốc"); benchmarks/build_fields.py mines the
# fields after the same heads
FIELD_HEADS = both_spellings(
    {"sở", "cục", "chi cục", "tổng cục", "phòng", "vụ", "ban", "viện", "trung tâm"}
    | {"ngân hàng", "hội", "hiệp hội", "liên đoàn", "ủy ban", "công an", "đài"}
    | {"tổng công ty", "công ty", "tập đoàn", "quỹ", "đảng", "hội đồng", "nhà máy"}
    | {"xí nghiệp", "liên hiệp", "bệnh viện", "trường", "học viện", "đại học", "ban quản lý"}
)
# fields that say what kind of body of the state or bank it is, not which: with no place
# they name none ("Ngân hàng thương mại", "Ngân hàng cổ phần", "Ủy ban nhân dân")
_KIND_FIELDS = both_spellings(
    {"cổ phần", "thương mại cổ phần", "thương mại", "liên doanh", "nhà nước", "tư nhân"}
    | {"quốc tế", "quốc gia", "nhân dân", "trung ương", "nghiên cứu", "quản lý", "đầu tư"}
    | {"hỗn hợp"}
)
# the heads whose known field names the body with no place after it ("Cục thuế", "Ủy ban
# chứng khoán", "Đảng cộng sản"); other heads with a field alone are kinds of bodies ("Hội
# đồng quản trị", "Trung tâm tài chính", "Đài truyền hình", "Ban quản lý dự án")
_NAMING_FIELD_HEADS = both_spellings(
    {"sở", "cục", "chi cục", "tổng cục", "vụ", "ủy ban", "ngân hàng", "đảng", "liên đoàn"}
)
# heads whose known field names the body with no place unless it says a kind of body
# ("phối hợp với Hội phụ nữ, …", "theo Trung tâm khí tượng thủy văn, …"; not "Trung tâm
# thương mại", "Ban quản lý dự án")
_NAMED_INSIDE_HEADS = both_spellings(
    {"trung tâm", "hội", "ban", "phòng", "viện", "hiệp hội", "liên minh", "đội"}
)
# the fields that, after each of those heads, say what kind of body it is, not which, even
# with more words after them ("Trung tâm mua sắm cao cấp", "Ban quản lý dự án")
_KIND_FIELDS_INSIDE = {
    "trung tâm": frozenset(
        {"mua sắm", "thương mại", "giáo dục thường xuyên", "văn hóa", "văn hoá", "tài chính"}
        | {"dữ liệu", "y tế", "hội nghị", "triển lãm", "ngoại ngữ", "du học", "điện máy"}
        | {"tim mạch", "đào tạo", "dạy nghề", "thể thao", "bảo hiểm", "tiệc cưới"}
    ),
    "ban": frozenset(
        {"quản lý dự án", "quản trị", "chỉ đạo", "tổ chức", "giám khảo", "giám đốc"}
        | {"điều hành", "lãnh đạo", "giám hiệu", "chấp hành", "thường vụ", "kinh tế"}
    ),
    "phòng": frozenset({"thẩm định", "khám", "họp", "tài nguyên"}),
    "viện": frozenset({"thẩm mỹ", "phát triển"}),
}
# parents a unit is named with after a comma ("Phòng giáo dục, UBND huyện Gia Lâm"): the field
# does not end there, the units pass joins them (guideline rule 32)
_PARENTS_AFTER_COMMA = both_spellings(
    {"ubnd", "ủy ban nhân dân", "sở", "bộ", "cục", "tổng cục", "vụ", "bệnh viện", "trường"}
    | {"đại học", "đh", "học viện", "viện", "công an", "tập đoàn", "tổng công ty"}
)
# heads of associations, never a unit of the body after them ("Hội phụ nữ, Sở GD-ĐT")
_ASSOCIATIONS = frozenset({"hội", "hiệp hội", "liên minh"})
# compounds whose second syllable is a function word or whose first is "không": never the
# end of a field ("nhà ở", "thiết bị", "không khí")
_FIELD_COMPOUNDS = frozenset(
    {"nhà ở", "chỗ ở", "thiết bị", "không khí", "không gian", "không lưu", "không quân"}
)
# verbs of what a body does that start with no verb's first syllable of _VERB_STARTS
_BODY_DEEDS = frozenset({"thực hiện", "tiếp nhận", "hoàn thành", "vận động", "nhận định"})
_BODY_DEEDS |= {"điều trị", "đề nghị", "quyết định", "tổ chức", "yêu cầu", "phát hiện"}
_BODY_DEEDS |= {"kiến nghị", "khuyến cáo", "hướng dẫn"}
# heads named inside a sentence by a field that no list holds; "Ban" only as "Ban quản lý" and
# "Hội" never: their lower-case words are more often a bare board ("Ban lãnh đạo") or a
# festival ("Hội hoa xuân")
_UNLISTED_HEADS = both_spellings({"trung tâm", "viện", "hiệp hội", "liên minh"})
# words before a head that make it a kind of body ("mô hình Trung tâm …", "trở thành Trung
# tâm …")
_KIND_BEFORE = frozenset({"một", "hình", "loại", "kiểu", "dạng", "thành", "cuộc"})
# words that end a field in lower case: a time, a place beside, a degree ("Hiệp hội cần …",
# "Trung tâm ngoại ngữ bên cạnh", "… lúc nửa đêm")
_FIELD_STOPS = frozenset({"cần", "năm", "nay", "khóa", "khoá", "đầu", "nào", "lúc", "ngày"})
_FIELD_STOPS |= {"hôm", "sáng", "chiều", "tối", "đêm", "tuần", "tháng", "hồi", "sớm", "gần"}
_FIELD_STOPS |= {"bên", "cạnh", "quá"}
_MAX_UNLISTED_FIELD = 5  # syllables of a field in lower case that no list holds
# heads whose field in lower case, longer or not listed, runs up to the place the body serves
# ("Hiệp hội máy móc thiết bị chế biến gỗ Đài Loan", "Liên đoàn ngành công nghiệp … châu Âu")
_PLACED_HEADS = _UNLISTED_HEADS | both_spellings({"liên đoàn", "hội đồng", "ủy ban", "hội"})
_MAX_PLACED_FIELD = 8
_CONTINENT_WORDS = frozenset({"châu", "miền", "vùng"})  # "… chế biến gỗ châu Âu"
_MAX_BOARD_FIELD = 6  # syllables of what a "Ban quản lý" manages, in lower case
_MAX_SITE = 4  # capitalised words of the site's own name after it
_MAX_SITE_NOUN = 3  # words of a kind of site, at most ("khu du lịch")
# the sites and works a "Ban quản lý" manages, besides the words of org_words.txt and
# org_fields.txt ("Ban quản lý di tích", "… chợ Bình Điền", "… cửa khẩu Bờ Y")
_SITE_NOUNS = frozenset(
    {"di tích", "chợ", "chung cư", "bến", "bến xe", "cửa khẩu", "khu"}
    | {"rừng", "rừng phòng hộ", "rừng đặc dụng", "vịnh", "hồ", "đền", "miếu", "chùa", "lăng"}
    | {"bảo tàng", "công viên", "bãi biển", "khu du lịch", "khu công nghiệp", "khu kinh tế"}
    | {"dự án", "đường sắt", "cảng", "cảng cá", "sân bay", "nghĩa trang"}
    | {"di sản", "vườn quốc gia", "khu bảo tồn", "khu di tích", "khu chế xuất", "cao tốc"}
    | {"khu đô thị", "quỹ đất", "bán đảo", "đầm", "thủy điện", "tòa nhà"}
    | {"công trình", "đường cao tốc", "đại lộ", "khu phố", "làng nghề", "trang web"}
    | {"sân vận động", "nhà thi đấu", "nhà ga", "bến cảng", "khu nghỉ dưỡng"}
)
# what a "Ban quản lý" manages that names no board by itself: which project, unsaid
_BARE_BOARD_FIELDS = frozenset({"dự án", "các dự án"})
# the function words after such a body's field that end it (others may go on with it: "Phòng
# thuế trước bạ"; "của", "và", "cho", "về" may go on too, _FIELD_GOES_ON)
_AFTER_NAMED_INSIDE = _AFTER_FIRM - {"thông", "và"}
_AFTER_NAMED_INSIDE |= {"cũng", "cùng", "đều", "với", "tại", "ở", "để", "thì", "mà", "nhưng"}
_AFTER_NAMED_INSIDE |= {"do", "theo", "từ", "đến", "khi", "trong"}
# demonstratives after a body's head and field: a body of that kind named before ("Ban xổ số
# này")
_DEMONSTRATIVES = frozenset({"này", "đó", "ấy", "kia", "nọ"})
# the heads whose inspectorate is named with them ("Thanh tra Bộ Xây dựng"; not after the words
# of entity_state.NOT_SERVING_BEFORE: "Chánh Thanh tra", "đoàn Thanh tra Bộ Y tế")
_INSPECTED_HEADS = frozenset({("bộ",), ("sở",), ("cục",), ("tổng", "cục")})
# the practices named after their owner after "Văn phòng" ("Văn phòng Luật sư Lê Hùng")
_PRACTICES = frozenset({("luật", "sư"), ("công", "chứng")})
_PARTNERS = (["cộng", "sự"], ["đồng", "sự"])  # "& Cộng sự", "và đồng sự"
_MAX_PRACTICE_NAME = 4
# the dashes between two halves of a field ("Bưu chính - viễn thông")
_FIELD_DASHES = frozenset({" - ", "-", " – ", "–"})
# lower-case words after a field that may go on the name ("và", "các", "của")
_FIELD_GOES_ON = frozenset({"và", "các", "những", "của", "thuộc", "về", "cho"})
# lower-case words that go on a body's field in capitals up to its place ("Trung tâm Phát triển
# quỹ đất huyện Sóc Sơn", "Chi cục Hải quan cửa khẩu Móng Cái"), with the name words of
# org_words.txt; any other word there is what the body does ("Trung tâm Y tế thăm bệnh nhân")
_FIELD_TAIL_WORDS = frozenset(
    {"quỹ đất", "cửa khẩu", "trung tâm", "ô tô", "ôtô", "công cộng", "cố đô", "sinh sản"}
    | {"tập đoàn", "pháp y", "sân bay", "khu bay", "động đất", "trẻ em", "trẻ", "quyền"}
    | {"lưu vực", "sông", "xung đột", "xung phong", "nhập cư", "vật liệu", "dầu", "khu vực"}
    | {"cảng", "biển", "đường bộ", "đường thủy", "thủy sản", "nông sản", "đô thị", "nông thôn"}
    | {"cơ sở", "nghề", "vàng", "cổ truyền", "nội trú", "liên cấp", "số", "bệnh nhân", "nghèo"}
    | {"hành khách", "cà phê", "nghệ sĩ", "túi xách", "thiên văn", "chỉnh hình", "hang động"}
    | {"công bằng", "bão", "sáng tạo", "xanh", "kinh doanh", "nhà", "đỏ", "sư", "học"}
    | {"cộng đồng", "công chúng", "thương hiệu", "đá quý", "nhân thọ", "cáp", "thủy điện"}
    | {"thuỷ điện", "thông minh", "tàu thủy", "tàu thuỷ", "chi nhánh", "bến xe", "thực vật"}
    | {"thường xuyên", "công nhân", "logistics", "phim", "đa kênh", "kế toán", "di sản"}
    | {"hạ viện", "thượng viện", "ắc quy", "pin", "nông lâm", "lâm sản", "bay", "sinh"}
)
# fields in capitals that are verbs taking their object in lower case ("Cục Quản lý đê điều",
# "Viện Nghiên cứu cây ăn quả", "Trung tâm Bảo tồn di tích"), and the most object words taken
_OBJECT_FIELDS = frozenset(
    {"quản lý", "nghiên cứu", "phòng chống", "hỗ trợ", "bảo vệ", "xúc tiến", "bảo tồn"}
    | {"kiểm định", "khảo thí", "chăm sóc", "bảo trợ", "giám định", "kiểm soát", "phòng ngừa"}
)
_MAX_OBJECT = 5
# syllables of an object that are no name word (org_words.txt): a noun or a task ("dược",
# "xuất nhập cảnh", "sắp xếp doanh nghiệp"); more make a clause ("đê điều sửa gấp đê")
_MAX_PLAIN = 4
# the words of a school's level after its head ("Trường THPT", "Trường Tiểu học", "Trường THPT
# chuyên"): with no name after them the school is not named yet
_SCHOOL_LEVEL_WORDS = frozenset(
    {"thpt", "thcs", "ptth", "ptcs", "ptdtnt", "dtnt", "th", "thptdl", "chuyên"}
    | {"tiểu", "trung", "mầm", "mẫu", "phổ", "học", "non", "giáo", "thông", "cơ", "sở"}
)
# verbs of two syllables that open what a body does or says, never an object's words: they
# end the object ("Cục Quản lý dược thu hồi …", "Trung tâm Hỗ trợ người nghèo tham gia …");
# chosen among the pairs most often written right after an organisation in 6,000 vietnews
# articles and never inside one
_CLAUSE_VERBS = frozenset(
    {"cho biết", "cho rằng", "cho hay", "đưa tin", "dẫn lời", "công bố", "xác nhận", "xác định"}
    | {"xem xét", "tiến hành", "báo cáo", "dự kiến", "chia sẻ", "kết luận", "diễn ra", "vào cuộc"}
    | {"đăng tải", "từ chối", "thụ lý", "mô tả", "chấp thuận", "ước tính", "cam kết", "đồng ý"}
    | {"ghi nhận", "nói rằng", "lên tiếng", "xuất hiện", "chỉ ra", "chuẩn bị", "điều động"}
    | {"tấn công", "thảo luận", "giới thiệu", "giải thích", "bắt giữ", "áp dụng", "xác minh"}
    | {"trích dẫn", "tiết lộ", "nhận thấy", "cáo buộc", "trình báo", "thu hồi", "bình luận"}
    | {"bày tỏ", "xét xử", "sẵn sàng", "bác bỏ", "tạm giữ", "trả lời", "truy tố", "gây ra"}
    | {"chỉ trích", "bồi thường", "buộc phải", "trở thành", "trao đổi", "rà soát", "phản đối"}
    | {"hy vọng", "chấp nhận", "bổ nhiệm", "tham gia", "điều tra", "cảnh báo", "lưu ý"}
    | {"hôm nay", "hôm qua", "sáng nay", "chiều nay", "tối qua", "dẫn chứng", "khám phá"}
    | {"dự báo", "lo ngại", "phản ánh", "thống kê"}
)
# lower-case words after an object that end it besides the stopwords (checked first): a
# relation, a place word, a second office or a parent, and verbs of what the body does ("Cục
# Quản lý dược cấp phép …")
_OBJECT_ENDS = frozenset(
    {"giữa", "bị", "miền", "vùng", "kiêm", "thuộc", "trực", "phải", "cần", "cấp", "phê"}
    | {"đình", "xác", "bàn", "mời", "thừa", "kiến", "khởi", "nhận", "lập", "chịu", "nhiệm"}
    | {"khóa", "khoá"}
)
# verbs of what a body does for people, never in its name: after its field they end it, even
# in two syllables ("Hội Nông dân giúp dân tỉnh Hà Giang", "Trung tâm Y tế thăm bà con …")
_DEEDS = frozenset({"giúp", "thăm", "tặng", "nhận", "chúc", "ủng", "mừng", "trả"})
# what a firm does, never a word of its trade ("Công ty TNHH xin phép …", "Công ty CP sở hữu
# …"); the pairs whatever their words are in bodies' names
_FIRM_DEEDS = frozenset({"xin", "thôi", "mua", "bán", "nộp", "thuê", "vay", "kiện", "bồi"})
_FIRM_DEED_PAIRS = frozenset({"sở hữu", "thông báo", "xin phép", "cho biết", "đề nghị"})
# heads whose field in capitals may go on in lower case to the place: the described heads and
# firms ("Công ty CP Cung ứng tàu biển Đà Nẵng")
_TAILED_HEADS = _DESCRIBED_HEADS | BUSINESS_HEADS
# heads whose field in capitals may go on after "và" in lower case ("Cục Giám định và quản
# lý chất lượng"); not a department's, a ministry's or a general department's ("Tổng cục Hải
# quan và quản lý thị trường": two bodies), whose portfolios are listed
_AND_FIELD_HEADS = _TAILED_HEADS | both_spellings({"cục"})
# people a body works with, joined by "và" to its name, never a part of it ("Công ty Cao su
# và lao động địa phương")
_PEOPLE_NOUNS = frozenset(
    {"nhân dân", "nông dân", "lao động", "công nhân", "ngư dân", "cán bộ", "người dân"}
    | {"người lao", "người nông", "bà con", "doanh nghiệp", "hộ dân", "cư dân"}
)
# the quarter of the country a body serves, written after its name ("... phía Nam")
# heads of units and firms told apart by their number ("Xí nghiệp xây dựng số 2", "Đội cảnh
# sát giao thông số 3", "Lữ đoàn tấn công độc lập số 3"); a head is looked up by its last
# word or its last two ("Tổng công ty" by "công ty")
_NUMBERED_HEADS = _DESCRIBED_HEADS | {
    *("đội", "lữ đoàn", "sư đoàn", "trung đoàn", "tiểu đoàn", "quỹ", "ban", "trạm", "hãng"),
    "công ty",
}
# second syllables that make the head another word ("Hội thảo", "Báo chí Mỹ")
_NOT_AFTER_HEAD = {
    "hội": frozenset({"thảo", "nghị", "chợ", "thi", "diễn", "trường", "viên", "đàm"}),
    "báo": frozenset({"chí", "giới", "cáo", "động", "đài"}),
    "trường": frozenset({"hợp"}),
}
# fixed pairs written with a comma inside names: "phòng, chống", "khám, chữa bệnh"
_JOINED_PAIRS = {"phòng": "chống", "khám": "chữa", "bệnh": "chữa", "chữa": "cháy"}
# school levels joined by commas inside a school's name
_SCHOOL_LEVELS = frozenset({"THCS", "THPT", "Tiểu", "Trung", "Mầm", "Phổ", "Cao", "Đại"})
_SCHOOL_LEVEL_ENDS = frozenset({"học", "thcs", "thpt", "non", "thông", "sở", "đẳng"})
# portfolios that name a ministry after "Bộ" when written in lower case ("Bộ y tế"); not the
# ones that are also verbs ("Bộ xây dựng kế hoạch")
_MINISTRIES = both_spellings(
    {"ngoại giao", "công an", "quốc phòng", "tài chính", "công thương", "y tế", "tư pháp"}
    | {"nội vụ", "giao thông vận tải", "giáo dục và đào tạo", "kế hoạch và đầu tư"}
    | {"tài nguyên và môi trường", "nông nghiệp và phát triển nông thôn", "thương mại"}
    | {"khoa học và công nghệ", "thông tin và truyền thông", "văn hóa, thể thao và du lịch"}
)
# the second half of a ministry's or a department's field, written in lower case after the
# first ("Bộ Kế hoạch và đầu tư", "Sở Tài nguyên - môi trường TP Đà Nẵng", "Bộ Lao động -
# thương binh và xã hội"; news of the 2010s): keyed by the first half, longest second first
_PORTFOLIO_HALVES: dict[tuple[str, str], tuple[tuple[str, ...], ...]] = {
    ("kế", "hoạch"): (("đầu", "tư"),),
    ("tài", "nguyên"): (("môi", "trường"),),
    ("nông", "nghiệp"): (("phát", "triển", "nông", "thôn"),),
    ("lao", "động"): (("thương", "binh", "và", "xã", "hội"), ("thương", "binh", "xã", "hội")),
    ("khoa", "học"): (("công", "nghệ"),),
    ("thông", "tin"): (("truyền", "thông"),),
    ("giáo", "dục"): (("đào", "tạo"),),
    ("giao", "thông"): (("vận", "tải"),),
    ("quy", "hoạch"): (("kiến", "trúc"),),
    **{
        ("văn", spelling): (
            ("thể", "thao", "và", "du", "lịch"),
            ("thể", "thao", "du", "lịch"),
            ("thể", "thao"),
            ("thông", "tin"),
        )
        for spelling in ("hóa", "hoá")
    },
}
# the last syllables of those first halves: the cheap test before the table
_PORTFOLIO_FIRST_ENDS = frozenset(second for _, second in _PORTFOLIO_HALVES)
# the heads named by such a field
_PORTFOLIO_HEADS = frozenset({("bộ",), ("sở",), ("phòng",)})
# the number of a legal text: "22", "07/2023/NĐ-CP", "15/2019/QH14"
_DOCUMENT_NUMBER = re.compile(
    r"\d+(?:/\d+)?(?:[-/][A-ZĐ][A-ZĐ0-9]*(?:[-/][A-ZĐ][A-ZĐ0-9]*)*)?(?![\w/])"
)


_FOUNDER_WORDS = 4  # the words of a founder's name after a firm's head


class OrgRules(ScanState):
    """The organisation and event rules of the pass."""

    def head(self, i: int, j: int, cue: Phrase, pending: bool) -> bool:
        """Emit the organisation named after the head at i..j; False if there is none."""
        capital = self.words[i][0].isupper()
        if not capital and not cue.lowercase_head and not self.outlet(i, cue):
            return False
        if not capital and cue.words == ("báo",):
            j = self.past_online(j)  # "PV báo điện tử Người Đưa Tin": the outlet's name
        if not capital and (j >= self.n or not self.is_cap(j)):
            return False  # "ngân hàng thương mại": a lower-case head names only a capital
        if not capital and self.founder_named(i, j):
            return False  # "công ty Henry Fulton sáng lập": its founder, no name of the firm
        # "Hãng hàng không Lufthansa hủy …", "…, Hãng Bloomberg trích …": a common head
        # written with a capital, left out of the name like "hãng" (GUIDELINE rules 15, 85)
        opening = capital and cue.words[0] == "hãng" and self.common_head(i, j)
        if not capital or opening or " ".join(cue.words) in _GENERIC_HEADS:
            place = self.name(j) if j < self.n and self.gaps[j - 1] == " " else None
            if (
                place is not None
                and self.provincial_paper(i, cue, place)
                and not self.goes_on_after_place(j + len(place.words), place)
            ):
                self.emit(j, j + len(place.words), "ORG")  # "theo báo Long An": the paper
                return True
            if (
                place is not None
                and place.label == "LOC"
                and not self.named_for_district(i, cue, place)
                and not (
                    cue.words in _PLACE_OPENED_HEADS
                    and not (i > 0 and self.lowers[i - 1] in PLURAL)
                    and self.goes_on_after_place(j + len(place.words), place)
                )
            ):
                return False  # "các công ty Việt Nam", "Lực lượng Nga": a place, no name
        if capital and cue.words == ("đội", "tuyển") and self.national_team(j):
            return False  # "Đội tuyển Thái Lan": the country's team, LOC "Thái Lan" (rule 40)
        if (
            capital
            and cue.standalone
            and pending
            and j < self.n
            and self.gaps[j - 1] == " "
            and self.foreign_pair(j)
            and self.name(j) is None
        ):
            self.emit(i, j, "ORG")  # "Chủ tịch Hạ viện Nancy Pelosi": the chamber, then its head
            return True
        if capital and cue.words == ("ban",) and self.board_of_body(i, j):
            return True  # "Ban giám đốc Công an TP Hà Nội"
        if capital and cue.words == ("văn", "phòng"):
            practice = self.named_practice(j)
            if practice is not None:
                self.emit(i, practice, "ORG")  # "Văn phòng Luật sư Lê Hùng"
                return True
        # "Tòa án nhân dân cấp cao": a head ending in "nhân dân" is named by lower-case words
        described = cue.words[-1] == "dân"
        end = self.extend_org(
            j,
            cue.embassy,
            pending,
            cue.event,
            cue.honours,
            described,
            place_named=" ".join(cue.words) in PLACE_NAMED_HEADS,
            business=capital and " ".join(cue.words) in BUSINESS_HEADS,
            place_opens=cue.words in _PLACE_OPENED_HEADS,
        )
        label = "MISC" if cue.event else "ORG"
        if capital and not cue.event:
            fielded = self.known_field(i, j, cue)
            if fielded is not None and (end is None or fielded > end):
                end = fielded  # "Sở du lịch Hà Nội", "Sở Giao thông công chánh TP.HCM"
        if capital and self.words[i] == "Ban":
            board = self.management_board(i)
            if board is not None and (end is None or board > end):
                end = board  # "Ban quản lý di tích", "Ban quản lý dự án Bạch Đằng Đông"
        if end is None and capital and " ".join(cue.words) in _GATE_HEADS:
            end = self.border_gate(j)  # "Đồn Biên phòng cửa khẩu Long Bình"
        if (
            cue.words == ("trạm", "kiểm", "soát")
            and j + 1 < self.n
            and self.is_cap(j)
            and not is_vietnamese(self.words[j])
            and not self.words[j + 1][:1].isdigit()  # "Trạm kiểm soát Km 9": a post's number
        ):
            return False  # "Trạm kiểm soát Erez": a foreign crossing, a place (rule 15)
        if end is None and capital and not cue.event and self.district_after_head(j, cue):
            end = j + 2  # "Công an quận 12", "UBND phường 5": the body of a numbered district
        if cue.event and capital:
            numbered = self.document_number(j)
            if numbered is not None:  # "Nghị định 07/2023/NĐ-CP", "Thông tư 22"
                self.emit(i, numbered, "MISC")
                return True
            if end is None:
                end = self.parenthesised(j)  # "Chương trình tiêm chủng mở rộng (EPI)"
            if end is None and self.ordinal(j) > j:
                end = j  # "Đại hội lần thứ XIII của Đảng": the ordinal is added below
        if end is None and capital and not cue.event and self.numbered(j) > j:
            end = j  # "Quân khu 7", "Sư đoàn 304": the number is added below
        if end is None and capital and not cue.event:
            end = self.unit_in_lower_case(j)  # "Trường nha khoa thuộc Đại học X"
        if end is None and capital and cue.words == ("bộ",):
            end = self.ministry_in_lower_case(i, j)  # "Bộ y tế", "Bộ tài chính"
        if end is None and capital and not cue.event:
            end = self.past_own_short_name(i, j, pending, cue)  # "Bệnh viện (BV) Nhi Đồng 2"
        if end is None:
            if capital and cue.standalone:
                # "TAND Tối cao tại TP HCM": a court of a standing rank seated in a city
                self.emit(i, self.seated_at(j) if cue.embassy else j, label)
                return True
            return False
        end = self.numbered(end)
        if (
            capital
            and self.lowers[end - 1] in _PORTFOLIO_FIRST_ENDS
            and cue.words in _PORTFOLIO_HEADS
        ):
            end = self.portfolio_rest(end)  # "Sở Tài nguyên - môi trường TP Đà Nẵng"
        # events take "lần thứ XIII"; bodies the quarter they serve ("… thủy lợi phía Nam")
        end = self.ordinal(end) if cue.event else self.quarter(end)
        start = j if not capital else i
        if opening:
            start = next((k for k in range(j, end) if self.words[k][0].isupper()), j)
        if capital and not cue.event and not pending and self.standing_body(i):
            # "Thường trực Tỉnh ủy Thanh Hóa": the standing body is named (but "Phó Chủ tịch
            # Thường trực Quốc hội" is a title and a body)
            start = i - 2
        elif capital and not pending and self.inspectorate(i, cue):
            start = i - 2  # "Thanh tra Bộ Xây dựng", "Thanh tra Sở Giao thông vận tải"
        if capital and cue.words == ("lực", "lượng") and self.force_named(j, end):
            # "Lực lượng CSGT", "Lực lượng Cảnh sát cơ động": the common head is left out
            # (guideline rules 85, 88); "Lực lượng Công an" leaves a bare head, no name, and
            # "Lực lượng Không quân" is the force's own name
            if " ".join(self.lowers[j:end]) in _POLICE_FORCES:
                return False
            start = j
        self.emit(start, end, label)
        return True

    def force_named(self, j: int, end: int) -> bool:
        """True when the words j..end after "Lực lượng" are a force or a body of their own
        ("CSGT", "Cảnh sát cơ động", "Công an huyện X"), not the force's own name ("Lực lượng
        Phòng vệ Israel", "Lực lượng Không quân Mỹ", "Lực lượng Biên phòng tỉnh X"): decided
        by the first words, whatever follows them."""
        if j >= end:
            return False
        two = " ".join(self.lowers[j : j + 2])
        return is_acronym(self.words[j]) or (two in _POLICE_FORCES and self.words[j][0].isupper())

    def common_head(self, i: int, j: int) -> bool:
        """True when "Hãng …" at i..j is left out of the name after it: at a sentence's start,
        or before a foreign or known name ("…, Hãng Bloomberg trích …", "Hãng tin AP"); not
        before a Vietnamese name or a place, which the head names whole ("Hãng Phim truyện Việt
        Nam", "Hãng Hàng không Việt Nam", "Hãng thông tấn trung ương Triều Tiên")."""
        if self.sentence_start(i):
            return True
        k = next((k for k in range(j, min(j + 4, self.n)) if self.words[k][0].isupper()), None)
        if k is None or any(self.gaps[t] != " " for t in range(i, k)):
            return False
        known = self.name(k)
        if known is not None:
            # "Hãng tin Tân Hoa xã"; a place keeps the head: "Hãng Hàng không Việt Nam", and
            # "Hãng hàng không Ấn Độ (AI)" as development set 12 has it (set 13 and rule 85
            # leave the head out of "Hãng hàng không Anh quốc (BA)": the sets disagree)
            return known.label == "ORG"
        return not is_vietnamese(self.words[k]) or is_acronym(self.words[k])

    def founder_named(self, i: int, j: int) -> bool:
        """True when a person's name of two to four capitalised words starts at j after a
        head in lower case at i and a founder's verb follows it ("công ty Henry Fulton sáng
        lập"): the firm is the one the person founded, not named (not "công ty FPT
        Software"); not when the firm itself is the founder ("quỹ do tập đoàn Trung Nguyên
        sáng lập", "bởi công ty Meta Platforms")."""
        if i > 0 and self.lowers[i - 1] in ("do", "bởi"):
            return False
        k = j
        while k < self.n and k - j <= _FOUNDER_WORDS and self.words[k].istitle():
            if k > j and self.gaps[k - 1] != " ":
                return False
            k += 1
        return (
            2 <= k - j <= _FOUNDER_WORDS
            and k + 1 < self.n
            and self.gaps[k - 1] == self.gaps[k] == " "
            and f"{self.lowers[k]} {self.lowers[k + 1]}" in FOUNDED_BY
        )

    def named_for_district(self, i: int, cue: Phrase, place: Phrase) -> bool:
        """True when a hospital or a company written with a lower-case head at i is named after
        the Vietnamese district that follows ("bệnh viện Sóc Sơn", "công ty Thái Hòa"): the
        body, ORG (rule 13); not a country's or a province's ("công ty Mỹ", "các bệnh viện Hà
        Nội"), nor several of them ("các công ty …")."""
        return (
            cue.words in _DISTRICT_NAMED_HEADS
            and self.words[i].islower()
            and place.key.removeprefix("LOC:") in self.g.districts
            and not (i > 0 and self.lowers[i - 1] in PLURAL)
        )

    def national_team(self, j: int) -> bool:
        """True when a country (not a province of Vietnam, whose team is a club: rule 42)
        follows the head "Đội tuyển" at j, after "quốc gia" or not: the team is the country's,
        written with its place (guideline rule 40: "đội tuyển Việt Nam" → LOC "Việt Nam")."""
        k = j
        if k + 1 < self.n and self.lowers[k] == "quốc" and self.lowers[k + 1] == "gia":
            k += 2  # "Đội tuyển quốc gia Việt Nam"
        if k >= self.n or self.gaps[k - 1] != " ":
            return False
        place = self.name(k)
        if place is None or place.label != "LOC":
            return False
        key = place.key[4:]
        end = k + len(place.words)
        return (
            key in self.g.listed_world_places
            and key not in self.g.provinces
            and not (end < self.n and self.gaps[end - 1] == " " and self.is_cap(end))
        )

    def past_own_short_name(self, i: int, k: int, pending: bool, cue: Phrase) -> int | None:
        """End of the name after a head (i..k) and the head's short form in brackets
        ("Bệnh viện (BV) Nhi Đồng 2", "Trường Đại học (ĐH) Bách khoa"): the letters in
        brackets are the initials of the head's last words; or None."""
        if (
            k + 2 >= self.n
            or self.t.raw_gaps[k - 1] != " ("
            or self.t.raw_gaps[k] != ") "
            or not is_acronym(self.words[k])
            or not self.is_cap(k + 1)
        ):
            return None
        initials = "".join(w[0] for w in self.words[i:k]).upper()
        if not initials.endswith(self.words[k]):
            return None
        return self.extend_org(
            k + 1, cue.embassy, pending, False, cue.honours, True, after_bracket=True
        )

    def named_practice(self, j: int) -> int | None:
        """End of a law or notary office named after its owner or by a name of its own, from
        "Văn phòng" ending at j ("Văn phòng Luật sư Trần Văn Khoa", "Văn phòng công chứng Số
        3", "Văn phòng luật sư Bình Minh & Cộng sự", guideline rule 73d), or None when a
        lower-case word goes on with the name ("Văn phòng Luật sư Nhà nước …")."""
        k = j + 2
        if (
            k >= self.n
            or (self.lowers[j], self.lowers[j + 1]) not in _PRACTICES
            or self.gaps[j - 1] != " "
            or self.gaps[j] != " "
            or self.gaps[j + 1] != " "
        ):
            return None
        end = k
        while end < self.n and end - k < _MAX_PRACTICE_NAME and self.is_cap(end):
            end += 1
            if end < self.n and self.gaps[end - 1] != " ":
                break
        if end == k:
            return None
        if end < self.n and self.lowers[end - 1] == "số" and self.words[end].isdigit():
            end += 1  # "Văn phòng công chứng Số 3"
        if end + 1 < self.n and self.lowers[end : end + 2] in _PARTNERS:
            return end + 2 if self.t.raw_gaps[end - 1].strip() == "&" else end
        if (
            end + 2 < self.n
            and self.lowers[end] == "và"
            and self.lowers[end + 1 : end + 3] in _PARTNERS
        ):
            return end + 3  # "… Thu Hà và cộng sự"
        if (
            end == k + 1
            and end < self.n
            and self.gaps[end - 1] == " "
            and self.words[end].islower()
            and self.words[end] not in self.g.stopwords
            and not self.clause_verb(end)
        ):
            return None  # "Văn phòng Luật sư Nhà | nước": one word going on in lower case
        return end

    def board_of_body(self, i: int, j: int) -> bool:
        """Emit the board that runs a body, written before the body's name ("Ban giám đốc
        Bệnh viện Bạch Mai", "Ban Giám hiệu Trường THPT Chu Văn An"; guideline rule 82) as
        one organisation from "Ban" at i (j: after "Ban"); False if no body follows."""
        k = j + 2
        if (
            k >= self.n
            or self.lowers[j] != "giám"
            or self.lowers[j + 1] not in ("đốc", "hiệu")
            or self.gaps[j - 1] != " "
            or self.gaps[j] != " "
            or self.gaps[j + 1] != " "
            or not self.is_cap(k)
            or self.lowers[k] not in self.g.cues
        ):
            return False
        body = self.cue(k)
        if body is None or body.label != "HEAD" or body.event:
            return False
        if not self.head(k, k + len(body.words), body, False):
            return False
        _, end, _, _ = self.spans.pop()
        if self.words[end - 1] in self.g.non_entities:
            return False  # "Ban giám đốc Công an TP": which city is not said
        self.emit(i, end, "ORG")
        return True

    def standing_body(self, i: int) -> bool:
        """True when "Thường trực" stands right before the head at i."""
        return (
            i >= 2
            and self.words[i - 2] == "Thường"
            and self.lowers[i - 1] == "trực"
            and self.gaps[i - 2] == " "
            and self.gaps[i - 1] == " "
        )

    def inspectorate(self, i: int, cue: Phrase) -> bool:
        """True when a capitalised "Thanh tra" stands right before the head at i of a ministry,
        a department or an office: the body's inspectorate is one ORG ("Thanh tra Bộ Tư
        pháp"); not after a title's first word ("Chánh Thanh tra") nor a team's ("đoàn")."""
        return (
            i >= 2
            and cue.words in _INSPECTED_HEADS
            and self.words[i - 2] == "Thanh"
            and self.lowers[i - 1] == "tra"
            and self.gaps[i - 2] == " "
            and self.gaps[i - 1] == " "
            and (i < 3 or self.gaps[i - 3] != " " or self.lowers[i - 3] not in NOT_SERVING_BEFORE)
        )

    def outlet(self, i: int, cue: Phrase) -> bool:
        """True for a lower-case "báo" that names a newspaper ("theo báo Tuổi trẻ", "biên tập
        báo Nhân Dân"), not one that ends a word ("dự báo", "cảnh báo"); "tạp chí" always
        names a magazine ("tạp chí Phụ Nữ Ngày Nay"), and "báo" one in a list of outlets
        ("tạp chí Men&life, báo Tiin")."""
        if cue.words == ("tạp", "chí"):
            return True
        if cue.words != ("báo",) or i == 0:
            return False
        if i + 1 < self.n and self.words[i + 1] in _SEASONAL_ISSUES:
            return False  # "như báo Tết mọi năm": the New Year issues, not an outlet
        if self.lowers[i - 1] in _BEFORE_OUTLET:
            return True
        last = self.spans[-1] if self.spans else None
        return (
            last is not None
            and last[1] == i
            and last[2] == "ORG"
            and self.t.raw_gaps[i - 1] == ", "
        )

    def provincial_paper(self, i: int, cue: Phrase, place: Phrase) -> bool:
        """True when a lower-case "báo" at i that names a newspaper ("theo báo", "trên báo",
        "tờ báo") stands before a province alone: the province's paper ("theo báo Nghệ An,
        …", "đăng trên báo Hà Tĩnh"), not a country's press ("theo báo Mỹ")."""
        return (
            cue.words == ("báo",)
            and not self.words[i][0].isupper()
            and place.label == "LOC"
            and place.key.removeprefix("LOC:") in self.g.provinces
            and self.outlet(i, cue)
        )

    def past_online(self, k: int) -> int:
        """The token after "điện tử" (online, either case) at k when a capital follows it ("báo
        điện tử Dân trí", "báo Điện tử Dân trí"); k otherwise."""
        if (
            k + 2 < self.n
            and self.lowers[k] == "điện"
            and self.lowers[k + 1] == "tử"
            and self.gaps[k - 1] == " "
            and self.gaps[k] == " "
            and self.gaps[k + 1] == " "
            and self.is_cap(k + 2)
        ):
            return k + 2
        return k

    def ordinal(self, k: int) -> int:
        """Extend an event name over "lần thứ XIII" / "lần thứ 54" (and "của Đảng" after it)."""
        if (
            k + 2 < self.n
            and self.gaps[k - 1] == " "
            and self.lower(k) == "lần"
            and self.gaps[k] == " "
            and self.lower(k + 1) == "thứ"
            and self.gaps[k + 1] == " "
        ):
            k += 3
            if (
                k + 1 < self.n
                and self.gaps[k - 1] == " "
                and self.lower(k) == "của"
                and self.gaps[k] == " "
                and self.is_cap(k + 1)
                and (k + 2 >= self.n or self.gaps[k + 1] != " " or not self.is_cap(k + 2))
            ):
                k += 2  # "Đại hội lần thứ XIII của Đảng"
            elif (
                k + 1 < self.n
                and self.gaps[k - 1] == " "
                and self.words[k] == "Đảng"
                and self.gaps[k] == " "
                and self.is_cap(k + 1)
            ):
                # "Đại hội lần thứ X Đảng Cộng sản VN": the party's congress, one name like
                # "Đại hội XIII Đảng Cộng sản Việt Nam" (guideline rule 17)
                k = self.extend_org(k + 1, False, False, False) or k
        return k

    def document_number(self, k: int) -> int | None:
        """End of a legal text's number at token k ("07/2023/NĐ-CP" after "Nghị định")."""
        if k >= self.n or self.gaps[k - 1] != " ":
            return None
        m = _DOCUMENT_NUMBER.match(self.text, self.t.starts[k])
        if m is None:
            return None
        end = bisect_right(self.t.starts, m.end() - 1)
        return end if self.t.ends[end - 1] == m.end() else None

    def parenthesised(self, k: int) -> int | None:
        """End of lower-case name words from k that an acronym in parentheses follows."""
        t = k
        limit = min(self.n, k + 8)
        while t < limit and self.words[t][0].islower() and not self.blocked[t]:
            t += 1
            if self.t.raw_gaps[t - 1] == " (" and t < self.n and is_acronym(self.words[t]):
                return t
            if self.gaps[t - 1] != " ":
                return None
        return None

    def kind_of_school_only(self, first: int, k: int) -> bool:
        """True when the words from *first* to *k* only say a school's level ("THPT",
        "Tiểu học", "THPT chuyên"): a school so far without a name, whose name comes next even
        after a title ("Hiệu trưởng Trường THPT Lê Lợi": the school, not a person)."""
        return first < k and all(w in _SCHOOL_LEVEL_WORDS for w in self.lowers[first:k])

    def extend_org(
        self,
        k: int,
        embassy: bool,
        pending: bool,
        event: bool,
        honours: bool = False,
        named: bool = False,
        place_named: bool = False,
        business: bool = False,
        after_bracket: bool = False,
        place_opens: bool = False,
    ) -> int | None:
        """End of the organisation name that starts at token k (after its head).

        *honours*: the name may end with a person's name ("Trường THPT Chu Văn An"), taken
        when no title waits for a person (*pending*); *after_bracket*: token k follows the
        short name in brackets of the words before it ("Bệnh viện (BV) Nhi Đồng 1");
        *place_opens*: a firm's or a paper's own name may open with a place ("Ngân hàng Sài
        Gòn Thương Tín", "báo Hà Nội Mới").
        """
        n = self.n
        first = k
        last: int | None = None
        compound = False  # a lower-case syllable may follow ("Ngoại giao")
        proper = False  # a capitalised word that is not a common name word was taken
        after_capital = False  # the last word taken is a capitalised one
        lower_end = False  # the name ends with lower-case name words ("dịch tễ học")
        # where the name ended before lower-case words that begin with a verb ("Bộ Quốc
        # phòng xây dựng quân đội"): they stay only if a capital or a place follows them
        before_verb: int | None = None
        # "các" inside a name ("Ban quản lý dự án … các công trình giao thông tỉnh X"): the
        # words after it stay only if the name goes on to its place
        plural = False
        trade_end = -1  # end of a capitalised trade ("Công ty Đầu tư …")
        if not (named or event) and k < n and self.words[k].islower():
            trade = self.trade_tail(k)
            if trade is not None:
                return self.numbered(trade)  # "Hiệp hội sản xuất và kinh doanh dược phẩm"
        while (
            k < n
            and not self.blocked[k]
            and k not in self.breaks
            and (
                self.gaps[k - 1] == " "
                or (after_bracket and k == first)
                or (named and self.joined(k))
                or (named and self.t.raw_gaps[k - 1] == " & " and self.is_cap(k))  # "A & B"
                or (
                    self.lowers[k - 1] in _JOINED_PAIRS and self.joined(k)
                )  # "chỉ đạo phòng, chống"
                or (named and self.foreign_pair_hyphen(k))  # "bệnh viện Al-Shifa"
                # "Bộ Bưu chính - viễn thông": a field in lower case goes on after a dash
                or (named and last == k and self.field_after_dash(k) is not None)
                # "Đại học Y khoa St. Luke": the abbreviated "Saint" does not end the name
                or (self.gaps[k - 1] == "." and self.words[k - 1] == "St" and self.is_cap(k))
            )
        ):
            word = self.words[k]
            if word[0].isupper() and last is not None and self.new_body(k):
                break  # "Sở Y tế chỉ đạo Trung tâm …": another body starts
            if word[0].isupper():
                phrase_words = self.match_folded(self.g.org_words, k)
                if phrase_words is not None and len(phrase_words.words) > 1:
                    name = self.name(k)
                    if name is None or len(name.words) < len(phrase_words.words):
                        k += len(phrase_words.words)  # "Hàng không", "Hàn lâm" (not "Hàn")
                        last = trade_end = k
                        named = True
                        compound = after_capital = False
                        continue
            phrase = self.name(k)
            if phrase is not None and k + 1 < n and self.acronym_pair(k + 1):
                phrase = None  # "Sở QH-KT": one acronym, not "QH" (Quốc hội)
            if phrase is not None and phrase.label in ("LOC", "ORG"):
                k += len(phrase.words)
                if phrase.label == "ORG":
                    if self.foreign_word(k):  # "Tập đoàn Samsung Electronics Việt Nam"
                        last = k = k + 1
                        named = after_capital = True
                        compound = False
                        continue
                    k = self.place_after(k)  # "Công ty TNHH Nestlé Việt Nam"
                    if (
                        event
                        and k < n
                        and self.gaps[k - 1] == " "
                        and self.words[k] in EVENT_SUFFIXES
                    ):
                        k += 1  # "Giải Bóng chuyền nữ quốc tế VTV Cup"
                if phrase.label == "LOC" and k < n and self.gaps[k - 1] == " ":
                    other = self.name(k)
                    if other is not None and other.label == "LOC":
                        last = k = k + len(other.words)  # "Bệnh viện Hữu nghị Việt Đức"
                        named = after_capital = True
                        compound = False
                        continue
                if (
                    phrase.label == "LOC"
                    and place_opens
                    and k - len(phrase.words) == first
                    and self.goes_on_after_place(k, phrase)
                ):
                    named = after_capital = True  # "Ngân hàng Sài Gòn Thương Tín"
                    compound = False
                    last = k
                    continue
                if phrase.label == "LOC":
                    k = self.place_chain(k - len(phrase.words), k)
                if phrase.label == "LOC" or event:
                    k = self.after_place(k, embassy, event)
                if event and k < n and self.gaps[k - 1] == " " and self.words[k] in EVENT_SUFFIXES:
                    k += 1  # "Giải Thượng Hải Masters": the event's own word ends its name
                if event and k < n and self.gaps[k - 1] == " " and self.lowers[k] == "về":
                    about = self.extend_org(k, embassy, pending, event, named=True)
                    if about is not None:  # "Công ước Liên hợp quốc về Luật Biển"
                        return about
                return self.numbered(k)
            if phrase is not None and (phrase.label != "MISC" or event):
                break
            if phrase is None and word in PLACE_ABBREVIATIONS:
                where = self.abbreviated_place(k)
                if where is not None:  # "UBND TP. Hà Nội", "Công an Q.1"
                    return self.numbered(where[1])
            if phrase is not None:  # "Ủy ban Olympic Việt Nam", "... dịch COVID-19"
                k += len(phrase.words)
                while k < n and self.gaps[k - 1] == "-" and self.words[k].isdigit():
                    k += 1
                last = k
                compound = after_capital = False
                continue
            if word[0].isupper() or word[1:2].isupper():  # "iSchool" counts as a capital
                if self.cue_is_title(k):
                    title = self.cue(k)
                    stop = k + len(title.words) if title is not None else k
                    if (
                        named
                        or k > first  # "Quốc hội bầu cử Chủ tịch nước": the title is the object
                        or stop >= n
                        or self.gaps[stop - 1] != " "
                        or self.surname_run(stop)
                    ):
                        break
                    last = k = stop  # "Hội Nhà văn Việt Nam", "Hội Doanh nhân trẻ"
                    named = after_capital = True
                    compound = False
                    continue
                if honours and self.surname_run(k) and self.kind_of_school_only(first, k):
                    # "Hiệu trưởng Trường THPT Lê Lợi": a school still unnamed takes the name
                    # after it, even where a title waits for its person
                    split = self.second_name(k)
                    k = last = split if split is not None else self.name_run_end(k)
                    named = after_capital = True
                    compound = False
                    if split is not None:
                        break  # "Trường THPT Lê Lợi Nguyễn Văn An": then the person
                    continue
                if honours and pending and self.surname_run(k):
                    split = self.second_name(k)
                    if split is not None:  # "Trường THPT Chu Văn An Nguyễn Văn Bình"
                        k = last = split
                        break
                if (
                    self.surname_run(k)
                    and (named or pending or self.full_name(k))
                    # "Giám đốc Công ty Hoàng Hải nói", "Công ty Đóng tàu Bạch Đằng": a firm
                    # named like a person; the title's person would have a full name
                    and not (business and not self.person_after_firm(k))
                    and (pending or not honours)
                    and (named or not place_named or self.full_name(k))  # not "Ninh Hòa"
                ):
                    break  # "Chủ tịch Quốc hội Vương Đình Huệ", but "Bệnh viện Bạch Mai"
                if named and pending and not is_acronym(word) and self.foreign_pair(k):
                    # "Chủ tịch Hạ viện Rwanda Donatille Mukabalisa"; not "Sở KH-CN TP.HCM"
                    break
                if named and self.person_after_party(first, k):
                    break  # "ứng viên đảng Dân chủ Hillary Clinton"
                # a lower-case syllable may end a word that starts a group of capitals
                # ("Bộ Ngoại giao", "Cục Quản lý"), not one that ends it ("Bệnh viện Chợ
                # Rẫy tiếp nhận")
                k += 1
                last = k
                compound = (
                    # a firm's legal form before its trade does not end a group of capitals:
                    # "Công ty TNHH Gang thép …", "Công ty CP Phân bón …"
                    (not after_capital or self.words[k - 2] in _FORMS_BEFORE_TRADE)
                    and is_vietnamese(word)
                    and not is_acronym(word)
                    and word not in _WHOLE_FIELDS
                )
                # "Kinh doanh" (a capital and a lower-case syllable) says what a company does
                proper = proper or not (
                    (compound and k < n and self.words[k][0].islower())
                    or word in _FORMS_BEFORE_TRADE
                )
                named = after_capital = True
                if business and word in _FORMS_BEFORE_TRADE and not proper:
                    own = self.firm_after_trade(k)
                    if own is not None:  # "Công ty TNHH xây dựng - thương mại Trường Thọ"
                        return self.numbered(own)
                continue
            after_capital = False
            low = self.lower(k)
            if self.gaps[k - 1] == "-":
                field = self.field_after_dash(k) if named and last == k else None
                if field is not None:
                    last = k = field  # "Bộ Bưu chính - viễn thông", "Sở Qui hoạch - kiến trúc"
                    if k < n and self.lowers[k] == "và":
                        break  # "… - viễn thông và TP Hà Nội": a list goes on, not the name
                    continue
                break  # a dash joins capitals only, and a field in lower case after one
            if named and last == k and self.numbered_district(k):
                last = k + 2  # "Chi cục Thuế quận 1", "Công an phường 5"
                break
            if low == "của" and named:
                end = self.of_institution(k)
                if end is not None:
                    last = k = end  # "Ủy ban Đối ngoại của Quốc hội"
                break
            if low == "mang" and named:
                end = self.named_after(k)
                if end is not None:
                    last = k = end  # "... vi sinh vật học mang tên N. Gamaleya"
                break
            if low == "phía" and named:
                quarter = self.quarter(k)
                if quarter > k:
                    last = quarter  # "Trung tâm Xúc tiến đầu tư phía Bắc"
                break
            if low in _JOINED_PAIRS and k + 1 < n and self.joined(k + 1):
                k += 1  # "phòng, chống"
                continue
            if low == "tại" and embassy and named:
                seat = self.seated_at(k)
                if seat > k:
                    last = seat  # "Tòa án nhân dân cấp cao tại Hà Nội"
                break
            if low == "về" and named and (last == k or event) and k + 1 < n and self.gaps[k] == " ":
                topic = self.match_folded(self.g.org_words, k + 1)
                if (topic is not None or self.lowers[k + 1] == "phòng") and (
                    event or not self.words[k + 1][0].isupper()
                ):
                    k += 1  # "Ban Chỉ đạo Quốc gia về phòng, chống thiên tai"
                    continue
                break
            if low == "và":
                if (
                    named
                    and k + 1 < n
                    and self.gaps[k] == " "
                    and self.is_cap(k + 1)
                    and self.name(k + 1) is None
                    and (
                        self.cue(k + 1) is None
                        or self.place_word(k + 1)
                        or self.firm_word(k + 1)  # "Khối Cơ quan và Doanh nghiệp tỉnh …"
                    )
                    and not (
                        # "công ty Tân Thuận và QCG", "bệnh viện Chợ Rẫy và Việt Đức": a head in
                        # lower case names bodies by their own names, each its own; "và"
                        # joins fields only ("ngân hàng Nông nghiệp và Phát triển …")
                        self.lower_kind_before(first)
                        and self.own_name(first, k)
                        and self.match_folded(self.g.org_words, k + 1) is None
                    )
                ):
                    k += 1
                    compound = False
                    continue
                if named and lower_end and last == k and k + 1 < n and self.gaps[k] == " ":
                    topic = self.match_folded(self.g.org_words, k + 1)
                    if topic is not None and self.words[k + 1][0].islower():
                        k += 1  # lower-case words on both sides: "dịch tễ học và vi sinh vật học"
                        continue
                if business and named and last == k and k + 1 < n and self.gaps[k] == " ":
                    # a company's trade goes on to its short name in brackets: "Công ty Xuất
                    # nhập khẩu và hợp tác đầu tư (Vilexim)"
                    end = self.before_parenthesis(k + 1, joined=True)
                    short = self.name(end) if end is not None else None
                    if end is not None and (short is None or short.label == "ORG"):
                        last = end
                        break
                if (
                    named
                    and not proper
                    and last == k
                    and (business or self.head_in(first, _AND_FIELD_HEADS))
                    and not self.known_whole(first, k)
                    and " ".join(self.lowers[max(0, first - 2) : first]) != "tổng cục"
                ):
                    end = self.field_after_and(k)
                    if (
                        end is not None
                        and end < n
                        and self.gaps[end - 1] == " "
                        and self.is_cap(end)
                    ):
                        k = end  # "Công ty TNHH Thương mại và sản xuất bánh kẹo Hải Hà": its name
                        compound = False
                        continue
                    if end is not None:
                        last = end  # "Công ty Chế biến và kinh doanh sản phẩm khí cho biết"
                break
            if (
                low == "các"
                and named
                and not plural
                and k + 1 < n
                and self.gaps[k] == " "
                and self.match_folded(self.g.org_words, k + 1) is not None
            ):
                plural = True
                k += 1
                continue
            words = self.match_folded(self.g.org_words, k)
            if words is not None and len(words.words) == 1 and low in _VERB_STARTS:
                words = None  # "Ảrập được vinh dự": the verb "được", not the name word "Dược"
            if words is not None:
                # right after the capitalised words ("Bộ Quốc phòng xây dựng")
                right_after_capital = self.words[k - 1][0].isupper() or (
                    k >= 2 and self.words[k - 2][0].isupper()
                )
                k += len(words.words)
                # a weak word may still end a word begun by a capital ("Bóng chuyền")
                ends_word = compound and len(words.words) == 1
                compound = False
                if (
                    named
                    and business
                    and words.weak
                    and right_after_capital
                    and not proper
                    and not plural
                    and self.trade_ends_at(k)
                ):
                    last = k  # "Công ty Cơ khí xây dựng trúng thầu": the trade ends the name
                    lower_end = True
                    continue
                if (
                    named
                    and words.weak
                    and not ends_word
                    and right_after_capital
                    and not event
                    and not (business and trade_end == k - len(words.words))
                ):
                    before_verb = last  # (a company's trade goes on: "Đầu tư phát triển …")
                if named and (not words.weak or ends_word) and not plural:
                    last = k  # "weak" words may be inside a name, never at its end
                    lower_end = True
                continue
            if (
                compound
                and low not in self.g.stopwords
                and low not in _VERB_STARTS
                and word.isalpha()
                and not (k + 1 < n and f"{low} {self.lowers[k + 1]}" in _VERB_PAIRS)
            ):
                k += 1
                last = k
                compound = False
                continue
            if business and not proper:
                trade = self.trade_name(k)
                if trade is not None:  # "Công ty cổ phần Kinh doanh đá quý và trang sức Đức
                    k = trade  # Tiến": what the company does, then its own name
                    continue
            if named:
                end = self.before_parenthesis(k)
                if end is not None:
                    last = end
                elif not proper and last == k and self.head_in(first, _TAILED_HEADS):
                    # a field in capitals, what the body does in lower case and its place:
                    # "Trung tâm Phát triển quỹ đất huyện Sóc Sơn" (guideline rule 73a)
                    last = self.place_tail(k, after_field=True) or last
            elif last is None and not event:
                # "Tổ chức đột quỵ thế giới", "Phòng cảnh sát điều tra"
                last = (
                    self.world_tail(first)
                    or self.police_tail(first)
                    or self.place_tail(first)
                    or self.numbered_tail(first)
                )
            break
        if (
            before_verb is not None
            and last is not None
            and (self.words[last - 1][0].islower() or self.clause_verb(before_verb))
        ):
            # "Bộ Quốc phòng xây dựng quân đội": the verb ends the name, and a clause verb
            # does so before a capital too ("Bộ Công an chỉ đạo CQĐT …")
            last = before_verb
        if last is not None and not event and self.object_field(last):
            # a field in capitals that is a verb, and its object in lower case: "Cục Quản lý
            # đê điều", "Ban Chỉ đạo Phòng chống lụt bão trung ương"
            last = self.object_tail(last) or last
        elif last is not None and not event and self.steering_field(last):
            last = self.steered_tail(last) or last  # "Ban Chỉ đạo cải cách tư pháp trung ương"
        return None if last is None else self.numbered(last)

    def known_field(self, i: int, j: int, cue: Phrase) -> int | None:
        """End of a body named by its capitalised head at i..j, a field of org_fields.txt in
        any case and the place it serves ("Sở du lịch Hà Nội", "Cục Hàng không dân dụng Trung
        Quốc", "Trung tâm văn hóa quận 4") or a clear end (:meth:`field_ends`), or None; not
        after a capital inside a sentence ("Tây Ban Nha")."""
        if " ".join(cue.words) not in FIELD_HEADS or j >= self.n or self.gaps[j - 1] != " ":
            return None
        if (
            i > 0
            and self.gaps[i - 1] == " "
            and self.words[i - 1][0].isupper()
            and not self.sentence_start(i - 1)
        ):
            return None  # "Tây Ban Nha" (but "Theo Sở y tế, …")
        if i > 0 and self.gaps[i - 1] == " " and self.lowers[i - 1] in PLURAL:
            return None  # "Liên hiệp các Hội khoa học và kỹ thuật": a kind, inside a name
        known = self.match_lower(self.g.org_fields, j)
        if known is None:
            return self.unlisted_field(i, j)
        m = j + len(known.words)
        if m < self.n and self.gaps[m - 1] == " ":
            if self.numbered_district(m):
                return m + 2
            end = self.place_after(m)
            if end > m:
                return None if self.two_sides(end) else self.after_place(end, False, False)
        if self.field_ends(i, j, m):
            return m  # "…, Đảng cộng sản thừa nhận"
        return self.unlisted_field(i, j)  # "Ban quản lý | di tích"

    def unlisted_field(self, i: int, j: int) -> int | None:
        """End of a body named inside a sentence by its capitalised head and a field in lower
        case that org_fields.txt does not hold ("phối hợp Trung tâm ca nhạc nhẹ thực hiện",
        "xin lại từ Ban quản lý di tích làm …"): a head of _UNLISTED_HEADS (or "Ban quản lý"),
        two to _MAX_UNLISTED_FIELD syllables, none a function word, a place word or a verb's
        first, then a stop, a function word or what the body does; not a kind of body
        (:meth:`field_ends`) nor a head opening the sentence."""
        head = " ".join(self.lowers[i:j])
        if self.sentence_start(i) or (i > 0 and self.lowers[i - 1] in _KIND_BEFORE):
            return None  # "mô hình Trung tâm pháp luật cộng đồng": a kind of body
        if head in _UNLISTED_HEADS or (
            head == "ban" and " ".join(self.lowers[j : j + 2]) == "quản lý"
        ):
            end = self.lower_field_end(i, j, _MAX_UNLISTED_FIELD)
            if end is not None:
                return end
        if head not in _PLACED_HEADS or self.lowers[j] in _NOT_AFTER_HEAD.get(head, ()):
            return None  # "Hội nghị cấp cao Đông Á": a meeting, no body
        # "Hiệp hội máy móc thiết bị chế biến gỗ Đài Loan": a longer field, ended by the
        # place the body serves
        m = self.lower_field_stop(j, _MAX_PLACED_FIELD, placed=True)
        if m - j < 2 or m >= self.n or self.gaps[m - 1] != " ":
            return None
        if not self.is_cap(m) and self.words[m] not in _CONTINENT_WORDS:
            return None
        end = self.place_after(m)
        if end == m or self.two_sides(end):
            return None
        return self.after_place(end, False, False)

    def lower_field_end(self, i: int, j: int, longest: int) -> int | None:
        """End of a field in lower case of at most *longest* syllables after the head at
        i..j (:meth:`unlisted_field`), then a stop, a function word or what the body does."""
        m = self.lower_field_stop(j, longest)
        if m - j < 2:
            return None
        if m < self.n and self.gaps[m - 1] == " " and not self.deed_at(m, strict=True):
            return None  # a capital, a place word, a verb's first syllable ("… việc làm")
        return m if self.field_ends(i, j, m) else None

    def lower_field_stop(self, j: int, longest: int, placed: bool = False) -> int:
        """Where the lower-case words of a field that starts at j stop: at most *longest*,
        none a function word, a place word, a verb's first or a stop word. *placed*: the
        field ends at a place, which may start in lower case ("châu Âu"), and a device is
        no passive ("thiết bị")."""
        m = j
        while m < self.n and m - j < longest and self.gaps[m - 1] == " ":
            word = self.words[m]
            if placed and word == "bị" and self.lowers[m - 1] == "thiết":
                m += 1
                continue
            if placed and word in _CONTINENT_WORDS:
                break
            if (
                not word.islower()
                or not word.isalpha()
                or word in self.g.stopwords
                or word in _VERB_STARTS
                or word in _NOT_IN_TAIL
                or word in _DEEDS
                or word in _FIELD_STOPS
                or word in ADMIN_WORDS
                or self.blocked[m]
                or m in self.breaks
                or self.clause_verb(m)
                or self.body_deed(m)
            ):
                break
            m += 1
        return m

    def management_board(self, i: int) -> int | None:
        """End of a standing board of a site or a project named by "Ban quản lý" at i and what
        it manages in lower case (guideline rules 89, 101: "xin lại từ Ban quản lý di tích làm
        …", "giao Ban quản lý các khu du lịch tiến hành …"), then maybe the site's own name
        or its place ("Ban quản lý dự án Bạch Đằng Đông", "Ban quản lý Khu kinh tế Phú Quốc",
        "… dự án huyện Gia Lâm"); None for "Ban quản lý" alone, a board named only by its
        level ("Ban quản lý dự án quận, huyện") or words that do not end clearly."""
        k = i + 3
        if k >= self.n or " ".join(self.lowers[i + 1 : k]) != "quản lý" or self.gaps[i] != " ":
            return None
        m = k + 1 if self.lowers[k] in ("các", "những") and self.gaps[k] == " " else k
        start = strong = m
        while m < self.n and m - start < _MAX_BOARD_FIELD and self.gaps[m - 1] == " ":
            if self.lowers[m] in ADMIN_WORDS or self.blocked[m]:
                break
            if self.lowers[m] == "và" and m > start:
                joined = self.field_after_and(m)  # "Ban quản lý di tích và danh thắng …"
                if joined is not None:
                    m = strong = joined
                break
            listed = max(self.listed_field(m), self.site_noun(m))
            if listed == m:
                break  # what the board does ("… di tích đóng khung"), or a capital
            known = self.match_folded(self.g.org_words, m)
            weak = known is not None and known.weak and m + len(known.words) == listed
            strong = strong if weak else listed  # "thông tin" may be a verb: never the end
            m = listed
        if strong < m and (m >= self.n or not self.is_cap(m) or self.gaps[m - 1] != " "):
            m = strong  # "lãnh đạo Ban Quản lý dự án | thông tin."
        if m > start and m < self.n and self.lowers[m] == "phía":
            m = self.quarter(m)  # "… các dự án đường cao tốc phía Nam"
        if m >= self.n or self.gaps[m - 1] != " ":
            ends = m > start and (m >= self.n or self.t.raw_gaps[m - 1].strip()[:1] in ",.;:)")
            bare = " ".join(self.lowers[start:m]) in _BARE_BOARD_FIELDS
            return m if ends and not bare else None
        if self.lowers[m] in ADMIN_WORDS:
            place = self.place_after(m)
            return place if place > m and m > start else None  # "… dự án huyện Gia Lâm"
        if self.is_cap(m):
            if m == start and self.words[m] != "Khu":
                return None  # "Ban quản lý Dự án …": the capitals are the scan's
            if self.titled(i) and self.surname_run(m):
                return None  # "Giám đốc Ban quản lý dự án Nguyễn Văn An": its head, a person
            return self.site_name(m)
        if " ".join(self.lowers[start:m]) in _BARE_BOARD_FIELDS:
            return None  # "Ban quản lý dự án đã …": which project's, unsaid
        return m if m > start and (self.lowers[m] in _AFTER_FIRM or self.deed_at(m)) else None

    def site_name(self, m: int) -> int | None:
        """End of a site's own name at m after a board's field ("Bạch Đằng Đông", "Khu kinh tế
        Phú Quốc": "Khu", its kind in lower case, then its capitals); None when no capital
        ends it."""
        t = m
        if self.words[t] == "Khu":
            t += 1
            while t < self.n and self.gaps[t - 1] == " " and self.words[t].islower():
                if self.words[t] in self.g.stopwords or t - m > _MAX_BOARD_FIELD:
                    return None
                t += 1
        first = t
        while t < self.n and t - first < _MAX_SITE and self.gaps[t - 1] == " " and self.is_cap(t):
            t += 1
        return t if t > first else None

    def deed_at(self, m: int, strict: bool = False) -> bool:
        """True when a word that ends a body's field in lower case stands at m: a function
        word of _AFTER_NAMED_INSIDE or what the body does ("… di tích tặng", "… thực hiện");
        not the second half of a compound ("nhà | ở", "thiết | bị") nor the first ("không |
        khí"). *strict*: not a verb's first syllable either, which may end a word ("việc |
        làm")."""
        word = self.lowers[m]
        if f"{self.lowers[m - 1]} {word}" in _FIELD_COMPOUNDS or (
            m + 1 < self.n and f"{word} {self.lowers[m + 1]}" in _FIELD_COMPOUNDS
        ):
            return False
        if word in _AFTER_NAMED_INSIDE or word in _DEEDS or self.clause_verb(m):
            return True
        return (not strict and word in _VERB_STARTS) or self.body_deed(m)

    def body_deed(self, m: int) -> bool:
        """True when a verb of _BODY_DEEDS starts at m ("thực hiện", "đề nghị")."""
        return m + 1 < self.n and f"{self.lowers[m]} {self.lowers[m + 1]}" in _BODY_DEEDS

    def field_ends(self, i: int, j: int, m: int) -> bool:
        """True when a field at j..m after the head at i names the body by itself: a head of
        _NAMING_FIELD_HEADS or _NAMED_INSIDE_HEADS written with a capital, not one of a kind
        ("các Sở y tế", "một Hội nghề nghiệp"), the field no kind of body, then a stop or a
        verb of what the body does ("…, Đảng cộng sản thừa nhận", "Cục thuế đã …", "Sở du
        lịch cho biết"; not "Vụ thanh niên bị bắn" opening a sentence: the case)."""
        heading = " ".join(self.lowers[i:j])
        inside = heading in _NAMED_INSIDE_HEADS
        if heading not in _NAMING_FIELD_HEADS and not inside:
            return False
        field = " ".join(self.lowers[j:m])
        if inside and (
            self.kind_field(heading, field)
            or (i > 0 and self.gaps[i - 1] == " " and self.lowers[i - 1] in _KIND_BEFORE)
        ):
            return False  # "Trung tâm thương mại …", "một Hội nghề nghiệp"
        if (
            i > 0
            and self.gaps[i - 1] == " "
            and (self.lowers[i - 1] in PLURAL or self.words[i - 1].isdigit())
        ):
            return False  # "các Sở y tế", "4 Chi cục Hải quan cửa khẩu": a kind of body
        if field in _KIND_FIELDS:
            return False
        if self.lowers[i] == "vụ" and self.sentence_start(i):
            return False  # "Vụ thanh niên bị bắn …": the case, not a department
        if m < self.n and self.gaps[m - 1] != " ":
            stop = self.t.raw_gaps[m - 1].strip()
            if inside and stop == "," and self.is_cap(m):
                # another body listed ("Hội phụ nữ, Hội nông dân"), not its parent ("Phòng
                # giáo dục, UBND huyện …": joined later) nor a series ("…, Thể thao …")
                cue = self.cue(m)
                return (
                    cue is not None
                    and cue.label == "HEAD"
                    and (
                        heading in _ASSOCIATIONS or " ".join(cue.words) not in _PARENTS_AFTER_COMMA
                    )
                )
            if stop != "," or not self.words[m].islower():
                return stop[:1] in ",.;:)"
            # "Ủy ban khoa học, công nghệ, môi trường": a series goes on after the comma
        elif m < self.n and not self.words[m].islower():
            # "Giám đốc Sở tài chính Nguyễn Văn Bình": the body, then its head of office
            return self.titled(i) and self.surname_run(m)
        if m >= self.n:
            return True
        if self.lowers[m] in _DEMONSTRATIVES:
            return False  # "Ban xổ số này"
        if self.lowers[m] == "và" and m + 1 < self.n and self.is_cap(m + 1):
            head = self.cue(m + 1)
            if head is not None and head.label == "HEAD":
                return True  # "Sở tài chính và Sở xây dựng": a list of bodies
        if " ".join(self.lowers[m : m + 2]) == "điều tra":
            return False  # "Cục Cảnh sát điều tra …"
        if self.clause_verb(m):
            return True  # "Sở du lịch cho biết"
        if self.lowers[m] in _FIELD_GOES_ON:
            return False  # "Ủy ban kinh tế và ngân sách", "Viện … các vấn đề"
        if inside and self.gaps[m - 1] == " ":
            return self.deed_at(m)  # "… di tích tặng"; not "Phòng thuế trước bạ"
        return (
            self.lowers[m] in self.g.stopwords
            or self.lowers[m] in _VERB_STARTS
            or self.lowers[m] in _OBJECT_ENDS
        )

    def head_before(self, first: int) -> tuple[int, Phrase] | None:
        """Start and cue of the body's head that ends right before token *first*, the
        longest ("học viện", not "viện"); None when no head ends there."""
        for size in (3, 2, 1):
            h = first - size
            cue = self.cue(h) if h >= 0 else None
            if cue is not None and cue.label == "HEAD" and len(cue.words) == size:
                return h, cue
        return None

    def firm_word(self, k: int) -> bool:
        """True when a word that announces a firm's name in lower case stands at k
        ("doanh nghiệp", "cửa hàng"): written with a capital after "và", it goes on a body's
        name ("Đảng ủy Khối Cơ quan và Doanh nghiệp")."""
        cue = self.cue(k)
        return cue is not None and cue.label == "NAME" and cue.key == "ORG"

    def lower_kind_before(self, first: int) -> bool:
        """True when a body's head in lower case ends right before token *first* ("công ty",
        "bệnh viện", "đảng"); not an event's or a document's ("chương trình", "quyết định")."""
        head = self.head_before(first)
        return head is not None and self.words[head[0]].islower() and not head[1].event

    def person_after_party(self, first: int, k: int) -> bool:
        """True when two foreign words at k follow a party's name translated into Vietnamese
        ("Đảng Dân chủ Sathit Wongnongthoey", "đảng Dân chủ Hillary Clinton"): its member."""
        if not (k > first and self.lowers[first - 1] == "đảng" and self.foreign_pair(k)):
            return False
        head = self.head_before(first)
        return (
            head is not None
            and head[0] == first - 1
            and not is_acronym(self.words[k])
            and all(is_vietnamese(w) for w in self.words[first:k])
        )

    def own_name(self, first: int, k: int) -> bool:
        """True when the words first..k-1 after a body's head are a name of its own: at most
        three capitalised words, no legal form ("Tân Thuận", not "TNHH Quảng cáo")."""
        return k - first <= 3 and all(
            self.words[m] not in _FORMS_BEFORE_TRADE and self.is_cap(m) for m in range(first, k)
        )

    def kind_field(self, heading: str, field: str) -> bool:
        """True when *field* after the head *heading* says a kind of body, whatever words
        follow ("Trung tâm mua sắm cao cấp")."""
        kinds = _KIND_FIELDS_INSIDE.get(heading)
        if not kinds:
            return False
        words = field.split()
        return any(" ".join(words[:k]) in kinds for k in range(1, len(words) + 1))

    def titled(self, i: int) -> bool:
        """True when a title ends right before the head at i, or with it ("Cục trưởng | Cục
        thuế", "Giám đốc Sở | tài chính")."""
        for k in range(max(0, i - 3), i):
            cue = self.cue(k)
            if cue is not None and cue.label == "TITLE" and k + len(cue.words) in (i, i + 1):
                return True
        return False

    def district_after_head(self, k: int, cue: Phrase) -> bool:
        """True when a district or ward named by its number stands at k right after the head
        of a body that serves it ("Công an quận 12", "TAND quận 4", "Quận ủy quận 3"); not
        after a firm's or a generic head ("Lực lượng quận 1")."""
        if k >= self.n or self.gaps[k - 1] != " " or not self.numbered_district(k):
            return False
        return " ".join(cue.words) in _DISTRICT_BODY_HEADS

    def border_gate(self, k: int) -> int | None:
        """End of a border gate named in lower case at k after the head of the post that guards
        it ("cửa khẩu Long Bình", "cửa khẩu quốc tế Hà Tiên", "biên phòng cửa khẩu Cha Lo");
        None when none is. The gate's name is a known place or capitalised Vietnamese words."""
        t = k
        if self.lowers[t : t + 2] == ["biên", "phòng"]:
            t += 2  # "Trạm Kiểm soát biên phòng …"
        if self.lowers[t : t + 2] != ["cửa", "khẩu"]:
            return None
        t += 2
        if self.lowers[t : t + 2] == ["quốc", "tế"]:
            t += 2
        if t >= self.n or self.gaps[t - 1] != " " or not self.is_cap(t):
            return None
        place = self.name(t)
        if place is not None:
            return t + len(place.words) if place.label == "LOC" else None
        end = t
        while (
            end < self.n
            and end - t < _MAX_GATE_NAME
            and self.is_cap(end)
            and is_vietnamese(self.words[end])
            and (end == t or (self.gaps[end - 1] == " " and self.name(end) is None))
        ):
            end += 1  # "… Mộc Bài | Tây Ninh": the province after the gate is no part of it
        return end if end > t else None

    def numbered_district(self, k: int) -> bool:
        """True when a district or ward named by its number ("quận 1", "phường 12") stands at
        k, the place a body serves."""
        return (
            k + 1 < self.n
            and self.lowers[k] in _NUMBERED_DISTRICTS
            and self.gaps[k] == " "
            and self.words[k + 1].isdigit()
            and len(self.words[k + 1]) <= 2
            and not self.blocked[k + 1]
            and (k + 2 >= self.n or self.t.raw_gaps[k + 1] != "/")
        )

    def person_after_firm(self, k: int) -> bool:
        """True when the surname at k, right after a firm's head, starts a full name that is
        no firm's ("Giám đốc Công ty Nguyễn Văn An", "Công ty Nguyễn Văn Trường cho biết"): not
        two syllables alone ("Công ty Hoàng Hải nói") nor two before another body's head and
        name ("Tổng công ty Thái Sơn Bộ Quốc phòng")."""
        if not self.full_name(k):
            return False
        body = k + 3 < self.n and self.gaps[k + 2] == " " and self.is_cap(k + 3)
        if not body:
            return True  # the head's word is a given name: "Nguyễn Văn Trường", "Lê Văn Hội"
        cue = self.cue(k + 2) if self.lowers[k + 2] in self.g.cues else None
        return cue is None or cue.label != "HEAD"

    def trade_ends_at(self, k: int) -> bool:
        """True when a firm's trade, ending in a word that may be a verb ("xây dựng", "đầu
        tư"), ends the firm's name at token k: punctuation or what the firm does follows
        ("… Cơ khí xây dựng trúng thầu", "… Đầu tư xây dựng, …"), not an object of the verb
        ("… Cơ khí xây dựng cầu Rồng")."""
        return k >= self.n or self.gaps[k - 1] != " " or self.lowers[k] in _AFTER_FIRM

    def goes_on_after_place(self, k: int, place: Phrase) -> bool:
        """True when a capitalised word that starts no name, title or body of its own follows
        the *place* ending at token k: the place opens a firm's or a paper's own name ("Ngân
        hàng Sài Gòn Thương Tín", "báo Hà Nội Mới", "Công ty Đà Lạt Hasfarm"), not "Công ty
        Hà Nội Nguyễn Văn A" (a surname) or "Ngân hàng Việt Nam Vietcombank"; a country before
        a foreign word is the firm's country ("báo Nga Izvestia", "công ty Đài Loan Quanta",
        rule 57) unless that word ends a name ("Báo Japan Times")."""
        if k >= self.n or self.gaps[k - 1] != " " or not self.is_cap(k):
            return False
        word = self.words[k]
        if word in SENTENCE_WORDS or word in _DAY_WORDS:
            return False  # "Tập đoàn Hà Nội Nhưng …", "Báo Hà Nội Chủ nhật": no name goes on
        if (
            k + 1 < self.n
            and self.words[k + 1][0].islower()
            and mined_names().labels.get(word) in ("PER", "GIVEN")
        ):
            return False  # "Công ty Hà Nội Khánh đã …": a person named by the given name
        if (
            place.key.removeprefix("LOC:") in self.g.countries
            and not is_vietnamese(word)
            and word not in ORG_SUFFIXES
        ):
            return False
        return not (
            is_acronym(word)
            or word in self.g.surnames
            or self.name(k) is not None
            or self.cue(k) is not None
            or self.new_body(k)
        )

    def new_body(self, k: int) -> bool:
        """True when a capitalised head at k, after a lower-case word, starts another body
        ("Sở Y tế chỉ đạo Trung tâm Kiểm soát bệnh tật")."""
        if (
            k < 2
            or not self.words[k - 1][0].islower()
            or not self.words[k - 2][0].islower()  # "Thường vụ Quốc hội": one name
            or self.lowers[k - 1] in ("và", "của")
            or self.gaps[k - 1] != " "
        ):
            return False
        if k + 1 < self.n and (self.lowers[k], self.lowers[k + 1]) in _LEGISLATURES:
            return False  # "Ủy ban Dịch vụ tài chính Hạ viện": a committee of the chamber
        cue = self.cue(k) if self.lowers[k] in self.g.cues else None
        return cue is not None and cue.label == "HEAD"

    def world_tail(self, k: int) -> int | None:
        """End of a lower-case name that says what the body does and ends with "thế giới" or
        "quốc tế" ("Tổ chức đột quỵ thế giới", "Liên đoàn bóng chuyền quốc tế"): at most
        four lower-case words, none a verb or a function word, and no name right after."""
        for m in range(k, min(k + _MAX_LOWER_TAIL, self.n - 1)):
            pair = f"{self.lowers[m]} {self.lowers[m + 1]}"
            if m > k and pair in _WORLD_TAILS and self.gaps[m] == " ":
                after = m + 2
                if after < self.n and self.gaps[after - 1] == " " and self.is_cap(after):
                    return None  # a description before a name: "Hội thao … quốc tế Army Games"
                return after
            word = self.words[m]
            if (
                not word.islower()
                or not word.isalpha()
                or self.gaps[m] != " "
                or word in self.g.stopwords
                or word in _VERB_STARTS
                or word in ("và", "của", "các", "những", "với", "tại", "ở", "trên", "về")
            ):
                return None
        return None

    def trade_tail(self, k: int) -> int | None:
        """End of a lower-case name after a capitalised head of an association or a group of
        firms ("Hiệp hội sản xuất và kinh doanh dược phẩm", "Hiệp hội chế biến và xuất khẩu
        thủy sản Việt Nam", "Tổng công ty xi măng"; guideline rule 13): name words of
        org_words.txt only, one "và" between two of them, then its place or a clear end (a
        stop, a capital, a function word, a verb); None when other lower-case words follow."""
        head = next(
            (k - size for size in (3, 2) if " ".join(self.lowers[k - size : k]) in _TRADE_HEADS),
            None,
        )  # "Tổng công ty", "Hiệp hội"
        if head is None or head < 0 or not self.words[head][0].isupper():
            return None
        if head > 0 and self.lowers[head - 1] in PLURAL:
            return None  # "các Tổng công ty điện lực": the kind, not a body
        m = k
        joined = False
        while m < self.n and m - k < _MAX_TRADE and self.gaps[m - 1] == " ":
            word = self.words[m]
            if word == "và" and not joined and m > k:
                joined = True
                m += 1
                continue
            if word == "các" and m == k:
                m += 1  # "Hiệp hội các nhà sản xuất ôtô"
                continue
            trade = self.trade(m)
            if trade > m:
                m = trade
                continue
            known = self.match_folded(self.g.org_words, m) if word.islower() else None
            if known is None or known.weak or not self.words[m + len(known.words) - 1].islower():
                break
            m += len(known.words)
        if self.words[m - 1] == "và":
            if m < self.n and self.words[m] not in ("các", "những") and not self.is_cap(m):
                return None  # "… sản xuất và buôn bán vũ khí": the name goes on, unsure
            m -= 1  # "Tổng công ty xi măng và các cơ quan": "và" joins the next words
        if m == k or self.words[m - 1] == "các" or " ".join(self.lowers[k:m]) == "nhà nước":
            return None  # "Tổng công ty nhà nước": a kind of firm
        if m < self.n and self.gaps[m - 1] != " " and self.t.raw_gaps[m - 1].strip() in DASHES:
            return None  # "Liên hiệp hợp tác xã dịch vụ - sản xuất thanh long …"
        if m < self.n and self.gaps[m - 1] == " ":
            if self.lowers[m] == "rằng" or (
                m - k == 1
                and self.lowers[k] in _VERB_TRADES
                and self.lowers[m] in _VERB_TRADE_AFTER
            ):
                return None  # "Hiệp hội than rằng …": "than" (to complain) is the verb
            end = self.place_after(m)
            if end > m:
                return self.after_place(end, False, False)  # "… thủy sản Việt Nam"
            if self.is_cap(m) or self.lowers[m] in _TRADE_GOES_ON or self.words[m][0].isdigit():
                return None  # "… xây dựng Lũng Lô", "… điện lực miền Trung", "… của ngành
            nxt = self.words[m]
            pair = f"{nxt} {self.lowers[m + 1]}" if m + 1 < self.n else ""
            if (
                nxt.islower()
                and nxt not in self.g.stopwords
                and nxt not in _VERB_STARTS
                and nxt not in _OBJECT_ENDS
                and pair not in _CLAUSE_VERBS
                and pair not in _VERB_PAIRS
            ):
                return None  # "Hiệp hội dệt may đồng loạt …": where the name ends is unsure
        return m

    def clause_verb(self, m: int) -> bool:
        """True when a verb of what a body does or says, two syllables, starts at m."""
        if m + 1 >= self.n or self.gaps[m] != " ":
            return False
        pair = f"{self.lowers[m]} {self.lowers[m + 1]}"
        return pair in _VERB_PAIRS or pair in _CLAUSE_VERBS

    def trade(self, m: int) -> int:
        """End of the trade of _TRADE_WORDS at m, longest first; m when there is none."""
        return self.listed_at(m, _TRADE_WORDS, _MAX_TRADE_WORDS)

    def site_noun(self, m: int) -> int:
        """End of a kind of site of _SITE_NOUNS at m ("di tích", "khu du lịch"), longest
        first; m when there is none."""
        return self.listed_at(m, _SITE_NOUNS, _MAX_SITE_NOUN)

    def listed_at(self, m: int, listed: frozenset[str], most: int) -> int:
        """End of the words of *listed* (lower case, at most *most* of them, spaced) that
        start at m, the longest; m when none does."""
        for size in range(min(most, self.n - m), 0, -1):
            if any(self.gaps[t] != " " for t in range(m, m + size - 1)):
                continue
            if " ".join(self.words[m : m + size]) in listed:
                return m + size
        return m

    def object_field(self, k: int) -> bool:
        """True when the name before token k ends with a field in capitals that is a verb
        taking an object ("Quản lý", "Nghiên cứu", "Phòng chống")."""
        return (
            k >= 2
            and self.gaps[k - 2] == " "
            and self.words[k - 2][0].isupper()
            and f"{self.lowers[k - 2]} {self.lowers[k - 1]}" in _OBJECT_FIELDS
        )

    def steering_field(self, k: int) -> bool:
        """True when the name before token k ends with "Chỉ đạo" (a steering board), whose
        task in lower case names it only with its level or its place."""
        return (
            k >= 2
            and self.gaps[k - 2] == " "
            and self.words[k - 2] == "Chỉ"
            and self.lowers[k - 1] == "đạo"
        )

    def steered_tail(self, k: int) -> int | None:
        """End of a steering board's task in lower case at k when its level or its place ends
        it ("Ban Chỉ đạo cải cách tư pháp trung ương", "… chống dịch Trung ương"); None for a
        board named only by its task ("Ban Chỉ đạo phòng chống dịch các cấp": a bare head,
        guideline rule 85)."""
        end = self.object_tail(k)
        if end is None or end == k:
            return None
        if (
            end + 1 < self.n
            and self.gaps[end - 1] == " "
            and self.gaps[end] == " "
            and self.lowers[end : end + 2] == ["trung", "ương"]
        ):
            return end + 2
        if self.lowers[end - 2 : end] == ["trung", "ương"] or self.words[end - 1] in ("TW", "TƯ"):
            return end
        return end if self.is_cap(end - 1) else None  # a place: "… tỉnh Long An"

    def object_tail(self, k: int) -> int | None:
        """End of the object in lower case of a field that is a verb, at k ("Cục Quản lý |
        đê điều", "Viện Nghiên cứu | cây ăn quả", "Ban Chỉ đạo Phòng chống | dịch cúm gia
        cầm"), with a place after it: at most five words, name words of org_words.txt or
        words that are no function word, verb that starts what the body does or place word,
        at most four syllables of them no name word (a noun or a task, not a clause), ended by a
        verb of what the body does ("… dược thu hồi …") or a clear end (a function word, a
        verb, a stop, a capital or the text's end); None when the lower-case words go on
        ("Cục Quản lý cạnh tranh mạnh tay phạt nặng …": where the object ends is unsure)."""
        m = k
        joined = False  # one "và" between two lower-case objects ("thuốc và thực phẩm")
        plain = 0  # syllables that are no name word of org_words.txt
        while m < self.n and m - k < _MAX_OBJECT + joined and self.gaps[m - 1] == " ":
            word = self.words[m]
            pair = f"{word} {self.lowers[m + 1]}" if m + 1 < self.n else ""
            if pair in _VERB_PAIRS or pair in _CLAUSE_VERBS:
                break  # "Cục Quản lý dược kiểm tra …", "… thu hồi": what the body does
            if (
                word == "và"
                and not joined
                and m > k
                and m + 1 < self.n
                and self.gaps[m] == " "
                and self.words[m + 1].islower()
                and self.words[m + 1].isalpha()
                and self.words[m + 1] not in self.g.stopwords
                and self.words[m + 1] not in _OBJECT_ENDS
                and self.words[m + 1] not in _VERB_STARTS
            ):
                joined = True
                m += 1
                continue
            known = self.match_folded(self.g.org_words, m) if word.islower() else None
            if (
                known is not None
                and self.words[m + len(known.words) - 1].islower()
                and (m == k or word not in _VERB_STARTS)  # "… dược tổ chức hội thảo"
            ):
                m += len(known.words)  # a name word, even one that is also a verb ("phát triển")
                continue
            if (
                not word.islower()
                or not word.isalpha()
                or word in self.g.stopwords
                or word in _VERB_STARTS
                or word in _OBJECT_ENDS
                or word in _DEEDS
                or self.blocked[m]
                or m in self.breaks
            ):
                break
            plain += 1
            if plain > _MAX_PLAIN:
                return None  # "… dược giám sát lô thuốc": a clause, not a noun
            m += 1
        if m == k or self.words[m - 1] == "và":
            return None
        if m < self.n and self.gaps[m - 1] == " ":
            nxt = self.words[m]
            if m - k == _MAX_OBJECT + joined and nxt.islower() and nxt not in self.g.stopwords:
                return None  # the lower-case words go on: no clear end
            if nxt[0].isdigit():
                return None  # "Xí nghiệp Quản lý lưới điện 110 kV": a figure, not the end
            if nxt in ("TW", "TƯ"):
                return m + 1  # "… kinh tế TW"
            if nxt == "Trung" and self.lowers[m + 1 : m + 2] == ["ương"] and self.gaps[m] == " ":
                return m + 2  # "Viện Nghiên cứu quản lý kinh tế Trung ương"
        return self.place_after(m)

    def head_in(self, k: int, heads: frozenset[str]) -> bool:
        """True when the head that ends before token k, its last word or its last two ("Lữ
        đoàn"), is one of *heads* (a head at the text's first word is that word alone)."""
        head = self.lowers[k - 1]
        return head in heads or (k >= 2 and f"{self.lowers[k - 2]} {head}" in heads)

    def place_tail(self, k: int, after_field: bool = False) -> int | None:
        """End of a lower-case name that says what the body does and ends with its place
        ("Xí nghiệp đầu máy Hà Nội", "Trung tâm y tế huyện Củ Chi"; guideline rule 73a): at
        most _MAX_PLACE_TAIL lower-case words, none a verb, a function word or a number, then
        a place from the gazetteer (an administrative word before it is kept). *after_field*: the
        words go on after a capitalised field the caller took ("Trung tâm Phát triển | quỹ
        đất huyện Sóc Sơn"), the head is checked by the caller."""
        head = self.lowers[k - 1]
        if not after_field and not self.head_in(k, _DESCRIBED_HEADS):
            return None  # "Sở chỉ đạo Hà Nội": after "Bộ", "Sở" a lower-case word is a verb
        if not after_field and self.lowers[k] in _NOT_AFTER_HEAD.get(head, ()):
            return None  # "Hội thảo kinh tế Hà Nội" is a meeting, "Báo chí Mỹ" the press
        m = k
        while m < self.n and m - k < _MAX_PLACE_TAIL and self.gaps[m - 1] == " ":
            word = self.words[m]
            if not word.islower() or word in ADMIN_WORDS:  # may stand before the place
                break
            if after_field:
                known = self.field_tail_word(m, k)
                if known == m:
                    return None  # "Trung tâm Y tế thăm bệnh nhân huyện Củ Chi": a verb
                m = known
                continue
            if m > k and word == "phía":
                quarter = self.quarter(m)
                return None if quarter == m else quarter  # "Viện nghiên cứu biển phía Bắc"
            if (
                not word.isalpha()
                or word in self.g.stopwords
                or word in _VERB_STARTS
                or (word in _NOT_IN_TAIL and not (word == "tiếng" and head == "đài"))
                or self.blocked[m]
                or m in self.breaks
            ):
                return None
            m += 1
        if m == k or m >= self.n or self.blocked[m]:
            return None
        end = self.place_after(m)
        return None if end == m or self.two_sides(end) else self.after_place(end, False, False)

    def two_sides(self, end: int) -> bool:
        """True when a dash and a capital follow the place that ends at *end*: "Ủy ban hỗn hợp
        Việt Nam - Lào" names two sides, not a body's place."""
        return end < self.n and self.gaps[end - 1] == "-" and self.is_cap(end)

    def field_tail_word(self, m: int, k: int) -> int:
        """End of the lower-case word at m that goes on a field in capitals ending before k,
        m when there is none. After a field that ends in a known name word ("Trung tâm Y tế",
        "Hội Nông dân") more than two lower-case syllables must start with a name word, of
        org_words.txt or of _FIELD_TAIL_WORDS ("Bệnh viện Đa khoa trung tâm tỉnh An Giang"),
        else they say what the body does ("Trung tâm Y tế thăm bệnh nhân huyện Củ Chi");
        after a field that ends in no known word they may end it ("Hội Cựu chiến binh")."""
        word = self.words[m]
        if (
            not word.isalpha()
            or word in self.g.stopwords
            or word in _VERB_STARTS
            or word in _DEEDS
            or word in _NOT_IN_TAIL
            or self.blocked[m]
            or m in self.breaks
        ):
            return m
        words = self.match_folded(self.g.org_words, m)
        if words is not None and not words.weak:
            return m + len(words.words)
        if (
            m + 1 < self.n
            and self.gaps[m] == " "
            and f"{word} {self.lowers[m + 1]}" in _FIELD_TAIL_WORDS
        ):
            return m + 2
        if word in _FIELD_TAIL_WORDS or m > k or not self.known_word_ends(k):
            return m + 1
        t = m + 1  # a word of two syllables alone is a field's own ("Đăng kiểm cơ giới")
        while t < self.n and self.gaps[t - 1] == " " and self.words[t].islower():
            if self.words[t] in ADMIN_WORDS:
                break
            t += 1
        return m + 1 if t - m <= 2 else m

    def known_word_ends(self, k: int) -> bool:
        """True when a word of org_words.txt ends right before token k ("Y tế", "Nông dân")."""
        for j in range(max(0, k - 3), k):
            words = self.match_folded(self.g.org_words, j)
            if words is not None and j + len(words.words) == k:
                return True
        return False

    def numbered_tail(self, k: int) -> int | None:
        """End of a lower-case name that says what the body does and ends with its number
        ("Lữ đoàn tấn công độc lập số 3", "Xí nghiệp xây dựng số 2"): at most five lower-case
        words, none a verb, a function word or a place word, then "số" and a number."""
        head = self.lowers[k - 1]
        if not self.head_in(k, _NUMBERED_HEADS):
            return None  # "Chính phủ khắc phục hậu quả bão số 2", "Sở dĩ con số 34"
        if self.lowers[k] in _NOT_AFTER_HEAD.get(head, ()):
            return None  # "Trường hợp số 2" is a case
        m = k
        while m < self.n and m - k < _MAX_LOWER_TAIL and self.gaps[m - 1] == " ":
            word = self.words[m]
            if word == "số":
                break
            if (
                not word.islower()
                or not word.isalpha()
                or word in self.g.stopwords
                or word in _VERB_STARTS
                or word in _NOT_IN_TAIL
                or self.blocked[m]
            ):
                return None
            m += 1
        if m == k or m >= self.n or self.words[m] != "số":
            return None
        end = self.numbered(m)
        return end if end > m else None

    def quarter(self, k: int) -> int:
        """End of "phía Nam" / "phía Bắc" at k, the quarter a body serves, when no name goes on
        after it ("Trung tâm Y tế dự phòng phía Nam"); else k."""
        if (
            k + 1 < self.n
            and self.lowers[k] == "phía"
            and self.gaps[k - 1] == " "
            and self.gaps[k] == " "
            and self.words[k + 1] in COMPASS
            and not self.blocked[k + 1]
            and (k + 2 >= self.n or self.gaps[k + 1] != " " or not self.is_cap(k + 2))
        ):
            return k + 2
        return k

    def portfolio_rest(self, k: int) -> int:
        """End of a ministry's or a department's name whose field's first half ends at k, when
        its second half follows in lower case after "và", a dash or a comma ("Bộ Kế hoạch và
        đầu tư", "Sở Văn hóa, thể thao và du lịch"), with the place after it ("Sở Tài nguyên -
        môi trường tỉnh Đắk Nông"); else k."""
        n = self.n
        if k < 2 or k >= n or self.words[k - 2][0].islower():
            return k
        halves = _PORTFOLIO_HALVES.get((self.lowers[k - 2], self.lowers[k - 1]))
        if halves is None:
            return k
        t = k
        if self.gaps[k - 1] == " " and self.lowers[k] == "và":
            t = k + 1
        elif self.gaps[k - 1] != "-" and self.t.raw_gaps[k - 1] != ", ":
            return k
        if t >= n or (t > k and self.gaps[k] != " ") or not self.words[t].islower():
            return k
        for half in halves:
            end = t + len(half)
            if (
                end <= n
                and tuple(self.lowers[t:end]) == half
                and all(self.gaps[m] in (" ", "-") for m in range(t, end - 1))
            ):
                if any(self.blocked[m] for m in range(t, end)):
                    return k
                return self.place_after(end)
        return k

    def ministry_in_lower_case(self, i: int, k: int) -> int | None:
        """End of a ministry's portfolio written in lower case after "Bộ" at i ("Bộ y tế",
        "Bộ thương mại"; older news), or None; not a region ("Nam Bộ có mưa")."""
        if k >= self.n or self.gaps[k - 1] != " ":
            return None
        if i > 0 and self.gaps[i - 1] == " " and self.words[i - 1][0].isupper():
            return None  # "Nam Bộ"
        office = self.match_lower(self.g.portfolios, k)
        if office is None or " ".join(office.words) not in _MINISTRIES:
            return None
        end = k + len(office.words)
        if any(not self.words[m].islower() for m in range(k, end)):
            return None  # "Bộ Y tế" is the scan's
        return end

    def unit_in_lower_case(self, k: int) -> int | None:
        """End of a unit named in lower case from k when "thuộc" and its parent body follow
        ("Trường nha khoa thuộc Đại học Case Western Reserve"), or None."""
        t = k
        while (
            t < self.n
            and t - k < _MAX_LOWER_TAIL
            and self.gaps[t - 1] == " "
            and self.words[t].islower()
            and self.words[t].isalpha()
            and self.lowers[t] != "thuộc"
            and self.lowers[t] not in self.g.stopwords
            and self.lowers[t] not in _VERB_STARTS
        ):
            t += 1
        if (
            t == k
            or t + 1 >= self.n
            or self.lowers[t] != "thuộc"
            or self.gaps[t - 1] != " "
            or self.gaps[t] != " "
            or not self.is_cap(t + 1)
            or self.lowers[t + 1] not in self.g.cues
        ):
            return None
        parent = self.cue(t + 1)
        return t if parent is not None and parent.label == "HEAD" else None

    def field_pair(self, k: int) -> bool:
        """True when a capitalised cue at k starts a field of two words or more ("Xã hội" in
        "Ban Văn hóa - Xã hội", not the place word "xã")."""
        cue = self.cue(k)
        if cue is not None and cue.label == "HEAD":
            return False  # "… - Công an TP Hà Nội": a body of its own
        words = self.match_folded(self.g.org_words, k)
        return words is not None and len(words.words) > 1

    def field_after_dash(self, k: int) -> int | None:
        """End of the lower-case words of a name's field after a dash at k, when the field
        before the dash ends in lower case too ("Bộ Bưu chính - viễn thông", "Trường ĐH Khoa
        học xã hội - nhân văn", "Trung tâm Nghiên cứu thủy văn - tài nguyên nước"): words of
        org_words.txt, the last no verb; or None (a dash before what the body does, "UBND xã X
        - nơi …", or after a capital, "Công ty X - cho biết", ends the name)."""
        if (
            self.t.raw_gaps[k - 1] not in _FIELD_DASHES
            or not self.words[k - 1].islower()
            or not self.words[k].islower()
        ):
            return None
        end = k
        t = k
        while t < self.n and t - k < _MAX_LOWER_TAIL and (t == k or self.gaps[t - 1] == " "):
            if t > k and self.lowers[t] == "và" and t + 1 < self.n and t == end:
                t += 1  # "Bộ Văn hóa - thể thao và du lịch"
            cue = self.cue(t) if self.lowers[t] in self.g.cues else None
            if cue is not None and cue.label == "HEAD":
                break  # "Trường Cao đẳng Y tế - đại học Y Hà Nội": a second body
            words = self.match_folded(self.g.org_words, t) if self.words[t].islower() else None
            if words is None:
                break
            t += len(words.words)
            if not words.weak:
                end = t
        return end if end > k else None

    def police_tail(self, k: int) -> int | None:
        """End of a police unit named in lower case after its head "Phòng cảnh sát" (k is
        after the head): "Phòng cảnh sát điều tra", "Phòng cảnh sát kinh tế"; or None."""
        if k < 2 or self.words[k - 1] != "sát" or self.words[k - 2] != "cảnh":
            return None
        t = end = k
        while t < self.n and t - k < _MAX_LOWER_TAIL and self.gaps[t - 1] == " ":
            words = self.match_folded(self.g.org_words, t) if self.words[t].islower() else None
            if words is None:
                break
            t += len(words.words)
            if not words.weak or end == k:  # "cảnh sát điều tra", not "… kinh tế chuyển"
                end = t
        return end if end > k else None

    def trade_name(self, k: int) -> int | None:
        """The capitalised name after lower-case words that say what a company does (from k),
        or None."""
        t = k
        while t < self.n and t - k < _MAX_TRADE and self.words[t][0].islower():
            low = self.lowers[t]
            if (low in self.g.stopwords and low != "và") or not self.words[t].isalpha():
                return None
            if self.gaps[t] != " ":
                return None
            if low == "và" and " ".join(self.lowers[t + 1 : t + 3]) in BUSINESS_HEADS:
                return None  # "… toàn cầu và công ty TNHH X": a second firm
            t += 1
        if t == k or t >= self.n or not self.is_cap(t) or self.cue_is_title(t):
            return None
        cue = self.cue(t) if self.lowers[t] in self.g.cues else None
        return t if cue is None or cue.label != "HEAD" else None

    def firm_after_trade(self, k: int) -> int | None:
        """End of a firm's own name after its legal form and its trade in lower case, from k
        ("Công ty TNHH | xây dựng - thương mại và dịch vụ | Trường Thọ", "Công ty CP | đầu tư
        | Bảo Minh"; guideline rule 34): the own name is taken whatever it looks like (a
        head, a place, a person's name), up to four capitals and the place after them; None
        when no capital follows the trade, or one follows "và" (a second body)."""
        if k >= self.n or self.gaps[k - 1] != " ":
            return None  # "Công ty CP (huyện Chương Mỹ)"
        t = k
        while t < self.n and t - k < _MAX_FIRM_TRADE and self.words[t][0].islower():
            low = self.lowers[t]
            if (low in self.g.stopwords and low != "và") or not self.words[t].isalpha():
                return None
            if self.t.raw_gaps[t] not in (" ", " - ", " – ", "-"):
                return None
            pair = f"{low} {self.lowers[t + 1]}" if t + 1 < self.n else low
            if pair in _FIRM_DEED_PAIRS or (
                self.match_folded(self.g.org_words, t) is None
                and (low in _VERB_STARTS or low in _DEEDS or low in _FIRM_DEEDS)
            ):
                return None  # "Công ty CP thông báo …", "Công ty TNHH xin phép …": a deed
            t += 1
        if (
            t == k
            or t >= self.n
            or not self.is_cap(t)
            or not is_vietnamese(self.words[t])
            or self.lowers[t - 1] == "và"
            or self.cue_is_title(t)
        ):
            return None
        end = t + 1
        while (
            end < self.n
            and end - t < _MAX_NAME
            and self.gaps[end - 1] == " "
            and self.is_cap(end)
            and not is_acronym(self.words[end])
            and not self.cue_is_title(end)
            # "… Hoàng Long Nguyễn Văn An": the director's name after the firm's
            and not (end - t >= 2 and self.words[end] in COMMON_SURNAMES and self.full_name(end))
        ):
            end += 1
        return self.place_after(end)

    def foreign_pair_hyphen(self, k: int) -> bool:
        """True for two foreign capitalised words joined by a hyphen at k ("Al-Shifa")."""
        a, b = self.words[k - 1], self.words[k]
        return (
            self.t.raw_gaps[k - 1] == "-"
            and a[0].isupper()
            and self.is_cap(k)
            and not is_vietnamese(a)
            and not is_vietnamese(b)
            and not is_acronym(b)
        )

    def foreign_word(self, k: int) -> bool:
        """True for a capitalised foreign word at k that no gazetteer knows ("Electronics")."""
        return (
            k < self.n
            and self.gaps[k - 1] == " "
            and self.is_cap(k)
            and not is_vietnamese(self.words[k])
            and self.name(k) is None
            and self.cue(k) is None
        )

    def compound(self, k: int) -> bool:
        """True when a word of two or more syllables starts at k ("Khoa học", "Xã hội")."""
        words = self.match_folded(self.g.org_words, k)
        return words is not None and len(words.words) > 1

    def place_word(self, k: int) -> bool:
        """True for a name word at k that starts like a place cue ("Xã hội", not "Xã")."""
        cue = self.cue(k)
        words = self.match_folded(self.g.org_words, k)
        return (
            cue is not None
            and cue.label == "NAME"
            and words is not None
            and len(words.words) > len(cue.words)
        )

    def joined(self, k: int) -> bool:
        """True when token k continues a name across a dash or a comma.

        "Bộ Lao động - Thương binh và Xã hội" (a Vietnamese capital after a dash, not a place
        or another name) and "phòng, chống" ("Luật Phòng, chống tham nhũng").
        """
        gap = self.gaps[k - 1]
        if gap == "-" and is_acronym(self.words[k - 1]) and is_acronym(self.words[k]):
            if self.t.raw_gaps[k - 1] == "-":
                return True  # "Bộ GD-ĐT", "Bộ LĐ-TB&XH"
            # the halves of a field written short, spaced ("Sở GD - ĐT", "Sở TN - MT"); not
            # two known names ("ASEAN - EU")
            a, b = self.words[k - 1], self.words[k]
            return (
                self.t.raw_gaps[k - 1] == " - "
                and len(a) <= 3
                and len(b.replace("&", "")) <= 4
                and not (a in self.g.names and self.name(k - 1) is not None)
                and not (b in self.g.names and self.name(k) is not None)
            )
        if gap == "-":
            word = self.words[k]
            return (
                self.is_cap(k)
                and is_vietnamese(word)
                and not is_acronym(word)
                and is_vietnamese(self.words[k - 1])
                and (word not in self.g.names or self.name(k) is None)
                and self.t.raw_gaps[k][:1] != ":"  # "… - Ảnh: X": a picture's credit
                and (self.lowers[k] not in self.g.cues or self.cue(k) is None or self.field_pair(k))
                and not self.surname_run(k)
            )
        if self.t.raw_gaps[k - 1] != ", ":
            return False
        pair = _JOINED_PAIRS.get(self.lowers[k - 1])
        if pair is not None:
            return self.lowers[k] == pair  # "phòng, chống", "khám, chữa bệnh"
        if self.series(k):
            return True  # "Tổ chức Giáo dục, Khoa học và Văn hóa Liên hợp quốc"
        # a school of several levels: "Trường Tiểu học, THCS và THPT ..."
        return self.words[k] in _SCHOOL_LEVELS and self.lowers[k - 1] in _SCHOOL_LEVEL_ENDS

    def place_after(self, k: int) -> int:
        """Extend a name over the place right after it: "... Nestlé Việt Nam", "... tỉnh Lạng
        Sơn" (an administrative word before the place is kept, as in "Công an tỉnh Nghệ An")."""
        if k >= self.n or self.gaps[k - 1] != " " or k in self.breaks:
            return k
        t = k
        where = self.abbreviated_place(t) if self.words[t] in PLACE_ABBREVIATIONS else None
        if where is not None:
            return where[1]  # "... TP. Hà Nội"
        cue = self.cue(t) if self.words[t][0].islower() else None
        if cue is not None and cue.label == "NAME" and cue.key == "LOC" and not cue.weak:
            t += len(cue.words)
            if t >= self.n or self.gaps[t - 1] != " ":
                return k
        place = self.name(t)
        if place is None or place.label != "LOC":
            return k
        return self.place_chain(t, t + len(place.words))

    def place_chain(self, t: int, end: int) -> int:
        """End of what a body's place at t..end brings along: the places joined to it by
        dashes after a road word ("Ban quản lý dự án cao tốc Cam Lâm – Vĩnh Hảo"), or the unit
        above it after an administrative word ("Trung tâm Y tế huyện Cam Lâm tỉnh Khánh Hòa")."""
        if t == 0 or self.gaps[t - 1] != " ":
            return end
        if self.lowers[t - 1] in _ROUTE_LAST_WORDS:
            return self._route_partners(end)
        if self.lowers[t - 1] in ADMIN_WORDS and end < self.n and self.words[end][0].islower():
            up = self.cue(end)
            if up is not None and up.label == "NAME" and up.key == "LOC" and not up.weak:
                return self.place_after(end)
        return end

    def _route_partners(self, end: int) -> int:
        """End of the places joined by dashes to the one that ends at *end* ("Cam Lâm – Vĩnh
        Hảo"): capitalised Vietnamese words, at most four a place."""
        while (
            end + 1 < self.n
            and self.t.raw_gaps[end - 1].strip() in ("-", "–")
            and "\n" not in self.t.raw_gaps[end - 1]
            and self.is_cap(end)
            and is_vietnamese(self.words[end])
        ):
            stop = end + 1
            while (
                stop < self.n
                and stop - end < _MAX_NAME
                and self.gaps[stop - 1] == " "
                and self.is_cap(stop)
                and is_vietnamese(self.words[stop])
            ):
                stop += 1
            end = stop
        return end

    def of_institution(self, k: int) -> int | None:
        """End of "của Quốc hội" / "của Chính phủ" at k, the body a committee belongs to."""
        if not (k + 1 < self.n and self.gaps[k] == " " and self.is_cap(k + 1)):
            return None
        cue = self.cue(k + 1)
        if cue is not None and cue.label == "HEAD" and (cue.standalone or cue.words[0] == "chính"):
            end = k + 1 + len(cue.words)
            return self.place_after(end)
        short = self.name(k + 1) if self.words[k + 1] in self.g.names else None
        if short is not None and short.label == "ORG" and short.key in _STANDALONE_SHORT:
            return k + 1 + len(short.words)  # "Ban Dân nguyện của QH"
        return None

    def name_run_end(self, k: int) -> int:
        """End of the run of capitalised Vietnamese syllables at k (at most ``_MAX_NAME``)."""
        t = k + 1
        while (
            t < self.n
            and t - k < _MAX_NAME
            and self.gaps[t - 1] == " "
            and self.is_cap(t)
            and is_vietnamese(self.words[t])
            and not is_acronym(self.words[t])
        ):
            t += 1
        return t

    def second_name(self, k: int) -> int | None:
        """Where a second full Vietnamese name starts in the capitalised run at k, if it does.

        "Chu Văn An Nguyễn Văn Bình" -> the token of "Nguyễn": a common surname after two or
        more capitals, followed by two more.
        """
        t = k + 2
        while (
            t + 1 < self.n
            and t - k <= _MAX_NAME
            and self.gaps[t - 1] == " "
            and self.is_cap(t)
            and is_vietnamese(self.words[t])
        ):
            if self.words[t] in COMMON_SURNAMES and self.gaps[t] == " " and self.full_name(t):
                return t
            t += 1
        return None

    def series(self, k: int) -> bool:
        """True when "X, Y và Z" inside a name continues at k: capitals up to a "và" + capital."""
        t = k
        limit = min(self.n - 1, k + 5)
        while t < limit:
            if not self.is_cap(t) or not is_vietnamese(self.words[t]) or self.surname_run(t):
                return False
            cue = self.cue(t) if self.lowers[t] in self.g.cues else None
            if cue is not None and (len(cue.words) > 1 or not self.compound(t)):
                return False  # another body ("Bộ Tài chính", "Ngân hàng ..."), not "Khoa học"
            if self.words[t] in self.g.names and self.name(t) is not None:
                return False
            if self.gaps[t] != " ":
                return False
            t += 1
            if t < self.n and self.lowers[t] not in self.g.stopwords and self.words[t][0].islower():
                t += 1  # "Khoa học": a lower-case syllable after the capital
                if t >= self.n or self.gaps[t - 1] != " ":
                    return False
            if self.lowers[t] == "và":
                return t + 1 < self.n and self.gaps[t] == " " and self.is_cap(t + 1)
        return False

    def named_after(self, k: int) -> int | None:
        """End of "mang tên <Name>" at k ("Trung tâm ... mang tên N. Gamaleya")."""
        n = self.n
        if not (k + 2 < n and self.gaps[k] == " " and self.lowers[k + 1] == "tên"):
            return None
        t = k + 2
        if self.gaps[t - 1] != " " or not self.is_cap(t):
            return None
        while (
            t + 1 < n
            and self.is_cap(t + 1)
            and (self.gaps[t] == " " or (self.gaps[t] == "." and len(self.words[t]) == 1))
        ):
            t += 1
        return t + 1

    def field_after_and(self, k: int) -> int | None:
        """End of a field in capitals that goes on in lower case after the "và" at k ("Công ty
        Chế biến | và kinh doanh sản phẩm khí", "Cục Giám định | và quản lý chất lượng công
        trình"; guideline rule 13): a name word of org_words.txt or a field of org_fields.txt
        first, then such words or other lower-case words, none a function word or a verb's
        first syllable, up to a stop, what the body does or a capital (its own name or its
        place: the caller goes on); None otherwise ("Sở Du lịch và các ngành", "Công ty Dệt
        và người lao động")."""
        t = k + 1
        if t >= self.n or self.gaps[k] != " " or self.listed_field(t) == t:
            return None
        plural = False  # "các" passed: the sentence's object as well, unless brackets follow
        if self.lowers[t] in ADMIN_WORDS or " ".join(self.lowers[t : t + 2]) in _PEOPLE_NOUNS:
            return None  # "Công ty Khai thác và xã Tân Lập", "… và nông dân đồng bằng"
        while t < self.n and t - k <= _MAX_FIRM_TRADE and self.gaps[t - 1] == " ":
            listed = self.listed_field(t)
            if listed > t:
                t = listed
                if t < self.n and f"{self.lowers[t - 1]} {self.lowers[t]}" in _FIELD_COMPOUNDS:
                    t += 1  # "phát triển nhà | ở"
                continue
            word = self.lowers[t]
            pair = f"{word} {self.lowers[t + 1]}" if t + 1 < self.n else word
            if (
                word in ("các", "những")
                and t > k + 1
                and t + 1 < self.n
                and self.gaps[t] == " "
                and self.words[t + 1].islower()
                and self.lowers[t + 1] not in self.g.stopwords
                and self.lowers[t + 1] not in _VERB_STARTS
            ):
                t += 1  # "… và kinh doanh các sản phẩm khí (PV Gas)"
                plural = True
                continue
            if (
                not self.words[t].islower()
                or not self.words[t].isalpha()
                or self.blocked[t]
                or word in self.g.stopwords
                or word in ADMIN_WORDS
                or word in _FIELD_STOPS
                or word in _AFTER_FIRM
                or (word in _VERB_STARTS and pair not in _FIELD_COMPOUNDS)
                or self.firm_deed(t)
                or self.clause_verb(t)
                or self.body_deed(t)
            ):
                break
            t += 2 if pair in _FIELD_COMPOUNDS else 1
        if t - k > _MAX_FIRM_TRADE:
            return None
        if t >= self.n or self.gaps[t - 1] != " ":
            # a stop, or the body's short name in brackets ("… sản phẩm khí (PV Gas)")
            stop = self.t.raw_gaps[t - 1].strip()[:1] if t < self.n else "."
            return t if stop == "(" or (stop in ",.;:)" and not plural) else None
        if plural:
            return None  # "Công ty Xây dựng và phát triển các đơn vị …": unsure
        if self.is_cap(t):
            cue = self.cue(t) if self.lowers[t] in self.g.cues else None
            if cue is not None and cue.label in ("HEAD", "TITLE"):
                return None  # "… và đầu tư Bộ Tài chính": another body
            return t
        if self.lowers[t] in ADMIN_WORDS:
            place = self.place_after(t)
            return place if place > t else None  # "… và phát triển nhà tỉnh Bình Dương"
        word = self.lowers[t]
        ends = word in _AFTER_FIRM or word in _FIELD_STOPS or self.deed_at(t) or self.firm_deed(t)
        return t if ends else None

    def firm_deed(self, t: int) -> bool:
        """True when what a firm does starts at t ("xin phép", "bán", "thông báo")."""
        pair = f"{self.lowers[t]} {self.lowers[t + 1]}" if t + 1 < self.n else ""
        return self.lowers[t] in _FIRM_DEEDS or pair in _FIRM_DEED_PAIRS

    def known_whole(self, first: int, k: int) -> bool:
        """True when the body whose field starts at *first* is a known body ending at k, its
        head included ("Tổng cục Hải quan"): whole already, so "và" starts something else."""
        head = self.head_before(first)
        if head is None:
            return False
        known = self.name(head[0])
        return known is not None and known.label == "ORG" and head[0] + len(known.words) == k

    def listed_field(self, t: int) -> int:
        """End of the name words of org_words.txt or the field of org_fields.txt in lower
        case at t, the longer; t when neither stands there."""
        if not self.words[t].islower():
            return t
        words = self.match_folded(self.g.org_words, t)
        field = self.match_lower(self.g.org_fields, t)
        size = max(len(words.words) if words else 0, len(field.words) if field else 0)
        return t + size if size and self.words[t + size - 1].islower() else t

    def before_parenthesis(self, k: int, joined: bool = False) -> int | None:
        """ "Cục Cảnh sát giao thông (Bộ Công an)": lower-case words up to a parenthesis;
        *joined*: "và" may join two of them ("Công ty … và hợp tác đầu tư (Vilexim)")."""
        t = k
        limit = min(self.n, k + (_MAX_BEFORE_PARENTHESIS if joined else 4))
        while (
            t < limit
            and self.words[t][0].islower()
            and (self.lower(t) not in self.g.stopwords or (joined and self.lower(t) == "và"))
            and not self.blocked[t]
        ):
            t += 1
            if self.t.raw_gaps[t - 1] == " (" and t < self.n and self.is_cap(t):
                return None if self.lower(t - 1) == "và" else t
            if self.gaps[t - 1] != " ":
                return None
        return None

    def numbered(self, k: int) -> int:
        """Extend a name over "số 1" ("Công ty ... số 1") or a short number ("... Quân đội 108",
        "Nhà máy điện Phú Mỹ 2.1": a plant's number with a dot)."""
        if (
            k < self.n
            and self.gaps[k - 1] == " "
            and self.words[k].isdigit()
            and len(self.words[k]) <= 3
            and not self.blocked[k]
        ):
            if (
                k + 1 < self.n
                and self.t.raw_gaps[k] == "."
                and len(self.words[k]) <= 2
                and self.words[k + 1].isdigit()
                and len(self.words[k + 1]) <= 2
                and not self.blocked[k + 1]
            ):
                return k + 2
            return k + 1
        if (
            k + 1 < self.n
            and self.gaps[k - 1] == " "
            and self.lower(k) == "số"
            and self.gaps[k] == " "
            and self.words[k + 1].isdigit()
            and not self.blocked[k + 1]
        ):
            return k + 2
        return k

    def seated_at(self, k: int) -> int:
        """The end of "tại <place>" at k (a body's seat: "… cấp cao tại Hà Nội"); k when no
        place follows "tại" there."""
        if (
            k + 1 < self.n
            and self.lowers[k] == "tại"
            and self.gaps[k] == " "
            and (place := self.name(k + 1)) is not None
            and place.label == "LOC"
        ):
            return k + 1 + len(place.words)
        return k

    def after_place(self, k: int, embassy: bool, event: bool) -> int:
        """Extend an organisation name past its place: "... Việt Nam tại Nga", "... thống nhất"."""
        n = self.n
        if event and k + 1 < n and self.gaps[k - 1] == "-":
            other = self.name(k)
            if other is not None and other.label in ("LOC", "ORG"):
                return k + len(other.words)  # "Hiệp định ... Việt Nam - EU"
        if embassy and k < n and self.gaps[k - 1] == " " and (seat := self.seated_at(k)) > k:
            return seat  # "Đại sứ quán Việt Nam tại Nga"
        if k < n and self.gaps[k - 1] == " ":
            tail = self.match_folded(self.g.org_tails, k)
            if tail is not None:
                return k + len(tail.words)
        return k
