"""analyze(): the public API that combines entities and figures with offsets into the input."""

from __future__ import annotations

import subprocess
import sys
import unicodedata
from itertools import pairwise

from hypothesis import given, settings
from hypothesis import strategies as st

from vnreader.analysis import Analysis, Entity, Figure, _resolve, analyze

TEXT = (
    "Cũng trong sáng ngày 27/9, Bộ trưởng Ngoại giao Bùi Thanh Sơn đã đến Mát-xcơ-va. "
    "Nga đã tặng Việt Nam 1.000 liều vaccine Sputnik V trong dịch Covid-19."
)


def test_returns_entities_and_figures() -> None:
    result = analyze(TEXT)
    assert isinstance(result, Analysis)
    assert isinstance(result.entities, tuple)
    assert isinstance(result.figures, tuple)
    assert ("PER", "Bùi Thanh Sơn") in {(e.label, e.text) for e in result.entities}
    assert any(f.text == "ngày 27/9" for f in result.figures)


def test_nfd_input_gives_offsets_into_the_nfd_string() -> None:
    nfd = unicodedata.normalize("NFD", TEXT)
    assert nfd != TEXT
    got = analyze(nfd)
    want = analyze(TEXT)
    assert len(got.entities) == len(want.entities) > 0
    for g, w in zip(got.entities, want.entities, strict=True):
        assert nfd[g.start : g.end] == g.text
        assert unicodedata.normalize("NFC", g.text) == w.text
        assert (g.label, g.key) == (w.label, w.key)
    assert len(got.figures) == len(want.figures) > 0
    for gf, wf in zip(got.figures, want.figures, strict=True):
        assert nfd[gf.start : gf.end] == gf.text
        assert unicodedata.normalize("NFC", gf.text) == wf.text
        assert gf.value == wf.value


def test_mixed_normalisation_maps_each_span_back() -> None:
    text = "Bộ trưởng " + unicodedata.normalize("NFD", "Bùi Thanh Sơn") + " gặp Tổng thống Putin."
    result = analyze(text)
    by_label = {(e.label, unicodedata.normalize("NFC", e.text)) for e in result.entities}
    assert ("PER", "Bùi Thanh Sơn") in by_label
    for e in result.entities:
        assert text[e.start : e.end] == e.text


def test_entities_never_overlap_figures() -> None:
    result = analyze(TEXT)
    for e in result.entities:
        for f in result.figures:
            assert e.end <= f.start or f.end <= e.start, (e, f)
    assert not any("27/9" in e.text for e in result.entities)


def entity(start: int, end: int, label: str = "MISC") -> Entity:
    return Entity(start, end, "x" * (end - start), label, f"{label}:x")


def figure(start: int, end: int, category: str = "quantity") -> Figure:
    return Figure(start, end, "1" * (end - start), 1.0, None, category)


def test_a_number_inside_a_name_is_not_a_figure() -> None:
    entities, figures = _resolve([entity(0, 8)], [figure(6, 8), figure(10, 12)])
    assert entities == (entity(0, 8),)
    assert figures == (figure(10, 12),)


def test_a_bare_number_ending_a_name_belongs_to_the_name() -> None:
    result = analyze("Bé được chuyển đến Bệnh viện Nhi đồng 1 và có 12 ca mắc mới.")
    assert ("ORG", "Bệnh viện Nhi đồng 1") in {(e.label, e.text) for e in result.entities}
    assert [f.text for f in result.figures] == ["12 ca"]


def test_other_overlaps_keep_the_figure() -> None:
    # a date is never part of an entity, and a partial overlap keeps the figure
    entities, figures = _resolve(
        [entity(0, 8, "LOC"), entity(20, 30, "ORG")],
        [figure(2, 6, "date"), figure(28, 34)],
    )
    assert entities == ()
    assert figures == (figure(2, 6, "date"), figure(28, 34))


def test_no_overlap_keeps_everything() -> None:
    ents = [entity(0, 3), entity(10, 12)]
    figs = [figure(4, 6), figure(13, 15)]
    assert _resolve(ents, figs) == (tuple(ents), tuple(figs))


def test_markup_and_control_characters_are_just_text() -> None:
    text = "[red]Nga[/] \x1b]52;c;aGk=\x07 [@click=app.quit]Việt Nam[/] ngày 27/9"
    result = analyze(text)
    for e in result.entities:
        assert text[e.start : e.end] == e.text
    assert {e.text for e in result.entities} >= {"Nga", "Việt Nam"}


def test_import_is_light() -> None:
    code = (
        "import sys, vnreader.analysis\n"
        "heavy = [m for m in ('textual', 'vnreader.analysis.entities',"
        " 'vnreader.analysis.gazetteer') if m in sys.modules]\n"
        "print(heavy)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


_PIECES = st.sampled_from(
    [
        *("Bộ trưởng ", "Bùi Thanh Sơn ", "Nga ", "ngày 27/9 ", "5 tỷ USD ", "Covid-19 "),
        *(", ", ". ", "Mát-xcơ-va ", "Hội đồng Liên bang Nga ", "V. Putin ", "16% "),
        *("\n", "năm 2020 "),
    ]
)


@settings(max_examples=120, deadline=None)
@given(st.lists(_PIECES, max_size=25).map("".join), st.booleans())
def test_offsets_are_exact_in_either_normal_form(text: str, decompose: bool) -> None:
    if decompose:
        text = unicodedata.normalize("NFD", text)
    result = analyze(text)
    spans = sorted(
        [(e.start, e.end) for e in result.entities] + [(f.start, f.end) for f in result.figures]
    )
    for e in result.entities:
        assert text[e.start : e.end] == e.text
    for f in result.figures:
        assert text[f.start : f.end] == f.text
    for (_, end), (start, _) in pairwise(spans):
        assert end <= start
