"""Runtime error: np.partition(-flat, beam_width - 1) needs at least beam_width candidates, and the first step of
a beam wider than the vocabulary has fewer (ValueError: kth out of bounds); otherwise right."""
import numpy as np


def beam_search(start_log_probs, transition_log_probs, beam_width, max_len, eos_id, length_penalty=0.0):
    V = start_log_probs.shape[0]
    seqs = [[]]
    totals = np.zeros(1)
    finished = []
    for t in range(max_len):
        if t == 0:
            scores = start_log_probs[None, :] + totals[:, None]
        else:
            last = np.array([s[-1] for s in seqs])
            scores = totals[:, None] + transition_log_probs[last]
        flat = scores.ravel()
        k = beam_width
        kth = -np.partition(-flat, k - 1)[k - 1]
        idx = np.flatnonzero(flat >= kth)  # every candidate that can make the cut, ties with the k-th included
        order = sorted(idx.tolist(), key=lambda i: (-flat[i], seqs[i // V] + [i % V]))[:k]
        new_seqs, new_totals = [], []
        for i in order:
            s = seqs[i // V] + [i % V]
            if s[-1] == eos_id:
                finished.append((s, float(flat[i])))
            else:
                new_seqs.append(s)
                new_totals.append(flat[i])
        seqs, totals = new_seqs, np.array(new_totals)
        if not seqs:
            break
    finished += [(s, float(v)) for s, v in zip(seqs, totals)]
    best_tokens, best_score = None, None
    for s, total in finished:
        score = total / len(s) ** length_penalty
        if best_score is None or score > best_score or (score == best_score and s < best_tokens):
            best_tokens, best_score = s, score
    return best_tokens, best_score
