"""`shousi new`: the skeleton of a problem package, every part the author must write marked with PLACEHOLDER.

A fresh skeleton fails `shousi check` exactly where it is still a skeleton: the placeholders, the missing hidden
cases, the reference and oracle that raise NotImplementedError, the empty known-submission folders and the
uncalibrated limit. The stub is final (it raises NotImplementedError naming `shousi run <id>`, as every stub does).
Templates live in templates/ beside this file (shipped in the wheel); the few lines that depend on the options
are made here.
"""

from __future__ import annotations

import importlib.resources
import re
from dataclasses import dataclass
from pathlib import Path
from string import Template

from harness.errors import UsageError

PLACEHOLDER = "TODO(shousi new)"
ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
SUBMISSION_FOLDERS = ("accepted", "wrong_answer", "time_limit_exceeded")


@dataclass(frozen=True)
class Spec:
    """What `shousi new` was told: the id, and optionally the LeetCode number, the title and the ML flavour."""

    id: str
    number: int | None = None
    title: str | None = None
    ml: bool = False

    @property
    def function(self) -> str:
        return self.id.replace("-", "_")

    @property
    def method(self) -> str:
        head, *rest = self.id.split("-")
        return head + "".join(word.capitalize() for word in rest)

    @property
    def name(self) -> str:
        """The title, by default the id in title case."""
        return self.title or self.id.replace("-", " ").title()

    @property
    def heading(self) -> str:
        return f"{self.number}. {self.name}" if self.number else self.name


def checked_id(text: str) -> str:
    """The id itself, or a UsageError saying what an id looks like."""
    if not ID.fullmatch(text):
        raise UsageError(f"{text!r} is not a problem id: use lower-case words and digits joined by hyphens, "
                         f"as LeetCode's slugs are (two-sum, lru-cache, softmax)")
    return text


def files(spec: Spec) -> dict[str, str]:
    """Every file of the skeleton: its path relative to the checkout, and its text."""
    values = _values(spec)
    flavour = "_ml" if spec.ml else ""
    package = f"problems/{spec.id}"
    made = {
        f"{package}/problem.toml": _fill("problem.toml", values),
        f"{package}/statement.md": _fill("statement.md", values),
        f"{package}/statement.zh.md": _fill("statement.zh.md", values),
        f"{package}/stub.py": _stub(spec),
        f"{package}/cases.py": _fill(f"cases{flavour}.py", values),
        f"solutions/{spec.id}.py": _reference(spec),
        f"tests/oracles/{spec.id}.py": _fill(f"oracle{flavour}.py", values),
    }
    for verdict in SUBMISSION_FOLDERS:
        made[f"tests/submissions/{spec.id}/{verdict}/.gitkeep"] = ""
    return made


def write(base: Path, spec: Spec) -> list[Path]:
    """Write the skeleton under the checkout `base`; refuse, writing nothing, if any of it exists already."""
    paths = {base / relative: text for relative, text in files(spec).items()}
    taken = [path for path in [base / "problems" / spec.id, *paths] if path.exists()]
    if taken:
        raise UsageError(f"{taken[0]} exists already: `shousi new` never overwrites; pick another id or remove it")
    for path, text in paths.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return list(paths)


def _values(spec: Spec) -> dict[str, str]:
    """What the templates' $names stand for."""
    if spec.ml:
        entry, tags = f'function = "{spec.function}"', '"ml", "numpy"'
        checker = ('name = "floats"  # arrays: shape, dtype, then values within a tolerance per dtype\ndtype_of = "x"\n'
                   'relative_to_max = ["float32"]  # float32 errors against the largest |expected|')
        arrays = ('\n[arrays]\nx = "float64"  # examples and `run --input` give JSON lists; '
                  'hidden cases also use float32\n')
        example = ("x = [1.0, 2.0, 3.0]", "[1.0, 2.0, 3.0]")
    else:
        entry = f'function = "{spec.function}"'
        if spec.number:
            entry = (f'class = "Solution"  # LeetCode\'s names: check them on the problem\'s page\n'
                     f'method = "{spec.method}"\n{entry}')
        tags, arrays = '"leetcode"' if spec.number else '"array"', ""
        checker = 'name = "exact"  # or unordered, floats, operations, custom (see docs/adding-a-problem.md)'
        example = ("nums = [1,2,3]", "6")
    return {
        "id": spec.id, "title": _toml_text(spec.name), "heading": spec.heading, "marker": PLACEHOLDER, "tags": tags,
        "number_line": f"number = {spec.number}\n" if spec.number else "", "entry": entry, "checker": checker,
        "arrays": arrays, "params": '"x"' if spec.ml else '"nums"', "first_param": "x" if spec.ml else "nums",
        "example_input": example[0], "example_output": example[1],
        "inputs_line": "inputs_unchanged = true  # a call that modifies its inputs is a wrong answer\n" if spec.ml else "",
    }


def _toml_text(text: str) -> str:
    """`text` escaped for a TOML basic string ("...")."""
    return text.replace("\\", "\\\\").replace('"', '\\"')


def _fill(name: str, values: dict[str, str]) -> str:
    template = importlib.resources.files("harness.catalogue") / "templates" / f"{name}.tmpl"
    return Template(template.read_text(encoding="utf-8")).substitute(values)


def _stub(spec: Spec) -> str:
    """The stub: the signature, and a body that says what to do next."""
    return _entry_point(spec, [f'raise NotImplementedError("write your solution to {spec.id} here, '
                               f'then run `shousi run {spec.id}`")'])


def _reference(spec: Spec) -> str:
    """The reference's skeleton: the stub's entry point, for the author to write."""
    return _entry_point(spec, [f'"""{PLACEHOLDER}: one sentence on the method and its complexity."""',
                               f'raise NotImplementedError("{PLACEHOLDER}: the reference solution")'])


def _entry_point(spec: Spec, body: list[str]) -> str:
    """LeetCode's class and method for a LeetCode problem, a function otherwise, with `body` as its lines."""
    if spec.ml:
        head, indent = f"import numpy as np\n\n\ndef {spec.function}(x: np.ndarray) -> np.ndarray:", "    "
    elif spec.number:
        head, indent = f"class Solution:\n    def {spec.method}(self, nums: List[int]) -> int:", "        "
    else:
        head, indent = f"def {spec.function}(nums: list[int]) -> int:", "    "
    return head + "".join(f"\n{indent}{line}" for line in body) + "\n"
