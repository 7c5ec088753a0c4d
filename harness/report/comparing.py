"""`compare` for people (a table, growth, memory, a terminal chart), as a chart file, and as `--json`.

Every line fits the terminal: the table drops its memory columns into a table of their own when both do not fit,
and the chart narrows to the width. Ratios are `harness.units.comparison`'s words, the summary's too. For people the
words are in `lang` (report.words; the sentence is harness.compare.summary's, in Chinese report.comparing_zh's);
`--json` stays English.
"""

from __future__ import annotations

from rich.console import Console
from rich.table import Table

from rich.cells import cell_len

from harness import units
from harness.report.cjk import Wrapped
from harness.report.text import join, plain
from harness.report.words import say

PAGE = 4096  # the resident memory's unit: a smaller peak reads as none
BASIS = {"known": "basis known", "reference": "basis reference"}  # what a growth rests on: its phrase


def _series(result, lang: str = "en") -> dict:
    pairs = lambda values: [(n, t) for n, t in zip(result.sizes, values) if t]  # noqa: E731
    return {say("reference", lang): ("r", pairs(result.reference.seconds)),
            say("yours", lang): ("●", pairs(result.user.seconds))}


def _wording(lang: str):
    """The words of compare's sentence in `lang` (harness.compare.summary.Wording)."""
    if lang == "zh":
        from harness.report.comparing_zh import Chinese

        return Chinese()
    from harness.compare.summary import Wording

    return Wording()


def _n_means(result, lang: str) -> str:
    """What n counts, in `lang` where the package says it in that language, else in English."""
    return (lang == "zh" and result.n_means_zh) or result.n_means


def _line(text, lang: str):
    """A line of text as `lang` wraps it: Chinese by report.cjk's rules, English as rich does."""
    return Wrapped(text) if lang == "zh" else text


def comparison(result, out: Console, lang: str = "en") -> None:
    """Print `compare`'s findings: the sentence, a table per size, growth and memory, and the chart, in `lang`."""
    from harness.compare.summary import sentence
    from harness.report.chart import text
    from harness.report.messages_zh import translated

    words = _wording(lang)
    headline = join((say("compare", lang), "bold"), f"  {result.problem}  ·  ", (sentence(result, words), "bold"))
    if not any(result.user.seconds) and not any(result.reference.seconds):
        out.print(headline, soft_wrap=True)  # one line, folded by the terminal: a file that cannot load, a wrong
        return  # first answer; nothing was measured
    out.print(_line(headline, lang))
    for note in result.problems:
        out.print(_line(plain(f"! {translated(note, lang)}", style="yellow"), lang))
    n_means = _n_means(result, lang)
    if n_means:
        out.print(_line(join(("n", "bold"), " = ", n_means), lang))
    _tables(result, out, words, lang)
    _growth(result, out, words, lang)
    if result.ratio is not None:
        from harness.compare.summary import at_sizes

        low, high = result.ratio_range
        out.print(_line(plain(say("time ratio", lang, at=at_sizes(result, words), factor=units.factor(result.ratio),
                                  words=words.speed(result.ratio) or say("too fast to measure", lang),
                                  low=units.factor(low), high=units.factor(high), rounds=result.rounds)), lang))
    if any(points for _, points in _series(result).values()):
        lines = text(_series(result, lang), out.width, say("time against n", lang))
        out.print("\n".join(lines), highlight=False, markup=False, overflow="ignore", crop=False)


def _growth(result, out: Console, words, lang: str) -> None:
    """Each side's growth on a line of its own: the class, the exponent, and what the class rests on."""
    sides = ((say("yours", lang), result.user), (say("reference", lang), result.reference))
    width = max(cell_len(label) for label, _ in sides)
    for label, side in sides:
        basis = say(BASIS[_basis(side)], lang) if _basis(side) in BASIS else ""
        growth = say("growth of", lang, described=words.growth(side), exponent=side.exponent,
                     basis=basis) if side.complexity else "—"
        padded = label + " " * (width - cell_len(label))
        out.print(_line(join((padded, "bold"), say("growth", lang, growth=growth)), lang))


def _basis(side) -> str:
    return side.growth.basis if side.growth else ""


def _tables(result, out: Console, words, lang: str) -> None:
    """Time and memory per size: one table where it fits the width, else times and memory apart."""
    times, memory = _time_columns(result, words, lang), _memory_columns(result, lang)
    sizes = (say("n", lang), [f"{n:,}" for n in result.sizes])
    both = _table([sizes, *times, *memory])
    if not memory or out.measure(both, options=out.options.update_width(10_000)).maximum <= out.width:
        out.print(both)
        return
    out.print(_table([sizes, *times]))
    out.print(_table([sizes, *memory]))


def _time_columns(result, words, lang: str) -> list[tuple[str, list[str]]]:
    """Each side's median time per size, and the ratio in words where both are above call overhead."""
    from harness.compare import FIT_FLOOR_S

    mine, theirs = result.user.seconds, result.reference.seconds
    ratios = [words.speed(m / t) if m and t and min(m, t) >= FIT_FLOOR_S else "" for m, t in zip(mine, theirs)]
    return [(say("yours", lang), [units.duration(t) for t in mine]),
            (say("reference", lang), [units.duration(t) for t in theirs]), (say("ratio", lang), ratios)]


def _memory_columns(result, lang: str) -> list[tuple[str, list[str]]]:
    """Peak memory per size, where it was measured."""
    mine, theirs = result.user.peak_bytes, result.reference.peak_bytes
    if not any(b is not None for b in mine + theirs):
        return []
    return [(say("peak memory, yours", lang), [_peak(b) for b in mine] or ["—"] * len(result.sizes)),
            (say("reference", lang), [_peak(b) for b in theirs] or ["—"] * len(result.sizes))]


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


def plot(result, path, lang: str = "en") -> None:
    """Write the chart to `path`, its words in `lang`: SVG by hand; PNG through matplotlib, when it is installed."""
    from harness.compare.summary import sentence
    from harness.report.chart import svg, wrap

    colon = "：" if lang == "zh" else ": "
    title = f"{result.problem}{colon}{sentence(result, _wording(lang))}"
    n_means = _n_means(result, lang)
    axis = f"n{colon}{n_means}" if n_means else say("input size n", lang)
    if path.suffix.lower() == ".svg":
        path.write_text(svg(_series(result, lang), title, axis, log_scale=say("log scale", lang)), encoding="utf-8")
        return
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    figure, axes = plt.subplots(figsize=(7, 4.5))
    for label, (_, points) in _series(result, lang).items():
        axes.loglog(*zip(*points), marker="o", label=label)
    axes.set(xlabel="\n".join(wrap(axis, 80)), ylabel=say("seconds", lang))
    axes.set_title("\n".join(wrap(title, 70)), fontsize=10)
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
