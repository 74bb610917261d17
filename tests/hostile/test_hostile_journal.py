"""Item 4: confirmed saves survive what other programs do to the journal, the lock and the
DB file; a journal that cannot be applied whole is kept aside, never deleted."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from vnreader.store import AnnotationStore, StoreError
from vnreader.store.journal import encode_line, journal_path


def _crash(store: AnnotationStore) -> None:
    """Leave the files as a killed process would (no fold on close, lock released)."""
    storage = store._storage
    assert storage is not None
    if storage._journal is not None:
        storage._journal.close()
        storage._journal = None
    storage._handle.close()
    store._storage = None
    store._release()


def _saves(db: Path, n: int) -> list[str]:
    store = AnnotationStore(db, author="lan")
    tags = [f"thẻ {i}" for i in range(n)]
    for i, tag in enumerate(tags):
        store.add_tag(f"a{i}", tag)
    _crash(store)
    return tags


def _kept(db: Path) -> list[Path]:
    return sorted(db.parent.glob(db.name + ".journal.corrupt-*"))


def test_a_damaged_byte_mid_journal_loses_no_save(tmp_path: Path) -> None:
    db = tmp_path / "db.json"
    tags = _saves(db, 6)
    journal = journal_path(db)
    data = bytearray(journal.read_bytes())
    lines = data.splitlines(keepends=True)
    middle = sum(len(line) for line in lines[:4]) + 30  # inside the second save's first copy
    data[middle] ^= 0x55
    journal.write_bytes(bytes(data))
    with AnnotationStore(db, read_only=True) as store:
        assert sorted(a.tag for a in store) == sorted(tags)
        assert any("damaged" in n for n in store.notices)
    with AnnotationStore(db) as store:
        assert sorted(a.tag for a in store) == sorted(tags)
        assert any("kept as" in n for n in store.notices)
    [kept] = _kept(db)
    assert kept.read_bytes() == bytes(data)  # the damaged journal itself, untouched


def test_both_copies_damaged_keeps_every_later_save(tmp_path: Path) -> None:
    db = tmp_path / "db.json"
    tags = _saves(db, 5)
    journal = journal_path(db)
    lines = journal.read_bytes().splitlines(keepends=True)
    lines[3] = lines[3][:20] + b"#" + lines[3][21:]  # both copies of the second save
    lines[4] = lines[4][:20] + b"#" + lines[4][21:]
    journal.write_bytes(b"".join(lines))
    with AnnotationStore(db) as store:
        got = sorted(a.tag for a in store)
    assert got == sorted(tags[:1] + tags[2:])  # only the save whose both copies broke
    assert len(_kept(db)) == 1


def test_a_damaged_newline_between_the_copies_is_recovered(tmp_path: Path) -> None:
    db = tmp_path / "db.json"
    tags = _saves(db, 3)
    journal = journal_path(db)
    lines = journal.read_bytes().splitlines(keepends=True)
    lines[3] = lines[3][:-1] + b"X"  # first copy of save 2 runs into its second copy
    journal.write_bytes(b"".join(lines))
    with AnnotationStore(db) as store:
        assert sorted(a.tag for a in store) == sorted(tags)


def test_a_journal_of_a_newer_format_is_kept_and_refused_read_write(tmp_path: Path) -> None:
    db = tmp_path / "db.json"
    _saves(db, 1)
    with AnnotationStore(db):
        pass
    journal = journal_path(db)
    newer = encode_line({"journal": 99, "dev": 0, "ino": 0}) + encode_line([["x", "1", {}]])
    journal.write_bytes(newer)
    before = db.read_bytes()
    with pytest.raises(StoreError, match="newer vnreader"):
        AnnotationStore(db)
    assert journal.read_bytes() == newer and db.read_bytes() == before
    with AnnotationStore(db, read_only=True) as store:
        assert len(store) == 1
        assert any("newer" in n for n in store.notices)
    assert journal.read_bytes() == newer


def test_a_replaced_db_file_stops_saving_and_loses_nothing(tmp_path: Path) -> None:
    db = tmp_path / "db.json"
    store = AnnotationStore(db, author="lan")
    store.add_tag("a1", "một")
    store.compact()
    store.add_tag("a2", "hai")
    shutil.copyfile(db, tmp_path / "copy.json")  # a sync tool writes its copy, then renames
    os.replace(tmp_path / "copy.json", db)
    with pytest.raises(StoreError, match="replaced"):
        store.add_tag("a3", "ba")
    with pytest.raises(StoreError, match="replaced"):
        store.add_tag("a3", "ba")  # and stays stopped
    _crash(store)  # then a crash: the journal still names the old file
    with AnnotationStore(db) as reopened:
        assert sorted(a.tag for a in reopened) == ["hai", "một"]


def test_a_db_replaced_by_other_content_keeps_the_journal_aside(tmp_path: Path) -> None:
    db = tmp_path / "db.json"
    store = AnnotationStore(db, author="lan")
    store.add_tag("a1", "một")
    other = tmp_path / "other.json"
    with AnnotationStore(other) as o:
        o.add_tag("z", "khác")
    os.replace(other, db)
    _crash(store)
    with AnnotationStore(db) as reopened:
        assert [a.tag for a in reopened] == ["khác"]
        assert any("another copy" in n for n in reopened.notices)
    [kept] = _kept(db)
    assert "một" in kept.read_text(encoding="utf-8")


def test_a_removed_lock_stops_saving(tmp_path: Path) -> None:
    db = tmp_path / "db.json"
    first = AnnotationStore(db, author="lan")
    first.add_tag("a1", "một")
    db.with_name(db.name + ".lock").unlink()
    second = AnnotationStore(db, author="other")  # the lock is free now: a second writer
    second.add_tag("a2", "hai")
    with pytest.raises(StoreError, match="lock"):
        first.add_tag("a3", "ba")
    first.close()  # writes nothing: the second writer's saves stay
    second.close()
    with AnnotationStore(db, read_only=True) as store:
        assert sorted(a.tag for a in store) == ["hai", "một"]


@pytest.mark.parametrize("damage", ["remove", "truncate", "overwrite"])
def test_a_journal_broken_while_open_is_rebuilt_before_the_next_save(
    tmp_path: Path, damage: str
) -> None:
    db = tmp_path / "db.json"
    store = AnnotationStore(db, author="lan")
    store.add_tag("a1", "một")
    store.add_tag("a2", "hai")
    journal = journal_path(db)
    if damage == "remove":
        journal.unlink()
    elif damage == "truncate":
        journal.write_bytes(b"")
    else:
        data = bytearray(journal.read_bytes())
        for i in range(60, len(data), 7):
            data[i] = 0x23
        with open(journal, "r+b") as f:
            f.write(bytes(data))
    store.add_tag("a3", "ba")
    _crash(store)
    with AnnotationStore(db) as reopened:
        assert sorted(a.tag for a in reopened) == ["ba", "hai", "một"]


def test_a_failed_read_write_open_changes_no_file(tmp_path: Path) -> None:
    db = tmp_path / "db.json"
    _saves(db, 2)
    bad = json.loads(db.read_text(encoding="utf-8") or "{}") if db.stat().st_size else {}
    bad["_meta"] = {"1": {"format": 99}}
    db.write_text(json.dumps(bad), encoding="utf-8")
    files = {p.name: p.read_bytes() for p in tmp_path.iterdir() if not p.name.endswith(".lock")}
    with pytest.raises(StoreError, match="newer"):
        AnnotationStore(db)
    after = {p.name: p.read_bytes() for p in tmp_path.iterdir() if not p.name.endswith(".lock")}
    assert after == files


def test_the_cli_says_a_journal_was_kept_aside(tmp_path: Path) -> None:
    import subprocess
    import sys

    db = tmp_path / "db.json"
    _saves(db, 2)
    journal = journal_path(db)
    data = bytearray(journal.read_bytes())
    data[len(data) // 2] ^= 0x55
    journal.write_bytes(bytes(data))
    root = Path(__file__).resolve().parents[2]
    env = dict(os.environ, VNREADER_CONFIG_DIR=str(tmp_path / "c"))
    result = subprocess.run(
        [sys.executable, "-m", "vnreader", "export", "--db", str(db), str(root / "seeds")],
        capture_output=True,
        text=True,
        env=env,
        cwd=root,
        timeout=120,
    )
    assert result.returncode == 0
    assert "damaged" in result.stderr and "will be kept aside" in result.stderr
