# Forbidden: scaled_dot_product_attention imported by name from torch.nn.functional, under another name.
import numpy as np
import torch
from torch.nn.functional import scaled_dot_product_attention as sdpa


def scaled_dot_product_attention(q, k, v, mask=None):
    t = torch.as_tensor
    out = sdpa(t(q), t(k), t(v), attn_mask=None if mask is None else t(mask))
    if mask is not None:
        out = out.masked_fill(~t(mask).any(dim=-1, keepdim=True), 0.0)
    return out.numpy()
