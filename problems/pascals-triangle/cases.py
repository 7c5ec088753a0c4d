"""Hidden tests for pascals-triangle: every numRows from 1 to 30, the whole input space. One row (code that starts
from two rows), two rows (a wrap-around prev[-1] turns the first entry into 2), four (an in-place row updated
left to right), six (the digits of 11^r break at row 5), and 30 (the maximum, entries up to C(29,14) = 77558760).
Floats, a row count off by one and one list appended again for every row fail every case."""

from harness.catalogue.cases import Case

N_MAX = 30

NOTES = {
    1: ("one row: [[1]], not the two rows some code starts from", "只有一行：[[1]]，而不是某些代码一开始就放好的两行"),
    2: ("two rows: prev[k - 1] with k = 0 wraps to the end of the row", "两行：k = 0 时的 prev[k - 1] 会绕到这一行的末尾"),
    3: ("three rows: the first inner entry", "三行：第一个内部元素"),
    4: ("four rows: a single row updated in place from the left adds entries already changed",
        "四行：在同一行上从左往右原地更新，会加上已经改过的元素"),
    5: ("five rows: the last row the digits of 11^r still give", "五行：11^r 的各位数字还能给出的最后一行"),
    6: ("six rows: row 5 is [1,5,10,10,5,1]; the digits of 11^5 = 161051 are not", "六行：第 5 行是 [1,5,10,10,5,1]；11^5 = 161051 的各位数字不是"),
    N_MAX: ("max: 30 rows, entries up to C(29,14) = 77558760", "最大：30 行，元素最大为 C(29,14) = 77558760"),
}


def hidden_cases(rng):
    for rows in range(1, N_MAX + 1):
        note, note_zh = NOTES.get(rows, (f"{rows} rows", f"{rows} 行"))
        yield Case({"numRows": rows}, note=note, note_zh=note_zh)


def validate(given):
    """The constraints, asserted on every example and hidden case by `shousi check` (and on `run --input`)."""
    rows = given["numRows"]
    assert type(rows) is int and 1 <= rows <= N_MAX, "1 <= numRows <= 30"


SIZES = (4, 8, 15, N_MAX)  # for `compare`: numRows


def sized_input(rng, n):
    return {"numRows": n}
