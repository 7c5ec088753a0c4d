"""Your code over time, for people: a unified diff between two versions, coloured, and what `diff` says when there
is nothing to show. (A version's code is drawn by report.catalogue.code; piped output is the CLI's plain text.)"""

from __future__ import annotations

from rich.console import Console

from harness.report.text import plain

# The first matching prefix gives a diff line its style: headers before the lines they look like.
DIFF_STYLES = (("+++", "bold"), ("---", "bold"), ("@@", "cyan"), ("+", "green"), ("-", "red"))


def diff(lines: list[str], out: Console) -> None:
    """A unified diff: added lines green, removed red, hunk headers cyan; long lines are never folded."""
    for line in lines:
        style = next((style for prefix, style in DIFF_STYLES if line.startswith(prefix)), "")
        out.print(plain(line, style), soft_wrap=True)


def same_code(old: str, new: str, out: Console) -> None:
    """`diff`: the two sides hold the same code."""
    out.print(plain(f"no difference: {old} and {new} are the same code", "dim"))
