# Forbidden: the same op reached through the dispatcher, torch.ops.onnx.RotaryEmbedding.opset23, once
# torch.onnx.ops has registered it.
import numpy as np
import torch
import torch.onnx.ops


def apply_rope(x, positions, base=10000.0, interleaved=False):
    d = x.shape[-1]
    t = torch.from_numpy(np.ascontiguousarray(x, dtype=np.float64)).reshape(-1, 1, *x.shape[-2:])
    inv_freq = 1.0 / base ** (torch.arange(0, d, 2, dtype=torch.float64) / d)
    angle = torch.from_numpy(positions.astype(np.float64))[None, :, None] * inv_freq
    angle = angle.expand(t.shape[0], -1, -1)
    out = torch.ops.onnx.RotaryEmbedding.opset23(t, angle.cos(), angle.sin(), interleaved=interleaved)
    return out.reshape(x.shape).numpy().astype(x.dtype)
