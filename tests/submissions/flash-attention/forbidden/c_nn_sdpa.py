# Forbidden: the same kernel reached through torch._C._nn, where F.scaled_dot_product_attention comes from.
import torch


def flash_attention(q, k, v, block_size=64, causal=False):
    t = torch.from_numpy
    return torch._C._nn.scaled_dot_product_attention(t(q), t(k), t(v), is_causal=causal).numpy()
