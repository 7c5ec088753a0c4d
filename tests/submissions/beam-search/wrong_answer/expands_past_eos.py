"""Wrong: a beam that emits eos is recorded as finished but also stays in the beam and is extended further,
taking a slot from a live beam (and its extensions, with tokens after eos, are candidates at the end)."""


def beam_search(start_log_probs, transition_log_probs, beam_width, max_len, eos_id, length_penalty=0.0):
    start = start_log_probs.tolist()
    trans = transition_log_probs.tolist()
    beams = [([], 0.0)]
    finished = []
    for _ in range(max_len):
        candidates = []
        for tokens, total in beams:
            row = trans[tokens[-1]] if tokens else start
            for token, logp in enumerate(row):
                candidates.append((tokens + [token], total + logp))
        candidates.sort(key=lambda c: (-c[1], c[0]))
        beams = candidates[:beam_width]
        finished += [(tokens, total) for tokens, total in beams if tokens[-1] == eos_id]
    finished += [(tokens, total) for tokens, total in beams if tokens[-1] != eos_id]
    best = min(finished, key=lambda c: (-c[1] / len(c[0]) ** length_penalty, c[0]))
    return best[0], best[1] / len(best[0]) ** length_penalty
