"""A person named by one Vietnamese word or by initials alone ("anh H.", "chị T.", "Dũng"),
whom the article joins to no fuller name, is the person of that article in the corpus views:
"H." of one article and "H." of another are two people (in VNTC, "H." stood for 159 people as
one group). A person named in full, or a foreign surname, is still one group across the
corpus. Made-up articles."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.corpusviews.conftest import views_of
from vnreader.corpusviews import CorpusViews, EntityChoices
from vnreader.index.facts import article_key, key_article, lone_person
from vnreader.tui.screens.entities import group_cells

TEXTS = {
    "a": "Anh H. bị bắt khi đang vận chuyển ma túy qua cửa khẩu. Anh H. khai nhận.",
    "b": "Chị H. cho biết đã báo công an ngay trong đêm. Bị can Trần Văn K. bỏ trốn.",
    "e": "Bị can Trần Văn K. bị bắt tại Lạng Sơn. Phóng viên M. H đưa tin.",
    "c": "Ông Dũng, chủ quán, kể lại sự việc. Ông Putin phát biểu tại Moscow.",
    "d": "Cầu thủ Dũng ghi bàn. Bộ trưởng Bùi Thanh Sơn dự lễ. Ông Putin đến Hà Nội.",
}


@pytest.fixture
def views(tmp_path: Path) -> Iterator[CorpusViews]:
    with views_of(tmp_path, TEXTS) as made:
        yield made


def people(views: CorpusViews) -> dict[str, tuple[str, int, int]]:
    return {g.key: (g.name, g.mentions, g.articles) for g in views.entities(labels=["PER"])}


def test_initials_alone_are_a_person_of_each_article(views: CorpusViews) -> None:
    found = people(views)
    assert found["PER:h@a"] == ("H.", 2, 1)
    assert found["PER:h@b"] == ("H.", 1, 1)
    assert "PER:h" not in found


def test_a_name_kept_back_is_a_person_of_each_article(views: CorpusViews) -> None:
    found = people(views)
    assert found["PER:trần văn k@b"][1:] == found["PER:trần văn k@e"][1:] == (1, 1)


def test_a_given_name_alone_is_a_person_of_each_article(views: CorpusViews) -> None:
    found = people(views)
    assert found["PER:dũng@c"][2] == found["PER:dũng@d"][2] == 1


def test_full_names_and_foreign_surnames_group_across_the_corpus(views: CorpusViews) -> None:
    found = people(views)
    assert found["PER:putin"][2] == 2
    assert "PER:bùi thanh sơn" in found


def test_the_entities_view_says_which_article(views: CorpusViews) -> None:
    (one,) = [g for g in views.entities(labels=["PER"]) if g.key == "PER:h@b"]
    assert one.article == "b"
    assert group_cells(one)[4] == "H. · in b"
    (putin,) = [g for g in views.entities(labels=["PER"]) if g.key == "PER:putin"]
    assert putin.article is None and "in " not in group_cells(putin)[4]


def test_the_user_can_merge_two_of_them(views: CorpusViews) -> None:
    views.set_choices(EntityChoices(merges={"PER:h@b": "PER:h@a"}))
    (merged,) = [g for g in views.entities(labels=["PER"]) if g.key == "PER:h@a"]
    assert (merged.mentions, merged.articles) == (3, 2)
    assert merged.article is None


@pytest.mark.parametrize(
    ("label", "key", "text", "lone"),
    [
        ("PER", "PER:h", "H.", True),
        ("PER", "PER:th", "Th.", True),
        ("PER", "PER:dũng", "Dũng", True),
        ("PER", "PER:putin", "Putin", False),
        ("PER", "PER:bùi thanh sơn", "Bùi Thanh Sơn", False),
        ("PER", "PER:lenin", "Lê Nin", False),  # a known person's one-word key
        ("PER", "PER:nguyễn thị h", "Nguyễn Thị H.", True),
        ("PER", "PER:m h", "M. H", False),  # a reporter's initials: the same in every article
        ("PER", "PER:george h w bush", "George H. W. Bush", False),
        ("LOC", "LOC:huế", "Huế", False),
    ],
)
def test_which_people_are_lone(label: str, key: str, text: str, lone: bool) -> None:
    assert lone_person(label, key, text) is lone


def test_an_article_key_names_its_article() -> None:
    assert key_article(article_key("PER:h", "sub/a")) == "sub/a"
    assert key_article("PER:putin") is None
    assert key_article("ORG:a@b") is None
