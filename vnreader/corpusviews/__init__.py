"""Corpus-wide views (no UI): who is mentioned where, with whom, and which figures, read
from the corpus index and grouped by the user's entity choices."""

from vnreader.corpusviews.groups import EntityChoices, EntityGroup, entity_choices, split_key
from vnreader.corpusviews.series import figure_series
from vnreader.corpusviews.views import Companion, CorpusViews

__all__ = [
    "Companion",
    "CorpusViews",
    "EntityChoices",
    "EntityGroup",
    "entity_choices",
    "figure_series",
    "split_key",
]
