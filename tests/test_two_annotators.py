"""Two people annotate one corpus and exchange their work through the ``vnreader`` command.

A and B annotate, delete and edit the same span, and exchange exports twice in both
directions (json one way, jsonl the other). Both DBs must end identical, every deletion must
be honoured, and every conflict reported (in the import's output and in ``--conflicts``).
The annotating itself is what the app does (the store API); every exchange is the CLI.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from vnreader.corpus import load_corpus
from vnreader.store import AnnotationStore

TEXT = (
    "Xuất khẩu\n"
    "Kim ngạch xuất khẩu của Việt Nam sang Hoa Kỳ đạt 96,8 tỷ USD trong năm 2023.\n\n"
    "Bộ Công Thương cho biết con số này giảm so với năm trước.\n"
)


class Person:
    def __init__(self, name: str, root: Path, corpus: Path) -> None:
        self.name = name
        self.db = root / f"{name}.json"
        self.corpus = corpus
        self.root = root
        self.env = dict(os.environ)
        self.env["VNREADER_CONFIG_DIR"] = str(root / f"config-{name}")
        self.env["VNREADER_DATA_DIR"] = str(root / f"data-{name}")
        article = load_corpus(corpus).articles[0]
        self.article = article

    def store(self) -> AnnotationStore:
        time.sleep(0.005)  # two events of one test never share a millisecond
        return AnnotationStore(self.db, author=self.name)

    def vnreader(self, *args: str) -> str:
        result = subprocess.run(
            [sys.executable, "-m", "vnreader", *args, "--db", str(self.db)],
            capture_output=True,
            text=True,
            env=self.env,
            timeout=120,
        )
        assert result.returncode == 0, result.stderr
        return result.stdout

    def export(self, fmt: str, number: int) -> Path:
        out = self.root / f"{self.name}-{number}.{fmt}"
        self.vnreader("export", str(self.corpus), "-f", fmt, "-o", str(out))
        return out

    def import_(self, path: Path, number: int) -> tuple[str, list[dict[str, object]]]:
        report = self.root / f"{self.name}-conflicts-{number}.json"
        output = self.vnreader("import", str(path), str(self.corpus), "--conflicts", str(report))
        return output, json.loads(report.read_text(encoding="utf-8"))["conflicts"]

    def span_at(self, quote: str, label: str) -> str:
        start = self.article.text.index(quote)
        a = self.article
        with self.store() as s:
            return s.add_span(
                a.id, a.text, a.content_hash, start, start + len(quote), label=label
            ).id

    def records(self) -> list[dict[str, object]]:
        with AnnotationStore(self.db, read_only=True) as s:
            return sorted((r.to_dict() for r in s.records()), key=lambda d: str(d["id"]))


@pytest.fixture
def people(tmp_path: Path) -> tuple[Person, Person]:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a1.txt").write_text(TEXT, encoding="utf-8")
    return Person("lan", tmp_path, corpus), Person("minh", tmp_path, corpus)


def test_two_annotators_exchange_twice_and_end_identical(people: tuple[Person, Person]) -> None:
    a, b = people
    aid = a.article.id
    # A starts; B takes A's work.
    us = a.span_at("Hoa Kỳ", "LOC")
    figure = a.span_at("96,8 tỷ USD", "FIGURE")
    with a.store() as s:
        s.add_tag(aid, "kinh-tế")
        s.set_note(aid, "Đối chiếu với số liệu Hải quan.")
    output, conflicts = b.import_(a.export("json", 0), 0)
    assert "4 added" in output and conflicts == []

    # Apart from each other: B edits the figure's note, then A deletes it (A's is newer);
    # both relabel "Hoa Kỳ" (B's is newer); A removes the tag and empties the note;
    # B adds a span of its own and deletes it again, and adds one it keeps.
    with b.store() as s:
        s.update(figure, note="cả năm")
    with a.store() as s:
        s.delete(figure)
        s.update(us, label="GPE")
        s.remove_tag(aid, "kinh-tế")
        s.set_note(aid, "")
    with b.store() as s:
        s.update(us, label="COUNTRY")
    ministry = b.span_at("Bộ Công Thương", "ORG")
    temporary = b.span_at("Việt Nam", "LOC")
    with b.store() as s:
        s.delete(temporary)

    # First exchange: A -> B (jsonl), B -> A (json).
    output, conflicts_b = b.import_(a.export("jsonl", 1), 1)
    assert "2 conflicts" in output
    assert {(c["id"], c["kept"]) for c in conflicts_b} == {(figure, "incoming"), (us, "local")}
    for c in conflicts_b:  # both versions are in the report file
        assert c["local"]["author"] and c["incoming"]["modified"] != c["local"]["modified"]
    with AnnotationStore(b.db, read_only=True) as s:  # A's three deletions reached B
        assert s.tags(aid) == [] and s.note(aid) is None and s.get(figure) is None
    output, conflicts_a = a.import_(b.export("json", 1), 1)
    assert "1 conflict," in output and "kept the newer (the file's)" in output
    assert "1 added" in output  # B's new span only: none of A's deletions came back
    assert [(c["id"], c["kept"]) for c in conflicts_a] == [(us, "incoming")]
    with AnnotationStore(a.db, read_only=True) as s:
        assert s.tags(aid) == [] and s.note(aid) is None and s.get(figure) is None

    # More work apart: A undoes the removal of the tag (a new event), B deletes its span.
    with a.store() as s:
        assert s.undo() is not None  # the note comes back
        assert s.undo() is not None  # the tag comes back
    with b.store() as s:
        s.delete(ministry)

    # Second exchange, both directions again (B first this time).
    output, conflicts = a.import_(b.export("jsonl", 2), 2)
    assert conflicts == [] and "1 deleted" in output
    output, conflicts = b.import_(a.export("json", 2), 2)
    assert conflicts == [] and "2 added" in output  # the undone deletions

    assert a.records() == b.records()
    with AnnotationStore(a.db, read_only=True) as s:
        live = {x.id: x for x in s}
        assert set(live) == {us, *(x.id for x in s.for_article(aid) if x.kind != "span")}
        assert live[us].label == "COUNTRY"
        assert s.tags(aid) == ["kinh-tế"] and s.note(aid) is not None
        for gone in (figure, ministry, temporary):  # every deletion honoured
            record = s.record(gone)
            assert record is not None and record.is_deleted
