"""Wrong: each live beam keeps its own beam_width best children and all of them survive: the top-k is taken per
parent, not over all expansions together, so the beam grows to beam_width ** step."""


def beam_search(start_log_probs, transition_log_probs, beam_width, max_len, eos_id, length_penalty=0.0):
    start = start_log_probs.tolist()
    trans = transition_log_probs.tolist()
    beams = [([], 0.0)]
    finished = []
    for _ in range(max_len):
        candidates = []
        for tokens, total in beams:
            row = trans[tokens[-1]] if tokens else start
            children = [(tokens + [token], total + logp) for token, logp in enumerate(row)]
            children.sort(key=lambda c: (-c[1], c[0]))
            candidates += children[:beam_width]
        beams = []
        for tokens, total in candidates:
            (finished if tokens[-1] == eos_id else beams).append((tokens, total))
        if not beams:
            break
    finished += beams
    best = min(finished, key=lambda c: (-c[1] / len(c[0]) ** length_penalty, c[0]))
    return best[0], best[1] / len(best[0]) ** length_penalty
