"""The sinusoidal encoding re-implemented with torch in float64 (torch has no single call for it), written apart
from the reference: a frequency per column j from its pair index j // 2, then sin on even columns, cos on odd."""

import torch


def solve(length, d_model, base=10000.0):
    pair = torch.div(torch.arange(d_model), 2, rounding_mode="floor").to(torch.float64)
    frequency = torch.exp(-(2 * pair / d_model) * torch.log(torch.tensor(float(base), dtype=torch.float64)))
    angle = torch.arange(length, dtype=torch.float64)[:, None] * frequency[None, :]
    odd = (torch.arange(d_model) % 2 == 1)[None, :]
    return torch.where(odd, torch.cos(angle), torch.sin(angle)).numpy()
