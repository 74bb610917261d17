"""On the seeds: the entity groups and the trade figures an analyst looks for."""

from __future__ import annotations

import pytest

from vnreader.corpusviews import CorpusViews, figure_series


def aliases(views: CorpusViews, name: str) -> set[str]:
    group = max(views.find(name), key=lambda g: g.mentions)
    return {text for text, _ in group.aliases}


def test_people_are_grouped_under_every_spelling(views: CorpusViews) -> None:
    assert aliases(views, "Putin") == {"Putin", "V. Putin"}
    assert aliases(views, "Kosachev") >= {"K. Kosachev", "Konstantin Kosachev"}
    assert "Bùi Thanh Sơn" in aliases(views, "Bùi Thanh Sơn")


def test_places_are_grouped(views: CorpusViews) -> None:
    assert aliases(views, "Nga") >= {"Nga", "Liên bang Nga"}
    assert "Việt Nam" in aliases(views, "Việt Nam")
    (nga,) = views.find("LOC:nga")
    assert nga.label == "LOC"
    assert nga.mentions == sum(n for _, n in nga.aliases)
    assert nga.articles == len(views.articles(nga)) == 5


def test_filter_by_label_and_folded_name(views: CorpusViews) -> None:
    people = views.entities(labels=["PER"])
    assert people and all(g.label == "PER" for g in people)
    found = views.entities(name="bui thanh son")
    assert [g.key for g in found] == ["PER:bùi thanh sơn"]
    assert views.entities(name="BÙI thanh") == found


def test_sort_by_count_and_name(views: CorpusViews) -> None:
    by_count = views.entities(sort="mentions")
    counts = [g.mentions for g in by_count]
    assert counts == sorted(counts, reverse=True)
    by_name = views.entities(labels=["PER"], sort="name")
    assert by_name[0].name <= by_name[-1].name
    by_articles = views.entities(sort="articles")
    assert by_articles[0].articles == max(g.articles for g in by_count)


def test_articles_list_the_mentions_in_order(views: CorpusViews) -> None:
    (putin,) = views.find("PER:putin")
    found = views.articles(putin)
    assert len(found) == putin.articles
    for article_id, mentions in found:
        text = views.index.article(article_id, raw=False).text
        assert [text[m.start : m.end] for m in mentions] == [m.text for m in mentions]
        assert [m.start for m in mentions] == sorted(m.start for m in mentions)


def test_cooccurrence_in_sentence_and_article(views: CorpusViews) -> None:
    (putin,) = views.find("PER:putin")
    sentence = views.companions(putin, same_sentence=True)
    article = views.companions(putin, same_sentence=False)
    assert "LOC:nga" in [c.group.key for c in sentence]
    assert len(article) >= len(sentence)
    assert putin.key not in [c.group.key for c in article]
    together = [c.together for c in sentence]
    assert together == sorted(together, reverse=True)


TRADE = {
    "gần 5 tỷ USD": 5e9,
    "4,7 tỷ USD": 4.7e9,
    "trên 6 tỷ USD": 6e9,
    "2,7 tỷ USD": 2.7e9,
}


def test_trade_figures_with_their_values(views: CorpusViews) -> None:
    query = views.figure_query(category="money", unit="USD")
    shown = {
        (f"{f.approx} {f.text}" if f.approx else f.text): f.value for f in views.figures(query)
    }
    for text, value in TRADE.items():
        assert shown[text] == pytest.approx(value)


def test_figure_filters_and_sorts(views: CorpusViews) -> None:
    query = views.figure_query(unit="USD", text="kim ngach", entity="Nga", sort="-value")
    found = views.figures(query)
    assert [f.text for f in found] == ["6 tỷ USD", "4,7 tỷ USD"]
    assert views.count_figures(query) == 2
    assert all("Nga" in f.context for f in found)
    by_date = views.figures(views.sorted_query(query, "when"))
    assert [f.when for f in by_date] == ["2020", "2021"]
    assert views.figures(views.figure_query(unit="USD", article_ids=[])) == []
    page = views.figures(views.figure_query(category="money"), limit=2, offset=1)
    assert len(page) == 2


def test_series_by_year_and_mentions_over_time(views: CorpusViews) -> None:
    query = views.figure_query(unit="USD", text="kim ngạch", entity="Nga")
    assert figure_series(views.figures(query), by="year") == [("2020", 4.7e9), ("2021", 6e9)]
    (nga,) = views.find("LOC:nga")
    series = views.mention_series(nga, by="month")
    assert series and all(len(period) == 7 for period, _ in series)


@pytest.mark.parametrize(
    "filters",
    [
        {},
        {"sort": "value"},
        {"sort": "-value"},
        {"sort": "when"},
        {"sort": "-when"},
        {"category": "money", "sort": "-value"},
        {"text": "nga", "sort": "value"},
        {"entity": "Nga", "sort": "-when"},
    ],
)
def test_a_figure_is_found_where_its_query_lists_it(
    views: CorpusViews, filters: dict[str, str]
) -> None:
    """What a view read again looks up to keep its cursor on a figure: its place among the
    figures of a query, in the query's order (ties in index order); None when the query
    does not list it."""
    plan = views.figure_plan(views.figure_query(**filters))
    listed = views.figures(plan)
    assert len(listed) > 3
    assert [views.figure_position(plan, f) for f in listed] == list(range(len(listed)))
    others = [f for f in views.figures(views.figure_query()) if f not in listed]
    assert bool(others) == bool(filters)  # (sorted by value or date: those that have one)
    assert all(views.figure_position(plan, f) is None for f in others[:20])
