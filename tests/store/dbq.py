#!/usr/bin/python3
"""dbq.py DB QUERY - prints the rows of a fixed test query, '|'-separated.

The store tests use it to look into a store (document counts, PRAGMA
integrity_check) without the sqlite3 shell."""
import sqlite3
import sys

con = sqlite3.connect(sys.argv[1])
for row in con.execute(sys.argv[2]):
    print("|".join("" if v is None else str(v) for v in row))
