"""What a package's files must contain, checked without running any solution: the files themselves, no
placeholder of `shousi new` left, the statement's sections and examples, hints in both languages, and the cases
(reproducible, within validate(), reaching the maxima), and the calibrated limit. Part of `shousi check`
(harness.catalogue.check).
"""

from __future__ import annotations

import copy
import re
from pathlib import Path

from harness import catalogue, loader
from harness.catalogue import flavours
from harness.catalogue.problem import Problem
from harness.catalogue.scaffold import PLACEHOLDER, SUBMISSION_FOLDERS
from harness.errors import ProblemError
from harness.sandbox import wire

FENCE = re.compile(r"^```[^\n]*\n.*?^```", re.MULTILINE | re.DOTALL)


# ---- the files ---------------------------------------------------------------------------------------------------

def oracle_path(problem: Problem) -> Path | None:
    """tests/oracles/<id>.py in the checkout, if there is a checkout."""
    base = catalogue.checkout()
    return base / "tests" / "oracles" / f"{problem.id}.py" if base else None


def submissions_folder(problem: Problem) -> Path | None:
    """tests/submissions/<id> in the checkout, if there is a checkout."""
    base = catalogue.checkout()
    return base / "tests" / "submissions" / problem.id if base else None


def files(problem: Problem) -> list[str]:
    """Every file a package needs is there."""
    needed = {
        problem.statement_path: "the English statement",
        problem.folder / "statement.zh.md": "the Chinese statement (`show --lang zh`)",
        problem.stub_path: "the stub that `shousi start` copies",
        problem.folder / "cases.py": "the hidden cases: hidden_cases(rng) and validate(given)",
        problem.reference: "the reference solution",
    }
    if problem.checker.get("name") == "custom":
        needed[problem.folder / "checker.py"] = "the custom checker: check(given, expected, got, options)"
    if problem.adapter_path is not None:
        needed[problem.adapter_path] = "the adapter named by `adapter`: build(given) and answer(returned, state)"
    if (oracle := oracle_path(problem)) is not None:
        needed[oracle] = "the brute-force oracle: inputs(rng) and solve(**given)"
    for flavour in flavours.flavours(problem).values():
        needed[flavour.stub] = f"the {flavour.label} stub (`shousi start {problem.id} --{flavour.name}`)"
        needed[flavour.driver] = f"the {flavour.label} driver, named in [flavours.{flavour.name}]"
    found = [f"{shown(path)} is missing: {what}" for path, what in needed.items() if not path.is_file()]
    if (known := submissions_folder(problem)) is not None:
        for verdict in SUBMISSION_FOLDERS:
            if not any((known / verdict).glob("*.py")):
                found.append(f"{shown(known / verdict)}/ has no submission: add at least one .py file")
    return found


def placeholders(problem: Problem) -> list[str]:
    """Nothing that `shousi new` left for the author to write is still a placeholder."""
    paths = [*sorted(problem.folder.glob("*.py")), *sorted(problem.folder.glob("*.md")),
             problem.folder / "problem.toml", problem.reference]
    if (oracle := oracle_path(problem)) is not None:
        paths.append(oracle)
    found = []
    for path in paths:
        lines = path.read_text(encoding="utf-8").splitlines() if path.is_file() else []
        numbers = [str(n) for n, line in enumerate(lines, 1) if PLACEHOLDER in line]
        if numbers:
            found.append(f"{shown(path)} still has {PLACEHOLDER} on line {', '.join(numbers)}: write what it asks for")
    return found


# ---- statement, hints, cases -------------------------------------------------------------------------------------

def statement(problem: Problem) -> list[str]:
    """The statement has its sections and parseable examples, and the translation has the same examples."""
    if not problem.statement_path.is_file():
        return []
    text, found = problem.statement, []
    for section in ("## Examples", "## Constraints"):
        if section not in text:
            found.append(f"statement.md has no `{section}` section")
    try:
        if not problem.examples:
            found.append("statement.md has no example: a fenced block with `Input: ...` and `Output: ...` lines")
    except ProblemError as exc:
        found.append(f"statement.md: {exc}")
    chinese = problem.folder / "statement.zh.md"
    if chinese.is_file():
        english = [b for b in FENCE.findall(text) if "Input" in b]
        if english != [b for b in FENCE.findall(chinese.read_text(encoding="utf-8")) if "Input" in b]:
            found.append("statement.zh.md: its example blocks must be exactly those of statement.md")
    return found


def hints(problem: Problem) -> list[str]:
    """At least two progressive hints, and as many in Chinese."""
    found = []
    if len(problem.hints) < 2:
        found.append(f"problem.toml has {len(problem.hints)} hint(s): write 2 or 3, gentlest first")
    if len(problem.hints_zh) != len(problem.hints):
        found.append(f"problem.toml has {len(problem.hints)} hints but {len(problem.hints_zh)} hints_zh: "
                     f"translate each hint, in the same order")
    return found


def cases(problem: Problem) -> list[str]:
    """The cases generate, reproducibly, respect the constraints (validate), and reach the maxima."""
    path = problem.folder / "cases.py"
    if not path.is_file():
        return []  # files() says so
    try:
        module = loader.load(f"shousi_check_{problem.id.replace('-', '_')}", path)
        hidden, again = problem.hidden_cases(), problem.hidden_cases()
    except ProblemError as exc:
        return [f"cases.py: {exc}"]
    except Exception as exc:
        return [f"cases.py: hidden_cases(rng) raised {type(exc).__name__}: {exc}"]
    try:
        examples = problem.examples
    except ProblemError:
        examples = []  # statement() says so
    if not callable(getattr(module, "validate", None)):
        return ["cases.py defines no validate(given): assert the constraints there, so that no case breaks them"]
    found = [f"{case.name} ({case.note}) breaks the constraints: {message}"
             for case in examples + hidden
             if not case.raises and (message := _invalid(module.validate, case.input))]  # raises: outside on purpose
    if [wire.dumps(c.input) for c in hidden] != [wire.dumps(c.input) for c in again]:
        found.append("cases.py: hidden_cases(rng) gives different cases each time: draw only from `rng`")
    if len(hidden) < 10:
        found.append(f"cases.py yields {len(hidden)} hidden cases: write at least 10 (edge cases and generated ones)")
    untranslated = [c.name for c in hidden if bool(c.note) != bool(c.note_zh)]
    if untranslated:
        found.append(f"cases.py: {', '.join(untranslated[:3])}{' ...' if len(untranslated) > 3 else ''}: every note "
                     "has its Chinese beside it, and only a note does (Case(..., note=..., note_zh=...))")
    if not any("max" in c.note or "10^" in c.note for c in hidden):
        found.append("cases.py: no hidden case's note says it reaches the maxima (\"max: n = 10^4 ...\")")
    if not (hasattr(module, "SIZES") and callable(getattr(module, "sized_input", None))):
        found.append("cases.py has no size ladder for `compare`: SIZES and sized_input(rng, n)")
    return found


def _invalid(validate, given: dict) -> str | None:
    try:
        validate(copy.deepcopy(given))
    except AssertionError as exc:
        return str(exc) or "an assertion of validate() fails"
    except Exception as exc:
        return f"validate() raised {type(exc).__name__}: {exc}"
    return None


def limit(problem: Problem) -> list[str]:
    """The time limit was calibrated (benchmarks/calibrate.py) on an accepted submission that still exists."""
    name, fix = problem.limits.slowest_accepted, f"run `python benchmarks/calibrate.py --write {problem.id}`"
    if submissions_folder(problem) is None:
        return []
    accepted = submissions_folder(problem) / "accepted"
    if not name:
        return [f"the time limit is not calibrated (limits.slowest_accepted is empty): {fix}"]
    if not (accepted / name).is_file():
        return [f"limits.slowest_accepted names {name!r}, which is not in {shown(accepted)}/: {fix}"]
    if problem.limits.time_limit_s < 1:
        return [f"limits.time_limit_s is {problem.limits.time_limit_s:g} s, below problemtools' 1 s floor: {fix}"]
    return []


def essential(problem: Problem) -> list[Path]:
    """The files without which nothing can be graded."""
    paths = [problem.statement_path, problem.folder / "cases.py", problem.reference]
    paths += [problem.adapter_path] if problem.adapter_path is not None else []
    return paths + ([problem.folder / "checker.py"] if problem.checker.get("name") == "custom" else [])


def shown(path: Path) -> str:
    """A path relative to the catalogue's root, as an author types it."""
    try:
        return str(path.relative_to(catalogue.root()))
    except ValueError:
        return str(path)
