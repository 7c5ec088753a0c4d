"""Hidden tests for beam-search: hand-built models with exact ties, small models picked so that each classic mistake
changes the answer, the edges, then seeded log-softmax models up to the maxima (small ones first: keeping
beam_width children per parent grows the beam exponentially, and must fail on a small case, not time out).

Random models are rows of log-softmax of normal logits (each model its own sharpness), eos's logit shifted so that
beams finish early, late or never; hand-built ones use binary fractions (-0.25, -0.5, -1, ...), so that every sum
is exact and a tie is a tie; the picked ones are log-softmax rows rounded to 2 decimals. The classic mistakes and
the cases built for them (hidden case numbers as graded, after the 3 examples; each changes the tokens):
- ties other than lexicographic: hidden 1 (a tie for the last place at step 2, parents in score order, so a stable
  sort on the total keeps the wrong one: -3 instead of -2.5), hidden 3 (a three-way tie at step 1, larger-first
  keeps [2]), hidden 2 (two finished sequences tie at -2: the first to finish is not the smaller);
- expanded past eos, topped up after eos: hidden 4 and hidden 6, both with a length penalty (with length_penalty
  0 neither can change the answer: whatever they keep or add is worse than the sequence that finished);
- the beam shrinking for good with each finished sequence: hidden 5; the length penalty compounded in pruning:
  hidden 7; the beams live at max_len not counted: hidden 8; beam_width per parent: hidden 9 (-2.25 for -5.26);
- greedy, max_len off by one, a dummy start state (eos's row), the best of the last step, the penalty ignored or
  without eos, the raw total returned, eos stripped: the edges and random models, each caught by several cases
  (by 0.1 to 24 in the score, or other tokens).
With length_penalty > 0, dividing every candidate of one step by the same len ** length_penalty cannot change the
ranking: only the compounding version of "the penalty in pruning" is a mistake.
"""

import numpy as np

from harness.catalogue import kit
from harness.catalogue.cases import Case

MAX_VOCAB, MAX_WIDTH, MAX_LEN = 256, 16, 50
MIN_LOG_PROB = -50.0
MAX_PENALTY = 2.0


def model(gen, vocab, eos_id, *, sharpness=2.0, eos_shift=0.0):
    """(start_log_probs, transition_log_probs): log-softmax rows of N(0, sharpness^2) logits, eos's shifted."""
    logits = gen.normal(0.0, sharpness, (vocab + 1, vocab))
    logits[:, eos_id] += eos_shift
    logits -= logits.max(axis=1, keepdims=True)
    logp = logits - np.log(np.exp(logits).sum(axis=1, keepdims=True))
    logp = np.maximum(logp, MIN_LOG_PROB)
    return logp[0].copy(), logp[1:].copy()


def given(start, trans, beam_width, max_len, eos_id, length_penalty=0.0):
    return {"start_log_probs": np.array(start, dtype=np.float64),
            "transition_log_probs": np.array(trans, dtype=np.float64),
            "beam_width": beam_width, "max_len": max_len, "eos_id": eos_id, "length_penalty": length_penalty}


def random_case(gen, vocab, beam_width, max_len, length_penalty, **shape):
    eos_id = int(gen.integers(vocab))
    start, trans = model(gen, vocab, eos_id, **shape)
    return given(start, trans, beam_width, max_len, eos_id, length_penalty)


def hidden_cases(rng):
    gen = kit.numpy_rng(rng)
    yield from ties()
    yield from mistakes()
    yield from edges(gen)
    yield from seeded(gen)


def edges(gen):
    yield Case(given([-0.0], [[-0.0]], 3, 5, 0, 1.0), ([0], 0.0),
               "V = 1, the one token is eos: the only sequence is [eos], probability 1",
               note_zh="V = 1，唯一的 token 就是 eos：唯一的序列是 [eos]，概率为 1")
    yield Case(given([-0.0], [[-0.0]], 2, 4, 0, 0.0), ([0], 0.0),
               "V = 1 again, length_penalty 0", note_zh="仍是 V = 1，length_penalty 为 0")
    yield Case(random_case(gen, 7, 3, 1, 1.5), note="max_len = 1: the best single token (a length of 1 divides by 1)",
               note_zh="max_len = 1：最好的单个 token（长度 1 的惩罚是除以 1）")
    yield Case(random_case(gen, 12, 1, 9, 0.0, sharpness=1.0),
               note="beam_width = 1: greedy decoding, and the only case where it is right",
               note_zh="beam_width = 1：贪心解码，也是它唯一正确的情形")
    yield Case(random_case(gen, 3, 16, 3, 0.7, eos_shift=0.5),
               note="V = 3, beam_width = 16: the first two steps have 3 and at most 9 candidates, fewer than the "
                    "width, and keep them all (an argpartition with kth = beam_width fails here)",
               note_zh="V = 3，beam_width = 16：前两步只有 3 个和至多 9 个候选，少于束宽，全部保留"
                       "（kth = beam_width 的 argpartition 会在这里出错）")
    yield Case(random_case(gen, 2, 4, 6, 1.0, sharpness=1.0),
               note="V = 2, beam_width 4, max_len 6: the beam is wider than the first steps' candidates",
               note_zh="V = 2，beam_width 4，max_len 6：束比前几步的候选还宽")
    yield Case(random_case(gen, 30, 4, 12, 0.0, eos_shift=-30.0),
               note="eos almost impossible: no beam ever finishes, the answer is the best beam at max_len",
               note_zh="eos 几乎不可能出现：没有束会结束，答案是走满 max_len 时最好的束")
    yield Case(random_case(gen, 20, 5, 15, 1.0, eos_shift=4.0),
               note="eos very likely: every beam finishes within a few steps, the search stops early",
               note_zh="eos 非常可能出现：所有束都在几步之内结束，搜索提前停止")


def ties():
    # step 1 keeps [1] (-0.5) and [0] (-1), in that order of score; step 2: [1, 2] = -1, then [0, 1] and [1, 0]
    # tie at -2 for the second place: [0, 1] is the lexicographically smaller; step 3 grows it to [0, 1, 2] = -2.5,
    # while [1, 0] would give [1, 0, 1] = -3.
    trans = [[-4, -1, -4, -4], [-1.5, -4, -0.5, -4], [-3, -3, -3, -3], [-1, -1, -1, -1]]
    yield Case(given([-1, -0.5, -4, -4], trans, 2, 3, 3), ([0, 1, 2], -2.5),
               "an exact tie for the last place in the beam: [0, 1] and [1, 0] both total -2; the lexicographically "
               "smaller [0, 1] is kept (its parent is second in the beam by score) and leads to [0, 1, 2] = -2.5; "
               "keeping [1, 0] gives [1, 0, 1] = -3",
               note_zh="束中最后一个位置的精确平局：[0, 1] 和 [1, 0] 的总分都是 -2；保留字典序更小的 [0, 1]（它的父束"
                       "按分数排在第二），它延伸出 [0, 1, 2] = -2.5；保留 [1, 0] 则得到 [1, 0, 1] = -3")
    # [1, 2] finishes at step 2 with -2, [0, 1, 2] at step 3 with -2 too: the smaller, not the first, wins.
    trans = [[-4, -0.5, -4], [-4, -4, -0.5], [-1, -1, -1]]
    yield Case(given([-1, -1.5, -4], trans, 2, 3, 2), ([0, 1, 2], -2.0),
               "an exact tie between finished sequences: [1, 2] finishes first with -2, [0, 1, 2] a step later with "
               "-2: the lexicographically smaller [0, 1, 2] is the answer, not the first to finish",
               note_zh="已完成序列之间的精确平局：[1, 2] 先以 -2 结束，[0, 1, 2] 晚一步也以 -2 结束：答案是字典序更小的 "
                       "[0, 1, 2]，而不是先结束的那个")
    # first step: three tokens tie at -1 for two places; [0] and [1] stay, [2] (whose row is the best) does not
    trans = [[-2, -2, -2, -2], [-2, -2, -2, -2.5], [-0.25, -0.25, -0.25, -0.25], [-1, -1, -1, -1]]
    yield Case(given([-1, -1, -1, -3], trans, 2, 2, 3), ([0, 0], -3.0),
               "three first tokens tie at -1 for two places: [0] and [1] stay; [2], whose continuations are the best, "
               "is the lexicographically larger and drops out",
               note_zh="三个首 token 以 -1 平局争两个位置：[0] 和 [1] 留下；[2] 的后续最好，但字典序更大，被淘汰")


def mistakes():
    """Small models (log-softmax rows rounded to 2 decimals), each picked so that one classic mistake changes the
    tokens and the score by 0.15 or more; the notes give the right answer and the mistaken one."""
    start = [-3.55, -1.42, -0.36, -3.39]
    trans = [[-5.98, -4.84, -0.01, -5.99], [-1.17, -3.36, -1.61, -0.79], [-4.13, -4.21, -0.06, -3.69],
             [-0.84, -2.96, -0.68, -4.41]]
    yield Case(given(start, trans, 2, 4, 2, 1.5), ([2], -0.36),
               "eos = 2 is the best first token: [2] finishes at once with -0.36 and leaves the beam; extending it "
               "past eos gives [2, 2, 2, 2], total -0.54, which length_penalty 1.5 divides by 8 to -0.0675",
               note_zh="eos = 2 是最好的首 token：[2] 立即以 -0.36 结束并离开束；越过 eos 继续扩展会得到 "
                       "[2, 2, 2, 2]，总分 -0.54，length_penalty 1.5 把它除以 8，变成 -0.0675")
    start = [-5.56, -4.35, -0.02]
    trans = [[-3.38, -1.14, -0.44], [-1.31, -2.52, -0.43], [-1.03, -1.26, -1.02]]
    yield Case(given(start, trans, 3, 5, 1, 0.0), ([2, 1], -1.28),
               "beam_width 3, eos = 1: [2, 1] finishes at step 2 with -1.28, and later steps still keep 3 "
               "expansions of the live beams; a beam that shrinks for good with each finished sequence ends at "
               "[2, 0, 2, 0, 2] = -2.96",
               note_zh="beam_width 3，eos = 1：[2, 1] 在第 2 步以 -1.28 结束，之后每一步仍从存活的束中保留 3 个扩展；"
                       "每结束一个序列就永久缩小的束最后得到 [2, 0, 2, 0, 2] = -2.96")
    start = [-1.47, -3.13, -4.04, -1.44, -0.75]
    trans = [[-0.12, -3.44, -4.83, -3.5, -3.21], [-1.01, -1.53, -0.99, -5.17, -3.18],
             [-2.31, -1.43, -1.04, -2.84, -1.38], [-1.96, -3.49, -7.13, -5.42, -0.19],
             [-2.13, -5.56, -0.92, -4.28, -0.77]]
    yield Case(given(start, trans, 2, 4, 4, 1.0), ([4], -0.75),
               "beam_width 2, eos = 4, length_penalty 1: step 1 keeps [4] (finished, -0.75) and [3], so only [3] "
               "is live; refilling the beam with [0] (-1.47) lets [0, 0, 0, 0] = -1.83 through, -0.4575 per token",
               note_zh="beam_width 2，eos = 4，length_penalty 1：第 1 步保留 [4]（已完成，-0.75）和 [3]，于是只有 [3] "
                       "存活；把 [0]（-1.47）补进束里，会让 [0, 0, 0, 0] = -1.83 通过，平均每个 token -0.4575")
    start = [-3.09, -0.63, -0.88, -5.31]
    trans = [[-1.71, -1.64, -2.24, -0.66], [-3.58, -0.63, -1.3, -1.8], [-4.7, -0.39, -4.7, -1.91],
             [-3.74, -1.57, -1.36, -0.67]]
    yield Case(given(start, trans, 3, 4, 1, 1.0), ([1], -0.63),
               "length_penalty 1, eos = 1: [1] finishes first with -0.63 and stays the best; dividing the running "
               "score by the length at every step (the penalty in pruning) compounds and prefers "
               "[2, 3, 2, 1] with a 'score' of -0.33",
               note_zh="length_penalty 1，eos = 1：[1] 最先以 -0.63 结束，并始终最好；在每一步都把累计分数除以长度"
                       "（剪枝时就用长度惩罚）会层层叠加，偏向 [2, 3, 2, 1]，其“分数”为 -0.33")
    start = [-2.5, -0.12, -5.22, -6.31, -3.89]
    trans = [[-3.89, -0.12, -3.07, -4.37, -3.4], [-3.32, -3.26, -4.12, -0.16, -2.87],
             [-0.74, -2.4, -1.94, -3.3, -1.38], [-2.1, -0.76, -3.64, -4.94, -0.98], [-1.18, -3.5, -1.84, -4.09, -0.72]]
    yield Case(given(start, trans, 2, 3, 0, 0.0), ([1, 3, 1], -1.04),
               "eos = 0: [0] finishes at step 1 with -2.5, but the beam live at max_len, [1, 3, 1] = -1.04, is "
               "better: the beams live at the end count as finished",
               note_zh="eos = 0：[0] 在第 1 步以 -2.5 结束，但走满 max_len 时仍存活的束 [1, 3, 1] = -1.04 更好："
                       "最后仍存活的束也算已完成")
    start = [-2.2, -1.49, -3.85, -2.23, -0.62]
    trans = [[-2.18, -1.08, -1.55, -1.19, -3.42], [-4.4, -3.85, -3.7, -1.53, -0.32],
             [-4.16, -3.18, -0.12, -3.48, -3.54], [-4.64, -3.33, -0.19, -2.4, -3.31],
             [-1.58, -1.76, -4.96, -1.2, -1.16]]
    yield Case(given(start, trans, 2, 5, 0, 0.0), ([4, 4, 4, 4, 4], -5.26),
               "beam_width 2 over all expansions: [4, 4, 4, 4, 4] = -5.26; keeping 2 children per parent lets "
               "[4, 3, 2, 2, 2] = -2.25 survive, which a real beam of 2 prunes at step 2 ([4, 3] = -1.82 is "
               "third there)",
               note_zh="在所有扩展中取 beam_width 2：[4, 4, 4, 4, 4] = -5.26；每个父束各留 2 个子节点，会让 "
                       "[4, 3, 2, 2, 2] = -2.25 活下来，而真正宽度为 2 的束在第 2 步就把它剪掉了（[4, 3] = -1.82 在那一步排第三）")


def seeded(gen):
    for vocab, width, max_len, penalty, shape in [
        (8, 3, 6, 0.0, {"eos_shift": 1.0}),
        (8, 3, 6, 1.0, {"eos_shift": 1.0}),
        (10, 4, 8, 0.6, {"eos_shift": 0.5, "sharpness": 1.5}),
        (16, 5, 10, 2.0, {"eos_shift": 0.0}),
        (40, 8, 20, 1.0, {"eos_shift": -1.0, "sharpness": 3.0}),
        (64, 6, 25, 0.8, {"eos_shift": 1.5, "sharpness": 1.0}),
    ]:
        yield Case(random_case(gen, vocab, width, max_len, penalty, **shape),
                   note=f"random model: V = {vocab}, beam_width {width}, max_len {max_len}, length_penalty {penalty}",
                   note_zh=f"随机模型：V = {vocab}，beam_width {width}，max_len {max_len}，length_penalty {penalty}")
    yield Case(random_case(gen, MAX_VOCAB, MAX_WIDTH, MAX_LEN, 1.0, sharpness=2.5, eos_shift=-2.0),
               note="max: V = 256, beam_width 16, max_len 50, length_penalty 1",
               note_zh="最大：V = 256，beam_width 16，max_len 50，length_penalty 1")
    yield Case(random_case(gen, MAX_VOCAB, MAX_WIDTH, MAX_LEN, 0.0, sharpness=1.5, eos_shift=-20.0),
               note="max: V = 256, beam_width 16, max_len 50, no beam finishes before max_len, length_penalty 0",
               note_zh="最大：V = 256，beam_width 16，max_len 50，没有束在 max_len 之前结束，length_penalty 0")
    yield Case(random_case(gen, MAX_VOCAB, MAX_WIDTH, MAX_LEN, MAX_PENALTY, sharpness=2.0, eos_shift=1.0),
               note="max: V = 256, beam_width 16, max_len 50, length_penalty 2 (the maximum)",
               note_zh="最大：V = 256，beam_width 16，max_len 50，length_penalty 2（最大值）")


def validate(given):
    """The constraints, checked by the tests on every example and hidden case."""
    start, trans = given["start_log_probs"], given["transition_log_probs"]
    assert isinstance(start, np.ndarray) and isinstance(trans, np.ndarray), "NumPy arrays"
    assert start.dtype == np.float64 and trans.dtype == np.float64, "float64"
    vocab = start.shape[0]
    assert start.shape == (vocab,) and trans.shape == (vocab, vocab) and 1 <= vocab <= MAX_VOCAB, "(V,) and (V, V)"
    for a in (start, trans):
        assert np.isfinite(a).all() and (a <= 0).all() and (a >= MIN_LOG_PROB).all(), "finite, in [-50, 0]"
    width, max_len, eos_id, penalty = (given[k] for k in ("beam_width", "max_len", "eos_id", "length_penalty"))
    assert all(isinstance(v, int) and not isinstance(v, bool) for v in (width, max_len, eos_id)), "ints"
    assert 1 <= width <= MAX_WIDTH and 1 <= max_len <= MAX_LEN and 0 <= eos_id < vocab, "ranges"
    assert isinstance(penalty, float) and 0.0 <= penalty <= MAX_PENALTY, "0 <= length_penalty <= 2"


SIZES = (16, 32, 64, 128, MAX_VOCAB)  # for `compare`: V, with beam_width 16 and max_len 50


def sized_input(rng, n):
    gen = kit.numpy_rng(rng)
    return random_case(gen, n, MAX_WIDTH, MAX_LEN, 1.0, sharpness=2.0, eos_shift=-20.0)
