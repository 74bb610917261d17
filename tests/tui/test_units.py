"""Pure parts of the TUI: keyboard selection, number display, marks, settings, listing."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.tui.conftest import fake_analyze, make_articles
from vnreader.store import Anchor, Annotation
from vnreader.tui.article_facts import ArticleFacts
from vnreader.tui.columns import NARROW, cell_text, header_line, layout, row_line
from vnreader.tui.corpus_source import ArticlesCorpus, article_row
from vnreader.tui.highlights import (
    SPAN_STYLE,
    Layers,
    Mark,
    MarkIndex,
    MarkSet,
    render_paragraph,
    span_mark,
)
from vnreader.tui.listing import count_annotations, sorted_rows
from vnreader.tui.numbers import THIN, format_figure_value, format_number
from vnreader.tui.selection import Selection, Words
from vnreader.tui.settings import load_settings, save_settings, update_setting

TEXT = "Bộ trưởng Bùi Thanh Sơn nói: 4,7 tỷ USD.\n\nHai bên đồng ý."


def test_words_move_extend_adjust() -> None:
    w = Words(TEXT)
    sel = w.word_at(0)
    assert sel == Selection(0, 2)
    sel = w.move(sel, 2)
    assert TEXT[sel.start : sel.end] == "Bùi"
    sel = w.extend(w.extend(sel, 1), 1)
    assert TEXT[sel.start : sel.end] == "Bùi Thanh Sơn"
    sel = w.extend(sel, -1)
    assert TEXT[sel.start : sel.end] == "Bùi Thanh"
    assert w.extend(w.word_at(sel.start), -1) == w.word_at(sel.start)  # never empty
    assert TEXT[slice(*_t(w.adjust(sel, "end", -2)))] == "Bùi Tha"
    assert TEXT[slice(*_t(w.adjust(sel, "start", 1)))] == "ùi Thanh"
    assert w.move(w.word_at(0), -1) == w.word_at(0)
    number = w.move(w.word_at(TEXT.index("nói")), 1)
    assert TEXT[number.start : number.end] == "4,7"  # numbers with a comma stay one word


def _t(sel: Selection) -> tuple[int, int]:
    return sel.start, sel.end


@settings(max_examples=150, deadline=None)
@given(
    text=st.text(alphabet="ab ,.\nđƠ9", min_size=1, max_size=40),
    ops=st.lists(
        st.tuples(st.sampled_from(["move", "extend", "start", "end", "jump"]), st.integers(-3, 3)),
        max_size=20,
    ),
)
def test_selection_always_valid(text: str, ops: list[tuple[str, int]]) -> None:
    w = Words(text)
    sel = w.word_at(0)
    if sel is None:
        assert not w.spans
        return
    for op, n in ops:
        if op == "move" and n:
            sel = w.move(sel, n)
        elif op == "extend" and n:
            sel = w.extend(sel, n)
        elif op in ("start", "end"):
            sel = w.adjust(sel, op, n)
        elif op == "jump" and n:
            sel = w.jump(sel, n * 10)
        assert 0 <= sel.start < sel.end <= len(text)


def test_format_numbers() -> None:
    assert format_number(4_700_000_000) == f"4{THIN}700{THIN}000{THIN}000"
    assert format_figure_value(4.7e9, "USD") == f"4{THIN}700{THIN}000{THIN}000 USD"
    assert format_figure_value(12.5, "percent") == f"12,5{THIN}%"
    assert format_figure_value(None, "dose") == "dose"
    assert format_figure_value(32, "km") == "32 km"  # a symbol: no "kms"
    assert format_figure_value(7, "m") == "7 m"  # not "7 ms", milliseconds
    assert format_figure_value(3, "match") == "3 matches"
    assert format_figure_value(12, "inch") == "12 inches"
    assert format_figure_value(70, "company") == "70 companies"
    assert format_figure_value(2, "century") == "2 centuries"
    assert format_figure_value(5, "person") == "5 people"
    assert format_figure_value(25, "year") == "25 years"
    assert format_figure_value(1, "day") == "1 day"
    assert format_figure_value(3, "day") == "3 days"  # a vowel before the "y"
    assert format_figure_value(30, "age") == "30 years old"  # "30 tuổi"
    assert format_figure_value(None, None) == ""
    assert format_number(-1500.25) == f"-1{THIN}500,25"


def _span(start: int, end: int, label: str | None = "PER", orphan: bool = False) -> Annotation:
    anchor = Anchor.from_text(TEXT, start, end, "h")
    return Annotation("id", "a", "span", "t", "t", "me", label=label, anchor=anchor, orphan=orphan)


def _marks(analysis, spans, layers: Layers | None = None, rejected=()) -> MarkSet:
    mine = [m for m in (span_mark(a, len(TEXT)) for a in spans) if m]
    facts = ArticleFacts.of(analysis)
    return MarkSet(facts.suggestions, mine, layers=layers or Layers(), rejected=rejected)


def test_marks_layers_and_paragraphs() -> None:
    analysis = fake_analyze(TEXT)
    spans = [_span(0, 9), _span(1, 3, orphan=True)]
    marks = list(_marks(analysis, spans))
    kinds = sorted({m.kind for m in marks})
    assert kinds == ["entity", "figure", "span"]  # the orphan is not drawn
    assert len([m for m in marks if m.kind == "span"]) == 1
    assert len(_marks(analysis, spans)) == len(marks)
    only_spans = _marks(analysis, spans, Layers(entities=False, figures=False))
    assert [m.kind for m in only_spans] == ["span"] and len(only_spans) == 1
    offsets = [(0, TEXT.index("\n")), (TEXT.index("Hai"), len(TEXT))]
    across = Mark(TEXT.index("USD"), TEXT.index("bên"), "span", "X", SPAN_STYLE)
    index = MarkIndex(sorted([*marks, across], key=lambda m: m.start))
    split = [index.overlapping(*o) for o in offsets]
    assert across in split[0] and across in split[1]
    assert all(m.end <= offsets[0][1] or m is across for m in split[0])
    assert all(m.start >= offsets[1][0] or m is across for m in split[1])
    assert sorted(map(id, split[0] + split[1])) == sorted(map(id, [*marks, across, across]))


def test_mark_index_finds_what_overlaps_a_range() -> None:
    marks = sorted(
        (Mark(s, s + n, "entity", "PER", "bold") for s in range(0, 200, 7) for n in (0, 3, 30)),
        key=lambda m: m.start,
    )
    index = MarkIndex(marks)
    for start, end in [(0, 10), (50, 51), (60, 60), (100, 190), (199, 400)]:
        want = [m for m in marks if start < m.end and (end > m.start or start == end == m.start)]
        assert index.overlapping(start, end) == want


def test_blocks_find_the_block_of_an_offset() -> None:
    """The one lookup of a place's block (paragraph): the block holding it, the one before
    it in the blank line between two, the first one before the text."""
    from vnreader.tui.reader_window import Blocks

    offsets = Blocks([(0, 10), (12, 20), (20, 25), (27, 40)])
    want = {-5: 0, 0: 0, 9: 0, 10: 0, 11: 0, 12: 1, 19: 1, 20: 2, 26: 2, 27: 3, 39: 3, 99: 3}
    assert {offset: offsets.index_at(offset) for offset in want} == want


@given(
    st.lists(st.tuples(st.integers(0, 60), st.integers(0, 12)), max_size=40),
    st.integers(-5, 80),
    st.integers(0, 20),
)
def test_one_lookup_finds_the_ranges_overlapping_a_range(
    ranges: list[tuple[int, int]], start: int, length: int
) -> None:
    """The lookup that the suggestions and the other marks share gives what a scan of
    every range gives, empty ranges and an empty range looked up included."""
    from vnreader.tui.ranges import overlapping

    ranges = sorted((s, s + n) for s, n in ranges)
    starts, ends = [s for s, _ in ranges], [e for _, e in ranges]
    reach = max((e - s for s, e in ranges), default=0)
    end = start + length
    want = [i for i, (s, e) in enumerate(ranges) if start < e and (end > s or start == end == s)]
    assert list(overlapping(starts, ends, reach, start, end)) == want


def test_render_paragraph_is_literal_and_tags_spans() -> None:
    text = "[red]Bùi[/] Thanh"
    mark = Mark(0, 11, "span", "PER", SPAN_STYLE, "id")
    content = render_paragraph(text, 0, [mark], selection=(12, 17))
    assert str(content) == "[red]Bùi[/]⟨PER⟩ Thanh"
    styles = {(s.start, s.end, str(s.style)) for s in content.spans}
    assert (0, 11, SPAN_STYLE) in styles
    # offsets of a later paragraph are local to it
    later = render_paragraph("Thanh", 100, [Mark(100, 103, "entity", "PER", "bold")])
    assert [(s.start, s.end) for s in later.spans] == [(0, 3)]


def test_settings_survive_broken_files(tmp_path: Path) -> None:
    path = tmp_path / "cfg" / "settings.json"
    assert load_settings(path) == {}
    assert update_setting("theme", "nord", path)
    assert load_settings(path) == {"theme": "nord"}
    path.write_text("{not json", encoding="utf-8")
    assert load_settings(path) == {}
    path.write_text("[1, 2]", encoding="utf-8")
    assert load_settings(path) == {}
    assert save_settings({"theme": "dracula", "x": "ơ"}, path)
    assert json.loads(path.read_text(encoding="utf-8")) == {"theme": "dracula", "x": "ơ"}
    assert [p.name for p in path.parent.iterdir()] == ["settings.json"]  # no temp file left


def test_listing_counts_sort_search() -> None:
    articles = make_articles()
    anns = [
        Annotation("1", "a1", "tag", "t", "t", "me", tag="x"),
        Annotation("2", "a1", "note", "t", "t", "me", note="n"),
        Annotation("3", "b2", "tag", "t", "t", "me", tag="y"),
    ]
    counts = count_annotations(anns)
    assert (counts["a1"].tags, counts["a1"].note, counts["a1"].spans) == (["x"], 1, 0)
    rows = [article_row(a) for a in articles]
    by_ann = sorted_rows(rows, "annotations", True, counts)
    assert [a.id for a in by_ann] == ["a1", "b2", "c3"]
    corpus = ArticlesCorpus(articles)
    assert corpus.search("BUI thanh SON") == ["a1", "c3"]  # the phrase in a1's title first
    assert corpus.search("đà nang") == ["b2"]
    assert corpus.search("thanh so") == []  # whole syllables, not substrings
    assert corpus.search('"son bui"') == []  # a quoted phrase is a phrase


def test_columns_give_the_title_the_free_width() -> None:
    row = article_row(make_articles()[0])
    for width in (40, 78, 118, 198):
        columns = layout(width)
        assert sum(w for _, w in columns) + len(columns) - 1 == width
        assert len(row_line(row, None, columns)) == width
        assert len(header_line(columns, "title", False)) == width
    titles = {w: dict((c.key, n) for c, n in layout(w))["title"] for w in (78, 118, 198)}
    assert titles[78] >= 38 and titles[198] - titles[118] == 80
    assert "length" not in {c.key for c, _ in layout(NARROW - 1)}
    assert cell_text("length", row, None) == f"{len(make_articles()[0].text)}"
    assert "Title↓" in header_line(layout(118), "title", True)


def test_core_does_not_import_textual() -> None:
    code = (
        "import sys, vnreader.cli, vnreader.corpus, vnreader.analysis, vnreader.store, "
        "vnreader.config, vnreader.locations, vnreader.tui\n"
        "assert 'textual' not in sys.modules, 'textual imported by the core'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


@settings(max_examples=200, deadline=None)
@given(
    st.text(
        alphabet="aăâbdđeêioôơuưyAĂÂĐÊÔƠƯ àáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợ"
        "ùúủũụừứửữựỳýỷỹỵÀÁẢÃẠỲÝ\u0301.,-1",
        max_size=30,
    )
)
def test_fast_fold_equals_fold(text: str) -> None:
    from vnreader.analysis.fold import fold
    from vnreader.tui.listing import fast_fold

    assert fast_fold(text) == fold(text)


def test_one_date_notation_in_the_panel() -> None:
    """The side panel shows the analysis's ISO 8601 notation ("--09-27", as the CSV and
    `vnreader analyze`), not "????-09-27"."""
    from vnreader.analysis import Analysis, Figure
    from vnreader.tui.numbers import figure_value
    from vnreader.tui.widgets.side_panel import side_panel_content

    day = Figure(0, 9, "ngày 27/9", None, None, "date", None, "--09-27")
    money = Figure(10, 20, "hơn 4,7 tỷ USD", 4.7e9, "USD", "money", "hơn", None)
    assert figure_value(day) == "--09-27"
    assert figure_value(money) == ">4\u2009700\u2009000\u2009000 USD"
    facts = ArticleFacts.of(Analysis((), (day, money)))
    side = side_panel_content(facts, [], None, [], width=40).plain
    assert "ngày 27/9 → --09-27" in side and "????" not in side


def test_the_panel_names_a_person_in_full_as_the_entities_view_does() -> None:
    """A person named once in full and often by the given name alone shows the full name,
    with every mention counted, as the corpus's Entities view does."""
    from vnreader.analysis import Analysis, Entity
    from vnreader.tui.widgets.side_panel import side_panel_content

    key = "PER:đỗ duy lộc"
    people = [Entity(0, 10, "Đỗ Duy Lộc", "PER", key)]
    people += [Entity(20 + 10 * n, 23 + 10 * n, "Lộc", "PER", key) for n in range(3)]
    facts = ArticleFacts.of(Analysis(tuple(people), ()))
    side = side_panel_content(facts, [], None, [], width=40).plain
    assert "PER  Đỗ Duy Lộc ×4" in side and "PER  Lộc" not in side


def test_side_panel_counts_the_mentions_once_per_analysis(monkeypatch) -> None:
    """Counting the mentions of a very large article takes seconds: done again only for
    another analysis, theme or width, not at each redraw of the panel."""
    from vnreader.tui.widgets import side_panel

    calls: list[int] = []
    real = side_panel._entities
    monkeypatch.setattr(
        side_panel,
        "_entities",
        lambda *a: calls.append(1) or real(*a),  # type: ignore[func-returns-value]
    )
    analysis = ArticleFacts.of(fake_analyze(TEXT))
    kept = side_panel.PanelSummary()  # the reader's own
    first = side_panel.side_panel_content(analysis, [], None, [], width=40, summary=kept)
    again = side_panel.side_panel_content(analysis, ["tag"], "a note", [], width=40, summary=kept)
    assert len(calls) == 1 and str(first).split("Entities")[1] == str(again).split("Entities")[1]
    side_panel.side_panel_content(analysis, [], None, [], width=30, summary=kept)
    other = ArticleFacts.of(fake_analyze(TEXT))
    side_panel.side_panel_content(other, [], None, [], width=30, summary=kept)
    assert len(calls) == 3


def _random_analysis(seed: int, n: int = 300):
    import random

    from vnreader.analysis import Analysis, Entity, Figure

    rng = random.Random(seed)
    entities, figures = [], []
    for _ in range(n):
        start = rng.randrange(0, 2_000)
        end = start + rng.randrange(1, 12)
        if rng.random() < 0.5:
            entities.append(Entity(start, end, "x", rng.choice(["PER", "LOC", "ORG"]), "k"))
        else:
            figures.append(Figure(start, end, "1", 1.0, None, rng.choice(["money", "date"])))
    return Analysis(tuple(entities), tuple(figures))


@given(st.integers(0, 10_000))
@settings(max_examples=40, deadline=None)
def test_mark_set_is_the_sorted_list_of_marks(seed: int) -> None:
    """MarkSet, made of compact suggestions, finds what a sorted list of every mark gives:
    by range, and the neighbour before or after any place (n/N), less rejected ones."""
    import bisect

    from vnreader.tui.highlights import mark_key

    analysis = _random_analysis(seed)
    facts = ArticleFacts.of(analysis)
    rejected = [
        Annotation("r", "a", "rejection", "t", "t", "me", label=e.label,
                   anchor=Anchor(e.start, e.end, "x", "", "", "h"))
        for e in analysis.entities[:5]
    ]  # fmt: skip
    spans = [Mark(s, s + 4, "span", "PER", SPAN_STYLE, f"id{s}") for s in range(0, 2_000, 97)]
    marks = MarkSet(facts.suggestions, spans, rejected=rejected)
    gone = {(r.anchor.start, r.anchor.end, r.label) for r in rejected}
    everything = sorted({(m.start, m.end, m.kind, m.label) for m in list(marks)}, key=lambda t: t)
    listed = list(marks)
    assert listed == sorted(listed, key=mark_key) and len(marks) == len(listed)
    assert not {(m.start, m.end, m.label) for m in listed if m.kind == "entity"} & gone
    assert len(everything) == len(listed)
    keys = [mark_key(m) for m in listed]
    for place in range(-1, 2_020, 13):
        after = bisect.bisect_right(keys, (place,))
        assert marks.neighbour((place,), 1) == (listed[after] if after < len(listed) else None)
        before = bisect.bisect_left(keys, (place,)) - 1
        assert marks.neighbour((place,), -1) == (listed[before] if before >= 0 else None)
        want = [m for m in listed if place < m.end and place + 20 > m.start]
        assert marks.overlapping(place, place + 20) == want
    for i in range(0, len(listed), 7):
        nxt = marks.neighbour(keys[i], 1)
        assert nxt == (listed[i + 1] if i + 1 < len(listed) else None)


@given(st.integers(0, 10_000))
@settings(max_examples=40, deadline=None)
def test_review_state_counts_and_finds_the_next_undecided(seed: int) -> None:
    import random

    from vnreader.tui.screens.reader_review import ReviewState

    rng = random.Random(seed)
    suggestions = ArticleFacts.of(_random_analysis(seed, 80)).suggestions
    state = ReviewState(suggestions)
    items = [suggestions.get(i) for i in range(len(suggestions))]
    for _ in range(4):
        chosen = rng.sample(items, rng.randrange(0, len(items) + 1))
        spans = [
            Annotation(f"s{i}", "a", "span", "t", "t", "me", label="X",
                       anchor=Anchor(s[0], s[1], "x", "", "", "h"))
            for i, s in enumerate(chosen) if rng.random() < 0.5
        ]  # fmt: skip
        rejections = [
            Annotation(f"r{i}", "a", "rejection", "t", "t", "me", label=s[3],
                       anchor=Anchor(s[0], s[1], "x", "", "", "h"))
            for i, s in enumerate(chosen)
        ]  # fmt: skip
        state.sync(spans, rejections)
        covered = {(a.anchor.start, a.anchor.end) for a in spans}
        no = {(a.anchor.start, a.anchor.end, a.label) for a in rejections}
        done = [s[:2] in covered or (s[0], s[1], s[3]) in no for s in items]
        assert state.progress() == (sum(done), len(items))
        todo = [i for i, d in enumerate(done) if not d]
        for after in range(-1, len(items)):
            later = [i for i in todo if i > after]
            want = later[0] if later else (todo[0] if todo else None)
            assert state.next_after(after) == want


def test_analysis_progress_replaces_only_its_own_analysis() -> None:
    from vnreader.tui.messages import AnalysisProgressed

    corpus, later = AnalysisProgressed(3, 10), AnalysisProgressed(4, 10)
    article = AnalysisProgressed(500, 2_000, "a")
    assert later.can_replace(corpus) and not later.can_replace(article)
    assert AnalysisProgressed(900, 2_000, "a").can_replace(article)
    assert not article.can_replace(corpus)
    assert (corpus.share, article.share, AnalysisProgressed(0, 0).share) == (0.3, 0.25, 1.0)


@settings(max_examples=80, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(["Bộ", "bo", "Đà Nẵng", "da nang", "Chủ", ""]),
            st.sampled_from([None, "", "tuoitre.vn", "VnExpress.net", "vnexpress.net"]),
            st.sampled_from([None, "", "2021-03-01", "2021-03-01T08:00", "2020-12-31"]),
            st.integers(0, 3),
        ),
        max_size=30,
    ),
    st.sampled_from(["title", "source", "date", "length", "annotations"]),
    st.booleans(),
)
def test_a_sort_in_stable_passes_equals_the_sort_by_the_whole_key(
    values: list[tuple[str, str | None, str | None, int]], key: str, reverse: bool
) -> None:
    """Two-part keys (date then title, source then date) are sorted in two stable passes:
    the same order as one sort by the tuple, empty values last either way."""
    from vnreader.index import ArticleRow
    from vnreader.tui.listing import MISSING, PARTS, Counts, RowOrder, fast_fold, row_date

    rows = [
        ArticleRow(f"id{i}", f"/c/{i}.txt", t, s, d, None, None, n)
        for i, (t, s, d, n) in enumerate(values)
    ]
    counts = {"id0": Counts(tags=["x"]), "id2": Counts(spans=2)}
    part_of = {  # what each part of a key compares
        "title": lambda r: fast_fold(r.title),
        "source": lambda r: (r.source or "").casefold(),
        "date": row_date,
        "length": lambda r: r.length,
        "annotations": lambda r: counts[r.id].total if r.id in counts else 0,
    }
    got = RowOrder().sort(rows, key, reverse, counts)
    want = sorted(rows, key=lambda r: tuple(part_of[p](r) for p in PARTS[key]), reverse=reverse)
    value = MISSING.get(key)
    if value is not None and not reverse:
        want = [r for r in want if value(r)] + [r for r in want if not value(r)]
    assert [r.id for r in got] == [r.id for r in want]


def test_rows_of_ids_looks_up_only_the_rows_read() -> None:
    """A search's rows: the ids kept, each row looked up when read (none made per hit)."""
    from collections import UserDict

    from vnreader.tui.listing import RowsOfIds, ids_in

    read: list[str] = []

    class Counted(UserDict):  # type: ignore[type-arg]
        def __getitem__(self, key: str) -> object:
            read.append(key)
            return super().__getitem__(key)

    rows = Counted({a.id: article_row(a) for a in make_articles()})
    ids = ["c3", "a1", "b2"]
    shown = RowsOfIds(ids_in(ids, rows), rows)
    assert len(shown) == 3 and read == []
    assert shown[0] is rows.data["c3"] and read == ["c3"]
    assert [r.id for r in shown[1:]] == ["a1", "b2"]
    assert shown.position("b2") == 2 and shown.position("zz") is None
    assert list(shown) == [rows.data[i] for i in ids]
    assert ids_in(ids, rows) is ids  # every id known: no copy
    assert ids_in(["b2", "gone", "a1"], rows) == ["b2", "a1"]
