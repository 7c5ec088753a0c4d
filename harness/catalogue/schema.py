"""problem.toml's keys and their types, checked one by one for `shousi check` with messages that say what to fix.

`load_problem` stops at the first thing it cannot read; this reads the raw table and reports everything at once:
unknown keys (with the closest known one), values of the wrong type, missing required keys, entry points that do
not fit the kind. The checker's name and options are checked by `harness.checkers.load` itself.
"""

from __future__ import annotations

import dataclasses
import difflib
import tomllib
from pathlib import Path
from typing import Any, Iterator

from harness.catalogue.problem import KINDS, Limits, Problem

DIFFICULTIES = ("easy", "medium", "hard")
STRINGS = "a list of strings"
# Top-level keys and what each must be: a Python type, STRINGS, or a tuple of allowed values.
TOP: dict[str, Any] = {
    "id": str, "number": int, "title": str, "difficulty": DIFFICULTIES, "tags": STRINGS, "asked_in": STRINGS,
    "params": STRINGS, "kind": KINDS, "entry": dict, "checker": dict, "limits": dict, "arrays": dict,
    "hints": STRINGS, "hints_zh": STRINGS, "seed": int, "forbidden": STRINGS, "flavours": dict,
    "inputs_unchanged": bool, "compare": dict, "adapter": str, "in_place": str,
}
REQUIRED = ("id", "title", "difficulty", "tags", "asked_in", "entry", "hints", "hints_zh")
ENTRY_KEYS = ("class", "method", "function")
# [compare]: what n counts on the size ladder (and in Chinese); whether n counts calls; the reference's class there
COMPARE_KEYS = ("n", "n_zh", "per_call", "reference")


def read(folder: Path) -> tuple[dict | None, str | None]:
    """The raw table of folder/problem.toml, or None and a sentence saying why it cannot be read."""
    path = folder / "problem.toml"
    if not path.is_file():
        return None, "problem.toml is missing: every package starts with one (`shousi new` writes it)"
    try:
        return tomllib.loads(path.read_text(encoding="utf-8")), None
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        return None, f"problem.toml is not valid TOML: {exc}"


def findings(spec: dict, folder: Path) -> Iterator[str]:
    """Every problem with the keys and values of one problem.toml."""
    known = set(TOP) | {f.name for f in dataclasses.fields(Problem)} - {"folder", "reference"}
    for key in sorted(set(spec) - known):
        yield f"problem.toml: unknown key {key!r}{_close(key, known)}"
    for key in REQUIRED:
        if key not in spec:
            yield f"problem.toml: {key!r} is missing"
    if spec.get("kind", "function") != "design" and "params" not in spec:
        yield "problem.toml: 'params' is missing: the names of the inputs, in the order of the signature"
    for key, value in spec.items():
        if key in TOP and (problem := _type_problem(value, TOP[key])):
            yield f"problem.toml: {key!r} {problem}"
    if spec.get("id", folder.name) != folder.name:
        yield f"problem.toml: id {spec['id']!r} differs from the folder's name {folder.name!r}: make them the same"
    if isinstance(spec.get("entry"), dict):
        yield from _entry_findings(spec["entry"], spec.get("kind", "function"))
    if isinstance(spec.get("limits"), dict):
        yield from _limits_findings(spec["limits"])
    if isinstance(spec.get("arrays"), dict):
        yield from _arrays_findings(spec["arrays"], spec.get("params", []), spec.get("kind", "function"))
    if isinstance(spec.get("compare", {}), dict):
        yield from _compare_findings(spec.get("compare", {}))


def _type_problem(value: Any, wanted: Any) -> str | None:
    """Why `value` is not what `wanted` describes, or None."""
    if wanted is STRINGS:
        ok = isinstance(value, list) and all(isinstance(item, str) for item in value)
        return None if ok else f"must be {STRINGS}, not {value!r}"
    if isinstance(wanted, tuple):
        return None if value in wanted else f"must be one of {', '.join(map(repr, wanted))}, not {value!r}"
    if wanted is int:
        return None if type(value) is int else f"must be an integer, not {value!r}"
    if wanted is dict:
        return None if isinstance(value, dict) else f"must be a table ([section]), not {value!r}"
    return None if isinstance(value, wanted) else f"must be a {wanted.__name__}, not {value!r}"


def _entry_findings(entry: dict, kind: str) -> Iterator[str]:
    for key in sorted(set(entry) - set(ENTRY_KEYS)):
        yield f"problem.toml: [entry] has no key {key!r}{_close(key, ENTRY_KEYS)}; it takes {', '.join(ENTRY_KEYS)}"
    for key in ENTRY_KEYS:
        if key in entry and not (isinstance(entry[key], str) and entry[key].isidentifier()):
            yield f"problem.toml: [entry] {key} must be a Python name, not {entry[key]!r}"
    if kind == "design" and "class" not in entry:
        yield "problem.toml: a design problem's [entry] names its class (class = \"LRUCache\")"
    if kind != "design" and "function" not in entry and not {"class", "method"} <= set(entry):
        yield "problem.toml: [entry] needs function = \"snake_name\", or class and method (LeetCode's)"
    if "method" in entry and "class" not in entry:
        yield "problem.toml: [entry] has a method but no class"


def _limits_findings(limits: dict) -> Iterator[str]:
    defaults = {f.name: f.default for f in dataclasses.fields(Limits)}
    for key, value in limits.items():
        if key not in defaults:
            yield f"problem.toml: [limits] has no key {key!r}{_close(key, defaults)}; it takes {', '.join(defaults)}"
        elif isinstance(defaults[key], float):
            if type(value) not in (int, float) or value <= 0:
                yield f"problem.toml: [limits] {key} must be a positive number of seconds, not {value!r}"
        elif type(value) is not type(defaults[key]):
            yield f"problem.toml: [limits] {key} must be a {type(defaults[key]).__name__}, not {value!r}"


def _arrays_findings(arrays: dict, params: Any, kind: str) -> Iterator[str]:
    """A function's [arrays] maps a parameter to a dtype; a design problem's maps an operation (a method, or the
    class for its constructor) to its arguments' dtypes by position, "" for an argument that stays as it is."""
    import numpy as np

    for name, dtypes in arrays.items():
        if kind == "design":
            if not (isinstance(dtypes, list) and all(isinstance(d, str) for d in dtypes)):
                yield f"problem.toml: [arrays] {name} must list its arguments' dtypes by position, not {dtypes!r}"
                continue
        elif isinstance(params, list) and name not in params:
            yield f"problem.toml: [arrays] names {name!r}, which is not one of params{_close(name, params)}"
        for dtype in dtypes if kind == "design" else [dtypes]:
            if kind == "design" and dtype == "":
                continue
            try:
                np.dtype(dtype)
            except TypeError:
                yield f"problem.toml: [arrays] {name} = {dtype!r} is not a NumPy dtype (\"float64\", \"int64\", \"bool\")"


def _words_finding(table: dict, key: str, missing: str, language: str) -> Iterator[str]:
    """[compare] `key` is a few words saying what n counts (`language`: ", in Chinese"); `missing` says what to
    write when it is absent."""
    value = table.get(key)
    if value is None:
        yield f"problem.toml: [compare] {key} is missing: {missing}"
    elif not (isinstance(value, str) and value.strip()):
        yield f"problem.toml: [compare] {key} must be a few words saying what n counts{language}, not {value!r}"


def _compare_findings(table: dict) -> Iterator[str]:
    """[compare] says what n counts on the size ladder, in words `compare` shows beside its numbers."""
    for key in sorted(set(table) - set(COMPARE_KEYS)):
        yield (f"problem.toml: [compare] has no key {key!r}{_close(key, COMPARE_KEYS)}; it takes "
               f"{', '.join(COMPARE_KEYS)}")
    yield from _words_finding(table, "n", "say what n counts on compare's size ladder (cases.py's SIZES), e.g. n = "
                              "\"the length of nums\", \"the amount\", \"the grid's cells\", \"the number of calls\"",
                              "")
    yield from _words_finding(table, "n_zh", "say what n counts in Chinese too, for `--lang zh` (n_zh = \"nums 的长度\")",
                              ", in Chinese")
    if "per_call" in table and type(table["per_call"]) is not bool:
        yield (f"problem.toml: [compare] per_call must be true or false (true: n counts calls), not "
               f"{table['per_call']!r}")
    if "reference" in table:
        yield from _class_findings(table["reference"], table.get("per_call") is True)


def _class_findings(name, per_call: bool) -> Iterator[str]:
    """[compare] reference names the reference's total time's class against n, as compare spells it."""
    from harness.compare.growth import NAMES, PER_CALL_OF

    allowed = list(PER_CALL_OF) if per_call else NAMES
    if name not in allowed:
        yield (f"problem.toml: [compare] reference must be the class of the reference's total time against n, one "
               f"of {', '.join(allowed)}{' (n counts calls)' if per_call else ''}, not {name!r}")


def _close(word: str, choices) -> str:
    close = difflib.get_close_matches(word, [str(c) for c in choices], n=1)
    return f" (did you mean {close[0]!r}?)" if close else ""
