"""Find the problem packages and resolve what a user types (slug, number, underscores, prefix) to one problem."""

from __future__ import annotations

import difflib
import importlib.resources
import os
from functools import lru_cache
from pathlib import Path

from harness.catalogue.problem import Problem, load_problem
from harness.errors import UnknownProblem


def root() -> Path:
    """The folder holding `problems/` and `solutions/`: the installed catalogue (package data of the wheel, or the
    checkout in an editable install), or SHOUSI_ROOT, which tests of broken catalogues point elsewhere."""
    if os.environ.get("SHOUSI_ROOT"):
        return Path(os.environ["SHOUSI_ROOT"])
    return Path(str(importlib.resources.files("harness.problems"))).parent


def checkout() -> Path | None:
    """The source checkout the catalogue comes from, when there is one (it holds tests/submissions)."""
    base = root()
    return base if (base / "tests" / "submissions").is_dir() else None


@lru_cache(maxsize=None)
def _load_all(base: Path) -> tuple[Problem, ...]:
    folders = sorted(p for p in (base / "problems").iterdir() if (p / "problem.toml").is_file())
    problems = [_load_one(base, folder.name) for folder in folders]
    return tuple(sorted(problems, key=lambda p: (p.number is None, p.number or 0, p.id)))


@lru_cache(maxsize=None)
def _load_one(base: Path, problem_id: str) -> Problem:
    return load_problem(base / "problems" / problem_id, base / "solutions")


def problems() -> tuple[Problem, ...]:
    """Every problem, LeetCode ones first by number, then the rest by id."""
    return _load_all(root())


def resolve(text: str) -> Problem:
    """Return the problem named by an id, a LeetCode number, the id with underscores, or a unique prefix."""
    wanted = text.strip().lower().replace("_", "-")
    base = root()
    if wanted.isascii() and wanted.replace("-", "").isalnum() and (base / "problems" / wanted / "problem.toml").is_file():
        return _load_one(base, wanted)  # an exact id reads its own package, not the whole catalogue's
    catalogue = problems()
    by_id = {p.id: p for p in catalogue}
    if wanted in by_id:
        return by_id[wanted]
    if wanted.isdigit():
        for problem in catalogue:
            if problem.number == int(wanted):
                return problem
        raise UnknownProblem(f"no problem has LeetCode number {wanted}; `shousi list` shows the catalogue")
    matches = [p for p in catalogue if p.id.startswith(wanted)] if wanted else []
    if len(matches) == 1:
        return matches[0]
    if matches:
        raise UnknownProblem(f"{text!r} is ambiguous: it could be {', '.join(p.id for p in matches)}")
    close = difflib.get_close_matches(wanted, by_id, n=3, cutoff=0.5)
    hint = f" Did you mean {', '.join(close)}?" if close else " `shousi list` shows the catalogue."
    raise UnknownProblem(f"no problem {text!r}.{hint}")


def workspace() -> Path:
    """Where `start` puts the user's files: SHOUSI_WORKSPACE, or ~/shousi."""
    return Path(os.environ.get("SHOUSI_WORKSPACE") or Path.home() / "shousi").expanduser()


def workspace_file(problem: Problem) -> Path:
    """The user's file for `problem` in the workspace: <id>.py, or the <id_with_underscores>.py that earlier
    versions created, when only that one exists (so that no one's work is lost)."""
    current, older = workspace() / f"{problem.id}.py", workspace() / f"{problem.id.replace('-', '_')}.py"
    return older if older.is_file() and not current.exists() else current
