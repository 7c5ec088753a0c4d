# Runtime error: x @ W instead of x @ W.T (nn.Linear stores W as (out, in)): with F != E, (..., E) @ (F, E) does
# not multiply.
import numpy as np


def swiglu_ffn(x, w_gate, w_up, w_down):
    z = x @ w_gate
    e = np.exp(-np.abs(z))
    return (z * np.where(z >= 0, 1 / (1 + e), e / (1 + e)) * (x @ w_up)) @ w_down
