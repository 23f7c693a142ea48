#!/usr/bin/env python3
"""Consistency checks for the DiasporaMatch starter taxonomy (data/taxonomy, ESCO CSV layout).

Usage: python3 data/tools/check_starter_taxonomy.py [--dir data/taxonomy] [--esco /path/to/esco]
Exits non-zero with a list of problems. With --esco (a directory holding en/skills_en.csv and
en/occupations_en.csv from the ESCO v1.1.1 download) it also checks that every ESCO URI used exists
and that occupations carry ESCO's iscoGroup.
"""
import argparse
import csv
import os
import re
import sys

LANGS = ["en", "fr", "nl", "ar"]
SECTORS = {"health", "education", "ict", "engineering", "business", "finance", "public-services",
           "hospitality", "tourism", "trade", "agri-food", "water", "energy", "construction",
           "manufacturing", "transport", "culture", "services"}
SKILL_HEADER = ["conceptType", "conceptUri", "skillType", "reuseLevel", "preferredLabel", "altLabels", "description"]
OCC_HEADER = ["conceptType", "conceptUri", "iscoGroup", "preferredLabel", "altLabels", "description"]
BROADER_HEADER = ["conceptType", "conceptUri", "broaderType", "broaderUri"]
REL_HEADER = ["occupationUri", "relationType", "skillType", "skillUri"]
SKILL_COUNT = (350, 480)      # brief: ~400
OCC_COUNT = (100, 180)        # brief: ~120 (see README)
URI_RE = re.compile(r"^(http://data\.europa\.eu/esco/(skill|occupation)/[0-9a-f-]{36}|urn:dmatch:(skill|occupation):[a-z0-9]+(-[a-z0-9]+)*)$")

problems = []


def fail(msg):
    problems.append(msg)


def read(path, header):
    with open(path, encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh))
    if not rows or rows[0] != header:
        fail(f"{os.path.basename(path)}: header {rows[0] if rows else None} != {header}")
        return []
    out = []
    for i, r in enumerate(rows[1:], 2):
        if len(r) != len(header):
            fail(f"{os.path.basename(path)}:{i}: {len(r)} fields, expected {len(header)}")
            continue
        out.append(dict(zip(header, r)))
    return out


def no_cycles(edges, what):
    # edges: child -> set(parents)
    state = {}

    def visit(n, path):
        if state.get(n) == 1:
            fail(f"{what}: broader cycle {' -> '.join(path + [n])}")
            return
        if state.get(n) == 2:
            return
        state[n] = 1
        for p in edges.get(n, ()):
            visit(p, path + [n])
        state[n] = 2

    for n in list(edges):
        visit(n, [])


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser()
    ap.add_argument("--dir", default=os.path.join(here, "..", "taxonomy"))
    ap.add_argument("--esco", default=None)
    a = ap.parse_args()
    d = a.dir

    kinds = {"skills": SKILL_HEADER, "occupations": OCC_HEADER}
    concepts = {}   # kind -> {lang -> {uri: row}}
    for kind, header in kinds.items():
        concepts[kind] = {}
        for lang in LANGS:
            rows = read(os.path.join(d, f"{kind}_{lang}.csv"), header)
            by = {}
            for r in rows:
                u = r["conceptUri"]
                if u in by:
                    fail(f"{kind}_{lang}: duplicate URI {u}")
                by[u] = r
                if not URI_RE.match(u):
                    fail(f"{kind}_{lang}: malformed URI {u}")
                if not r["preferredLabel"].strip():
                    fail(f"{kind}_{lang}: {u} has no preferredLabel")
                alts = [x for x in r["altLabels"].split("\n") if x]
                if not alts:
                    fail(f"{kind}_{lang}: {u} has no altLabels")
                if len({x.casefold() for x in alts}) != len(alts) or r["preferredLabel"].casefold() in {x.casefold() for x in alts}:
                    fail(f"{kind}_{lang}: {u} has duplicate labels")
                if any(x != x.strip() for x in alts + [r["preferredLabel"]]):
                    fail(f"{kind}_{lang}: {u} label with stray whitespace")
                if lang != "ar" and not r["description"].strip():
                    fail(f"{kind}_{lang}: {u} has no description")
                if kind == "skills":
                    if r["conceptType"] != "KnowledgeSkillCompetence":
                        fail(f"{kind}_{lang}: {u} conceptType {r['conceptType']}")
                    if r["skillType"] not in ("skill/competence", "knowledge"):
                        fail(f"{kind}_{lang}: {u} skillType {r['skillType']}")
                    if r["reuseLevel"] not in ("transversal", "cross-sector", "sector-specific", "occupation-specific"):
                        fail(f"{kind}_{lang}: {u} reuseLevel {r['reuseLevel']}")
                else:
                    if r["conceptType"] != "Occupation":
                        fail(f"{kind}_{lang}: {u} conceptType {r['conceptType']}")
                    if not re.fullmatch(r"\d{4}", r["iscoGroup"]):
                        fail(f"{kind}_{lang}: {u} iscoGroup {r['iscoGroup']!r} is not a 4-digit ISCO-08 code")
                    if "/" in r["preferredLabel"] and lang in ("fr", "ar") and len(alts) < 2:
                        fail(f"{kind}_{lang}: {u} gendered label without both forms as altLabels")
                if kind == "skills" and ("/esco/occupation/" in u or ":occupation:" in u):
                    fail(f"skills_{lang}: {u} is an occupation URI")
                if kind == "occupations" and ("/esco/skill/" in u or ":skill:" in u):
                    fail(f"occupations_{lang}: {u} is a skill URI")
            concepts[kind][lang] = by
        base = set(concepts[kind]["en"])
        for lang in LANGS[1:]:
            other = set(concepts[kind][lang])
            if other != base:
                fail(f"{kind}: URI set of {lang} differs from en (missing {sorted(base - other)[:5]}, extra {sorted(other - base)[:5]})")
            for u in base & other:
                for col in ("skillType", "reuseLevel", "iscoGroup"):
                    if col in concepts[kind]["en"][u] and concepts[kind]["en"][u][col] != concepts[kind][lang][u][col]:
                        fail(f"{kind}: {u} {col} differs between en and {lang}")

    skills = concepts["skills"]["en"]
    occs = concepts["occupations"]["en"]

    # skill hierarchy
    sedges = {}
    for r in read(os.path.join(d, "broaderRelationsSkillPillar.csv"), BROADER_HEADER):
        if r["conceptType"] != "KnowledgeSkillCompetence" or r["broaderType"] != "KnowledgeSkillCompetence":
            fail(f"skill broader row with types {r['conceptType']}/{r['broaderType']}")
        for u in (r["conceptUri"], r["broaderUri"]):
            if u not in skills:
                fail(f"broaderRelationsSkillPillar: unknown skill {u}")
        if r["conceptUri"] == r["broaderUri"]:
            fail(f"broaderRelationsSkillPillar: self-loop {r['conceptUri']}")
        sedges.setdefault(r["conceptUri"], set()).add(r["broaderUri"])
    no_cycles(sedges, "skills")

    # occupation hierarchy
    oedges, has_isco = {}, set()
    for r in read(os.path.join(d, "broaderRelationsOccPillar.csv"), BROADER_HEADER):
        if r["conceptType"] != "Occupation" or r["conceptUri"] not in occs:
            fail(f"broaderRelationsOccPillar: unknown occupation {r['conceptUri']}")
            continue
        if r["broaderType"] == "ISCOGroup":
            want = "http://data.europa.eu/esco/isco/C" + occs[r["conceptUri"]]["iscoGroup"]
            if r["broaderUri"] != want:
                fail(f"broaderRelationsOccPillar: {r['conceptUri']} -> {r['broaderUri']}, iscoGroup says {want}")
            has_isco.add(r["conceptUri"])
        elif r["broaderType"] == "Occupation":
            if r["broaderUri"] not in occs:
                fail(f"broaderRelationsOccPillar: unknown broader occupation {r['broaderUri']}")
            oedges.setdefault(r["conceptUri"], set()).add(r["broaderUri"])
        else:
            fail(f"broaderRelationsOccPillar: broaderType {r['broaderType']}")
    no_cycles(oedges, "occupations")
    for u in set(occs) - has_isco:
        fail(f"occupation {u} has no ISCOGroup broader row")

    # occupation-skill relations
    essential, seen = {}, set()
    for r in read(os.path.join(d, "occupationSkillRelations.csv"), REL_HEADER):
        o, s = r["occupationUri"], r["skillUri"]
        if o not in occs:
            fail(f"occupationSkillRelations: unknown occupation {o}")
        if s not in skills:
            fail(f"occupationSkillRelations: unknown skill {s}")
            continue
        if r["relationType"] not in ("essential", "optional"):
            fail(f"occupationSkillRelations: relationType {r['relationType']}")
        if r["skillType"] != skills[s]["skillType"]:
            fail(f"occupationSkillRelations: {s} skillType {r['skillType']} != {skills[s]['skillType']}")
        if (o, s) in seen:
            fail(f"occupationSkillRelations: duplicate pair {o} {s}")
        seen.add((o, s))
        if r["relationType"] == "essential":
            essential[o] = essential.get(o, 0) + 1
    for o in occs:
        if essential.get(o, 0) < 4:
            fail(f"occupation {o} ({occs[o]['preferredLabel']}) has {essential.get(o, 0)} essential skills (< 4)")

    # sectors
    with_sector = set()
    with open(os.path.join(d, "sectors.csv"), encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh))
    if rows[0] != ["conceptUri", "sector"]:
        fail(f"sectors.csv: header {rows[0]}")
    pairs = set()
    for r in rows[1:]:
        if len(r) != 2:
            fail(f"sectors.csv: bad row {r}")
            continue
        if r[0] not in skills and r[0] not in occs:
            fail(f"sectors.csv: unknown concept {r[0]}")
        if r[1] not in SECTORS:
            fail(f"sectors.csv: unknown sector {r[1]}")
        if tuple(r) in pairs:
            fail(f"sectors.csv: duplicate row {r}")
        pairs.add(tuple(r))
        with_sector.add(r[0])
    for u in (set(skills) | set(occs)) - with_sector:
        fail(f"{u} has no sector")
    used = {s for _, s in pairs}
    if used != SECTORS:
        fail(f"sectors never used: {sorted(SECTORS - used)}")

    # counts
    if not SKILL_COUNT[0] <= len(skills) <= SKILL_COUNT[1]:
        fail(f"{len(skills)} skills, expected {SKILL_COUNT}")
    if not OCC_COUNT[0] <= len(occs) <= OCC_COUNT[1]:
        fail(f"{len(occs)} occupations, expected {OCC_COUNT}")
    depth = {}

    def dep(u):
        if u not in depth:
            depth[u] = 1 + max((dep(p) for p in sedges.get(u, ())), default=0)
        return depth[u]
    if max(dep(u) for u in skills) < 3:
        fail("skill hierarchy never reaches 3 levels")

    # optional: ESCO cross-check
    if a.esco:
        ref = {}
        for kind, fn in (("skills", "skills_en.csv"), ("occupations", "occupations_en.csv")):
            with open(os.path.join(a.esco, "en", fn), encoding="utf-8", newline="") as fh:
                ref[kind] = {r["conceptUri"]: r for r in csv.DictReader(fh)}
        for u, r in skills.items():
            if u.startswith("http://") and u not in ref["skills"]:
                fail(f"ESCO skill URI not in ESCO: {u}")
            elif u.startswith("http://") and ref["skills"][u]["skillType"] != r["skillType"]:
                fail(f"{u}: skillType differs from ESCO")
        for u, r in occs.items():
            if u.startswith("http://") and u not in ref["occupations"]:
                fail(f"ESCO occupation URI not in ESCO: {u}")
            elif u.startswith("http://") and ref["occupations"][u]["iscoGroup"] != r["iscoGroup"]:
                fail(f"{u}: iscoGroup {r['iscoGroup']} != ESCO {ref['occupations'][u]['iscoGroup']}")

    n_esco_s = sum(u.startswith("http://") for u in skills)
    n_esco_o = sum(u.startswith("http://") for u in occs)
    print(f"skills: {len(skills)} ({n_esco_s} ESCO, {len(skills) - n_esco_s} urn:dmatch), max depth {max(depth.values())}, "
          f"{len(sedges)} broader links")
    print(f"occupations: {len(occs)} ({n_esco_o} ESCO, {len(occs) - n_esco_o} urn:dmatch), "
          f"{sum(len(v) for v in oedges.values())} occupation->occupation links")
    print(f"occupation-skill relations: {len(seen)}; sector rows: {len(pairs)}")
    if problems:
        print(f"\n{len(problems)} problem(s):")
        for p in problems[:200]:
            print("  - " + p)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
