"""Acronyms of common nouns and trade terms frequent in the news of 2016-2019 are no
organisations ("CPH" cổ phần hóa, "NĐT" nhà đầu tư, "ICBM", "ETC", "737 MAX"); a bare procuracy
written short names nothing alone but one with its place ("VKS Đắk Hà"); named weapon systems
are products, MISC. Made-up sentences (none is a sentence of a benchmark set)."""

from __future__ import annotations

import pytest

from vnreader.analysis import analyze


def found(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.label) for e in analyze(text).entities]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Tiến độ CPH các doanh nghiệp nhà nước vẫn chậm.", "CPH"),
        ("Nhiều NĐT đã mất trắng sau khi sàn đóng cửa.", "NĐT"),
        ("Em đạt giải HSG cấp tỉnh môn Toán.", "HSG"),
        ("Số vụ TNGT giảm so với năm trước.", "TNGT"),
        ("Bình Nhưỡng tuyên bố đã thử thành công ICBM mới.", "ICBM"),
        ("Các trạm sẽ chuyển sang thu phí ETC từ tháng sau.", "ETC"),
        ("Khách hàng có thể quẹt thẻ qua máy POS tại quầy.", "POS"),
        ("Hãng bay tạm dừng khai thác máy bay 737 MAX.", "MAX"),
        ("Tại phiên tòa, VKS đề nghị mức án 3 năm tù.", "VKS"),
        ("Thí sinh mang SBD 215 đã đoạt vương miện.", "SBD"),
        ("Thành phố sẽ hoàn thành CSDL dân cư trong năm tới.", "CSDL"),
        ("Hội thảo bàn về đẩy mạnh TTKDTM trong dịch vụ công.", "TTKDTM"),
        ("Cuộc diễu hành ủng hộ cộng đồng LGBT diễn ra sáng nay.", "LGBT"),
    ],
)
def test_a_common_noun_acronym_is_no_organisation(text: str, word: str) -> None:
    assert word not in [t for t, _ in found(text)]


def test_a_procuracy_written_short_with_its_place_is_an_organisation() -> None:
    assert ("VKS Đắk Hà", "ORG") in found("Hồ sơ đã được chuyển sang VKS Đắk Hà.")


def test_a_named_weapon_system_is_a_product() -> None:
    assert ("THAAD", "MISC") in found("Seoul cho phép triển khai hệ thống THAAD ở phía nam.")
