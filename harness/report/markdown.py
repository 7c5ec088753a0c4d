"""Statements and hints as rich Markdown whose paragraphs and headings break lines by report.cjk's rules.

Imported only by the commands that render Markdown (`show`, `hint`): markdown-it is slow to import.
"""

from __future__ import annotations

from rich.markdown import Heading, Markdown, Paragraph
from rich.text import Text

from harness.report.cjk import Wrapped, join_soft_breaks


class _Breaking:
    """A text element that remembers where its inline code is, so that no line breaks inside it."""

    def on_enter(self, context) -> None:
        super().on_enter(context)
        self.code: list[tuple[int, int]] = []

    def on_text(self, context, text) -> None:
        start = len(self.text)
        super().on_text(context, text)
        if isinstance(text, Text):  # inline code arrives highlighted, as Text (see Document)
            self.code.append((start, len(self.text)))


class _Paragraph(_Breaking, Paragraph):
    def __rich_console__(self, console, options):
        yield Wrapped(self.text, self.code, self.justify)


class _Heading(_Breaking, Heading):
    def __rich_console__(self, console, options):
        yield Wrapped(self.text, self.code, self.LEVEL_ALIGN.get(self.tag, "left"))


class Document(Markdown):
    """Markdown for a statement or a hint: Chinese soft line breaks joined, lines broken by report.cjk's rules."""

    elements = {**Markdown.elements, "paragraph_open": _Paragraph, "heading_open": _Heading}

    def __init__(self, markup: str):
        from pygments.lexers.special import TextLexer

        # A lexer for inline code makes rich pass it to the element as Text: that is how the spans are known. It
        # highlights nothing; an instance, because rich looks a lexer given by name up again for every span.
        super().__init__(join_soft_breaks(markup), inline_code_lexer=TextLexer(), inline_code_theme="ansi_dark")
