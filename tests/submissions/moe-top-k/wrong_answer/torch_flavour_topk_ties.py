"""Wrong answer (PyTorch flavour): torch.topk for the experts; it promises no order among ties, and with duplicated
("upcycled") router rows it takes the higher index of a tied pair at the cut for some tokens."""
import torch


def moe_forward(hidden_states, router_weight, w1, w2, top_k=2):
    n, e = hidden_states.shape
    experts = router_weight.shape[0]
    probs = torch.softmax(hidden_states @ router_weight.T, dim=-1)
    gates, chosen = torch.topk(probs, top_k, dim=-1)
    gates = gates / gates.sum(dim=-1, keepdim=True)
    y = torch.zeros_like(hidden_states)
    for ex in range(experts):
        rows, slots = torch.nonzero(chosen == ex, as_tuple=True)
        if len(rows):
            h = torch.relu(hidden_states[rows] @ w1[ex].T) @ w2[ex].T
            y.index_add_(0, rows, gates[rows, slots, None] * h)
    share = torch.bincount(chosen.reshape(-1), minlength=experts).to(probs.dtype) / (n * top_k)
    return y, experts * (share * probs.mean(dim=0)).sum()
