"""A foreign surname written alone, in articles that never give the full name, joins across
the corpus the group of the full name that dominates that surname; an ambiguous surname, a
word more often a given name or a thing's name, and a Vietnamese name stay apart; the
user's merges and splits still apply; and the counts add up, built at once or article by
article."""

from __future__ import annotations

from pathlib import Path

import pytest

from vnreader.corpusviews import CorpusViews
from vnreader.corpusviews.groups import EntityChoices
from vnreader.index import CorpusIndex, fact_counts
from vnreader.index.database import transaction
from vnreader.index.surname_joins import ALONE, GIVEN, OTHER, SURNAME, decide, key_words

FULL = "PER:tobias vendler"
ALONE_KEY = "PER:vendler"


def write_corpus(folder: Path, articles: dict[str, str]) -> Path:
    folder.mkdir()
    for name, text in articles.items():
        (folder / name).write_text(f"Tiêu đề\n\n{text}\n", "utf-8")
    return folder


def named(n: int, first: str = "Tobias", label: str = "Ngoại trưởng") -> dict[str, str]:
    """*n* articles naming the full name, once in full and twice by the surname."""
    return {
        f"{first.lower()}{i}.txt": f"{label} {first} Wendler đến Hà Nội. Ông Wendler cho biết. "
        "Ông Wendler nói thêm."
        for i in range(n)
    }


ALONE_ARTICLES = {
    "x.txt": "Ông Wendler phát biểu tại hội nghị. Ông Wendler cảm ơn.",
    "y.txt": "Theo ông Wendler, hai bên sẽ gặp lại.",
}


def people(views: CorpusViews) -> dict[str, tuple[str, int, int]]:
    views.reload()
    return {g.key: (g.name, g.mentions, g.articles) for g in views.entities(labels=["PER"])}


def test_the_full_name_that_dominates_a_surname_takes_it_in_with_its_counts(
    tmp_path: Path,
) -> None:
    corpus = write_corpus(tmp_path / "corpus", {**named(3), **ALONE_ARTICLES})
    with CorpusIndex.open(corpus, index_dir=tmp_path / "index") as index:
        index.refresh(analyse=True, processes=1)
        views = CorpusViews(index)
        # 3 articles x 3 mentions, and the surname alone: 2 + 1 mentions in 2 articles
        assert people(views) == {FULL: ("Tobias Wendler", 12, 5)}
        (group,) = views.find("Wendler")
        assert group.key == FULL
        assert {(f.key, f.text) for f in group.forms} >= {(ALONE_KEY, "Wendler")}
        assert len(views.mentions(group)) == 12
        assert len(views.articles(group)) == 5
        assert views.group_of(ALONE_KEY, "Wendler") == group  # from an article's mention


def test_a_surname_several_people_share_stays_a_group_of_its_own(tmp_path: Path) -> None:
    articles = {**named(3), **named(1, "Mirela", "Đại sứ"), **ALONE_ARTICLES}
    corpus = write_corpus(tmp_path / "corpus", articles)
    with CorpusIndex.open(corpus, index_dir=tmp_path / "index") as index:
        index.refresh(analyse=True, processes=1)
        found = people(CorpusViews(index))
        assert found[ALONE_KEY] == ("Wendler", 3, 2)
        assert found[FULL] == ("Tobias Wendler", 9, 3)
        assert found["PER:mirela vendler"] == ("Mirela Wendler", 3, 1)


def test_a_full_name_in_too_few_articles_takes_nobody_in(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "corpus", {**named(2), **ALONE_ARTICLES})
    with CorpusIndex.open(corpus, index_dir=tmp_path / "index") as index:
        index.refresh(analyse=True, processes=1)
        assert set(people(CorpusViews(index))) == {FULL, ALONE_KEY}


def test_a_vietnamese_name_never_joins(tmp_path: Path) -> None:
    articles = {
        f"v{i}.txt": "Bộ trưởng Phạm Quang Vịnh đến Đà Nẵng. Ông Vịnh nói." for i in range(4)
    }
    articles["w.txt"] = "Ông Vịnh phát biểu tại hội nghị."
    corpus = write_corpus(tmp_path / "corpus", articles)
    with CorpusIndex.open(corpus, index_dir=tmp_path / "index") as index:
        index.refresh(analyse=True, processes=1)
        found = people(CorpusViews(index))
        assert found["PER:phạm quang vịnh"] == ("Phạm Quang Vịnh", 8, 4)
        assert found["PER:vịnh"] == ("Vịnh", 1, 1)


def test_the_users_merges_and_splits_still_apply(tmp_path: Path) -> None:
    articles = {**named(3), **ALONE_ARTICLES, "z.txt": "Nhà báo Ingrid Falk viết bài."}
    corpus = write_corpus(tmp_path / "corpus", articles)
    with CorpusIndex.open(corpus, index_dir=tmp_path / "index") as index:
        index.refresh(analyse=True, processes=1)
        views = CorpusViews(index)
        falk = "PER:ingrid falk"
        # a group merged into the full name's joins it with the surname's forms
        views.set_choices(EntityChoices(merges={falk: FULL}))
        assert people(views) == {FULL: ("Tobias Wendler", 13, 6)}
        # the full name's group merged elsewhere takes the surname's forms along
        views.set_choices(EntityChoices(merges={FULL: falk}))
        assert people(views) == {falk: ("Tobias Wendler", 13, 6)}
        # the user's merge of the surname elsewhere wins over the join
        views.set_choices(EntityChoices(merges={ALONE_KEY: falk}))
        assert people(views) == {
            FULL: ("Tobias Wendler", 9, 3),
            falk: ("Ingrid Falk", 4, 3),
        }
        # and a spelling split off the group is a group of its own again
        views.set_choices(EntityChoices(splits=frozenset({(ALONE_KEY, "Wendler")})))
        found = people(views)
        assert found[FULL] == ("Tobias Wendler", 9, 3)
        assert found[f"{ALONE_KEY}/wendler"] == ("Wendler", 3, 2)
        (group,) = views.find(f"{ALONE_KEY}/wendler")
        assert len(views.mentions(group)) == 3


def rows(index: CorpusIndex) -> list[tuple[object, ...]]:
    conn = index._db.connect()
    return list(conn.execute("SELECT * FROM entity_groups ORDER BY key"))


def test_rows_kept_article_by_article_are_those_built_at_once(tmp_path: Path) -> None:
    """As the entities view fills in while articles are analysed (and files change)."""
    articles = {**ALONE_ARTICLES, **named(1, "Mirela", "Đại sứ"), **named(3)}
    corpus = write_corpus(tmp_path / "corpus", articles)
    with CorpusIndex.open(corpus, index_dir=tmp_path / "index") as index:
        index.refresh(processes=1)  # indexed, not analysed
        views = CorpusViews(index)
        seen = []
        for name in ("x", "tobias0", "tobias1", "tobias2", "mirela0", "y"):
            index.analysis(name)
            seen.append(ALONE_KEY in people(views))
        # the surname joins Tobias Wendler once he is named in 3 articles, and leaves him
        # once Mirela Wendler is named too
        assert seen == [True, True, True, False, True, True]
        live = rows(index)
        conn = index._db.connect()
        with transaction(conn):
            fact_counts.mark_stale(conn)
        fact_counts.prepare(conn, figures=False)
        assert rows(index) == live
        (corpus / "mirela0.txt").unlink()  # Tobias alone now: the surname joins him
        index.refresh(processes=1)
        assert people(views) == {FULL: ("Tobias Wendler", 12, 5)}


@pytest.mark.parametrize(
    ("rows", "joins"),
    [
        # 9 of 10 articles of the surname's full names: the dominant one takes it in
        ([("a", FULL, SURNAME, 9), ("a", "PER:mirela a", SURNAME, 1)], {"PER:a": FULL}),
        ([("a", FULL, SURNAME, 8), ("a", "PER:mirela a", SURNAME, 2)], {}),
        ([("a", FULL, SURNAME, 2)], {}),  # too few articles
        ([("a", FULL, SURNAME, 9), ("a", "PER:a b", GIVEN, 9)], {}),  # as often a given name
        ([("a", FULL, SURNAME, 9), ("a", "ORG:a", OTHER, 9)], {}),  # as often a thing
        ([("a", FULL, SURNAME, 9), ("a", "ORG:a", OTHER, 3)], {"PER:a": FULL}),
    ],
)
def test_which_full_name_a_surname_joins(
    rows: list[tuple[str, str, int, int]], joins: dict[str, str]
) -> None:
    assert decide([("a", "PER:a", ALONE, 5), *rows]) == joins
    assert decide(rows) == {}  # no surname alone: nothing to join


def test_the_words_each_key_gives() -> None:
    assert key_words(FULL, ["Tobias Wendler", "Wendler"]) == [
        ("vendler", SURNAME),
        ("tobias", GIVEN),
    ]
    assert key_words(ALONE_KEY, ["Wendler", "T. Wendler"]) == [("vendler", ALONE)]
    assert key_words("PER:phạm quang vịnh", ["Phạm Quang Vịnh"]) == []
    assert key_words("PER:vịnh", ["Vịnh"]) == []
    assert key_words("ORG:ferrari", [""]) == [("ferari", OTHER)]
    assert key_words("ORG:lien hop quoc", [""]) == []
