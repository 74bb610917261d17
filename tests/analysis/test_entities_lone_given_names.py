"""A Vietnamese given name written alone where a person stands in the sentence (issue 9):
the subject of what a person does, or the object of what is done to one; made-up
sentences, none from a benchmark set.
"""

from __future__ import annotations

import pytest

from vnreader.analysis import analyze


def people(text: str) -> set[str]:
    return {e.text for e in analyze(text).entities if e.label == "PER"}


CASES = [
    ("Công an đã tạm giữ Lực và Vượng để điều tra.", {"Lực", "Vượng"}),
    ("Hắn rủ thêm bạn, rồi chở Hải về nhà trọ.", {"Hải"}),
    ("Bản án nêu rõ hành vi của Phúc là côn đồ.", {"Phúc"}),
    ("Lúc đi qua con dốc thì Cường gọi tôi dừng lại.", {"Cường"}),
    ("Hương móc nối với Cường rồi tìm mối tiêu thụ.", {"Cường"}),
    ("Cả xóm can ngăn nhưng Chương vẫn không bỏ thuốc.", {"Chương"}),
    # the agent after "do", the subject after an opening clause
    ("Mọi thiệt hại do Lộc gây ra đều được bồi thường.", {"Lộc"}),
    ("Sau cuộc cãi vã, Lợi cầm dao đuổi theo.", {"Lợi"}),
    ("Mỗi lần bị nhắc nhở, Hạnh lại cãi lại mẹ.", {"Hạnh"}),
    ("Ông bảo rằng nếu Tuấn không đến thì thôi.", {"Tuấn"}),
    # ... not a region, nor a capital after a comma that does nothing a person does
    ("Sau nhiều năm, Nam không còn là điểm đến.", set()),
    ("Sau nhiều năm, Khải Định vẫn là tên phố.", set()),
    # ... nor a title in a list, nor a city one flies from
    ("Album gồm các bài Vô cực, Tình yêu xa và Mưa.", set()),
    ("Chuyến bay từ Vinh về Hà Nội bị hoãn.", set()),
    # a region, a zodiac year, a language, a word that goes on: no person
    ("Hạn hán ở phía Nam sẽ còn kéo dài.", set()),
    ("Người tuổi Thìn sẽ gặp nhiều may mắn.", set()),
    ("Album hát tiếng Hoa của cô bán rất chạy.", set()),
    ("Chữ C không phải là tên người, mà là Công khai.", set()),
    # a city that is also a given name, beside another place
    ("Bộ giao thêm vốn cho Vinh và Hà Tĩnh.", set()),
    # ... beside a place of the mined names only, or one no list holds that the text writes
    # after a place word
    ("Du lịch của Vinh và Cửa Lò tăng mạnh.", set()),
    ("Du lịch của Vinh và Quỳnh Sa tăng mạnh. Thị xã Quỳnh Sa đón nhiều khách.", set()),
    ("Du lịch của Vinh và Quỳnh Sa tăng mạnh. TP Vinh đón nhiều khách.", set()),
    # ... but not a longer place that only starts with the name
    ("Công an tạm giữ Lực và Vượng để điều tra. Cả hai quê ở xã Lực Hành.", {"Lực", "Vượng"}),
    # a list whose next item may be a team: left to the rules of lists
    ("Giải thưởng của Hiếu, Domesco Eximbank trao sau trận.", set()),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_a_given_name_alone_where_a_person_stands(text: str, expected: set[str]) -> None:
    assert people(text) == expected
