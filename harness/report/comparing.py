"""`compare` for people (a table, growth, memory, a terminal chart), as a chart file, and as `--json`."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table
from rich.text import Text

from harness import units
from harness.report.text import join, plain


def _series(result) -> dict:
    pairs = lambda values: [(n, t) for n, t in zip(result.sizes, values) if t]  # noqa: E731
    return {"reference": ("r", pairs(result.reference.seconds)), "yours": ("●", pairs(result.user.seconds))}


def comparison(result, out: Console) -> None:
    """Print `compare`'s findings: the sentence, a table per size, growth and memory, and the chart."""
    from harness.report.chart import seconds, text

    out.print(join(("compare", "bold"), f"  {result.problem}  ·  ", (result.summary, "bold")))
    for note in result.problems:
        out.print(plain(f"! {note}", style="yellow"))
    if not any(result.user.seconds) and not any(result.reference.seconds):
        return  # nothing was measured (a syntax error, a wrong first answer): the notes above say why
    table = Table(box=None, header_style="bold")
    for column in ("n", "yours", "reference", "ratio"):
        table.add_column(column, justify="right")
    for n, mine, theirs in zip(result.sizes, result.user.seconds, result.reference.seconds):
        ratio = units.factor(mine / theirs) if mine and theirs else ""
        table.add_row(f"{n:,}", seconds(mine) if mine else "—", seconds(theirs) if theirs else "—", ratio)
    out.print(table)
    grid = Table.grid(padding=(0, 2))
    for label, side in (("yours", result.user), ("reference", result.reference)):
        growth = f"{side.complexity} (exponent {side.exponent})" if side.complexity else "—"
        grid.add_row(Text(label, style="bold"), f"growth {growth}", f"peak memory {_bytes(side.peak_memory_bytes)}")
    out.print(grid)
    if result.ratio is not None:
        low, high = result.ratio_range
        out.print(f"time ratio on the largest sizes: {units.factor(result.ratio)} (range {units.factor(low)} to "
                  f"{units.factor(high)} over {result.rounds} rounds)")
    if any(points for _, points in _series(result).values()):
        out.print("\n".join(text(_series(result))), highlight=False, markup=False)


def _bytes(count: int | None) -> str:
    return units.size(count)


def plot(result, path) -> None:
    """Write the chart to `path`: SVG by hand; PNG through matplotlib, when it is installed."""
    from harness.report.chart import svg

    title = f"{result.problem}: {result.summary}"
    if path.suffix.lower() == ".svg":
        path.write_text(svg(_series(result), title), encoding="utf-8")
        return
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    figure, axes = plt.subplots(figsize=(7, 4.5))
    for label, (_, points) in _series(result).items():
        axes.loglog(*zip(*points), marker="o", label=label)
    axes.set(xlabel="input size n", ylabel="seconds", title=title)
    axes.legend()
    figure.tight_layout()
    figure.savefig(path)
    plt.close(figure)


def comparison_json(result) -> dict:
    """The contract's `compare --json` object."""
    side = lambda s: {"exponent": s.exponent, "complexity": s.complexity,  # noqa: E731
                      "peak_memory_bytes": s.peak_memory_bytes}
    ms = lambda values: [None if t is None else round(t * 1000, 4) for t in values]  # noqa: E731
    return {
        "problem": result.problem, "file": result.file, "verdict": result.verdict.value, "ratio": result.ratio,
        "ratio_range": list(result.ratio_range) if result.ratio_range else None,
        "sizes": result.sizes, "user_ms": ms(result.user.seconds), "reference_ms": ms(result.reference.seconds),
        "user": side(result.user), "reference": side(result.reference), "summary": result.summary,
        "rounds": result.rounds, "time_limit_s": round(result.limit_s, 3), "problems": result.problems,
    }


