"""The events of `shousi watch`: the watched file was saved, or a key was pressed.

Keys come one at a time from a terminal (cbreak mode, restored on exit), or a line at a time from a pipe, so
that the loop can be driven by a test. Saves are seen by comparing the file's bytes with those last graded, every
POLL_MS: no save is missed, whether it came during a grade, by an editor's rename, or twice within a tick.
"""

from __future__ import annotations

import os
import select
import sys
import termios
import time
import tty
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterator

POLL_MS = 200


@contextmanager
def keys_mode():
    """Single keys without Enter on a terminal; nothing to do on a pipe."""
    if not sys.stdin.isatty():
        yield
        return
    saved = termios.tcgetattr(sys.stdin)
    try:
        tty.setcbreak(sys.stdin.fileno())
        yield
    finally:
        termios.tcsetattr(sys.stdin, termios.TCSADRAIN, saved)


_ended = None  # the stdin whose input has ended (Click's CliRunner gives each command a stdin of its own)


def pending_keys() -> str:
    """The keys typed since the last look, without waiting ('' if none, and forever once input has ended); a stdin
    without a file descriptor (CliRunner's, in memory) gives a line at a time."""
    global _ended
    stdin = sys.stdin
    if stdin is None or stdin is _ended or stdin.closed:
        return ""
    try:
        fd = stdin.fileno()
    except (OSError, ValueError):
        text = stdin.readline()
    else:
        try:
            if not select.select([fd], [], [], 0)[0]:
                return ""
            text = os.read(fd, 64).decode(errors="ignore")
        except (OSError, ValueError):
            text = ""
    if not text:
        _ended = stdin
    return text.lower()


def read(path: Path) -> bytes | None:
    """The file's bytes, or None while it is missing or unreadable (an editor between delete and rename)."""
    try:
        return path.read_bytes()
    except OSError:
        return None


def events(path: Path, graded: Callable[[], bytes | None]) -> Iterator[tuple[str, str]]:
    """Yield ("key", k) for each key, and ("saved", "") whenever the file holds bytes other than `graded()`
    (the last graded content) and has held them for one poll, so that a half-written save is not graded."""
    seen = read(path)
    while True:
        time.sleep(POLL_MS / 1000)
        for key in pending_keys():
            if not key.isspace() or key == "\n":
                yield "key", key
        now = read(path)
        if now is not None and now == seen and now != graded():
            yield "saved", ""
        seen = now
