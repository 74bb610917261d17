"""A department's or ministry's field keys alike written short or in full, so the Entities view
groups one body's mentions: "Sở GD-ĐT", "Sở GD - ĐT", "Sở GD&ĐT", "Sở Giáo dục và Đào tạo"
and "Sở Giáo dục - Đào tạo" are one department; "Sở GD" alone and another field are not.
Made-up sentences."""

from __future__ import annotations

from vnreader.analysis import analyze


def key(text: str) -> str:
    (entity,) = analyze(text).entities
    return entity.key


def test_the_spellings_of_one_department_share_a_key() -> None:
    spellings = ["Sở GD-ĐT", "Sở GD - ĐT", "Sở GD&ĐT", "Sở Giáo dục và Đào tạo"]
    keys = {key(f"{s} Hà Nội vừa công bố lịch thi.") for s in spellings}
    keys.add(key("Sở Giáo dục - Đào tạo Hà Nội vừa công bố lịch thi."))
    assert len(keys) == 1


def test_a_field_of_three_parts_and_a_ministry() -> None:
    assert key("Bộ LĐ-TB&XH vừa ban hành thông tư.") == key(
        "Bộ Lao động - Thương binh và Xã hội vừa ban hành thông tư."
    )
    assert key("Bộ NN&PTNT vừa ban hành thông tư.") == key(
        "Bộ Nông nghiệp và Phát triển nông thôn vừa ban hành thông tư."
    )


def test_other_bodies_keep_their_own_keys() -> None:
    gd = key("Sở GD&ĐT Hà Nội vừa công bố lịch thi.")
    assert key("Sở GD Hà Nội vừa công bố lịch thi.") != gd
    assert key("Sở TN&MT Hà Nội vừa công bố lịch thi.") != gd
    assert key("Bộ Ngoại giao vừa ra thông cáo.") == "ORG:bo ngoai giao"
