# Forbidden: scaled_dot_product_attention imported by name from torch.nn.functional, under another name.
import torch
from torch.nn.functional import scaled_dot_product_attention as attend


def flash_attention(q, k, v, block_size=64, causal=False):
    return attend(torch.as_tensor(q), torch.as_tensor(k), torch.as_tensor(v), is_causal=causal).numpy()
