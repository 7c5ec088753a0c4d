"""Your code over time, for people: a unified diff between two versions, coloured, and what `diff` says when there
is nothing to show. (A version's code is drawn by report.catalogue.code; piped output is the CLI's plain text.)"""

from __future__ import annotations

import datetime as dt

from rich.console import Console

from harness.report.text import plain
from harness.report.words import say, verdict as verdict_name

# The first matching prefix gives a diff line its style: headers before the lines they look like.
DIFF_STYLES = (("+++", "bold"), ("---", "bold"), ("@@", "cyan"), ("+", "green"), ("-", "red"))


def diff(lines: list[str], out: Console) -> None:
    """A unified diff: added lines green, removed red, hunk headers cyan; long lines are never folded."""
    for line in lines:
        style = next((style for prefix, style in DIFF_STYLES if line.startswith(prefix)), "")
        out.print(plain(line, style), soft_wrap=True)


def same_code(old: str, new: str, out: Console, lang: str = "en") -> None:
    """`diff`: the two sides hold the same code."""
    out.print(plain(say("same code", lang, old=old, new=new), "dim"))


def label(version, problem_id: str, lang: str = "en") -> str:
    """A diff header naming a harness.practice.versions.Version: `two-sum v3 (1a2b3c4, grade 05-12 14:03,
    wrong_answer)`; in Chinese `two-sum v3（1a2b3c4，提交 05-12 14:03，解答错误）`."""
    last = version.last
    when = dt.datetime.fromisoformat(last.at).astimezone().strftime("%m-%d %H:%M")
    if lang != "zh":
        verdict = f", {last.verdict}" if last.verdict else ""
        return f"{problem_id} {version.name} ({version.short}, {last.command} {when}{verdict})"
    verdict = f"，{verdict_name(last.verdict, lang)}" if last.verdict else ""
    return f"{problem_id} {version.name}（{version.short}，{say(last.command, lang)} {when}{verdict}）"
