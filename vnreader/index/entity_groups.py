"""The ``entity_groups`` table: one row per entity key, as the entities view lists it.

Each row holds what a group of one whole key shows (label, the name shown, its folded
spellings for the name filter, mentions, articles) and its surface forms with their counts,
so the view reads the first screenful of a filtered, sorted listing from indexes instead of
grouping every spelling of the corpus on each open. A foreign surname written alone that
:mod:`vnreader.index.surname_joins` joins to a full name has no row of its own: its forms
are in the full name's row (each form of another key says so) and the row counts the
articles of both. The user's merges and splits touch a few keys; the views group those few
in Python and lay them over these rows (:mod:`vnreader.corpusviews.group_pages`).

Kept with the counts of :mod:`vnreader.index.fact_counts`: rebuilt from ``entity_forms``
at the end of a bulk write, and key by key when one article's rows change.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Sequence

from vnreader.analysis.entity_keys import person_key
from vnreader.analysis.fold import fold
from vnreader.index import surname_joins
from vnreader.index.database import JSON_VALUES

FormRow = tuple[str, str, str, int, int]  # key, label, text, mentions, articles

# Each lets a page of one sort (of one label, or of all) be read in index order.
GROUP_INDEXES = (
    "CREATE INDEX IF NOT EXISTS entity_groups_mentions"
    " ON entity_groups (mentions DESC, articles DESC, key)",
    "CREATE INDEX IF NOT EXISTS entity_groups_articles"
    " ON entity_groups (articles DESC, mentions DESC, key)",
    "CREATE INDEX IF NOT EXISTS entity_groups_name ON entity_groups (sortname, name, key)",
    "CREATE INDEX IF NOT EXISTS entity_groups_label_mentions"
    " ON entity_groups (label, mentions DESC, articles DESC, key)",
    "CREATE INDEX IF NOT EXISTS entity_groups_label_articles"
    " ON entity_groups (label, articles DESC, mentions DESC, key)",
    "CREATE INDEX IF NOT EXISTS entity_groups_label_name"
    " ON entity_groups (label, sortname, name, key)",
)

_INSERT = "INSERT OR REPLACE INTO entity_groups VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
_FORMS = "SELECT key, label, text, mentions, articles FROM entity_forms"


def shown_name(forms: Iterable[tuple[str, str, int]]) -> str:
    """The name a group of *forms* (key, text, mentions) shows: its most mentioned spelling
    (the longest on a tie); for a person, the most mentioned of the spellings that make the
    key by themselves ("George W. Bush", not the "Bush" of the articles naming him in full,
    "Bùi Thanh Sơn", not "Sơn"), of a name of several words if there is one ("Vladimir
    Putin", not the "Putin" of the articles that never name him in full)."""
    every = list(forms)
    whole = [f for f in every if f[0].startswith("PER:") and person_key(f[1]) == f[0]]
    named = [f for f in whole if " " in f[0]]
    # spellings that differ only in capitals are one spelling, their mentions counted
    # together, shown as Vietnamese usage writes it (``well_cased``)
    cased: dict[str, list[tuple[str, str, int]]] = {}
    for form in named or whole or every:
        cased.setdefault(form[1].casefold(), []).append(form)
    spelling = max(
        cased.values(), key=lambda fs: (sum(f[2] for f in fs), len(fs[0][1]), max(fs)[1])
    )
    if len(spelling) == 1:
        return spelling[0][1]
    label = spelling[0][0].split(":", 1)[0]
    cases = well_cased([f[1] for f in spelling], person=label == "PER", body=label == "ORG")
    return max(spelling, key=lambda f: (cases[f[1]], f[2], f[1]))[1]


def well_cased(texts: Sequence[str], *, person: bool = False, body: bool = False) -> dict[str, int]:
    """For spellings of one name that differ only in capitals, how many of the words where
    they differ each writes as Vietnamese usage does: every syllable of a person's or a
    place's name capitalised ("Việt Nam"); in a body's name the word after its head and the
    word after "và" capitalised, the others not ("Bộ Công an", "Sở Giáo dục và Đào tạo"),
    and every word of a *body*'s name with no head, a paper's or a brand's ("Tuổi Trẻ", "Lầu
    Năm Góc"). A word is taken for part of a person's or a place's name when the recogniser
    knows a name of two words or more covering it once every word is capitalised; every
    word of a *person*'s name is."""
    from vnreader.analysis.entity_tokens import tokenize
    from vnreader.analysis.gazetteer import gazetteer, match

    g = gazetteer()
    names = g.names
    split = {text: tokenize(text).words for text in texts}
    if len({len(words) for words in split.values()}) != 1:
        return dict.fromkeys(texts, 0)
    first = tokenize(texts[0])
    upper = [w[:1].upper() + w[1:] for w in first.words]
    proper: set[int] = set(range(len(upper))) if person else set()
    lower = [w.lower() for w in first.words]
    head = match(g.cues, lower, first.gaps, 0) if not person and lower[0] in g.cues else None
    if body and (head is None or head.label != "HEAD"):
        proper.update(range(len(upper)))  # a paper's or a brand's name: "Tuổi Trẻ"
    if head is not None and head.label == "HEAD" and len(head.words) < len(upper):
        # the first word after a body's head is capitalised: "Bộ Công an", "Sở Y tế", and
        # so is the first after "và" joining two parts ("Bộ Giáo dục và Đào tạo")
        if lower[len(head.words) : len(head.words) + 2] != ["nhân", "dân"]:
            proper.add(len(head.words))  # not "Ủy ban nhân dân", "Hội đồng nhân dân"
        proper.update(k + 1 for k in range(len(head.words), len(upper) - 1) if lower[k] == "và")
    # the words capitalised as the first spelling writes them ("TP HCM"), and each written as
    # a name's word ("Việt Nam" for a first spelling "VIệt Nam" or "VIỆT NAM")
    titled = [w[:1].upper() + w[1:].lower() for w in first.words]
    for words in (upper, titled) if titled != upper else (upper,):
        i = len(words) if person else 0
        while i < len(words):
            phrase = match(names, words, first.gaps, i) if words[i] in names else None
            if phrase is None or len(phrase.words) < 2 or phrase.label not in ("PER", "LOC"):
                i += 1
                continue
            proper.update(range(i, i + len(phrase.words)))
            i += len(phrase.words)
    # a name's first word is capitalised at a sentence's start whatever it is, so it counts
    # only for a body, whose name always opens with a capital ("Quốc hội", not "quốc hội")
    differ = [
        k for k in range(0 if body else 1, len(upper)) if len({w[k] for w in split.values()}) > 1
    ]
    if body:
        proper.add(0)
    return {
        text: sum(words[k][:1].isupper() == (k in proper) for k in differ)
        for text, words in split.items()
    }


def group_row(forms: Sequence[FormRow], key_articles: int | None) -> tuple[object, ...]:
    """The row of the group of one key: *forms* (its own in ``(key, text)`` order, then
    those of the surnames joined to it) and its article count (the forms' articles may
    overlap)."""
    key, first_label, first_text, first_mentions, first_articles = forms[0]
    label = key.split(":", 1)[0] if ":" in key else first_label
    if len(forms) == 1:
        name, mentions, articles = first_text, first_mentions, first_articles
        folded = fold(first_text)
    else:
        name = shown_name((f[0], f[2], f[3]) for f in forms)
        mentions = sum(f[3] for f in forms)
        articles = first_articles if key_articles is None else key_articles
        folded = "\n".join(sorted({fold(f[2]) for f in forms}))
    encoded = json.dumps(
        [[*f[1:]] if f[0] == key else [*f[1:], f[0]] for f in forms], ensure_ascii=False
    )
    return (key, label, name, fold(name), folded, mentions, articles, encoded)


def decode_forms(key: str, encoded: str) -> list[FormRow]:
    """The forms of a row (see :func:`group_row`)."""
    return [
        (str(form[4]) if len(form) > 4 else key, form[0], form[1], int(form[2]), int(form[3]))
        for form in json.loads(encoded)
    ]


def rebuild(conn: sqlite3.Connection) -> None:
    """Every row again from ``entity_forms`` (inside the caller's transaction)."""
    conn.execute("DELETE FROM entity_groups")
    joins = surname_joins.rebuild(conn)
    key_articles = dict(conn.execute("SELECT key, articles FROM entity_keys"))
    key_articles.update(_joined_articles(conn, None))
    joined = _joined_forms(conn, joins)
    found = conn.execute(f"{_FORMS} ORDER BY key, text")
    own = (form for form in found if form[0] not in joins)
    conn.executemany(_INSERT, _rows(own, key_articles, joined))
    for statement in GROUP_INDEXES:
        conn.execute(statement)


def update_keys(conn: sqlite3.Connection, keys: Iterable[str]) -> None:
    """The rows of *keys* again (their counts just changed), and of the full names whose
    joined surnames changed."""
    changed = set(keys)
    changed |= surname_joins.update(conn, changed)
    wanted = json.dumps(sorted(changed))
    targets = dict(
        conn.execute(
            f"SELECT key, target FROM surname_joins WHERE key IN ({JSON_VALUES})", (wanted,)
        )
    )
    heads = sorted({targets.get(key, key) for key in changed})
    gone = json.dumps(sorted(changed.union(heads)))
    conn.execute(f"DELETE FROM entity_groups WHERE key IN ({JSON_VALUES})", (gone,))
    chosen = json.dumps(heads)
    members = dict(
        conn.execute(
            f"SELECT key, target FROM surname_joins WHERE target IN ({JSON_VALUES})", (chosen,)
        )
    )
    key_articles = dict(
        conn.execute(
            f"SELECT key, articles FROM entity_keys WHERE key IN ({JSON_VALUES})", (chosen,)
        )
    )
    key_articles.update(_joined_articles(conn, chosen))
    found = conn.execute(f"{_FORMS} WHERE key IN ({JSON_VALUES}) ORDER BY key, text", (chosen,))
    conn.executemany(_INSERT, _rows(found, key_articles, _joined_forms(conn, members)))


def _joined_articles(conn: sqlite3.Connection, heads: str | None) -> Iterable[tuple[str, int]]:
    """The articles of each full name's row that surnames joined, counting both (of the
    rows *heads*, a JSON list, or of all)."""
    where = "" if heads is None else f" WHERE target IN ({JSON_VALUES})"
    params = () if heads is None else (heads,)
    return conn.execute(
        "SELECT j.target, count(DISTINCT d.doc) FROM (SELECT key, target FROM surname_joins"
        f"{where} UNION SELECT target, target FROM surname_joins{where}) j"
        " JOIN entity_docs d ON d.key = j.key GROUP BY j.target",
        params * 2,
    )


def _joined_forms(conn: sqlite3.Connection, joins: dict[str, str]) -> dict[str, list[FormRow]]:
    """The forms of the surnames of *joins* (a surname's key -> its full name's), by full
    name."""
    found: dict[str, list[FormRow]] = {}
    if not joins:
        return found
    wanted = json.dumps(sorted(joins))
    for form in conn.execute(
        f"{_FORMS} WHERE key IN ({JSON_VALUES}) ORDER BY key, text", (wanted,)
    ):
        found.setdefault(joins[form[0]], []).append(form)
    return found


def _rows(
    forms: Iterable[FormRow], key_articles: dict[str, int], joined: dict[str, list[FormRow]]
) -> Iterable[tuple[object, ...]]:
    current: list[FormRow] = []
    for form in forms:
        if current and form[0] != current[0][0]:
            key = current[0][0]
            yield group_row(current + joined.get(key, []), key_articles.get(key))
            current = []
        current.append(form)
    if current:
        key = current[0][0]
        yield group_row(current + joined.get(key, []), key_articles.get(key))
