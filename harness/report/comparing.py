"""`compare` for people (a table, growth, memory, a terminal chart), as a chart file, and as `--json`.

Every line fits the terminal: the table drops its memory columns into a table of their own when both do not fit,
and the chart narrows to the width. Ratios are `harness.units.comparison`'s words, the summary's too.
"""

from __future__ import annotations

from rich.console import Console
from rich.table import Table

from harness import units
from harness.report.text import join, plain

PAGE = 4096  # the resident memory's unit: a smaller peak reads as none

def _series(result) -> dict:
    pairs = lambda values: [(n, t) for n, t in zip(result.sizes, values) if t]  # noqa: E731
    return {"reference": ("r", pairs(result.reference.seconds)), "yours": ("●", pairs(result.user.seconds))}


def comparison(result, out: Console) -> None:
    """Print `compare`'s findings: the sentence, a table per size, growth and memory, and the chart."""
    from harness.report.chart import text

    headline = join(("compare", "bold"), f"  {result.problem}  ·  ", (result.summary, "bold"))
    if not any(result.user.seconds) and not any(result.reference.seconds):
        out.print(headline, soft_wrap=True)  # one line, folded by the terminal: a file that cannot load, a wrong
        return  # first answer; nothing was measured
    out.print(headline)
    for note in result.problems:
        out.print(plain(f"! {note}", style="yellow"))
    if result.n_means:
        out.print(join(("n", "bold"), " = ", result.n_means))
    _tables(result, out)
    for label, side in (("yours", result.user), ("reference", result.reference)):
        basis = BASIS.get(_basis(side), "")
        growth = f"{side.described} (exponent {side.exponent}{basis})" if side.complexity else "—"
        out.print(join((f"{label:<9}", "bold"), f"  growth {growth}"))
    if result.ratio is not None:
        low, high = result.ratio_range
        words = units.comparison(result.ratio) or "too fast to measure"
        out.print(f"time ratio {_at(result)}: {units.factor(result.ratio)}, {words} (range {units.factor(low)} to "
                  f"{units.factor(high)} over {result.rounds} rounds)")
    if any(points for _, points in _series(result).values()):
        out.print("\n".join(text(_series(result), out.width)), highlight=False, markup=False,
                  overflow="ignore", crop=False)


BASIS = {"known": "; its known class", "reference": "; judged against the reference's times"}


def _basis(side) -> str:
    return side.growth.basis if side.growth else ""


def _at(result) -> str:
    from harness.compare.summary import at_sizes

    return at_sizes(result)


def _tables(result, out: Console) -> None:
    """Time and memory per size: one table where it fits the width, else times and memory apart."""
    times, memory = _time_columns(result), _memory_columns(result)
    both = _table([("n", [f"{n:,}" for n in result.sizes]), *times, *memory])
    if not memory or out.measure(both, options=out.options.update_width(10_000)).maximum <= out.width:
        out.print(both)
        return
    out.print(_table([("n", [f"{n:,}" for n in result.sizes]), *times]))
    out.print(_table([("n", [f"{n:,}" for n in result.sizes]), *memory]))


def _time_columns(result) -> list[tuple[str, list[str]]]:
    """Each side's median time per size, and the ratio in words where both are above call overhead."""
    from harness.compare import FIT_FLOOR_S

    mine, theirs = result.user.seconds, result.reference.seconds
    ratios = [units.comparison(m / t) if m and t and min(m, t) >= FIT_FLOOR_S else "" for m, t in zip(mine, theirs)]
    return [("yours", [units.duration(t) for t in mine]), ("reference", [units.duration(t) for t in theirs]),
            ("ratio", ratios)]


def _memory_columns(result) -> list[tuple[str, list[str]]]:
    """Peak memory per size, where it was measured."""
    mine, theirs = result.user.peak_bytes, result.reference.peak_bytes
    if not any(b is not None for b in mine + theirs):
        return []
    return [("peak memory, yours", [_peak(b) for b in mine] or ["—"] * len(result.sizes)),
            ("reference", [_peak(b) for b in theirs] or ["—"] * len(result.sizes))]


def _peak(count: int | None) -> str:
    """A peak in bytes; under a page, the kernel's high-water mark cannot tell how much: "<4 KiB"."""
    return units.size(count) if count is None or count >= PAGE else f"<{units.size(PAGE)}"


def _table(columns: list[tuple[str, list[str]]]) -> Table:
    table = Table(box=None, header_style="bold", pad_edge=False)
    for header, _ in columns:
        table.add_column(header, justify="right", no_wrap=True)
    for row in zip(*(cells for _, cells in columns)):
        table.add_row(*row)
    return table


def plot(result, path) -> None:
    """Write the chart to `path`: SVG by hand; PNG through matplotlib, when it is installed."""
    import textwrap

    from harness.report.chart import svg

    title = f"{result.problem}: {result.summary}"
    axis = f"n: {result.n_means}" if result.n_means else "input size n"
    if path.suffix.lower() == ".svg":
        path.write_text(svg(_series(result), title, axis), encoding="utf-8")
        return
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    figure, axes = plt.subplots(figsize=(7, 4.5))
    for label, (_, points) in _series(result).items():
        axes.loglog(*zip(*points), marker="o", label=label)
    axes.set(xlabel="\n".join(textwrap.wrap(axis, 80)), ylabel="seconds")
    axes.set_title("\n".join(textwrap.wrap(title, 70)), fontsize=10)
    axes.legend()
    figure.tight_layout()
    figure.savefig(path)
    plt.close(figure)


def comparison_json(result) -> dict:
    """The contract's `compare --json` object, plus what n counts, growth per call and memory per size."""
    ms = lambda values: [None if t is None else round(t * 1000, 4) for t in values]  # noqa: E731
    return {
        "problem": result.problem, "file": result.file, "verdict": result.verdict.value, "ratio": result.ratio,
        "ratio_range": list(result.ratio_range) if result.ratio_range else None, "n": result.n_means,
        "sizes": result.sizes, "user_ms": ms(result.user.seconds), "reference_ms": ms(result.reference.seconds),
        "user_peak_bytes": _per_size(result.user.peak_bytes, result.sizes),
        "reference_peak_bytes": _per_size(result.reference.peak_bytes, result.sizes),
        "user": _side_json(result.user), "reference": _side_json(result.reference), "summary": result.summary,
        "rounds": result.rounds, "time_limit_s": round(result.limit_s, 3), "problems": result.problems,
    }


def _side_json(side) -> dict:
    """A side's growth: the contract's three keys, the classes behind the label and the class per call, what the
    label rests on ("known", "reference" or its own times: ""), what its times alone fit, the fixed cost."""
    growth, fitted = side.growth, side.fitted
    return {
        "exponent": side.exponent, "complexity": side.complexity, "peak_memory_bytes": side.peak_memory_bytes,
        "classes": list(growth.classes) if growth else [],
        "per_call": (growth.per_call_label or None) if growth else None,
        "basis": _basis(side), "fitted": fitted.described if fitted else None,
        "overhead_ms": round(fitted.overhead_s * 1000, 4) if fitted else None,
    }


def _per_size(values: list, sizes: list) -> list:
    return list(values) if values else [None] * len(sizes)
