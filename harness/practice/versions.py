"""Your code over time: a problem's graded versions (numbered in the order they were first graded), finding one
by number or hash, the unified diff between two, and the backup `start --force` keeps of the file it replaces.

The code itself is kept in the history database (harness.practice.history, table `versions`, by content hash);
this module only reasons about it, and never prints.
"""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from harness.errors import UsageError

if TYPE_CHECKING:
    from harness.practice.history import Attempt

MIN_PREFIX = 4  # the fewest hash characters that name a version
SHORT = 7  # hash characters shown


@dataclass(frozen=True)
class Version:
    """One graded version of a problem: its number (1 = the first graded), content hash, code, and the attempts
    that graded it, oldest first."""

    number: int
    hash: str
    content: bytes
    attempts: tuple[Attempt, ...]

    @property
    def name(self) -> str:
        """How the history table shows it: `v3`."""
        return f"v{self.number}"

    @property
    def short(self) -> str:
        """The hash as shown, git's 7 characters."""
        return self.hash[:SHORT]

    @property
    def last(self) -> Attempt:
        """The attempt that graded it most recently."""
        return self.attempts[-1]


def numbered(attempts: list[Attempt], kept: dict[str, bytes]) -> list[Version]:
    """The distinct versions among one problem's `attempts` (oldest first) whose code is `kept`, numbered from 1
    in the order they were first graded (by a run, grade or mock: a compare's hash is of the file as it ended)."""
    graded: dict[str, list[Attempt]] = {}
    for attempt in attempts:
        if attempt.file_hash in kept and attempt.command != "compare":
            graded.setdefault(attempt.file_hash, []).append(attempt)
    return [Version(number, digest, kept[digest], tuple(those))
            for number, (digest, those) in enumerate(graded.items(), 1)]


def find(versions: list[Version], wanted: str, problem_id: str) -> Version:
    """The version `wanted` names: its number (`3` or `v3`) or a prefix of its hash; else a usage error."""
    if not versions:
        raise nothing_kept(problem_id)
    text = wanted.strip().lower()
    number = text.removeprefix("v")
    if number.isdigit() and 1 <= int(number) <= len(versions):
        return versions[int(number) - 1]
    matches = [v for v in versions if len(text) >= MIN_PREFIX and v.hash.startswith(text)]
    if len(matches) > 1:
        raise UsageError(f"{wanted!r} is the start of several versions' hashes "
                         f"({', '.join(v.name for v in matches)}); give more of it")
    if not matches:
        raise UsageError(f"{problem_id} has no version {wanted!r}: give a number from 1 to {len(versions)} or a "
                         f"hash (`shousi history {problem_id}` lists them)")
    return matches[0]


def recent(versions: list[Version], count: int) -> list[Version]:
    """The `count` versions graded most recently, the most recent last."""
    return sorted(versions, key=lambda version: version.last.at)[-count:]


def pair(versions: list[Version], old: str | None, new: str | None, problem_id: str) -> tuple[Version, Version]:
    """The two versions `diff` compares: OLD and NEW as given; OLD alone against the latest graded; neither, the
    last two graded (the older first)."""
    if old is not None:
        return find(versions, old, problem_id), find(versions, new, problem_id) if new else latest(versions, problem_id)
    if len(versions) < 2:
        raise nothing_kept(problem_id) if not versions else UsageError(
            f"only one graded version of {problem_id} so far (v1): grade another to see what changed")
    before, after = recent(versions, 2)
    return before, after


def latest(versions: list[Version], problem_id: str) -> Version:
    """The version graded most recently; a usage error when there is none."""
    if not versions:
        raise nothing_kept(problem_id)
    return recent(versions, 1)[0]


def nothing_kept(problem_id: str) -> UsageError:
    """The error for a problem with no graded version kept yet."""
    return UsageError(f"no graded version of {problem_id} yet: `shousi run {problem_id}` or "
                      f"`shousi grade {problem_id}` keeps each version it grades")


def unified(old: bytes, new: bytes, old_label: str, new_label: str) -> list[str]:
    """The unified diff from `old` to `new` (3 lines of context), as lines without their line ends; empty when the
    two are the same code."""
    import difflib

    return list(difflib.unified_diff(_lines(old), _lines(new), old_label, new_label, lineterm=""))


def _lines(content: bytes) -> list[str]:
    """The code's lines as Python reads them: UTF-8 (a BOM dropped), any line end."""
    text = content.decode("utf-8-sig", errors="replace")
    return [line.removesuffix("\n") for line in io.StringIO(text, newline=None)]


def backup(path: Path, when: dt.datetime | None = None) -> Path:
    """Copy `path` to `<name>.bak-<YYYYmmdd-HHMMSS>` beside it (never over an earlier backup); return the copy."""
    import shutil

    stamp = (when or dt.datetime.now()).strftime("%Y%m%d-%H%M%S")
    target, count = path.with_name(f"{path.name}.bak-{stamp}"), 1
    while target.exists():
        count += 1
        target = path.with_name(f"{path.name}.bak-{stamp}-{count}")
    shutil.copy2(path, target)
    return target
