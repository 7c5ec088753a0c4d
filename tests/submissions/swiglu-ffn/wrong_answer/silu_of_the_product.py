# Wrong: silu applied after the product, silu(gate * up), instead of silu(gate) * up.
import numpy as np


def swiglu_ffn(x, w_gate, w_up, w_down):
    z = (x @ w_gate.T) * (x @ w_up.T)
    e = np.exp(-np.abs(z))
    return (z * np.where(z >= 0, 1 / (1 + e), e / (1 + e))) @ w_down.T
