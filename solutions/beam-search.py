import numpy as np


def beam_search(
    start_log_probs: np.ndarray,
    transition_log_probs: np.ndarray,
    beam_width: int,
    max_len: int,
    eos_id: int,
    length_penalty: float = 0.0,
) -> tuple[list[int], float]:
    """Beam search over a Markov language model: O(max_len * B * V * log(B * V)) time, O(max_len * B) memory.

    The live beams are rows of one (B, t) token array with their totals; each step scores every (beam, token)
    expansion at once and ranks them with one lexsort: total descending, then the sequence lexicographically
    (the parents' lexicographic rank, then the new token; all parents have the same length). The best
    `beam_width` are kept; those ending in eos join the finished list and leave the beam, not replaced.
    """
    start = np.asarray(start_log_probs, dtype=np.float64)
    trans = np.asarray(transition_log_probs, dtype=np.float64)
    vocab = start.shape[0]
    seqs = np.zeros((1, 0), dtype=np.int64)  # one empty parent before the first token
    totals = np.zeros(1)
    finished: list[tuple[list[int], float]] = []
    for step in range(max_len):
        rows = start[None, :] if step == 0 else trans[seqs[:, -1]]
        cand = (totals[:, None] + rows).ravel()  # running sums, left to right
        parent_rank = np.empty(len(seqs), dtype=np.int64)  # lexicographic rank of each parent
        parent_rank[np.lexsort(seqs.T[::-1]) if step else [0]] = np.arange(len(seqs))
        parents = np.repeat(np.arange(len(seqs)), vocab)
        tokens = np.tile(np.arange(vocab), len(seqs))
        keep = np.lexsort((tokens, parent_rank[parents], -cand))[:beam_width]
        seqs = np.concatenate([seqs[parents[keep]], tokens[keep, None]], axis=1)
        totals = cand[keep]
        done = seqs[:, -1] == eos_id
        finished += [(s, float(v)) for s, v in zip(seqs[done].tolist(), totals[done])]
        seqs, totals = seqs[~done], totals[~done]
        if len(seqs) == 0:
            break
    finished += [(s, float(v)) for s, v in zip(seqs.tolist(), totals)]  # live at max_len: finished too
    scored = [(total / len(s) ** length_penalty, s) for s, total in finished]
    score, best = min(scored, key=lambda pair: (-pair[0], pair[1]))
    return best, float(score)
