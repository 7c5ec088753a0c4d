# Forbidden: the op behind torch.onnx.ops.rotary_embedding, imported under another name, with a (max position, d/2)
# table indexed by position ids.
import numpy as np
import torch
from torch.onnx.ops._impl import rotary_embedding_23 as rotate


def apply_rope(x, positions, base=10000.0, interleaved=False):
    d = x.shape[-1]
    t = torch.from_numpy(np.ascontiguousarray(x, dtype=np.float64)).reshape(-1, 1, *x.shape[-2:])
    inv_freq = 1.0 / base ** (torch.arange(0, d, 2, dtype=torch.float64) / d)
    table = torch.arange(int(positions.max()) + 1, dtype=torch.float64)[:, None] * inv_freq
    ids = torch.from_numpy(positions.astype(np.int64))[None].expand(t.shape[0], -1)
    out = rotate(t, table.cos(), table.sin(), ids, interleaved=interleaved)
    return out.reshape(x.shape).numpy().astype(x.dtype)
