"""Round trips: export → import into an empty DB → the same annotations, same export."""

from __future__ import annotations

import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from export_support import (
    STAMP,
    VIETNAMESE_LETTERS,
    export_text,
    make_articles,
    nfd,
    sanitized,
)
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from vnreader.export import import_file
from vnreader.store import AnnotationStore
from vnreader.store.model import Anchor, Annotation
from vnreader.textsafe import sanitize

ARTICLES = make_articles()
UNKNOWN = "bài đã xoá/ 404"  # an article id not in the corpus, with awkward characters

texts = st.text(alphabet=VIETNAMESE_LETTERS + " ,.:;!?-'\"\n\t«»“”abcxyz0123456789", max_size=40)
maybe_nfd = st.tuples(texts, st.booleans()).map(lambda t: nfd(t[0]) if t[1] else t[0])
names = st.sampled_from(["kinh-tế", "covid", "Hà Nội", nfd("Đà Nẵng"), "a, b; c"])
labels = st.sampled_from(["PER", "ORG", "CLAIM", "Nhân vật", nfd("Trích dẫn")])
authors = st.sampled_from(["", "lan", "Nguyễn Thị Ánh", nfd("Lê Văn Đức")])
base_time = datetime(2026, 1, 1, tzinfo=UTC)
times = st.integers(0, 10**10).map(
    lambda ms: (
        (base_time + timedelta(milliseconds=ms))
        .isoformat(timespec="milliseconds")
        .replace("+00:00", "Z")
    )
)


@st.composite
def annotation_sets(draw: st.DrawFn) -> list[Annotation]:
    ids = draw(st.lists(st.uuids(), max_size=8, unique=True))
    result: list[Annotation] = []
    tagged: set[tuple[str, str]] = set()  # a DB holds each tag once per article
    for uid in ids:
        article = draw(st.sampled_from([*ARTICLES, None]))
        article_id = article.id if article else UNKNOWN
        created, later = sorted([draw(times), draw(times)])
        kind = draw(st.sampled_from(["tag", "note", "span", "span"]))
        fields: dict[str, object] = {}
        if kind == "tag":
            fields["tag"] = tag = draw(names)
            if (article_id, sanitize(tag)) in tagged:
                continue
            tagged.add((article_id, sanitize(tag)))
        elif kind == "note":
            fields["note"] = draw(maybe_nfd)  # may be empty
        else:
            fields["label"] = draw(st.none() | labels)
            fields["note"] = draw(st.none() | maybe_nfd)
            if fields["label"] is None and fields["note"] is None:
                fields["label"] = "MISC"
            if article is not None and draw(st.integers(0, 4)) != 0:
                text = article.text
                start = draw(st.integers(0, len(text) - 1))
                end = draw(st.integers(start + 1, min(len(text), start + 30)))
                anchor = Anchor.from_text(text, start, end, article.content_hash)
                if draw(st.booleans()):  # NFD where it enters: the import must normalise
                    anchor = Anchor(
                        start,
                        end,
                        nfd(anchor.exact),
                        nfd(anchor.prefix),
                        nfd(anchor.suffix),
                        anchor.content_hash,
                    )
                fields["anchor"] = anchor
            else:  # an orphan: its quote is in no article
                start = draw(st.integers(0, 500))
                quote = "§" + draw(texts)
                fields["anchor"] = Anchor(
                    start, start + len(quote), quote, draw(texts), draw(texts), "sha256:old"
                )
                fields["orphan"] = True
        result.append(
            Annotation(
                id=str(uid),
                article_id=article_id,
                kind=kind,  # type: ignore[arg-type]
                created=created,
                modified=later,
                author=draw(authors),
                **fields,  # type: ignore[arg-type]
            )
        )
    return result


def _round_trip(fmt: str, anns: list[Annotation]) -> None:
    expected = sorted((sanitized(a) for a in anns), key=lambda a: a.id)
    exported = export_text(fmt, ARTICLES, anns)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"export.{fmt}"
        path.write_text(exported, encoding="utf-8")
        with AnnotationStore(Path(tmp) / "db.json") as store:
            report = import_file(path, ARTICLES, store)
            got = sorted(store, key=lambda a: a.id)
            again = import_file(path, ARTICLES, store)
            assert sorted(store, key=lambda a: a.id) == got  # importing twice changes nothing
    assert report.format == fmt
    assert report.added == len(anns) and report.updated == report.skipped == 0
    assert again.added == again.updated == 0 and again.skipped == len(anns)
    assert got == expected
    assert export_text(fmt, ARTICLES, got) == export_text(fmt, ARTICLES, expected)
    unknown = sum(a.article_id == UNKNOWN for a in anns)
    orphans = sum(a.orphan and a.article_id != UNKNOWN for a in anns)
    assert len(report.unplaced) == unknown + orphans


@pytest.mark.parametrize("fmt", ["json", "jsonl", "w3c"])
@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(anns=annotation_sets())
def test_round_trip(fmt: str, anns: list[Annotation]) -> None:
    _round_trip(fmt, anns)


def test_round_trip_of_every_kind_is_exact() -> None:
    from export_support import note, span, tag

    a = ARTICLES[0]
    anns = [
        tag(a.id, "kinh-tế", id="t1"),
        note(a.id, "", id="n1"),
        span(a, "Hoa Kỳ", id="s1", label="LOC"),
        span(a, "Hoa Kỳ", id="s2", label=None, note="ghi chú", occurrence=1),
        span(a, "Hoa Kỳ đạt 96,8", id="s3", label="FIGURE", note="chồng lấn"),
        tag(UNKNOWN, "mất", id="t2"),
    ]
    for fmt in ("json", "jsonl", "w3c"):
        _round_trip(fmt, anns)
    assert STAMP in export_text("json", ARTICLES, anns)


def _strip_extension(w3c_text: str) -> str:
    import json

    data = json.loads(w3c_text)
    for item in data.get("first", {}).get("items", []):
        del item["vnreader"]
    return json.dumps(data, ensure_ascii=False)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(anns=annotation_sets())
def test_plain_w3c_without_vnreader_fields_keeps_the_meaning(anns: list[Annotation]) -> None:
    """What another tool would keep of our export is enough to get the annotations back."""
    plain = _strip_extension(export_text("w3c", ARTICLES, anns))
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "plain.jsonld"
        path.write_text(plain, encoding="utf-8")
        with AnnotationStore(Path(tmp) / "db.json") as store:
            import_file(path, ARTICLES, store)
            got = {a.id: a for a in store}
    assert len(got) == len(anns)
    for original in map(sanitized, anns):
        back = got[original.id]
        assert (back.article_id, back.kind, back.author) == (
            original.article_id,
            original.kind,
            original.author,
        )
        assert (back.tag, back.label, back.note) == (original.tag, original.label, original.note)
        assert (back.created, back.modified) == (original.created, original.modified)
        if original.anchor is not None and not original.orphan:
            assert back.anchor == original.anchor and not back.orphan
        elif original.anchor is not None and original.article_id != UNKNOWN:
            assert back.orphan and back.anchor is not None
            assert back.anchor.exact == original.anchor.exact
