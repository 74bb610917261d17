"""Draw the real-news paragraphs of the annotated sets from the corpora at random (seeded).

Reads the article folders that ``benchmarks/realnews_corpora.py`` writes, picks one paragraph
from each of a random set of articles per (site, section) stratum and splits them into a
development part and a test part stratified the same way. Sections are the corpus's own
(dantri.com.vn) or, where a corpus has none (the 2024 set, mostly vnexpress.net), decided
from the title and tags by the keyword rules below; society articles about the state are
"politics". Each article gives one paragraph (up to three for the small sites grouped as
"other"). The last line of an article (the byline when there is one) is drawn more often so
that bylines and closing paragraphs are represented. Very long stored paragraphs (bodies
that were stored without breaks) are cut to a window of whole sentences.

    python benchmarks/realnews_sample.py [--corpora /work/corpora] > draft.jsonl

The output rows carry ``id``, ``part``, ``site``, ``section``, ``source`` (corpus/file:line,
and the character offsets of the window) and ``text``. The annotated files keep them.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections.abc import Callable
from pathlib import Path

CORPORA = Path("/work/corpora")
SEED = 20261203

# (site group, section): how many paragraphs to draw.
QUOTA = {
    ("dantri", "economy"): 50,
    ("dantri", "health"): 42,
    ("dantri", "world"): 38,
    ("dantri", "local"): 48,
    ("dantri", "politics"): 20,
    ("dantri", "sport"): 24,
    ("dantri", "culture"): 20,
    ("vnexpress", "economy"): 14,
    ("vnexpress", "health"): 14,
    ("vnexpress", "world"): 36,
    ("vnexpress", "local"): 60,
    ("vnexpress", "politics"): 6,
    ("vnexpress", "sport"): 5,
    ("vnexpress", "culture"): 12,
    ("other", "any"): 40,
}
DEV_SHARE = 0.62

_SECTION_WORDS = {
    "sport": "bóng đá|cầu thủ|HLV|đội tuyển|V-League|SEA Games|Asian Cup|World Cup|Ngoại hạng|"
    "Champions League|vô địch|tennis|quần vợt|golf|Olympic|thể thao|bàn thắng|trận",
    "health": "bệnh|bác sĩ|y tế|sức khỏe|thuốc|ung thư|vaccine|virus|dịch|điều trị|phẫu thuật|"
    "tiêm|ca mắc|sốt|ngộ độc",
    "world": "Mỹ|Trung Quốc|Nga|Ukraine|Israel|Gaza|Hamas|Nhật|Hàn Quốc|Triều Tiên|Iran|Anh|Pháp|"
    "Đức|Ấn Độ|Thái Lan|Philippines|Indonesia|Australia|châu Âu|EU|NATO|Liên Hợp Quốc|Houthi|"
    "Biden|Trump|Putin|Đài Loan|Myanmar|Campuchia|Lào|Singapore|Malaysia|Syria|Yemen",
    "politics": "Thủ tướng|Quốc hội|Tổng Bí thư|Chủ tịch nước|Bộ Chính trị|Trung ương|đại biểu|"
    "Ban Bí thư|Đảng|kỷ luật|bổ nhiệm|Chính phủ|Phó thủ tướng|nguyên Bộ trưởng|cách chức",
    "economy": "giá|doanh nghiệp|ngân hàng|tỷ đồng|USD|vàng|xuất khẩu|chứng khoán|bất động sản|"
    "cổ phiếu|lãi suất|thuế|GDP|kinh tế|đầu tư|thị trường|xăng|tập đoàn|công ty|lương",
    "culture": "phim|ca sĩ|nghệ sĩ|lễ hội|Tết|âm nhạc|hoa hậu|diễn viên|văn hóa|du lịch|sách|"
    "bảo tàng|di sản",
}
_SECTION_RE = {k: re.compile(rf"(?<!\w)(?:{v})(?!\w)") for k, v in _SECTION_WORDS.items()}
# world before politics: "Thủ tướng Israel" is world news.
_ORDER = ("sport", "health", "world", "politics", "economy", "culture")
DANTRI = {
    "Kinh doanh": "economy",
    "Sức khỏe": "health",
    "Thế giới": "world",
    "Thể thao": "sport",
    "Giải trí": "culture",
    "Xã hội": "local",
}
# a word glued to the next one ("ReutersGiá"): the paragraph is a scraping accident
_GLUE = re.compile(r"[a-zà-ỹđ]{3}[A-ZĐÀ-Ỹ][a-zà-ỹđ]{2,}")
_GLUE_OK = re.compile(r"TikTok|YouTube|iPhone|iPad|McDonald|LinkedIn|WhatsApp|PlayStation|OpenAI")
# site footers, contact lines and error pages glued to the 2024 bodies
_FOOTER = re.compile(
    r"@|Error code|[Gg]iấy phép|Điện thoại|Tổng Biên tập|Cấm sao chép|Số tài khoản|Fax|©|"
    r"Copyright|Vận hành và phát triển bởi|Chuyên trang"
)
_BROKEN = re.compile(r"Ã|á»|Âº|http|www\.|Chủ đề:|Xem thêm:")
_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"”]?\s+(?=[\"“]?[A-ZÀ-ỸĐ])")
MAX_CHARS = 480


def guess_section(text: str) -> str:
    """The section of an article from its title and tags; "local" when nothing matches."""
    for section in _ORDER:
        if _SECTION_RE[section].search(text):
            return section
    return "local"


def site_of(url: str) -> str:
    host = re.sub(r"^https?://(www\.)?", "", url).split("/")[0]
    return host.removeprefix("e.")


def _articles(folder: Path) -> list[tuple[Path, list[str]]]:
    return [(p, p.read_text("utf-8").splitlines()) for p in sorted(folder.glob("*.txt"))]


def strata(corpora: Path) -> dict[tuple[str, str], list[tuple[Path, list[str], str]]]:
    """Articles per (site group, section): (path, lines, site)."""
    out: dict[tuple[str, str], list[tuple[Path, list[str], str]]] = {}
    for path, lines in _articles(corpora / "dantri-unc"):
        section = DANTRI.get(lines[2].split(",")[0])
        if section is None:
            continue
        if section == "local" and _SECTION_RE["politics"].search(lines[1]):
            section = "politics"
        out.setdefault(("dantri", section), []).append((path, lines, "dantri.com.vn"))
    for path, lines in _articles(corpora / "vims-news"):
        site = site_of(lines[0])
        if site == "vnexpress.net":
            out.setdefault(("vnexpress", guess_section(lines[1])), []).append((path, lines, site))
        else:
            out.setdefault(("other", "any"), []).append((path, lines, site))
    return out


def _window(text: str, rng: random.Random) -> tuple[int, int]:
    """Offsets of a run of whole sentences of at most MAX_CHARS in a long paragraph."""
    if len(text) <= MAX_CHARS:
        return 0, len(text)
    starts = [0] + [m.end() for m in _SENTENCE_END.finditer(text)]
    ends = [m.start() + len(m.group().rstrip()) for m in _SENTENCE_END.finditer(text)]
    ends.append(len(text))
    first = rng.randrange(len(starts))
    s = starts[first]
    e = next((x for x in ends if x > s), len(text))
    for x in ends:
        if s < x <= s + MAX_CHARS:
            e = x
    return s, e


def _clean(text: str) -> bool:
    """Not mojibake, a link, an English paragraph or a fragment cut inside a sentence."""
    if _BROKEN.search(text) or (not text[0].isupper() and text[0] not in '"“('):
        return False
    letters = [ch for ch in text if ch.isalpha()]
    marked = sum(1 for ch in letters if ord(ch) > 0x7F)
    return marked >= 0.05 * len(letters)


def _usable(text: str, last: bool) -> bool:
    if len(text) < (3 if last else 25) or not re.search(r"[^\W\d_]", text):
        return False
    return not _GLUE.search(_GLUE_OK.sub("", text))


def draw(corpora: Path, seed: int = SEED) -> list[dict[str, object]]:
    rng = random.Random(seed)
    rows: list[dict[str, object]] = []
    groups = strata(corpora)
    for key in sorted(QUOTA):
        pool = list(groups.get(key, []))
        rng.shuffle(pool)
        if key[0] == "other":  # few articles from many sites: up to three paragraphs each
            pool = pool * 3
        taken: set[tuple[Path, int]] = set()
        picked: list[dict[str, object]] = []
        for path, lines, site in pool:
            if len(picked) == QUOTA[key]:
                break
            body = list(range(3, len(lines)))
            if not body:
                continue
            for attempt in range(3 if key[0] == "dantri" else 6):  # another paragraph or window
                n = body[-1] if rng.random() < 0.15 else rng.choice(body)
                if key[0] != "dantri" and n != body[-1] and len(body) > 1:
                    n = rng.choice(body[:-1])  # the byline only by the 15% draw
                if key[0] != "dantri" and attempt and len(body) > 1:  # retries: no byline
                    n = rng.choice(body[:-1])
                line = lines[n].strip()
                if key[0] == "dantri":  # real paragraphs: checked whole, cut below if long
                    s, e, text, ok = 0, len(line), line, True
                else:  # bodies stored without breaks: the window is checked, footers skipped
                    s, e = _window(line, random.Random(f"{seed}:{path.name}:{n}:{attempt}"))
                    text = line[s:e].strip()
                    ok = not _FOOTER.search(text) and _clean(text)
                if ok and (path, n) not in taken and _usable(text, n == body[-1]):
                    break
            else:
                continue
            taken.add((path, n))
            if key[0] == "dantri":
                s, e = _window(text, rng)
                text = text[s:e].strip()
            section = key[1] if key[0] != "other" else guess_section(lines[1])
            picked.append(
                {
                    "site": site,
                    "section": section,
                    "source": f"{path.parent.name}/{path.name}:{n + 1}[{s}:{e}]",
                    "text": text,
                    "stratum": f"{key[0]}/{key[1]}",
                }
            )
        order = list(range(len(picked)))
        rng.shuffle(order)
        n_dev = round(len(picked) * DEV_SHARE)
        for rank, k in enumerate(order):
            picked[k]["part"] = "dev" if rank < n_dev else "test"
        rows += picked
    counters: dict[str, int] = {}
    for row in rows:
        prefix = f"rn-{row['part']}-{str(row['site']).split('.')[0]}"
        counters[prefix] = counters.get(prefix, 0) + 1
        row["id"] = f"{prefix}-{counters[prefix]:03d}"
    return rows


def cli(
    draw_rows: Callable[[Path, int], list[dict[str, object]]],
    description: str,
    seed: int,
    argv: list[str] | None = None,
) -> int:
    """Parse ``--corpora`` and ``--seed``, draw with *draw_rows* and print one JSON row a line."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--corpora", type=Path, default=CORPORA)
    parser.add_argument("--seed", type=int, default=seed)
    args = parser.parse_args(argv)
    if not (args.corpora / "dantri-unc").is_dir():
        print(f"no corpora in {args.corpora}: run benchmarks/realnews_corpora.py first")
        return 1
    for row in draw_rows(args.corpora, args.seed):
        print(json.dumps(row, ensure_ascii=False))
    return 0


def main(argv: list[str] | None = None) -> int:
    return cli(draw, __doc__.split("\n\n")[0], SEED, argv)


if __name__ == "__main__":
    sys.exit(main())
