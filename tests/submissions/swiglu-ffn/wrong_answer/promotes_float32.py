# Wrong: right numbers, but a float32 x comes back as float64 (the weights are cast up and never cast back).
import numpy as np


def swiglu_ffn(x, w_gate, w_up, w_down):
    x, w_gate, w_up, w_down = (np.asarray(a, dtype=np.float64) for a in (x, w_gate, w_up, w_down))
    z = x @ w_gate.T
    e = np.exp(-np.abs(z))
    return (z * np.where(z >= 0, 1 / (1 + e), e / (1 + e)) * (x @ w_up.T)) @ w_down.T
