"""int8-quantization's answer (q, scale): q compared exactly, as int8; scale within a tolerance, in w's dtype.

The expected pair is made arrays of the contract's dtypes first (an example's or a pinned answer is JSON lists:
q int8, scale w's dtype), then judged item by item by the floats checker, so its messages (shape, dtype, values,
NaN) are the ones every ML problem writes. q's tolerance is 0 (`int8 = [0, 0]`): one step of q is a wrong answer.
"""

import numpy as np

from harness.checkers import floats

OPTIONS: dict = {"tolerance": {"int8": [0.0, 0.0], "float32": [1e-6, 0.0], "float64": [1e-12, 0.0]}}


def check(given, expected, got, options):
    q, scale = expected
    expected = (np.asarray(q, dtype=np.int8), np.asarray(scale, dtype=given["w"].dtype))
    return floats.check(given, expected, got, {"tolerance": options["tolerance"], "items": True})
