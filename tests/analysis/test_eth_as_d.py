"""Pages saved through the wrong code page write "Đ" and "đ" as the Icelandic eth ("Ð",
"ð"): the analysis reads them as "Đ", "đ", and every span keeps the text as given, at the
offsets of the text given (issue 9). Made-up sentences, none from a benchmark set.
"""

from __future__ import annotations

from vnreader.analysis import analyze


def test_eth_reads_as_d_and_spans_keep_the_text_given() -> None:
    text = "Ông Ðặng Văn Bình là đảng viên Ðảng Cộng sản Việt Nam ở Ðà Nẵng."
    result = analyze(text)
    spans = {(e.label, e.text) for e in result.entities}
    assert spans == {
        ("PER", "Ðặng Văn Bình"),
        ("ORG", "Ðảng Cộng sản Việt Nam"),
        ("LOC", "Ðà Nẵng"),
    }
    for e in result.entities:
        assert text[e.start : e.end] == e.text


def test_eth_gives_the_same_entities_as_d() -> None:
    plain = "Ông Đặng Văn Bình đến Đà Nẵng ngày 3/2."
    eth = plain.replace("Đ", "Ð")
    assert [(e.start, e.end, e.label) for e in analyze(eth).entities] == [
        (e.start, e.end, e.label) for e in analyze(plain).entities
    ]
    assert [(f.start, f.end, f.value) for f in analyze(eth).figures] == [
        (f.start, f.end, f.value) for f in analyze(plain).figures
    ]


def test_eth_in_text_that_is_not_nfc() -> None:
    text = "Ðoàn công tác đến Hue\u0301 hôm qua."  # "Huế" with a combining accent
    result = analyze(text)
    for e in result.entities:
        assert text[e.start : e.end] == e.text
