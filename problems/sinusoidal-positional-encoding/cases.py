"""Hidden tests for sinusoidal-positional-encoding: pinned edges, one case (or more) per classic mistake, the maxima.

The classic mistakes and the cases that catch them:
- the exponent from the column index j instead of the pair index 2i (base**(j / d) in the cos columns): any d >= 2
  with positions >= 1; d = 2 makes the cos column cos(p / base**(1/2)) instead of cos(p);
- sin and cos concatenated as halves (tensor2tensor's layout) instead of interleaved: any d >= 4 (for d = 2 the
  two layouts coincide), (1, 1024) shows it in row 0 alone ([0, 1, 0, 1, ...] vs [0, ..., 0, 1, ..., 1]);
- cos in the even columns, positions from 1, i / d without the 2, multiplying by base**(2i/d): everywhere;
- an odd d_model (it ends with a sin column): d = 1, 3, 7, 513, 1023; padding to d + 1 and trimming changes the
  exponent's denominator;
- the base ignored (10000 hard-coded): bases 2, 100, 500000, 10^6;
- float32 output, or angles computed in float32 (positions up to 8191; float32's spacing is 4.9e-4 above 4096).
Answers are at most 2^21 entries (16 MiB), which the grader's wire carries back (it stops at 32 MiB encoded).
"""

import math

import numpy as np

from harness.catalogue.cases import Case

MAX_LENGTH = 8192
MAX_D_MODEL = 1024
MAX_ENTRIES = 2**21  # length * d_model: 16 MiB of float64, which the grader's wire still carries back
MIN_BASE, MAX_BASE = 2.0, 1e6


def exact(length, d_model, base=10000.0):
    """The encoding with Python floats, element by element (math.sin, math.cos): a pinned answer."""
    rows = [[(math.sin if j % 2 == 0 else math.cos)(p / base ** ((j - j % 2) / d_model)) for j in range(d_model)]
            for p in range(length)]
    return np.array(rows, dtype=np.float64).reshape(length, d_model)


def case(length, d_model, base=None, note="", note_zh="", pin=False):
    given = {"length": length, "d_model": d_model} if base is None else {"length": length, "d_model": d_model,
                                                                          "base": base}
    expected = exact(length, d_model, 10000.0 if base is None else base) if pin else None
    return Case(given, note=note, note_zh=note_zh) if expected is None else Case(given, expected, note, note_zh=note_zh)


def hidden_cases(rng):
    # The smallest, pinned.
    yield case(1, 1, pin=True, note="length = d_model = 1: [[sin 0]] = [[0]]",
               note_zh="length = d_model = 1：[[sin 0]] = [[0]]")
    yield case(1, 2, pin=True, note="length 1, d_model 2: [[sin 0, cos 0]] = [[0, 1]]",
               note_zh="length 1，d_model 2：[[sin 0, cos 0]] = [[0, 1]]")
    yield case(3, 1, pin=True, note="d_model = 1: a single sin column, sin(p)", note_zh="d_model = 1：只有一列 sin，即 sin(p)")
    yield case(5, 2, pin=True, note="d_model = 2: [sin p, cos p]; base**(j/d) makes the cos column cos(p / 100)",
               note_zh="d_model = 2：[sin p, cos p]；用 base**(j/d) 会让 cos 列变成 cos(p / 100)")
    yield case(4, 3, pin=True, note="odd d_model = 3: sin, cos, then sin(p / base**(2/3)) alone",
               note_zh="奇数 d_model = 3：sin、cos，然后单独一列 sin(p / base**(2/3))")
    yield case(1, MAX_D_MODEL, pin=True, note="length 1, d_model 1024: row 0 alternates 0, 1 (halves would not)",
               note_zh="length 1，d_model 1024：第 0 行 0、1 交替（分成两半则不会）")
    yield case(2, 6, base=2.0, pin=True, note="base 2, d_model 6", note_zh="base 2，d_model 6")

    # The layout and the exponent.
    yield case(50, 4, note="d_model 4: interleaved, not halves; the exponent uses 2i, not the column index",
               note_zh="d_model 4：交错排列，而不是分成两半；指数用 2i，而不是列下标")
    yield case(128, 64, note="d_model 64, length 128, the default base", note_zh="d_model 64，length 128，默认 base")
    yield case(100, 7, note="odd d_model 7: padding to 8 and trimming changes the exponent",
               note_zh="奇数 d_model 7：先补到 8 再截掉会改变指数")
    yield case(300, 513, note="odd d_model 513", note_zh="奇数 d_model 513")
    yield case(64, 16, base=100.0, note="base 100", note_zh="base 100")
    yield case(512, 32, base=500000.0, note="base 500000 (LLaMA 3's RoPE base)",
               note_zh="base 500000（LLaMA 3 的 RoPE base）")
    yield case(200, 10, base=10000.0, note="base 10000 given explicitly", note_zh="显式给出 base 10000")
    yield case(1000, 8, base=MAX_BASE, note="base 10^6, the largest", note_zh="base 10^6，最大值")
    yield case(33, 2 * rng.randint(20, 60) + 1, base=float(rng.randint(3, 30000)), note="a random odd d_model and base",
               note_zh="随机的奇数 d_model 和 base")
    yield case(rng.randint(500, 1500), 2 * rng.randint(10, 200), base=rng.uniform(50, 2e5),
               note="a random length, even d_model and base", note_zh="随机的 length、偶数 d_model 和 base")

    # The maxima: float32 angles lose ~5e-4 here.
    yield case(MAX_LENGTH, 256, note="max: length 8192, d_model 256 (2^21 entries), base 10000",
               note_zh="最大：length 8192，d_model 256（2^21 个元素），base 10000")
    yield case(2048, MAX_D_MODEL, base=500000.0, note="max: d_model 1024, length 2048 (2^21 entries), base 500000",
               note_zh="最大：d_model 1024，length 2048（2^21 个元素），base 500000")
    yield case(2048, 1023, base=MAX_BASE, note="max: d_model 1023 (odd), length 2048, base 10^6",
               note_zh="最大：d_model 1023（奇数），length 2048，base 10^6")
    yield case(4096, 512, note="max: length 4096, d_model 512 (2^21 entries), base 10000",
               note_zh="最大：length 4096，d_model 512（2^21 个元素），base 10000")
    yield case(MAX_LENGTH, 1, note="max length 8192 with d_model 1: a single sin column",
               note_zh="最大 length 8192，d_model 1：只有一列 sin")
    yield case(MAX_LENGTH - 1, 3, base=2.0, note="length 8191, d_model 3, base 2",
               note_zh="length 8191，d_model 3，base 2")


def validate(given):
    """The constraints, asserted on every example and hidden case (and on `run --input`)."""
    length, d_model, base = given["length"], given["d_model"], given.get("base", 10000.0)
    assert isinstance(length, int) and not isinstance(length, bool) and 1 <= length <= MAX_LENGTH
    assert isinstance(d_model, int) and not isinstance(d_model, bool) and 1 <= d_model <= MAX_D_MODEL
    assert length * d_model <= MAX_ENTRIES, "at most 2^21 entries"
    assert isinstance(base, (int, float)) and not isinstance(base, bool) and MIN_BASE <= base <= MAX_BASE


SIZES = (512, 1024, 2048, 4096, MAX_LENGTH)  # for `compare`: length, with d_model = 256


def sized_input(rng, n):
    return {"length": n, "d_model": 256}
