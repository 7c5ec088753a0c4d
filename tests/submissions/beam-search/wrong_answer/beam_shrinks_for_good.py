"""Wrong: each finished beam permanently shrinks the beam: a step keeps only beam_width minus the number of
finished sequences so far, instead of beam_width expansions every step."""


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
        beams = []
        for tokens, total in candidates[:beam_width - len(finished)]:
            (finished if tokens[-1] == eos_id else beams).append((tokens, total))
        if not beams:
            break
    finished += beams
    best = min(finished, key=lambda c: (-c[1] / len(c[0]) ** length_penalty, c[0]))
    return best[0], best[1] / len(best[0]) ** length_penalty
