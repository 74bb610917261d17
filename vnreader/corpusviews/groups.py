"""Entity groups: the surface forms of the corpus gathered by key and by the user's choices.

A group starts as one canonical key of the analysis (``LOC:nga`` holds "Nga", "Liên bang
Nga"; ``PER:vladimir putin`` holds "Vladimir Putin" and the "Putin" of the articles that
name him in full), and the index joins a foreign surname written alone to the full name
that dominates it across the corpus (the ``PER:putin`` of the articles that never name him
in full: :mod:`vnreader.index.surname_joins`). The user can *merge* a group into another and
*split* an alias off its group (into a group of its own, ``KEY/alias``); those choices
(:class:`EntityChoices`) come from the annotations store and apply everywhere a group is
used. Filtering (by label, by name ignoring case and diacritics) and sorting are pure
functions over the groups, so a view keeps the groups and refilters in memory.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace

from vnreader.analysis.entity_keys import key_text
from vnreader.analysis.fold import fold
from vnreader.analysis.tones import spelled
from vnreader.index.entity_groups import shown_name
from vnreader.index.fact_queries import Form
from vnreader.store.model import Annotation

SORTS = ("mentions", "articles", "name")


@dataclass(frozen=True)
class EntityChoices:
    """The user's merges (group -> the group it joined) and split aliases (key, text); and
    the index's *joins* (a foreign surname's key -> the full name's key it joins across
    the corpus, see :mod:`vnreader.index.surname_joins`), which the user's choices
    override: a surname the user merged elsewhere, or an alias split off, goes there."""

    merges: dict[str, str] = field(default_factory=dict)
    splits: frozenset[tuple[str, str]] = frozenset()
    joins: dict[str, str] = field(default_factory=dict)
    # the keys of choices made before a person's key kept the name's marks (KEYS_KEEP_MARKS)
    old: frozenset[str] = frozenset()

    def group_of(self, key: str, text: str) -> str:
        """The group a mention of *key* written *text* belongs to."""
        group = split_key(key, text) if (key, text) in self.splits else key
        seen = {group}
        while group in self.merges or group in self.joins:
            group = self.merges[group] if group in self.merges else self.joins[group]
            if group in seen:  # a cycle of merges: stop where it closes
                break
            seen.add(group)
        return group


def entity_choices(annotations: Iterable[Annotation]) -> EntityChoices:
    """The choices the live ``entity`` records of the store make (later ones win)."""
    merges: dict[str, str] = {}
    splits: set[tuple[str, str]] = set()
    old: set[str] = set()
    live = [a for a in annotations if a.kind == "entity" and not a.is_deleted]
    for record in sorted(live, key=lambda a: (a.created, a.id)):
        if not record.tag or not record.note:
            continue
        tag = _placed(record.tag)
        before = record.created < KEYS_KEEP_MARKS
        if record.label == "merge" and record.tag != record.note:
            merges[tag] = _placed(record.note)
            if before:
                old.update((tag, merges[tag]))
        elif record.label == "split":
            splits.add((tag, record.note))
            if before:
                old.add(tag)
    return EntityChoices(merges, frozenset(splits), old=frozenset(old))


# when a Vietnamese person's key began to keep the name's marks ("PER:nguyễn văn hùng"; it
# was the name folded, "PER:nguyen van hung", which held "Nguyễn Văn Hùng" and "Nguyễn Văn
# Hưng"): a choice made before names such a key
KEYS_KEEP_MARKS = "2026-12-07T04:03:33.000Z"


def unmarked_people(choices: EntityChoices) -> set[str]:
    """The keys of Vietnamese people that the choices made before keys kept the marks name
    (the name folded: "PER:nguyen van hung"; a split group's key by the key it came from)."""
    bases = {key.split("/", 1)[0] for key in choices.old}
    return {k for k in bases if k.startswith("PER:") and " " in k and k.isascii()}


def respelled(choices: EntityChoices, spellings: dict[str, list[str]]) -> EntityChoices:
    """*choices* made on a person's key of old (the name folded: "PER:nguyen van hung", which
    held "Nguyễn Văn Hùng" and "Nguyễn Văn Hưng") applied to the keys of today it held,
    *spellings* (old key -> keys), and to the groups split off them ("KEY/alias"): each goes
    where the old key went, or joins the old key's group when that was a merge's target; an
    alias split off the old key is split off each."""

    def today(key: str) -> list[str]:
        base, sep, alias = key.partition("/")
        return [f"{k}{sep}{alias}" for k in spellings.get(base, ())]

    merges = dict(choices.merges)
    for source, target in choices.merges.items():
        for key in today(source):
            if key != target:
                merges.setdefault(key, target)
    for target in set(choices.merges.values()):
        for key in today(target):
            if key != target and key not in merges:
                merges[key] = target
    splits = set(choices.splits)
    splits.update((key, text) for old, text in choices.splits for key in today(old))
    return replace(choices, merges=merges, splits=frozenset(splits))


def _placed(key: str) -> str:
    """A stored key with its tone marks placed as keys place them now ("PER:hoà" was the key
    of "Hoà" before "Hoà" and "Hòa" shared "PER:hòa")."""
    if key.isascii() or ":" not in key:
        return key
    label, name = key.split(":", 1)
    return f"{label}:{spelled(name)}"


def split_key(key: str, text: str) -> str:
    """The key of the group an alias split off *key* forms (its text as in the analysis's
    keys: one syllable keeps its diacritics, so "Ảnh" and "Anh" split off apart)."""
    return f"{key}/{key_text(text)}"


@dataclass(frozen=True, slots=True)
class EntityGroup:
    """One entity of the corpus: its forms (key and text), counts and the name shown."""

    key: str
    label: str
    name: str
    forms: tuple[Form, ...]
    mentions: int
    articles: int
    folded: str  # every alias, folded, for filtering by name

    @property
    def aliases(self) -> list[tuple[str, int]]:
        """Surface forms with their mention counts, most frequent first."""
        counts: dict[str, int] = {}
        for form in self.forms:
            counts[form.text] = counts.get(form.text, 0) + form.mentions
        return sorted(counts.items(), key=lambda item: (-item[1], item[0]))

    @property
    def keys(self) -> tuple[str, ...]:
        return tuple(sorted({form.key for form in self.forms}))

    @property
    def pairs(self) -> tuple[tuple[str, str], ...]:
        return tuple((form.key, form.text) for form in self.forms)

    def to_dict(self) -> dict[str, object]:
        return {
            "key": self.key,
            "label": self.label,
            "name": self.name,
            "aliases": [{"text": text, "mentions": n} for text, n in self.aliases],
            "keys": list(self.keys),
            "mentions": self.mentions,
            "articles": self.articles,
        }


ArticleCounter = Callable[[Sequence[tuple[str, str]]], int]


def build_groups(
    forms: Iterable[Form],
    key_counts: dict[str, tuple[int, int]],
    choices: EntityChoices,
    count_articles: ArticleCounter,
) -> list[EntityGroup]:
    """The groups of *forms* under *choices*, in no particular order.

    A group that is one whole key takes its article count from *key_counts*; a group made
    by the user's choices asks *count_articles* (its (key, text) pairs) for the exact one.
    """
    members: dict[str, list[Form]] = {}
    whole_key = not choices.merges and not choices.splits and not choices.joins
    for form in forms:
        group = form.key if whole_key else choices.group_of(form.key, form.text)
        members.setdefault(group, []).append(form)
    touched = (
        {key for key, _ in choices.splits} | set(choices.merges) | set(choices.merges.values())
    )
    groups = []
    for key, group_forms in members.items():
        first = group_forms[0]
        if len(group_forms) == 1:  # most groups (one spelling): its counts are the form's
            label = key.split(":", 1)[0] if ":" in key else first.label
            groups.append(
                EntityGroup(
                    key,
                    label,
                    first.text,
                    (first,),
                    first.mentions,
                    first.articles,
                    fold(first.text),
                )
            )
            continue
        mentions = sum(f.mentions for f in group_forms)
        if whole_key or (key == first.key and key not in touched and _one_key(group_forms)):
            articles = key_counts.get(key, (0, first.articles))[1]
        else:
            articles = count_articles([(f.key, f.text) for f in group_forms])
        name = shown_name((f.key, f.text, f.mentions) for f in group_forms)
        folded = "\n".join(sorted({fold(f.text) for f in group_forms}))
        label = key.split(":", 1)[0] if ":" in key else first.label
        groups.append(EntityGroup(key, label, name, tuple(group_forms), mentions, articles, folded))
    return groups


def _one_key(forms: list[Form]) -> bool:
    return all(f.key == forms[0].key for f in forms)


def filter_groups(
    groups: Iterable[EntityGroup], *, labels: Iterable[str] | None = None, name: str = ""
) -> list[EntityGroup]:
    """The groups of one of *labels* (all if None) with an alias holding *name*
    (case and diacritics ignored; all words must appear, in any alias)."""
    wanted = set(labels) if labels is not None else None
    words = fold(name).split()
    found = []
    for group in groups:
        if wanted is not None and group.label not in wanted:
            continue
        if words and not all(w in group.folded for w in words):
            continue
        found.append(group)
    return found


def sort_groups(groups: list[EntityGroup], by: str = "mentions") -> list[EntityGroup]:
    """*groups* sorted by ``mentions`` or ``articles`` (most first) or ``name``."""
    if by == "name":
        return sorted(groups, key=lambda g: (fold(g.name), g.name, g.key))
    if by == "articles":
        return sorted(groups, key=lambda g: (-g.articles, -g.mentions, g.key))
    return sorted(groups, key=lambda g: (-g.mentions, -g.articles, g.key))


def find_group(groups: Iterable[EntityGroup], wanted: str) -> list[EntityGroup]:
    """The groups *wanted* names: by key, else by an alias equal to it, else by an alias
    holding it (case and diacritics ignored)."""
    groups = list(groups)
    exact = [g for g in groups if g.key == wanted] or [g for g in groups if wanted in g.keys]
    if exact:
        return exact
    folded = fold(wanted).strip()
    same = [g for g in groups if folded in g.folded.split("\n")]
    if same:
        return same
    return filter_groups(groups, name=wanted)
