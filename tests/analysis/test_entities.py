"""Entity recogniser: spans and labels on the seeds and on general news patterns, keys, safety."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vnreader.analysis import analyze
from vnreader.analysis.entities import find_entities
from vnreader.analysis.entity_keys import person_key, translit
from vnreader.analysis.entity_tokens import is_vietnamese, tokenize
from vnreader.analysis.gazetteer import gazetteer
from vnreader.analysis.model import Entity, Figure

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def seed(prefix: str) -> str:
    (path,) = SEEDS.glob(f"{prefix}_*.txt")
    return path.read_text("utf-8")


def spans(text: str) -> set[tuple[str, str]]:
    return {(e.label, e.text) for e in analyze(text).entities}


def all_seeds() -> list[str]:
    return [p.read_text("utf-8") for p in sorted(SEEDS.glob("*.txt"))]


# -- the seeds -------------------------------------------------------------------------------


def test_seed_000_people_organisations_places() -> None:
    found = spans(seed("000"))
    expected = {
        ("PER", "Bùi Thanh Sơn"),
        ("PER", "Sergei Lavrov"),
        ("PER", "Konstantin Kosachev"),
        ("PER", "K. Kosachev"),
        ("PER", "Valentina Matvienko"),
        ("PER", "Matvienco"),
        ("PER", "Vương Đình Huệ"),
        ("PER", "Võ Thị Ánh Xuân"),
        ("PER", "Kirill Dmitriev"),
        ("PER", "Putin"),
        ("ORG", "Hội đồng Liên bang Nga"),
        ("ORG", "Quốc hội Việt Nam"),
        ("ORG", "Quỹ Đầu tư trực tiếp Nga"),
        ("ORG", "Liên minh Kinh tế Á - Âu"),
        ("ORG", "Liên minh Nghị viện thế giới"),
        ("ORG", "IPU"),
        ("ORG", "AIPA"),
        ("ORG", "Đảng Cộng sản Việt Nam"),
        ("ORG", "Duma quốc gia Nga"),
        # the guideline takes the whole embassy-like name, the city included
        ("ORG", "Cơ quan tùy viên quân sự Việt Nam tại Mát-xcơ-va"),
        ("LOC", "Liên bang Nga"),
        ("LOC", "Việt Nam"),
        ("LOC", "Nga"),
        ("LOC", "Châu Á – Thái Bình Dương"),
        ("MISC", "Sputnik V"),
        ("MISC", "Covid-19"),
    }
    assert expected <= found
    assert ("LOC", "Mát-xcơ-va") in spans("Bộ trưởng đã đến Mát-xcơ-va, Liên bang Nga.")


def test_seed_001_foreign_names_initials_and_companies() -> None:
    found = spans(seed("001"))
    expected = {
        ("PER", "V. Putin"),
        ("PER", "Nguyễn Xuân Phúc"),
        ("PER", "Đặng Minh Khôi"),
        ("PER", "Nikolai Patrushev"),
        ("PER", "Dmitry Chernyshenko"),
        ("PER", "Tô Lâm"),
        ("PER", "Matviyenko"),
        ("ORG", "Quỹ đầu tư trực tiếp nước ngoài Nga"),
        ("ORG", "RDIF"),
        ("ORG", "TTXVN"),
        ("ORG", "Tập đoàn T&T"),
        ("ORG", "VABIOTECH"),
        ("ORG", "Liên doanh Vietsovpetro"),
        ("ORG", "Đại sứ quán Việt Nam tại Nga"),
        ("LOC", "Kaluga"),
        ("LOC", "châu Á-Thái Bình Dương"),
        ("MISC", "Army Games-2021"),
    }
    assert expected <= found


def test_seed_002_acronyms() -> None:
    found = spans(seed("002"))
    assert {("ORG", "ASEAN"), ("ORG", "SCO"), ("ORG", "EAEU"), ("LOC", "Moscow")} <= found
    assert ("PER", "Igor Morgulov") in found
    assert not any(text == "FTA" for _, text in found)  # a common noun


@pytest.mark.parametrize("text", all_seeds(), ids=lambda t: t[:20])
def test_titles_are_never_inside_a_person(text: str) -> None:
    for e in analyze(text).entities:
        if e.label == "PER":
            low = e.text.lower()
            for title in ("bộ trưởng", "chủ tịch", "đại sứ", "tổng thống", "thứ trưởng"):
                assert title not in low, e


@pytest.mark.parametrize("text", all_seeds(), ids=lambda t: t[:20])
def test_offsets_are_exact_and_spans_do_not_overlap(text: str) -> None:
    result = analyze(text)
    last_end = 0
    for e in result.entities:
        assert text[e.start : e.end] == e.text
        assert e.start >= last_end
        last_end = e.end
    for e in result.entities:
        for f in result.figures:
            assert e.end <= f.start or f.end <= e.start, (e, f)


def test_dates_are_never_entities() -> None:
    text = "Cũng trong sáng ngày 27/9, Bộ trưởng Bùi Thanh Sơn đã đến thăm Mát-xcơ-va."
    result = analyze(text)
    assert not any("27/9" in e.text or "ngày" in e.text for e in result.entities)
    assert ("PER", "Bùi Thanh Sơn") in {(e.label, e.text) for e in result.entities}


def test_figures_block_entities() -> None:
    text = "Thứ Năm, 22/07/2021 Bộ trưởng Bùi Thanh Sơn"
    figure = Figure(0, 19, text[:19], None, None, "date", None, "2021-07-22")
    found = find_entities(text, [figure])
    assert all(e.start >= 19 for e in found)
    assert [e.text for e in found] == ["Bùi Thanh Sơn"]


# -- general news patterns (not from the seeds) ---------------------------------------------

CASES = [
    (
        "Thủ tướng Phạm Minh Chính tiếp Đại sứ Nhật Bản tại Việt Nam Yamada Takio tại Hà Nội.",
        {
            ("PER", "Phạm Minh Chính"),
            ("LOC", "Nhật Bản"),
            ("LOC", "Việt Nam"),
            ("PER", "Yamada Takio"),
            ("LOC", "Hà Nội"),
        },
    ),
    (
        "Tổng thống Mỹ Joe Biden và Chủ tịch Trung Quốc Tập Cận Bình điện đàm.",
        {("LOC", "Mỹ"), ("PER", "Joe Biden"), ("LOC", "Trung Quốc"), ("PER", "Tập Cận Bình")},
    ),
    (
        "Ông Lê Minh Hưng cho biết Bộ Kế hoạch và Đầu tư sẽ trình Chính phủ đề án mới.",
        {("PER", "Lê Minh Hưng"), ("ORG", "Bộ Kế hoạch và Đầu tư")},
    ),
    (
        "Đại sứ quán Hàn Quốc tại Hà Nội tổ chức lễ kỷ niệm.",
        {("ORG", "Đại sứ quán Hàn Quốc tại Hà Nội")},
    ),
    (
        "Tổ chức Y tế Thế giới (WHO) cảnh báo về biến chủng mới.",
        {("ORG", "Tổ chức Y tế Thế giới"), ("ORG", "WHO")},
    ),
    (
        "Thứ trưởng Bộ Công Thương Đỗ Thắng Hải dự hội nghị tại Đà Nẵng.",
        {("ORG", "Bộ Công Thương"), ("PER", "Đỗ Thắng Hải"), ("LOC", "Đà Nẵng")},
    ),
    (
        "Tại phiên họp, Chủ tịch Ủy ban Kinh tế của Quốc hội Vũ Hồng Thanh phát biểu.",
        # the longest name (guideline rule 2): a committee "of the National Assembly"
        {("ORG", "Ủy ban Kinh tế của Quốc hội"), ("PER", "Vũ Hồng Thanh")},
    ),
    (
        "Chủ tịch Hạ viện Rwanda Donatille Mukabalisa dự lễ khai mạc tại Kigali, Rwanda.",
        {
            ("ORG", "Hạ viện Rwanda"),
            ("PER", "Donatille Mukabalisa"),
            ("LOC", "Kigali"),
            ("LOC", "Rwanda"),
        },
    ),
    (
        "Các quận Hoàn Kiếm, Đống Đa và huyện Đan Phượng có nhiều ca mắc.",
        {("LOC", "Hoàn Kiếm"), ("LOC", "Đống Đa"), ("LOC", "Đan Phượng")},
    ),
    (
        "Bệnh viện Bạch Mai và công ty VABIOTECH ký thỏa thuận với Vietnam Airlines.",
        {("ORG", "Bệnh viện Bạch Mai"), ("ORG", "VABIOTECH"), ("ORG", "Vietnam Airlines")},
    ),
    (
        "Do ảnh hưởng của bão Noru, các tỉnh miền Trung mưa lớn.",
        {("MISC", "Noru"), ("LOC", "miền Trung")},
    ),
    (
        "Ca sĩ Mỹ Tâm hát tại Đà Lạt. Phía Mỹ và Thủ tướng Đức Olaf Scholz cho biết.",
        {
            ("PER", "Mỹ Tâm"),
            ("LOC", "Đà Lạt"),
            ("LOC", "Mỹ"),
            ("LOC", "Đức"),
            ("PER", "Olaf Scholz"),
        },
    ),
    (
        "Samsung Electronics và Vingroup đầu tư vào Bắc Ninh; Sông Hồng lên nhanh ở Bắc Bộ.",
        {
            ("ORG", "Samsung Electronics"),
            ("ORG", "Vingroup"),
            ("LOC", "Bắc Ninh"),
            ("LOC", "Sông Hồng"),
            ("LOC", "Bắc Bộ"),
        },
    ),
    (
        "Huấn luyện viên Park Hang-seo và Thứ trưởng Tô Anh Dũng gặp Tuấn Anh.",
        {("PER", "Park Hang-seo"), ("PER", "Tô Anh Dũng"), ("PER", "Tuấn Anh")},
    ),
    (
        "Đại sứ Palau tại Việt Nam Surangel Whipps gặp Đại sứ Bezdetko tại Hà Nội.",
        {
            ("LOC", "Palau"),
            ("LOC", "Việt Nam"),
            ("PER", "Surangel Whipps"),
            ("PER", "Bezdetko"),
            ("LOC", "Hà Nội"),
        },
    ),
    (
        "Chủ tịch Ủy ban châu Âu Ursula von der Leyen và Cục Hàng không Việt Nam.",
        {
            ("ORG", "Ủy ban châu Âu"),
            ("PER", "Ursula von der Leyen"),
            ("ORG", "Cục Hàng không Việt Nam"),
        },
    ),
    (
        "Theo Nghị định 07/2023/NĐ-CP, Đại hội lần thứ XIII của Đảng và Diễn đàn phụ nữ Á - Âu.",
        {
            ("MISC", "Nghị định 07/2023/NĐ-CP"),
            ("MISC", "Đại hội lần thứ XIII của Đảng"),
            ("MISC", "Diễn đàn phụ nữ Á - Âu"),
        },
    ),
    (
        "Sau cuộc gặp, ông Putin nói rằng Nga sẵn sàng hợp tác.",
        {("PER", "Putin"), ("LOC", "Nga")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:30] for c in CASES])
def test_general_patterns(text: str, expected: set[tuple[str, str]]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Tại cuộc gặp, hai bên bày tỏ vui mừng.",
        "Thời gian qua, quan hệ hai nước phát triển tốt đẹp.",
        "Về phần mình, Đại sứ khẳng định sẽ phối hợp chặt chẽ.",
        "Thứ nhất, chuyến thăm sẽ góp phần thúc đẩy hợp tác.",
        "Chính phủ và Nhà nước luôn quan tâm; Đảng lãnh đạo toàn diện.",
        "Hai nước ký Hiệp định thương mại tự do vào năm ngoái.",
        "Hội nghị lần thứ 54 diễn ra vào khóa XV.",
        "NGA SẴN SÀNG CHUYỂN GIAO CÔNG NGHỆ SẢN XUẤT",
        "TIN MỚI: CẬP NHẬT",
    ],
)
def test_ordinary_capitals_are_not_entities(text: str) -> None:
    assert spans(text) == set()


# -- keys ------------------------------------------------------------------------------------


def keys_by_text(text: str) -> dict[str, str]:
    return {e.text: e.key for e in analyze(text).entities}


def test_keys_group_person_variants() -> None:
    keys = keys_by_text(
        "Tổng thống Vladimir Putin phát biểu. Tổng thống Nga V. Putin nói. Ông Putin cho biết."
    )
    assert keys["Vladimir Putin"] == keys["V. Putin"] == keys["Putin"] == "PER:vladimir putin"


def test_keys_group_transliterations() -> None:
    assert translit("Matvienko") == translit("Matvienco") == translit("Matviyenko")
    assert person_key("Matvienco") == person_key("Matviyenko") == "PER:matvienko"
    assert person_key("Valentina Matvienko") == person_key("Valentina Matviyenko")
    assert translit("Lavrov") != translit("Putin")


def test_keys_group_places_through_the_gazetteer() -> None:
    keys = keys_by_text("Nga và Liên bang Nga. Đoàn đến Mát-xcơ-va, tức Moscow.")
    assert keys["Nga"] == keys["Liên bang Nga"] == "LOC:nga"
    assert keys["Mát-xcơ-va"] == keys["Moscow"] == "LOC:moscow"


def test_keys_of_vietnamese_names_are_the_whole_name() -> None:
    keys = keys_by_text("Bộ trưởng Bùi Thanh Sơn gặp Thứ trưởng Tô Anh Dũng.")
    assert keys["Bùi Thanh Sơn"] == "PER:bùi thanh sơn"
    assert keys["Tô Anh Dũng"] == "PER:tô anh dũng"


def test_acronym_in_parentheses_shares_the_key_of_its_name() -> None:
    text = "Quỹ đầu tư trực tiếp nước ngoài Nga (RDIF) và RDIF."
    result = analyze(text).entities
    assert {e.key for e in result} == {"ORG:rdif"}
    assert len(result) == 3


def test_organisation_keys_ignore_case_and_diacritic_typos() -> None:
    keys = keys_by_text("Quỹ Đầu tư trực tiếp Nga gặp Quỹ đẫu tư trực tiếp Nga.")
    assert keys["Quỹ Đầu tư trực tiếp Nga"] == keys["Quỹ đẫu tư trực tiếp Nga"]


# -- pieces ----------------------------------------------------------------------------------


def test_tokenizer_joins_transliterations_and_ampersands() -> None:
    tokens = tokenize("Tập đoàn T&T tại Mát-xcơ-va, Việt Nam-Nga và Á - Âu")
    assert "T&T" in tokens.words
    assert "Mát-xcơ-va" in tokens.words
    assert "Việt" in tokens.words and "Nga" in tokens.words  # a capital after the hyphen
    i = tokens.words.index("Á")
    assert tokens.gaps[i] == "-"
    for w, s, e in zip(tokens.words, tokens.starts, tokens.ends, strict=True):
        assert len(w) == e - s


def test_vietnamese_syllables_versus_foreign_words() -> None:
    for word in ("Nguyễn", "Thanh", "Nga", "Quỳnh", "Khôi", "Anh"):
        assert is_vietnamese(word), word
    for word in ("Putin", "Lavrov", "Gennady", "Kirill", "Moscow", "Bezdetko"):
        assert not is_vietnamese(word), word


def test_gazetteer_is_package_data_and_loaded_once() -> None:
    g = gazetteer()
    assert g is gazetteer()
    assert "Nguyễn" in g.surnames
    assert "Nga" in g.names


# -- hostile and odd input -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "[red]x[/] [@click=app.quit]Bùi Thanh Sơn[/]",
        "\x1b[31mNga\x1b[0m \x9b Việt Nam",
        "-" * 50,
        "A" * 10_000,
        "Bộ trưởng",
        "Bộ",
        "K.",
        "V. ",
        "( ) - – & . ,",
        "Ông",
    ],
)
def test_odd_text_does_not_crash(text: str) -> None:
    for e in analyze(text).entities:
        assert text[e.start : e.end] == e.text


def test_markup_like_text_keeps_literal_offsets() -> None:
    text = "[red]Bộ trưởng Bùi Thanh Sơn[/] gặp [bold]Sergei Lavrov[/bold]"
    found = {(e.label, e.text) for e in analyze(text).entities}
    assert ("PER", "Bùi Thanh Sơn") in found
    assert ("PER", "Sergei Lavrov") in found


_ALPHABET = st.sampled_from(
    [
        *"aAbBđĐeêÊơƠưƯ ỹỸ-–.,()&/:0123456789\n",
        *("Nga ", "Việt Nam ", "Bộ trưởng ", "Bộ ", "Quỹ ", "K. ", "Putin ", "ông ", "tại "),
        *("Hội đồng ", "và ", "Nguyễn ", "Covid-19 ", "Sputnik V ", "ngày 27/9 ", "(IPU) "),
    ]
)


@settings(max_examples=150, deadline=None)
@given(st.lists(_ALPHABET, max_size=60).map("".join))
def test_any_text_gives_exact_sorted_non_overlapping_spans(text: str) -> None:
    entities = find_entities(text)
    last = 0
    for e in entities:
        assert isinstance(e, Entity)
        assert 0 <= e.start < e.end <= len(text)
        assert text[e.start : e.end] == e.text
        assert e.start >= last
        assert e.label in {"PER", "ORG", "LOC", "MISC"}
        assert e.key.startswith(e.label + ":")
        last = e.end


def test_known_organisations_share_the_key_of_their_acronym_across_texts() -> None:
    assert keys_by_text("Việt Nam ký với Liên minh Kinh tế Á - Âu.")[
        "Liên minh Kinh tế Á - Âu"
    ] == ("ORG:eaeu")
    assert keys_by_text("Hợp tác với EAEU.")["EAEU"] == "ORG:eaeu"
    assert keys_by_text("Tổ chức Y tế Thế giới cảnh báo.")["Tổ chức Y tế Thế giới"] == "ORG:who"


def test_a_given_name_after_a_title_joins_the_full_name() -> None:
    keys = keys_by_text("Bộ trưởng Bùi Thanh Sơn phát biểu. Ông Sơn cho biết thêm.")
    assert keys["Sơn"] == keys["Bùi Thanh Sơn"] == "PER:bùi thanh sơn"


# General patterns added for held-out robustness; sentences written for these tests.
GENERAL = [
    # organisation names with a dash, "và", commas in "phòng, chống", verb-like inner words
    (
        "Bộ Lao động - Thương binh và Xã hội vừa ban hành thông tư mới.",
        {("ORG", "Bộ Lao động - Thương binh và Xã hội")},
    ),
    (
        "Ban Chỉ đạo Trung ương về phòng, chống tham nhũng họp phiên thứ 25.",
        {("ORG", "Ban Chỉ đạo Trung ương về phòng, chống tham nhũng")},
    ),
    (
        "Quốc hội thông qua Luật Phòng, chống ma túy sửa đổi.",
        {("ORG", "Quốc hội"), ("MISC", "Luật Phòng, chống ma túy")},
    ),
    # an ordinance is a named legal text like a law (rule 17)
    ("Văn phòng hoạt động theo Pháp lệnh Giá năm 2002.", {("MISC", "Pháp lệnh Giá")}),
    (
        "Cục Quản lý thị trường tỉnh Bắc Giang kiểm tra 30 cửa hàng.",
        {("ORG", "Cục Quản lý thị trường tỉnh Bắc Giang")},
    ),
    ("Sở Y tế thanh tra nhiều nhà thuốc.", {("ORG", "Sở Y tế")}),
    ("Bộ Công Thương quản lý chặt thị trường xăng dầu.", {("ORG", "Bộ Công Thương")}),
    ("Bệnh viện Bạch Mai tiếp nhận thêm bệnh nhân.", {("ORG", "Bệnh viện Bạch Mai")}),
    (
        "Viện Hàn lâm Khoa học và Công nghệ Việt Nam công bố kết quả.",
        {("ORG", "Viện Hàn lâm Khoa học và Công nghệ Việt Nam")},
    ),
    (
        "Viện kiểm sát nhân dân tối cao đã kháng nghị bản án.",
        {("ORG", "Viện kiểm sát nhân dân tối cao")},
    ),
    (
        "Bộ Tài chính và ngân hàng thương mại cùng bàn giải pháp.",
        {("ORG", "Bộ Tài chính")},
    ),
    (
        "Viện Nghiên cứu sinh học và vi sinh vật học mang tên A. Petrov được thành lập.",
        {("ORG", "Viện Nghiên cứu sinh học và vi sinh vật học mang tên A. Petrov")},
    ),
    (
        "Nhiều học sinh Trường Mầm non, Tiểu học và THCS Ban Mai nghỉ học.",
        {("ORG", "Trường Mầm non, Tiểu học và THCS Ban Mai")},
    ),
    # heads: clubs, party committees, armed forces, missions, customs; a person in the name
    ("Câu lạc bộ Hải Phòng thắng trận thứ ba.", {("ORG", "Câu lạc bộ Hải Phòng")}),
    ("Tỉnh ủy Thanh Hóa ban hành nghị quyết.", {("ORG", "Tỉnh ủy Thanh Hóa")}),
    ("Theo Hải quan Hàn Quốc, xuất khẩu giảm.", {("ORG", "Hải quan Hàn Quốc")}),
    (
        "Theo Thương vụ Việt Nam tại Nhật Bản, đơn hàng tăng.",
        {("ORG", "Thương vụ Việt Nam tại Nhật Bản")},
    ),
    (
        "Học sinh Trường THPT Chu Văn An đạt giải cao.",
        {("ORG", "Trường THPT Chu Văn An")},
    ),
    (
        "Hiệu trưởng Trường THPT Chuyên Hà Nội Nguyễn Văn Bình phát biểu.",
        {("ORG", "Trường THPT Chuyên Hà Nội"), ("PER", "Nguyễn Văn Bình")},
    ),
    (
        "Phó Giám đốc Công an tỉnh Quảng Bình Trần Văn Hải cho biết.",
        {("ORG", "Công an tỉnh Quảng Bình"), ("PER", "Trần Văn Hải")},
    ),
    (
        "Phó Chủ tịch Hội đồng Bộ trưởng Lào Kikeo Khaykhamphithoune dự lễ.",
        {("ORG", "Hội đồng Bộ trưởng Lào"), ("PER", "Kikeo Khaykhamphithoune")},
    ),
    # a known organisation followed by its place
    (
        "Công ty TNHH Samsung Việt Nam tuyển thêm kỹ sư.",
        {("ORG", "Công ty TNHH Samsung Việt Nam")},
    ),
    (
        "Bộ đội Biên phòng tỉnh Kiên Giang cứu 5 ngư dân.",
        {("ORG", "Bộ đội Biên phòng tỉnh Kiên Giang")},
    ),
    # a single unknown name coordinated with an organisation
    (
        "Tập đoàn Hòa Phát và Vinaconex ký thỏa thuận.",
        {("ORG", "Tập đoàn Hòa Phát"), ("ORG", "Vinaconex")},
    ),
    # capitalised name cues at a sentence start; places after "tại"; text parts
    ("Bão Kompasu gây mưa lớn ở miền Bắc.", {("MISC", "Kompasu"), ("LOC", "miền Bắc")}),
    ("Hội nghị diễn ra tại Puerto Princesa hôm qua.", {("LOC", "Puerto Princesa")}),
    ("Đoàn kiểm tra Điều IV của IMF làm việc tại Hà Nội.", {("ORG", "IMF"), ("LOC", "Hà Nội")}),
    # gazetteers: provinces, districts, world cities, Vietnamese transliterations
    (
        "Du khách đổ về Sa Pa, Hội An và Buôn Ma Thuột.",
        {("LOC", "Sa Pa"), ("LOC", "Hội An"), ("LOC", "Buôn Ma Thuột")},
    ),
    (
        "Đoàn đã thăm Bình Nhưỡng, Ottawa và Buenos Aires.",
        {("LOC", "Bình Nhưỡng"), ("LOC", "Ottawa"), ("LOC", "Buenos Aires")},
    ),
    ("Trường Sa là một huyện đảo.", {("LOC", "Trường Sa")}),
    ("Hàng hóa được xuất sang Ả-rập Xê-út.", {("LOC", "Ả-rập Xê-út")}),
    # MISC: scholarships after "học bổng", product models, treaties
    (
        "Nhiều sinh viên nhận học bổng Australia Awards năm nay.",
        {("MISC", "Australia Awards")},
    ),
    ("Cửa hàng mở bán iPhone 15 Pro Max từ sáng nay.", {("MISC", "iPhone 15 Pro Max")}),
    # tournaments named by their city and "Masters", "Master", "Indoors" (rule 41)
    (
        "Anh dừng bước sớm ở Monte Carlo Masters và Stockholm Indoors.",
        {("MISC", "Monte Carlo Masters"), ("MISC", "Stockholm Indoors")},
    ),
    ("Cô vô địch giải Thượng Hải Master năm ngoái.", {("MISC", "Thượng Hải Master")}),
    (
        "Việt Nam nhận thêm vaccine Sputnik V. Hai bên sẽ hợp tác sản xuất.",
        {("LOC", "Việt Nam"), ("MISC", "Sputnik V")},
    ),
    # numbered bodies; products and events inside names; fixed pairs and series with commas
    (
        "Bé được chuyển từ Bệnh viện Nhi đồng 2 về Bệnh viện Quân y 103.",
        {("ORG", "Bệnh viện Nhi đồng 2"), ("ORG", "Bệnh viện Quân y 103")},
    ),
    (
        "Ủy ban Olympic Quốc gia Thái Lan gửi thư chúc mừng.",
        {("ORG", "Ủy ban Olympic Quốc gia Thái Lan")},
    ),
    (
        "Ban Chỉ đạo quốc gia phòng, chống dịch Covid-19 vừa họp.",
        {("ORG", "Ban Chỉ đạo quốc gia phòng, chống dịch Covid-19")},
    ),
    (
        "Cục Quản lý Khám, chữa bệnh (Bộ Y tế) ban hành hướng dẫn.",
        {("ORG", "Cục Quản lý Khám, chữa bệnh"), ("ORG", "Bộ Y tế")},
    ),
    (
        "Tổ chức Lương thực, Nông nghiệp và Thủy sản Liên hợp quốc tài trợ dự án.",
        {("ORG", "Tổ chức Lương thực, Nông nghiệp và Thủy sản Liên hợp quốc")},
    ),
    (
        "Bộ Y tế, Bộ Tài chính và Bộ Công Thương cùng ký.",
        {("ORG", "Bộ Y tế"), ("ORG", "Bộ Tài chính"), ("ORG", "Bộ Công Thương")},
    ),
    # a unit and the larger body it belongs to, after a comma
    (
        "Khoa Nhi, Bệnh viện Đa khoa tỉnh Nghệ An tiếp nhận bé trai.",
        {("ORG", "Khoa Nhi, Bệnh viện Đa khoa tỉnh Nghệ An")},
    ),
    # a title that ends in a head word; given names that are head words
    (
        "Phó Thủ tướng Trần Hồng Hà, Trưởng Ban Chỉ đạo quốc gia, yêu cầu.",
        {("PER", "Trần Hồng Hà"), ("ORG", "Ban Chỉ đạo quốc gia")},
    ),
    ("Theo ông Nguyễn Đăng Khoa, giá sẽ tăng.", {("PER", "Nguyễn Đăng Khoa")}),
    ("Kỹ sư Trần Quốc Trường đã có mặt.", {("PER", "Trần Quốc Trường")}),
    ("Nghệ sĩ Nhân dân Trần Hiếu qua đời.", {("PER", "Trần Hiếu")}),
    (
        "Giám đốc Bệnh viện Bạch Mai Đào Xuân Cơ cho biết.",
        {("ORG", "Bệnh viện Bạch Mai"), ("PER", "Đào Xuân Cơ")},
    ),
    # foreign names: hyphenated given names, particles, honorifics
    (
        "Tổng thống Kazakhstan Kassym-Jomart Tokayev thăm Việt Nam.",
        {("LOC", "Kazakhstan"), ("PER", "Kassym-Jomart Tokayev"), ("LOC", "Việt Nam")},
    ),
    ("Đại sứ Brazil Marco della Rosa dự lễ.", {("LOC", "Brazil"), ("PER", "Marco della Rosa")}),
    (
        "Chủ tịch Thượng viện Campuchia Samdech Techo Hun Sen thăm Hà Nội.",
        {("ORG", "Thượng viện Campuchia"), ("PER", "Hun Sen"), ("LOC", "Hà Nội")},
    ),
    # events, awards and documents: numbers, "về ...", event suffixes, a person in the name
    (
        "Nghị quyết 57-NQ/TW của Bộ Chính trị được ban hành.",
        {("MISC", "Nghị quyết 57-NQ/TW"), ("ORG", "Bộ Chính trị")},
    ),
    (
        "Hiệp định Paris về biến đổi khí hậu có hiệu lực.",
        {("MISC", "Hiệp định Paris về biến đổi khí hậu")},
    ),
    (
        "Công ước Liên hợp quốc về chống tham nhũng được ký kết.",
        {("MISC", "Công ước Liên hợp quốc về chống tham nhũng")},
    ),
    (
        "Giải Bóng chuyền nữ quốc tế VTV Cup khởi tranh.",
        {("MISC", "Giải Bóng chuyền nữ quốc tế VTV Cup")},
    ),
    ("Giải thưởng Hồ Chí Minh được trao cho 10 công trình.", {("MISC", "Giải thưởng Hồ Chí Minh")}),
    (
        "Đại hội Thể thao toàn quốc lần thứ IX diễn ra tại Quảng Ninh.",
        {("MISC", "Đại hội Thể thao toàn quốc lần thứ IX"), ("LOC", "Quảng Ninh")},
    ),
    ("Hồ Gươm đông du khách.", {("LOC", "Hồ Gươm")}),
    # courts, armed forces, delegations; a foreign given name with a Vietnamese-looking surname
    (
        "Tòa án nhân dân cấp cao tại Đà Nẵng xét xử phúc thẩm.",
        {("ORG", "Tòa án nhân dân cấp cao tại Đà Nẵng")},
    ),
    ("Quân khu 9 tổ chức diễn tập phòng thủ.", {("ORG", "Quân khu 9")}),
    (
        "Đoàn đại biểu Quốc hội tỉnh Hà Tĩnh tiếp xúc cử tri.",
        {("ORG", "Đoàn đại biểu Quốc hội tỉnh Hà Tĩnh")},
    ),
    (
        "Quỹ Bảo vệ và Phát triển rừng Việt Nam chi trả tiền.",
        {("ORG", "Quỹ Bảo vệ và Phát triển rừng Việt Nam")},
    ),
    (
        "Tỷ phú Jensen Huang, CEO của Nvidia, đến Hà Nội.",
        {("PER", "Jensen Huang"), ("ORG", "Nvidia"), ("LOC", "Hà Nội")},
    ),
    ("Chỉ số VN-Index tăng 10 điểm.", {("MISC", "VN-Index")}),
    (
        "Tổ chức Giáo dục, Khoa học và Văn hóa Liên hợp quốc (UNESCO) công nhận di sản.",
        {("ORG", "Tổ chức Giáo dục, Khoa học và Văn hóa Liên hợp quốc"), ("ORG", "UNESCO")},
    ),
    # an office after a title that names a body: "Phó Chủ tịch UBND tỉnh ..."
    (
        "Phó Chủ tịch UBND tỉnh Yên Bái Vũ Thị Hiền Hạnh kiểm tra.",
        {("ORG", "UBND tỉnh Yên Bái"), ("PER", "Vũ Thị Hiền Hạnh")},
    ),
    (
        "Bí thư Tỉnh ủy Nghệ An Nguyễn Đức Trung chủ trì.",
        {("ORG", "Tỉnh ủy Nghệ An"), ("PER", "Nguyễn Đức Trung")},
    ),
    # villages, streets, markets; a known company with more foreign words
    (
        "Thôn Kho Vàng, xã Cốc Ly bị sạt lở; đường Lê Duẩn và chợ Đồng Xuân ngập.",
        {
            ("LOC", "Kho Vàng"),
            ("LOC", "Cốc Ly"),
            ("LOC", "Lê Duẩn"),
            ("LOC", "Đồng Xuân"),
        },
    ),
    (
        "Công ty Intel Products Việt Nam mở rộng nhà máy.",
        {("ORG", "Công ty Intel Products Việt Nam")},
    ),
    ("Bộ Y tế yêu cầu Nguyễn Văn A giải trình.", {("ORG", "Bộ Y tế"), ("PER", "Nguyễn Văn A")}),
    # titles inside a name right after its head; acronyms joined by a dash; more titles
    ("Hội Nhà văn Việt Nam trao giải thưởng năm.", {("ORG", "Hội Nhà văn Việt Nam")}),
    (
        "Bộ GD-ĐT và Bộ LĐ-TB&XH phối hợp.",
        {("ORG", "Bộ GD-ĐT"), ("ORG", "Bộ LĐ-TB&XH")},
    ),
    (
        "Thiếu tướng Lê Văn Hải, Phó Tư lệnh Quân khu 4, chỉ huy.",
        {("PER", "Lê Văn Hải"), ("ORG", "Quân khu 4")},
    ),
    (
        "Phó Chủ tịch Quốc hội Trần Quang Phương tiếp đoàn.",
        {("ORG", "Quốc hội"), ("PER", "Trần Quang Phương")},
    ),
    # verbs and adverbs after a name are not part of it
    ("Bộ Y tế quan tâm đến người dân.", {("ORG", "Bộ Y tế")}),
    ("Sở Y tế tính toán lại chi phí.", {("ORG", "Sở Y tế")}),
    ("Bộ Y tế thông tin về dịch bệnh.", {("ORG", "Bộ Y tế")}),
    ("Bộ Ngoại giao nước này cho biết.", {("ORG", "Bộ Ngoại giao")}),
    ("Bộ Y tế tổ chức hội nghị trực tuyến.", {("ORG", "Bộ Y tế")}),
    # districts, small and medium firms, national parks, clubs, beauty contests
    ("Công an quận Ba Đình bắt giữ 3 đối tượng.", {("ORG", "Công an quận Ba Đình")}),
    (
        "Hiệp hội Doanh nghiệp nhỏ và vừa Việt Nam kiến nghị.",
        {("ORG", "Hiệp hội Doanh nghiệp nhỏ và vừa Việt Nam")},
    ),
    ("Vườn quốc gia Bạch Mã có nhiều loài quý.", {("LOC", "Vườn quốc gia Bạch Mã")}),
    ("Anh gia nhập câu lạc bộ Pau FC.", {("ORG", "Pau FC")}),
    ("Cô đăng quang Miss International năm đó.", {("MISC", "Miss International")}),
    # an ambiguous country after a capitalised function word at a sentence start
    ("Phía Anh cũng cam kết cấp học bổng.", {("LOC", "Anh")}),
    ("Theo Đức, thỏa thuận sẽ sớm được ký.", {("LOC", "Đức")}),
    # ("Anh" inside a given name is no place; the name is a person's, mined from real news)
    ("Tuấn Anh ghi bàn ở phút cuối.", {("PER", "Tuấn Anh")}),
    # health: a country pair inside a name, verbs after a name, viruses, drugs, programmes
    (
        "Bệnh viện Hữu nghị Việt Đức tiếp nhận 5 nạn nhân.",
        {("ORG", "Bệnh viện Hữu nghị Việt Đức")},
    ),
    ("Cục Quản lý Dược đề nghị thu hồi thuốc.", {("ORG", "Cục Quản lý Dược")}),
    ("Virus Nipah gây lo ngại tại Ấn Độ.", {("MISC", "Nipah"), ("LOC", "Ấn Độ")}),
    ("Bộ Y tế cấp phép thuốc Molnupiravir.", {("ORG", "Bộ Y tế"), ("MISC", "Molnupiravir")}),
    ("Biến chủng Delta lây lan nhanh.", {("MISC", "Delta")}),
    (
        "Chương trình Tiêm chủng mở rộng quốc gia triển khai tiêm vaccine.",
        {("MISC", "Chương trình Tiêm chủng mở rộng quốc gia")},
    ),
    # routes: a place, a dash and a name
    (
        "Tuyến metro Bến Thành - Suối Tiên chạy thử, đường bay Hà Nội - Almaty mở lại.",
        {("LOC", "Bến Thành"), ("LOC", "Suối Tiên"), ("LOC", "Hà Nội"), ("LOC", "Almaty")},
    ),
    (
        "Hai bên thảo luận về Bộ Quy tắc ứng xử ở Biển Đông (COC).",
        {("MISC", "Bộ Quy tắc ứng xử ở Biển Đông"), ("MISC", "COC")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), GENERAL, ids=[c[0][:30] for c in GENERAL])
def test_general_organisation_place_and_misc_patterns(
    text: str, expected: set[tuple[str, str]]
) -> None:
    assert spans(text) == expected
