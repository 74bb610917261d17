"""Items 9 and 10: links out of the corpus folder are not followed, and what a walk skips
(such links, unreadable or too deep folders) is said."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from vnreader.corpus import find_files, load_corpus
from vnreader.index import CorpusIndex

ARTICLE = "Tiêu đề bài báo\n\nHà Nội đón khách quốc tế trong năm 2023 với nhiều sự kiện lớn.\n"


def corpus(tmp_path: Path) -> Path:
    root = tmp_path / "corpus"
    (root / "sub").mkdir(parents=True)
    (root / "a.txt").write_text(ARTICLE, encoding="utf-8")
    outside = tmp_path / "secret.txt"
    outside.write_text("root:x:0:0:root:/root:/bin/bash " * 20, encoding="utf-8")
    (root / "leak.txt").symlink_to(outside)
    (root / "passwd.txt").symlink_to("/etc/passwd")
    (root / "sub" / "inside.txt").symlink_to(root / "a.txt")  # inside: followed
    return root


def test_links_outside_the_corpus_are_skipped_and_said(tmp_path: Path) -> None:
    root = corpus(tmp_path)
    found = find_files(root)
    assert sorted(p.name for p in found) == ["a.txt", "inside.txt"]
    assert len(found.skipped) == 2
    assert all("outside the corpus" in line for line in found.skipped)
    load = load_corpus(root)
    assert sorted(a.path.name for a in load.articles) == ["a.txt", "inside.txt"]
    assert any("leak.txt" in p for p in load.problems)


def test_the_index_skips_them_too_and_says_so(tmp_path: Path) -> None:
    root = corpus(tmp_path)
    index = CorpusIndex.open(root, index_dir=tmp_path / "index")
    with index:
        report = index.refresh()
        assert "leak" not in " ".join(index.ids())
        assert any("passwd.txt" in p and "outside" in p for p in report.problems)


def test_a_folder_too_deep_to_open_is_reported(tmp_path: Path) -> None:
    root = tmp_path / "corpus"
    root.mkdir()
    (root / "a.txt").write_text(ARTICLE, encoding="utf-8")
    fd = os.open(root, os.O_RDONLY)
    try:
        for _ in range(20):  # a path of 5,000+ characters: longer than PATH_MAX
            name = "d" * 250
            os.mkdir(name, dir_fd=fd)
            new = os.open(name, os.O_RDONLY, dir_fd=fd)
            os.close(fd)
            fd = new
    finally:
        os.close(fd)
    found = find_files(root)
    assert [p.name for p in found] == ["a.txt"]
    assert any("folder skipped" in line for line in found.skipped)


def test_follow_links_follows_them_when_the_user_asks(tmp_path: Path) -> None:
    root = corpus(tmp_path)
    assert all("--follow-links follows it" in line for line in find_files(root).skipped)
    found = find_files(root, follow_links=True)
    assert sorted(p.name for p in found) == ["a.txt", "inside.txt", "leak.txt", "passwd.txt"]
    assert not found.skipped


def test_follow_links_walks_a_linked_folder_once_even_in_a_loop(tmp_path: Path) -> None:
    root = tmp_path / "corpus"
    root.mkdir()
    (root / "a.txt").write_text(ARTICLE, encoding="utf-8")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "b.txt").write_text(ARTICLE, encoding="utf-8")
    (root / "more").symlink_to(elsewhere)
    (elsewhere / "back").symlink_to(root)  # a loop: corpus/more/back is the corpus again
    assert [p.name for p in find_files(root)] == ["a.txt"]  # folder links: not followed
    found = find_files(root, follow_links=True)
    assert sorted(p.relative_to(root).as_posix() for p in found) == ["a.txt", "more/b.txt"]


def test_the_cli_follows_links_with_the_option_before_or_after_the_command(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from vnreader import cli

    monkeypatch.setenv("VNREADER_INDEX_DIR", str(tmp_path / "index"))
    root = corpus(tmp_path)
    assert cli.main(["index", str(root)]) == 0
    out, err = capsys.readouterr()
    assert "leak.txt: skipped" in err and "2 added" in out
    assert cli.main(["index", str(root), "--follow-links"]) == 0
    out, err = capsys.readouterr()
    assert "skipped" not in err and "2 added" in out
    assert cli.main(["--follow-links", "analyze", str(root)]) == 0
    out, _ = capsys.readouterr()
    assert "root:x:0:0" in out and out.count("\n") == 4  # leak.txt followed: four articles
