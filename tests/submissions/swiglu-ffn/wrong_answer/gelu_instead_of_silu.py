# Wrong: gelu (tanh approximation) as the gate's activation: that is GeGLU, not SwiGLU.
import math

import numpy as np


def swiglu_ffn(x, w_gate, w_up, w_down):
    z = x @ w_gate.T
    gelu = 0.5 * z * (1 + np.tanh(math.sqrt(2 / math.pi) * (z + 0.044715 * z**3)))
    return (gelu.astype(x.dtype) * (x @ w_up.T)) @ w_down.T
