"""Organisations named in lower case up to their place, and the heads of such names
(GUIDELINE rules 34 and 73a): kinds of ORG error that recur across the real-news development
sets, each with made-up sentences (none is a sentence of a benchmark set).
"""

from __future__ import annotations

import pytest

from vnreader.analysis import analyze


def spans(text: str) -> set[tuple[str, str]]:
    return {(e.label, e.text) for e in analyze(text).entities}


CASES = [
    # "Xí nghiệp", "Nông trường", "Lâm trường" head a body like "Nhà máy"
    ("Xí nghiệp Xe khách Nam Hà vừa mua thêm xe.", {("ORG", "Xí nghiệp Xe khách Nam Hà")}),
    ("Công nhân Nông trường Sông Hậu thu hoạch lúa.", {("ORG", "Nông trường Sông Hậu")}),
    # what the body does in lower case, then its place: one name
    (
        "Lãnh đạo Xí nghiệp toa xe Đà Nẵng đã nhận lỗi.",
        {("ORG", "Xí nghiệp toa xe Đà Nẵng")},
    ),
    (
        "Ông là hội viên Hiệp hội doanh nghiệp cơ khí Việt Nam từ lâu.",
        {("ORG", "Hiệp hội doanh nghiệp cơ khí Việt Nam")},
    ),
    (
        "Bệnh nhân được đưa tới Trung tâm y tế huyện Gia Lâm ngay trong đêm.",
        {("ORG", "Trung tâm y tế huyện Gia Lâm")},
    ),
    (
        "Đài truyền hình cáp Singapore phát lại trận đấu.",
        {("ORG", "Đài truyền hình cáp Singapore")},
    ),
    # up to eight lower-case syllables before the place, which must end them, none a
    # function word ("cho")
    (
        "Ông làm giám đốc Trung tâm dịch vụ cho thuê thiết bị y tế tỉnh Bắc Ninh.",
        {("LOC", "Bắc Ninh")},
    ),
    (
        "Hồ sơ được chuyển tới Trung tâm dịch vụ bán đấu giá tài sản tỉnh Lào Cai.",
        {("ORG", "Trung tâm dịch vụ bán đấu giá tài sản tỉnh Lào Cai")},
    ),
    (
        "Ông là chủ tịch Liên đoàn thương mại công nhân xây dựng Malaysia.",
        {("ORG", "Liên đoàn thương mại công nhân xây dựng Malaysia")},
    ),
    # a lower-case word after a ministry or a department is a verb, not its name
    ("Sở yêu cầu Đà Nẵng báo cáo ngay.", {("LOC", "Đà Nẵng")}),
    ("Công an truy tìm kẻ trốn khỏi Hà Nội.", {("LOC", "Hà Nội")}),
    # a head that is the start of another word, or a place noun before the place
    ("Hội thảo kinh tế Hà Nội diễn ra hôm qua.", {("LOC", "Hà Nội")}),
    ("Báo chí Mỹ đưa tin về vụ việc.", {("LOC", "Mỹ")}),
    ("Tổ chức lễ hội tại Đà Nẵng là việc khó.", {("LOC", "Đà Nẵng")}),
    ("Du khách dạo quanh trung tâm thủ đô Lisbon.", {("LOC", "Lisbon")}),
    ("Trường dạy tiếng Anh mở thêm lớp.", set()),
    # the verb "được" after a name is no name word, though it folds like "Dược"
    ("Học viện Múa được công nhận là trường trọng điểm.", {("ORG", "Học viện Múa")}),
    ("Trường Đại học Y dược Huế tuyển sinh.", {("ORG", "Trường Đại học Y dược Huế")}),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_lower_case_names_up_to_their_place(text: str, expected: set[tuple[str, str]]) -> None:
    assert spans(text) == expected


# --- committees named in lower case up to their place, and the quarter a body serves -------

COMMITTEE_CASES = [
    (
        "Theo Ủy ban bầu cử tỉnh Bắc Giang, cử tri đi bầu đông.",
        {("ORG", "Ủy ban bầu cử tỉnh Bắc Giang")},
    ),
    ("Uỷ ban nhân quyền Philippines đã lên tiếng.", {("ORG", "Uỷ ban nhân quyền Philippines")}),
    (
        "Kết quả do Ủy ban bầu cử trung ương Moldova công bố.",
        {("ORG", "Ủy ban bầu cử trung ương Moldova")},
    ),
    # a verb after the committee: the place is its object (the committee, named by its
    # field before what it does, is a name of its own: test_entities_known_fields.py)
    (
        "Ủy ban bầu cử yêu cầu Liên Hợp Quốc giám sát.",
        {("ORG", "Ủy ban bầu cử"), ("ORG", "Liên Hợp Quốc")},
    ),
    # two sides joined by a dash: a joint committee, not a committee and its place
    (
        "Ủy ban hỗn hợp Việt Nam - Campuchia họp phiên thứ ba.",
        {("LOC", "Việt Nam"), ("LOC", "Campuchia")},
    ),
    # the election is what the chamber does, its object is no part of its name
    ("Quốc hội bầu cử Chủ tịch nước mới.", {("ORG", "Quốc hội")}),
    # "phía Nam", "phía Bắc" after a body's name: the quarter it serves
    (
        "Các chuyên gia của Viện nghiên cứu hải sản phía Bắc đã khảo sát.",
        {("ORG", "Viện nghiên cứu hải sản phía Bắc")},
    ),
    (
        "Hồ sơ chuyển cho Cục Cảnh sát giao thông đường thủy phía Nam xử lý.",
        {("ORG", "Cục Cảnh sát giao thông đường thủy phía Nam")},
    ),
    (
        "Trung tâm Xúc tiến đầu tư phía Nam tổ chức hội thảo.",
        {("ORG", "Trung tâm Xúc tiến đầu tư phía Nam")},
    ),
    # a place after the quarter: the quarter is of that place, not the body's
    (
        "Bộ Quốc phòng phía Nam Hàn Quốc lên tiếng.",
        {("ORG", "Bộ Quốc phòng"), ("LOC", "Hàn Quốc")},
    ),
    ("Tổng công ty vẫn bán hàng tại phía Nam.", set()),
]


@pytest.mark.parametrize(("text", "expected"), COMMITTEE_CASES)
def test_committees_and_quarters(text: str, expected: set[tuple[str, str]]) -> None:
    assert spans(text) == expected


# --- units and firms named in lower case up to their number --------------------------------

NUMBERED_CASES = [
    (
        "Anh từng phục vụ trong Lữ đoàn pháo binh độc lập số 7.",
        {("ORG", "Lữ đoàn pháo binh độc lập số 7")},
    ),
    (
        "Công nhân Xí nghiệp may mặc số 3 nghỉ việc.",
        {("ORG", "Xí nghiệp may mặc số 3")},
    ),
    (
        "Tổ công tác của Đội cảnh sát giao thông số 4 đã lập biên bản.",
        {("ORG", "Đội cảnh sát giao thông số 4")},
    ),
    ("Bé học ở Trường tiểu học số 5 của phường.", {("ORG", "Trường tiểu học số 5")}),
    # a head of three words is found by its last two ("công ty")
    (
        "Tổng công ty xây lắp điện số 2 trúng thầu gói mới.",
        {("ORG", "Tổng công ty xây lắp điện số 2")},
    ),
    # a case, a storm: the capitalised word is no head here
    ("Trường hợp số 2 là một bé trai.", set()),
    ("Chính phủ khắc phục hậu quả bão số 3 khẩn trương.", set()),
]


@pytest.mark.parametrize(("text", "expected"), NUMBERED_CASES)
def test_lower_case_names_up_to_their_number(text: str, expected: set[tuple[str, str]]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize("last", ["chi", "bạn"])
def test_a_head_that_opens_the_text_is_read_alone_not_after_the_text_s_last_word(
    last: str,
) -> None:
    """A text's last word is never read before its first as if the text went round: "Cục"
    heads no lower-case name (a verb follows it), even when the text ends with "chi"."""
    assert spans(f"Cục phòng chống thiên tai số 7 vừa gửi thư cảm ơn {last}") == set()
