"""Corpus-wide joins of a foreign surname written alone to the one full name it stands for.

Within an article, a surname alone ("ông Putin") takes the key of the one full name of the
article it fits (:func:`vnreader.analysis.entity_keys.join_surnames`); in an article that
names nobody of that surname it keeps the surname's key (``PER:putin``), a group of its own.
Across the corpus, that surname's group joins the group of the full name that dominates the
surname (``PER:vladimir putin``) when:

* that full name is named in at least :data:`MIN_ARTICLES` articles;
* it has at least :data:`SHARE` of the articles of the full names of that surname (Bush:
  George W., George, Laura, Jeb, so "Bush" stays apart; Clinton: Bill and Hillary);
* the word is more often this person's surname than anybody's given name ("Michael" alone is
  not George Michael: Michael Owen, Michael Ballack ... are named in many more articles);
* the word names no organisation, place or other thing alone in as many articles ("Ferrari",
  the team, is not Matteo Ferrari).

Only foreign names as :func:`~vnreader.analysis.entity_keys.foreign_name` reads them take
part: a Vietnamese given name alone ("Sơn") never joins anybody.

The joins live in the index, beside the rows of :mod:`vnreader.index.entity_groups`:
``name_words`` holds, for each key, the words this rule looks at (its *role*: a surname
alone, the surname or a given name of a full name, a one-word name of another label), and
``surname_joins`` the joins (a surname's key -> the full name's key). Both are made again
with the counts (:func:`rebuild`), and follow the keys whose counts change
(:func:`update`): only the words of those keys are decided again.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator

from vnreader.analysis.entity_keys import foreign_name, translit
from vnreader.index.database import JSON_VALUES

SHARE = 0.9  # of the articles of the full names of the surname
MIN_ARTICLES = 3  # the full name is named in at least this many articles

# roles of a word in ``name_words``
ALONE = 0  # a foreign surname written alone (its key is "PER:" + the word)
SURNAME = 1  # the surname of a foreign full name
GIVEN = 2  # a given name of a foreign full name
OTHER = 3  # an organisation, place or other name of one word

WordRow = tuple[str, str, int]  # word, key, role

_PEOPLE = "SELECT key, text FROM entity_forms WHERE key >= 'PER:' AND key < 'PER;'"
# the keys of the names of one word that are no person's
_OTHERS = (
    "SELECT key FROM entity_keys WHERE (key < 'PER:' OR key >= 'PER;') AND instr(key, ' ') = 0"
)
_INSERT_WORD = "INSERT OR IGNORE INTO name_words VALUES (?, ?, ?)"
# what :func:`decide` looks at: every row of some words, with the articles of its key
_ROWS = "SELECT w.word, w.key, w.role, k.articles FROM name_words w JOIN entity_keys k USING (key)"


def key_words(key: str, texts: Iterable[str]) -> list[tuple[str, int]]:
    """The (word, role) pairs of *key*, spelled *texts* in the corpus: a foreign full name
    gives its surname and given names (one of its spellings makes the key by itself); a key
    that only foreign surnames alone make ("Putin", "V. Putin") gives its surname; a
    non-person name of one word gives that word, its spelling evened out as a surname's."""
    label, _, name = key.partition(":")
    if label != "PER":
        if name and " " not in name and "-" not in name:
            return [(translit(name), OTHER)]
        return []
    names = [foreign_name(text) for text in texts]
    for found in names:
        if found is not None and found.full and found.key == key:
            given = {word for word in found.before if len(word) > 1}
            return [(found.surname, SURNAME), *((word, GIVEN) for word in sorted(given))]
    if names and all(f is not None and not f.full and f.key == key for f in names):
        return [(name, ALONE)]
    return []


def decide(rows: Iterable[tuple[str, str, int, int]]) -> dict[str, str]:
    """The joins that the (word, key, role, articles) *rows* of some words make (see the
    module's docs): a surname's key -> the full name's key."""
    by_word: dict[str, list[tuple[str, int, int]]] = {}
    for word, key, role, articles in rows:
        by_word.setdefault(word, []).append((key, role, articles))
    joins: dict[str, str] = {}
    for found in by_word.values():
        alone = [key for key, role, _ in found if role == ALONE]
        fulls = [(articles, key) for key, role, articles in found if role == SURNAME]
        if not alone or not fulls:
            continue
        best, target = max(fulls, key=lambda f: (f[0], f[1]))
        given = sum(articles for _, role, articles in found if role == GIVEN)
        other = sum(articles for _, role, articles in found if role == OTHER)
        total = sum(articles for articles, _ in fulls)
        if best >= MIN_ARTICLES and best >= SHARE * total and best > given and best > other:
            joins[alone[0]] = target
    return joins


def rebuild(conn: sqlite3.Connection) -> dict[str, str]:
    """Every word and join again from ``entity_forms`` and ``entity_keys`` (inside the
    caller's transaction); the joins."""
    conn.execute("DELETE FROM name_words")
    conn.execute("DELETE FROM surname_joins")
    people = conn.execute(f"{_PEOPLE} ORDER BY key")
    others = conn.execute(_OTHERS)
    conn.executemany(_INSERT_WORD, [*_words(people), *_words((key, "") for (key,) in others)])
    joins = decide(
        conn.execute(f"{_ROWS} WHERE w.word IN (SELECT word FROM name_words WHERE role = {ALONE})")
    )
    conn.executemany("INSERT INTO surname_joins VALUES (?, ?)", joins.items())
    return joins


def update(conn: sqlite3.Connection, keys: Iterable[str]) -> set[str]:
    """The words of *keys* (their counts just changed) and the joins of those words again
    (inside the caller's transaction); the keys whose joins changed, with the full names
    they left or joined."""
    wanted = json.dumps(sorted(set(keys)))
    words = {
        word
        for (word,) in conn.execute(
            f"SELECT DISTINCT word FROM name_words WHERE key IN ({JSON_VALUES})", (wanted,)
        )
    }
    conn.execute(f"DELETE FROM name_words WHERE key IN ({JSON_VALUES})", (wanted,))
    people = conn.execute(f"{_PEOPLE} AND key IN ({JSON_VALUES}) ORDER BY key", (wanted,))
    others = conn.execute(f"{_OTHERS} AND key IN ({JSON_VALUES})", (wanted,))
    rows = [*_words(people), *_words((key, "") for (key,) in others)]
    conn.executemany(_INSERT_WORD, rows)
    words.update(word for word, _, _ in rows)
    if not words:
        return set()
    alone = json.dumps(sorted(f"PER:{word}" for word in words))
    before = dict(
        conn.execute(
            f"SELECT key, target FROM surname_joins WHERE key IN ({JSON_VALUES})", (alone,)
        )
    )
    chosen = conn.execute(  # the words that a surname alone still keys by
        "SELECT json_group_array(word) FROM name_words"
        f" WHERE role = {ALONE} AND key IN ({JSON_VALUES})",
        (alone,),
    ).fetchone()[0]
    after = decide(conn.execute(f"{_ROWS} WHERE w.word IN ({JSON_VALUES})", (chosen,)))
    changed: set[str] = set()
    for key in before.keys() | after.keys():
        old, new = before.get(key), after.get(key)
        if old == new:
            continue
        changed.update(k for k in (key, old, new) if k is not None)
        if new is None:
            conn.execute("DELETE FROM surname_joins WHERE key = ?", (key,))
        else:
            conn.execute("INSERT OR REPLACE INTO surname_joins VALUES (?, ?)", (key, new))
    return changed


def _words(forms: Iterable[tuple[str, str]]) -> Iterator[WordRow]:
    """The rows of (key, text) *forms* given in key order."""
    key, texts = "", list[str]()
    for form_key, text in forms:
        if form_key != key:
            if key:
                yield from ((word, key, role) for word, role in key_words(key, texts))
            key, texts = form_key, []
        texts.append(text)
    if key:
        yield from ((word, key, role) for word, role in key_words(key, texts))
