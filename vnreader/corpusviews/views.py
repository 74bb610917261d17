"""The corpus-wide views over one index: entity groups, their mentions, co-occurrence,
figures and time series, as the app and the ``entities``/``figures`` commands show them.

:class:`CorpusViews` reads the index only (never the files, never the analyser): the
listing of groups is read a page at a time from the index's rows (surnames joined to full
names included), the few groups the user's entity choices change laid over them; those
choices are applied to every answer.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from vnreader.analysis.fold import fold
from vnreader.corpusviews.group_pages import GroupPages, group_of_row, touched_keys
from vnreader.corpusviews.groups import (
    SORTS,
    EntityChoices,
    EntityGroup,
    build_groups,
    filter_groups,
    find_group,
    respelled,
    sort_groups,
    unmarked_people,
)
from vnreader.index import CorpusIndex
from vnreader.index.fact_queries import FigureFact, FigurePlan, FigureQuery, Form, Mention
from vnreader.index.group_queries import GroupFilter


@dataclass(frozen=True, slots=True)
class Companion:
    """A group found with another one: in how many sentences or articles."""

    group: EntityGroup
    together: int


class CorpusViews:
    """Entity groups and figures of *index* under the user's *choices*."""

    _choices: EntityChoices
    _groups: list[EntityGroup] | None
    _by_key: dict[str, EntityGroup]
    _overlay: list[EntityGroup] | None  # the groups the choices make
    # what is made of the choices and the index's joins, kept until either changes
    _touched: frozenset[str] | None  # the keys the choices touch
    _spelled_choices: EntityChoices | None  # the choices on the keys of today
    _joined_choices: EntityChoices | None  # the choices with the index's joins
    _touched_joined: frozenset[str] | None  # the index's rows the choices touch

    def __init__(self, index: CorpusIndex, choices: EntityChoices | None = None) -> None:
        self.index = index
        # the index's generation when the first cache of the index was made since the last
        # reload (None: nothing made), and the count of reloads: a cache computed across a
        # reload (in a worker) is returned but not kept, since it may hold the old joins
        self._generation: str | None = None
        self._reloads = 0
        self._key_group: dict[str, str] = {}
        self.choices = choices or EntityChoices()

    @property
    def choices(self) -> EntityChoices:
        """The user's merges and splits: setting them forgets the groups and all that was
        made of the old ones (as :meth:`set_choices`)."""
        return self._choices

    @choices.setter
    def choices(self, choices: EntityChoices) -> None:
        self._choices = choices
        self.reload()

    def set_choices(self, choices: EntityChoices) -> None:
        """Use new merges and splits (the groups are rebuilt on next use)."""
        self.choices = choices

    def reload(self) -> None:
        """Forget the groups, and what was made of the choices and the index's joins of
        surnames (after the index changed); each is made again once, on next use."""
        self._reloads += 1
        self._generation = None
        self._groups = None
        self._by_key = {}
        self._overlay = None
        self._touched = None
        self._spelled_choices = None
        self._joined_choices = None
        self._touched_joined = None

    # -- entities ---------------------------------------------------------------------

    def groups(self) -> list[EntityGroup]:
        """The groups, built once and kept (see :meth:`stale`): every row of the index and
        the groups of the user's choices."""
        if self._groups is None:
            reloads = self._reloads
            groups = list(self.entities())
            best: dict[str, tuple[int, str]] = {}
            for g in groups:
                for form in g.forms:
                    if form.mentions > best.get(form.key, (-1, ""))[0]:
                        best[form.key] = (form.mentions, g.key)
            if self._reloads != reloads:
                return groups
            self._by_key = {g.key: g for g in groups}
            self._key_group = {key: group for key, (_, group) in best.items()}
            self._groups = groups
        return self._groups

    def _begin(self) -> tuple[int, str]:
        """The count of reloads and the index's generation before a cache is made of it."""
        return self._reloads, self.index.facts.generation()

    def _keep(self, begun: tuple[int, str]) -> bool:
        """Whether a cache begun at *begun* (:meth:`_begin`) may be kept: no reload since;
        the generation it was read at is noted, when it is the first since the reload, for
        :meth:`stale`."""
        reloads, generation = begun
        if self._reloads != reloads:
            return False
        if self._generation is None:
            self._generation = generation
        return True

    def _joined(self) -> EntityChoices:
        """The user's choices with the index's joins of surnames (read and joined once per
        change of the choices or reload)."""
        joined = self._joined_choices
        if joined is None:
            begun = self._begin()
            joined = replace(self._spelled(), joins=self.index.facts.groups().joins())
            if self._keep(begun):
                self._joined_choices = joined
        return joined

    def _spelled(self) -> EntityChoices:
        """The user's choices, those made on a person's key of old applied to the keys of
        today it held (:func:`respelled`); the index is asked only when a choice names such
        a key, once per change of the choices or reload."""
        spelled = self._spelled_choices
        if spelled is None:
            old = unmarked_people(self.choices)
            if not old:
                spelled = self._spelled_choices = self.choices
                return spelled
            begun = self._begin()
            spellings = self.index.facts.groups().people_spelled(old)
            spelled = respelled(self.choices, spellings) if spellings else self.choices
            if self._keep(begun):
                self._spelled_choices = spelled
        return spelled

    def _touched_keys(self) -> frozenset[str]:
        """The keys the user's choices touch (see :func:`touched_keys`), found once per
        change of the choices."""
        touched = self._touched
        if touched is None:
            spelled = self._spelled()
            touched = frozenset(touched_keys(spelled))
            if self._spelled_choices is spelled:  # not made across a reload
                self._touched = touched
        return touched

    def _touched_rows(self) -> frozenset[str]:
        """The index's rows the user's choices change: those holding a key they touch (a
        joined surname's forms are in its full name's row); found once per change of the
        choices or reload, and the joins read only when the choices touch a key."""
        found = self._touched_joined
        if found is None:
            found = self._touched_keys()
            if not found:  # nothing read from the index
                self._touched_joined = found
                return found
            begun = self._begin()
            joins = self._joined().joins
            found = frozenset(joins.get(key, key) for key in found)
            if self._keep(begun):
                self._touched_joined = found
        return found

    def stale(self) -> bool:
        """True when the index's counts changed since the groups were built or its joins of
        surnames read (an article analysed on demand, a file changed): :meth:`reload`, then
        build them again."""
        return self._generation is not None and self.index.facts.generation() != self._generation

    def prepare(self, *, figures: bool = False) -> None:
        """The index's counts and groups are up to date (built here if a refresh did not);
        with *figures*, the figures' indexes and words too."""
        if figures:
            self.index.facts.prepare_figures()
        else:
            self.index.facts.prepare_counts()

    def entities(
        self, *, labels: Sequence[str] | None = None, name: str = "", sort: str = "mentions"
    ) -> Sequence[EntityGroup]:
        """The groups, filtered by label and name, sorted: read from the index a page at a
        time, the groups of the user's choices laid over them (see :class:`GroupPages`)."""
        facts = self.index.facts
        queries = facts.groups()
        touched = sorted(self._touched_rows())
        made = self._overlay
        if made is None:
            begun = self._begin()
            forms = [Form(*form) for form in queries.forms(touched)] if touched else []
            counts = queries.key_counts(touched) if touched else {}
            choices = self._joined() if touched else self._spelled()
            made = build_groups(forms, counts, choices, self._count_pairs)
            if self._keep(begun):
                self._overlay = made
        overlay = sort_groups(filter_groups(made, labels=labels, name=name), sort)
        where = GroupFilter(
            None if labels is None else tuple(labels),
            tuple(fold(name).split()),
            tuple(touched),
            sort if sort in SORTS else "mentions",
        )
        return GroupPages(queries, where, overlay)

    def group(self, key: str) -> EntityGroup | None:
        found = self._indexed_group(key)  # one row: no need to build every group
        if found is not None:
            return found
        self.groups()
        return self._by_key.get(key)

    def _indexed_group(self, key: str) -> EntityGroup | None:
        """The group of a key no merge or split touches, read from its row in the index
        (None when the groups are built already, or the key is touched or not a row); a
        surname's group that joined a full name's is that one."""
        if self._groups is not None or key in self._touched_keys():
            return None
        queries = self.index.facts.groups()
        row = queries.row(GroupFilter(), key)
        if row is None:
            target = queries.target(key)
            if target is None or target in self._touched_rows():
                return None
            row = queries.row(GroupFilter(), target)
        elif key in self._touched_rows():
            return None
        return None if row is None else group_of_row(row)

    def group_of(self, key: str, text: str) -> EntityGroup | None:
        return self.group(self._joined().group_of(key, text))

    def find(self, wanted: str) -> list[EntityGroup]:
        """Groups by key or name (see :func:`vnreader.corpusviews.groups.find_group`)."""
        return find_group(self.groups(), wanted)

    def mentions(self, group: EntityGroup) -> list[Mention]:
        """Every mention of *group*, in corpus order."""
        return _only(self.index.facts.mentions(group.keys), group)

    def articles(self, group: EntityGroup) -> list[tuple[str, list[Mention]]]:
        """The articles mentioning *group*, in corpus order, each with its mentions."""
        found: dict[str, list[Mention]] = {}
        for mention in self.mentions(group):
            found.setdefault(mention.article_id, []).append(mention)
        return list(found.items())

    def companions(
        self, group: EntityGroup, *, same_sentence: bool = True, limit: int = 50
    ) -> list[Companion]:
        """The groups most often found with *group* (same sentence, or same article)."""
        found = self.index.facts.cooccurring(
            group.keys, same_sentence=same_sentence, limit=limit * 2
        )
        totals: dict[str, int] = {}
        others: dict[str, EntityGroup] = {}
        for key, _label, n in found:
            other = self.group_of_key(key)
            if other is None or other.key == group.key:
                continue
            totals[other.key] = max(totals.get(other.key, 0), n)
            others[other.key] = other
        ranked = sorted(totals.items(), key=lambda item: (-item[1], item[0]))[:limit]
        return [Companion(others[key], n) for key, n in ranked]

    def group_of_key(self, key: str) -> EntityGroup | None:
        """The group holding the most mentioned form of *key* (its own group when no merge
        or split touches it: read from the index, without building every group)."""
        found = self._indexed_group(key)
        if found is not None:
            return found
        self.groups()
        holder = self._key_group.get(key)
        return None if holder is None else self._by_key.get(holder)

    def mention_series(self, group: EntityGroup, by: str = "month") -> list[tuple[str, float]]:
        """Mentions of *group* per year or month of the articles' dates."""
        counts: dict[str, float] = {}
        width = 4 if by == "year" else 7
        wanted = set(group.pairs)
        for day, key, text, n in self.index.facts.mentions_by_date(group.keys):
            period = day[:width]
            if (key, text) in wanted and len(period) == width:
                counts[period] = counts.get(period, 0) + n
        return sorted(counts.items())

    # -- figures ----------------------------------------------------------------------

    def figure_query(
        self,
        *,
        category: str | None = None,
        unit: str | None = None,
        text: str = "",
        entity: str | None = None,
        article_ids: Sequence[str] | None = None,
        sort: str = "",
    ) -> FigureQuery:
        """A figure query; *entity* (a key or a name) keeps the figures whose sentence
        mentions it (any group it names)."""
        keys: tuple[str, ...] | None = None
        texts: tuple[str, ...] | None = None
        if entity:
            found = self.find(entity)
            keys = tuple(sorted({k for g in found for k in g.keys}))
            if any(k in keys for k, _ in self._spelled().splits):
                texts = tuple(sorted({f.text for g in found for f in g.forms}))
        ids = tuple(article_ids) if article_ids is not None else None
        return FigureQuery(category or None, unit or None, text, keys, ids, sort, texts)

    def figure_plan(self, query: FigureQuery) -> FigurePlan:
        """*query* made ready to read its count and pages (probed once, see
        :meth:`FactQueries.figure_plan <vnreader.index.fact_queries.FactQueries.figure_plan>`)."""
        return self.index.facts.figure_plan(query)

    def figures(
        self, query: FigureQuery | FigurePlan, *, limit: int | None = None, offset: int = 0
    ) -> list[FigureFact]:
        return self.index.facts.figures(query, limit=limit, offset=offset)

    def figure_position(self, query: FigureQuery | FigurePlan, figure: FigureFact) -> int | None:
        """Where *figure* is among the figures of *query* (None: not among them)."""
        return self.index.facts.figure_position(query, figure)

    def count_figures(self, query: FigureQuery | FigurePlan, *, cap: int | None = None) -> int:
        """How many figures match (at most *cap*)."""
        return self.index.facts.count_figures(query, cap=cap)

    def sorted_query(self, query: FigureQuery, sort: str) -> FigureQuery:
        return replace(query, sort=sort)

    def _count_pairs(self, pairs: Sequence[tuple[str, str]]) -> int:
        keys = sorted({k for k, _ in pairs})
        texts = sorted({t for _, t in pairs})
        mentions = self.index.facts.mentions(keys, texts=texts)
        wanted = set(pairs)
        return len({m.article_id for m in mentions if (m.key, m.text) in wanted})


def _only(mentions: list[Mention], group: EntityGroup) -> list[Mention]:
    wanted = set(group.pairs)
    return [m for m in mentions if (m.key, m.text) in wanted]
