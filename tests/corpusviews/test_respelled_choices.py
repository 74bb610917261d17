"""A Vietnamese person's key keeps the name's tone marks ("PER:nguyễn văn hùng"); it was once
the name folded ("PER:nguyen van hung", which held "Nguyễn Văn Hùng" and "Nguyễn Văn Hưng").
The merges and splits a user made on such an old key still hold every name it held."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.corpusviews.conftest import views_of
from vnreader.corpusviews import CorpusViews, EntityChoices, entity_choices, split_key
from vnreader.corpusviews.groups import respelled, unmarked_people
from vnreader.store.model import ENTITY_CHOICES, Annotation

TEXTS = {
    "a": "Ông Nguyễn Văn Hùng, giám đốc công ty, đến Hà Nội.",
    "b": "Ông Nguyễn Văn Hưng phát biểu tại Đà Nẵng.",
    "c": "Bà Lê Thị Hoà và ông Nguyễn Văn Hùng gặp nhau ở Huế.",
}


@pytest.fixture
def views(tmp_path: Path) -> Iterator[CorpusViews]:
    with views_of(tmp_path, TEXTS) as made:
        yield made


def test_people_differing_in_a_tone_are_groups_of_their_own(views: CorpusViews) -> None:
    people = {g.name: g for g in views.entities(labels=["PER"])}
    assert people["Nguyễn Văn Hùng"].articles == 2
    assert people["Nguyễn Văn Hưng"].articles == 1


def test_a_merge_into_an_old_key_holds_every_name_it_held(views: CorpusViews) -> None:
    views.set_choices(EntityChoices(merges={"PER:lê thị hòa": "PER:nguyen van hung"}))
    (group,) = views.entities(labels=["PER"])
    assert {text for text, _ in group.aliases} == {
        "Lê Thị Hoà",
        "Nguyễn Văn Hùng",
        "Nguyễn Văn Hưng",
    }
    assert group.articles == 3


def test_an_old_key_merged_elsewhere_takes_every_name_it_held(views: CorpusViews) -> None:
    views.set_choices(EntityChoices(merges={"PER:nguyen van hung": "PER:lê thị hòa"}))
    (group,) = views.entities(labels=["PER"])
    assert group.key == "PER:lê thị hòa" and group.articles == 3


def test_a_split_off_an_old_key_splits_the_alias_off(views: CorpusViews) -> None:
    views.set_choices(EntityChoices(splits=frozenset({("PER:nguyen van hung", "Nguyễn Văn Hưng")})))
    alone = views.group(split_key("PER:nguyễn văn hưng", "Nguyễn Văn Hưng"))
    assert alone is not None and [t for t, _ in alone.aliases] == ["Nguyễn Văn Hưng"]


def test_a_stored_key_with_the_tone_on_the_second_vowel_is_the_key_of_today() -> None:
    stamp = "2026-11-25T12:00:00.000Z"
    record = Annotation(
        "x", ENTITY_CHOICES, "entity", stamp, stamp, "me", "PER:hoà", "merge", "PER:lê thị hoà"
    )
    choices = entity_choices([record])
    assert choices.merges == {"PER:hòa": "PER:lê thị hòa"}


def test_choices_on_keys_of_today_are_left_as_they_are() -> None:
    choices = EntityChoices(merges={"PER:nguyễn văn hùng": "PER:putin", "LOC:nga": "LOC:ha noi"})
    assert unmarked_people(choices) == set()
    old = EntityChoices(merges={"PER:nguyen van hung": "PER:putin"})
    assert unmarked_people(old) == {"PER:nguyen van hung"}
    again = respelled(old, {"PER:nguyen van hung": ["PER:nguyễn văn hùng"]})
    assert again.merges == {"PER:nguyen van hung": "PER:putin", "PER:nguyễn văn hùng": "PER:putin"}
