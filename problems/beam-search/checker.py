"""Beam search's answer is (tokens, score): the tokens exactly, the score within the float64 tolerance.

The tokens may come as a list, a tuple or a 1-D integer array: they are made an int64 array and the pair is judged
by the floats checker with `items` (so its messages, and their Chinese, are the ones every ML problem shows):
an integer array within rtol 1e-7 of token ids below 10^3 is the same array exactly.
"""

from numbers import Integral, Real

from harness.checkers import floats

OPTIONS: dict = {"tolerance": {"float64": [1e-9, 1e-9]}}


def _tokens(np, value):
    """`value` as an int64 array when it is a sequence of integers, as a float array for other numbers."""
    if isinstance(value, np.ndarray) and value.dtype.kind in "iu":
        return value.astype(np.int64)
    if isinstance(value, (list, tuple)) and all(isinstance(v, (Real, np.number)) and not isinstance(v, bool)
                                                for v in value):
        whole = all(isinstance(v, (Integral, np.integer)) for v in value)
        return np.array(value, dtype=np.int64 if whole else np.float64).reshape(len(value))
    return value


def check(given, expected, got, options):
    import numpy as np

    expected = (np.array(expected[0], dtype=np.int64).reshape(len(expected[0])), float(expected[1]))
    if isinstance(got, (tuple, list)) and len(got) == 2:
        got = (_tokens(np, got[0]), got[1])
    return floats.check(given, expected, got, {"items": True, "tolerance": options["tolerance"]})
