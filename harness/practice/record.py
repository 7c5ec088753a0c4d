"""What the CLI remembers: recording runs, grades and compares in the history, and reading statuses back.

History never stands in the way of grading: when it cannot be used, a warning is printed and the command goes on.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from harness import catalogue
from harness import report
from harness.grading.verdict import GradeResult


def open_history():
    """The history database, or None (with a warning) when it cannot be used: history never stops a grade."""
    from harness.practice.history import History

    try:
        history = History.open()
    except (sqlite3.Error, OSError) as exc:
        report.warning(f"warning: the history is unavailable: {exc}")
        return None
    if history.notice:
        report.warning(history.notice)
    return history


def _save(records: list[tuple]) -> None:
    """Add each (attempt, graded code or None) to the history; a failure is a warning, never the end of the command."""
    history = open_history()
    if history is None:
        return
    try:
        for attempt, source in records:
            history.record(attempt, source)
    except sqlite3.Error as exc:
        report.warning(f"warning: not saved in the history: {exc}")
    finally:
        history.close()


def remember(command: str, results: list[GradeResult], mock: int | None = None) -> None:
    """Record the user's runs and grades (never the reference's) in the history, each with the code it graded
    (`result.source`, the snapshot the grade read, not the file as it is now)."""
    from harness.practice.history import Attempt, content_hash, file_hash, now

    records = []
    for result in results:
        reference = result.reference_time_ms
        ratio = result.time_ms / reference if reference and result.time_ms else None
        digest = content_hash(result.source) if result.source is not None else file_hash(Path(result.file))
        records.append((Attempt(now(), result.problem, command, result.verdict.value, result.passed, result.total,
                                result.time_ms, reference, ratio, digest, mock), result.source))
    _save(records)


def remember_comparison(result) -> None:
    """Record a compare: the user's and the reference's time on the largest size the user finished."""
    from harness.practice.history import Attempt, file_hash, now

    mine = next((t for t in reversed(result.user.seconds) if t), None)
    theirs = result.reference.seconds[result.user.seconds.index(mine)] if mine else None
    _save([(Attempt(now(), result.problem, "compare", None, None, None, mine and mine * 1000,
                    theirs and theirs * 1000, result.ratio, file_hash(Path(result.file))), None)])


def statuses(problems) -> dict[str, str]:
    """solved / attempted from the history, `started` for a workspace file never run, else new."""
    history = open_history()
    known = history.statuses() if history else {}
    if history:
        history.close()
    started = {p.id: "started" for p in problems if catalogue.workspace_file(p).exists()}
    return {**started, **known}
