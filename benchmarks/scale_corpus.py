"""The generated corpora of ``benchmarks/scale.py``: realistic Vietnamese news files.

Sentences of the hand-annotated sets, generated names (a few people often in the news, most
rarely), places and figures, lengths with a median near 3 KB and a few 50 KB files, and the
seeds' page furniture (share widgets, font-size bars, datelines, captions, bylines,
"Bình luận"), written once into ``benchmarks/.cache/scale-N-vV`` and kept; and the 20
queries measured on them.
"""

from __future__ import annotations

import json
import math
import random
import re
import shutil
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CACHE = ROOT / "benchmarks" / ".cache"
DATA = ROOT / "benchmarks" / "data"
ANALYSIS_DATA = ROOT / "vnreader" / "analysis" / "data"
GENERATOR_VERSION = 2


SITES = ["vtcnews.vn", "zingnews.vn", "baoquocte.vn", "vnexpress.net", "tuoitre.vn", "vov.vn"]
SECTIONS = ["Thế giới > Châu Á", "Thời sự", "Kinh doanh", "Xã hội", "Sức khỏe", "Thể thao"]
TOP_JUNK = ["• Zalo", "Nhỏ Bình thường Lớn", "Chia sẻ Facebook Zalo", "Google News"]
BOTTOM_JUNK = ["Bình luận", "Theo TTXVN", "Tin/ảnh: Minh Anh", "Xem thêm:", "Từ khóa:"]
MIDDLES = ["Văn", "Thị", "Hữu", "Minh", "Thanh", "Đức", "Quốc", "Ngọc", "Xuân", "Hoàng", "Anh"]
GIVEN = [
    "An",
    "Bình",
    "Chi",
    "Cường",
    "Dũng",
    "Dương",
    "Giang",
    "Hà",
    "Hải",
    "Hạnh",
    "Hiếu",
    "Hoa",
    "Hùng",
    "Hương",
    "Khánh",
    "Lan",
    "Linh",
    "Long",
    "Mai",
    "Minh",
    "Nam",
    "Nga",
    "Ngân",
    "Nhung",
    "Phong",
    "Phúc",
    "Phương",
    "Quân",
    "Quang",
    "Sơn",
    "Tâm",
    "Thảo",
    "Thắng",
    "Thịnh",
    "Thủy",
    "Trang",
    "Trung",
    "Tuấn",
    "Tùng",
    "Việt",
    "Vinh",
    "Yến",
    "Khoa",
    "Lộc",
    "Đạt",
    "Hiền",
    "Toàn",
    "Vũ",
    "Huy",
    "Kiên",
    "Nhân",
]
TITLES = ["Bộ trưởng", "Thứ trưởng", "Chủ tịch", "Giám đốc", "ông", "bà", "Phó Thủ tướng"]
UNITS = ["tỷ đồng", "triệu đồng", "USD", "tấn", "ha", "người", "ca mắc", "km"]
WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZĐÀ-Ỹ“\"])")


def _pool() -> list[str]:
    sentences: list[str] = []
    for name in ("gold.jsonl", "heldout.jsonl", "dev2.jsonl"):
        for line in (DATA / name).read_text("utf-8").splitlines():
            text = json.loads(line)["text"]
            sentences.extend(s for s in _SENTENCE_END.split(text) if len(s.split()) >= 6)
    return sentences


def _places() -> list[str]:
    places = []
    for line in (ANALYSIS_DATA / "locations.txt").read_text("utf-8").splitlines():
        if line and not line.startswith("#"):
            places.append(line.split("|")[1])
    return places


def _surnames() -> list[str]:
    lines = (ANALYSIS_DATA / "surnames.txt").read_text("utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


class Generator:
    """Deterministic article files; ``names`` counts the articles each person appears in."""

    def __init__(self, seed: int = 0) -> None:
        self.rng = random.Random(seed)
        self.sentences = _pool()
        self.places = _places()
        self.surnames = _surnames()
        self.names: Counter[str] = Counter()

    def person(self) -> str:
        rng = self.rng
        # a Zipf-like choice: a few people are in the news every day, most rarely
        surname = self.surnames[min(int(rng.paretovariate(1.2)) - 1, len(self.surnames) - 1)]
        return f"{surname} {rng.choice(MIDDLES)} {rng.choice(GIVEN)}"

    def figure(self) -> str:
        rng = self.rng
        roll = rng.random()
        if roll < 0.3:
            return f"{rng.randint(1, 999)},{rng.randint(1, 9)} {rng.choice(UNITS)}"
        if roll < 0.5:
            return f"{rng.randint(1, 99)}%"
        if roll < 0.7:
            return f"ngày {rng.randint(1, 28)}/{rng.randint(1, 12)}/{rng.randint(2015, 2024)}"
        return f"{rng.randint(2, 900)}.{rng.randint(100, 999)} {rng.choice(UNITS)}"

    def paragraph(self, people: list[str]) -> str:
        rng = self.rng
        parts = [rng.choice(self.sentences) for _ in range(rng.randint(2, 4))]
        roll = rng.random()
        if roll < 0.35:
            parts.insert(0, f"{rng.choice(TITLES)} {rng.choice(people)} cho biết,")
        elif roll < 0.6:
            parts.append(
                f"Theo số liệu tại {rng.choice(self.places)}, con số này đạt {self.figure()}, "
                f"tăng {rng.randint(1, 60)}% so với {self.figure()}."
            )
        return " ".join(parts)

    def article(self, size: int, site: str) -> str:
        rng = self.rng
        people = [self.person() for _ in range(rng.randint(1, 3))]
        for name in set(people):
            self.names[name] += 1
        title_words = rng.choice(self.sentences).rstrip(".").split()[: rng.randint(8, 16)]
        if rng.random() < 0.3:
            title_words = [*people[0].split(), "tại", rng.choice(self.places), *title_words[:6]]
        title = " ".join(title_words)
        lines: list[str] = []
        if rng.random() < 0.6:
            lines.append(rng.choice(TOP_JUNK))
        if rng.random() < 0.3:
            lines.append("Nhỏ Bình thường Lớn")
        lines.append(title)
        if rng.random() < 0.5:
            day = f"{rng.randint(1, 28):02}/{rng.randint(1, 12):02}/{rng.randint(2019, 2024)}"
            lines.append(
                f"{rng.choice(SECTIONS)}{rng.choice(WEEKDAYS)}, {day} "
                f"{rng.randint(0, 23):02}:{rng.randint(0, 59):02}:00 +07:00Google News"
            )
        body: list[str] = []
        length = 0
        while length < size:
            paragraph = self.paragraph(people)
            if not body and rng.random() < 0.4:
                paragraph = f"({rng.choice(['VTC News', 'TTXVN', 'Dân trí'])}) - {paragraph}"
            body.append(paragraph)
            length += len(paragraph)
            if rng.random() < 0.08:
                body.append(f"{title} - {len(body)}")  # a photo caption
                body.append(f"{rng.choice(TITLES)} {rng.choice(people)} phát biểu.")
        lines.extend(body)
        if rng.random() < 0.6:
            lines.append(rng.choice(people).split()[-2] + " " + rng.choice(GIVEN))  # byline
        if rng.random() < 0.5:
            lines.append(rng.choice(BOTTOM_JUNK))
        if rng.random() < 0.5:
            lines.append(site)
        sep = "\r\n\r\n" if rng.random() < 0.05 else "\n\n"
        return sep.join(lines) + "\n"

    def size(self, index: int, count: int) -> int:
        if index % max(1, count // 4) == 7:  # a few 50 KB files
            return 50_000
        return int(min(45_000, max(600, self.rng.lognormvariate(math.log(2000), 0.55))))


def corpus_folder(count: int) -> Path:
    return CACHE / f"scale-{count}-v{GENERATOR_VERSION}"


def generate(count: int) -> Path:
    """The generated corpus of *count* articles (made once, kept in benchmarks/.cache)."""
    folder = corpus_folder(count)
    done = folder / ".complete.json"
    if done.exists():
        return folder
    shutil.rmtree(folder, ignore_errors=True)
    gen = Generator(seed=count)
    started = time.perf_counter()
    made: set[Path] = set()
    for i in range(count):
        site = SITES[i % len(SITES)]
        sub = folder / site.split(".")[0] / f"{i // 1000:03}"
        if sub not in made:
            sub.mkdir(parents=True, exist_ok=True)
            made.add(sub)
        text = gen.article(gen.size(i, count), site)
        (sub / f"{site.split('.')[0]}_{i:06}.txt").write_text(text, "utf-8")
    rare = [n for n, c in gen.names.items() if 2 <= c <= 8]
    common = [n for n, _ in gen.names.most_common(3)]
    done.write_text(json.dumps({"rare": sorted(rare)[:3], "common": common}, ensure_ascii=False))
    print(f"  generated {count:,} files in {time.perf_counter() - started:.1f} s", flush=True)
    return folder


def queries_for(folder: Path) -> list[str]:
    """20 varied queries: common and rare words, phrases, names, a half-typed query."""
    names = {"rare": [], "common": []}
    meta = folder / ".complete.json"
    if meta.exists():
        names = json.loads(meta.read_text("utf-8"))
    people = [*names["common"][:2], *names["rare"][:2]]  # of the generated corpus
    people += ["Bùi Thanh Sơn", "Nguyễn Xuân Phúc", "Nguyễn Phú Trọng", "Phạm Minh Chính"]
    fixed = [
        "ha noi",
        "viet nam",
        "kinh te",
        "nguoi dan",
        "covid",
        "thu tuong ch",
        "vaccine",
        '"bo ngoai giao"',
        '"ty dong"',
        "thu tuong chinh phu",
        "gia xang tang",
        "hop tac",
        "ca mac moi",
        "thuc day quan he",
        '"lien bang nga"',
        "dau tu",
    ]
    return (people[:6] + fixed)[:20]
