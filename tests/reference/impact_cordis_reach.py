#!/usr/bin/python3
"""Expected values for tests/unit/queries/impact_cli_test.cpp (ppsnet reach --level country on the Dutch CORDIS subset).

Run:  /usr/bin/python3 tests/reference/impact_cordis_reach.py [shared-data-dir] > tests/reference/expected/impact_cordis_reach.json

Reads derived_cordis_h2020_participations_NLprojects.csv with Python's csv module and re-implements the country-level
reach of docs/metrics.md independently of ppsnet: each project's distinct PICs (a PIC keeps the first country it is
listed with), the home country is the coordinator's (every project in this file has exactly one coordinator
country, checked below), CORDIS "EL"/"UK" are GR/GB.
Prints, over all projects: participations (distinct project-PIC pairs) and the number in the coordinator's own
country; and for the projects coordinated from the Netherlands the full five-class split, using only two facts
about the map: the Netherlands' land neighbours are Belgium and Germany, and the EU-27 member list below.
"""
import collections
import csv
import json
import os
import sys

EU27 = {"AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT", "LU",
        "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE"}
NL_NEIGHBOURS = {"BE", "DE"}


def iso(code):
    code = code.strip().upper()
    return {"EL": "GR", "UK": "GB"}.get(code, code)


def main():
    shared = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "../../../shared/data/raw")
    path = os.path.join(shared, "derived_cordis_h2020_participations_NLprojects.csv")
    country = {}
    members = collections.defaultdict(set)
    coordinator = collections.defaultdict(set)
    with open(path, encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            pic = row["pic"]
            country.setdefault(pic, iso(row["country"]))
            members[row["rcn"]].add(pic)
            if row["role"] == "coordinator":
                coordinator[row["rcn"]].add(pic)
    participations = own = 0
    nl = {"initiatives": 0, "participations": 0, "own_country": 0, "neighbouring_country": 0, "elsewhere_eu": 0,
          "outside_eu": 0, "unknown": 0}
    for rcn, pics in members.items():
        homes = {country[p] for p in coordinator[rcn]}
        assert len(homes) == 1, (rcn, homes)
        home = homes.pop()
        participations += len(pics)
        own += sum(1 for p in pics if country[p] == home)
        if home != "NL":
            continue
        nl["initiatives"] += 1
        nl["participations"] += len(pics)
        for p in pics:
            c = country[p]
            if not c:
                nl["unknown"] += 1
            elif c == "NL":
                nl["own_country"] += 1
            elif c in NL_NEIGHBOURS:
                nl["neighbouring_country"] += 1
            elif c in EU27:
                nl["elsewhere_eu"] += 1
            else:
                nl["outside_eu"] += 1
    json.dump({"initiatives": len(members), "participations": participations, "own_country": own,
               "netherlands": nl}, sys.stdout, indent=1, sort_keys=True)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
