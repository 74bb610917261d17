"""Build ``data/org_fields.txt``: the fields that name a body between its head and its place.

Vietnamese news writes a body's name as a head, a field and a place ("Sở Du lịch Hà Nội",
"Cục Hàng không dân dụng Trung Quốc", "Phòng Thi hành án TP Cần Thơ"), and often the field
in lower case, wholly or after its first word ("Sở du lịch Hà Nội", "Sở Giao thông công
chánh TP.HCM", "Cục thuế Thái Bình"; older news above all). After "Sở" or "Cục" a lower-case
word may as well be a verb ("Sở chỉ đạo Hà Nội …"), so the recogniser cannot take any
lower-case words: it takes the fields that news has written as names.

This script reads the real-news corpora (``/work/corpora``, the articles of every blind and
fresh set left out, as in ``mine_names.py``) with the recogniser's tokens and gazetteer, and
counts every run of at most seven words between a capitalised organisation head
(``data/org_heads.txt``; not after another capitalised word: "Tây Ban Nha") and a place the
recogniser knows ("Hà Nội", "tỉnh Bắc Giang", "TP. Đà Nẵng", "quận 3"). A field is kept when
the articles of at least ``MIN_ARTICLES`` write it so and at least ``MIN_CAPITALISED`` of
them with its first word capitalised, as a name ("Cục Thuế Hà Nội"), with no function word,
verb of a clause or number in it. The recogniser takes a kept field, in any case, after a
capitalised head when the place follows it (``entity_orgs.OrgRules.known_field``).

    python benchmarks/build_fields.py [--corpora /work/corpora] [--limit N] [--show]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from mine_names import articles, blind_keys, test_articles

from vnreader.analysis.entity_orgs import FIELD_HEADS
from vnreader.analysis.entity_scan import Scan
from vnreader.analysis.entity_tokens import tokenize
from vnreader.analysis.gazetteer import gazetteer

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "vnreader" / "analysis" / "data" / "org_fields.txt"
CORPORA = Path("/work/corpora")

MIN_ARTICLES = 3
MIN_CAPITALISED = 2
MAX_WORDS = 7
# words no field holds: function words, and verbs that start a clause ("Sở chỉ đạo …")
NOT_IN_FIELD = frozenset(
    {"ở", "tại", "của", "với", "từ", "giữa", "về", "khỏi", "hay", "hoặc", "trên", "dưới"}
    | {"cho", "đã", "vừa", "đang", "sẽ", "được", "bị", "là", "có", "này", "đó", "các"}
    | {"những", "thì", "mà", "nhưng", "rằng", "cũng", "đều", "lại", "ra", "vào", "đến"}
    | {"theo", "sau", "trước", "khi", "nơi", "do", "bởi", "như", "gồm", "cùng", "chỉ", "còn"}
    | {"nay", "nói", "biết", "yêu", "cầu", "gặp", "sang"}
)

# words a field does not end with: the administrative word of the place after it ("Công an
# tỉnh | Nghệ An" names the province's police, its field is none)
ADMIN_LAST = frozenset({"tỉnh", "huyện", "quận", "phường", "xã"})
# two-word administrative words a field must not end with, nor with their first word ("Sở Y
# tế thành phố | Hà Nội", "đô thị | xã X")
ADMIN_PAIRS = frozenset({"thị xã", "thị trấn", "thành phố"})
# fields that news writes before a place but that name no body ("Hội người | Việt …", "Liên
# hiệp vương quốc | Anh": a country), that are a word of a place's name ("Đại học | Bắc |
# Carolina"), or that make a common word with "Phòng"
NOT_FIELDS = frozenset(
    {"người", "vương quốc", "bắc", "nam", "đông", "tây", "châu", "tư"}
    # "Phòng" + these are common words ("phòng thủ" defence, "phòng khám" a clinic)
    | {"thủ", "chống", "khám", "trà", "họp", "ngủ", "cháy"}
)


def _acronym(word: str) -> bool:
    return len(word) > 1 and word.isupper()


def fields(text: str, scan_of: type[Scan] = Scan) -> list[tuple[str, bool]]:
    """(field in lower case, written with a capital first) of each head-field-place in *text*."""
    tokens = tokenize(text)
    n = len(tokens.words)
    if n < 3:
        return []
    scan = scan_of(text, tokens, gazetteer(), [False] * n)
    words, gaps = tokens.words, tokens.gaps
    found: list[tuple[str, bool]] = []
    for i in range(n - 2):
        if not words[i][0].isupper():
            continue
        if i > 0 and gaps[i - 1] == " " and words[i - 1][0].isupper():
            continue  # "Tây Ban Nha", "Nam Bộ"
        known = scan.name(i)
        if known is not None and len(known.words) > 1:
            continue  # "Đài Loan", "Trường Sa": a known name that starts like a head
        cue = scan.cue(i)
        if cue is None and words[i] == "Phòng":
            j = i + 1  # a department ("Phòng Thi hành án"), no head in the gazetteer alone
        elif cue is None or cue.label != "HEAD" or " ".join(cue.words) not in FIELD_HEADS:
            continue
        else:
            j = i + len(cue.words)
        if j >= n or gaps[j - 1] != " " or words[j].lower() in NOT_IN_FIELD:
            continue
        best: int | None = None  # the longest field that ends before a place
        for m in range(j + 1, min(n, j + MAX_WORDS + 1)):
            word = words[m - 1]
            if not word.isalpha() or word.lower() in NOT_IN_FIELD or _acronym(word):
                break
            if gaps[m - 1] not in (" ", "-") or (gaps[m - 1] == "-" and not word.islower()):
                break
            if m - 1 > j and not word.islower():
                break  # a capital inside: a name of its own ("Sài Gòn"), not a field
            if (
                gaps[m - 1] == " "
                and word.lower() not in ADMIN_LAST
                and f"{word.lower()} {words[m].lower()}" not in ADMIN_PAIRS
                and f"{words[m - 2].lower()} {word.lower()}" not in ADMIN_PAIRS
                and (scan.place_after(m) > m or scan.numbered_district(m))
            ):
                best = m
        if best is not None:
            parts = [words[j].lower()]
            for t in range(j + 1, best):
                parts.append(("- " if gaps[t - 1] == "-" else "") + words[t].lower())
            field = " ".join(parts)
            if not field.endswith(" và") and field not in NOT_FIELDS:
                found.append((field, words[j][0].isupper()))
    return found


def mine(corpora: Path, limit: int | None) -> tuple[Counter[str], Counter[str]]:
    """Articles that write each field, and those that write it with a capital first."""
    files, clusters = test_articles()
    seen: Counter[str] = Counter()
    capital: Counter[str] = Counter()
    for _, body in articles(corpora, limit, files, clusters, blind_keys()):
        written: dict[str, bool] = defaultdict(bool)
        for field, cap in fields(body):
            written[field] |= cap
        for field, cap in written.items():
            seen[field] += 1
            capital[field] += cap
    return seen, capital


HEADER = """\
# Fields that name a body between its head and its place ("Sở | du lịch | Hà Nội", "Cục |
# hàng không dân dụng | Trung Quốc"), in lower case, one per line; a dash stands between two
# halves ("phát thanh - truyền hình"). Written by benchmarks/build_fields.py from real news:
# each was written so, before a place, in at least 3 articles, with its first word capitalised
# in at least 2 of them (a one-word field also in lower case). Do not edit by hand:
# rebuild.
"""


def keep(field: str, seen: int, capital: int) -> bool:
    """True for a field written so often enough, and as a name. A one-word field that news
    always capitalises ("Đại học | Harvard | Mỹ") is left to the recogniser's capitals."""
    if seen < MIN_ARTICLES or capital < MIN_CAPITALISED:
        return False
    return " " in field or capital < seen


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpora", type=Path, default=CORPORA)
    parser.add_argument("--limit", type=int, default=40000, help="articles per corpus")
    parser.add_argument("--show", action="store_true", help="print the counts, write nothing")
    args = parser.parse_args(argv)
    if not args.corpora.is_dir():
        print(f"no corpora at {args.corpora}: see benchmarks/realnews_corpora.py", file=sys.stderr)
        return 1
    seen, capital = mine(args.corpora, args.limit)
    kept = sorted(f for f in seen if keep(f, seen[f], capital[f]))
    if args.show:
        for f in sorted(seen, key=lambda f: (-seen[f], f)):
            if seen[f] >= 2:
                mark = "+" if f in kept else " "
                print(f"{mark} {seen[f]:5} {capital[f]:5}  {f}")
        return 0
    OUT.write_text(HEADER + "".join(f"{f}\n" for f in kept), "utf-8")
    print(f"{len(kept)} fields written to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
