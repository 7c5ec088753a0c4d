"""Beam search with the beam as a dict from token tuples to totals, pruned with sorted(); ties by the tuple."""
import math


class Beam:
    def __init__(self, width):
        self.width = width

    def prune(self, candidates):
        return sorted(candidates.items(), key=lambda kv: (-kv[1], kv[0]))[: self.width]


def beam_search(start_log_probs, transition_log_probs, beam_width, max_len, eos_id, length_penalty=0.0):
    beam = Beam(beam_width)
    live = {(): 0.0}
    finished = {}
    for _ in range(max_len):
        candidates = {}
        for seq, total in live.items():
            row = start_log_probs if not seq else transition_log_probs[seq[-1]]
            for v in range(len(start_log_probs)):
                candidates[seq + (v,)] = total + float(row[v])
        live = {}
        for seq, total in beam.prune(candidates):
            if seq[-1] == eos_id:
                finished[seq] = total
            else:
                live[seq] = total
        if not live:
            break
    finished.update(live)
    best, best_score = None, -math.inf
    for seq in sorted(finished):
        score = finished[seq] / len(seq) ** length_penalty
        if score > best_score:
            best, best_score = seq, score
    return list(best), best_score
