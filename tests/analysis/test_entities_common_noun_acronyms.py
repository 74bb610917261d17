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
        # technical terms, papers and taxes of the 2000s' news
        ("Nhà mạng chuyển từ công nghệ CDMA sang GSM trong năm nay.", "CDMA"),
        ("Nhà mạng chuyển từ công nghệ CDMA sang GSM trong năm nay.", "GSM"),
        ("Dịch vụ gọi điện VoIP giá rẻ thu hút người dùng.", "VoIP"),
        ("Bạn đọc có thể tải bản PDF của báo cáo.", "PDF"),
        ("Máy có CPU lõi kép và ổ HDD dung lượng lớn.", "CPU"),
        ("Các ISP trong nước đồng loạt giảm cước.", "ISP"),
        ("Em đạt 600 điểm TOEFL sau một năm tự học.", "TOEFL"),
        ("Doanh nghiệp được hoàn thuế GTGT trong 15 ngày.", "GTGT"),
        ("Người vi phạm bị tước GPLX 2 tháng.", "GPLX"),
        ("Số ca mắc SXH tăng mạnh trong tháng 8.", "SXH"),
    ],
)
def test_a_common_noun_acronym_is_no_organisation(text: str, word: str) -> None:
    assert word not in [t for t, _ in found(text)]


def test_a_procuracy_written_short_with_its_place_is_an_organisation() -> None:
    assert ("VKS Đắk Hà", "ORG") in found("Hồ sơ đã được chuyển sang VKS Đắk Hà.")


def test_a_named_weapon_system_is_a_product() -> None:
    assert ("THAAD", "MISC") in found("Seoul cho phép triển khai hệ thống THAAD ở phía nam.")


def test_a_firm_named_with_a_trade_acronym_keeps_it() -> None:
    assert ("Công ty XNK Thủy sản Cửu Long", "ORG") in found(
        "Công ty XNK Thủy sản Cửu Long vừa ký hợp đồng mới."
    )


@pytest.mark.parametrize(
    ("text", "short"),
    [
        ("Kim ngạch thương mại VN - TQ tăng 20%.", "TQ"),
        ("Hàng TQ giá rẻ tràn vào chợ biên giới.", "TQ"),
        ("Các nhà đầu tư TBN quan tâm tới năng lượng tái tạo.", "TBN"),
    ],
)
def test_countries_written_short_are_places(text: str, short: str) -> None:
    assert (short, "LOC") in found(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # foreign initials of a term described in lower case, and the term named again
        ("Bệnh nhân mắc hội chứng suy giảm vận động (MDX) hiếm gặp.", "MDX"),
        ("Liệu pháp điều chỉnh nội tiết bổ sung (HTP) giúp giảm triệu chứng. HTP có lợi.", "HTP"),
        # a body's word inside another word, or a treaty named after bodies
        ("Hệ thống dùng mạng cục bộ ảo (VLNX) để kết nối.", "VLNX"),
        ("Hai nước rút khỏi hiệp ước các lực lượng tầm xa (IRFX).", "IRFX"),
        ("Các hộ có chỉ số tiêu thụ năng lượng (ECI) cao sẽ được hỗ trợ.", "ECI"),
    ],
)
def test_foreign_initials_of_a_lower_case_term_are_no_organisation(text: str, word: str) -> None:
    assert word not in [t for t, _ in found(text)]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        # a body's head in the description, or before it opening the sentence
        ("Hiệp hội công nghiệp bán dẫn (SDA) vừa công bố doanh số.", "SDA"),
        ("Liên đoàn thống kê và lịch sử thể thao quốc tế (IFSH) hôm qua công bố.", "IFSH"),
        ("Họ gửi đơn tới công ty phân phối thiết bị y tế (MTX) tuần trước.", "MTX"),
        ("Theo trung tâm kiểm soát và phòng ngừa dịch bệnh (CDPC), số ca giảm.", "CDPC"),
        ("Theo cơ quan năng lượng quốc tế (IEX) thì giá dầu tăng.", "IEX"),
        ("Binh sĩ thuộc lực lượng đặc biệt (SSX) đang tham chiến.", "SSX"),
        # the tail of a name, the object of a preposition
        ("Ông đầu tư 10 tỷ USD vào đồng Bảng Anh (GBX).", "GBX"),
        ("Chất này an toàn, một quan chức của (SFDX) cho biết.", "SFDX"),
    ],
)
def test_a_body_described_in_lower_case_keeps_its_acronym(text: str, body: str) -> None:
    assert (body, "ORG") in found(text)


def test_a_names_lower_case_tail_keeps_its_acronym() -> None:
    assert ("ĐHSX", "ORG") in found("Học sinh Trường TH thực hành (ĐHSX) đạt giải nhất.")
