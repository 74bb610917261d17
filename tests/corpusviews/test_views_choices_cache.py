"""What the views make of the user's choices (the keys they touch, the choices with the
index's joins of surnames) is kept between lookups, and never outlives a change: a merge or
a split set, the choices assigned, or a reload after the index's joins changed, and the
next lookup sees the new state."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.corpusviews.test_surname_joins import (
    ALONE_ARTICLES,
    ALONE_KEY,
    FULL,
    named,
    write_corpus,
)
from vnreader.corpusviews import CorpusViews, EntityChoices, split_key
from vnreader.index import CorpusIndex

KOSACHEV = "PER:konstantin kosachev"
SPLIT = EntityChoices(splits=frozenset({("LOC:nga", "Liên bang Nga")}))


def aliases(views: CorpusViews, key: str) -> set[str]:
    group = views.group(key)
    assert group is not None
    return {text for text, _ in group.aliases}


def test_a_lookup_after_a_split_or_a_merge_sees_it(views: CorpusViews) -> None:
    assert "Liên bang Nga" in aliases(views, "LOC:nga")  # no choice: read from its row
    assert views.group(split_key("LOC:nga", "Liên bang Nga")) is None
    views.set_choices(SPLIT)
    assert "Liên bang Nga" not in aliases(views, "LOC:nga")
    assert aliases(views, split_key("LOC:nga", "Liên bang Nga")) == {"Liên bang Nga"}
    merged = views.group_of(KOSACHEV, "Konstantin Kosachev")
    assert merged is not None and merged.key == KOSACHEV
    views.set_choices(EntityChoices(merges={KOSACHEV: "PER:putin"}))
    merged = views.group_of(KOSACHEV, "Konstantin Kosachev")
    assert merged is not None and merged.key == "PER:putin"
    assert views.group(KOSACHEV) is None
    assert "Liên bang Nga" in aliases(views, "LOC:nga")  # the split undone
    views.set_choices(EntityChoices())
    assert views.group(KOSACHEV) is not None
    assert views.group_of_key(KOSACHEV) == views.group(KOSACHEV)


def test_choices_assigned_are_seen_by_the_next_lookup(views: CorpusViews) -> None:
    assert "Liên bang Nga" in aliases(views, "LOC:nga")
    views.choices = SPLIT  # as set_choices: the groups and what was made of them go
    assert "Liên bang Nga" not in aliases(views, "LOC:nga")
    views.choices = EntityChoices()
    assert "Liên bang Nga" in aliases(views, "LOC:nga")


def people(views: CorpusViews) -> dict[str, int]:
    return {g.key: g.mentions for g in views.entities(labels=["PER"])}


FALK = "PER:ingrid falk"


def falk_corpus(tmp_path: Path) -> Path:
    """Tobias Wendler, "Wendler" alone (joined to him) and Ingrid Falk."""
    corpus = write_corpus(tmp_path / "corpus", {**named(3), **ALONE_ARTICLES})
    (corpus / "z.txt").write_text("Tiêu đề\n\nNhà báo Ingrid Falk viết bài.\n", "utf-8")
    return corpus


def add_mirela(corpus: Path, index: CorpusIndex) -> None:
    """A second person of the surname: "Wendler" alone leaves Tobias Wendler's row."""
    text = "Tiêu đề\n\n" + next(iter(named(1, "Mirela").values()))
    (corpus / "m.txt").write_text(text, "utf-8")
    index.refresh(analyse=True, processes=1)


def test_a_reload_reads_the_index_s_joins_again(tmp_path: Path) -> None:
    corpus = falk_corpus(tmp_path)
    with CorpusIndex.open(corpus, index_dir=tmp_path / "index") as index:
        index.refresh(analyse=True, processes=1)
        # a merge that touches the joined full name: its row is read through the joins
        views = CorpusViews(index, EntityChoices(merges={FALK: FULL}))
        joined = views.group_of(ALONE_KEY, "Wendler")
        assert joined is not None and joined.key == FULL
        # a merge of the joined surname: the full name's row is among those it touches
        moved = CorpusViews(index, EntityChoices(merges={ALONE_KEY: FALK}))
        assert people(moved) == {FULL: 9, FALK: 4}
        # a second person of that surname: the surname leaves the full name
        add_mirela(corpus, index)
        views.reload()
        moved.reload()  # the surname's own row now, and no longer the full name's
        assert people(moved) == {FULL: 9, FALK: 4, "PER:mirela vendler": 3}
        alone = views.group_of(ALONE_KEY, "Wendler")
        assert alone is not None and alone.key == ALONE_KEY
        full = views.group(FULL)
        assert full is not None and ALONE_KEY not in full.keys
        assert {t for t, _ in full.aliases} >= {"Tobias Wendler", "Ingrid Falk"}


def test_joins_read_by_a_lookup_alone_make_the_views_stale_when_they_change(
    tmp_path: Path,
) -> None:
    corpus = falk_corpus(tmp_path)
    with CorpusIndex.open(corpus, index_dir=tmp_path / "index") as index:
        index.refresh(analyse=True, processes=1)
        views = CorpusViews(index, EntityChoices(merges={ALONE_KEY: FALK}))
        # a key no choice touches: the joins are read and kept, no group is built
        assert views.group_of_key("LOC:ha noi") is not None
        assert not views.stale()
        add_mirela(corpus, index)
        assert views.stale()  # the joins kept are the old ones
        views.reload()
        assert not views.stale()
        fresh = CorpusViews(index, EntityChoices(merges={ALONE_KEY: FALK}))
        assert people(views) == people(fresh) == {FULL: 9, FALK: 4, "PER:mirela vendler": 3}
        assert not views.stale()


def test_joins_read_across_a_reload_are_not_kept(
    views: CorpusViews, monkeypatch: pytest.MonkeyPatch
) -> None:
    # a worker reads the joins while the app reloads the views: what it read is used once by
    # the worker, but not kept, since the index may have changed in between
    views.set_choices(SPLIT)
    queries = views.index.facts.groups()
    read = queries.joins

    def joins_then_reload() -> dict[str, str]:
        found = read()
        views.reload()
        return found

    monkeypatch.setattr(queries, "joins", joins_then_reload)
    monkeypatch.setattr(views.index.facts, "groups", lambda: queries)
    assert views.group_of(KOSACHEV, "Konstantin Kosachev") is not None
    assert views._joined_choices is None and views._touched_joined is None
    assert not views.stale()
    monkeypatch.undo()
    assert views.group_of(KOSACHEV, "Konstantin Kosachev") is not None
    assert views._joined_choices is not None  # read with no reload in between: kept
