"""A person named by the Vietnamese given name alone, with no fuller name in the text, doing
something inside a sentence ("Trước đây, Phượng từng bị bắt"; guideline rule 7), and the
capitalised words that look like given names but are a direction, a people, a season, a
numeral or a party to a contract there. Made-up sentences, never test items.
"""

from __future__ import annotations

import pytest

from vnreader.analysis import analyze


def people(text: str) -> set[tuple[str, str]]:
    return {(e.text, e.key) for e in analyze(text).entities if e.label == "PER"}


NAMED = [
    ("Trong những ngày lẩn trốn, Phượng từng bị bắt.", {("Phượng", "PER:phượng")}),
    ("Khi hàng bị bắt, Tiếng mới cho biết là không hay.", {("Tiếng", "PER:tiếng")}),
    ("Với cam kết sau ba tháng Quyền sẽ trả lại tiền.", {("Quyền", "PER:quyền")}),
    ("Người hỗ trợ Phong cũng nhanh nhẹn không kém.", {("Phong", "PER:phong")}),
    # after a word that opens the sentence before its subject
    ("Bệnh nhân đã đỡ. Hiện Ngoan đang được điều trị tại bệnh viện.", {("Ngoan", "PER:ngoan")}),
    # the object of what is done to a person, before what they do
    ("Sau khi xảy ra sự việc, bị cáo đã cho Tiếng nghỉ việc.", {("Tiếng", "PER:tiếng")}),
    # two given names joined by "và", before what both do or as the object of a deed
    (
        "Sau đó, Lộc và Thảo đã đến nhà bị hại.",
        {("Lộc", "PER:lộc"), ("Thảo", "PER:thảo")},
    ),
    (
        "Công an huyện đã bắt giữ Toàn và Xuân, thu giữ tang vật.",
        {("Toàn", "PER:toàn"), ("Xuân", "PER:xuân")},
    ),
    # a name of two words without a surname gives no given name, but its person's key
    (
        "Ca sĩ Huyền My chia sẻ: “Hiện giờ đúng là My đang độc thân”.",
        {("Huyền My", "PER:huyền my"), ("My", "PER:huyền my")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), NAMED)
def test_given_name_alone_is_a_person(text: str, expected: set[tuple[str, str]]) -> None:
    assert people(text) == expected


NOT_PEOPLE = [
    "Tại các tỉnh phía Nam đã có hai ca tử vong.",  # a direction
    "Nhiệt độ miền Bắc và Trung sẽ cao hơn mọi năm.",
    "Lượng heo vào Nam đã giảm mạnh.",
    "Trang phục của người Thái đã thể hiện quan niệm thẩm mỹ.",  # a people
    "Một người Mỹ gốc Hoa bị bắt ở nước ngoài.",
    "Tắm biển trong mùa Thu cũng rất tuyệt.",  # a season, a planet, the New Year
    "Cuộc tấn công lên sao Kim sẽ kết thúc nhanh.",
    "Dịp Năm mới, ông đi thăm họ hàng.",
    "Cả giải Chuyên nghiệp lẫn hạng Nhất mới chỉ qua bốn vòng.",  # a rank
    "Dự kiến kỳ họp, Quốc hội khóa XI sẽ khai mạc.",  # a numeral, a party to a contract
    "Sau khi nghiệm thu, bên A đã thanh toán.",
    "Các khóa học phổ thông, chứng chỉ A và Dự bị đại học.",  # a compound's first word
    "Giữa lúc ấy, cán bộ Đoàn sẽ xây dựng bản đồ số.",  # the Youth Union
    "Theo lời dạy của Bác, Đảng đã lãnh đạo.",  # Uncle Ho, the Party
    "Giá cả không đổi, Hùng rất vui.",  # nothing a person does after it: unsure
    "Người dân ở Vinh đã quen với lũ.",  # a city, a country named short
    "Đội tuyển gặp Thái sẽ khó khăn.",
    "Trong ngày thi môn Hóa đã xảy ra sự cố.",  # a school subject, a shop, a book
    "Tiệm vàng Kim đã đóng cửa.",
    "Cách bói Kiều cũng đơn giản.",
    "Hiện Hà Nội đang mưa to.",  # the opener before a place, before a feast
    "Sau Tết đã có mưa.",
    "Nay Xuân đã về trên bản.",  # a season, a direction, a stage name after an opener
    "Rồi Đông đã về.",
    "Song Luân đang được khán giả yêu mến.",
    "Hàng từ Bắc và Nam, đã về chợ.",  # directions joined by "và"
    "Nhờ bán cho Nhật và Hàn, giá đã tăng.",  # countries named short
]


@pytest.mark.parametrize("text", NOT_PEOPLE)
def test_no_person_alone(text: str) -> None:
    assert people(text) == set()


def test_a_given_name_alone_keeps_its_marks() -> None:
    # "Hùng" is not the "Hưng" named in full in the same text
    text = "Bị can Nguyễn Minh Hưng khai đã cho Hùng làm hồ sơ giả. Dù vậy Hùng vẫn chối."
    assert people(text) == {("Nguyễn Minh Hưng", "PER:nguyễn minh hưng"), ("Hùng", "PER:hùng")}


def test_two_given_names_opening_a_sentence_before_a_deed() -> None:
    assert people("Công an đã xác định nghi phạm. Lộc và Thảo đã bỏ trốn.") == {
        ("Lộc", "PER:lộc"),
        ("Thảo", "PER:thảo"),
    }


def test_two_seasons_are_no_people() -> None:
    assert people("Mùa Xuân và Hạ đã qua rất nhanh.") == set()


def test_a_season_named_after_a_person_is_a_person() -> None:
    assert ("Hạ", "PER:hạ") in people("Chị Nguyễn Thị Xuân và Hạ đã được đưa đi cấp cứu.")
