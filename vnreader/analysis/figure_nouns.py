"""Counted nouns of two or three syllables, so that a figure's span never ends inside a word.

Vietnamese writes every syllable apart, so "9 tiểu bang" looks like "9" + "tiểu" + "bang".
The guideline takes the first noun after a number into the span, and that noun may be a word
of several syllables ("20 đơn vị", "2 nhà lãnh đạo", "5 nhà hàng"). The nouns with a unit of
their own are in :mod:`vnreader.analysis.figure_units`; this module lists the others, and
:func:`compound_end` finds the longest of either kind at a position.

A classifier followed by what it counts is not one word: "1.335 ca mắc", "2.300 hộ dân",
"600 nghìn lượt khách", "2 xe tải" keep the classifier alone (GUIDELINE.md, rule 24), so such
pairs are not listed here; words whose meaning is not the sum of their parts are ("xe tăng",
"tàu ngầm", "nhà hàng").
"""

from __future__ import annotations

import re
from importlib import resources

from vnreader.analysis.figure_units import UNITS, words

__all__ = [
    "BOUND_FIRST",
    "COMPOUND_NOUNS",
    "VERB_FIRST",
    "compound_end",
    "compound_unit",
    "verb_after",
]

# "_" joins the syllables of one word.
COMPOUND_NOUNS: frozenset[str] = frozenset(
    w.replace("_", " ")
    for w in words(
        """
        tiểu_bang tiểu_đoàn tiểu_thương tiểu_dự_án tiểu_vùng tiểu_ban tiểu_khu tiểu_hành_tinh
        đơn_vị đơn_thư đơn_kiến_nghị đơn_đặt_hàng
        nhà_hàng nhà_ở nhà_xưởng nhà_kho nhà_văn_hóa nhà_văn_hoá nhà_trẻ nhà_ga nhà_thờ
        nhà_tù nhà_mạng nhà_cung_cấp nhà_thầu nhà_tài_trợ nhà_xuất_bản nhà_băng nhà_vườn
        nhà_nghỉ nhà_vệ_sinh nhà_sản_xuất nhà_phân_phối nhà_bán_lẻ nhà_nhập_khẩu
        nhà_xuất_khẩu nhà_tuyển_dụng nhà_vô_địch nhà_điều_hành nhà_chức_trách
        nhà_phát_triển nhà_hát nhà_thi_đấu nhà_chung_cư nhà_cao_tầng nhà_tạm nhà_kính
        nhà_đài nhà_tang_lễ nhà_khách nhà_lưu_trú nhà_giàn nhà_bè nhà_chờ nhà_mẫu
        nhà_ống nhà_phố nhà_sàn nhà_rông nhà_bảo_tàng nhà_in nhà_giam
        xe_tăng xe_đạp xe_lăn xe_ôm xe_cộ
        tàu_ngầm tàu_sân_bay tàu_hỏa tàu_hoả tàu_bay tàu_vũ_trụ tàu_điện tàu_thuyền
        máy_tính máy_móc máy_bơm máy_thở máy_chủ máy_ảnh máy_phát_điện máy_cày máy_xúc
        máy_quay máy_lọc máy_chạy_thận máy_in máy_đo máy_gặt ti_vi
        hũ_cốt nhà_thuốc rọ_sắt sân_khấu
        con_số con_đường con_người con_em con_cháu con_giống con_tàu con_đập con_sông
        nền_kinh_tế đơn_tố_cáo đơn_đề_nghị chức_vô_địch màn_hình báo_cáo hòn_đảo cánh_tay
        giấy_chứng_nhận căn_cứ mũi_thi_công châu_lục ống_kính nút_bấm bãi_biển khung_hình bài_tập
        đồng_hồ đồng_hồ_đo đồng_tiền bàn_tay bàn_chân bàn_ăn bàn_tiệc bàn_làm_việc
        hộ_chiếu hộ_khẩu
        điểm_đến điểm_cầu điểm_nóng điểm_bán điểm_giao_dịch điểm_trường điểm_thi
        điểm_tiêm điểm_du_lịch điểm_sạt_lở điểm_đen điểm_bán_hàng
        trung_tâm cơ_quan tổ_chức chi_nhánh văn_phòng cửa_hàng siêu_thị khách_sạn
        thương_hiệu gói_thầu hạng_mục hồ_sơ vụ_án tỷ_lệ tỉ_lệ
        vùng_lãnh_thổ vùng_miền khu_vực khu_dân_cư khu_đô_thị khu_kinh_tế khu_chế_xuất
        khu_nghỉ_dưỡng khu_phố khu_cách_ly khu_nhà khu_vui_chơi khu_rừng khu_mỏ
        tỉnh_thành thị_xã thị_trấn thị_trường quận_huyện phường_xã xã_phường thôn_bản
        buôn_làng bản_làng làng_nghề phường_thị_trấn xã_đảo đặc_khu
        loại_hình lĩnh_vực ngành_nghề ngành_hàng chỉ_tiêu tiêu_chí nhiệm_vụ giải_pháp
        chính_sách thủ_tục thủ_tục_hành_chính dịch_vụ sáng_kiến đề_tài đề_án công_nghệ
        bài_báo bài_viết bài_hát tác_phẩm cuốn_sách đầu_sách tờ_báo cơ_quan_báo_chí
        trận_đấu giải_đấu giải_thưởng kỷ_lục danh_hiệu bằng_khen
        tuyến_đường tuyến_phố tuyến_xe tuyến_bay đường_bay đường_dây cây_cầu cầu_cảng
        bến_cảng bến_xe sân_bay cảng_biển cảng_hàng_không
        dân_tộc dân_tộc_thiểu_số vòng_đấu mùa_giải đường_chuyền thuê_bao cửa_khẩu
        cấp_độ ghế_ngồi chỗ_ngồi món_ăn màu_sắc bài_thi môn_thi môn_học
        vị_trí phiên_bản phiên_họp phiên_tòa phiên_toà phiên_giao_dịch điều_kiện con_giáp
        ngôi_trường ngôi_làng ngôi_chùa ngôi_mộ ngôi_sao căn_phòng
        cơ_sở_giáo_dục
        cơ_sở_y_tế trạm_y_tế phòng_khám trạm_xá bệnh_xá
        đại_học học_viện viện_nghiên_cứu hiệp_hội câu_lạc_bộ đội_bóng đội_tuyển
        binh_đoàn binh_chủng quân_đội lực_lượng
        cổ_phiếu cổ_phần trái_phiếu hợp_đồng_tương_lai lô_hàng lô_đất thửa_đất mảnh_đất
        căn_biệt_thự biệt_thự chung_cư toà_nhà tòa_nhà cao_ốc
        ngân_hàng_thương_mại quỹ_đầu_tư công_ty_con
        tài_liệu hiện_vật cổ_vật di_tích di_sản di_vật
        ý_kiến câu_hỏi kiến_nghị đơn_khiếu_nại
        gia_súc gia_cầm vật_nuôi
        bức_ảnh bức_tranh bức_tượng bộ_phim tập_phim
        tấm_ảnh tấm_vé vé_máy_bay
        lò_phản_ứng tên_lửa quả_tên_lửa đầu_đạn máy_bay_chiến_đấu trực_thăng
        tổ_máy tuabin tua_bin
        sân_phụ sân_tập sân_vận_động sân_golf sân_chơi sân_khấu gian_hàng hội_đồng chữ_ký
        chỗ_ở trạm_thu_phí đường_kiến_tạo bộ_phận bữa_ăn tuần_trăng điện_thoại
        ngón_tay ngón_chân nhãn_hiệu tủ_lạnh khó_khăn yêu_cầu mô_hình vết_thương câu_chuyện
        trò_chơi cụm_công_nghiệp kênh_truyền_hình đám_cưới ổ_dịch cú_sút môn_thi_đấu
        tổng_công_ty tổng_cục tổng_đại_lý liên_doanh liên_hiệp_quốc kết_cấu_hạ_tầng mức_độ
        trụ_cứu_hỏa trụ_cứu_hoả trụ_sở bệnh_lý đầu_việc đầu_mối bao_tải thành_phần
        tầng_hầm rạp_chiếu_phim âm_thanh
        """
    )
)


# First syllables that do not stand alone as a noun after a number: a Sino-Vietnamese syllable
# needs the one after it ("3 nguyện vọng", "5 thi thể", "2 đột biến", "54 dân tộc"), so the
# counted noun is the two of them even when the word is not listed above.
BOUND_FIRST: frozenset[str] = words(
    """
    thủy thuỷ yếu nguyện nhân đột phương diễn mục vấn giai hệ vệ nền nguyên tùy tuỳ nội
    thiết thế hình quyết giám sắc đối địa nghiên động trợ phân trụ ứng tín quảng tội tiểu
    đơn trung cơ chi văn siêu thương hạng hiệp kỹ kĩ kỷ kỉ chính chủ chuyên công quan quốc
    dự doanh sản tài thị thủ thông tiêu tiến tiết ý kiến nhiệm hoạt chương dịch sáng
    đề tác lực binh sĩ học giáo sinh đại đặc ngân hợp chứng cổ dân ủy uỷ phó siêu nghị
    khán vận tuyển lãnh nghệ cá thi chiến hải gương thiếu cảnh dấu chế sư kế phụ
    huấn chức thai nông cộng đáp kịch chìa giấy ấn cáo ngư linh thực
    điện hậu nghi lý lí chủng giao bưu sai thẩm hóa hoá giả xí khả nguy thất thắc biện chấn ưu
    ngoại tình liên phong tế cường tổng kết điển lựa cấu chu tử mô thay bổ
    """
)


# Verbs of two syllables that follow a unit's or a name's number ("Tiểu đoàn 3 phối hợp",
# "Đội 2 tham gia"): their first syllable is not a counted noun. Verbs that are also nouns
# ("3 tổ chức", "2 đề nghị", "5 yêu cầu") are left out.
VERB_PAIRS: frozenset[str] = frozenset(
    w.replace("_", " ")
    for w in words(
        """
        phối_hợp tham_gia kiểm_tra thực_hiện tiến_hành chấm_dứt triển_khai hỗ_trợ phát_hiện
        tiếp_nhận bắt_giữ xử_lý xử_lí điều_tra tấn_công bảo_vệ tuần_tra truy_bắt can_thiệp
        giải_cứu tiếp_cận hoàn_thành xuất_phát hành_quân chiến_đấu đánh_chiếm đóng_quân
        tiêu_diệt truy_quét phong_tỏa phong_toả khống_chế bao_vây ứng_cứu chi_viện có_mặt
        cấp_cứu thi_công đối_với
        """
    )
)
VERB_FIRST: frozenset[str] = frozenset(k.split()[0] for k in VERB_PAIRS)
_TWO_WORDS = re.compile(r"[ \u00a0]*(\w+)[ \u00a0]+(\w+)(?!\w)")


def verb_after(text: str, pos: int) -> bool:
    """True when a verb of :data:`VERB_PAIRS` stands at *pos* (after blanks)."""
    m = _TWO_WORDS.match(text, pos)
    return m is not None and f"{m.group(1)} {m.group(2)}" in VERB_PAIRS


def _mined() -> dict[str, tuple[str, str | None]]:
    """The counted nouns mined from a word-segmented corpus (``data/counted_nouns.txt``, made
    by ``benchmarks/build_counted_nouns.py``: "lính dù", "vỏ lon", "người lao động"), with
    their unit when they count people or votes: that of their first syllable ("người" →
    person, "phiếu bầu" → vote) or person for a last syllable that names people
    ("thuyền trưởng"), but for ``_NOT_PEOPLE``; else none (an item)."""
    text = resources.files("vnreader.analysis").joinpath("data", "counted_nouns.txt")
    table: dict[str, tuple[str, str | None]] = {}
    for line in text.read_text("utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            key = line.strip().replace("_", " ")
            head = UNITS.get(key.split()[0])
            unit = head[1] if head is not None else None
            if key in _NOT_PEOPLE:
                unit = None  # "3 quân đoàn": an army's units, no people; "2 công viên"
            elif key.split()[-1] in _PEOPLE_ENDINGS:
                unit = "person"  # "5 thuyền trưởng", "3 điệp viên", "2 cô dâu" (rule 31)
            table[key] = ("quantity", unit)
    return table


# the last syllables of the mined nouns that name people ("thuyền trưởng", "điệp viên", "luật
# gia", "hung thủ", "thiếu niên", "cô dâu"), and the mined nouns that end so or start like
# "người", "quân" and count no people
_PEOPLE_ENDINGS = frozenset(
    {"sĩ", "sỹ", "viên", "sinh", "khách", "thủ", "trưởng", "gia", "giáo", "binh", "tá", "tử"}
    | {"giả", "niên", "hậu", "dâu", "nữ", "công", "em"}
)
_NOT_PEOPLE = frozenset({"công viên", "tôn giáo", "quân chủng", "quân khu", "quân đoàn"})


def _people_and_units() -> dict[str, tuple[str, str | None]]:
    """Every noun of several syllables with its (category, unit): the units table first, then
    the hand-made list, then the mined one."""
    table = _mined()
    table.update({k: ("quantity", None) for k in COMPOUND_NOUNS})
    table.update({k: v for k, v in UNITS.items() if " " in k})
    return table


_TABLE = _people_and_units()
_MAX_SYLLABLES = max(len(k.split()) for k in _TABLE)
_FIRST = frozenset(k.split()[0] for k in _TABLE)
_FIRST_WORD = re.compile(r"[ \u00a0]*(\w+)")
_WORDS = re.compile(r"[ \u00a0]*(\w+)" + r"(?:[ \u00a0]+(\w+))?" * (_MAX_SYLLABLES - 1))


def compound_end(text: str, pos: int) -> tuple[int, str] | None:
    """End and key of the longest noun of several syllables at *pos* (after blanks), or None.

    Only lower-case words count: "3 Vụ Tổ chức" is not a count.
    """
    first = _FIRST_WORD.match(text, pos)
    if first is None or first.group(1) not in _FIRST:
        return None  # the common case, decided with one short match
    m = _WORDS.match(text, pos)
    if m is None:
        return None
    found = [g for g in m.groups() if g is not None]
    for n in range(len(found), 1, -1):
        key = " ".join(found[:n])
        if key in _TABLE and key.islower():
            return m.end(n), key
    return None


def compound_unit(key: str) -> tuple[str, str | None]:
    """(category, unit) of a noun found by :func:`compound_end`."""
    return _TABLE[key]
