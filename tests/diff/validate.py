#!/usr/bin/python3
"""validate.py SCHEMA FILE - checks a JSON array (every element) or a
JSON Lines file (every line) against a JSON Schema 2020-12 object schema.
Prints one line per invalid object and exits 1 when there is any."""
import json
import sys

from jsonschema import Draft202012Validator, FormatChecker


def objects(text):
    if text.lstrip().startswith("["):
        return list(enumerate(json.loads(text)))
    return [(i, json.loads(line)) for i, line in enumerate(text.splitlines()) if line.strip()]


def main():
    schema_path, data_path = sys.argv[1:3]
    with open(schema_path) as f:
        schema = json.load(f)
    Draft202012Validator.check_schema(schema)
    # The array form the schema's description gives, checked as a whole too.
    array = Draft202012Validator({"type": "array", "items": schema}, format_checker=FormatChecker())
    one = Draft202012Validator(schema, format_checker=FormatChecker())
    with open(data_path) as f:
        items = objects(f.read())
    bad = 0
    for i, obj in items:
        for err in one.iter_errors(obj):
            print(f"{data_path}: item {i + 1}: {err.message}")
            bad += 1
    if not array.is_valid([o for _, o in items]):
        bad += 1
    if not items:
        print(f"{data_path}: no objects to check")
        bad += 1
    sys.exit(1 if bad else 0)


main()
