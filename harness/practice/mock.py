"""A mock interview: draw problems the user has not solved, put each one's stub at its workspace file (the file
`shousi run` and `shousi grade` find; an earlier answer there is first kept beside it, as `start --force` keeps it),
keep the clock while the candidate runs and grades from inside the interview, then grade what was attempted and sum
it up as an interviewer would. A file still equal to its stub was not attempted: it is not graded, and it is no wrong answer.

A follow-up chain (harness.catalogue.chains) is asked in order under the same clock: only its first problem is on
the table at the start, and each accepted grade puts the next one there, its file started from the candidate's
accepted answer (then the next stub), as an interviewer says "now make it multi-head". The scorecard shows how far
the chain got: the problems never reached are "not reached".

Nothing here prints or reads the terminal: `harness.cli.mock` passes in the keys, the redraw and what each key does,
and `harness.report.mock` renders the brief, the statements, the countdown and the scorecard.
"""

from __future__ import annotations

import random
import re
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

from harness import catalogue
from harness.catalogue.problem import Problem
from harness.errors import UsageError
from harness.grading.verdict import GradeResult, Verdict
from harness.practice.keys import read
from harness.practice.versions import backup

POLL_S = 0.2  # how often the countdown looks at the keys and redraws
FAST_SHARE = 0.75  # everything solved within this share of the time allowed: a strong hire
FINISH = "q"  # the key that hands the interview in

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


def same_code(one: bytes, other: bytes) -> bool:
    """Whether two sources differ at most in a BOM, line ends and trailing blanks (an editor's save of an untouched
    stub is still the stub)."""
    return _normalised(one) == _normalised(other)


def _normalised(data: bytes) -> str:
    text = data.decode("utf-8-sig", errors="replace")
    return "\n".join(line.rstrip() for line in text.splitlines()).strip()


@dataclass
class Mock:
    """One mock interview: its problems, each one's file and stub, where earlier answers went, the minutes allowed,
    its id in the history, the problem on the table, and the latest grade of each file with the bytes it saw."""

    problems: list[Problem]
    files: list[Path]
    minutes: float
    id: int | None = None
    stubs: list[bytes] = field(default_factory=list)
    backups: list[Path | None] = field(default_factory=list)  # None: there was no earlier answer to keep
    current: int = 0
    graded: dict[int, tuple[bytes, GradeResult]] = field(default_factory=dict)
    chain: str | None = None  # the follow-up chain's name: its problems are reached one accepted grade at a time
    reached: int = 0  # in a chain, how many of its problems are on the table (their files written)

    @property
    def reachable(self) -> int:
        """How many problems can be on the table: all of them, or in a chain those reached so far."""
        return self.reached if self.chain else len(self.problems)

    def move(self, step: int) -> None:
        """Put the next (`step` 1) or previous (-1) problem on the table, going round (a chain's reached ones)."""
        self.current = (self.current + step) % self.reachable

    def untouched(self, index: int) -> bool:
        """Whether file `index` is missing or still its stub (in a chain, what it started from): not attempted."""
        if index >= self.reachable:
            return True
        data = read(self.files[index])
        return data is None or same_code(data, self.stubs[index])

    def grade(self, index: int, hidden: bool = True, progress=None) -> GradeResult:
        """Grade file `index` (with `hidden` False: run the examples); a grade is kept while the file stays as it was."""
        from harness.grading import grade  # the grader's imports are not needed before the first r or g

        before = read(self.files[index])
        result = grade(self.problems[index], self.files[index], hidden=hidden, progress=progress)
        if hidden and before is not None:
            self.graded[index] = (before, result)
        return result

    def follow_up(self, index: int, result: GradeResult) -> Problem | None:
        """After a grade of problem `index`: when it is a chain's latest problem and `result` accepted it, put the
        next problem on the table, its file started from the accepted code; return that problem (else None)."""
        if (not self.chain or index != self.reached - 1 or self.reached == len(self.problems)
                or result.verdict is not Verdict.ACCEPTED or result.run or result.source is None):
            return None
        problem, target = self.problems[self.reached], self.files[self.reached]
        start = chained_start(self.problems[index], result.source, problem)
        self.backups[self.reached] = _write_start(target, start, problem.stub_path.read_bytes())
        self.stubs[self.reached] = start
        self.reached += 1
        self.current = self.reached - 1
        return problem

    def outcomes(self, progress=None) -> list["Outcome"]:
        """Each problem's outcome: untouched files were not attempted, a file unchanged since its grade inside the
        interview keeps that grade, and every other one is graded now."""
        found = []
        for index, problem in enumerate(self.problems):
            if index >= self.reachable or self.untouched(index):
                found.append(Outcome(problem, None, reached=index < self.reachable))
                continue
            kept = self.graded.get(index)
            fresh = kept is not None and kept[0] == read(self.files[index])
            found.append(Outcome(problem, kept[1] if fresh else self.grade(index, progress=progress)))
        return found


def prepare(problems: list[Problem], minutes: float, mock_id: int | None = None, chain: str | None = None) -> Mock:
    """Put each problem's stub at its workspace file, keeping an earlier answer there beside it first; in a chain,
    only the first problem's (the others' files are written as the chain reaches them)."""
    mock = Mock(list(problems), [], minutes, mock_id, chain=chain, reached=1 if chain else 0)
    for index, problem in enumerate(problems):
        target, stub = catalogue.workspace_file(problem), problem.stub_path.read_bytes()
        on_table = not chain or index == 0
        mock.backups.append(_write_start(target, stub, stub) if on_table else None)
        mock.files.append(target)
        mock.stubs.append(stub if on_table else b"")
    return mock


def _write_start(target: Path, start: bytes, stub: bytes) -> Path | None:
    """Write `start` at `target`, keeping an earlier answer there first; where it went (None: nothing to keep)."""
    try:
        kept = _keep_earlier(target, stub)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(start)
    except OSError as exc:
        raise UsageError(f"cannot put the stub at {target}: {exc.strerror or exc}") from None
    return kept


def chained_start(previous: Problem, source: bytes, problem: Problem) -> bytes:
    """The file a chain's next problem starts from: the accepted answer to `previous`, kept whole for the candidate
    to build on, then `problem`'s stub (the PyTorch one when the answer was written in PyTorch and `problem` has
    that flavour), `from __future__` imports moved to the top where Python requires them."""
    from harness.catalogue import flavours

    flavour = flavours.detect(previous, previous.stub_path, source)
    stub = problem.stub_path
    if flavour is not None and flavour.name in flavours.flavours(problem):
        stub = flavours.flavours(problem)[flavour.name].stub
    mine = source.decode("utf-8-sig", errors="replace").rstrip("\n").splitlines()
    theirs = stub.read_text(encoding="utf-8").rstrip("\n").splitlines()
    future = [line for line in mine + theirs if line.startswith("from __future__ import")]
    keep = lambda lines: [line for line in lines if line not in future]  # noqa: E731
    parts = [*dict.fromkeys(future), *([""] if future else []),
             f"# Your accepted answer to {previous.id}, to build on (shousi mock --chain):", *keep(mine), "", "",
             f"# Now {problem.id}:", *keep(theirs)]
    return ("\n".join(parts) + "\n").encode("utf-8")


def _keep_earlier(target: Path, stub: bytes) -> Path | None:
    """Copy an earlier answer at `target` to <name>.bak-<date>-<time> beside it (harness.practice.versions.backup,
    as `start --force` does); None when there is none, or it is the stub itself."""
    if not target.is_file() or same_code(target.read_bytes(), stub):
        return None
    return backup(target)


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

    def end(self, how: str) -> None:
        """End the interview as `how` (the first ending counts)."""
        if not self.ended:
            self.ended, self.stopped = how, min(self.deadline, self.now())

    def used(self) -> float:
        """Seconds spent, at most the time allowed."""
        stopped = self.stopped if self.stopped is not None else self.now()
        return max(0.0, min(self.seconds, stopped - self.started))


def count_down(clock: Clock, keys: Callable[[], str], redraw: Callable[[], None], act: Callable[[str], None],
               sleep: Callable[[float], None] = time.sleep) -> str:
    """Run the interview until the time is up, q hands it in, or Ctrl-C abandons it, passing every other key (blanks
    aside) to `act`; return how it ended."""
    try:
        while clock.running():
            for key in keys():
                if key == FINISH:
                    clock.end(HANDED_IN)
                elif not key.isspace():
                    act(key)
                if not clock.running():
                    break
            if clock.running():
                redraw()
                sleep(POLL_S)
    except KeyboardInterrupt:
        clock.end(ABANDONED)
    return clock.ended


@dataclass(frozen=True)
class Outcome:
    """One problem on the scorecard: its final grade, or None when its file is still the stub."""

    problem: Problem
    result: GradeResult | None
    reached: bool = True  # False: a chain's problem the candidate never got to

    @property
    def solved(self) -> bool:
        return self.result is not None and self.result.verdict is Verdict.ACCEPTED


@dataclass(frozen=True)
class Scorecard:
    """What an interviewer would write down: each outcome, the time used, and a hiring signal."""

    outcomes: list[Outcome]
    used_s: float
    minutes: float

    @property
    def solved(self) -> int:
        return sum(outcome.solved for outcome in self.outcomes)

    @property
    def not_attempted(self) -> int:
        return sum(outcome.result is None and outcome.reached for outcome in self.outcomes)

    @property
    def not_reached(self) -> int:
        return sum(not outcome.reached for outcome in self.outcomes)

    @property
    def signal(self) -> str:
        share = self.solved / len(self.outcomes)
        if share == 1:
            return "Strong hire" if self.used_s <= self.minutes * 60 * FAST_SHARE else "Hire"
        return "Lean hire" if share >= 0.5 else "No hire"

    @property
    def summary(self) -> str:
        """The scorecard in one line, as the history keeps it."""
        skipped = f" ({self.not_attempted} not attempted)" if self.not_attempted else ""
        skipped += f" ({self.not_reached} not reached)" if self.not_reached else ""
        return (f"{self.signal}: {self.solved}/{len(self.outcomes)} solved{skipped} in {spent(self.used_s)} "
                f"of {self.minutes:g} min")


def spent(seconds: float) -> str:
    """Time spent in an interview, in minutes and seconds: 12 min 5 s."""
    return f"{int(seconds // 60)} min {int(seconds % 60)} s"


def abandoned_summary(used_s: float, minutes: float) -> str:
    """The line the history keeps for an interview abandoned with Ctrl-C."""
    return f"Abandoned after {spent(used_s)} of {minutes:g} min"


# The two kinds of line above, as the history keeps them (English); `read_summary` takes one apart again.
_SPENT = r"(?P<spent_min>\d+) min (?P<spent_s>\d+) s of (?P<minutes>[\d.]+) min\Z"
_FINISHED = re.compile(r"(?P<signal>[A-Za-z ]+): (?P<solved>\d+)/(?P<total>\d+) solved"
                       r"(?: \((?P<skipped>\d+) not attempted\))?(?: \((?P<unreached>\d+) not reached\))? in "
                       + _SPENT)
_ABANDONED = re.compile(r"Abandoned after " + _SPENT)


@dataclass(frozen=True)
class KeptSummary:
    """A kept summary line taken apart, for saying it in another language: the signal ("" when abandoned), how
    many problems were solved, of how many, how many not attempted, the seconds used and the minutes allowed."""

    signal: str
    solved: int
    total: int
    not_attempted: int
    used_s: int
    minutes: float
    not_reached: int = 0


def read_summary(line: str) -> KeptSummary | None:
    """The parts of a line that `Scorecard.summary` or `abandoned_summary` wrote; None for any other line."""
    found = _FINISHED.match(line) or _ABANDONED.match(line)
    if found is None:
        return None
    parts = found.groupdict()
    count = lambda key: int(parts.get(key) or 0)  # noqa: E731
    return KeptSummary(parts.get("signal") or "", count("solved"), count("total"), count("skipped"),
                       60 * count("spent_min") + count("spent_s"), float(parts["minutes"]), count("unreached"))
