"""Beam search with heapq.nsmallest choosing the beam from a generator of expansions (tuples compare
lexicographically, so the key (-total, tokens) breaks ties as asked)."""
import heapq
from typing import List, Tuple


def beam_search(start_log_probs, transition_log_probs, beam_width: int, max_len: int, eos_id: int,
                length_penalty: float = 0.0) -> Tuple[List[int], float]:
    start = [float(x) for x in start_log_probs]
    trans = [[float(x) for x in row] for row in transition_log_probs]
    live: List[Tuple[float, tuple]] = [(0.0, ())]
    done: List[Tuple[float, tuple]] = []
    for _ in range(max_len):
        expansions = ((-(total + (trans[seq[-1]] if seq else start)[v]), seq + (v,))
                      for total, seq in live for v in range(len(start)))
        kept = heapq.nsmallest(beam_width, expansions)
        done += [(-neg, seq) for neg, seq in kept if seq[-1] == eos_id]
        live = [(-neg, seq) for neg, seq in kept if seq[-1] != eos_id]
        if not live:
            break
    done += live
    neg, seq = min((-(total / len(seq) ** length_penalty), seq) for total, seq in done)
    return list(seq), -neg
