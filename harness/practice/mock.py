"""A mock interview: draw problems the user has not solved, give each a fresh stub in a folder of the interview's own,
keep the clock, grade everything at the end and sum it up as an interviewer would.

Nothing here prints or reads the terminal: `harness.cli.mock` passes in the keys and the redraw, and `harness.report`
renders the brief, the countdown and the scorecard.
"""

from __future__ import annotations

import random
import shutil
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

from harness import catalogue
from harness.catalogue.problem import Problem
from harness.errors import UsageError
from harness.grading.verdict import GradeResult, Verdict

POLL_S = 0.2  # how often the countdown looks at the keys and redraws
FAST_SHARE = 0.75  # everything solved within this share of the time allowed: a strong hire

# How a countdown ends.
TIME_UP, HANDED_IN, ABANDONED = "time_up", "handed_in", "abandoned"


def choose(problems: Iterable[Problem], statuses: dict[str, str], count: int, tag: str | None = None,
           seed: int | None = None) -> list[Problem]:
    """Draw `count` problems (with `tag`), only unsolved ones unless all are solved; the same `seed`, the same draw."""
    pool = [p for p in problems if not tag or tag.lower() in p.tags]
    if not pool:
        raise UsageError(f"no problem has the tag {tag!r}")
    unsolved = [p for p in pool if statuses.get(p.id) != "solved"] or pool
    return random.Random(seed).sample(unsolved, min(count, len(unsolved)))


@dataclass
class Mock:
    """One mock interview: its problems, the fresh file for each, the minutes allowed, its id in the history."""

    problems: list[Problem]
    files: list[Path]
    minutes: float
    id: int | None = None


def prepare(problems: list[Problem], minutes: float, workspace: Path, mock_id: int | None = None) -> Mock:
    """Copy each stub into a new folder `mock-<id>` (or `mock-<time>` without a history) of the workspace.

    The folder is always a new one: the files of an earlier interview (a history deleted since, say) are kept.
    """
    folder = _new_folder(workspace, f"mock-{mock_id or int(time.time())}")
    files = []
    for problem in problems:
        files.append(folder / catalogue.workspace_file(problem).name)
        shutil.copyfile(problem.stub_path, files[-1])
    return Mock(list(problems), files, minutes, mock_id)


def _new_folder(parent: Path, name: str) -> Path:
    parent.mkdir(parents=True, exist_ok=True)
    for attempt in range(1, 1000):
        folder = parent / (name if attempt == 1 else f"{name}-{attempt}")
        try:
            folder.mkdir()
            return folder
        except FileExistsError:
            continue
    raise FileExistsError(f"no free folder name like {parent / name}")


@dataclass
class Clock:
    """The countdown's state: the seconds allowed, when it started, and how and when it ended (`now` reads the time;
    tests give it a fake one)."""

    seconds: float
    now: Callable[[], float] = field(default=time.monotonic, repr=False, compare=False)
    started: float | None = None
    ended: str = ""  # TIME_UP, HANDED_IN or ABANDONED once over
    stopped: float | None = None

    def __post_init__(self) -> None:
        if self.started is None:
            self.started = self.now()

    @property
    def deadline(self) -> float:
        return self.started + self.seconds

    def running(self) -> bool:
        """Whether the interview goes on; past the deadline it ends as TIME_UP."""
        if not self.ended and self.now() >= self.deadline:
            self.end(TIME_UP)
        return not self.ended

    def press(self, keys: str) -> None:
        """React to the keys typed since the last look: q abandons, g or Enter hands in."""
        if "q" in keys:
            self.end(ABANDONED)
        elif set(keys) & set("g\n"):
            self.end(HANDED_IN)

    def end(self, how: str) -> None:
        if not self.ended:
            self.ended, self.stopped = how, min(self.deadline, self.now())

    def used(self) -> float:
        """Seconds spent, at most the time allowed."""
        stopped = self.stopped if self.stopped is not None else self.now()
        return max(0.0, min(self.seconds, stopped - self.started))


def count_down(clock: Clock, keys: Callable[[], str], redraw: Callable[[], None],
               sleep: Callable[[float], None] = time.sleep) -> str:
    """Run the countdown until the time is up, a key ends it, or Ctrl-C abandons it; return how it ended."""
    try:
        while clock.running():
            clock.press(keys())
            if clock.running():
                redraw()
                sleep(POLL_S)
    except KeyboardInterrupt:
        clock.end(ABANDONED)
    return clock.ended


def grade_all(mock: Mock) -> list[GradeResult]:
    """Grade every file of the interview on the examples and the hidden tests."""
    from harness.grading import grade  # the grader's imports are not needed before the end

    return [grade(problem, path) for problem, path in zip(mock.problems, mock.files)]


@dataclass(frozen=True)
class Scorecard:
    """What an interviewer would write down: each result, the time used, and a hiring signal."""

    results: list[GradeResult]
    used_s: float
    minutes: float

    @property
    def solved(self) -> int:
        return sum(result.verdict is Verdict.ACCEPTED for result in self.results)

    @property
    def signal(self) -> str:
        share = self.solved / len(self.results)
        if share == 1:
            return "Strong hire" if self.used_s <= self.minutes * 60 * FAST_SHARE else "Hire"
        return "Lean hire" if share >= 0.5 else "No hire"

    @property
    def summary(self) -> str:
        """The scorecard in one line, as the history keeps it."""
        used = f"{int(self.used_s // 60)} min {int(self.used_s % 60)} s"
        return f"{self.signal}: {self.solved}/{len(self.results)} solved in {used} of {self.minutes:g} min"
