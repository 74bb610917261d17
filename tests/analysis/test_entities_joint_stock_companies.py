"""Company news of the 2010s writes a joint-stock company "CTCP" (and a securities firm
"CTCK"): the acronym is a head like "Công ty CP", and the name after it goes on through its
trade in capitals and lower case ("CTCP Thủy sản Hoàng Vĩnh"). The terms of company reports
("BCTC", "LNST", "ĐHCĐ", "HĐTV", a stock's code "MCK") name no organisation. A firm's short
name in brackets stops at a colon: "(Novana - HOSE: NVA)" holds the short name, the exchange
and the ticker, not one name. Made-up sentences (none is a sentence of a benchmark set)."""

from __future__ import annotations

import pytest

from vnreader.analysis import analyze


def entities(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.label) for e in analyze(text).entities]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Mới đây, CTCP Thủy sản Hoàng Vĩnh đã công bố kết quả kinh doanh.",
            "CTCP Thủy sản Hoàng Vĩnh",
        ),
        ("CTCP Đầu tư Thế giới Số (MWX) vừa công bố kế hoạch.", "CTCP Đầu tư Thế giới Số"),
        ("Theo CTCK Bảo Tín (BTSC), thị trường sẽ tăng.", "CTCK Bảo Tín"),
        (
            "Nhà nước thoái vốn tại Tổng CTCP Bia - Rượu - Nước giải khát Hà Tiên (Hatibeco).",
            "Tổng CTCP Bia - Rượu - Nước giải khát Hà Tiên",
        ),
    ],
)
def test_a_joint_stock_company_written_ctcp(text: str, name: str) -> None:
    assert (name, "ORG") in entities(text)


def test_terms_of_company_reports_name_no_body() -> None:
    found = entities("Công ty vừa công bố BCTC quý 3 với LNST đạt 50 tỷ, trình ĐHCĐ thông qua.")
    assert not any(label == "ORG" for _, label in found), found


def test_a_short_name_in_brackets_stops_at_a_colon() -> None:
    found = entities("Công ty CP Địa ốc Novana (Novana - MCK: NVA) vừa công bố tờ trình.")
    assert ("Novana", "ORG") in found
    assert ("Novana - MCK: NVA", "ORG") not in found and ("MCK", "ORG") not in found


def test_a_foreign_name_in_brackets_stays_whole() -> None:
    found = entities("Văn phòng Ngân sách (Congressional Budget Office - CBO) cho biết.")
    assert ("Congressional Budget Office - CBO", "ORG") in found
