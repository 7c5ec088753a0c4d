# Forbidden: builds the cos/sin tables itself but leaves the rotation to torch.onnx.ops.rotary_embedding (ONNX's
# RotaryEmbedding, which PyTorch runs eagerly).
import numpy as np
import torch
import torch.onnx.ops


def apply_rope(x, positions, base=10000.0, interleaved=False):
    d = x.shape[-1]
    t = torch.from_numpy(np.ascontiguousarray(x, dtype=np.float64)).reshape(-1, 1, *x.shape[-2:])
    inv_freq = 1.0 / base ** (torch.arange(0, d, 2, dtype=torch.float64) / d)
    angle = torch.from_numpy(positions.astype(np.float64))[None, :, None] * inv_freq  # (1, L, d/2)
    angle = angle.expand(t.shape[0], -1, -1)
    out = torch.onnx.ops.rotary_embedding(t, angle.cos(), angle.sin(), interleaved=interleaved)
    return out.reshape(x.shape).numpy().astype(x.dtype)
