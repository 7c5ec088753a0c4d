"""Design problems whose calls take and return arrays (the KV cache's `forward(x)`), on a small synthetic problem in
a private catalogue (SHOUSI_ROOT): `RunningSum(dim)`, `add(x)` -> the running sums of x's rows (T, dim) after
everything added so far, `total()` -> (dim,), `count()` -> int."""

from __future__ import annotations

import textwrap

import numpy as np
import pytest

from harness import catalogue, grading
from harness.grading.verdict import Verdict

TOML = """
id = "running-sum"
title = "Running Sum"
kind = "design"

[entry]
class = "RunningSum"

[arrays]  # a design problem declares each operation's array arguments by position ("" for none)
add = ["float64"]

[checker]
name = "operations"
"""
STATEMENT = """# Running Sum

## Examples

```
Input: ["RunningSum", "add", "total", "count", "add"] [[2], [[[1, 2], [3, 4]]], [], [], [[[0.5, 0.5]]]]
Output: [null, [[1, 2], [4, 6]], [4, 6], 2, [[4.5, 6.5]]]
```
"""
CASES = """
import numpy as np

from harness.catalogue.cases import Case


def hidden_cases(rng):
    gen = np.random.default_rng(rng.randrange(2**32))
    for dtype in (np.float64, np.float32):
        operations, arguments = ["RunningSum"], [[3]]
        for _ in range(4):
            operations += ["add", "total", "count"]
            arguments += [[gen.standard_normal((int(gen.integers(1, 4)), 3)).astype(dtype)], [], []]
        yield Case({"operations": operations, "arguments": arguments}, note=f"four chunks, {np.dtype(dtype)}")
"""
REFERENCE = """
import numpy as np


class RunningSum:
    def __init__(self, dim):
        self.sum, self.n = None, 0
        self.dim = dim

    def add(self, x):
        start = np.zeros(self.dim, dtype=x.dtype) if self.sum is None else self.sum
        out = start + np.cumsum(x, axis=0, dtype=np.float64).astype(x.dtype)
        self.sum, self.n = out[-1].copy(), self.n + len(x)
        return out

    def total(self):
        return self.sum.copy()

    def count(self):
        return self.n
"""


@pytest.fixture
def running_sum(tmp_path, monkeypatch):
    """The package alone in a private catalogue; returns a function grading a solution's source."""
    folder = tmp_path / "problems" / "running-sum"
    folder.mkdir(parents=True)
    (folder / "problem.toml").write_text(TOML)
    (folder / "statement.md").write_text(STATEMENT)
    (folder / "cases.py").write_text(CASES)
    (tmp_path / "solutions").mkdir()
    (tmp_path / "solutions" / "running-sum.py").write_text(REFERENCE)
    monkeypatch.setenv("SHOUSI_ROOT", str(tmp_path))

    def grade(source: str, hidden: bool = True):
        path = tmp_path / "mine.py"
        path.write_text(textwrap.dedent(source))
        return grading.grade(catalogue.resolve("running-sum"), path, hidden=hidden)

    return grade


def test_the_reference_replays_with_array_arguments_and_answers(running_sum):
    result = running_sum(REFERENCE)
    assert result.verdict is Verdict.ACCEPTED, result.message
    assert result.passed == result.total == 3


def test_the_examples_lists_become_the_declared_arrays(running_sum):
    """The statement's JSON lists reach `add` as float64 arrays (and `run --input` likewise)."""
    strict = REFERENCE.replace("    def add(self, x):\n",
                               "    def add(self, x):\n        assert x.dtype == np.float64 and x.ndim == 2\n")
    assert running_sum(strict, hidden=False).verdict is Verdict.ACCEPTED
    given = catalogue.resolve("running-sum").parse_case('["RunningSum", "add", "count"] [[2], [[[1, 2]]], []]')
    assert given["arguments"][0] == [2] and given["arguments"][2] == []
    assert isinstance(given["arguments"][1][0], np.ndarray) and given["arguments"][1][0].dtype == np.float64


def test_returned_arrays_are_compared_by_the_floats_rule(running_sum):
    """Differences far below the tolerance (another summation order) pass; exact comparison would fail them."""
    source = REFERENCE.replace("        return out\n", "        return out + out * 1e-14\n")
    result = running_sum(source)
    assert result.verdict is Verdict.ACCEPTED, result.message


def test_a_wrong_array_names_the_call_and_the_worst_element(running_sum):
    source = REFERENCE.replace("start + np.cumsum", "np.cumsum")  # forgets what came before
    result = running_sum(source)
    assert result.verdict is Verdict.WRONG_ANSWER
    assert result.failure.name == "example 1"
    assert result.failure.message.startswith("call 4, add(")
    assert "values differ beyond" in result.failure.message


def test_an_answer_in_the_wrong_dtype_is_caught(running_sum):
    source = REFERENCE.replace("        return out\n", "        return out.astype(np.float64)\n")
    result = running_sum(source)
    assert result.verdict is Verdict.WRONG_ANSWER
    assert "float32" in result.failure.note and "dtype: expected float32" in result.failure.message


def test_an_array_returned_is_taken_as_it_was_when_returned(running_sum):
    """`total()` hands out its live buffer, which later `add` calls update in place: each answer must be the
    value at the time of the call, not the buffer's final state."""
    source = """
    import numpy as np


    class RunningSum:
        def __init__(self, dim):
            self.sum, self.n = None, 0
            self.dim = dim

        def add(self, x):
            if self.sum is None:
                self.sum = np.zeros(self.dim, dtype=x.dtype)
            out = self.sum + np.cumsum(x, axis=0, dtype=np.float64).astype(x.dtype)
            self.sum[...] = out[-1]
            self.n += len(x)
            return out

        def total(self):
            return self.sum

        def count(self):
            return self.n
    """
    result = running_sum(source)
    assert result.verdict is Verdict.ACCEPTED, result.message


def test_the_schema_takes_a_design_problems_arrays_by_operation(tmp_path):
    """`[arrays] add = ["float64"]` is a design problem's form; a dtype that is not one, or a bare string, is a
    finding that says what to write."""
    from harness.catalogue import schema

    def findings(arrays):
        spec = {"id": "running-sum", "title": "Running Sum", "kind": "design", "entry": {"class": "RunningSum"},
                "checker": {"name": "operations"}, "arrays": arrays}
        return [f for f in schema.findings(spec, tmp_path / "running-sum") if "[arrays]" in f]

    assert findings({"add": ["float64"], "RunningSum": [""]}) == []
    assert "is not a NumPy dtype" in " ".join(findings({"add": ["float46"]}))
    assert "by position" in " ".join(findings({"add": "float64"}))
