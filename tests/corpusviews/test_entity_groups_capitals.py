"""The Entities view shows a name as Vietnamese usage writes it when its spellings differ only
in capitals: every syllable of a place's or a person's name capitalised ("Bộ Ngoại giao Việt
Nam", not "… Việt nam"), the other words of a body's name not ("Sở Giáo dục và Đào tạo", not
"Sở Giáo Dục và Đào Tạo"); such spellings count together against another spelling."""

from __future__ import annotations

from vnreader.index.entity_groups import shown_name


def test_a_place_inside_a_body_s_name_is_shown_with_its_capitals() -> None:
    forms = [("ORG:a", "Bộ Ngoại giao Việt nam", 2), ("ORG:a", "Bộ Ngoại giao Việt Nam", 2)]
    assert shown_name(forms) == "Bộ Ngoại giao Việt Nam"
    assert shown_name(list(reversed(forms))) == "Bộ Ngoại giao Việt Nam"


def test_usage_wins_over_the_more_frequent_miscapitalised_spelling() -> None:
    forms = [("ORG:b", "Sở Giáo Dục và Đào Tạo", 3), ("ORG:b", "Sở Giáo dục và Đào tạo", 2)]
    assert shown_name(forms) == "Sở Giáo dục và Đào tạo"


def test_a_person_s_name_is_shown_with_every_syllable_capitalised() -> None:
    forms = [("PER:c", "Nguyễn Văn an", 3), ("PER:c", "Nguyễn Văn An", 1)]
    assert shown_name(forms) == "Nguyễn Văn An"


def test_spellings_differing_in_capitals_count_together() -> None:
    forms = [
        ("ORG:d", "Bộ Ngoại giao", 3),
        ("ORG:d", "Bộ Ngoại giao Việt Nam", 2),
        ("ORG:d", "Bộ Ngoại giao Việt nam", 2),
    ]
    assert shown_name(forms) == "Bộ Ngoại giao Việt Nam"


def test_the_word_after_a_body_s_head_is_capitalised() -> None:
    forms = [("ORG:e", "Bộ công an", 2), ("ORG:e", "Bộ Công an", 5)]
    assert shown_name(forms) == "Bộ Công an"
    forms = [
        ("ORG:f", "Bộ Tài chính", 3),
        ("ORG:f", "Bộ tài chính", 4),
        ("ORG:f", "Bộ Tài Chính", 1),
    ]
    assert shown_name(forms) == "Bộ Tài chính"
    forms = [("ORG:g", "Bộ Giáo dục và đào tạo", 4), ("ORG:g", "Bộ Giáo dục và Đào tạo", 1)]
    assert shown_name(forms) == "Bộ Giáo dục và Đào tạo"


def test_the_people_s_bodies_keep_nhan_dan_in_lower_case() -> None:
    forms = [
        ("ORG:h", "Ủy ban Nhân dân tỉnh Nghệ An", 1),
        ("ORG:h", "Ủy ban nhân dân tỉnh Nghệ An", 1),
    ]
    assert shown_name(forms) == "Ủy ban nhân dân tỉnh Nghệ An"
    forms = [("ORG:i", "Hội đồng nhân dân", 1), ("ORG:i", "Hội đồng Nhân dân", 1)]
    assert shown_name(forms) == "Hội đồng nhân dân"


def test_a_stray_capital_in_the_first_spelling_does_not_hide_the_name() -> None:
    # a corpus holds "Việt Nam" thousands of times, and once "VIệt Nam" (a typing slip) or
    # "VIỆT NAM" (a heading) listed before it: the place is still shown "Việt Nam"
    forms = [
        ("LOC:viet nam", "VIệt Nam", 1),
        ("LOC:viet nam", "Việt Nam", 4424),
        ("LOC:viet nam", "Việt nam", 4),
    ]
    assert shown_name(forms) == "Việt Nam"
    forms = [("LOC:ha noi", "HÀ NỘI", 2), ("LOC:ha noi", "Hà nội", 3), ("LOC:ha noi", "Hà Nội", 2)]
    assert shown_name(forms) == "Hà Nội"


def test_a_paper_s_or_a_brand_s_name_has_every_word_capitalised() -> None:
    # a body named with no head (a paper, a brand, a building standing for its office)
    forms = [("ORG:j", "Tuổi trẻ", 5), ("ORG:j", "Tuổi Trẻ", 3)]
    assert shown_name(forms) == "Tuổi Trẻ"
    forms = [("ORG:k", "Lầu năm góc", 4), ("ORG:k", "Lầu Năm Góc", 2)]
    assert shown_name(forms) == "Lầu Năm Góc"
    # with a head, its other words keep usage's lower case
    forms = [("ORG:l", "Ngân hàng thế giới", 4), ("ORG:l", "Ngân hàng Thế giới", 2)]
    assert shown_name(forms) == "Ngân hàng Thế giới"


def test_a_body_s_name_opens_with_a_capital() -> None:
    # written in lower case inside sentences more often than at their start
    forms = [("ORG:m", "quốc hội", 9), ("ORG:m", "Quốc hội", 4)]
    assert shown_name(forms) == "Quốc hội"
    # a place's first word is left to the mentions: "miền Nam" is usage's
    forms = [("LOC:n", "miền Nam", 9), ("LOC:n", "Miền Nam", 4)]
    assert shown_name(forms) == "miền Nam"
