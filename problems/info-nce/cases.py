"""Hidden tests for info-nce: the edges, one case (or more) per classic mistake, the stability cases at the
smallest temperature, the maxima, then small gradient cases for the PyTorch flavour.

Inputs have no exploitable structure: random directions, row norms spread over four orders of magnitude (0.1 to
1000, never 1), a and b of different norms, positive pairs more or less aligned, and (for the one-directional
mistakes) batches whose b rows crowd round one direction while the a rows do not, so that the a -> b and b -> a
cross-entropies differ by a lot. The classic mistakes and the cases that catch them (each off by far more than the
tolerance, most on many cases):
- no L2 normalisation (raw dot products), or rows normalised over the wrong axis (each column divided by its
  norm): every case with N >= 2 and norms other than 1;
- one direction only (a -> b), or both directions taken over the rows (the log-softmax of the logits transposed
  instead of the log-softmax of the transposed logits): the crowded-b cases, where the two directions differ by
  0.5 or more;
- the temperature multiplied instead of divided: every case with temperature != 1 (the default 0.07 included);
- the mean over all N * N entries (or the sum) instead of over the N positives; the two directions added, not
  averaged: every case with N >= 2;
- no max subtracted before exp, in float32: temperature 0.01 (the smallest, CLIP's logit-scale cap of 100) with
  aligned pairs, where the positive logits reach 90 to 100 and float32's exp overflows past 88.7 (float64's does
  not before 709: promoting to float64 is a fix, as the accepted submissions show);
- one max for the whole matrix (not each row's / column's), or -log(softmax) (stable softmax, then its log), in
  float32: temperature 0.01 with anti-aligned positive pairs among aligned ones (the last cases), whose logits lie
  150 to 200 below the max: exp underflows to 0, and the loss is -inf or inf;
- the positive left out of its own denominator (a "decoupled" loss): N = 1, where the denominator is empty (the
  loss is log 1 = 0), and every other case;
- a default other than 0.07: the cases that omit temperature; an input normalised in place: inputs_unchanged.
Zero rows cannot occur: every row's norm is at least 0.1 (no eps is needed, and F.normalize's eps = 1e-12 never
matters).
"""

import math

import numpy as np

from harness.catalogue.cases import Case

MAX_N = 1024
MAX_D = 1024
MAX_SIZE = 2**18  # N * D
MIN_NORM, MAX_NORM = 0.1, 1000.0  # every row's L2 norm
MIN_TEMPERATURE, MAX_TEMPERATURE = 0.01, 1.0
f32, f64 = np.float32, np.float64


def unit(rows):
    return rows / np.linalg.norm(rows, axis=1, keepdims=True)


def scaled(gen, directions, norms):
    """Rows of `directions` given norms log-uniform in `norms` (lo, hi)."""
    lo, hi = norms
    return directions * np.exp(gen.uniform(math.log(lo), math.log(hi), (len(directions), 1)))


def pairs(gen, n, d, dtype=f64, temperature=None, *, align=0.5, crowd=0.0, crowd_a=0.0, norms=(0.3, 30.0),
          b_norms=None):
    """N pairs in D dimensions: b[i]'s direction is `align` * a[i]'s plus the rest random (cos ~ align for large
    D); with `crowd` > 0 every b row also leans towards one shared direction (the b rows resemble each other, the
    a rows do not, unless `crowd_a` > 0 bends them towards it too: hard negatives everywhere). Norms log-uniform
    in `norms` (a) and `b_norms` (b, default the same range)."""
    shared = unit(gen.normal(size=(1, d)))
    u = unit(gen.normal(size=(n, d)))
    if crowd_a:
        u = unit(crowd_a * shared + (1 - crowd_a) * u)
    v = unit(align * u + math.sqrt(1 - align**2) * unit(gen.normal(size=(n, d))))
    if crowd:
        v = unit(crowd * shared + (1 - crowd) * v)
    given = {"a": scaled(gen, u, norms).astype(dtype), "b": scaled(gen, v, b_norms or norms).astype(dtype)}
    if temperature is not None:
        given["temperature"] = temperature
    return given


def hidden_cases(rng):
    gen = np.random.default_rng(rng.randrange(2**32))
    yield from edges(gen)
    yield from mistakes(gen)
    yield from stability(gen)
    yield from maxima(gen)
    yield from gradients(gen)
    yield from anti_aligned(gen)  # added last, so the seeded cases before it stay the same


def edges(gen):
    yield Case(pairs(gen, 1, 3), 0.0, "the smallest: N = 1, the positive is the only logit and the loss is log 1 = 0",
               note_zh="最小的输入：N = 1，正样本是唯一的 logit，损失为 log 1 = 0")
    yield Case(pairs(gen, 1, 64, f32, 0.01), 0.0, "N = 1, float32, temperature 0.01: still exactly 0",
               note_zh="N = 1，float32，temperature 0.01：仍然恰好为 0")
    yield Case(pairs(gen, 6, 1, temperature=0.5), note="D = 1: every normalised row is +1 or -1",
               note_zh="D = 1：每个归一化后的行都是 +1 或 -1")
    yield Case(pairs(gen, 2, 2, temperature=1.0, norms=(0.1, 1000.0)),
               note="N = 2, D = 2, temperature 1 (multiplying by it is dividing), norms from 0.1 to 1000",
               note_zh="N = 2，D = 2，temperature 1（乘以它和除以它相同），范数从 0.1 到 1000")
    yield Case(pairs(gen, 4, 8), note="a small batch, the default temperature 0.07",
               note_zh="一个小 batch，默认的 temperature 0.07")
    yield Case(pairs(gen, 5, 16, f32), note="a small batch, the default temperature, float32",
               note_zh="一个小 batch，默认的 temperature，float32")
    yield Case(pairs(gen, 8, 32, align=0.0, temperature=0.2),
               note="unrelated pairs (align 0): the loss is near log N", note_zh="毫不相关的样本对（align 0）：损失接近 log N")


def mistakes(gen):
    yield Case(pairs(gen, 16, 32, norms=(0.1, 1000.0), temperature=0.1),
               note="row norms from 0.1 to 1000: raw dot products (no L2 normalisation) or columns normalised "
                    "instead of rows are far off",
               note_zh="行范数从 0.1 到 1000：直接用点积（不做 L2 归一化），或者按列而不是按行归一化，结果都差得很远")
    yield Case(pairs(gen, 32, 16, f32, 0.1, norms=(0.1, 1.0), b_norms=(10.0, 1000.0)),
               note="a's rows small (0.1 to 1), b's large (10 to 1000), float32: normalise each row by its own norm",
               note_zh="a 的行很小（0.1 到 1），b 的行很大（10 到 1000），float32：每一行除以它自己的范数")
    yield Case(pairs(gen, 24, 32, temperature=0.1, align=0.6, crowd=0.7),
               note="the b rows crowd round one direction, the a rows do not: a -> b and b -> a differ by far, so "
                    "one direction alone (or the log-softmax of the logits transposed) is wrong",
               note_zh="b 的各行都挤在同一个方向附近，a 的各行不是：a -> b 和 b -> a 相差很大，所以只算一个方向"
                       "（或者把 logits 的 log-softmax 转置）是错的")
    yield Case(pairs(gen, 40, 24, f32, 0.05, align=0.7, crowd=0.6),
               note="crowded b rows, temperature 0.05, float32: both directions, averaged",
               note_zh="挤在一起的 b 行，temperature 0.05，float32：两个方向都要算，并取平均")
    yield Case(pairs(gen, 12, 10, align=0.8), note="the default temperature 0.07, aligned pairs: divide by it, "
               "not multiply (and a default other than 0.07 is wrong here)",
               note_zh="默认的 temperature 0.07，对齐的样本对：除以它，而不是乘以它（默认值不是 0.07 在这里也是错的）")
    yield Case(pairs(gen, 20, 20, temperature=0.5, align=0.3),
               note="temperature 0.5: the mean over the N positives, not over all N * N logits",
               note_zh="temperature 0.5：对 N 个正样本取平均，而不是对全部 N * N 个 logits 取平均")
    yield Case(pairs(gen, 3, 5, f32, 0.3, align=0.9),
               note="N = 3, float32: the mean over N (not N * N), the two directions averaged (not added)",
               note_zh="N = 3，float32：对 N 取平均（不是 N * N），两个方向取平均（不是相加）")


def stability(gen):
    yield Case(pairs(gen, 64, 512, f32, 0.01, align=0.97, crowd=0.7, crowd_a=0.7),
               note="temperature 0.01 (the smallest), aligned pairs, D = 512, float32: every logit between about 89 "
                    "and 96 (loss ~0.5), and exp overflows past 88.7 in float32 unless the max is subtracted",
               note_zh="temperature 0.01（最小值），对齐的样本对，D = 512，float32：每个 logit 大约在 89 到 96 之间"
                       "（损失约 0.5），不先减去最大值的话 float32 的 exp 在超过 88.7 时上溢")
    yield Case(pairs(gen, 32, 128, f32, 0.01, align=0.95, crowd=0.8, crowd_a=0.8),
               note="temperature 0.01, float32, every pair nearly parallel (hard negatives): every logit between "
                    "about 95 and 99, the loss about 3",
               note_zh="temperature 0.01，float32，每一对向量都几乎平行（困难负样本）：每个 logit 大约在 95 到 99 之间，"
                       "损失约为 3")
    yield Case(pairs(gen, 48, 256, f32, 0.01, align=0.7, crowd=0.7, crowd_a=0.7),
               note="temperature 0.01, float32, hard negatives (every b row close to every other): every logit "
                    "between about 85 and 95, the loss of order 1",
               note_zh="temperature 0.01，float32，困难负样本（每个 b 行都与其他 b 行接近）：每个 logit 大约在 85 到 95 "
                       "之间，损失为 1 的量级")
    yield Case(pairs(gen, 50, 300, f64, 0.01, align=0.98, crowd=0.8, crowd_a=0.8),
               note="temperature 0.01, float64, hard negatives: every logit between about 96 and 98 (float64's exp "
                    "is fine up to 709)",
               note_zh="temperature 0.01，float64，困难负样本：每个 logit 大约在 96 到 98 之间（float64 的 exp 直到 709 "
                       "都没问题）")


def maxima(gen):
    yield Case(pairs(gen, MAX_N, 256, f32, 0.01, align=0.7, crowd=0.7, crowd_a=0.7),
               note="max: N = 1024, D = 256, float32, temperature 0.01, hard negatives: logits up to about 95",
               note_zh="最大：N = 1024，D = 256，float32，temperature 0.01，困难负样本：logits 最大约为 95")
    yield Case(pairs(gen, 256, MAX_D, align=0.4, norms=(0.1, 1000.0)),
               note="max: N = 256, D = 1024, float64, the default temperature, norms from 0.1 to 1000",
               note_zh="最大：N = 256，D = 1024，float64，默认的 temperature，范数从 0.1 到 1000")
    yield Case(pairs(gen, MAX_N, 256, f64, 0.07, align=0.5, crowd=0.5),
               note="max: N = 1024, D = 256, float64, crowded b rows",
               note_zh="最大：N = 1024，D = 256，float64，挤在一起的 b 行")


def gradients(gen):
    # Gradient cases: the PyTorch flavour also back-propagates output * R (harness.grading.gradients) and compares
    # the gradients with respect to a and b; small, as they are finite differences of the reference.
    yield Case(pairs(gen, 3, 4, temperature=0.2), gradient=True,
               note="gradients with respect to a and b: N = 3, D = 4, float64",
               note_zh="对 a 和 b 的梯度：N = 3，D = 4，float64")
    yield Case(pairs(gen, 4, 3, f32, 0.5, crowd=0.5), gradient=True,
               note="gradients: N = 4, D = 3, crowded b rows, float32", note_zh="梯度：N = 4，D = 3，挤在一起的 b 行，float32")
    yield Case(pairs(gen, 2, 5), gradient=True, note="gradients: N = 2, the default temperature, float64",
               note_zh="梯度：N = 2，默认的 temperature，float64")


def anti_pairs(gen, n, d, dtype, temperature, n_anti, *, crowd=0.7, align=0.97, norms=(0.3, 30.0)):
    """N pairs whose rows all lean towards one shared direction, b[i] aligned with a[i] (cos ~ align), except
    `n_anti` pairs, at random positions, whose a row is flipped: a[i] points away from every b (cos ~ -1 with its own
    b[i], negative with all the others)."""
    shared = unit(gen.normal(size=(1, d)))
    u = unit(crowd * shared + (1 - crowd) * unit(gen.normal(size=(n, d))))
    v = unit(align * u + math.sqrt(1 - align**2) * unit(gen.normal(size=(n, d))))
    u[gen.choice(n, n_anti, replace=False)] *= -1
    return {"a": scaled(gen, u, norms).astype(dtype), "b": scaled(gen, v, norms).astype(dtype),
            "temperature": temperature}


def anti_aligned(gen):
    # At temperature 0.01 an anti-aligned positive pair's logit is ~ -100 while the aligned pairs' reach ~ +100: in
    # the flipped a row every logit lies 150 to 200 below the matrix's max, and the positive lies ~180 below its
    # column's max. float32's exp underflows to 0 below about -104 (float64's not before -745; the reference and
    # PyTorch's float32 F.cross_entropy stay finite, within 2e-7). One max for the whole matrix gives that row a
    # sum of 0 (log 0 = -inf); -log(softmax) with each row's max subtracted gives the positive a probability of 0
    # (-log 0 = inf). The loss is 15 to 40.
    yield Case(anti_pairs(gen, 3, 2, f32, 0.01, 1),
               note="float32, temperature 0.01, one positive pair anti-aligned (cos ~ -1) among aligned ones: its "
                    "logits lie ~200 below the max, and exp of that underflows to 0 in float32: subtract each row's "
                    "(each column's) own max, and take the log-softmax as z - m - log(sum(exp(z - m))), not "
                    "log(softmax)",
               note_zh="float32，temperature 0.01，对齐的样本对中有一对正样本方向相反（cos 约为 -1）：它的 logits 比最大值"
                       "低约 200，其 exp 在 float32 中下溢为 0：每一行（每一列）要减去它自己的最大值，并按 "
                       "z - m - log(sum(exp(z - m))) 求 log-softmax，而不是对 softmax 取 log")
    yield Case(anti_pairs(gen, 32, 64, f32, 0.01, 5),
               note="float32, temperature 0.01, N = 32, five anti-aligned positive pairs among aligned ones: a single "
                    "max for the whole matrix, or the log of a softmax, gives inf",
               note_zh="float32，temperature 0.01，N = 32，对齐的样本对中有五对正样本方向相反：整个矩阵只减去一个最大值，"
                       "或者对 softmax 取 log，都会得到 inf")


def validate(given):
    """The constraints, checked by the tests on every example and hidden case."""
    a, b = given["a"], given["b"]
    temperature = given.get("temperature", 0.07)
    assert isinstance(a, np.ndarray) and isinstance(b, np.ndarray), "a and b are NumPy arrays"
    assert a.dtype in (f32, f64) and b.dtype == a.dtype, "one dtype, float32 or float64"
    assert a.ndim == 2 and b.shape == a.shape, "a and b are (N, D)"
    n, d = a.shape
    assert 1 <= n <= MAX_N and 1 <= d <= MAX_D and n * d <= MAX_SIZE
    assert np.isfinite(a).all() and np.isfinite(b).all()
    for rows in (a, b):
        norms = np.linalg.norm(rows.astype(f64), axis=1)
        assert ((norms >= MIN_NORM) & (norms <= MAX_NORM)).all(), "every row's norm is in [0.1, 1000]"
    assert isinstance(temperature, (int, float)) and not isinstance(temperature, bool)
    assert MIN_TEMPERATURE <= temperature <= MAX_TEMPERATURE


SIZES = (16_384, 32_768, 65_536, 131_072, MAX_SIZE)  # for `compare`: N * D, with D = 256 (float64)


def sized_input(rng, n):
    gen = np.random.default_rng(rng.randrange(2**32))
    return pairs(gen, n // 256, 256, align=0.5)
