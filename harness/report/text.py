"""User text for the terminal: never parsed as rich markup or emoji codes, and always printable as UTF-8.

Tracebacks, printed output, values, messages, file names and ids may hold `[i]`, `[/usr/bin]`, `:smile:` or lone
surrogates; they reach rich only as `Text`, built here.
"""

from __future__ import annotations

import re

from rich.text import Text

_SURROGATE = re.compile("[\ud800-\udfff]")


def clean(text: str) -> str:
    """`text` with lone surrogates written as `\\udc80` escapes, so that it encodes as UTF-8."""
    text = str(text)
    return _SURROGATE.sub(lambda match: f"\\u{ord(match.group()):04x}", text) if _SURROGATE.search(text) else text


def plain(text: str, style: str = "") -> Text:
    """`text` as it is, in `style`: the one way user text reaches rich."""
    return Text(clean(text), style=style)


def join(*parts: str | tuple[str, str]) -> Text:
    """A line of pieces, each a plain string or a (string, style) pair, none of them parsed as markup."""
    return Text.assemble(*((clean(p[0]), p[1]) if isinstance(p, tuple) else clean(p) for p in parts))
