"""Build ``data/common_acronyms.txt``: acronyms that real news spells out as common nouns.

Vietnamese news shortens common nouns to their initials ("an toàn giao thông (ATGT)",
"cơ sở dữ liệu quốc gia về dân cư (CSDLQGDC)", "điện kế điện tử (ĐKĐT)") and then writes the
acronym alone, often in another article than the one that spells it out. The recogniser takes
an unknown acronym for an organisation ("VABIOTECH"); within one text it already drops an
acronym the text spells out as a common noun (``entity_shorts.drop_common_acronyms``). This
script carries that knowledge across articles: it reads the real-news corpora
(``/work/corpora``, the articles of every blind and fresh set left out, as ``mine_names.py``
does), and for every acronym in brackets counts the articles that spell it out as a common
noun (the lower-case words right before the bracket, whose initials it is, in no entity and
after no head: the recogniser's own test) and those that spell it out as a name (in brackets
right after an organisation, or after capitalised words whose initials it is). An acronym is
kept when at least ``MIN_ARTICLES`` articles spell it as a common noun and none as a name,
and the gazetteer does not know it as a name; the police written short ("CSGT") is the police
(guideline rule 93), an organisation, however news spells it out.

    python benchmarks/build_acronyms.py [--corpora /work/corpora] [--limit N] [--show]
"""

from __future__ import annotations

import argparse
import sys
from bisect import bisect_left
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from mine_names import articles, blind_keys, test_articles

from vnreader.analysis import analyze
from vnreader.analysis.entity_police import POLICE_SHORT
from vnreader.analysis.entity_shorts import BRACKETED, spelled_as_common_noun
from vnreader.analysis.entity_tokens import tokenize
from vnreader.analysis.fold import fold
from vnreader.analysis.gazetteer import gazetteer

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "vnreader" / "analysis" / "data" / "common_acronyms.txt"
CORPORA = Path("/work/corpora")

MIN_ARTICLES = 2


def spellings(text: str) -> tuple[set[str], set[str]]:
    """The acronyms *text* spells out in brackets as common nouns, and those it spells out as
    names."""
    bracketed = set(BRACKETED.findall(text))
    if not bracketed:
        return set(), set()
    tokens = tokenize(text)
    covered = [False] * len(tokens.words)
    org_ends: set[int] = set()
    for e in analyze(text).entities:
        i = bisect_left(tokens.starts, e.start)
        j = bisect_left(tokens.starts, e.end)
        covered[i:j] = [True] * (j - i)
        if e.label == "ORG":
            org_ends.add(j)
    gaz = gazetteer()
    common: set[str] = set()
    named: set[str] = set()
    for word in bracketed:
        at = text.find(f"({word})")
        while at != -1:
            k = bisect_left(tokens.starts, at + 1)
            if k < len(tokens.words) and tokens.words[k] == word:
                if spelled_as_common_noun(tokens, k, covered, gaz):
                    common.add(word)
                elif k in org_ends or _capitals_spell(tokens.words, k):
                    named.add(word)
            at = text.find(f"({word})", at + 1)
    return common, named


def _capitals_spell(words: list[str], k: int) -> bool:
    """True when the capitalised words right before the bracket at token k have the acronym's
    initials ("Hiệp hội Lương thực Việt Nam (VFA)" would not: only a whole-word match)."""
    letters = fold(words[k]).upper()
    first = k - len(letters)
    if first < 0:
        return False
    before = words[first:k]
    return (
        all(w[:1].isupper() for w in before)
        and fold("".join(w[0] for w in before)).upper() == letters
    )


def mine(corpora: Path, limit: int | None) -> tuple[Counter[str], Counter[str]]:
    """Articles that spell each acronym out as a common noun, and as a name."""
    files, clusters = test_articles()
    common: Counter[str] = Counter()
    named: Counter[str] = Counter()
    for _, body in articles(corpora, limit, files, clusters, blind_keys()):
        c, n = spellings(body)
        common.update(c)
        named.update(n)
    return common, named


HEADER = """\
# Acronyms that real news spells out as common nouns ("an toàn giao thông (ATGT)"), one per
# line: alone, they name no organisation. Written by benchmarks/build_acronyms.py: each spelled
# out so in at least 2 articles, never as a name, and unknown to the gazetteer. Do not edit by
# hand: rebuild.
"""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpora", type=Path, default=CORPORA)
    parser.add_argument("--limit", type=int, default=40000, help="articles per corpus")
    parser.add_argument("--show", action="store_true", help="print the counts, write nothing")
    args = parser.parse_args(argv)
    if not args.corpora.is_dir():
        print(f"no corpora at {args.corpora}: see benchmarks/realnews_corpora.py", file=sys.stderr)
        return 1
    common, named = mine(args.corpora, args.limit)
    names = gazetteer().names
    kept = sorted(
        a
        for a in common
        if common[a] >= MIN_ARTICLES and not named[a] and a not in names and a not in POLICE_SHORT
    )
    if args.show:
        for a in sorted(set(common) | set(named), key=lambda a: (-common[a], a)):
            if common[a] + named[a] >= 2:
                mark = "+" if a in kept else " "
                print(f"{mark} {common[a]:5} {named[a]:5}  {a}")
        return 0
    OUT.write_text(HEADER + "".join(f"{a}\n" for a in kept), "utf-8")
    print(f"{len(kept)} acronyms written to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
