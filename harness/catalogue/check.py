"""`shousi check`: validate problem packages end to end, each finding a sentence that says what to fix.

In the spirit of rustlings' `dev check` and problemtools' verifier: problem.toml's keys and types, the files, the
statement's examples, hints in both languages, every case within the constraints, the stub rejected clearly, the
reference accepted and in agreement with its brute-force oracle, a LeetCode problem's ACM mode (its reference
accepted as a program, its program stub rejected), every known submission judged as its folder says, and the time
limit calibrated. Everything that runs code runs through the grader (`harness.grading`), in workers.
Nothing here prints.
"""

from __future__ import annotations

import copy
import importlib.util
import random
import re
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from harness import catalogue, checkers, grading, loader
from harness.brief import brief
from harness.catalogue import contents, flavours, schema
from harness.catalogue.cases import Case
from harness.catalogue.contents import oracle_path, shown, submissions_folder
from harness.catalogue.problem import Problem, load_problem
from harness.errors import GradingFault, ProblemError
from harness.grading.verdict import Verdict
from harness.sandbox import wire

ORACLE_TRIALS = 300


@dataclass
class PackageReport:
    """What `check` found in one package: findings (each fails the check) and notes (what it could not check)."""

    problem: str
    findings: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.findings


def folders(ids: list[str]) -> list[Path]:
    """The package folders to check: those named (an id, a number, a prefix), or every one in the catalogue."""
    base = catalogue.root() / "problems"
    if not ids:
        return sorted(p for p in base.iterdir() if p.is_dir() and not p.name.startswith(("_", ".")))
    chosen = []
    for text in ids:
        folder = base / text.strip().lower().replace("_", "-")
        chosen.append(folder if (folder / "problem.toml").is_file() else catalogue.resolve(text).folder)
    return chosen


def check_package(folder: Path, fast: bool = False) -> PackageReport:
    """Every check of one package, in order; a check that later ones depend on stops them when it fails."""
    report = PackageReport(folder.name)
    problem = _load(folder, report)
    if problem is None:
        return report
    for step in (contents.files, contents.placeholders, contents.statement, contents.hints, contents.cases,
                 contents.limit):
        report.findings += step(problem)
    if not all(path.is_file() for path in contents.essential(problem)):
        report.notes.append("nothing was graded: the statement, cases.py or the reference is missing")
        return report
    rejected = reference(problem)
    report.findings += rejected
    if rejected:
        report.notes.append("the stub, the oracle and the known submissions are checked once the reference is "
                            "accepted")
        return report
    report.findings += stubs(problem) + acm_mode(problem)
    if catalogue.checkout() is None:
        report.notes.append("no source checkout: the oracle, the known submissions and the limit were not checked")
    elif fast:
        report.findings += oracle(problem)
        report.notes.append("--fast: the known submissions were not graded")
    else:
        report.findings += oracle(problem) + submissions(problem, report.notes)
    return report


def _load(folder: Path, report: PackageReport) -> Problem | None:
    """The package's problem.toml checked and loaded, or None with the findings that say why not."""
    spec, unreadable = schema.read(folder)
    if spec is None:
        report.findings.append(unreadable)
        return None
    report.findings += schema.findings(spec, folder)
    try:
        problem = load_problem(folder, folder.parent.parent / "solutions")
        checkers.load(problem.checker, problem.folder)
        flavours.flavours(problem)
    except ProblemError as exc:
        report.findings.append(str(exc))
        return None
    return problem


# ---- graded: the reference, the stubs, the oracle, the known submissions -----------------------------------------

def stubs(problem: Problem) -> list[str]:
    """Each stub is rejected on the examples with NotImplementedError, naming `shousi run <id>`."""
    found = []
    for stub in sorted(problem.folder.glob("stub*.py")):
        if _needs_missing_torch(stub):
            continue
        result = grading.grade(problem, stub, hidden=False)
        if not _rejected_as_a_stub(result, problem):
            found.append(f"{stub.name} must raise NotImplementedError(\"... then run `shousi run {problem.id}`\") in "
                         f"its body; it got {result.verdict.value}: {_one_line(result.message)}")
    return found


def _rejected_as_a_stub(result, problem: Problem) -> bool:
    """A stub's grade: a runtime error, NotImplementedError, whose message names `shousi run <id>`."""
    return (result.verdict is Verdict.RUNTIME_ERROR and "NotImplementedError" in result.message
            and f"shousi run {problem.id}" in result.message)


def acm_mode(problem: Problem) -> list[str]:
    """A LeetCode problem's ACM mode: the reference as a program is accepted, and the `start --acm` stub is
    rejected as the function stub is."""
    from harness import acm

    if not acm.offered(problem):
        return []
    found = []
    with tempfile.TemporaryDirectory() as folder:
        program, stub = Path(folder) / "reference.py", Path(folder) / "stub.py"
        program.write_text(acm.reference_program(problem), encoding="utf-8")
        stub.write_text(acm.stub(problem), encoding="utf-8")
        result = grading.grade(problem, program)
        if result.verdict is not Verdict.ACCEPTED or result.mode != "acm":
            found.append(f"ACM mode: the reference as a program is not accepted: {result.verdict.value}: "
                         f"{_one_line(result.message)}")
        result = grading.grade(problem, stub, hidden=False)
        if not _rejected_as_a_stub(result, problem):
            found.append(f"ACM mode: the stub of `start --acm` is not rejected with NotImplementedError naming "
                         f"`shousi run {problem.id}`: "
                         f"{result.verdict.value}: {_one_line(result.message)}")
    return found


def reference(problem: Problem) -> list[str]:
    """The reference is accepted on every example and hidden case (pinned answers included)."""
    result = grading.grade(problem, problem.reference)
    if result.verdict is Verdict.ACCEPTED:
        return []
    return [f"the reference {shown(problem.reference)} is not accepted: {result.verdict.value}: "
            f"{_one_line(result.message)}"]


def oracle_disagreement(problem: Problem, path: Path, trials: int = ORACLE_TRIALS) -> str | None:
    """Run the reference (in a worker) on the oracle's small inputs; the first disagreement, or None."""
    oracle = loader.load(f"shousi_oracle_{problem.id.replace('-', '_')}", path)
    rng = random.Random(problem.id)
    given = [g for _, g in zip(range(trials), oracle.inputs(rng))]
    trial_cases = [Case(g, name=f"oracle trial {n}") for n, g in enumerate(given)]
    check = checkers.load(problem.checker, problem.folder)
    try:
        answers, _ = grading.run_reference(problem, trial_cases, wire.pack(given), check, None)
    except GradingFault as exc:
        return str(exc)
    for trial, (inputs, answer) in enumerate(zip(given, answers)):
        outcome = check(inputs, oracle.solve(**copy.deepcopy(inputs)), answer)
        if not outcome.ok:
            return f"trial {trial}, input {brief(inputs)}: {outcome.message}"
    return None


def oracle(problem: Problem) -> list[str]:
    """The reference agrees with the oracle on its small inputs."""
    try:
        disagreement = oracle_disagreement(problem, oracle_path(problem))
    except ProblemError as exc:
        return [f"the oracle: {exc}"]
    except Exception as exc:  # the oracle's own code failed
        return [f"{shown(oracle_path(problem))} raised {type(exc).__name__}: {exc}"]
    return [] if disagreement is None else [f"the reference disagrees with the oracle: {disagreement}"]


def verdict_folders() -> dict[str, Verdict]:
    """Known-submission folder name -> the verdict its files must get (internal_error is never a submission's)."""
    return {v.folder: v for v in Verdict if v is not Verdict.INTERNAL_ERROR}


def known_submissions(problem: Problem) -> list[Path]:
    """tests/submissions/<id>/<verdict>/*.py, in order."""
    known = submissions_folder(problem)
    return sorted(known.glob("*/*.py")) if known else []


def submission_finding(problem: Problem, path: Path) -> str | None:
    """Grade one known submission; what is wrong when it does not get its folder's verdict, or None."""
    folders = verdict_folders()
    if path.parent.name not in folders:
        return f"{shown(path.parent)}/ is not a verdict folder: use one of {', '.join(folders)}"
    result = grading.grade(problem, path)
    wanted = folders[path.parent.name]
    if result.verdict is not wanted:
        return f"{shown(path)} gets {result.verdict.value}, not {wanted.value}: {_one_line(result.message)}"
    if wanted is not Verdict.ACCEPTED and not result.message:
        return f"{shown(path)} is rejected without a message saying why"
    if wanted is Verdict.COMPILE_ERROR and not (result.total and not result.cases):
        return f"{shown(path)}: a compile error must stop the grade before any case runs"
    return None


def submissions(problem: Problem, notes: list[str]) -> list[str]:
    """Every known submission gets the verdict its folder names."""
    found = []
    for path in known_submissions(problem):
        if _needs_missing_torch(path):
            notes.append(f"{shown(path)} not graded: it needs torch (pip install 'shousi[torch]')")
        elif (finding := submission_finding(problem, path)) is not None:
            if library := lacks_library(finding):
                notes.append(f"{shown(path)} not graded: it needs {library} (pip install 'shousi[oracles]')")
            else:
                found.append(finding)
    return found


_IMPORTS_TORCH = re.compile(r"^\s*(import torch|from torch)", re.MULTILINE)


def uses_torch(path: Path) -> bool:
    """Whether the file imports PyTorch (`import torch...` or `from torch... import`) on a line of its own."""
    return bool(_IMPORTS_TORCH.search(path.read_text(encoding="utf-8")))


def _needs_missing_torch(path: Path) -> bool:
    return uses_torch(path) and importlib.util.find_spec("torch") is None


# The libraries of the `oracles` extra (scipy comes with scikit-learn) that a known submission may import.
ORACLE_LIBRARIES = ("sklearn", "scipy", "tokenizers")


def lacks_library(finding: str) -> str | None:
    """The library of the `oracles` extra whose absence here is what a known submission's finding comes down to
    (`... ModuleNotFoundError: No module named 'scipy'`), if any: like a file needing torch, it cannot be graded
    without it. A submission whose forbidden import is refused before the library is looked for is graded."""
    named = re.search(r"No module named '(\w+)", finding)
    if named and named[1] in ORACLE_LIBRARIES and importlib.util.find_spec(named[1]) is None:
        return named[1]
    return None


def _one_line(message: str, limit: int = 300) -> str:
    """A grader's message on one line: its first line and, for a traceback, the exception at its end."""
    lines = [line.strip() for line in message.strip().splitlines() if line.strip()]
    text = " ... ".join(lines[:1] + lines[1:][-1:]) or "(no message)"
    return text if len(text) <= limit else text[:limit] + "..."
