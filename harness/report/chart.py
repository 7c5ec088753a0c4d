"""Log-log charts of time against size for `compare`: lines of text for the terminal, and SVG for a file."""

from __future__ import annotations

import math

from harness import units

Series = list[tuple[float, float]]  # (size, seconds)
PLOT_WIDTH, PLOT_HEIGHT = 56, 14  # the terminal plot's area at most, in characters
TITLE_CHARS = 80  # an SVG title line of 14 px sans-serif in a 640 px chart


def _bounds(series: dict[str, Series]) -> tuple[float, float, float, float]:
    points = [p for values in series.values() for p in values]
    xs, ys = [math.log10(n) for n, _ in points], [math.log10(t) for _, t in points]
    pad = lambda lo, hi: (lo, hi) if hi > lo else (lo - 0.5, hi + 0.5)  # noqa: E731
    return (*pad(min(xs), max(xs)), *pad(min(ys), max(ys)))


def seconds(value: float) -> str:
    return units.duration(value)


def wrap(text: str, width: int) -> list[str]:
    """`text` in lines of at most `width` terminal cells (a Chinese character is two), broken as report.cjk breaks
    them: at spaces, between Chinese characters, never inside `O(n log n)`."""
    from harness.report.cjk import line_starts

    cuts = [0, *line_starts(text, width), len(text)]
    return [line for start, end in zip(cuts, cuts[1:]) if (line := text[start:end].strip())]


def text(series: dict[str, tuple[str, Series]], max_width: int = 80,
         title: str = "time against n (log-log):") -> list[str]:
    """A text plot no wider than `max_width`: `series` maps a label to (marker character, points), later series
    drawn over earlier ones. The `title` and legend above the plot are wrapped, the plot narrowed."""
    x0, x1, y0, y1 = _bounds({k: v for k, (_, v) in series.items()})
    top, bottom = seconds(10 ** y1), seconds(10 ** y0)
    margin = max(len(top), len(bottom))
    width, height = max(16, min(PLOT_WIDTH, max_width - margin - 2)), PLOT_HEIGHT
    grid = [[" "] * width for _ in range(height)]
    for marker, points in series.values():
        for n, t in points:
            col = round((math.log10(n) - x0) / (x1 - x0) * (width - 1))
            row = height - 1 - round((math.log10(t) - y0) / (y1 - y0) * (height - 1))
            grid[row][col] = marker
    legend = "   ".join(f"{marker} {label}" for label, (marker, _) in series.items())
    lines = wrap(f"{title}  {legend}", max(20, max_width))
    for index, row in enumerate(grid):
        label = top if index == 0 else bottom if index == height - 1 else ""
        lines.append(f"{label:>{margin}} │{''.join(row)}")
    lines.append(" " * margin + " └" + "─" * width)
    left, right = f"n = {10 ** x0:,.0f}", f"{10 ** x1:,.0f}"
    lines.append(" " * (margin + 2) + left + right.rjust(width - len(left)))
    return lines


def svg(series: dict[str, tuple[str, Series]], title: str, axis: str = "input size n", width: int = 640,
        height: int = 400, log_scale: str = " (log scale)") -> str:
    """A standalone SVG: the title wrapped to the width, log-log axes (the axis label ending in `log_scale`), one
    polyline with dots per series, a legend."""
    titles = wrap(title, TITLE_CHARS) or [""]
    x0, x1, y0, y1 = _bounds({k: v for k, (_, v) in series.items()})
    left, right, top, bottom = 70, 20, 24 + 18 * len(titles), 50
    height += 18 * (len(titles) - 1)
    sx = lambda n: left + (math.log10(n) - x0) / (x1 - x0) * (width - left - right)  # noqa: E731
    sy = lambda t: height - bottom - (math.log10(t) - y0) / (y1 - y0) * (height - top - bottom)  # noqa: E731
    colours = ["#1f77b4", "#d62728", "#2ca02c"]
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" font-family="sans-serif" '
        f'font-size="12"><rect width="100%" height="100%" fill="white"/>',
        *(f'<text x="{width / 2}" y="{20 + 18 * i}" text-anchor="middle" font-size="14">{_escape(line)}</text>'
          for i, line in enumerate(titles)),
        f'<line x1="{left}" y1="{height - bottom}" x2="{width - right}" y2="{height - bottom}" stroke="black"/>',
        f'<line x1="{left}" y1="{top}" x2="{left}" y2="{height - bottom}" stroke="black"/>',
        f'<text x="{width / 2}" y="{height - 12}" text-anchor="middle">{_escape(axis + log_scale)}</text>',
        f'<text x="{left - 5}" y="{top + 4}" text-anchor="end">{seconds(10 ** y1)}</text>',
        f'<text x="{left - 5}" y="{height - bottom}" text-anchor="end">{seconds(10 ** y0)}</text>',
        f'<text x="{left}" y="{height - bottom + 16}">{10 ** x0:,.0f}</text>',
        f'<text x="{width - right}" y="{height - bottom + 16}" text-anchor="end">{10 ** x1:,.0f}</text>',
    ]
    for index, (label, (_, points)) in enumerate(series.items()):
        colour = colours[index % len(colours)]
        coords = " ".join(f"{sx(n):.1f},{sy(t):.1f}" for n, t in points)
        parts.append(f'<polyline points="{coords}" fill="none" stroke="{colour}" stroke-width="2"/>')
        parts += [f'<circle cx="{sx(n):.1f}" cy="{sy(t):.1f}" r="3" fill="{colour}"/>' for n, t in points]
        y = top + 14 + 16 * index
        parts.append(f'<rect x="{left + 10}" y="{y - 9}" width="10" height="10" fill="{colour}"/>')
        parts.append(f'<text x="{left + 25}" y="{y}">{_escape(label)}</text>')
    parts.append("</svg>")
    return "\n".join(parts) + "\n"


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
