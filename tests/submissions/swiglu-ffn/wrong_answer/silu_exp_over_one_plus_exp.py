# Wrong: sigmoid as exp(z) / (1 + exp(z)): for large positive z, exp overflows and inf / inf is NaN.
import numpy as np


def swiglu_ffn(x, w_gate, w_up, w_down):
    z = x @ w_gate.T
    silu = z * np.exp(z) / (1 + np.exp(z))
    return (silu * (x @ w_up.T)) @ w_down.T
