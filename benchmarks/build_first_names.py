"""Rebuild ``vnreader/analysis/data/first_names.txt``: foreign given names that look like
Vietnamese syllables.

The recogniser takes a run of two or more capitalised words with no Vietnamese syllable for
a foreign person ("Gennady Bezdetko"). Many English, Korean and Chinese given names are also
spelt like an unmarked Vietnamese syllable ("Ryan", "Roy", "Sean", "Ian", "Leon", "Xiao"), so
"Ryan Giggs" or "Roy Sullivan" failed that test and stayed unlabelled. This list holds those
given names, so that a run that starts with one and has no Vietnamese syllable after it is a
person too.

Source: the given names of the 1990 US Census (public domain), as shipped by the ``names``
package (MIT; not a vnreader dependency). A name is kept when it

* looks like a Vietnamese syllable (``entity_tokens.is_vietnamese``: the others need no list);
* is written capitalised in the unlabelled corpora at least once, and in lower case at most
  ``MAX_LOWER`` times as often (a Vietnamese word: "Anh", "Long", "Kim", "Mai");
* is no name of the gazetteer ("Nga" is Russia, "Lee" a known person), no name the mined list
  labels other than a person ("Sun": a group) and no English word of the system dictionary
  (``/usr/share/dict/words``, the ``wamerican`` package: "Young", "King", "Guy", "Dean");
* is not in ``LEFT_OUT`` (below, each with its reason).

    pip download --no-deps names==0.3.0 && tar xzf names-0.3.0.tar.gz
    python benchmarks/build_first_names.py --census names-0.3.0/names [--corpora /work/corpora]
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from vnreader.analysis.entity_tokens import is_vietnamese  # noqa: E402
from vnreader.analysis.gazetteer import gazetteer, mined_names  # noqa: E402

OUT = ROOT / "vnreader" / "analysis" / "data" / "first_names.txt"
CENSUS_FILES = ("dist.male.first", "dist.female.first")
FOLDERS = ("vntc", "dantri-unc")
DICTIONARY = Path("/usr/share/dict/words")
MAX_LOWER = 0.05
# the foreign-looking list: the most common names of each sex (all of them: the census lists
# 1,219 male and 4,275 female names; the first 400 of each kept 505, every one keeps 1,208,
# "Leonardo", "Sebastian" and "Giovanni" among them), seen capitalised this often
TOP_FOREIGN = 5000
MIN_FOREIGN = 3
FOREIGN_OUT = ROOT / "vnreader" / "analysis" / "data" / "foreign_given_names.txt"
# Thai places start with "Mae" ("Mae Sot", "Mae Sariang"), as often as Thai people's names;
# others of the whole lists name more often a bear ("gấu Teddy"), a club or a city ("Santos",
# "Verona", "Sofia"), a university ("Stanford"), a branch of Islam ("Sunni"), a state
# ("Carolina", "Dakota"), a planet, a brand or a firm ("Venus", "Porsche", "Harley", "Royce"
# of Rolls-Royce, "Nona", "Vina"), an aircraft ("Catalina")
LEFT_OUT = frozenset({"Mae", "Teddy", "Santos", "Verona", "Sofia", "Stanford", "Sunni"})
LEFT_OUT |= {"Carolina", "Dakota", "Venus", "Porsche", "Harley", "Royce", "Nona", "Vina"}
LEFT_OUT |= {"Catalina"}
_WORD = re.compile(r"\w+")


def census_names(folder: Path, top: int | None = None) -> list[str]:
    """The census given names, most common first, capitalised ("JAMES" -> "James"); with
    *top*, only the *top* most common of each sex."""
    seen: dict[str, None] = {}
    for name in CENSUS_FILES:
        lines = [line for line in (folder / name).read_text("ascii").splitlines() if line.strip()]
        for line in lines[:top]:
            seen.setdefault(line.split()[0].title(), None)
    return list(seen)


def case_counts(corpora: Path, wanted: set[str]) -> tuple[Counter[str], Counter[str]]:
    """How often each lower-cased word of *wanted* is written capitalised, and in lower case,
    in the corpora's articles."""
    capital: Counter[str] = Counter()
    lower: Counter[str] = Counter()
    for folder in FOLDERS:
        for path in sorted((corpora / folder).glob("*.txt")):
            for word in _WORD.findall(path.read_text("utf-8")):
                low = word.lower()
                if low in wanted:
                    (capital if word[0].isupper() else lower)[low] += 1
    return capital, lower


def select(names: list[str], corpora: Path, *, foreign: bool = False) -> list[str]:
    """The names kept, as the module says (with *foreign*, those that do not look like a
    Vietnamese syllable, written capitalised at least ``MIN_FOREIGN`` times)."""
    viet = [n for n in names if is_vietnamese(n) != foreign and n not in LEFT_OUT]
    capital, lower = case_counts(corpora, {n.lower() for n in viet})
    least = MIN_FOREIGN if foreign else 1
    english = set(DICTIONARY.read_text("utf-8").split()) if DICTIONARY.exists() else set()
    gaz, mined = gazetteer(), mined_names()
    return [
        n
        for n in viet
        if capital[n.lower()] >= least
        and lower[n.lower()] <= MAX_LOWER * capital[n.lower()]
        and n not in gaz.names
        and mined.labels.get(n, "PER") == "PER"
        and n.lower() not in english
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--census", type=Path, required=True, help="folder of dist.*.first")
    parser.add_argument("--corpora", type=Path, default=Path("/work/corpora"))
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--foreign-out", type=Path, default=FOREIGN_OUT)
    parser.add_argument("--top-foreign", type=int, default=TOP_FOREIGN)
    args = parser.parse_args(argv)
    if not DICTIONARY.exists():
        print(f"{DICTIONARY} is missing: install wamerican first", file=sys.stderr)
        return 1
    kept = select(census_names(args.census), args.corpora)
    header = [
        "# Generated by benchmarks/build_first_names.py: do not edit (see data/README.md).",
        "# Given names of the 1990 US Census (public domain) that look like Vietnamese",
        "# syllables, most common first.",
    ]
    args.out.write_text("\n".join([*header, *kept]) + "\n", "utf-8")
    print(f"{len(kept)} names written to {args.out}")
    foreign = select(census_names(args.census, args.top_foreign), args.corpora, foreign=True)
    header = [
        "# Generated by benchmarks/build_first_names.py: do not edit (see data/README.md).",
        f"# Given names of the 1990 US Census (public domain; the {args.top_foreign} most common",
        "# of each sex at most) that do not look like Vietnamese syllables, most common first:",
        '# one alone is a person where a person stands in a sentence ("mẹ của Jake", "Hugh bắt',
        '# đầu").',
    ]
    args.foreign_out.write_text("\n".join([*header, *foreign]) + "\n", "utf-8")
    print(f"{len(foreign)} names written to {args.foreign_out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
