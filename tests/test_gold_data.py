"""Integrity of the hand-annotated extraction gold set (benchmarks/data/gold.jsonl) and of
the blind held-out set (benchmarks/data/heldout.jsonl) and of the second development set
(benchmarks/data/dev2.jsonl).

The gold set is data, not code, so these tests check its shape against GUIDELINE.md: one JSON
object per line, offsets that point at well-formed spans, labels and categories from the
allowed sets, no overlaps, NFC text, unique ids, enough hand-written passages in every domain,
and seed passages that are really taken from the bundled seeds. ``problems`` is also run on
broken records to show that each check can fail. The held-out set gets the same record checks
plus its own: enough passages in every domain, ids of its own, no passage shared with the gold
set (it must stay unseen while the extractor is tuned). The second development set gets the
same record checks too, with ids and passages of its own across all three files.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from itertools import pairwise
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "benchmarks" / "data" / "gold.jsonl"
HELDOUT = ROOT / "benchmarks" / "data" / "heldout.jsonl"
DEV2 = ROOT / "benchmarks" / "data" / "dev2.jsonl"
SEEDS = ROOT / "seeds"

LABELS = {"PER", "ORG", "LOC", "MISC"}
CATEGORIES = {"money", "quantity", "percent", "date", "year", "duration", "other"}
DOMAINS = {"diplomacy", "trade", "health", "domestic"}
APPROX = {"gần", "hơn", "khoảng", "trên", "gấp", "chừng", "ước", "xấp xỉ", "tới", "dưới", "đến"}
DURATION_UNITS = {"day", "week", "month", "year", "decade"}
CURRENCIES = {"USD", "VND", "RUB", "EUR", "CNY", "JPY"}
QUANTITY_UNITS = {
    "person",
    "case",
    "company",
    "project",
    "document",
    "visit",
    "scholarship",
    "dose",
    "mask",
    "tonne",
    "kg",
    "km",
    "mm",
    "household",
    "vehicle",
    "bed",
    "hospital",
    "sample",
    "medal",
    "time",
    "dose/month",
    "tonne/year",
}
# Real news (GUIDELINE rules 34-67): more units, clock times, lunar dates and quarters alone.
REAL_QUANTITY_UNITS = QUANTITY_UNITS | {
    "age",
    "m2",
    "ha",
    "km2",
    "m3",
    "m",
    "cm",
    "g",
    "litre",
    "MW",
    "MWp",
    "kW",
    "kWh",
    "GW",
    "degree",
    "hour",
    "minute",
    "second",
    "goal",
    "match",
    "point",
    "vote",
    "room",
    "house",
    "product",
    "tree",
    "animal",
    "unit",
    "province",
    "country",
    "state",
    "school",
    "article",
    "share",
    "job",
    "box",
    "item",
    "mmHg",
    "MB",
    "GB",
    "megapixel",
    "tael",
    "mace",
    "picolitre",
    "mg",
    "ml",
    "cm2",
    "cm3",
    "hp",
    "µg",
    "µm",
    "nm",
    "mmol",
    "ppm",
    "nmi",
    "kVA",
    "MVA",
}
REAL_DURATION_UNITS = DURATION_UNITS | {"hour", "minute", "second"}
REAL_OTHER_UNITS = {"times", "rank"}
README = ROOT / "benchmarks" / "data" / "README.md"
KEYS = {"id", "domain", "source", "text", "entities", "figures"}
REAL_KEYS = KEYS | {"site", "section"}
SECTIONS = {"politics", "economy", "local", "health", "world", "sport", "culture", "science", "law"}
FIGURE_KEYS = {"start", "end", "category", "value", "unit", "approx", "date"}
DATE_RE = re.compile(
    r"^(\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2})?([+-]\d{2}:\d{2})?)?)?)?"
    r"|--\d{2}(-\d{2})?|\d{4}-Q[1-4]|\d{3}X)$"
)
REAL_DATE_RE = re.compile(
    rf"^(?:{DATE_RE.pattern[1:-1]}|T\d{{2}}:\d{{2}}|L--\d{{2}}-\d{{2}}|--Q[1-4]|---\d{{2}})$"
)


def load_jsonl(path: Path) -> list[dict[str, Any]]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def load_gold() -> list[dict[str, Any]]:
    return load_jsonl(GOLD)


def _span_problems(text: str, start: Any, end: Any, where: str) -> list[str]:
    if not (isinstance(start, int) and isinstance(end, int)):
        return [f"{where}: offsets must be integers"]
    if not 0 <= start < end <= len(text):
        return [f"{where}: offsets {start}..{end} out of range"]
    span = text[start:end]
    out = []
    if span != span.strip():
        out.append(f"{where}: span {span!r} has surrounding space")
    if start > 0 and text[start - 1].isalnum() and span[0].isalnum():
        out.append(f"{where}: span {span!r} starts inside a word")
    if end < len(text) and text[end].isalnum() and span[-1].isalnum():
        out.append(f"{where}: span {span!r} ends inside a word")
    return out


def _overlaps(spans: list[tuple[int, int]]) -> bool:
    ordered = sorted(spans)
    return any(b[0] < a[1] for a, b in pairwise(ordered))


def _unit_ok(unit: Any, allowed: set[str]) -> bool:
    """*unit* is allowed, alone or as the first part of a per-unit ("tonne/day")."""
    return isinstance(unit, str) and unit.split("/")[0] in allowed


def _figure_problems(text: str, fig: dict[str, Any], where: str, real: bool = False) -> list[str]:
    out = _span_problems(text, fig.get("start"), fig.get("end"), where)
    if set(fig) != FIGURE_KEYS:
        return [*out, f"{where}: keys {sorted(fig)}"]
    if out:
        return out
    cat, value, unit, approx, date = (
        fig[k] for k in ("category", "value", "unit", "approx", "date")
    )
    span = text[fig["start"] : fig["end"]]
    if cat not in CATEGORIES:
        out.append(f"{where}: category {cat!r}")
    if value is not None and not isinstance(value, float):
        out.append(f"{where}: value {value!r} is not a float")
    scaled = re.search(r"(?<!\w)(?:nghìn|ngàn|triệu|tỷ|tỉ|vạn)(?!\w)", span) is not None
    # rule 8: number words are figures only with a scale word ("hai triệu"), or "gấp đôi"
    if not any(ch.isdigit() for ch in span) and span != "gấp đôi" and not scaled:
        out.append(f"{where}: figure {span!r} has no digit")
    if approx is not None:
        if approx not in APPROX:
            out.append(f"{where}: approx {approx!r}")
        elif not re.search(re.escape(approx) + r"\s+$", text[: fig["start"]]):
            out.append(f"{where}: approx {approx!r} does not precede {span!r}")
        if approx.split()[0] in span.split():
            out.append(f"{where}: approx word inside the span {span!r}")
    if cat in {"date", "year"}:
        if unit is not None or approx is not None:
            out.append(f"{where}: {cat} must have unit and approx null")
        if not (isinstance(date, str) and (REAL_DATE_RE if real else DATE_RE).match(date)):
            out.append(f"{where}: date {date!r}")
        if cat == "year" and (
            value is None or not str(date).startswith(str(int(value)).zfill(4)[:3])
        ):
            out.append(f"{where}: year value {value!r} does not match date {date!r}")
    else:
        if date is not None:
            out.append(f"{where}: only dates and years carry a date")
        if value is None or not unit:
            out.append(f"{where}: {cat} needs a value and a unit")
    currency = str(unit).split("/")[0]
    if cat == "money" and not (
        currency in CURRENCIES or (real and re.fullmatch("[A-Z]{3}", currency))
    ):
        out.append(f"{where}: money unit {unit!r}")
    if cat == "percent" and unit != "percent":
        out.append(f"{where}: percent unit {unit!r}")
    if real:
        durations, quantities, others = REAL_DURATION_UNITS, REAL_QUANTITY_UNITS, REAL_OTHER_UNITS
        if cat == "duration" and not _unit_ok(unit, durations):
            out.append(f"{where}: duration unit {unit!r}")
        if cat == "quantity" and not _unit_ok(unit, quantities):
            out.append(f"{where}: quantity unit {unit!r}")
        if cat == "other" and unit not in others:
            out.append(f"{where}: other unit {unit!r}")
        return out
    if cat == "duration" and unit not in DURATION_UNITS:
        out.append(f"{where}: duration unit {unit!r}")
    if cat == "quantity" and unit not in QUANTITY_UNITS:
        out.append(f"{where}: quantity unit {unit!r}")
    if cat == "other" and unit != "times":
        out.append(f"{where}: other unit {unit!r}")
    return out


def problems(rec: Any, real: bool = False) -> list[str]:
    """Everything wrong with one gold record; an empty list when it is well formed.

    *real*: a real-news record, with ``site`` and ``section`` and the units and date forms
    of the real-news rules.
    """
    if not isinstance(rec, dict) or set(rec) != (REAL_KEYS if real else KEYS):
        return [f"record keys {sorted(rec) if isinstance(rec, dict) else type(rec)}"]
    rid, text = rec["id"], rec["text"]
    out: list[str] = []
    if not isinstance(text, str) or not text or text != text.strip():
        return [f"{rid}: text empty or padded"]
    if unicodedata.normalize("NFC", text) != text:
        out.append(f"{rid}: text is not NFC")
    if any(unicodedata.category(ch) == "Cc" for ch in text):
        out.append(f"{rid}: control character in text")
    if rec["domain"] not in DOMAINS:
        out.append(f"{rid}: domain {rec['domain']!r}")
    if real and rec["section"] not in SECTIONS:
        out.append(f"{rid}: section {rec['section']!r}")
    ents = rec["entities"]
    for i, ent in enumerate(ents):
        where = f"{rid} entity {i}"
        if not (isinstance(ent, list) and len(ent) == 3):
            out.append(f"{where}: not [start, end, label]")
            continue
        out += _span_problems(text, ent[0], ent[1], where)
        if ent[2] not in LABELS:
            out.append(f"{where}: label {ent[2]!r}")
    figs = rec["figures"]
    for i, fig in enumerate(figs):
        out += _figure_problems(text, fig, f"{rid} figure {i}", real)
    if not out:
        if _overlaps([(e[0], e[1]) for e in ents]):
            out.append(f"{rid}: overlapping entities")
        if _overlaps([(f["start"], f["end"]) for f in figs]):
            out.append(f"{rid}: overlapping figures")
    return out


GOLD_RECORDS = load_gold()
HELDOUT_RECORDS = load_jsonl(HELDOUT)
DEV2_RECORDS = load_jsonl(DEV2)


def test_every_line_is_a_well_formed_record() -> None:
    found = [p for rec in GOLD_RECORDS for p in problems(rec)]
    assert found == []


def test_file_is_one_json_object_per_line() -> None:
    lines = GOLD.read_text(encoding="utf-8").split("\n")
    assert lines[-1] == "", "file ends with a newline"
    assert all(line.startswith("{") and line.endswith("}") for line in lines[:-1])


def test_ids_are_unique() -> None:
    counts = Counter(rec["id"] for rec in GOLD_RECORDS)
    assert [rid for rid, n in counts.items() if n > 1] == []


def test_written_passages_cover_every_domain() -> None:
    written = [rec for rec in GOLD_RECORDS if not rec["id"].startswith("seed-")]
    assert len(written) >= 30
    per_domain = Counter(rec["domain"] for rec in written)
    assert set(per_domain) == DOMAINS
    assert min(per_domain.values()) >= 6


def test_every_label_and_category_is_used() -> None:
    labels = {e[2] for rec in GOLD_RECORDS for e in rec["entities"]}
    categories = {f["category"] for rec in GOLD_RECORDS for f in rec["figures"]}
    assert labels == LABELS
    assert categories == CATEGORIES


def test_seed_passages_are_taken_from_all_five_seeds() -> None:
    seeds = {p.name[:3]: p.read_text(encoding="utf-8") for p in SEEDS.glob("*.txt")}
    used = set()
    for rec in GOLD_RECORDS:
        if rec["id"].startswith("seed-"):
            key = rec["id"].split("-")[1]
            used.add(key)
            assert rec["text"] in seeds[key], rec["id"]
    assert used == set(seeds)
    assert len(used) == 5


def test_readme_counts_match_the_file() -> None:
    match = re.search(r"Passages: (\d+) in total", README.read_text(encoding="utf-8"))
    assert match is not None
    assert int(match.group(1)) == len(GOLD_RECORDS)


def test_no_paragraph_is_included_twice() -> None:
    counts = Counter(rec["text"] for rec in GOLD_RECORDS)
    assert [t[:40] for t, n in counts.items() if n > 1] == []


def test_every_heldout_line_is_a_well_formed_record() -> None:
    # blind: the problems quote spans, so a failure shows only which records have one
    assert [rec["id"] for rec in HELDOUT_RECORDS if problems(rec)] == []


def test_heldout_file_is_one_json_object_per_line() -> None:
    lines = HELDOUT.read_text(encoding="utf-8").split("\n")
    assert lines[-1] == "", "file ends with a newline"
    assert all(line.startswith("{") and line.endswith("}") for line in lines[:-1])


def test_heldout_ids_are_unique_and_its_own() -> None:
    counts = Counter(rec["id"] for rec in HELDOUT_RECORDS)
    assert [rid for rid, n in counts.items() if n > 1] == []
    assert all(rid.startswith(f"heldout-{rid.split('-')[1]}-") for rid in counts)
    assert set(counts).isdisjoint(rec["id"] for rec in GOLD_RECORDS)


def test_heldout_covers_every_domain() -> None:
    assert len(HELDOUT_RECORDS) >= 40
    per_domain = Counter(rec["domain"] for rec in HELDOUT_RECORDS)
    assert set(per_domain) == DOMAINS
    assert min(per_domain.values()) >= 10
    assert all(rec["id"].split("-")[1] == rec["domain"] for rec in HELDOUT_RECORDS)


def test_heldout_uses_every_label_and_category() -> None:
    labels = {e[2] for rec in HELDOUT_RECORDS for e in rec["entities"]}
    categories = {f["category"] for rec in HELDOUT_RECORDS for f in rec["figures"]}
    assert labels == LABELS
    assert categories == CATEGORIES


def test_heldout_shares_no_passage_with_gold() -> None:
    gold_texts = {rec["text"] for rec in GOLD_RECORDS}
    counts = Counter(rec["text"] for rec in HELDOUT_RECORDS)
    # blind: a failure shows the ids only
    assert [rec["id"] for rec in HELDOUT_RECORDS if counts[rec["text"]] > 1] == []
    assert [rec["id"] for rec in HELDOUT_RECORDS if rec["text"] in gold_texts] == []


def test_readme_heldout_count_matches_the_file() -> None:
    match = re.search(r"Held-out passages: (\d+) in total", README.read_text(encoding="utf-8"))
    assert match is not None
    assert int(match.group(1)) == len(HELDOUT_RECORDS)


def test_every_dev2_line_is_a_well_formed_record() -> None:
    found = [p for rec in DEV2_RECORDS for p in problems(rec)]
    assert found == []


def test_dev2_file_is_one_json_object_per_line() -> None:
    lines = DEV2.read_text(encoding="utf-8").split("\n")
    assert lines[-1] == "", "file ends with a newline"
    assert all(line.startswith("{") and line.endswith("}") for line in lines[:-1])


def test_ids_are_unique_across_gold_heldout_and_dev2() -> None:
    counts = Counter(rec["id"] for rec in GOLD_RECORDS + HELDOUT_RECORDS + DEV2_RECORDS)
    assert [rid for rid, n in counts.items() if n > 1] == []
    assert all(
        rec["id"] == f"dev2-{rec['domain']}-{rec['id'].split('-')[2]}" for rec in DEV2_RECORDS
    )


def test_dev2_covers_every_domain_and_every_label_and_category() -> None:
    assert len(DEV2_RECORDS) >= 40
    per_domain = Counter(rec["domain"] for rec in DEV2_RECORDS)
    assert set(per_domain) == DOMAINS
    assert min(per_domain.values()) >= 10
    assert {e[2] for rec in DEV2_RECORDS for e in rec["entities"]} == LABELS
    assert {f["category"] for rec in DEV2_RECORDS for f in rec["figures"]} == CATEGORIES


def test_dev2_shares_no_passage_with_gold_or_heldout() -> None:
    other_texts = {rec["text"] for rec in GOLD_RECORDS + HELDOUT_RECORDS}
    counts = Counter(rec["text"] for rec in DEV2_RECORDS)
    assert [t[:40] for t, n in counts.items() if n > 1] == []
    # a text shared with the blind held-out set: the ids only
    assert [rec["id"] for rec in DEV2_RECORDS if rec["text"] in other_texts] == []


def test_readme_dev2_count_matches_the_file() -> None:
    text = README.read_text(encoding="utf-8")
    match = re.search(r"Development set 2 passages: (\d+) in total", text)
    assert match is not None
    assert int(match.group(1)) == len(DEV2_RECORDS)


GOOD = {
    "id": "x",
    "domain": "trade",
    "source": "test",
    "text": "Bộ Công Thương cho biết kim ngạch đạt gần 5 tỷ USD năm 2020.",
    "entities": [[0, 14, "ORG"]],
    "figures": [
        {
            "start": 42,
            "end": 50,
            "category": "money",
            "value": 5e9,
            "unit": "USD",
            "approx": "gần",
            "date": None,
        },
        {
            "start": 51,
            "end": 59,
            "category": "year",
            "value": 2020.0,
            "unit": None,
            "approx": None,
            "date": "2020",
        },
    ],
}


def test_reference_record_is_valid() -> None:
    assert GOOD["text"][42:50] == "5 tỷ USD"
    assert problems(GOOD) == []


def _broken(path: str, value: Any) -> dict[str, Any]:
    rec: dict[str, Any] = json.loads(json.dumps(GOOD))
    *parents, last = path.split(".")
    node: Any = rec
    for part in parents:
        node = node[int(part)] if part.isdigit() else node[part]
    node[int(last) if last.isdigit() else last] = value
    return rec


@pytest.mark.parametrize(
    ("path", "value", "message"),
    [
        ("entities.0.1", 15, "surrounding space"),
        ("entities.0.1", 13, "inside a word"),
        ("entities.0.2", "COMPANY", "label"),
        ("entities.0.1", 999, "out of range"),
        ("figures.0.category", "cash", "category"),
        ("figures.0.approx", "hơn", "does not precede"),
        ("figures.0.start", 38, "approx word inside"),
        ("figures.0.unit", "dollars", "money unit"),
        ("figures.0.category", "quantity", "quantity unit"),
        ("figures.1.date", "20-20", "date"),
        ("figures.1.start", 47, "overlapping figures"),
        ("domain", "sport", "domain"),
        ("text", "Cafe\u0301 Bộ Công Thương cho biết", "not NFC"),
    ],
)
def test_broken_records_are_caught(path: str, value: Any, message: str) -> None:
    found = problems(_broken(path, value))
    assert any(message in p for p in found), found
