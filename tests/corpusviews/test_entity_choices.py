"""Merging entity groups and splitting an alias off: applied everywhere, saved, exported."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from vnreader import export
from vnreader.corpusviews import CorpusViews, EntityChoices, entity_choices, split_key
from vnreader.export.errors import ExportFormatError
from vnreader.export.importer import import_file
from vnreader.store import AnnotationStore
from vnreader.store.model import ENTITY_CHOICES


def test_merge_joins_two_groups_with_exact_counts(views: CorpusViews) -> None:
    (putin,) = views.find("PER:putin")
    (kosachev,) = views.find("PER:konstantin kosachev")
    views.set_choices(EntityChoices(merges={"PER:konstantin kosachev": "PER:putin"}))
    (merged,) = views.find("PER:putin")
    assert {t for t, _ in merged.aliases} == {
        "Putin",
        "V. Putin",
        "K. Kosachev",
        "Konstantin Kosachev",
    }
    assert merged.mentions == putin.mentions + kosachev.mentions
    assert merged.articles == len(views.articles(merged))
    assert views.group("PER:konstantin kosachev") is None
    keys = [m.key for m in views.mentions(merged)]
    assert keys.count("PER:konstantin kosachev") == kosachev.mentions


def test_split_makes_an_alias_its_own_group(views: CorpusViews) -> None:
    views.set_choices(EntityChoices(splits=frozenset({("LOC:nga", "Liên bang Nga")})))
    (nga,) = views.find("LOC:nga")
    alone = views.group(split_key("LOC:nga", "Liên bang Nga"))
    assert alone is not None and alone.label == "LOC"
    assert [t for t, _ in alone.aliases] == ["Liên bang Nga"]
    assert "Liên bang Nga" not in {t for t, _ in nga.aliases}
    assert all(m.text == "Liên bang Nga" for m in views.mentions(alone))
    assert alone.articles == len(views.articles(alone))
    # a figure's sentence counts for the split group only when it names it so
    for figure in views.figures(views.figure_query(entity=alone.key)):
        assert "Liên bang Nga" in figure.context
    nga_only = views.figures(views.figure_query(entity="LOC:nga"))
    assert nga_only and all("Nga" in f.context.replace("Liên bang Nga", "") for f in nga_only)


def test_choices_persist_and_undo(tmp_path: Path, views: CorpusViews) -> None:
    db = tmp_path / "db.json"
    with AnnotationStore(db) as store:
        store.choose_entity("merge", "PER:konstantin kosachev", "PER:putin")
        store.choose_entity("split", "LOC:nga", "Liên bang Nga")
        assert len(store.entity_choices()) == 2
    with AnnotationStore(db) as store:  # a restart
        choices = entity_choices(store.records())
        assert choices.merges == {"PER:konstantin kosachev": "PER:putin"}
        assert choices.splits == {("LOC:nga", "Liên bang Nga")}
        views.set_choices(choices)
        assert views.group("PER:konstantin kosachev") is None
        store.undo()  # the split
        assert entity_choices(store.records()).splits == frozenset()
    with AnnotationStore(db) as store:
        assert entity_choices(store.records()).merges == {"PER:konstantin kosachev": "PER:putin"}


@pytest.mark.parametrize("fmt", ["json", "jsonl"])
def test_choices_travel_in_exports(tmp_path: Path, fmt: str) -> None:
    with AnnotationStore(tmp_path / "a.json") as store:
        store.choose_entity("merge", "PER:konstantin kosachev", "PER:putin")
        store.choose_entity("split", "LOC:nga", "Liên bang Nga")
        gone = store.choose_entity("merge", "LOC:moscow", "LOC:nga")
        store.delete(gone.id)
        out = io.StringIO()
        export.export(fmt, [], store.records(), out)
    exported = tmp_path / f"x.{fmt}"
    exported.write_text(out.getvalue(), encoding="utf-8")
    with AnnotationStore(tmp_path / "b.json") as other:
        import_file(exported, [], other)
        choices = entity_choices(other.records())
        assert other.entity_choices()[0].article_id == ENTITY_CHOICES
    assert choices.merges == {"PER:konstantin kosachev": "PER:putin"}
    assert choices.splits == {("LOC:nga", "Liên bang Nga")}


def test_a_bad_choice_in_an_import_is_one_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text(
        '{"id": "x", "kind": "entity", "article_id": "~entities", "label": "swap",'
        ' "tag": "A", "note": "B", "created": "2026-01-01T00:00:00.000Z"}\n',
        encoding="utf-8",
    )
    with AnnotationStore(tmp_path / "b.json") as store, pytest.raises(ExportFormatError) as err:
        import_file(bad, [], store)
    assert "merge, split" in str(err.value) and "\n" not in str(err.value)


def test_split_aliases_that_differ_by_diacritics_stay_apart() -> None:
    assert split_key("LOC:anh", "Ảnh") != split_key("LOC:anh", "Anh")
    assert split_key("LOC:ha noi", "Hà Nội") == split_key("LOC:ha noi", "Ha Noi")
    choices = EntityChoices(splits=frozenset({("LOC:anh", "Ảnh"), ("LOC:anh", "Anh")}))
    assert choices.group_of("LOC:anh", "Ảnh") != choices.group_of("LOC:anh", "Anh")
