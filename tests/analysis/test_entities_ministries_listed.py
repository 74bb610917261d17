"""Ministries listed by their portfolios after one plural head (issue 9, guideline rule 111):
"các bộ Tư pháp, Ngoại giao, Y tế" is three organisations, each its portfolio alone; after a
capitalised head the first keeps it; the list ends at the first item that is no portfolio.
Made-up sentences, none from a benchmark set."""

from __future__ import annotations

from vnreader.analysis import analyze


def orgs(text: str) -> list[str]:
    return [e.text for e in analyze(text).entities if e.label == "ORG"]


def test_portfolios_after_a_lower_case_plural_head() -> None:
    text = "Các bộ Tư pháp, Thủy sản, Lao động - Thương binh và Xã hội đã cử người tham gia."
    assert orgs(text) == ["Tư pháp", "Thủy sản", "Lao động - Thương binh và Xã hội"]


def test_a_portfolio_with_a_comma_inside_is_one() -> None:
    text = "Hai bộ Văn hóa, Thể thao và Du lịch và Ngoại giao đã ký kết."
    assert orgs(text) == ["Văn hóa, Thể thao và Du lịch", "Ngoại giao"]


def test_a_capitalised_head_stays_with_the_first() -> None:
    text = "Lãnh đạo các Bộ Y tế, Công Thương và Nội vụ đã dự họp."
    assert orgs(text) == ["Bộ Y tế", "Công Thương", "Nội vụ"]


def test_after_a_colon() -> None:
    assert orgs("Đại diện các bộ: Quốc phòng, Công an đã có mặt.") == ["Quốc phòng", "Công an"]


def test_the_list_ends_at_a_body_named_whole() -> None:
    text = "Các bộ Tài chính, Xây dựng, Văn phòng Chính phủ đã góp ý."
    assert orgs(text) == ["Tài chính", "Xây dựng", "Văn phòng Chính phủ"]


def test_ministries_and_branches_name_none() -> None:
    assert orgs("Các bộ ngành đã góp ý, các bộ Tài chính thì chưa.") == []


def test_a_capitalised_head_before_a_colon_stays_apart() -> None:
    text = "Lãnh đạo các Bộ: Kế hoạch và Đầu tư, Giao thông vận tải đã dự."
    assert orgs(text) == ["Kế hoạch và Đầu tư", "Giao thông vận tải"]
