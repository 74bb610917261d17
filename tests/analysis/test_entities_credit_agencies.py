"""A picture credit names an agency or a channel when the gazetteer knows it ("Ảnh: CBS",
"Ảnh: EPA") or it ends like a company ("Ảnh: Getty Images"); a common acronym or one of a
thing given ("Ảnh: BTC", "Ảnh: NVCC", "Ảnh: BVCC", "Ảnh: CTV") names nobody; anything else,
initials too, is the photographer. An agency glued to the next caption's person is the
agency, then the person ("Ảnh: Instagram Rosie …"). Made-up sentences (none is a sentence of
a benchmark set)."""

from __future__ import annotations

import pytest

from vnreader.analysis import analyze


def credit(text: str) -> list[tuple[str, str]]:
    start = text.index("Ảnh:")
    return [(e.text, e.label) for e in analyze(text).entities if e.start > start]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Binh sĩ tuần tra ở biên giới. Ảnh: CBS.", [("CBS", "ORG")]),
        ("Người biểu tình tập trung trước tòa nhà. Ảnh: EPA", [("EPA", "ORG")]),
        ("Cháy rừng lan rộng trên đồi. Ảnh: Getty Images", [("Getty Images", "ORG")]),
        ("Chị Lan bên vườn rau của mình. Ảnh: NVCC", []),
        ("Chị Lan bên vườn rau của mình. Ảnh: FBNV", []),
        ("Khán giả cổ vũ đêm chung kết. Ảnh: BTC.", []),
        ("Nước ngập sâu trên đường. Ảnh: CTV", []),
        ("Nước ngập sâu trên đường. Ảnh: Hoàng Hà.", [("Hoàng Hà", "PER")]),
        ("Nước ngập sâu trên đường. Ảnh: H.L", [("H.L", "PER")]),
        ("Nước ngập sâu trên đường. Ảnh: VINH", [("VINH", "PER")]),
        ("Nước ngập sâu trên đường. Ảnh: NTH", [("NTH", "PER")]),
        ("Bác sĩ thăm khám cho bệnh nhân. Ảnh: BVCC", []),
    ],
)
def test_a_picture_credit_names_an_agency_a_photographer_or_nobody(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert credit(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Cô chọn váy đen dự tiệc. Ảnh: Instagram Emma Stone diện đầm lụa trắng.",
            [("Instagram", "ORG"), ("Emma Stone", "PER")],
        ),
        (
            "Đám đông chờ trước cửa. Ảnh: Getty Images Emma Watson vẫy tay chào.",
            [("Getty Images", "ORG"), ("Emma Watson", "PER")],
        ),
        (
            "Ca sĩ tập luyện trước đêm diễn. Ảnh: Instagram Trần Thu Hà mặc áo dài.",
            [("Instagram", "ORG"), ("Trần Thu Hà", "PER")],
        ),
        # a photographer's full name stays one person
        ("Con phố sau cơn mưa. Ảnh: Carlos Ortega", [("Carlos Ortega", "PER")]),
    ],
)
def test_an_agency_glued_to_the_next_captions_person(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert credit(text) == expected
