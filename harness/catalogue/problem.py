"""A problem package: `problems/<id>/problem.toml` plus its statement, stub, hidden cases and reference.

problem.toml declares what the harness needs and nothing in `harness/` names a problem:

    id, number, title, difficulty, tags, asked_in, params, kind ("function" or "design")
    [entry]    class / method / function   the names a solution file may define
    [checker]  name = "exact" | "unordered" | ... | "custom" (the package's checker.py), plus its options
    [limits]   time_limit_s (per case, on the calibration machine), memory_mb, output_mb
    [arrays]   param = "float32" | "bool" | ...: inputs written as JSON lists that become numpy arrays
    hints      progressive hints, gentlest first (`shousi hint`); hints_zh, the same in Chinese
    [flavours.torch]  entry and driver of a PyTorch flavour (harness.catalogue.flavours)
    forbidden  dotted names of the library functions, classes or modules that do the problem's work
               (harness.sandbox.forbid); the statement lists them
    inputs_unchanged  true: a call that changes its inputs in place is a wrong answer (the ML problems)
    in_place   "nums": the call returns None and is judged on that input as the call left it (LC283, LC48)
    adapter    "adapter.py": the package's module that builds LeetCode's nodes (ListNode, TreeNode) from a case's
               plain values and reads the answer back, in the worker (harness.leetcode)
    [compare]  n = what n counts on compare's size ladder ("the amount"), n_zh the same in Chinese ("金额");
               per_call = true where n counts calls
    statement.zh.md beside statement.md: the Chinese statement (`show --lang zh`)
"""

from __future__ import annotations

import random
import tomllib
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

from harness import loader
from harness.catalogue.cases import Case, parse_examples, parse_input
from harness.errors import InputError, ProblemError

KINDS = ("function", "design")


@dataclass(frozen=True)
class Limits:
    """Per-case time (on the calibration machine, see harness.timing), address space and printed output."""

    time_limit_s: float = 2.0
    memory_mb: int = 2048
    output_mb: int = 16
    slowest_accepted: str = ""  # the known submission the limit was calibrated on (benchmarks/calibrate.py)


@dataclass(frozen=True)
class Problem:
    """Everything declared about one problem, with its files found relative to the catalogue root."""

    id: str
    title: str
    folder: Path
    reference: Path
    number: int | None = None
    difficulty: str = "medium"
    tags: tuple[str, ...] = ()
    asked_in: tuple[str, ...] = ()
    params: tuple[str, ...] = ()
    kind: str = "function"
    entry: dict = field(default_factory=dict)
    checker: dict = field(default_factory=dict)
    limits: Limits = Limits()
    arrays: dict = field(default_factory=dict)
    hints: tuple[str, ...] = ()
    hints_zh: tuple[str, ...] = ()
    seed: int = 0
    forbidden: tuple[str, ...] = ()
    flavours: dict = field(default_factory=dict)  # [flavours.NAME] tables, read by harness.catalogue.flavours
    inputs_unchanged: bool = False
    compare: dict = field(default_factory=dict)  # [compare]: n (what n counts on the size ladder), per_call
    adapter: str | None = None  # a module of the package: nodes built from the cases, answers read back
    in_place: str | None = None  # the input judged after the call, which LeetCode's in-place problems change

    @property
    def adapter_path(self) -> Path | None:
        return self.folder / self.adapter if self.adapter else None

    @property
    def statement_path(self) -> Path:
        return self.folder / "statement.md"

    @property
    def stub_path(self) -> Path:
        return self.folder / "stub.py"

    @property
    def statement(self) -> str:
        """The English statement, which also holds the examples (the run set)."""
        return self.statement_path.read_text(encoding="utf-8")

    def statement_in(self, language: str) -> str:
        """The statement in `language` ("en" or "zh"), English where no translation exists."""
        translated = self.folder / f"statement.{language}.md"
        return translated.read_text(encoding="utf-8") if language != "en" and translated.is_file() else self.statement

    def hints_in(self, language: str) -> tuple[str, ...]:
        return self.hints_zh if language == "zh" and self.hints_zh else self.hints

    @cached_property
    def examples(self) -> list[Case]:
        """The statement's examples: the "run" set."""
        try:
            cases = parse_examples(self.statement, list(self.params), self.kind)
        except InputError as exc:
            raise ProblemError(f"{self.id}: bad example in statement.md: {exc}") from None
        for number, case in enumerate(cases, 1):
            case.name = f"example {number}"
            case.input = self.with_arrays(case.input)
        return cases

    def parse_case(self, text: str) -> dict:
        """Read a custom case in LeetCode's format (`run --input`), arrays made numpy arrays, constraints checked."""
        given = self.with_arrays(parse_input(text, list(self.params), self.kind))
        validate = getattr(self._cases_module(), "validate", None)
        if validate is not None:
            try:
                validate(given)
            except AssertionError as exc:
                raise InputError(f"outside the constraints ({str(exc) or 'see `shousi show ' + self.id + '`'})") from None
            except KeyError as exc:  # the validator asked for an input the case does not give
                raise InputError(f"{exc.args[0]} is missing; this problem takes {', '.join(self.params)}") from None
            except Exception as exc:  # a malformed case the validator trips over
                raise InputError(f"not a valid case: {exc!r}") from None
        return given

    def with_arrays(self, given: dict) -> dict:
        """Turn the inputs declared in [arrays] from JSON lists into numpy arrays of their dtype. A design problem
        declares the dtypes of each operation's arguments by position, "" for none: `forward = ["float64"]`."""
        if not self.arrays:
            return given
        if self.kind == "design":
            calls = zip(given.get("operations", []), given.get("arguments", []))
            return {**given, "arguments": [self._call_arrays(name, args) for name, args in calls]}
        converted = dict(given)
        for name, dtype in self.arrays.items():
            if name in converted:
                converted[name] = _array(name, converted[name], dtype)
        return converted

    def _call_arrays(self, operation: str, args: list) -> list:
        """One design call's arguments, with those [arrays] declares for `operation` made arrays."""
        dtypes = list(self.arrays.get(operation, []))
        dtypes += [""] * (len(args) - len(dtypes))
        return [_array(f"{operation} argument {i}", value, dtype) for i, (value, dtype) in enumerate(zip(args, dtypes))]

    def _cases_module(self) -> Any:
        return loader.load(f"shousi_cases_{self.id.replace('-', '_')}", self.folder / "cases.py")

    def hidden_cases(self) -> list[Case]:
        """The hidden tests from the package's cases.py, seeded so that every grade sees the same ones."""
        cases = list(self._cases_module().hidden_cases(random.Random(self.seed)))
        for number, case in enumerate(cases, 1):
            case.name = f"hidden {number}"
        return cases


    def size_ladder(self) -> tuple[list[int], list[dict]]:
        """For `compare`: the sizes declared in cases.py (SIZES) and a seeded input of each (sized_input)."""
        module = self._cases_module()
        if not hasattr(module, "sized_input"):
            raise ProblemError(f"{self.id} declares no size ladder (SIZES and sized_input in cases.py)")
        rng = random.Random(self.seed)
        return list(module.SIZES), [module.sized_input(rng, n) for n in module.SIZES]


def _array(name: str, value: Any, dtype: str) -> Any:
    """`value` as a numpy array of `dtype` (a dict: each of its values, as a decoder block's params); None, or no
    dtype, leaves it as it is."""
    if value is None or not dtype:
        return value
    if isinstance(value, dict):
        return {key: _array(f"{name}[{key!r}]", item, dtype) for key, item in value.items()}
    import numpy as np

    try:
        return np.asarray(value, dtype=dtype)
    except (TypeError, ValueError) as exc:
        raise InputError(f"{name}: not an array of {dtype}: {exc}") from None


def load_problem(folder: Path, solutions: Path) -> Problem:
    """Read `folder/problem.toml` and check that it names what the harness needs."""
    try:
        spec = tomllib.loads((folder / "problem.toml").read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ProblemError(f"{folder.name}: cannot read problem.toml: {exc}") from None
    try:
        problem = Problem(
            id=spec["id"], title=spec["title"], folder=folder, reference=solutions / f"{spec['id']}.py",
            number=spec.get("number"), difficulty=spec.get("difficulty", "medium"),
            tags=tuple(spec.get("tags", ())), asked_in=tuple(spec.get("asked_in", ())),
            params=tuple(spec.get("params", ())), kind=spec.get("kind", "function"),
            entry=dict(spec["entry"]), checker=dict(spec.get("checker", {"name": "exact"})),
            limits=Limits(**spec.get("limits", {})), arrays=dict(spec.get("arrays", {})),
            hints=tuple(spec.get("hints", ())), hints_zh=tuple(spec.get("hints_zh", ())), seed=spec.get("seed", 0),
            forbidden=tuple(spec.get("forbidden", ())), flavours=dict(spec.get("flavours", {})),
            inputs_unchanged=spec.get("inputs_unchanged", False) is True, compare=dict(spec.get("compare", {})),
            adapter=spec.get("adapter"), in_place=spec.get("in_place"),
        )
    except (KeyError, TypeError) as exc:
        raise ProblemError(f"{folder.name}: problem.toml lacks or misnames {exc}") from None
    if problem.id != folder.name or problem.kind not in KINDS:
        raise ProblemError(f"{folder.name}: id must be the folder's name and kind one of {KINDS}")
    if not all(isinstance(name, str) and name for name in problem.forbidden):
        raise ProblemError(f"{folder.name}: forbidden must be a list of dotted names, e.g. [\"torch.softmax\"]")
    if problem.in_place is not None and problem.in_place not in problem.params:
        raise ProblemError(f"{folder.name}: in_place names {problem.in_place!r}, which is not one of params")
    return problem
