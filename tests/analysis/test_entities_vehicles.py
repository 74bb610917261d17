"""A foreign name right after a vehicle's word names the make or the model (GUIDELINE rule
35: a named product is MISC), not a person: "chiếc Range Rover", "xe máy hiệu Exciter" were
people, a frequent error in traffic and crime news. Made-up sentences, none from a set.
"""

from __future__ import annotations

import pytest

from vnreader.analysis import analyze


def spans(text: str) -> set[tuple[str, str]]:
    return {(e.label, e.text) for e in analyze(text).entities}


CASES = [
    # a make and its model after "chiếc", "xe", "ô tô", "xe máy hiệu", "nhãn hiệu"
    ("Cảnh sát tìm thấy chiếc Zorvan Tempest bị bỏ lại ven đường.", {("MISC", "Zorvan Tempest")}),
    ("Tài xế xe Quintara bỏ chạy khỏi hiện trường.", {("MISC", "Quintara")}),
    ("Anh ta lái ô tô Brelmont Axis vượt đèn đỏ.", {("MISC", "Brelmont Axis")}),
    ("Hai thanh niên đi xe máy hiệu Vextor chở theo hàng cấm.", {("MISC", "Vextor")}),
    ("Chiếc xe gặp nạn mang nhãn hiệu Corvane Elite.", {("MISC", "Corvane Elite")}),
    # driving a car ("lái ô tô"), unlike the driver's job ("lái xe …", below)
    ("Ông lái chiếc Brelmont Axis về nhà.", {("MISC", "Brelmont Axis")}),
    # the models listed after the first are models too
    ("Hãng triệu hồi dòng xe Zorvan và Quintara.", {("MISC", "Zorvan"), ("MISC", "Quintara")}),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_a_vehicle_word_names_a_make(text: str, expected: set[tuple[str, str]]) -> None:
    assert spans(text) == expected


KEPT = [
    # a Vietnamese name after "xe" is the owner's ("xe Tuyên": Tuyên's car)
    ("Túi khí xe Hoàng Tuyên bị bung.", {("PER", "Hoàng Tuyên")}),
    # the driver's job before "xe" makes the name a person's
    ("Đối tượng lái xe Jorik Malvane bị bắt tại chỗ.", {("PER", "Jorik Malvane")}),
    ("Anh đính hôn với tay đua xe hơi Dario Venetti.", {("PER", "Dario Venetti")}),
    # a word between the vehicle and the name: the vehicle carries the person
    ("Xe chở Jorik Malvane đi qua cầu.", {("PER", "Jorik Malvane")}),
    # the surname of a person named in full: that person's car
    (
        "Ông Kerwin Dalby bị bắt. Cảnh sát khám xét xe Dalby.",
        {("PER", "Kerwin Dalby"), ("PER", "Dalby")},
    ),
    # a kind of vehicle in English is no make
    ("Hành khách đi xe Limousine về quê.", set()),
    # "số hiệu", "danh hiệu": a code or a title, no make
    ("Tàu mang số hiệu Kestrel Morn cập cảng.", {("PER", "Kestrel Morn")}),
]


@pytest.mark.parametrize(("text", "expected"), KEPT)
def test_people_stay_people(text: str, expected: set[tuple[str, str]]) -> None:
    assert spans(text) == expected
