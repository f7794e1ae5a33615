"""Reads a ppsnet CSV file with Python's csv module (RFC 4180 dialect "excel") and prints it as a JSON array of
rows (arrays of strings), for csv_test.cpp. Usage: /usr/bin/python3 csv_read.py FILE"""
import csv
import json
import sys

with open(sys.argv[1], newline="", encoding="utf-8") as f:
    rows = list(csv.reader(f, dialect="excel", strict=True))
json.dump(rows, sys.stdout, ensure_ascii=True)
