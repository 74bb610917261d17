"""Build ``data/known_orgs.tsv``: football clubs and listed companies from public-domain data.

Sources (mirrored bare git repositories, read with ``git show``; only their data is read):

* ``github:openfootball/clubs`` (CC0 1.0): the clubs of about a hundred countries, one club
  a line ("Arsenal FC, 1886, @ Emirates Stadium, London") with its other names after "|"
  ("Arsenal | FC Arsenal"); names tagged with another language ("AC Mailand [de]") and
  abbreviations with a full stop ("Tottenham H.") are left out.
* ``github:datasets/s-and-p-500-companies`` (ODC PDDL 1.0), ``data/constituents.csv``: the
  companies of the S&P 500 ("Ford Motor Company"), taken whole and without the legal form
  ("Ford Motor"; "Inc.", "Corporation", "Company", "plc", "(The)" and share classes go).
* ``CURATED`` below, written for vnreader: foreign companies, carmakers, airlines, media and
  armed groups often named alone in Vietnamese news ("Garmin", "Comac", "Politico").

A name is kept when the recogniser could not label it by itself: none the hand-made
gazetteers or ``mined_names.tsv`` hold (any label), no acronym (an organisation already), no
name made only of Vietnamese-looking syllables ("Long An", "Hà Nội": the places' clubs are
decided by context), nothing with a digit. A one-word name must be safe alone: not in
``AMBIGUOUS`` below (companies and clubs named like a common word, a person or an event:
"Shell", "Orange", "Wimbledon") and, in the real-news corpora (``/work/corpora``, the
articles of the blind test left out, as in ``mine_names.py``), written more often alone
than as the last word of a longer capitalised name ("Harrison Ford", "AC Milan") and more
often capitalised than in lower case. The recogniser gives a kept name the label ORG only
when nothing else labels it (no cue, no place, not after "tại"/"ở"); see
``entity_scan.Scan.mined``.

    python benchmarks/build_orgs.py [--mirror /work/.mirror] [--corpora /work/corpora]
"""

from __future__ import annotations

import argparse
import csv
import io
import re
import subprocess
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from mine_names import FOLDERS, articles, test_articles

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "vnreader" / "analysis" / "data" / "known_orgs.tsv"
MIRROR = Path("/work/.mirror")
CORPORA = Path("/work/corpora")
CLUBS = "openfootball+clubs"
SP500 = "datasets+s-and-p-500-companies"

# one-word names that also name a common thing, a person, a place or an event in the news
AMBIGUOUS = frozenset(
    {"Shell", "Orange", "Vivendi", "Target", "Gap", "Next", "Wimbledon", "Palace", "Spurs"}
    | {"Jordan", "Lincoln", "Mercedes", "Dior", "Chanel", "Tesla", "Ford", "Lilly", "Kellogg"}
    | {"Nike", "Oracle", "Amazon", "Apple", "Delta", "United", "Universal", "Athletic"}
    | {"Sporting", "Olympic", "Olympique", "Olympiacos", "Racing", "Real", "Club", "City"}
    | {"Rangers", "Town", "Rovers", "Wanderers", "Albion", "Dynamo", "Dinamo", "Lokomotiv"}
    | {"Spartak", "Union", "Victoria", "Vitoria", "Nacional", "National", "Independiente"}
    | {"Central", "Progresso", "Liberty", "Phoenix", "Lion", "Lions", "Tigers", "Eagles"}
    | {"Mosaic", "Ball", "Booking", "Progressive", "Block", "Corning", "Carrier", "Masco"}
    | {"Paramount", "Invesco", "Genuine", "Global", "Expand", "Public", "Domino", "Ross", "Fox"}
    | {"Hershey", "Hartford", "Loews", "Everest", "Jacobs", "Dover", "Eaton", "Edison"}
    | {"Emerson", "Otis", "Marriott", "Hilton", "Regency"}
    | {"Milan", "Roma", "Torino", "Genoa", "Bologna", "Venezia", "Como"}
    | {"Europa", "Sport", "Southern", "Dow", "Flex", "Marek", "Sheriff", "Andorra", "Rapid"}
    | {"Hellas", "Cork", "Carnival", "Rollins", "Tapestry", "Vistra", "Gama", "Vasco", "Lens"}
    | {"Coherent", "Sparta"}
)
# well-known foreign companies, brands, airlines, carmakers, media and armed or political groups
# often named alone in Vietnamese news and missing from the lists above (written for vnreader;
# the same checks apply). Names also used for a person or a thing are left out ("Tesla",
# "Suzuki", "Vivo", "Orange", "Shell", "Ford").
CURATED = {
    "company": (
        *("Garmin", "Nike", "Comac", "Baidu", "Spotify", "Temu", "Shein", "Geely", "Realme"),
        *("Lufthansa", "AirAsia", "Jetstar", "Ryanair", "Aeroflot"),
        *("Porsche", "Audi", "Volvo", "Peugeot", "Renault", "Stellantis", "Subaru", "Lamborghini"),
        *("Nikon", "Allianz", "Aramco", "Saudi Aramco", "Sinopec", "PetroChina", "TotalEnergies"),
        *("Pertamina", "Muji", "Hermès", "LVMH", "Kering", "Uniqlo"),
        *("Tata Group", "Tata Motors", "Reliance Industries", "Infosys", "Wipro", "Mahindra"),
        *("Foxconn", "Pegatron", "Luxshare", "MediaTek", "SK Hynix", "Kioxia", "Infineon"),
        *("ASML", "Arm Holdings", "Alibaba", "Tencent", "JD.com", "Pinduoduo", "Meituan"),
        *("Xpeng", "SAIC", "Great Wall Motor", "Chery", "Dongfeng"),
        *("Perodua", "Petronas", "Maybank", "CIMB", "DBS", "OCBC", "UOB", "Kasikornbank"),
        *("Bangkok Bank", "Siam Cement", "CP Group", "Charoen Pokphand", "ThaiBev", "Lotte"),
        *("Shinhan", "Woori", "Hana Financial", "KB Kookmin", "Hyosung", "Kumho", "CJ Group"),
        *("Aeon", "Takashimaya", "Sumitomo Mitsui", "Mitsui", "Marubeni", "Itochu", "Sojitz"),
        *("Kobe Steel", "Nippon Steel", "JFE Steel", "Daikin", "Kyocera", "Denso"),
        *("Bridgestone", "Yamaha", "Piaggio", "Ducati", "Harley-Davidson"),
        *("Unilever", "Danone", "Heineken", "AB InBev", "Diageo", "Pernod Ricard", "Nestlé"),
        *("Bayer", "Novartis", "Roche", "Sanofi", "AstraZeneca", "GSK", "Pfizer", "Moderna"),
        *("BioNTech", "Sinovac", "Sinopharm", "Gamaleya", "Novavax"),
        *("Siemens Energy", "Schneider Electric", "ABB", "Alstom", "Thales", "Safran"),
        *("Dassault", "Rheinmetall", "Raytheon", "Northrop Grumman", "BAE Systems", "Saab"),
        *("Rostec", "Almaz-Antey", "Sukhoi", "Irkut", "Embraer"),
        *("Bombardier", "Rolls-Royce", "Pratt & Whitney", "SpaceX", "Blue Origin", "OpenAI"),
        *("Anthropic", "DeepMind", "Nvidia", "Qualcomm", "Foxconn", "Wistron"),
        *("Maersk", "MSC", "CMA CGM", "Evergreen Marine", "Cosco", "DHL", "FedEx", "UPS"),
        *("Accor", "Marriott International", "Hilton Worldwide", "InterContinental"),
        *("Savills", "CBRE", "JLL", "Cushman & Wakefield", "Knight Frank", "Colliers"),
        *("Deloitte", "PwC", "KPMG", "EY", "Ernst & Young", "McKinsey", "Boston Consulting"),
    ),
    "media": (
        *("Politico", "Axios", "Haaretz", "Der Spiegel", "Bild", "El País", "Le Figaro"),
        *("Asahi", "Mainichi", "NHK", "Kompas", "Bernama", "Xinhua"),
        *("Global Times", "China Daily", "Caixin", "Yicai", "Sohu"),
        *("Al Arabiya", "Anadolu", "IRNA", "Tasnim", "Ukrinform", "Izvestia", "Kommersant"),
        *("Newsweek", "Bloomberg", "Axios", "Semafor", "Business Insider"),
    ),
    "body": (*("Fatah", "Hamas", "Hezbollah", "Houthi", "Taliban", "Al-Shabaab", "Boko Haram"),),
}
# companies named after a person, whose name alone is more often the person's
PEOPLE = frozenset({"Charles Schwab", "Ralph Lauren", "Henry Schein", "Fair Isaac", "Old Dominion"})
_LEGAL = re.compile(
    r",? (Inc\.?|Incorporated|Corporation|Corp\.?|Company|Co\.|plc|Ltd\.?|Limited|N\.V\.)$"
)
_WORD = re.compile(r"[^\W\d_][\w'’&.-]*|\d+")


def git_show(mirror: Path, repo: str, path: str) -> str:
    """A file of the newest commit of a mirrored repository."""
    out = subprocess.run(
        ["git", "--git-dir", str(mirror / repo / "repo"), "show", f"HEAD:{path}"],
        capture_output=True,
        check=True,
    )
    return out.stdout.decode("utf-8")


def commit(mirror: Path, repo: str) -> str:
    out = subprocess.run(
        ["git", "--git-dir", str(mirror / repo / "repo"), "rev-parse", "HEAD"],
        capture_output=True,
        check=True,
        text=True,
    )
    return out.stdout.strip()


def club_names(mirror: Path) -> Iterator[str]:
    """Every name and other name of a club in openfootball/clubs."""
    listing = subprocess.run(
        ["git", "--git-dir", str(mirror / CLUBS / "repo"), "ls-tree", "-r", "--name-only", "HEAD"],
        capture_output=True,
        check=True,
        text=True,
    ).stdout.split()
    for path in sorted(p for p in listing if p.endswith(".clubs.txt")):
        for raw in git_show(mirror, CLUBS, path).splitlines():
            line = raw.split("#", 1)[0].rstrip()
            if not line.strip() or line.lstrip().startswith(("=", "[")):
                continue
            if line.lstrip().startswith("|"):
                names = line.split("|")[1:]
            elif not line[0].isspace():
                names = [line.split(",", 1)[0]]
            else:
                continue
            for name in names:
                name = name.strip()
                if name and "[" not in name and "." not in name and "(" not in name:
                    yield name


def company_names(mirror: Path) -> Iterator[str]:
    """The S&P 500 companies, whole and without their legal form."""
    rows = csv.DictReader(io.StringIO(git_show(mirror, SP500, "data/constituents.csv")))
    for row in rows:
        name = re.sub(r" \((The|Class [A-Z])\)$", "", row["Security"].strip())
        name = re.sub(r" \((The|Class [A-Z])\)$", "", name)
        yield name
        short = _LEGAL.sub("", name)
        if short != name:
            yield short


def known_surfaces() -> set[str]:
    """Every name the hand-made gazetteers and the mined names hold, as written."""
    from vnreader.analysis.gazetteer import gazetteer, mined_names, phrases

    surfaces = {" ".join(p.words) for node in gazetteer().names.values() for p in phrases(node)}
    return surfaces | set(mined_names().labels)


def candidates(mirror: Path) -> dict[str, str]:
    """Each usable name -> its kind ("club" or "company"), before the corpus check."""
    from vnreader.analysis.entity_tokens import is_acronym, is_vietnamese, tokenize

    known = known_surfaces()
    found: dict[str, str] = {}
    sources = [(kind, iter(names)) for kind, names in CURATED.items()]
    sources += [("club", club_names(mirror)), ("company", company_names(mirror))]
    for kind, names in sources:
        for name in names:
            tokens = tokenize(name)
            words = tokens.words
            if not words or any(g not in (" ",) for g in tokens.gaps[:-1]):
                continue  # "Saint-Étienne", "Brown & Brown": joined words stay with the rules
            surface = " ".join(words)
            if surface != name or surface in known or surface in found:
                continue
            if any(ch.isdigit() for ch in surface) or not words[0][0].isupper():
                continue
            if surface in PEOPLE or (
                len(words) == 1 and (is_acronym(surface) or surface in AMBIGUOUS)
            ):
                continue
            if all(is_acronym(w) or is_vietnamese(w) for w in words):
                continue  # "Long An", "Hà Nội": a place's club is decided by context
            found[surface] = kind
    return found


def _sport(folder: str, path: Path) -> bool:
    """True for an article of a sport section (vntc, dantri-unc; vims-news has none)."""
    if folder == "dantri-unc":
        return path.name.startswith("news_sport_")
    if folder == "vntc":
        with path.open(encoding="utf-8") as f:
            f.readline()
            return f.readline().strip() == "Thể thao"
    return False


def corpus_counts(corpora: Path, names: set[str]) -> dict[str, Counter[str]]:
    """For each name, in the real-news corpora (the blind test's articles left out): the
    articles it is in ("sport" or "other" section), and for a one-word name how often it
    stands alone, ends a longer capitalised name ("after_name") or is written in lower case."""
    from vnreader.analysis.entity_tokens import is_vietnamese

    counts = {w: Counter[str]() for w in names}
    lowers = {w.lower(): w for w in names if " " not in w}
    firsts: dict[str, list[str]] = {}
    for name in names:
        firsts.setdefault(name.split(" ", 1)[0], []).append(name)
    files, clusters = test_articles()
    sport = {
        f"{folder}/{path.name}"
        for folder in FOLDERS
        for path in sorted((corpora / folder).glob("*.txt"))
        if _sport(folder, path)
    }
    for ident, text in articles(corpora, None, files, clusters):
        tokens = _WORD.findall(text)
        seen: set[str] = set()
        for k, tok in enumerate(tokens):
            for name in firsts.get(tok, ()):
                rest = name.split(" ")[1:]
                if tokens[k + 1 : k + 1 + len(rest)] != rest:
                    continue
                seen.add(name)
                if rest:
                    continue
                prev = tokens[k - 1] if k else ""
                # "Harrison Ford", not "Hãng Renault", "Theo Reuters"
                if prev[:1].isupper() and not prev.isupper() and not is_vietnamese(prev):
                    counts[name]["after_name"] += 1
                else:
                    counts[name]["alone"] += 1
            if tok in lowers:
                counts[lowers[tok]]["lower"] += 1
        where = "sport" if ident in sport else "other"
        for name in seen:
            counts[name][where] += 1
    return counts


def keep(name: str, kind: str, c: Counter[str]) -> bool:
    """True for a name safe to label ORG alone (see the module docstring)."""
    if " " not in name and (c["after_name"] > c["alone"] or c["lower"] > c["alone"]):
        return False  # "Ford" of "Harrison Ford", "caterpillar"
    if kind != "club":
        return True
    seen = c["sport"] + c["other"]
    if " " not in name and seen < 3:
        return False  # an unseen "Angers" may be the town; "Grêmio Barueri" is a club
    return c["sport"] >= 0.8 * seen  # "Frankfurt", "Hamburg": often cities in the news


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mirror", type=Path, default=MIRROR)
    parser.add_argument("--corpora", type=Path, default=CORPORA)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    for repo in (CLUBS, SP500):
        if not (args.mirror / repo / "repo").is_dir():
            print(f"no mirror of {repo} in {args.mirror}: fetch github:{repo.replace('+', '/')}")
            return 1
    missing = [f for f in FOLDERS if not (args.corpora / f).is_dir()]
    if missing:
        print(f"no corpora {', '.join(missing)}: run benchmarks/realnews_corpora.py first")
        return 1
    found = candidates(args.mirror)
    counts = corpus_counts(args.corpora, set(found))
    kept = [(name, kind) for name, kind in found.items() if keep(name, kind, counts[name])]
    dropped = len(found) - len(kept)
    kept.sort()
    header = [
        "# Organisations named alone, from public-domain data; built by benchmarks/build_orgs.py",
        f"# openfootball/clubs {commit(args.mirror, CLUBS)} (CC0 1.0);"
        f" datasets/s-and-p-500-companies {commit(args.mirror, SP500)} (ODC PDDL 1.0);"
        " CURATED in benchmarks/build_orgs.py",
        "# name<TAB>kind",
    ]
    lines = header + [f"{name}\t{kind}" for name, kind in kept]
    args.out.write_text("\n".join(lines) + "\n", "utf-8")
    by_kind = Counter(kind for _, kind in kept)
    print(
        f"{len(kept)} names written to {args.out} ({by_kind['club']} clubs,"
        f" {by_kind['company']} companies); {dropped} dropped as ambiguous"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
