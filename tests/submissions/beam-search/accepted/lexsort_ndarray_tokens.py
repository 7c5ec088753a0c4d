"""Accepted: vectorised steps ranked with np.lexsort((token, parent, -total)), the live beams re-sorted
lexicographically after each step so that a parent's index is its lexicographic rank; tokens returned as an
int64 ndarray and the score as np.float64."""
import numpy as np
def beam_search(start_log_probs, transition_log_probs, beam_width, max_len, eos_id, length_penalty=0.0):
    V = len(start_log_probs)
    seqs = np.zeros((1, 0), dtype=np.int64); tots = np.zeros(1); fin = []
    for step in range(max_len):
        if step == 0:
            cand = start_log_probs[None, :].astype(np.float64)
        else:
            cand = tots[:, None] + transition_log_probs[seqs[:, -1]]
        P = cand.shape[0]
        tok = np.tile(np.arange(V), P); par = np.repeat(np.arange(P), V); tot = cand.ravel()
        order = np.lexsort((tok, par, -tot))[:beam_width]
        ns = np.concatenate([seqs[par[order]], tok[order][:, None]], axis=1)
        nt = tot[order]
        eos = ns[:, -1] == eos_id
        for s, t in zip(ns[eos], nt[eos]): fin.append((s, t))
        seqs, tots = ns[~eos], nt[~eos]   # order stays lexicographic among equal totals? rank order: sort by seq
        # re-sort the live ones lexicographically so parent rank = lexicographic rank
        if len(seqs):
            o = np.lexsort(seqs.T[::-1]); seqs, tots = seqs[o], tots[o]
        else:
            break
    pool = fin + list(zip(seqs, tots))
    best = min(pool, key=lambda x: (-(x[1] / np.float64(len(x[0])) ** length_penalty), tuple(x[0].tolist())))
    return best[0], best[1] / np.float64(len(best[0])) ** length_penalty
