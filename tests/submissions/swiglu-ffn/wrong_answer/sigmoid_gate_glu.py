# Wrong: sigmoid(z) alone as the gate, the original GLU, instead of silu(z) = z * sigmoid(z).
import numpy as np


def swiglu_ffn(x, w_gate, w_up, w_down):
    z = x @ w_gate.T
    e = np.exp(-np.abs(z))
    sigmoid = np.where(z >= 0, 1 / (1 + e), e / (1 + e))
    return (sigmoid * (x @ w_up.T)) @ w_down.T
