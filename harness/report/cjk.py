"""Line breaking for text that mixes Chinese and English, as a Chinese reader expects it in a terminal.

rich breaks lines only at spaces, so a Chinese paragraph (which has none) is cut wherever the width runs out, a
line may start with `。`, and inline code is split at its spaces. Here a line may break at a space or between two
Chinese characters, never before closing punctuation (`，。、；：）”！？》`, and `,.;:)!?` after Chinese) nor after
opening punctuation (`（“《`), and never inside inline code, a number or an ASCII word (`O(n log n)` and
`atol = 1e-15` stay whole where they fit; what is longer than a line breaks at its spaces, then anywhere).
"""

from __future__ import annotations

import re
import unicodedata
from typing import Iterable, Sequence

from rich.cells import cell_len, chop_cells
from rich.console import Console, ConsoleOptions, RenderResult
from rich.containers import Lines
from rich.measure import Measurement
from rich.text import Text

from harness.report.text import plain

NO_BREAK_BEFORE = frozenset("，。、；：）”’！？》」』】〉〕…%,.;:)]}!?")
NO_BREAK_AFTER = frozenset("（“‘《「『【〈〔([{")
QUOTES = frozenset("“”‘’…—")  # ambiguous-width marks that, in Chinese text, behave like Chinese punctuation
_CALL = re.compile(r"[A-Za-z_][A-Za-z0-9_.]*\([^()\n\u2e80-\uffff]{0,40}\)")  # O(n log n), len(coins): kept whole
_QUOTED = re.compile(r"`[^`\n]+`")  # a `command` in plain text

Span = tuple[int, int]


def is_wide(char: str) -> bool:
    """Whether `char` is a Chinese (or other East Asian wide) character or punctuation mark."""
    return char in QUOTES or unicodedata.east_asian_width(char) in "WF"


def _may_break(before: str, after: str) -> bool:
    """Whether a line may end after `before` and the next start with `after` (neither a space)."""
    if not (is_wide(before) or is_wide(after)):
        return False
    return after not in NO_BREAK_BEFORE and before not in NO_BREAK_AFTER


def _kept(text: str, keep: Iterable[Span]) -> list[Span]:
    """The spans no line may break inside: `keep` (inline code) and function-like terms such as `O(n log n)`."""
    return [*keep, *(match.span() for match in _CALL.finditer(text))]


def break_points(text: str, keep: Iterable[Span] = ()) -> list[int]:
    """The offsets at which a new line may start: after spaces, and between Chinese characters by the rules above,
    none strictly inside a span of `keep`."""
    blocked = bytearray(len(text) + 1)
    for start, end in keep:
        blocked[start + 1:end] = b"\1" * max(0, end - start - 1)
    points = []
    last = ""  # the last character before the spaces that end at `index`
    for index in range(1, len(text)):
        before, after = text[index - 1], text[index]
        if not before.isspace():
            last = before
        if blocked[index] or after.isspace():
            continue
        if before.isspace():
            if last not in NO_BREAK_AFTER and after not in NO_BREAK_BEFORE:
                points.append(index)
        elif _may_break(before, after):
            points.append(index)
    return points


def _pieces(start: int, end: int, points: Sequence[int]) -> list[Span]:
    """[start, end) cut at the `points` inside it."""
    cuts = [start, *(p for p in points if start < p < end), end]
    return list(zip(cuts, cuts[1:]))


def line_starts(text: str, width: int, keep: Iterable[Span] = ()) -> list[int]:
    """The offsets at which to start new lines so that each line of `text` (one line, no newline) fits in
    `width` cells; rich's `divide_line` with the rules above."""
    starts: list[int] = []
    levels = (break_points(text, _kept(text, keep)), break_points(text))
    used = 0
    for start, end in _pieces(0, len(text), levels[0]):
        used = _place(text, start, end, width, used, starts, levels[1:])
    return starts


def _place(text: str, start: int, end: int, width: int, used: int, starts: list[int],
           finer: tuple[list[int], ...]) -> int:
    """Put text[start:end] after `used` cells of the current line, breaking before it or inside it as needed;
    return the cells used on the line it ends on."""
    piece = text[start:end]
    need = cell_len(piece.rstrip())
    if used + need <= width:
        return used + cell_len(piece)
    if need <= width:
        if used and start:
            starts.append(start)
        return cell_len(piece)
    if finer and len(inner := _pieces(start, end, finer[0])) > 1:
        for sub_start, sub_end in inner:
            used = _place(text, sub_start, sub_end, width, used, starts, finer[1:])
        return used
    if used and start:
        starts.append(start)
    chunks = chop_cells(piece, width)  # nothing to break at: fold, as rich does
    for chunk in chunks[:-1]:
        start += len(chunk)
        starts.append(start)
    return cell_len(chunks[-1])


def wrap(console: Console, text: Text, width: int, keep: Iterable[Span] = (), justify: str = "left",
         overflow: str = "fold") -> Lines:
    """`text` broken into lines of at most `width` cells (rich's `Text.wrap`, with these rules)."""
    keep = sorted(keep)
    lines = Lines()
    offset = 0
    for line in text.split("\n", allow_blank=True):
        length = len(line.plain)
        mine = [(s - offset, e - offset) for s, e in keep if s < offset + length and e > offset]
        mine = [(max(0, s), min(length, e)) for s, e in mine]
        pieces = line.divide(line_starts(line.plain, width, mine))
        for piece in pieces:
            if piece.cell_len > width:  # the space a line broke at (rich's rstrip_end counts characters, not cells)
                piece.rstrip()
        pieces.justify(console, width, justify=justify, overflow=overflow)
        for piece in pieces:
            piece.truncate(width, overflow=overflow)
        lines.extend(pieces)
        offset += length + 1
    return lines


class Wrapped:
    """A rich renderable: `text` laid out with these line-breaking rules, `keep` the spans (inline code) that
    stay whole."""

    def __init__(self, text: Text, keep: Iterable[Span] = (), justify: str | None = None):
        self.text = text
        self.keep = list(keep)
        self.justify = justify

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        justify = self.justify or self.text.justify or options.justify or "left"
        overflow = self.text.overflow or options.overflow or "fold"
        lines = wrap(console, self.text, options.max_width, self.keep, justify, overflow)
        yield from Text("\n").join(lines).render(console, end=self.text.end)

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        plain = self.text.plain
        widest = max((cell_len(line) for line in plain.split("\n")), default=0)
        cuts = break_points(plain.replace("\n", " "), _kept(plain, self.keep))
        longest = max((cell_len(plain[s:e].strip()) for s, e in _pieces(0, len(plain), cuts)), default=0)
        return Measurement(min(longest, widest), widest)


def wrapped(text: str, style: str = "") -> Wrapped:
    """Plain text (never markup) to print with these rules, each `quoted command` kept whole."""
    return Wrapped(plain(text, style), [match.span() for match in _QUOTED.finditer(text)])


def join_soft_breaks(markdown: str) -> str:
    """Join the source lines of a paragraph where both sides of the line end are Chinese: Markdown turns a line
    end into a space, which Chinese text does not have (`方差\\n归一化` is `方差归一化`). Fenced code, headings
    and tables are left as they are."""
    lines = markdown.split("\n")
    joined: list[str] = []
    fenced = False
    for line in lines:
        if line.lstrip().startswith("```"):
            fenced = not fenced
            joined.append(line)
            continue
        previous = joined[-1] if joined else ""
        if not fenced and joined and _joins(previous, line):
            joined[-1] = previous.rstrip() + line.lstrip()
        else:
            joined.append(line)
    return "\n".join(joined)


def _joins(previous: str, line: str) -> bool:
    """Whether `line` continues the paragraph line `previous` with no space between them."""
    head, tail = previous.rstrip().rstrip("*_"), line.lstrip().lstrip("*_")
    if not head or not tail or previous.lstrip().startswith(("#", "|", "```")) or previous.endswith("  "):
        return False
    return is_wide(head[-1]) and is_wide(tail[0])


def prose(text: str, lang: str, style: str = "") -> Text | Wrapped:
    """A sentence of the interface's in `lang`: Chinese wrapped by these rules, English as rich wraps it."""
    return wrapped(text, style) if lang == "zh" else plain(text, style)
