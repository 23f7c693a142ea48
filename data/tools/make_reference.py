#!/usr/bin/env python3
"""Regenerates data/reference/ from public sources (ISO 3166-1 via i18n-iso-countries,
ISO 639-1, CLDR locale names, Morocco's regions). Run from the repository root:
    python3 data/tools/make_reference.py ../shared/data
The output is small, trimmed and owned by this project; the sources are not copied."""
import json, sys, os

src = sys.argv[1] if len(sys.argv) > 1 else "../shared/data"
out = "data/reference"
LOCALES = ["en", "fr", "ar", "nl"]

def cldr(locale, what):
    with open(f"{src}/iso/cldr-localenames/{locale}/{what}.json", encoding="utf-8") as f:
        return json.load(f)["main"][locale]["localeDisplayNames"][what]

codes = json.load(open(f"{src}/iso/i18n-iso-countries/codes.json", encoding="utf-8"))
names = {l: json.load(open(f"{src}/iso/i18n-iso-countries/countries_{l}.json", encoding="utf-8"))["countries"] for l in LOCALES}
def first(v): return v[0] if isinstance(v, list) else v
countries = [{"code": c[0], "names": {l: first(names[l].get(c[0], "")) for l in LOCALES}} for c in codes]
countries.sort(key=lambda c: c["code"])

iso1 = json.load(open(f"{src}/iso/iso-639/iso-639-1_names.json", encoding="utf-8"))
cl = {l: cldr(l, "languages") for l in LOCALES}
languages = [{"code": code, "names": {l: (cl[l].get(code) or iso1[code]["name"]) for l in LOCALES}, "native": iso1[code]["nativeName"]}
             for code in sorted(iso1)]

# The source numbers regions alphabetically; ISO 3166-2:MA numbers them differently (2019 division).
ISO_BY_FRENCH_NAME = {
    "Tanger-Tétouan-Al Hoceïma": "MA-01", "Oriental": "MA-02", "Fès-Meknès": "MA-03",
    "Rabat-Salé-Kénitra": "MA-04", "Béni Mellal-Khénifra": "MA-05", "Casablanca-Settat": "MA-06",
    "Marrakech-Safi": "MA-07", "Drâa-Tafilalet": "MA-08", "Souss-Massa": "MA-09",
    "Guelmim-Oued Noun": "MA-10", "Laâyoune-Sakia El Hamra": "MA-11", "Dakhla-Oued Ed-Dahab": "MA-12",
}
regions = json.load(open(f"{src}/geo/morocco/regions.json", encoding="utf-8"))["regions"]
ma = [{"code": ISO_BY_FRENCH_NAME[r["name"]["fr"]], "names": {l: r["name"][l] for l in ["en", "fr", "ar"]}} for r in regions]
ma.sort(key=lambda r: r["code"])
assert len(ma) == 12 and len({r["code"] for r in ma}) == 12

def dump(path, obj):
    with open(path, "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=1)
        f.write("\n")

dump(f"{out}/countries.json", {"source": "ISO 3166-1 alpha-2 (i18n-iso-countries, MIT)", "countries": countries})
dump(f"{out}/languages.json", {"source": "ISO 639-1 with CLDR display names (Unicode licence)", "languages": languages})
dump(f"{out}/regions/MA.json", {"country": "MA", "source": "ISO 3166-2:MA (2019 regions); names from morocco-geo (MIT)", "regions": ma})
dump(f"{out}/cefr.json", {"levels": ["A1", "A2", "B1", "B2", "C1", "C2", "native"]})
print(len(countries), "countries,", len(languages), "languages,", len(ma), "regions")
