"""A Vietnamese acronym in brackets after a name gives the name its key only when its
letters are the name's initials: "Trường ĐH Dân lập Đại Nam (NLĐ)" credits the paper, it
does not abbreviate the school. Made-up sentences (none is a sentence of a benchmark set)."""

from __future__ import annotations

from vnreader.analysis import analyze


def keys(text: str) -> dict[str, str]:
    return {e.text: e.key for e in analyze(text).entities if e.label == "ORG"}


def test_a_papers_acronym_after_a_school_leaves_the_school_its_own_key() -> None:
    found = keys("Sinh viên Trường ĐH Dân lập Hòa Bình (NLĐ) nhập học sớm. NLĐ cho biết.")
    assert found["Trường ĐH Dân lập Hòa Bình"] != found["NLĐ"]


def test_an_acronym_made_of_the_names_initials_shares_its_key() -> None:
    found = keys("Đại học Quốc gia Hà Nội (ĐHQGHN) công bố điểm chuẩn. ĐHQGHN tuyển thêm.")
    assert found["Đại học Quốc gia Hà Nội"] == found["ĐHQGHN"]


def test_an_acronym_that_leaves_out_the_head_word_still_shares_its_key() -> None:
    found = keys("Bộ Kế hoạch và Đầu tư (KH-ĐT) họp báo. KH-ĐT cho biết thêm.")
    assert found["Bộ Kế hoạch và Đầu tư"] == found["KH-ĐT"]


def test_an_acronym_followed_by_more_in_the_brackets_is_no_short_name() -> None:
    found = keys("Bộ Xây dựng (PMU 18) bị điều tra. PMU cho biết.")
    assert found["Bộ Xây dựng"] != found["PMU"]


def test_an_acronym_before_a_comma_or_a_dash_in_the_brackets_is_the_short_name() -> None:
    found = keys("Ngân hàng TMCP Quân đội (MB - mã: MBB) báo lãi. MB cho biết.")
    assert found["Ngân hàng TMCP Quân đội"] == found["MB"]
    found = keys("Viện Sức khỏe Quốc gia Mỹ (NIH, Mỹ) công bố. NIH cho biết.")
    assert found["Viện Sức khỏe Quốc gia Mỹ"] == found["NIH"]


def test_the_football_federation_is_one_entity_however_written() -> None:
    found = keys("LĐBĐ VN họp. Liên đoàn Bóng đá Việt Nam ra thông báo. VFF và LĐBĐ Việt Nam.")
    assert len(set(found.values())) == 1
