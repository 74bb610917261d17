"""A people whose name also names its state ("Do Thái", "Ả Rập") is a place after a noun of
what a state has (its army, government, courts, media), and no entity where it names the
people or their faith (guideline rules 40 and 93). Made-up sentences (none is a sentence of
a benchmark set)."""

from __future__ import annotations

import pytest

from vnreader.analysis import analyze


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Xe tăng của quân đội Do Thái đã tiến vào thị trấn.", "Do Thái"),
        ("Hai binh sĩ Do Thái bị thương trong vụ đụng độ.", "Do Thái"),
        ("Một tòa án Do Thái sẽ xét xử vụ việc vào tuần tới.", "Do Thái"),
        ("Đoạn băng được một kênh truyền hình Ảrập phát đi tối qua.", "Ảrập"),
        ("Sự kiện thu hút sự chú ý của thế giới Ả Rập.", "Ả Rập"),
        ("Các nước Ả-rập đã họp khẩn tại Cairo.", "Ả-rập"),
        ("Máy bay Do Thái đã không kích khu vực này.", "Do Thái"),
        ("Thủ tướng nói nhà lãnh đạo Do Thái đã nhận lời mời.", "Do Thái"),
    ],
)
def test_a_people_named_for_its_state_is_a_place(text: str, name: str) -> None:
    found = [(e.text, e.label) for e in analyze(text).entities]
    assert (name, "LOC") in found


@pytest.mark.parametrize(
    "text",
    [
        "Hàng nghìn người định cư Do Thái đã rời khỏi khu vực.",
        "Cộng đồng Do Thái ở thành phố tổ chức lễ tưởng niệm.",
        "Ông lên án chủ nghĩa bài Do Thái.",
        "Nhiều người Ả Rập sống ở khu phố cổ.",
        "Do Thái giáo là một tôn giáo lâu đời.",
        # the people's own world and faith
        "Ông là một lãnh đạo Do Thái giáo có ảnh hưởng.",
        "Trong thế giới Do Thái, lễ này rất quan trọng.",
        # two peoples paired by a dash are no couple of people, nor is a people named again
        "Họ bàn về xung đột Ảrập - Do Thái nói chung.",
        "Ai Cập thả doanh nhân Do Thái bị bắt. Israel thả những người tấn công người Do Thái.",
    ],
)
def test_the_people_itself_is_no_entity(text: str) -> None:
    assert not [e for e in analyze(text).entities if e.text in ("Do Thái", "Ả Rập")]


def test_one_key_for_the_spellings_of_the_arab_world() -> None:
    keys = {
        e.key
        for text in ("Các đài truyền hình Ảrập đưa tin.", "Các đài truyền hình Ả Rập đưa tin.")
        for e in analyze(text).entities
    }
    assert keys == {"LOC:a rap"}
