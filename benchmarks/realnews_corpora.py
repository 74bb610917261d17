"""Rebuild the real-news corpora (one plain-text article per file) from public repositories.

Each article is written in the shape vnreader reads: the URL on the first line, the title, a
dateline carrying the section ("Kinh doanh, 01/10/2020"), then one paragraph per line, and
the byline (when the corpus has one) as the last line.

Corpora (the repositories are mirrored as bare git directories, read with ``git show``):

* ``dantri-unc``: ``github:undertheseanlp/resources``, CP_Vietnamese-UNC 2.0-alpha, 2,653
  dantri.com.vn articles (2020-2021) in 10 sections. Repository licence: GPL-3.0.
* ``vims-news``: ``github:Phenikaa-University/Vietnamese-News-Summarization``, the articles
  of its multi-document summarisation set (948 files, 2024; mostly vnexpress.net, some
  thanhnien.vn, vtcnews.vn, vov.vn, baochinhphu.vn, vietnam.vn …). Repository licence:
  Apache-2.0. The article bodies are stored without paragraph breaks; they are split where a
  sentence end is glued to the next capitalised word. Video pages and near-empty pages are
  skipped.
* ``vntc``: ``github:magizbox/underthesea.classification``, whose history holds VNTC (Hoang
  et al., 2007, the Vietnamese news text classification corpus of ``github:duyvuleo/VNTC``,
  MIT; that repository keeps it only in archives too large to mirror) unpacked, one UTF-16
  file per article (vnexpress.net, Người Lao Động, Tuổi Trẻ, Thanh Niên, 2004-2006) in 10
  sections. Taken in name order: ``Train_Full`` (33,759 files), then ``Test_Full``, up to
  35,500 articles in all; files the mirror lacks or without a body are passed over.
  Repository licence: GPL-3.0. The files carry no URL and no date: the title is the first
  line, the section its own line after it.
* ``vietnews``: ``github:ThanhChinhBK/vietnews`` (Nguyen et al., 2019, the VNDS summarisation
  set), 150,000 articles of 2016-2019 (tuoitre.vn, vnexpress.net, nguoiduatin.vn) kept only
  word-segmented ("Công_an TP. HCM cho_biết , …"); the text is joined back (syllables by a
  space, no space before a closing mark or after an opening one), so its spacing around
  marks is close to, not exactly, the published one. The files carry no URL, date or
  section: the title is the first line, the body follows. The repository states no licence:
  its articles are used only to count names (``benchmarks/mine_names.py``), never quoted.

The copyright of the articles stays with their publishers; the corpora are used as test and
benchmark material only.

    python benchmarks/realnews_corpora.py [--mirror /work/.mirror] [--out /work/corpora]
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import threading
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

MIRROR = Path("/work/.mirror")
OUT = Path("/work/corpora")

DANTRI_REPO = "undertheseanlp/resources"
DANTRI_DIR = "resources/CP_Vietnamese-UNC/datasets/CP_Vietnamese-UNC"
VIMS_REPO = "Phenikaa-University/Vietnamese-News-Summarization"
VIMS_DIR = "dataset/raw/News-mds/original"
VNTC_REPO = "magizbox/underthesea.classification"
# the last commit whose tree still holds the unpacked corpus (removed from the tree after it)
VNTC_COMMIT = "da29b0b7a1416c582e618dcc144dff18770798e8"
VNTC_DIR = "data/vntc/raw"
VNTC_COUNT = 35_500
VIETNEWS_REPO = "ThanhChinhBK/vietnews"
VIETNEWS_PARTS = ("train_tokenized", "val_tokenized", "test_tokenized")
VNTC_SECTIONS = {
    "Chinh tri Xa hoi": "Chính trị - Xã hội",
    "Doi song": "Đời sống",
    "Khoa hoc": "Khoa học",
    "Kinh doanh": "Kinh doanh",
    "Phap luat": "Pháp luật",
    "Suc khoe": "Sức khỏe",
    "The gioi": "Thế giới",
    "The thao": "Thể thao",
    "Van hoa": "Văn hóa",
    "Vi tinh": "Vi tính",
}

DANTRI_SECTIONS = {
    "business": "Kinh doanh",
    "education": "Giáo dục",
    "entertainment": "Giải trí",
    "health": "Sức khỏe",
    "science": "Khoa học",
    "society": "Xã hội",
    "sport": "Thể thao",
    "tech": "Sức mạnh số",
    "travel": "Du lịch",
    "world": "Thế giới",
}

# "…bếp.Lực lượng": a sentence end glued to the next paragraph (a lower-case letter, digit or
# bracket before the mark, so "TP.HCM" and "Q.1" stay whole), maybe with a quote mark that
# closes the paragraph or opens the next one.
_GLUE = re.compile(
    r"(?<=[a-zà-ỹđ0-9%)])[.!?…]+(?P<quote>[\"”“]?)(?=[A-ZÀ-ỸĐ\"“])"
    r"|(?<=[A-ZĐ])[.!?…](?P<closing>[\"”])(?=[A-ZÀ-ỸĐ])"
)
# Footers and widgets glued after the body: everything from the first one on is dropped.
_VIMS_FOOTER = re.compile(
    r"Độc giả gọi vào số|Tải ứng dụng|Độc giả chia sẻ Video|Toàn bộ bản quyền|Liên hệ quảng cáo"
)


@dataclass
class Article:
    """One article as it will be written: metadata lines, paragraphs and an optional byline."""

    name: str
    url: str
    title: str
    section: str
    date: str
    paragraphs: list[str] = field(default_factory=list)
    byline: str = ""

    def render(self) -> str:
        lines = [self.url] if self.url else []
        dateline = f"{self.section}, {self.date}".strip(", ")
        lines += [self.title, dateline] if dateline else [self.title]
        lines += self.paragraphs
        if self.byline:
            lines.append(self.byline)
        return "\n".join(lines) + "\n"


def git_dir(repo: str, mirror: Path) -> Path | None:
    path = mirror / repo.replace("/", "+") / "repo"
    return path if path.is_dir() else None


def _git(gdir: Path, *args: str) -> str:
    return subprocess.run(
        ["git", "--git-dir", str(gdir), *args], check=True, capture_output=True, text=True
    ).stdout


def _files(gdir: Path, folder: str) -> list[str]:
    return sorted(_git(gdir, "ls-tree", "-r", "--name-only", "HEAD", folder).splitlines())


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text.replace("\xa0", " ").replace("\r", ""))


def dantri_articles(gdir: Path) -> Iterator[Article]:
    """CP_Vietnamese-UNC: "# doc_id = …", "# url = …", "# date = YYYYMMDD", title, lines."""
    for path in _files(gdir, DANTRI_DIR):
        text = _nfc(_git(gdir, "show", f"HEAD:{path}"))
        meta: dict[str, str] = {}
        body: list[str] = []
        for line in text.splitlines():
            m = re.match(r"# (\w+) = (.*)", line)
            if m and not body:
                meta[m.group(1)] = m.group(2).strip()
            elif line.strip():
                body.append(line.strip())
        if len(body) < 3 or "doc_id" not in meta:
            continue
        category = meta["doc_id"].split("_")[1]
        d = meta.get("date", "")
        date = f"{d[6:8]}/{d[4:6]}/{d[:4]}" if len(d) == 8 else ""
        yield Article(
            name=meta["doc_id"],
            url=meta.get("url", ""),
            title=body[0],
            section=DANTRI_SECTIONS.get(category, category),
            date=date,
            paragraphs=body[1:],
        )


def _vims_fields(text: str) -> dict[str, str]:
    out: dict[str, str] = {}
    key = None
    for line in text.splitlines():
        m = re.match(r"(Title|Source|Link|Published Date|Author|Tags|Summary|Content): ?(.*)", line)
        if m:
            key = m.group(1)
            out[key] = m.group(2)
        elif key == "Content":
            out[key] += "\n" + line
    return out


def split_glued(body: str) -> list[str]:
    """Paragraphs of a body stored without breaks ("…bếp.Lực lượng…", "…nhà."Đường…").

    A straight quote after the mark closes the paragraph when the paragraph has an odd number
    of them so far, and opens the next one otherwise.
    """
    out: list[str] = []
    for chunk in body.split("\n"):
        start = 0
        for m in _GLUE.finditer(chunk):
            quote = m.group("quote") or ""
            cut = m.end()
            if quote in ('"', "“") and (
                quote == "“" or chunk.count('"', start, m.start()) % 2 == 0
            ):
                cut = m.end() - 1  # the quote opens the next paragraph
            out.append(chunk[start:cut])
            start = cut
        out.append(chunk[start:])
    return [p.strip() for p in out if p.strip()]


def vims_articles(gdir: Path) -> Iterator[Article]:
    seen: set[str] = set()
    for path in _files(gdir, VIMS_DIR):
        if not path.endswith(".txt"):
            continue
        f = _vims_fields(_nfc(_git(gdir, "show", f"HEAD:{path}")))
        url, content = f.get("Link", "").strip(), f.get("Content", "").strip()
        footer = _VIMS_FOOTER.search(content)
        if footer:
            content = content[: footer.start()]
        if not url.endswith(".html") or url in seen or "video." in url or len(content) < 300:
            continue
        paragraphs = split_glued(content)
        seen.add(url)
        title = re.sub(r"\s+-\s+[^-]{2,40}$", "", f.get("Title", "").strip())
        published = f.get("Published Date", "").strip()
        date = "" if published in ("", "N/A") else published
        parts = path.split("/")
        cluster, number = parts[-3], parts[-1].removesuffix(".txt")
        source = f.get("Source", "").strip()
        yield Article(
            name=f"{cluster.lower()}_{int(number):02d}",
            url=url,
            title=title,
            section=source,
            date=date,
            paragraphs=paragraphs,
            byline=f.get("Author", "").strip(),
        )


def _blobs(gdir: Path, specs: list[str]) -> Iterator[bytes]:
    """The contents of many ``commit:path`` blobs through one ``git cat-file --batch``
    (``b""`` for a blob the mirror lacks)."""
    proc = subprocess.Popen(
        ["git", "--git-dir", str(gdir), "cat-file", "--batch"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
    )
    assert proc.stdin is not None and proc.stdout is not None
    stdin = proc.stdin

    def write() -> None:
        try:
            stdin.write("".join(f"{s}\n" for s in specs).encode())
            stdin.close()
        except BrokenPipeError:
            pass

    writer = threading.Thread(target=write, daemon=True)
    writer.start()
    try:
        for _ in specs:
            header = proc.stdout.readline().split()
            if len(header) < 3 or header[1] != b"blob":
                yield b""
                continue
            data = proc.stdout.read(int(header[2]))
            proc.stdout.read(1)  # the newline after each blob
            yield data
    finally:
        proc.kill()
        proc.wait()


def _decode_vntc(data: bytes) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    return data.decode("utf-8-sig", errors="replace")


def vntc_articles(gdir: Path) -> Iterator[Article]:
    """VNTC: the title on the first line, one paragraph a line; section from the folder."""
    paths: list[str] = []
    for part in ("Train_Full", "Test_Full"):
        listed = _git(gdir, "ls-tree", "-r", "-z", "--name-only", VNTC_COMMIT, f"{VNTC_DIR}/{part}")
        paths += sorted(p for p in listed.split("\0") if p)
    specs = [f"{VNTC_COMMIT}:{p}" for p in paths]
    written = 0
    for path, data in zip(paths, _blobs(gdir, specs), strict=True):
        if written == VNTC_COUNT:
            return
        lines = [ln.strip() for ln in _nfc(_decode_vntc(data)).splitlines()]
        lines = [ln for ln in lines if ln]
        if len(lines) < 2:
            continue
        parts = path.split("/")
        # "DS_ VNE_ (12).txt" and "DS_VNE_ (12).txt" are different articles
        stem = re.sub(r"\s*\((\d+)\)$", r"\1", parts[-1].removesuffix(".txt"))
        number = stem.replace(" ", "-")
        written += 1
        yield Article(
            name=f"{parts[-3].split('_')[0].lower()}_{number}",
            url="",
            title=lines[0],
            section=VNTC_SECTIONS.get(parts[-2], parts[-2]),
            date="",
            paragraphs=lines[1:],
        )


# tokens a space never comes before / after when the segmented text is joined back
_CLOSING = frozenset({",", ".", ";", ":", "!", "?", ")", "]", "%", "…", "”", "’", "..."})
_OPENING = frozenset({"(", "[", "“", "‘"})
_STRAIGHT = frozenset({'"', "'"})


def join_segmented(line: str) -> str:
    """A word-segmented line joined back: "Công_an TP. HCM cho_biết , “ tú ông ” ." gives
    "Công an TP. HCM cho biết, “tú ông”."; straight quotes open and close in turn."""
    out: list[str] = []
    glue = True  # no space before the next token
    open_straight = False
    for token in line.split():
        token = token.replace("_", " ")
        if token in _STRAIGHT:
            open_straight = not open_straight
            if open_straight:
                out.append(token if glue else f" {token}")
                glue = True
            else:
                out.append(token)
            continue
        out.append(token if glue or token in _CLOSING else f" {token}")
        glue = token in _OPENING
    return "".join(out)


def vietnews_articles(gdir: Path) -> Iterator[Article]:
    """vietnews: the title on the first line, then the body, word-segmented."""
    paths: list[str] = []
    for part in VIETNEWS_PARTS:
        paths += _files(gdir, f"data/{part}")
    for path, data in zip(paths, _blobs(gdir, [f"HEAD:{p}" for p in paths]), strict=True):
        lines = [join_segmented(ln) for ln in _nfc(data.decode("utf-8", "replace")).splitlines()]
        lines = [ln for ln in lines if ln]
        if len(lines) < 2:
            continue
        part, name = path.split("/")[-2:]
        yield Article(
            name=f"{part.split('_')[0]}_{name.split('.')[0]}",
            url="",
            title=lines[0],
            section="",
            date="",
            paragraphs=lines[1:],
        )


CORPORA = {
    "dantri-unc": (DANTRI_REPO, dantri_articles),
    "vims-news": (VIMS_REPO, vims_articles),
    "vntc": (VNTC_REPO, vntc_articles),
    "vietnews": (VIETNEWS_REPO, vietnews_articles),
}


def articles(corpus: str, mirror: Path = MIRROR) -> list[Article] | None:
    """Every article of *corpus*, or None when its repository is not mirrored."""
    repo, reader = CORPORA[corpus]
    gdir = git_dir(repo, mirror)
    return None if gdir is None else list(reader(gdir))


def how_to_fetch(repo: str, mirror: Path) -> str:
    where = mirror / repo.replace("/", "+") / "repo"
    return f"mirror github:{repo} first, as a bare git directory at {where}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mirror", type=Path, default=MIRROR)
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--only", choices=sorted(CORPORA), action="append", help="these corpora")
    args = parser.parse_args(argv)
    status = 0
    for corpus, (repo, _) in CORPORA.items():
        if args.only and corpus not in args.only:
            continue
        found = articles(corpus, args.mirror)
        if found is None:
            print(
                f"{corpus}: no mirror of {repo} in {args.mirror}; {how_to_fetch(repo, args.mirror)}"
            )
            status = 1
            continue
        folder = args.out / corpus
        folder.mkdir(parents=True, exist_ok=True)
        for a in found:
            (folder / f"{a.name}.txt").write_text(a.render(), "utf-8")
        print(f"{corpus}: {len(found)} articles in {folder}")
    return status


if __name__ == "__main__":
    sys.exit(main())
