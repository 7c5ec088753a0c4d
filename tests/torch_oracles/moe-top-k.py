"""moe_forward with PyTorch, in the dtype of the arrays: torch has no call for a routed MoE layer, so this is
Mixtral's HuggingFace forward written out on tensors (softmax over all experts, top-k, renormalise, one_hot mask
per expert, index_add_ of the gated outputs) with the Switch aux loss. The top-k is a stable descending sort
(torch.topk promises no order among ties; the contract gives them to the lower index)."""

import torch
import torch.nn.functional as F


def solve(x, w_router, w1, w2, top_k=2):
    hidden, router, up, down = (torch.from_numpy(a) for a in (x, w_router, w1, w2))
    experts = router.shape[0]
    probs = F.softmax(hidden @ router.T, dim=-1)
    weights, chosen = torch.sort(probs, dim=-1, descending=True, stable=True)
    weights, chosen = weights[:, :top_k], chosen[:, :top_k]
    weights = weights / weights.sum(dim=-1, keepdim=True)
    out = torch.zeros_like(hidden)
    mask = F.one_hot(chosen, experts).permute(2, 1, 0)  # (X, top_k, N)
    for e in range(experts):
        slot, token = torch.where(mask[e])
        if token.numel():
            h = F.relu(hidden[token] @ up[e].T) @ down[e].T
            out.index_add_(0, token, h * weights[token, slot, None])
    share = torch.bincount(chosen.flatten(), minlength=experts).to(probs.dtype) / chosen.numel()
    aux = experts * torch.sum(share * probs.mean(dim=0))
    return out.numpy(), float(aux)
