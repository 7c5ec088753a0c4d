"""Forbidden: DeepSpeed's MoE layer and its top-k gating (deepspeed.moe.sharded_moe.topkgating); importing
deepspeed is refused."""
import numpy as np


def moe_forward(x, w_router, w1, w2, top_k=2):
    # refused before torch's import, which takes seconds of CPU time, could run out the limit
    from deepspeed.moe.sharded_moe import topkgating
    import torch

    logits = torch.from_numpy(x) @ torch.from_numpy(w_router).T
    aux, combine, dispatch, _ = topkgating(logits, top_k, capacity_factor=float(w_router.shape[0]), min_capacity=1)
    raise NotImplementedError(float(aux))
