"""The entities listing read from the index's groups (a page at a time, the user's merges
and splits laid over it) equals the groups built in Python from every spelling: on the
seeds, with choices, and after one article is analysed again."""

from __future__ import annotations

from pathlib import Path

import pytest

from vnreader.corpusviews import CorpusViews, EntityChoices, split_key
from vnreader.corpusviews.group_pages import GroupPages
from vnreader.corpusviews.groups import (
    SORTS,
    EntityGroup,
    build_groups,
    filter_groups,
    sort_groups,
)
from vnreader.index import CorpusIndex

FILTERS = [
    {},
    {"labels": ["PER"]},
    {"labels": ["LOC", "ORG"]},
    {"labels": []},
    {"name": "nga"},
    {"name": "BÙI thanh"},
    {"name": "viet nam", "labels": ["LOC"]},
    {"name": "xyzzy"},
]


def in_python(views: CorpusViews, **kw: object) -> list[EntityGroup]:
    """The listing as vnreader built it before: every spelling grouped in Python."""
    facts = views.index.facts
    groups = build_groups(facts.forms(), facts.key_counts(), views.choices, views._count_pairs)
    sort = str(kw.pop("sort", "mentions"))
    return sort_groups(filter_groups(groups, **kw), sort)  # type: ignore[arg-type]


def assert_same(views: CorpusViews) -> None:
    for sort in SORTS:
        for kw in FILTERS:
            found = views.entities(sort=sort, **kw)  # type: ignore[arg-type]
            expected = in_python(views, sort=sort, **kw)
            assert list(found) == expected, (sort, kw)
            assert len(found) == len(expected)
            assert [found[i] for i in range(len(found))] == expected  # page by page
            assert isinstance(found, GroupPages)
            for i, group in enumerate(expected):
                assert found.position(group.key) == i
            assert found.position("PER:nobody") is None
            assert list(found[2:5]) == expected[2:5]


def test_the_listing_equals_the_groups_built_in_python(views: CorpusViews) -> None:
    assert len(views.entities()) > 20
    assert_same(views)


def test_merges_and_splits_are_laid_over_the_index(views: CorpusViews) -> None:
    putin = views.find("Putin")[0]
    assert len(putin.forms) > 1
    alias = putin.forms[-1]
    choices = EntityChoices(
        merges={"LOC:nga": "LOC:viet nam", split_key(alias.key, alias.text): "PER:bùi thanh sơn"},
        splits=frozenset({(alias.key, alias.text)}),
    )
    views.set_choices(choices)
    assert_same(views)
    names = {g.key for g in views.entities()}
    assert "LOC:nga" not in names and "LOC:viet nam" in names


def test_an_article_analysed_again_updates_the_listing(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    texts = {
        "a": "Tổng thống Vladimir Putin gặp Thủ tướng Nguyễn Xuân Phúc tại Moscow.",
        "b": "Kim ngạch thương mại Việt Nam - Nga đạt 4,7 tỷ USD. Ông Putin phát biểu.",
        "c": "Bộ trưởng Bùi Thanh Sơn đến Hà Nội. Việt Nam và Nga ký kết.",
    }
    for name, text in texts.items():
        (corpus / f"{name}.txt").write_text("Tiêu đề\n\n" + text + "\n", "utf-8")
    with CorpusIndex.open(corpus, index_dir=tmp_path / "index") as index:
        index.refresh(analyse=True, processes=1)
        views = CorpusViews(index, EntityChoices(merges={"LOC:nga": "LOC:ha noi"}))
        assert_same(views)
        (corpus / "d.txt").write_text("Tiêu đề\n\nÔng V. Putin và Bùi Thanh Sơn ở Nga.\n", "utf-8")
        (corpus / "a.txt").write_text("Tiêu đề\n\nÔng Putin đến Hà Nội.\n", "utf-8")
        index.refresh(processes=1)
        index.analysis("d")
        index.analysis("a")
        assert views.stale()
        views.reload()
        assert_same(views)


def test_a_group_and_its_companions_are_read_from_the_index_without_building_every_group(
    views: CorpusViews, monkeypatch: pytest.MonkeyPatch
) -> None:
    built = views.groups()
    expected = {g.key: views.companions(g) for g in built[:15]}
    by_key = {g.key: g for g in built}
    views.reload()

    def refuse(*args: object, **kw: object) -> list[EntityGroup]:
        raise AssertionError("every group was built")

    monkeypatch.setattr("vnreader.corpusviews.views.build_groups", refuse)
    for key, companions in expected.items():
        group = views.group(key)
        assert group == by_key[key] and views.group_of_key(key) == by_key[key]
        assert group is not None and views.companions(group) == companions
    assert views.companions(by_key[next(iter(expected))], same_sentence=False)


def test_a_key_a_choice_touches_still_gets_its_merged_group(views: CorpusViews) -> None:
    views.set_choices(EntityChoices(merges={"LOC:nga": "LOC:viet nam"}))
    merged = views.group("LOC:viet nam")
    assert merged is not None and "LOC:nga" in merged.keys
    assert views.group_of_key("LOC:nga") == merged
