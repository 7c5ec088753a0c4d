"""Wrong: applies the length penalty while pruning: every step stores the penalised score, (stored score + log-prob)
/ len ** length_penalty, and ranks and extends that; the division of earlier steps compounds, so the beam is not
the one the totals choose (with length_penalty 0 it is right)."""


def beam_search(start_log_probs, transition_log_probs, beam_width, max_len, eos_id, length_penalty=0.0):
    start = start_log_probs.tolist()
    trans = transition_log_probs.tolist()
    beams = [([], 0.0)]
    finished = []
    for _ in range(max_len):
        candidates = []
        for tokens, score in beams:
            row = trans[tokens[-1]] if tokens else start
            for token, logp in enumerate(row):
                candidates.append((tokens + [token], (score + logp) / (len(tokens) + 1) ** length_penalty))
        candidates.sort(key=lambda c: (-c[1], c[0]))
        beams = []
        for tokens, score in candidates[:beam_width]:
            (finished if tokens[-1] == eos_id else beams).append((tokens, score))
        if not beams:
            break
    finished += beams
    best = min(finished, key=lambda c: (-c[1], c[0]))
    return best[0], best[1]
