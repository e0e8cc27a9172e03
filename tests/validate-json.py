#!/usr/bin/python3
"""validate-json.py SCHEMA array|lines FILE - validate recwatch JSON output.

`array`: FILE is a JSON array, each item validated against SCHEMA (one
object). `lines`: FILE is JSON Lines, each line validated. Exit 1 with the
first error when any item fails, 0 when all pass (and there is at least one
item, so that an empty output cannot pass unnoticed)."""
import json
import sys

import jsonschema

schema_path, mode, path = sys.argv[1:4]
schema = json.load(open(schema_path))
with open(path, encoding="utf-8") as f:
    items = json.load(f) if mode == "array" else [json.loads(l) for l in f if l.strip()]
if mode == "array" and not isinstance(items, list):
    sys.exit(f"{path}: not a JSON array")
if not items:
    sys.exit(f"{path}: no items")
validator = jsonschema.Draft202012Validator(schema)
for i, item in enumerate(items):
    errors = sorted(validator.iter_errors(item), key=str)
    if errors:
        sys.exit(f"{path}: item {i}: {errors[0].message}")
print(f"{len(items)} items valid")
