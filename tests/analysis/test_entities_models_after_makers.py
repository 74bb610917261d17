"""A maker named in one word with a model's code after it is the model, a named thing (MISC,
guideline rule 35: "iPhone 15", "Galaxy S24", "VinFast VF 8"): "Airbus A330", "Oppo A54
Pro", "LG V10", "Mazda CX5", the words that go on with the model's name taken in. Not a
youth team, a network, a channel, a size with its unit or a fixture list's hour. Made-up
sentences (none is a sentence of a benchmark set)."""

from __future__ import annotations

import pytest

from vnreader.analysis import analyze


def found(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.label) for e in analyze(text).entities]


@pytest.mark.parametrize(
    ("text", "model"),
    [
        ("Chiếc Airbus A350 của hãng đã hạ cánh an toàn.", "Airbus A350"),
        ("Mẫu Oppo A16 Pro có giá 5 triệu đồng.", "Oppo A16 Pro"),
        ("Hãng giới thiệu LG K92 tại Hà Nội.", "LG K92"),
        ("Khách mua Mazda CX8 được giảm giá.", "Mazda CX8"),
        ("Nokia G50 5G sẽ lên kệ vào tháng 9.", "Nokia G50 5G"),
        # a body named right before the maker: the product's whole name
        ("Điện thoại Sony Ericsson K750 bán chạy.", "Sony Ericsson K750"),
        ("Tai nghe Huawei FreeBuds 3i giá rẻ.", "Huawei FreeBuds 3i"),
    ],
)
def test_a_maker_with_a_model_code_is_the_model(text: str, model: str) -> None:
    assert (model, "MISC") in found(text)


@pytest.mark.parametrize(
    ("text", "maker"),
    [
        ("Đội SLNA U21 thắng 2-0.", "SLNA"),
        ("Thuê bao Viettel 5G tăng nhanh.", "Viettel"),
        ("Trận Benfica VTV3 truyền hình trực tiếp.", "Benfica"),
        ("Máy dùng ổ cứng Seagate 80GB.", "Seagate"),
        ("Lịch thi đấu: Getafe 2hValencia - Sevilla.", "Getafe"),
        ("Máy có sạc nhanh SuperFlash 65W.", "SuperFlash"),
        ("Vận động viên phá KLQG 200m ở SEA Games.", "KLQG"),
    ],
)
def test_a_code_that_names_no_model_leaves_the_maker(text: str, maker: str) -> None:
    names = [name for name, _ in found(text)]
    assert not any(name.startswith(maker + " ") for name in names)
