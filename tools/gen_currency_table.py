#!/usr/bin/env python3
"""Generates src/claims/figures/currency_table.rs, the currency lexicon of
the figure scanner, from ISO 4217 (pycountry) and CLDR (babel).

    python3 -m venv /tmp/venv && /tmp/venv/bin/pip install -r tools/requirements-currency.txt
    /tmp/venv/bin/python tools/gen_currency_table.py > src/claims/figures/currency_table.rs

Nothing in the table is typed by hand; every choice below is a rule over
the packages' data:

* codes: the current ISO 4217 codes of real currencies (no funds, metals,
  test or accounting units: their CLDR names say "Fund", "Unit", "Gold"...).
* signs: a currency's English CLDR symbol when it is not the code ("$",
  "A$", "HK$", "₹"), its symbols in the official languages of the
  territories that use it ("₽", "₺", "₦"), and the prefixed dollar signs
  news writes, built from the issuing country's name and code ("C$",
  "Mex$", "S$", "AU$"). A sign
  two currencies claim goes to the one CLDR localises in many more
  languages (a proxy for prominence that needs no hand list), or to none.
  Signs made only of letters are left out ("R", "kr", "zł": words, not
  signs), and so are signs with a space ("F CFA").
* names: English singular and plural names ("Australian dollar(s)"), the
  ISO names ("pound sterling"), and the bare unit word ("dollars", "pesos",
  "francs"); a name is left out when its unit word alone means the same
  currency ("South African rand": "rand"), and a plural when it is the
  singular plus "s" (the scanner handles both). A unit word several currencies share goes to the one CLDR
  localises in at least twice as many languages as the next and in at least
  five; otherwise it stays unresolved and the scanner reports the word
  ("franc").
"""

import sys
import unicodedata
from collections import defaultdict

import babel
import pycountry
from babel import Locale, localedata
from babel.languages import get_official_languages
from babel.numbers import get_currency_name, get_territory_currencies

NOT_CURRENCIES = ("fund", "unit", "gold", "silver", "platinum", "palladium", "drawing", "testing", "unknown", "sucre", "(", "mvdol", "wir ", "settlement")


def prominence():
    """How many CLDR languages give each currency a symbol of its own."""
    count = defaultdict(int)
    for ident in localedata.locale_identifiers():
        if "_" in ident:
            continue
        try:
            symbols = Locale.parse(ident).currency_symbols
        except Exception:
            continue
        for code, sign in symbols.items():
            if sign != code:
                count[code] += 1
    return count


def territories(code):
    return [c for c in pycountry.countries if code in get_territory_currencies(c.alpha_2)]


def is_sign(s):
    """A sign ends in a currency symbol, with at most letters before it."""
    return len(s) >= 1 and unicodedata.category(s[-1]) == "Sc" and all(ch.isalpha() for ch in s[:-1])


def resolve(claims, weight, need_double):
    """The single owner of each key, by prominence, or None."""
    out = {}
    for key, codes in claims.items():
        ranked = sorted(set(codes), key=lambda c: (-weight[c], c))
        if len(ranked) == 1:
            out[key] = ranked[0]
            continue
        first, second = weight[ranked[0]], weight[ranked[1]]
        if need_double:
            if first >= 5 and first >= 2 * second:
                out[key] = ranked[0]
            else:
                out[key] = None
        elif first > second:
            out[key] = ranked[0]
    return out


def main():
    en = Locale("en")
    weight = prominence()
    codes = []
    for c in pycountry.currencies:
        name = en.currencies.get(c.alpha_3, c.name)
        if any(w in (name + " " + c.name).lower() for w in NOT_CURRENCIES):
            continue
        codes.append(c.alpha_3)
    codes.sort()

    en_signs = {}
    signs = defaultdict(list)
    names = defaultdict(list)
    units = defaultdict(list)
    for code in codes:
        sign = en.currency_symbols.get(code)
        sign = (sign or "").replace("\u00a0", " ").replace("\u202f", " ")
        if sign and sign != code and is_sign(sign):
            en_signs[sign] = code
        local = set()
        for country in territories(code):
            for lang in get_official_languages(country.alpha_2):
                try:
                    s = Locale.parse(f"{lang}_{country.alpha_2}").currency_symbols.get(code)
                except Exception:
                    continue
                if s and s != code and is_sign(s):
                    local.add(s.replace("\u00a0", " ").replace("\u202f", " "))
            # ISO 4217 codes begin with the issuing country's code: only
            # the home country names a prefixed dollar sign ("C$").
            if ("$" in local or (sign or "").endswith("$")) and country.alpha_2 == code[:2]:
                short = country.name.split(",")[0].split()
                # "C$", "Mex$" for a one-word name; "NZ$" for a longer one.
                if len(short) == 1:
                    prefixes = {short[0][0], short[0][:3]}
                else:
                    prefixes = {"".join(w[0] for w in short if w[0].isupper())}
                for prefix in prefixes | {country.alpha_2}:
                    signs[prefix + "$"].append(code)
        for s in local:
            signs[s].append(code)
        singular = en.currencies.get(code)
        plural = get_currency_name(code, count=2, locale="en")
        iso = pycountry.currencies.get(alpha_3=code).name
        for n in {singular, plural, iso}:
            if n:
                names[n.lower()].append(code)
        for n in {singular, plural}:
            if n and " " in n:
                units[n.split()[-1].lower()].append(code)
    # The English symbol is CLDR's own word on what a sign means.
    resolved = resolve(signs, weight, need_double=False)
    resolved.update(en_signs)
    resolved = {s: c for s, c in resolved.items() if c and s != c and " " not in s}
    named = {n: c[0] for n, c in names.items() if len(set(c)) == 1}
    # A unit word several currencies share is the one whose English sign
    # is the sign they write at home ("dollar": "$" is USD's), else the
    # clearly most prominent one outside the supranational X codes.
    local_of = defaultdict(set)
    for sgn, cs in signs.items():
        for c in cs:
            local_of[c].add(sgn)
    english = {c: sgn for sgn, c in en_signs.items()}
    shared = {}
    for u, cs in units.items():
        cs = sorted(set(cs))
        home = [c for c in cs if english.get(c) and sum(english[c] in local_of[o] for o in cs) * 2 > len(cs)]
        if len(cs) == 1:
            shared[u] = cs[0]
        elif len(home) == 1:
            shared[u] = home[0]
        else:
            shared[u] = resolve({u: [c for c in cs if not c.startswith("X")] or cs}, weight, need_double=True).get(u)
    for u, c in shared.items():
        if u not in named:
            named[u] = c
    # "south african rand" when "rand" alone is ZAR too: the scanner reads
    # capitalised words before a unit word as part of its name, so only
    # names that say more than their unit word are kept ("swiss franc").
    for n in list(named):
        if " " in n and named.get(n.split()[-1], "?") == named[n]:
            del named[n]
    # A plural that is the singular plus "s" is found by dropping the "s"
    # (the scanner does), so only irregular plurals are kept ("kronor").
    for n in list(named):
        if n.endswith("s") and named.get(n[:-1], "?") == named[n]:
            del named[n]
    out = sys.stdout
    out.write(f"// @generated by tools/gen_currency_table.py from pycountry {pycountry_version()} and babel {babel.__version__}; do not edit.\n")
    out.write("// Packed for size: one string per table, entries sorted by their bytes and\n")
    out.write("// ended by a newline, with the start of each entry for binary search.\n\n")
    out.write("/// ISO 4217 codes of real currencies, sorted, three letters each.\n")
    out.write(f'pub(super) const CODES: &str = "{"".join(codes)}";\n\n')
    write_packed(out, "SIGNS", "Currency signs: `sign code`, sorted by sign.", [f"{s} {resolved[s]}" for s in resolved])
    write_packed(out, "NAMES", "English currency names, lower case: `name|code`, the code empty when\n/// several currencies share the name.", [f"{n}|{named[n] or ''}" for n in named])


def write_packed(out, name, doc, entries):
    entries = sorted(entries, key=lambda e: e.split("|" if "|" in e else " ")[0].encode())
    text = "".join(e + "\n" for e in entries)
    starts, at = [], 0
    for e in entries:
        starts.append(at)
        at += len((e + "\n").encode())
    assert at < 65536
    literal = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    out.write(f"/// {doc}\n")
    out.write(f'pub(super) const {name}: &str = "{literal}";\n')
    out.write(f"/// Byte offset of each entry of [`{name}`].\n")
    out.write(f"pub(super) const {name}_STARTS: &[u16] = &[{', '.join(map(str, starts))}];\n")


def pycountry_version():
    from importlib.metadata import version

    return version("pycountry")


if __name__ == "__main__":
    main()
