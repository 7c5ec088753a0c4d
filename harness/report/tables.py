"""Tables that fit the terminal: the columns that matter least give way, so that no cell is cut."""

from __future__ import annotations

from dataclasses import replace
from typing import Sequence

from rich.console import Console
from rich.table import Table


def fit(table: Table, out: Console, give_way: Sequence[str]) -> Table:
    """`table` less the columns headed `give_way`, dropped in that order while it is too wide for `out` to show
    every cell whole (wrapping the columns that wrap); as a last resort its box loses its edges."""
    for header in give_way:
        if _fits(table, out):
            return table
        kept = [column for column in table.columns if str(column.header) != header]
        # rich numbers its columns (for the padding of the first and last); number what is left afresh
        table.columns = [replace(column, _index=index) for index, column in enumerate(kept)]
    if not _fits(table, out):
        from rich import box

        table.box, table.show_edge, table.pad_edge = box.SIMPLE_HEAD, False, False
    return table


def _fits(table: Table, out: Console) -> bool:
    from rich.measure import Measurement

    return Measurement.get(out, out.options.update_width(10**4), table).minimum <= out.width
