#!/usr/bin/python3
"""schema.py STORE - checks that the tables rw-store made are the ones
schema/store.sql documents (same statements, comments and layout aside)
and that the store is at the version the file names."""
import re
import sqlite3
import sys


def norm(sql):
    sql = re.sub(r"--[^\n]*", " ", sql or "")
    return re.sub(r"\s+", " ", sql).replace("( ", "(").replace(" )", ")").strip()


def objects(con):
    return sorted((t, n, norm(s)) for t, n, s in con.execute(
        "SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"))


text = open("schema/store.sql", encoding="utf-8").read()
doc = sqlite3.connect(":memory:")
doc.executescript(text)
store = sqlite3.connect(sys.argv[1])
want, have = objects(doc), objects(store)
version = int(re.search(r"version (\d+)", text).group(1))
have_version = store.execute("PRAGMA user_version").fetchone()[0]
ok = want == have and version == have_version
if not ok:
    print("schema/store.sql:", want, "version", version)
    print("the store:      ", have, "version", have_version)
print("schema matches" if ok else "schema differs")
sys.exit(0 if ok else 1)
