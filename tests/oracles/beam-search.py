"""Beam search written out literally over Python lists: every live beam is (tokens, total), every step lists
every expansion, sorts the list by (-total, tokens) and keeps the first beam_width; kept expansions ending in
eos move to the finished list, the rest are the next step's beams. Totals are running sums of Python floats,
left to right, as the statement fixes them.

`brute_force` below enumerates every sequence the model can produce and scores it by the statement's rule; with
beam_width >= V ** max_len nothing is ever pruned, so beam search must equal it. `self_check` tests that on
random models (run this file: `python tests/oracles/beam-search.py`), and `inputs` yields such unpruned cases
now and then, so the reference is checked against enumeration too.

Small inputs: V from 1 to 5, max_len 1 to 5, beam_width 1 to 8 (sometimes at least V ** max_len), eos anywhere,
length penalties 0, 0.5, 1, 1.7; log-softmax rows, and rows of a few exact binary values (-0.5, -1, -1.5, ...)
that make ties exact.
"""

import itertools
import math


def inputs(rng):
    while True:
        vocab, max_len = rng.randint(1, 5), rng.randint(1, 5)
        width = rng.randint(1, 8)
        if rng.random() < 0.15 and vocab ** max_len <= 400:
            width = vocab ** max_len
        rows = [_row(rng, vocab, rng.random() < 0.35) for _ in range(vocab + 1)]
        yield {
            "start_log_probs": _array(rows[0]),
            "transition_log_probs": _array(rows[1:]),
            "beam_width": width,
            "max_len": max_len,
            "eos_id": rng.randrange(vocab),
            "length_penalty": rng.choice([0.0, 0.0, 0.5, 1.0, 1.7]),
        }


def _row(rng, vocab, exact):
    if exact:  # few distinct binary fractions: sums are exact, so ties are exact
        return [-rng.choice([0.25, 0.5, 1.0, 1.5, 2.0]) for _ in range(vocab)]
    logits = [rng.gauss(0.0, 2.0) for _ in range(vocab)]
    top = max(logits)
    norm = top + math.log(sum(math.exp(x - top) for x in logits))
    return [x - norm for x in logits]


def _array(values):
    import numpy as np

    return np.array(values, dtype=np.float64)


def _best(finished, length_penalty):
    """The finished (tokens, total) with the best total / len ** length_penalty, ties to the smaller tokens."""
    best = None
    for tokens, total in finished:
        score = total / len(tokens) ** length_penalty
        if best is None or score > best[1] or (score == best[1] and tokens < best[0]):
            best = (tokens, score)
    return best


def solve(start_log_probs, transition_log_probs, beam_width, max_len, eos_id, length_penalty=0.0):
    start = [float(x) for x in start_log_probs]
    trans = [[float(x) for x in row] for row in transition_log_probs]
    vocab = len(start)
    beams = [([], 0.0)]
    finished = []
    for _ in range(max_len):
        expansions = []
        for tokens, total in beams:
            for v in range(vocab):
                step = start[v] if not tokens else trans[tokens[-1]][v]
                expansions.append((tokens + [v], total + step))
        expansions.sort(key=lambda e: (-e[1], e[0]))
        kept = expansions[:beam_width]
        finished += [e for e in kept if e[0][-1] == eos_id]
        beams = [e for e in kept if e[0][-1] != eos_id]
        if not beams:
            break
    finished += beams
    tokens, score = _best(finished, length_penalty)
    return tokens, score


def brute_force(start_log_probs, transition_log_probs, max_len, eos_id, length_penalty=0.0):
    """Every sequence of 1 to max_len tokens with eos only at its end, ending in eos or max_len long, scored."""
    start = [float(x) for x in start_log_probs]
    trans = [[float(x) for x in row] for row in transition_log_probs]
    finished = []
    for length in range(1, max_len + 1):
        for tokens in itertools.product(range(len(start)), repeat=length):
            if eos_id in tokens[:-1] or (tokens[-1] != eos_id and length < max_len):
                continue
            total = start[tokens[0]]
            for a, b in zip(tokens, tokens[1:]):
                total += trans[a][b]
            finished.append((list(tokens), total))
    return _best(finished, length_penalty)


def self_check(rng, count=300):
    """Beam search with a beam as wide as every sequence equals the enumeration of all sequences."""
    checked = 0
    for given in inputs(rng):
        vocab, max_len = len(given["start_log_probs"]), given["max_len"]
        if vocab ** max_len > 400:
            continue
        given = {**given, "beam_width": vocab ** max_len}
        want = brute_force(given["start_log_probs"], given["transition_log_probs"], max_len, given["eos_id"],
                           given["length_penalty"])
        got = solve(**given)
        assert got[0] == want[0] and got[1] == want[1], (given, got, want)
        checked += 1
        if checked == count:
            return checked


if __name__ == "__main__":
    import random

    print("unpruned beam search = enumeration on", self_check(random.Random(0)), "models")
