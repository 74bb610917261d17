"""Re-anchoring spans when the article text changes: pure locate() and store.reanchor()."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from store_samples import ARTICLE

from vnreader.store import AnnotationStore
from vnreader.store.anchoring import locate, occurrences
from vnreader.store.model import Anchor

NAME = "Bùi Thanh Sơn"
START = ARTICLE.index(NAME)


def anchor_of(text: str, quote: str, nth: int = 0) -> Anchor:
    start = -1
    for _ in range(nth + 1):
        start = text.index(quote, start + 1)
    return Anchor.from_text(text, start, start + len(quote), "old")


def test_same_position() -> None:
    placed = locate(anchor_of(ARTICLE, NAME), ARTICLE + " Thêm câu cuối.")
    assert placed is not None and placed.method == "position" and placed.start == START


def test_moved_text_is_found_by_its_quote() -> None:
    new = "Tin cập nhật lúc 10 giờ.\n\n" + ARTICLE
    placed = locate(anchor_of(ARTICLE, NAME), new)
    assert placed is not None and placed.method == "quote"
    assert new[placed.start : placed.end] == NAME


def test_edited_nearby_is_still_found() -> None:
    new = ARTICLE.replace("Chiều 22/7, Bộ trưởng Ngoại giao", "Sáng 23/7, tân Bộ trưởng")
    placed = locate(anchor_of(ARTICLE, NAME), new)
    assert placed is not None and new[placed.start : placed.end] == NAME


def test_edited_inside_the_quote_is_found_fuzzily() -> None:
    quote = "hợp tác kinh tế, đầu tư và lao động trong năm 2021"
    new = ARTICLE.replace("đầu tư và lao động", "đầu tư, lao động")
    placed = locate(anchor_of(ARTICLE, quote), new)
    assert placed is not None and placed.method == "fuzzy"
    assert "đầu tư, lao động" in new[placed.start : placed.end]


def test_deleted_sentence_is_an_orphan() -> None:
    sentence = "Hai bên trao đổi về hợp tác kinh tế, đầu tư và lao động trong năm 2021."
    new = ARTICLE.replace(sentence + "\n\n", "")
    assert locate(anchor_of(ARTICLE, sentence), new) is None


def test_look_alike_sentence_elsewhere_is_not_taken() -> None:
    old = "Giá vàng hôm nay tăng 2% so với hôm qua. Thị trường sôi động."
    quote = "Giá vàng hôm nay tăng 2% so với hôm qua."
    # The sentence is gone; a look-alike with another figure sits in another context.
    new = "Bản tin chiều. Các nhà đầu tư lo ngại. Giá vàng hôm nay tăng 3% so với hôm qua."
    assert locate(anchor_of(old, quote), new) is None


def test_duplicated_sentence_is_told_apart_by_context() -> None:
    old = "Mở đầu. Ông Sơn phát biểu. Giữa bài. Kết thúc."
    new = "Ông Sơn phát biểu. Mở đầu. Ông Sơn phát biểu. Giữa bài. Kết thúc."
    placed = locate(anchor_of(old, "Ông Sơn phát biểu."), new)
    assert placed is not None and placed.method == "context"
    assert placed.start == new.index("Mở đầu. ") + len("Mở đầu. ")


def test_duplicated_sentence_with_the_same_context_is_an_orphan() -> None:
    old = "A. Ông Sơn phát biểu. B."
    new = "A. Ông Sơn phát biểu. B. A. Ông Sơn phát biểu. B."
    anchor = Anchor.from_text(old, 3, 21, "old")
    anchor = Anchor(
        start=40, end=58, exact=anchor.exact, prefix="A. ", suffix=" B.", content_hash="old"
    )
    assert locate(anchor, new) is None


def test_short_quote_is_never_matched_fuzzily() -> None:
    assert locate(anchor_of("Ông Sơn nói.", "Sơn"), "Ông Sen nói.") is None


@settings(max_examples=150, deadline=None)
@given(
    before=st.text(max_size=40),
    quote=st.text(min_size=1, max_size=30),
    after=st.text(max_size=40),
    inserted=st.text(max_size=20),
)
def test_prepending_text_never_loses_or_misplaces_a_span(
    before: str, quote: str, after: str, inserted: str
) -> None:
    old = before + quote + after
    anchor = Anchor.from_text(old, len(before), len(before) + len(quote), "old")
    new = inserted + old
    placed = locate(anchor, new)
    if placed is not None:
        # Wherever it lands, it lands on the same words: never a different text.
        assert new[placed.start : placed.end] == quote
    if len(occurrences(quote, new)) == 1:
        assert placed is not None


@settings(max_examples=150, deadline=None)
@given(text=st.text(min_size=1, max_size=80), data=st.data())
def test_unchanged_text_places_every_span_where_it_was(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(start + 1, len(text)))
    placed = locate(Anchor.from_text(text, start, end, "h"), text)
    assert placed is not None and (placed.start, placed.end) == (start, end)


def test_reanchor_updates_moves_and_orphans(db: Path) -> None:
    with AnnotationStore(db) as store:
        name = store.add_span("a1", ARTICLE, "h1", START, START + len(NAME), label="PER")
        figure_at = ARTICLE.index("39,6 tỷ USD")
        figure = store.add_span("a1", ARTICLE, "h1", figure_at, figure_at + 11, label="FIGURE")
        unchanged = store.reanchor("a1", ARTICLE, "h1")
        assert unchanged.current == 2 and unchanged.changed == 0
        new = "Cập nhật.\n\n" + ARTICLE.replace("39,6 tỷ USD", "khoảng 40 tỷ đô la")
        report = store.reanchor("a1", new, "h2")
        assert report.moved == 1 and report.orphaned == [figure.id]
        placed = store.get(name.id)
        assert placed is not None and placed.anchor is not None
        assert new[placed.anchor.start : placed.anchor.end] == NAME
        assert placed.anchor.content_hash == "h2" and placed.modified == name.modified
        orphan = store.get(figure.id)
        assert orphan is not None and orphan.orphan and orphan.anchor == figure.anchor
        assert store.orphans() == [orphan] and store.orphans("a2") == []
        assert store.undo_description() == "label “39,6 tỷ USD”"  # not an undo step
    with AnnotationStore(db) as store:  # persisted; the orphan comes back with its text
        assert [a.id for a in store.orphans()] == [figure.id]
        back = store.reanchor("a1", ARTICLE, "h1")
        assert back.restored == [figure.id] and store.orphans() == []


def test_read_only_reanchor_shows_placements_without_saving(db: Path) -> None:
    with AnnotationStore(db) as store:
        span = store.add_span("a1", ARTICLE, "h1", START, START + len(NAME))
    before = db.read_bytes()
    new = "Mới.\n\n" + ARTICLE
    with AnnotationStore(db, read_only=True) as reader:
        assert reader.reanchor("a1", new, "h2").moved == 1
        placed = reader.get(span.id)
        assert placed is not None and placed.anchor is not None
        assert new[placed.anchor.start : placed.anchor.end] == NAME
    assert db.read_bytes() == before


def test_reanchor_all_places_only_what_changed(tmp_path: Path) -> None:
    from vnreader.corpus.model import Article

    old = Article(id="a1", path=tmp_path / "a1.txt", title="t", paragraphs=(ARTICLE,))
    other = Article(id="a2", path=tmp_path / "a2.txt", title="t", paragraphs=(ARTICLE,))
    new = Article(id="a1", path=old.path, title="t", paragraphs=("Mở đầu mới.", ARTICLE))
    with AnnotationStore(tmp_path / "db.json") as store:
        start = ARTICLE.index("Bùi Thanh Sơn")
        store.add_span("a1", old.text, old.content_hash, start, start + 13, label="PER")
        store.add_span("a2", other.text, other.content_hash, start, start + 13, label="PER")
        assert store.reanchor_all([old, other]) == 0  # current: nothing to do
        assert store.reanchor_all([new, other]) == 1
        [span] = store.spans("a1")
        assert span.anchor is not None and span.anchor.content_hash == new.content_hash
        assert new.text[span.anchor.start : span.anchor.end] == "Bùi Thanh Sơn"


def test_a_rejection_follows_the_text_like_a_span(db: Path) -> None:
    with AnnotationStore(db) as store:
        store.reject("a1", ARTICLE, "h1", START, START + len(NAME), "PER")
        new = "Mở đầu mới. " + ARTICLE
        report = store.reanchor("a1", new, "h2")
        assert report.moved == 1
        [moved] = store.rejections("a1")
        assert moved.anchor is not None and moved.anchor.content_hash == "h2"
        assert new[moved.anchor.start : moved.anchor.end] == NAME
    with AnnotationStore(db) as store:  # saved
        [again] = store.rejections("a1")
        assert again.anchor == moved.anchor and again.label == "PER"
