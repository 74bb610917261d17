"""A Vietnamese person's key keeps the name's tone marks ("PER:nguyễn văn hùng"); it was once
the name folded ("PER:nguyen van hung", which held "Nguyễn Văn Hùng" and "Nguyễn Văn Hưng").
The merges and splits a user made on such an old key, before keys kept the marks, still hold
every name it held; a choice made since on a name without marks is left as it is."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.corpusviews.conftest import views_of
from vnreader.corpusviews import CorpusViews, EntityChoices, entity_choices, split_key
from vnreader.corpusviews.groups import KEYS_KEEP_MARKS, respelled, unmarked_people
from vnreader.store.model import ENTITY_CHOICES, Annotation

TEXTS = {
    "a": "Ông Nguyễn Văn Hùng, giám đốc công ty, đến Hà Nội.",
    "b": "Ông Nguyễn Văn Hưng phát biểu tại Đà Nẵng.",
    "c": "Bà Lê Thị Hoà và ông Nguyễn Văn Hùng gặp nhau ở Huế.",
    "d": "Thư gửi ông Nguyen Van Hung, người đọc ở Cần Thơ.",
}
BEFORE = "2026-11-25T12:00:00.000Z"  # a choice made on the keys of old
SINCE = "2026-12-24T12:00:00.000Z"


@pytest.fixture
def views(tmp_path: Path) -> Iterator[CorpusViews]:
    with views_of(tmp_path, TEXTS) as made:
        yield made


def record(label: str, tag: str, note: str, created: str = BEFORE) -> Annotation:
    return Annotation(
        f"{tag}>{note}", ENTITY_CHOICES, "entity", created, created, "me", tag, label, note
    )


def choices(*records: Annotation) -> EntityChoices:
    return entity_choices(records)


def people(views: CorpusViews) -> dict[str, tuple[set[str], int]]:
    return {g.key: ({t for t, _ in g.aliases}, g.articles) for g in views.entities(labels=["PER"])}


def test_people_differing_in_a_tone_are_groups_of_their_own(views: CorpusViews) -> None:
    found = people(views)
    assert found["PER:nguyễn văn hùng"][1] == 2
    assert found["PER:nguyễn văn hưng"][1] == 1


def test_a_merge_into_an_old_key_holds_every_name_it_held(views: CorpusViews) -> None:
    views.set_choices(choices(record("merge", "PER:lê thị hòa", "PER:nguyen van hung")))
    found = people(views)
    assert found == {
        "PER:nguyen van hung": (
            {"Lê Thị Hoà", "Nguyễn Văn Hùng", "Nguyễn Văn Hưng", "Nguyen Van Hung"},
            4,
        )
    }


def test_an_old_key_merged_elsewhere_takes_every_name_it_held(views: CorpusViews) -> None:
    # the old key is still the key of a name written without marks: its spellings go too
    views.set_choices(choices(record("merge", "PER:nguyen van hung", "PER:lê thị hòa")))
    assert list(people(views)) == ["PER:lê thị hòa"]
    assert people(views)["PER:lê thị hòa"][1] == 4


def test_a_split_off_an_old_key_splits_the_alias_off(views: CorpusViews) -> None:
    views.set_choices(choices(record("split", "PER:nguyen van hung", "Nguyễn Văn Hưng")))
    alone = views.group(split_key("PER:nguyễn văn hưng", "Nguyễn Văn Hưng"))
    assert alone is not None and [t for t, _ in alone.aliases] == ["Nguyễn Văn Hưng"]


def test_a_group_split_off_an_old_key_and_merged_keeps_its_merge(views: CorpusViews) -> None:
    views.set_choices(
        choices(
            record("split", "PER:nguyen van hung", "Nguyễn Văn Hưng"),
            record("merge", "PER:nguyen van hung/nguyen van hung", "PER:lê thị hòa"),
        )
    )
    (merged,) = [g for g in views.entities(labels=["PER"]) if g.key == "PER:lê thị hòa"]
    assert {t for t, _ in merged.aliases} == {"Lê Thị Hoà", "Nguyễn Văn Hưng"}


def test_a_choice_made_since_on_a_name_without_marks_is_left_as_it_is(views: CorpusViews) -> None:
    views.set_choices(choices(record("merge", "PER:nguyen van hung", "PER:lê thị hòa", SINCE)))
    found = people(views)
    assert found["PER:lê thị hòa"] == ({"Lê Thị Hoà", "Nguyen Van Hung"}, 2)
    assert found["PER:nguyễn văn hùng"][1] == 2


def test_a_stored_key_with_the_tone_on_the_second_vowel_is_the_key_of_today() -> None:
    made = choices(record("merge", "PER:hoà", "PER:lê thị hoà"))
    assert made.merges == {"PER:hòa": "PER:lê thị hòa"}


def test_only_choices_made_before_keys_kept_the_marks_are_old() -> None:
    assert BEFORE < KEYS_KEEP_MARKS < SINCE
    old = choices(record("merge", "PER:nguyen van hung", "PER:putin"))
    assert unmarked_people(old) == {"PER:nguyen van hung"}
    new = choices(record("merge", "PER:nguyen van hung", "PER:putin", SINCE))
    assert unmarked_people(new) == set()
    split = choices(record("merge", "PER:tran thang/tran thang", "PER:putin"))
    assert unmarked_people(split) == {"PER:tran thang"}
    again = respelled(old, {"PER:nguyen van hung": ["PER:nguyễn văn hùng"]})
    assert again.merges == {"PER:nguyen van hung": "PER:putin", "PER:nguyễn văn hùng": "PER:putin"}
