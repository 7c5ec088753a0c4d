"""flash_attention as torch.nn.functional.scaled_dot_product_attention computes it (is_causal hides j > i), in
the dtype of the arrays given."""

import torch
import torch.nn.functional as F


def solve(q, k, v, block_size=64, causal=False):
    t = torch.from_numpy
    return F.scaled_dot_product_attention(t(q), t(k), t(v), is_causal=causal).numpy()
