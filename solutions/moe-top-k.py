import numpy as np


def moe_forward(x: np.ndarray, w_router: np.ndarray, w1: np.ndarray, w2: np.ndarray,
                top_k: int = 2) -> tuple[np.ndarray, float]:
    """A sparse mixture-of-experts layer: Mixtral's routing (softmax over all X experts, the top_k most probable,
    their gates renormalised to sum to 1) and the Switch Transformer's load-balancing loss.

    Each expert runs once, on the tokens routed to it only (the point of a sparse MoE: the work grows with
    top_k, not with X). Ties in the router's probabilities go to the lower expert index (a stable sort of -p).
    Computed in float64, y answered in x's dtype; the inputs are not modified.
    """
    n, x_count = x.shape[0], w_router.shape[0]
    x64 = x.astype(np.float64)
    logits = x64 @ w_router.astype(np.float64).T  # (N, X)
    probs = np.exp(logits - logits.max(axis=1, keepdims=True))
    probs /= probs.sum(axis=1, keepdims=True)

    chosen = np.argsort(-probs, axis=1, kind="stable")[:, :top_k]  # (N, top_k), ties: lower index first
    gates = np.take_along_axis(probs, chosen, axis=1)
    gates /= gates.sum(axis=1, keepdims=True)  # Mixtral: renormalised over the chosen experts

    experts, tokens, weights = chosen.ravel(), np.repeat(np.arange(n), top_k), gates.ravel()
    order = np.argsort(experts, kind="stable")  # the assignments grouped by expert
    counts = np.bincount(experts, minlength=x_count)
    bounds = np.concatenate(([0], np.cumsum(counts)))
    y = np.zeros_like(x64)
    for e in np.flatnonzero(counts):
        group = order[bounds[e]:bounds[e + 1]]
        rows = tokens[group]  # distinct: a token picks an expert at most once
        hidden = np.maximum(x64[rows] @ w1[e].astype(np.float64).T, 0.0)
        y[rows] += weights[group, None] * (hidden @ w2[e].astype(np.float64).T)

    share = counts / (n * top_k)  # f_e: the share of the N * top_k assignments that went to e
    mean_prob = probs.mean(axis=0)  # P_e: the mean router probability of e, over all N tokens
    aux_loss = x_count * float(share @ mean_prob)
    return y.astype(x.dtype), aux_loss
