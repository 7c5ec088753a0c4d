# Forbidden: torch.nn.attention.flex_attention, with a causal mask_mod.
import torch
from torch.nn.attention.flex_attention import create_block_mask, flex_attention


def flash_attention(q, k, v, block_size=64, causal=False):
    t = lambda a: torch.from_numpy(a)[None, None]  # noqa: E731  (batch, heads, L, d)
    mask = None
    if causal:
        mask = create_block_mask(lambda b, h, i, j: j <= i, None, None, len(q), len(k), device="cpu")
    return flex_attention(t(q), t(k), t(v), block_mask=mask)[0, 0].numpy()
