"""The events of `shousi watch`: the watched file was saved, or a key was pressed.

Keys come one at a time from a terminal (cbreak mode, restored on exit), or a line at a time from a pipe, so
that the loop can be driven by a test. Saves are seen through watchfiles.
"""

from __future__ import annotations

import os
import select
import sys
import termios
import tty
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

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


_exhausted = False


def pending_keys() -> str:
    """The keys typed since the last look, without waiting ('' if none, and forever once input has ended)."""
    global _exhausted
    if _exhausted or sys.stdin is None or sys.stdin.closed:
        return ""
    try:
        if not select.select([sys.stdin], [], [], 0)[0]:
            return ""
        data = os.read(sys.stdin.fileno(), 64)
    except (OSError, ValueError):
        data = b""
    _exhausted = not data
    return data.decode(errors="ignore").lower()


def events(path: Path) -> Iterator[tuple[str, str]]:
    """Yield ("saved", "") when `path` changes and ("key", k) for each key, until the caller stops."""
    from watchfiles import watch

    target = path.resolve()
    changes = watch(target.parent, watch_filter=lambda _, name: Path(name).resolve() == target,
                    rust_timeout=POLL_MS, yield_on_timeout=True, debounce=100, raise_interrupt=False)
    for batch in changes:
        for key in pending_keys():
            if not key.isspace() or key == "\n":
                yield "key", key
        if batch:
            yield "saved", ""
