# Accepted: sigmoid(z) = (1 + tanh(z / 2)) / 2, which never overflows; computed in float64, returned in x's dtype.
import numpy as np


def swiglu_ffn(x, w_gate, w_up, w_down):
    x64 = x.astype(np.float64)
    gate = x64 @ w_gate.T.astype(np.float64)
    up = x64 @ w_up.T.astype(np.float64)
    hidden = gate * 0.5 * (1.0 + np.tanh(0.5 * gate)) * up
    return (hidden @ w_down.T.astype(np.float64)).astype(x.dtype)
