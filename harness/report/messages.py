"""The commands' one-line messages: what `start`, `solution`, `watch`, `grade --all` and `compare --plot` say.

Paths, ids and error texts are printed as they are (see report.text), never parsed as markup.
"""

from __future__ import annotations

from pathlib import Path

from rich.console import Console

from harness.report.text import join, plain

WATCH_KEYS = (("g", "grade"), ("r", "run the examples"), ("h", "hint"), ("Enter", "again"), ("q", "quit"))


def started(problem_id: str, target: Path, existed: bool, out: Console, backup: Path | None = None) -> None:
    """`start`: the stub was copied (with --force, over a file now kept as `backup`), or the file was already
    there and is kept."""
    if existed:
        out.print(plain(f"{target} exists already; keeping it (use --force to start over)"))
        return
    if backup is not None:
        out.print(plain(f"your previous file is kept as {backup}"))
    out.print(plain(f"started {problem_id}: edit the file, then `shousi run {problem_id}`"))


def peeking(problem_id: str, out: Console) -> None:
    """`solution` before the problem is solved."""
    out.print(plain(f"You have not solved {problem_id} yet; peeking early spoils the practice "
                    f"(`shousi hint {problem_id}` gives a nudge instead)."))


def all_graded(passed: int, total: int, out: Console, lang: str = "en") -> None:
    """`grade --all`: the last line, in `lang`."""
    from harness.report.words import say

    out.print()
    out.print(plain(say("all accepted", lang, passed=passed, total=total), "bold"))


def chart_written(path: Path, out: Console, lang: str = "en") -> None:
    """`compare --plot`: where the chart went, in `lang`."""
    from harness.report.words import say

    out.print(plain(say("chart written", lang, path=path)))


def watch_header(problem_id: str, path: Path, mode: str, out: Console) -> None:
    """`watch`: what is watched, in which mode, and the keys."""
    keys = []
    for key, action in WATCH_KEYS:
        keys += [" · "] * bool(keys) + [(key, "bold"), f" {action}"]
    out.print(join(("shousi watch", "bold"), f" {problem_id} · {path} · {mode}  —  ", *keys))


def watch_cannot_grade(message: str, out: Console) -> None:
    """`watch`: the file is gone or half-written; the next save tries again."""
    out.print(plain(message, "yellow"))


def watch_graded(clock: str, out: Console) -> None:
    """`watch`: when this result was graded, so that a stale screen is told from a fresh one."""
    out.print(plain(f"graded at {clock}", "dim"))


def watch_waiting(path: Path, out: Console) -> None:
    out.print(plain(f"waiting for you to save {path.name}...", "dim"))


def watch_stopped(out: Console) -> None:
    out.print(plain("stopped watching"))


def nothing_matched(filters: str, total: int, out: Console) -> None:
    out.print(plain(f"no problem matches {filters} (of {total}); `shousi list` shows them all"))
