#!/usr/bin/python3
"""Expected values for tests/unit/importers/cordis_test.cpp (full CORDIS H2020 participation table).

Run:  /usr/bin/python3 tests/reference/geo_cordis_reference.py [shared-data-dir]

Reads cordis_h2020_participations_eunets.csv with Python's csv module (independent of the C++ CSV reader)
and prints the counts the C++ test asserts. The Dutch HES rule is re-implemented here from docs/cordis.md:
PIC in the list of Dutch university/academic-hospital PICs, or >= 20 participation rows -> university,
else hogeschool. The country column's "NA" is Namibia (group "tc"); CORDIS "EL"/"UK" are GR/GB.
"""
import collections
import csv
import json
import os
import sys

KNOWN_PICS = {"999977366", "999985805", "999977269", "999985708", "999992110", "999974553", "954530344",
              "999989782", "999981634", "999975911", "999900833", "999839335", "999899475", "999988424",
              "999990849", "999914801", "998732274"}
THRESHOLD = 20


def main():
    shared = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", "..", "..",
                                                                 "shared", "data", "raw")
    rows = list(csv.DictReader(open(os.path.join(shared, "cordis_h2020_participations_eunets.csv"),
                                    encoding="utf-8", newline="")))
    iso = {e["alpha_2"] for e in json.load(open("/usr/share/iso-codes/json/iso_3166-1.json"))["3166-1"]}
    iso |= {"XK"}
    print("rows", len(rows))
    print("projects", len({r["rcn"] for r in rows}))
    print("organisations", len({r["pic"] for r in rows}))
    pairs = collections.Counter((r["rcn"], r["pic"]) for r in rows)
    print("repeated_pairs", sum(1 for v in pairs.values() if v > 1))
    roles = collections.Counter(r["role"] for r in rows)
    print("role_coordinator", roles["coordinator"])
    print("role_partner", roles["participant"] + roles["partner"])
    country_of = {}
    type_of = {}
    count = collections.Counter()
    for r in rows:
        c = {"EL": "GR", "UK": "GB"}.get(r["country"], r["country"])
        country_of[r["pic"]] = c
        type_of[r["pic"]] = r["type"]
        count[r["pic"]] += 1
    bad = {c for c in country_of.values() if c not in iso}
    print("unrecognised_countries", len(bad))
    print("orgs_NA_namibia", sum(1 for c in country_of.values() if c == "NA"))
    print("orgs_GR", sum(1 for c in country_of.values() if c == "GR"))
    print("orgs_GB", sum(1 for c in country_of.values() if c == "GB"))
    nl_hes = [p for p in type_of if type_of[p] == "HES" and country_of[p] == "NL"]
    uni = [p for p in nl_hes if p in KNOWN_PICS or count[p] >= THRESHOLD]
    print("nl_hes", len(nl_hes))
    print("nl_university", len(uni))
    print("nl_hogeschool", len(nl_hes) - len(uni))
    print("hes_university_total", sum(1 for p in type_of if type_of[p] == "HES") - (len(nl_hes) - len(uni)))
    print("projects_without_start_year", len({r["rcn"] for r in rows if r["start_year"] == "NA"}))
    total = sum(float(r["contribution"]) for r in rows if r["contribution"] != "NA")
    print("contribution_sum_eur %.2f" % total)
    print("contribution_rows", sum(1 for r in rows if r["contribution"] != "NA"))


if __name__ == "__main__":
    main()
