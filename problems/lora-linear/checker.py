"""LoRALinear: every call is compared with the reference's replay, except what the seed decides.

The contract fixes lora_A's distribution (independent draws, uniform in +-1/sqrt(in), from
np.random.default_rng(seed)) but not the order in which a solution draws them, so the first read of `lora_A` (before
any set_lora) is not compared with the reference's numbers. It must be an array of shape (r, in) in the weight's
dtype, every later read before set_lora must return the same numbers, and its r * in values u = A * sqrt(in) must
look like independent uniform draws on [-1, 1]:

- bounds: |u| <= 1 (plus the rounding of a float32 cast): a correct draw never fails this;
- Kolmogorov-Smirnov: the largest gap D between the values' empirical CDF and (u + 1) / 2; by the
  Dvoretzky-Kiefer-Wolfowitz inequality with Massart's constant, P(D > eps) <= 2 exp(-2 n eps^2) for any n;
- rows: the mean m of each row's `in` values; by Hoeffding's inequality (values in [-1, 1]),
  P(|m| >= t) <= 2 exp(-in t^2 / 2). The pooled tests cannot see how the values are arranged: draws sorted before
  the reshape into (r, in) pass the KS test as well as before (the same values), yet row 0 holds the most negative 1/r of them (mean about
  -1 + 1/r: r = 4, in = 256 gives -0.75 against t = 0.41).

(Tests of the pooled mean of u and of u^2 would add nothing: on [-1, 1] each moves by at most 2 D, so the KS test, at
the same odds, fails whatever they would.) A correct lora_A fails a read with probability at most DELTA = 1e-8: the
KS test at DELTA / 2, the row test at DELTA / 2 split evenly over the r rows (Bonferroni: DELTA / (2 r) a row). A
grade reads the initial lora_A of fewer than 100 cases (examples included), so a correct solution fails a grade
with probability below 1e-6. lora_B before set_lora must be exactly zero. Everything else (forward and
merged_weight, whose answers do not depend on A while B is zero, and reads after set_lora) goes by the operations
checker's rule: arrays of floats by shape, dtype and values within the tolerance.
"""

from __future__ import annotations

import math

from harness.brief import brief
from harness.checkers import ACCEPT, Outcome, reject
from harness.checkers.operations import OPTIONS as OPERATIONS_OPTIONS
from harness.checkers.operations import describe_call, same_output

OPTIONS = dict(OPERATIONS_OPTIONS)
DELTA = 1e-8  # the chance that a correct initial lora_A fails one read's tests: half the KS test's, half the rows'
ROUNDING = {"float32": 1e-6, "float64": 1e-12}  # of the bound: the cast of a float64 draw, a bound rounded to float32


def check(given: dict, expected: list, got, options: dict) -> Outcome:
    operations = given["operations"]
    if not isinstance(got, (list, tuple)) or len(got) != len(expected):
        return reject(f"expected {len(expected)} outputs, one per call, got {brief(got)}")
    weight, _, r = given["arguments"][0][:3]
    fresh, first_a = True, None  # fresh: no set_lora yet; first_a: the initial lora_A as first read
    for index, (operation, want, have) in enumerate(zip(operations, expected, got)):
        if index == 0:
            continue
        if operation == "set_lora":
            fresh = False
        if fresh and operation == "lora_A":
            complaint = initial_a_complaint(have, weight, r, first_a)
            first_a = have if first_a is None and complaint is None else first_a
        elif fresh and operation == "lora_B":
            complaint = initial_b_complaint(have, weight, r)
        else:
            complaint = same_output(index, want, have, options)
        if complaint is not None:
            return reject(f"call {index}, {describe_call(given, index)}: {complaint}")
    return ACCEPT


def initial_b_complaint(have, weight, r: int) -> str | None:
    import numpy as np

    shape = (weight.shape[0], r)
    if not isinstance(have, np.ndarray) or have.shape != shape or have.dtype != weight.dtype:
        return f"expected an array of zeros of shape {shape} and dtype {weight.dtype}, got {_describe(have)}"
    if np.any(have != 0):
        return (f"lora_B must start at exactly zero (so that the layer starts as the base layer), got "
                f"{int(np.count_nonzero(have))} non-zero entries, largest |entry| {float(np.abs(have).max()):.3g}")
    return None


def initial_a_complaint(have, weight, r: int, first_a) -> str | None:
    """None if the initial lora_A has its shape and dtype, repeats its first read, and passes the three tests."""
    import numpy as np

    n_in = weight.shape[1]
    shape = (r, n_in)
    if not isinstance(have, np.ndarray) or have.shape != shape or have.dtype != weight.dtype:
        return f"expected an array of shape {shape} and dtype {weight.dtype}, got {_describe(have)}"
    if first_a is not None:
        return None if np.array_equal(have, first_a) else "lora_A changed between two reads, with no set_lora between"
    if not np.isfinite(have).all():
        return "lora_A has NaN or inf entries"
    if not np.any(have):
        return ("lora_A is all zeros: LoRA draws A at random (uniform in +-1/sqrt(in)) and starts B at zero, not the "
                "other way round")
    u = have.astype(np.float64) * math.sqrt(n_in)
    limit = 1 + ROUNDING[str(weight.dtype)]
    return uniform_complaint(u.ravel(), n_in, limit) or rows_complaint(u, limit)


def uniform_complaint(u, n_in: int, limit: float) -> str | None:
    """None if the values u look like independent uniform draws on [-1, 1] (the KS test fails them w.p. DELTA)."""
    import numpy as np

    n, delta = u.size, DELTA / 2
    bound = f"1/sqrt(in) = 1/sqrt({n_in}) = {1 / math.sqrt(n_in):.6g}"
    odds = f" (a correct lora_A stays within that with probability 1 - {delta:.2g})"
    largest = float(np.abs(u).max())
    if largest > limit:
        return (f"lora_A is not uniform in +-{bound}: its largest |entry| is {largest:.4g} times that bound (a "
                f"normal draw, or kaiming's a=0 bound sqrt(6/in), or the fan-in taken from the wrong dimension?)")
    cdf = (np.sort(u) + 1) / 2
    steps = np.arange(1, n + 1) / n
    gap = float(max((steps - cdf).max(), (cdf - (steps - 1 / n)).max()))
    allowed = math.sqrt(math.log(2 / delta) / (2 * n)) + 1e-6  # DKW-Massart, plus float32 rounding of the CDF
    if gap > allowed:
        return (f"lora_A does not look uniform in +-{bound}: the largest gap between the CDF of its {n} values "
                f"(times sqrt(in)) and the uniform CDF on [-1, 1] is {gap:.3g}, more than the {allowed:.3g} "
                f"allowed{odds}; is the bound 1/in, or the draw one-sided?")
    return None


def rows_complaint(u, limit: float) -> str | None:
    """None if the mean of every row of u (r, in), values in [-limit, limit], is within Hoeffding's bound (a correct
    lora_A fails this with probability at most DELTA / 2: DELTA / (2 r) a row)."""
    import numpy as np

    r, n_in = u.shape
    delta = DELTA / (2 * r)
    allowed = limit * math.sqrt(2 * math.log(2 / delta) / n_in)
    means = u.mean(axis=1)
    worst = int(np.argmax(np.abs(means)))
    if abs(means[worst]) > allowed:
        return (f"the rows of lora_A do not look like independent draws: row {worst}'s mean (times sqrt(in)) is "
                f"{means[worst]:.3g}, beyond the +-{allowed:.3g} a row of {n_in} independent uniform draws on [-1, 1] "
                f"stays within (with probability 1 - {delta:.2g}, by Hoeffding's inequality); were the draws sorted, "
                f"or arranged, before the reshape into (r, in)?")
    return None


def _describe(value) -> str:
    shape, dtype = getattr(value, "shape", None), getattr(value, "dtype", None)
    return f"{type(value).__name__} of shape {shape} and dtype {dtype}" if shape is not None else brief(value)
