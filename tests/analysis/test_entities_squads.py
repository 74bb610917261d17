"""Clubs in a squad list and clubs written with a dotted code (GUIDELINE rules 41a, 81): the
province in a player's brackets after the year of birth is the club, when the list names
clubs by name too; "GĐT.LA"-like names are one club. Made-up sentences (none is a sentence of
a benchmark set).
"""

from __future__ import annotations

from vnreader.analysis import analyze


def spans(text: str) -> set[tuple[str, str]]:
    return {(e.label, e.text) for e in analyze(text).entities}


def test_provinces_in_a_squad_list_are_clubs() -> None:
    text = (
        "Tiền đạo (4): Lê Văn Khoa (1985, SLNA), Trần Đức Bình (1984, Bình Định); "
        "Phạm Quốc Nam (1986, Thanh Hóa); Đỗ Minh Trí (1985, Đồng Tháp)."
    )
    got = spans(text)
    assert {("ORG", "Bình Định"), ("ORG", "Thanh Hóa"), ("ORG", "Đồng Tháp")} <= got
    assert ("ORG", "SLNA") in got


def test_hometowns_of_suspects_stay_places() -> None:
    text = (
        "Công an đã bắt Lê Văn Khoa (1985, Thanh Hóa), Trần Đức Bình (1984, Bình Định) "
        "và Phạm Quốc Nam (1986, Đồng Tháp)."
    )
    got = spans(text)
    assert {("LOC", "Thanh Hóa"), ("LOC", "Bình Định"), ("LOC", "Đồng Tháp")} <= got


def test_a_club_with_a_dotted_code_is_one_name() -> None:
    got = spans("Chiều qua GĐT.LA thắng TCO.QN với tỷ số 2-1.")
    assert {("ORG", "GĐT.LA"), ("ORG", "TCO.QN")} <= got
    # a dot that ends a sentence glued to a caption joins nothing
    got = spans("Cổ động viên lo cho HAGL.LV Nguyễn Văn Tài chỉ đạo cầu thủ tập luyện.")
    assert ("ORG", "HAGL") in got
