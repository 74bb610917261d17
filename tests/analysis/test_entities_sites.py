"""Military bases, nuclear plants, pagodas, temples and venues named after their kind word
are places (issue 9; ``benchmarks/data/GUIDELINE.md`` rules 57, 62 and 67); "căn cứ" alone
("pursuant to") and a cue word written inside a name announce nothing. Made-up sentences,
none from a benchmark set.
"""

from __future__ import annotations

import pytest

from vnreader.analysis import analyze


def spans(text: str) -> set[tuple[str, str]]:
    return {(e.label, e.text) for e in analyze(text).entities}


CASES = [
    ("Rocket rơi gần căn cứ quân sự Ramstein.", {("LOC", "Ramstein")}),
    ("Tiêm kích cất cánh từ căn cứ không quân Kadena.", {("LOC", "Kadena")}),
    ("Thanh sát viên đến nhà máy hạt nhân Zaporizhzhia.", {("LOC", "Zaporizhzhia")}),
    ("Du khách lên chùa Hương và đền Trần.", {("LOC", "Hương"), ("LOC", "Trần")}),
    ("Ca sĩ từng hát ở phòng trà Bến Thành.", {("LOC", "Bến Thành")}),
    # "căn cứ" as "pursuant to" before a law
    ("Căn cứ Luật Đầu tư, tỉnh thu hồi dự án.", {("MISC", "Luật Đầu tư")}),
    # a lower-case cue does not run into a name: "nhà" then the stadium "Hàng Đẫy", never
    # "nhà hàng" and a place "Đẫy"
    ("Khách đi ăn ở nhà Hàng Đẫy, rồi về.", set()),
    # a place word with no name after it announces nothing: the names after the comma are
    # people, whatever the word before the comma ("nhà hàng", "Hiện tại")
    (
        "Sau khi rời khỏi nhà hàng, Lâm Chí Dĩnh và Tô Hữu Bằng về nhà.",
        {("PER", "Lâm Chí Dĩnh"), ("PER", "Tô Hữu Bằng")},
    ),
    ("Hiện tại, Jeffrey đã lập gia đình ở Paris.", {("PER", "Jeffrey"), ("LOC", "Paris")}),
    # "Hang" in a Korean name is no cave
    ("HLV Park Hang Seo gọi thêm cầu thủ.", {("PER", "Park Hang Seo")}),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_sites_named_after_their_kind(text: str, expected: set[tuple[str, str]]) -> None:
    assert spans(text) == expected
