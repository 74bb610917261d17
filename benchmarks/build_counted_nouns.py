"""Mine the counted nouns of several syllables from a word-segmented news corpus.

A figure's span never ends inside a word (GUIDELINE rule 42): "15.000 lính dù", "60.000 vỏ lon",
"3 máy lạnh" are counted by the whole word, not by "lính", "vỏ", "máy". Vietnamese writes every
syllable apart, so the recogniser cannot see where such a word ends unless it knows the word.
The vietnews corpus (``github:ThanhChinhBK/vietnews``, mirrored as for
``realnews_corpora.py``) is word-segmented by a tool ("15.000 lính_dù"): this script counts the
words of two or three lower-case syllables that stand right after a number there (past a
scale word: "2 triệu người_lao_động"), and how often their first syllable stood after a number
split from the rest ("người lớn" segmented "người lớn" and not "người_lớn"). A word is kept when
it stood after a number at least ``MIN_COUNT`` times, whole at least ``MIN_JOINED`` of the
times its syllables stood there.

Left out, so that the classifier rule (rule 24) and the units keep deciding:

* words begun by a classifier or by a unit of its own that stands alone before what it counts
  ("2.300 hộ dân", "1.335 ca mắc", "2 xe tải", "5 tấm ảnh", "15 thửa đất": ``CLASSIFIERS``),
  or by a unit or a length of time ("3 năm học", "5 tấn lúa"), since a unit is no noun to be
  cut; only words begun by people ("người lao động", "lính dù": ``person``) or by "phiếu"
  ("phiếu bầu": ``vote``) keep their unit, and "nhà" is left to ``figure_nouns.py``'s lists
  ("nhà hàng" a thing, "nhà báo" a person);
* "người dân" and "người thân", which the development sets count by "người" alone (the
  labelled sets' decision, kept since b945b07);
* verbs ("2 tiếp tục": found after "đã", "sẽ" … more than ``MAX_AFTER_VERB_MARKER`` of their
  times), words that never count ("12 âm lịch", "5 thậm chí": after "các", "những", "chiếc"
  … less than ``MIN_AFTER_DETERMINER`` of their times), words begun by a function word or a
  verb pair of ``figure_nouns.py`` ("có thể", "bảo vệ"), and words with a digit or a sign.

Articles of the corpus that hold a paragraph of a blind set or of a set awaiting its first
score (``hidden_sets.py``) are left out, as in ``mine_names.py``. The result is written to
``vnreader/analysis/data/counted_nouns.txt``, one word a line with "_" between syllables,
with a header saying how it was made; ``figure_nouns.py`` reads it.

    python benchmarks/build_counted_nouns.py [--mirror /work/.mirror] [--limit N] [--dry-run]
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tarfile
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import hidden_sets
from realnews_corpora import (
    MIRROR,
    VIETNEWS_PARTS,
    VIETNEWS_REPO,
    _nfc,
    git_dir,
    join_segmented,
)

from vnreader.analysis import figure_units as fu
from vnreader.analysis.figure_nouns import VERB_PAIRS

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "vnreader" / "analysis" / "data" / "counted_nouns.txt"
MIN_COUNT = 5  # times after a number
MAX_OVERLAPPED = 0.1  # times cut by the next word ("người thương_vong"), against times whole
MIN_JOINED = 0.6  # share of the first syllable's times after a number where the word was whole

# First syllables that count alone before the thing counted (GUIDELINE rules 24, 42, 54, 95):
# the word they begin is cut after them.
CLASSIFIERS = fu.words(
    """
    hộ ca lượt suất chiếc con cái tấm thửa hột cuộc vụ lần bức quả cây bộ cặp đôi đợt
    tờ cuốn quyển căn ngôi toà tòa khu lô mảnh miếng viên hạt cục gói thùng bao chai lọ nhà
    hộp túi bó kiện xe tàu chuyến lá trang bài câu đoạn dòng mẫu loại món phần
    """
)
# Words after which only a verb or an adjective stands ("đã tiếp_tục", "sẽ phối_hợp"): a word
# found after them more than MAX_AFTER_VERB_MARKER of its times is a verb, no counted noun.
VERB_MARKERS = fu.words("đã đang sẽ chưa hãy đừng")
MAX_AFTER_VERB_MARKER = 0.002
# Words before a plural or counted noun ("các", "những", "mỗi", "chiếc"): a counted noun follows
# them at least MIN_AFTER_DETERMINER of its times.
DETERMINERS = fu.words("các những nhiều mỗi vài mấy từng chiếc cái con")
MIN_AFTER_DETERMINER = 0.01
# "người dân", "người thân": counted by "người" in the labelled sets
KEPT_APART = frozenset({"người_dân", "người_thân"})
_NUMBER = re.compile(r"\d[\d.,]*$")
_SCALES = fu.words("nghìn ngàn triệu tỷ tỉ vạn trăm chục")
_SYLLABLE = re.compile(r"[^\W\d_]+$")


def segmented_articles(mirror: Path, limit: int | None) -> Iterator[list[str]]:
    """The lines of every vietnews article, still segmented, leaving out the hidden ones (read
    through one ``git archive``: far faster than a blob at a time)."""
    gdir = git_dir(VIETNEWS_REPO, mirror)
    if gdir is None:
        raise SystemExit(f"mirror github:{VIETNEWS_REPO} first (as realnews_corpora.py says)")
    hidden = hidden_sets.load()
    folders = [f"data/{part}" for part in VIETNEWS_PARTS]
    cmd = ["git", "--git-dir", str(gdir), "archive", "HEAD", *folders]
    with (
        subprocess.Popen(cmd, stdout=subprocess.PIPE) as proc,
        tarfile.open(fileobj=proc.stdout, mode="r|") as tar,
    ):
        read = 0
        for member in tar:
            if not member.isfile() or (limit is not None and read >= limit):
                continue
            read += 1
            data = tar.extractfile(member)
            if data is None:
                continue
            text = _nfc(data.read().decode("utf-8", "replace"))
            lines = [ln for ln in text.splitlines() if ln.strip()]
            part, name = member.name.split("/")[-2:]
            ident = f"vietnews/{part.split('_')[0]}_{name.split('.')[0]}.txt"
            if ident in hidden.sources or hidden.holds("\n".join(map(join_segmented, lines))):
                continue
            yield lines


class Counts:
    """What the corpus says of each word: after a number whole (``joined``) or split
    (``split``: "người lớn" counted as "người_lớn"), anywhere (``seen``) and after a word
    that only a verb follows (``after_verb_marker``: "đã tiếp_tục") or a determiner
    (``after_determiner``: "các máy_lạnh"), and after a number cut by the next word
    (``overlapped``: "người_thương" in "3 người thương_vong", "bệnh_viện_tư" in "bệnh_viện
    tư_nhân")."""

    def __init__(self) -> None:
        self.joined: Counter[str] = Counter()
        self.split: Counter[str] = Counter()
        self.seen: Counter[str] = Counter()
        self.after_verb_marker: Counter[str] = Counter()
        self.after_determiner: Counter[str] = Counter()
        self.overlapped: Counter[str] = Counter()


def count(articles: Iterator[list[str]]) -> Counts:
    """Count the words of several syllables of *articles* (see :class:`Counts`)."""
    c = Counts()
    joined, split = c.joined, c.split
    for lines in articles:
        for line in lines:
            tokens = line.split()
            for i, tok in enumerate(tokens):
                if "_" in tok:
                    c.seen[tok] += 1
                    before = tokens[i - 1].lower() if i else ""
                    if before in VERB_MARKERS:
                        c.after_verb_marker[tok] += 1
                    elif before in DETERMINERS:
                        c.after_determiner[tok] += 1
            for i, tok in enumerate(tokens[:-1]):
                if not _NUMBER.match(tok):
                    continue
                j = i + 1
                if tokens[j].lower() in _SCALES and j + 1 < len(tokens):
                    j += 1
                word = tokens[j]
                if not word.islower():
                    continue
                if "_" in word:
                    joined[word] += 1
                after = tokens[j + 1] if j + 1 < len(tokens) else ""
                if "_" in after and after.islower():
                    parts = after.split("_")
                    for k in range(1, len(parts)):
                        c.overlapped[f"{word}_{'_'.join(parts[:k])}"] += 1
                elif j + 1 < len(tokens) and tokens[j + 1].islower():
                    split[f"{word}_{tokens[j + 1]}"] += 1
                    if j + 2 < len(tokens) and tokens[j + 2].islower():
                        split[f"{word}_{tokens[j + 1]}_{tokens[j + 2]}"] += 1
    return c


def keep(word: str, c: Counts) -> bool:
    syllables = word.split("_")
    head = syllables[0]
    times = c.joined[word]
    if len(syllables) > 3 or times < MIN_COUNT or times < MIN_JOINED * (times + c.split[word]):
        return False
    if c.after_verb_marker[word] > MAX_AFTER_VERB_MARKER * c.seen[word]:
        return False  # "2 tiếp tục", "3 phát hiện": a verb, not a counted noun
    if c.after_determiner[word] < MIN_AFTER_DETERMINER * c.seen[word]:
        return False  # "12 âm lịch", "5 thậm chí": never "các âm_lịch", no counted noun
    if head in fu.STOP_AFTER_NUMBER or " ".join(syllables) in VERB_PAIRS:
        return False  # "2 có thể", "3 bị thương", "3 bảo vệ": the recogniser's own word lists
    if word in KEPT_APART or head in CLASSIFIERS:
        return False
    if c.overlapped[word] > MAX_OVERLAPPED * times:
        return False  # "3 người thương vong": "người thương" would cut "thương vong"
    if head in fu.UNITS and fu.UNITS[head][1] not in ("person", "vote"):
        return False  # "3 năm học", "5 tấn lúa", "2 xe tải": a unit counts alone; people do not
    return all(_SYLLABLE.match(s) for s in syllables)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--mirror", type=Path, default=MIRROR)
    parser.add_argument("--limit", type=int, help="read only the first N articles")
    parser.add_argument("--dry-run", action="store_true", help="print, do not write")
    args = parser.parse_args(argv)
    c = count(segmented_articles(args.mirror, args.limit))
    kept = sorted(w for w in c.joined if keep(w, c))
    if args.dry_run:
        for w in kept:
            print(
                w, c.joined[w], c.split[w], c.after_verb_marker[w], c.after_determiner[w], c.seen[w]
            )
        return 0
    header = (
        "# Counted nouns of several syllables, mined by benchmarks/build_counted_nouns.py\n"
        f"# from the word-segmented vietnews corpus: after a number at least {MIN_COUNT} times,\n"
        f"# whole in at least {MIN_JOINED:.0%} of the times its syllables stood there.\n"
        "# Do not edit by hand.\n"
    )
    OUT.write_text(header + "".join(f"{w}\n" for w in kept), "utf-8")
    print(f"{len(kept)} words written to {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
