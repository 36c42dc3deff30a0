#!/usr/bin/python3
"""Checks data/tieline.schema.json against the datasets and fixtures.

Usage: /usr/bin/python3 tests/schema/check_schema.py <repo-root>

1. The schema itself is a valid draft 2020-12 schema, and every property it declares has a
   description (editors show it as help).
2. data/korea-1955-1969.json and every tests/fixtures/valid/*.json validate.
3. Every fixture listed in tests/schema/schema_rejects.txt (under tests/fixtures/invalid/) is
   rejected. The other invalid fixtures break rules only `tieline validate` checks (references,
   impossible dates, overlapping spans, ...).

Prints one line per check and ends with "N passed, M failed"; exits 1 if anything failed.
Needs only the standard library and Debian's python3-jsonschema.
"""

import json
import sys
from pathlib import Path

import jsonschema
from jsonschema import Draft202012Validator
from jsonschema.exceptions import best_match

SCHEMA = "data/tieline.schema.json"
DATASET = "data/korea-1955-1969.json"
VALID_DIR = "tests/fixtures/valid"
INVALID_DIR = "tests/fixtures/invalid"
MANIFEST = "tests/schema/schema_rejects.txt"


class Results:
    def __init__(self):
        self.passed = 0
        self.failed = 0

    def ok(self, what, path, detail=""):
        self.passed += 1
        print(f"ok   {what:<7} {path}{': ' + detail if detail else ''}")

    def fail(self, what, path, detail):
        self.failed += 1
        print(f"FAIL {what:<7} {path}: {detail}")


def short(text, limit=200):
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 3] + "..."


def describe(error):
    """The error's message and where in the instance it happened."""
    where = "/" + "/".join(str(part) for part in error.absolute_path)
    return f"{short(error.message)} (at {where})"


def first_error(validator, instance):
    errors = list(validator.iter_errors(instance))
    if not errors:
        return None
    return best_match(errors)


def _reject_constant(name):
    raise ValueError(f"{name} is not JSON")


def _no_duplicate_keys(pairs):
    seen = {}
    for key, value in pairs:
        if key in seen:
            raise ValueError(f"duplicate key {key!r}")
        seen[key] = value
    return seen


def load_json(path):
    """Strict JSON: UTF-8, no NaN/Infinity, no duplicate keys (Python's json allows both)."""
    with open(path, encoding="utf-8") as f:
        return json.load(f, parse_constant=_reject_constant, object_pairs_hook=_no_duplicate_keys)


def undocumented_properties(node, pointer="#"):
    """Pointers to every entry of a `properties` object that has no description."""
    missing = []
    if isinstance(node, dict):
        props = node.get("properties")
        if isinstance(props, dict):
            for name, sub in props.items():
                if not (isinstance(sub, dict) and isinstance(sub.get("description"), str)
                        and sub["description"].strip()):
                    missing.append(f"{pointer}/properties/{name}")
        for key, value in node.items():
            missing.extend(undocumented_properties(value, f"{pointer}/{key}"))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            missing.extend(undocumented_properties(value, f"{pointer}/{i}"))
    return missing


def read_manifest(path):
    names = []
    for line in path.read_text(encoding="utf-8").splitlines():
        name = line.split("#", 1)[0].strip()
        if name:
            names.append(name)
    return names


def main(argv):
    if len(argv) != 2:
        print(f"usage: {argv[0]} <repo-root>", file=sys.stderr)
        return 2
    root = Path(argv[1]).resolve()
    results = Results()

    # 1. The schema itself.
    try:
        schema = load_json(root / SCHEMA)
    except (OSError, ValueError) as e:
        results.fail("schema", SCHEMA, f"cannot read: {e}")
        print(f"{results.passed} passed, {results.failed} failed")
        return 1
    try:
        Draft202012Validator.check_schema(schema)
    except jsonschema.exceptions.SchemaError as e:
        results.fail("schema", SCHEMA, f"not a valid draft 2020-12 schema: {describe(e)}")
        print(f"{results.passed} passed, {results.failed} failed")
        return 1
    if schema.get("$schema") != "https://json-schema.org/draft/2020-12/schema":
        results.fail("schema", SCHEMA, f"$schema is {schema.get('$schema')!r}, not draft 2020-12")
    else:
        results.ok("schema", SCHEMA, "valid draft 2020-12 schema")
    missing = undocumented_properties(schema)
    if missing:
        results.fail("schema", SCHEMA, "properties without a description: " + ", ".join(missing))
    else:
        results.ok("schema", SCHEMA, "every property has a description")

    # FormatChecker uses only the checkers whose dependencies are present; nothing extra needed.
    validator = Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)

    # 2. Files that must validate.
    valid_files = [root / DATASET] + sorted((root / VALID_DIR).glob("*.json"))
    for path in valid_files:
        rel = path.relative_to(root).as_posix()
        if not path.exists():
            results.fail("valid", rel, "missing (it must exist in the final tree)")
            continue
        try:
            instance = load_json(path)
        except (OSError, ValueError) as e:
            results.fail("valid", rel, f"not readable JSON: {e}")
            continue
        error = first_error(validator, instance)
        if error is None:
            results.ok("valid", rel)
        else:
            results.fail("valid", rel, describe(error))

    # 3. Invalid fixtures the schema must reject.
    manifest = root / MANIFEST
    if not manifest.exists():
        results.fail("rejects", MANIFEST, "missing")
    else:
        for name in read_manifest(manifest):
            path = root / INVALID_DIR / name
            rel = f"{INVALID_DIR}/{name}"
            if not path.exists():
                results.fail("rejects", rel, f"listed in {MANIFEST} but missing")
                continue
            try:
                instance = load_json(path)
            except (OSError, ValueError) as e:
                results.fail("rejects", rel, f"not readable JSON, a schema cannot reject it: {e}")
                continue
            error = first_error(validator, instance)
            if error is None:
                results.fail("rejects", rel, "the schema accepts it")
            else:
                results.ok("rejects", rel, describe(error))

    print(f"{results.passed} passed, {results.failed} failed")
    return 1 if results.failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
