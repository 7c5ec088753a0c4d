import numpy as np


def top_k_top_p_filter(logits: np.ndarray, temperature: float = 1.0, top_k: int = 0,
                       top_p: float = 1.0) -> np.ndarray:
    """The sampling distribution of a decoder step: softmax(logits / temperature) restricted to the top-k tokens
    (ties at the k-th kept), renormalised, then to the nucleus, the shortest prefix in descending probability (ties:
    lower index first) whose mass reaches top_p, renormalised again; dropped tokens are exactly 0.

    Every row (the last axis) is filtered on its own, in float64; the answer keeps the logits' dtype.
    """
    z = np.asarray(logits, dtype=np.float64) / temperature
    vocab = z.shape[-1]
    if 0 < top_k < vocab:
        kth = np.partition(z, vocab - top_k, axis=-1)[..., vocab - top_k, None]  # the k-th largest, duplicates counted
        z = np.where(z >= kth, z, -np.inf)
    weights = np.exp(z - z.max(axis=-1, keepdims=True))  # exp(-inf) = 0: the dropped tokens stay exactly 0
    probs = weights / weights.sum(axis=-1, keepdims=True)
    if top_p < 1.0:
        order = np.argsort(-probs, axis=-1, kind="stable")  # descending; a stable sort keeps ties by lower index
        ranked = np.take_along_axis(probs, order, axis=-1)
        mass_before = np.cumsum(ranked, axis=-1) - ranked  # the mass of the tokens ranked above each one
        keep = np.empty_like(ranked, dtype=bool)
        np.put_along_axis(keep, order, mass_before < top_p, axis=-1)  # the first token always: 0 < top_p
        probs = np.where(keep, probs, 0.0)
        probs /= probs.sum(axis=-1, keepdims=True)
    return probs.astype(logits.dtype)
