#!/usr/bin/python3
"""Expected values for tests/unit/importers/geo_tables_test.cpp (shared CBS and DUO files).

Run:  /usr/bin/python3 tests/reference/geo_tables_reference.py [shared-data-dir]

Uses Python's csv module and codecs (independent of the C++ CSV reader): counts of municipalities,
residence names (compared by name_key, so "Kapel-Avezaath" = "Kapel Avezaath") that occur in one /
several municipalities, and the DUO register's size per level and
how many DUO institutions lie in a municipality whose COROP region (CBS 2024 table) equals DUO's own
COROPGEBIED CODE.
"""
import collections
import csv
import os
import re
import sys
import unicodedata


def name_key(s):
    """The documented rule of ppsnet::import::name_key, implemented with unicodedata: accents removed,
    lower case, apostrophes dropped, every other run of non-alphanumerics -> one space, trimmed."""
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower().replace("'", "")
    return " ".join(t for t in re.split(r"[^a-z0-9]+", s) if t)


def main():
    shared = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", "..", "..",
                                                                 "shared", "data", "raw")
    gem = list(csv.DictReader(open(os.path.join(shared, "derived_gemeente_corop_provincie_2024.csv"),
                                   encoding="utf-8", newline="")))
    print("municipalities", len(gem))
    corop_of = {r["gemeente_code"]: int(r["corop_code"]) for r in gem}
    wp = list(csv.DictReader(open(os.path.join(shared, "cbs_woonplaats_gemeente_corop_2024.csv"),
                                  encoding="utf-8", newline="")))
    print("residence_rows", len(wp))
    print("municipalities_in_residence_file", len({r["Gemeentecode"] for r in wp}))
    by_name = collections.defaultdict(set)
    for r in wp:
        by_name[name_key(r["Woonplaats"])].add(r["Gemeentecode"])
    print("residence_names_unique", sum(1 for v in by_name.values() if len(v) == 1))
    print("residence_names_ambiguous", sum(1 for v in by_name.values() if len(v) > 1))
    print("velp_municipalities", sorted(by_name["velp"]))
    duo = list(csv.DictReader(open(os.path.join(shared, "duo_01-instellingen-hbo-en-wo.csv"),
                                   encoding="latin-1", newline=""), delimiter=";"))
    print("duo_rows", len(duo))
    print("duo_levels", dict(collections.Counter(r["SOORT HO"] for r in duo)))
    same = sum(1 for r in duo if corop_of.get(r["GEMEENTENUMMER"]) == int(r["COROPGEBIED CODE"]))
    print("duo_corop_equal_to_cbs_2024", same)
    print("duo_municipality_code_known", sum(1 for r in duo if r["GEMEENTENUMMER"] in corop_of))


if __name__ == "__main__":
    main()
