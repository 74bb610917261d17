"""Reading errors and encodings: every failure is a one-line CorpusError naming the path."""

from __future__ import annotations

import os
import random
import unicodedata
from pathlib import Path

import pytest

from vnreader.corpus import CorpusError, find_files, load_corpus, read_article
from vnreader.corpus.reading import read_text

ARTICLE = "Tiêu đề bài báo\n\nĐoạn văn thứ nhất của bài báo.\n\nĐoạn văn thứ hai.\n"


def one_line_error(exc: pytest.ExceptionInfo[CorpusError], path: Path) -> str:
    message = str(exc.value)
    assert "\n" not in message
    assert message.startswith(f"{path}: ")
    return message


def test_missing_path(tmp_path: Path) -> None:
    missing = tmp_path / "nope"
    with pytest.raises(CorpusError) as exc:
        load_corpus(missing)
    assert "no such file" in one_line_error(exc, missing)
    with pytest.raises(CorpusError) as exc:
        read_article(missing / "a.txt")
    assert "no such file" in one_line_error(exc, missing / "a.txt")


def test_empty_folder(tmp_path: Path) -> None:
    (tmp_path / "notes.md").write_text("# not an article")
    with pytest.raises(CorpusError) as exc:
        load_corpus(tmp_path)
    assert "no article files" in one_line_error(exc, tmp_path)


def test_binary_file_with_nul(tmp_path: Path) -> None:
    path = tmp_path / "image.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    with pytest.raises(CorpusError) as exc:
        read_article(path)
    assert "not a text file" in one_line_error(exc, path)


@pytest.mark.parametrize("seed", range(5))
def test_random_binary_without_nul_is_refused(tmp_path: Path, seed: int) -> None:
    rng = random.Random(seed)
    data = bytes(rng.choice(range(1, 256)) for _ in range(4000))
    path = tmp_path / "noise.txt"
    path.write_bytes(data)
    with pytest.raises(CorpusError) as exc:
        read_article(path)
    assert "not a text file" in one_line_error(exc, path)


def test_binary_after_utf16_mark_is_refused(tmp_path: Path) -> None:
    rng = random.Random(3)
    path = tmp_path / "bom.txt"
    codes = [*range(1, 9), *range(0xE000, 0xE100)]  # decodes as UTF-16, is not prose
    path.write_bytes("".join(chr(rng.choice(codes)) for _ in range(2000)).encode("utf-16"))
    with pytest.raises(CorpusError) as exc:
        read_article(path)
    assert "not a text file" in one_line_error(exc, path)


def test_high_bytes_without_controls_are_refused(tmp_path: Path) -> None:
    # no control bytes at all, still not text: no spaces between words
    rng = random.Random(7)
    allowed = [b for b in range(0xA0, 0x100)]
    path = tmp_path / "noise.txt"
    path.write_bytes(bytes(rng.choice(allowed) for _ in range(3000)))
    with pytest.raises(CorpusError):
        read_article(path)


@pytest.mark.parametrize(
    "content", [b"", b"   \n\n\t \r\n", b"\xef\xbb\xbf\n", b"\x1b\x07\xc2\x9b\n"]
)
def test_empty_file(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(content)
    with pytest.raises(CorpusError) as exc:
        read_article(path)
    assert "empty file" in one_line_error(exc, path)


def test_only_page_furniture(tmp_path: Path) -> None:
    path = tmp_path / "junk.txt"
    path.write_text("• Zalo\nBình luận\n")
    with pytest.raises(CorpusError) as exc:
        read_article(path)
    assert "no article text" in one_line_error(exc, path)


def test_permission_denied(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "secret.txt"
    path.write_text(ARTICLE)

    def deny(self: Path, limit: int) -> bytes:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr("vnreader.corpus.reading.read_regular", deny)
    with pytest.raises(CorpusError) as exc:
        read_article(path)
    assert "permission denied" in one_line_error(exc, path)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_not_a_regular_file(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    with pytest.raises(CorpusError) as exc:
        read_article(fifo)
    assert "not a regular file" in one_line_error(exc, fifo)


def test_one_bad_file_among_good_ones(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"\x00\x01\x02binary")
    (tmp_path / "c.txt").write_text("")
    sub = tmp_path / "sub"
    sub.mkdir()
    (sub / "d.TXT").write_text(ARTICLE.replace("thứ hai", "thứ ba"), encoding="utf-8")
    load = load_corpus(tmp_path)
    assert [a.id for a in load.articles] == ["a", "d"]
    assert len(load.problems) == 2
    assert load.problems[0].startswith(f"{tmp_path / 'b.txt'}: not a text file")
    assert load.problems[1].startswith(f"{tmp_path / 'c.txt'}: empty file")


def test_all_files_bad(tmp_path: Path) -> None:
    (tmp_path / "b.txt").write_bytes(b"\x00\x01")
    (tmp_path / "c.txt").write_bytes(b"")
    with pytest.raises(CorpusError) as exc:
        load_corpus(tmp_path)
    assert "no readable articles" in one_line_error(exc, tmp_path)


def test_hidden_folders_skipped_and_duplicate_names(tmp_path: Path) -> None:
    for folder in ("x", "y", ".git"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "same.txt").write_text(ARTICLE)
    load = load_corpus(tmp_path)
    assert [a.id for a in load.articles] == ["x/same", "y/same"]
    assert find_files(tmp_path) == [tmp_path / "x" / "same.txt", tmp_path / "y" / "same.txt"]
    (tmp_path / "top.txt").write_text(ARTICLE)
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "same.txt").write_text(ARTICLE)
    ids = [a.id for a in load_corpus(tmp_path).articles]
    assert ids == ["a/same", "top", "x/same", "y/same"]  # x and y keep their ids


def test_encodings(tmp_path: Path) -> None:
    want = read_text_from(tmp_path, ARTICLE.encode("utf-8"))
    assert read_text_from(tmp_path, b"\xef\xbb\xbf" + ARTICLE.encode("utf-8")) == want
    assert read_text_from(tmp_path, ARTICLE.encode("utf-16")) == want
    assert read_text_from(tmp_path, ARTICLE.encode("utf-16-le")) == want
    assert read_text_from(tmp_path, ARTICLE.encode("utf-16-be")) == want
    assert read_text_from(tmp_path, ARTICLE.replace("\n", "\r\n").encode("utf-8")) == want
    assert read_text_from(tmp_path, cp1258(ARTICLE)) == want


TONES = "\u0300\u0301\u0303\u0309\u0323"


def cp1258(text: str) -> bytes:
    """Windows-1258 bytes: letters with circumflex/breve/horn precomposed, tone marks apart."""
    out = []
    for ch in text:
        parts = unicodedata.normalize("NFD", ch)
        base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in TONES))
        out.append(base + "".join(c for c in parts if c in TONES))
    return "".join(out).encode("cp1258")


def read_text_from(tmp_path: Path, data: bytes) -> str:
    path = tmp_path / "enc.txt"
    path.write_bytes(data)
    return read_text(path)


def test_control_sequences_stripped(tmp_path: Path) -> None:
    path = tmp_path / "hostile.txt"
    path.write_text(
        "Tiêu đề \x1b]52;c;ZXZpbA==\x07 xấu\n\x9b31mĐoạn\u202e văn.\n", encoding="utf-8"
    )
    article = read_article(path)
    assert "\x1b" not in article.raw and "\x9b" not in article.raw and "\u202e" not in article.raw
    assert article.paragraphs == ("Đoạn văn.",)  # the whole escape sequence goes


def test_progress_and_cancel(tmp_path: Path) -> None:
    for name in "abc":
        (tmp_path / f"{name}.txt").write_text(ARTICLE)
    calls: list[tuple[int, int]] = []
    load_corpus(tmp_path, progress=lambda done, total: calls.append((done, total)))
    assert calls == [(1, 3), (2, 3), (3, 3)]

    class Cancelled(Exception):
        pass

    def cancel(done: int, total: int) -> None:
        if done == 2:
            raise Cancelled

    with pytest.raises(Cancelled):
        load_corpus(tmp_path, progress=cancel)


def test_a_very_large_article_holds_its_text_once() -> None:
    """Past a million characters, the paragraphs are slices of the text (not a second copy)
    and behave as the tuple they stand for."""
    import pickle
    import sys
    import tracemalloc

    from vnreader.corpus.model import Article as Model

    line = "Hai bên bàn về hợp tác trị giá 4,7 tỷ USD trong năm 2021 tại Hà Nội"
    want = tuple(f"{i}: {line}" for i in range(20_000))
    tracemalloc.start()
    article = Model(id="big", path=Path("big.txt"), title="t", paragraphs=tuple(want))
    held, _ = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert held < 1.3 * sys.getsizeof(article.text)
    assert article.paragraphs == want and tuple(article.paragraphs) == want
    assert article.paragraphs[7] == want[7] and article.paragraphs[-1] == want[-1]
    assert article.paragraphs[2:5] == want[2:5] and len(article.paragraphs) == len(want)
    assert article.paragraph_offsets()[3] == (
        sum(len(p) + 2 for p in want[:3]),
        sum(len(p) + 2 for p in want[:3]) + len(want[3]),
    )
    again = pickle.loads(pickle.dumps(article))
    assert again == article and again.text == article.text
    small = Model(id="s", path=Path("s.txt"), title="t", paragraphs=("a", "b"))
    assert small.paragraphs == ("a", "b") and isinstance(small.paragraphs, tuple)


def test_file_names_come_in_path_order_as_find_files(tmp_path: Path) -> None:
    """find_file_names (strings, for a refresh) lists what find_files lists, in the same
    order: by path parts, so "a/z.txt" comes before "a-b/a.txt" and "a.txt" (string order
    differs)."""
    from vnreader.corpus.loader import find_file_names

    for name in ("a-b/a.txt", "a/z.txt", "a/b/c.txt", "a.txt", "A.TXT", ".h/x.txt", "a/.y.txt"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("Tiêu đề\n\nNội dung bài.\n", encoding="utf-8")
    (tmp_path / "a" / "notes.md").write_text("x", encoding="utf-8")
    names = find_file_names(tmp_path)
    expected = ["A.TXT", "a/b/c.txt", "a/z.txt", "a-b/a.txt", "a.txt"]
    assert names == [str(tmp_path / n) for n in expected]
    assert find_files(tmp_path) == [tmp_path / n for n in expected]


def test_ids_of_distinct_names_make_no_path_object(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A Path object costs microseconds: 200,000 of them were a second of every open. Only
    names shared by two files need one (their id is their path under the corpus)."""
    from vnreader.corpus import loader

    made: list[object] = []

    class Counted(type(tmp_path)):  # type: ignore[misc]
        def __new__(cls, *args: object) -> Path:
            made.append(args)
            return Path(*args)  # type: ignore[arg-type]

    names = [str(tmp_path / "a" / "x.txt"), str(tmp_path / "b" / "y.txt")]
    shared = [str(tmp_path / "a" / "z.txt"), str(tmp_path / "b" / "z.txt")]
    monkeypatch.setattr(loader, "Path", Counted)
    assert loader.article_ids(tmp_path, names) == ["x", "y"]
    assert made == []
    assert loader.article_ids(tmp_path, names + shared) == ["x", "y", "a/z", "b/z"]
