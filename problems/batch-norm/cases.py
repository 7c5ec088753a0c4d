"""Hidden tests for batch-norm: the edges, one case (or more) per classic mistake, then seeded cases at the maxima.

Inputs have no exploitable structure: every channel has its own mean and spread, the given running statistics are
far from the batch's (so eval with batch statistics, or training with running ones, is off by O(1)), weights and
biases are non-zero and differ per channel, momentum is never 0.5 (where Keras' convention coincides). The
classic mistakes and the cases that catch them (each off by far more than the tolerance):
- unbiased variance in the normalisation, or biased in the running update: few values per channel (n = 2 to 8,
  a factor n / (n - 1) of 2 to 1.14 on the variance);
- the wrong axes: x.reshape(-1, C) on (N, C, L) / (N, C, H, W) mixes channels; the mean of per-sample variances
  misses the spread between samples (per-sample offsets make it large);
- eval normalising with the batch, training with the running statistics, running statistics not updated in
  training or updated in eval, Keras' momentum (running = momentum * running + (1 - momentum) * stat);
- eps outside the square root (or missing): channels of variance 1e-4 to 1e-3, a constant channel (0 / 0 without
  eps), eval with a running variance of 0;
- one value per channel in training raises ValueError ((1, C), (1, C, 1), (1, C, 1, 1)); eval with N = 1 works,
  and so does training with N = 1 when there is more than one spatial position;
- E[x^2] - E[x]^2 for the variance: float32 channels with means near +-10^3 and spread ~1 (2.5e-2 off at least),
  and float64 channels with means 3*10^3 to 9*10^3 in size and spread 0.1 to 0.2 (3.6e-7 off at least);
- a float32 input answered in float64, defaults (eval, momentum 0.1, eps 1e-5) taken wrongly, weight without bias
  and bias without weight.
"""

import numpy as np

from harness.catalogue import kit
from harness.catalogue.cases import Case

MAX_SIZE = 10**6
MAX_CHANNELS = 1024
MAX_ABS = 10**4
MAX_ABS_FLOAT32 = 2 * 10**3
f32, f64 = np.float32, np.float64


def batch(gen, shape, dtype=f64, *, centre=3.0, spread=(0.5, 3.0), offsets=0.0, affine="both", **options):
    """One case's input: x of `shape` whose channel c has mean in +-centre and standard deviation in `spread`
    (plus a per-sample offset of that size times `offsets`), running statistics unlike the batch's, a weight and
    a bias per channel (`affine`: "both", "weight", "bias" or "none"), and the keyword options as given."""
    c = shape[1]
    per_channel = (1, c) + (1,) * (len(shape) - 2)
    means = gen.uniform(-centre, centre, c).reshape(per_channel)
    stds = gen.uniform(*spread, c).reshape(per_channel)
    shifts = offsets * stds * gen.standard_normal(shape[:2] + (1,) * (len(shape) - 2))
    x = means + shifts + stds * gen.standard_normal(shape)
    given = {
        "x": x,
        "running_mean": gen.uniform(-2, 2, c) + gen.choice([-1.0, 1.0], c),
        "running_var": gen.uniform(0.3, 3.0, c),
    }
    if affine in ("both", "weight"):
        given["weight"] = gen.uniform(0.5, 2.0, c) * gen.choice([-1.0, 1.0], c)
    if affine in ("both", "bias"):
        given["bias"] = gen.normal(0, 1, c)
    given = {name: a.astype(dtype) for name, a in given.items()}
    return {**given, **options}


def hidden_cases(rng):
    gen = kit.numpy_rng(rng)
    train = {"training": True}

    # The edges: the fewest values per channel, one value per channel, C = 1.
    yield Case(batch(gen, (2, 3), **train), note="training, N = 2: the unbiased variance is twice the biased one",
               note_zh="训练模式，N = 2：无偏方差是有偏方差的两倍")
    yield Case(batch(gen, (4, 5), affine="none", **train),
               note="training (N, C) = (4, 5), no weight or bias: biased variance for y, unbiased for running_var",
               note_zh="训练模式 (N, C) = (4, 5)，没有 weight 和 bias：y 用有偏方差，running_var 用无偏方差")
    yield Case(batch(gen, (1, 6)), note="eval with N = 1 works: it normalises with the running statistics",
               note_zh="eval 模式下 N = 1 可以运行：用 running 统计量归一化")
    yield Case(batch(gen, (1, 3, 1, 1)), note="eval with (N, C, H, W) = (1, 3, 1, 1)",
               note_zh="eval 模式，(N, C, H, W) = (1, 3, 1, 1)")
    yield Case(batch(gen, (1, 3), **train), raises="ValueError",
               note="training with one value per channel, (1, C)", note_zh="训练模式，每个通道只有一个值，(1, C)")
    yield Case(batch(gen, (1, 4, 1), **train), raises="ValueError",
               note="training with one value per channel, (1, C, 1)", note_zh="训练模式，每个通道只有一个值，(1, C, 1)")
    yield Case(batch(gen, (1, 2, 1, 1), **train), raises="ValueError",
               note="training with one value per channel, (1, C, 1, 1)", note_zh="训练模式，每个通道只有一个值，(1, C, 1, 1)")
    yield Case(batch(gen, (1, 3, 4, 4), **train),
               note="training with N = 1 and 4 x 4 positions: 16 values per channel, no error",
               note_zh="训练模式，N = 1、4 x 4 个位置：每个通道 16 个值，不报错")
    yield Case(batch(gen, (6, 1, 7), **train), note="one channel, (N, C, L) = (6, 1, 7), training",
               note_zh="只有一个通道，(N, C, L) = (6, 1, 7)，训练模式")

    # The axes: statistics per channel over every axis but 1.
    yield Case(batch(gen, (4, 6, 10), momentum=0.2, **train),
               note="training (N, C, L) = (4, 6, 10): statistics over axes 0 and 2 (reshape(-1, C) mixes channels)",
               note_zh="训练模式 (N, C, L) = (4, 6, 10)：在轴 0 和 2 上求统计量（reshape(-1, C) 会把通道混在一起）")
    yield Case(batch(gen, (3, 4, 5, 6), offsets=2.0, momentum=0.3, **train),
               note="training (N, C, H, W) = (3, 4, 5, 6) with per-sample offsets: the mean of per-sample variances "
                    "misses the spread between samples",
               note_zh="训练模式 (N, C, H, W) = (3, 4, 5, 6)，每个样本有各自的偏移：各样本方差的均值漏掉了样本之间的离散")
    yield Case(batch(gen, (2, 3, 3, 4, 5), offsets=1.0, **train), note="training, 5-D (N, C, D, H, W)",
               note_zh="训练模式，5 维 (N, C, D, H, W)")
    yield Case(batch(gen, (5, 7, 9), f32, offsets=1.0, momentum=0.05, **train),
               note="training (N, C, L), per-sample offsets, float32", note_zh="训练模式 (N, C, L)，每个样本有各自的偏移，float32")

    # Eval vs training, and the running statistics.
    yield Case(batch(gen, (8, 4, 6, 6), training=False), note="eval (N, C, H, W), training=False given: the running "
                                                                   "statistics normalise, and come back unchanged",
               note_zh="eval 模式 (N, C, H, W)，显式给出 training=False：用 running 统计量归一化，并原样返回它们")
    yield Case(batch(gen, (16, 12)), note="eval by default (training omitted), (N, C)",
               note_zh="默认为 eval 模式（不传 training），(N, C)")
    yield Case(batch(gen, (6, 5, 20), f32), note="eval (N, C, L), float32", note_zh="eval 模式 (N, C, L)，float32")
    yield Case(batch(gen, (8, 6), momentum=1.0, **train),
               note="momentum = 1: the new running statistics are the batch's (Keras' convention keeps the old)",
               note_zh="momentum = 1：新的 running 统计量就是 batch 的统计量（按 Keras 的约定则保留旧值）")
    yield Case(batch(gen, (5, 3, 4), momentum=0.0, **train),
               note="momentum = 0: the running statistics stay, but y still uses the batch's",
               note_zh="momentum = 0：running 统计量不变，但 y 仍用 batch 的统计量")
    yield Case(batch(gen, (7, 4, 3), momentum=0.9, **train), note="momentum = 0.9, training (N, C, L)",
               note_zh="momentum = 0.9，训练模式 (N, C, L)")
    yield Case(batch(gen, (3, 8, 4, 4), affine="weight", **train), note="a weight and no bias",
               note_zh="有 weight、没有 bias")
    yield Case({**batch(gen, (4, 8, 5), affine="bias"), "weight": None}, note="a bias and weight=None given, eval",
               note_zh="有 bias，并显式给出 weight=None，eval 模式")

    # eps: inside the square root, and needed at all.
    yield Case(batch(gen, (6, 8, 5), spread=(0.005, 0.03), **train),
               note="channel variances 2.5e-5 to 1e-3 beside eps = 1e-5: (x - mean) / (sqrt(var) + eps) is off",
               note_zh="通道方差为 2.5e-5 到 1e-3，eps = 1e-5：(x - mean) / (sqrt(var) + eps) 有偏差")
    yield Case(batch(gen, (8, 5, 4), spread=(0.01, 0.1), eps=1e-3, **train), note="eps = 1e-3, small variances",
               note_zh="eps = 1e-3，方差很小")
    yield Case(batch(gen, (10, 4), eps=0.5, **train), note="eps = 0.5: a large eps", note_zh="eps = 0.5：很大的 eps")
    constant = batch(gen, (4, 3, 5), **train)
    constant["x"][:, 1] = 2.5
    yield Case(constant, note="a constant channel in training: variance 0, y = bias there (0 / 0 without eps)",
               note_zh="训练模式下有一个常数通道：方差为 0，该通道上 y = bias（没有 eps 时是 0 / 0）")
    still = batch(gen, (5, 4, 3), eps=1e-4)
    still["running_var"][2] = 0.0
    yield Case(still, note="eval with a running variance of 0: (x - mean) / sqrt(eps) on that channel",
               note_zh="eval 模式，有一个通道的 running 方差为 0：该通道上为 (x - mean) / sqrt(eps)")

    # Magnitudes: the one-pass variance E[x^2] - E[x]^2 cancels.
    yield Case(batch(gen, (8, 4, 5, 5), f32, centre=1000, spread=(1, 2), **train),
               note="float32 channel means near +-10^3, spread 1 to 2: E[x^2] - E[x]^2 cancels",
               note_zh="float32，通道均值在 +-10^3 附近，标准差 1 到 2：E[x^2] - E[x]^2 相减会抵消掉有效数字")
    yield Case(batch(gen, (64, 16, 100), f32, centre=1000, spread=(1, 3), **train),
               note="float32 (N, C, L) with channel means near +-10^3", note_zh="float32 (N, C, L)，通道均值在 +-10^3 附近")
    yield Case(batch(gen, (512, 32), f32, centre=1000, spread=(1, 3), **train),
               note="float32 (N, C) with channel means near +-10^3", note_zh="float32 (N, C)，通道均值在 +-10^3 附近")
    far = batch(gen, (16, 8, 64), spread=(0.1, 0.2), **train)
    far["x"] += (gen.uniform(6000, 9000, 8) * gen.choice([-1.0, 1.0], 8)).reshape(1, 8, 1)
    yield Case(far, note="float64 channel means near +-8*10^3, spread 0.1 to 0.2: one-pass variance loses 1e-6",
               note_zh="float64，通道均值在 +-8*10^3 附近，标准差 0.1 到 0.2：一遍算方差会损失 1e-6 的精度")
    far = batch(gen, (32, 16, 8, 8), spread=(0.1, 0.2), offsets=0.5, momentum=0.2, **train)
    far["x"] += (gen.uniform(3000, 9000, 16) * gen.choice([-1.0, 1.0], 16)).reshape(1, 16, 1, 1)
    yield Case(far, note="float64 (N, C, H, W), channel means 3*10^3 to 9*10^3 in size, spread 0.1 to 0.2",
               note_zh="float64 (N, C, H, W)，通道均值的绝对值为 3*10^3 到 9*10^3，标准差 0.1 到 0.2")

    # The maxima.
    yield Case(batch(gen, (32, 64, 15, 32), f32, centre=10, offsets=0.5, **train),
               note="max: ~10^6 elements, (N, C, H, W) = (32, 64, 15, 32), training, float32",
               note_zh="最大：约 10^6 个元素，(N, C, H, W) = (32, 64, 15, 32)，训练模式，float32")
    yield Case(batch(gen, (976, MAX_CHANNELS), momentum=0.01, **train),
               note="max: C = 1024, (N, C) = (976, 1024), training, float64",
               note_zh="最大：C = 1024，(N, C) = (976, 1024)，训练模式，float64")
    yield Case(batch(gen, (16, 512, 122)), note="max: 10^6 elements, (N, C, L) = (16, 512, 122), eval, float64",
               note_zh="最大：10^6 个元素，(N, C, L) = (16, 512, 122)，eval 模式，float64")
    yield Case(batch(gen, (4096, 244), f32, centre=10, **train),
               note="max: (N, C) = (4096, 244), training, float32", note_zh="最大：(N, C) = (4096, 244)，训练模式，float32")


def validate(given):
    """The constraints, asserted on every example and hidden case (not on those that must raise)."""
    x = given["x"]
    assert isinstance(x, np.ndarray) and x.dtype in (f32, f64), "x is a float32 or float64 array"
    assert 2 <= x.ndim <= 5 and 1 <= x.size <= MAX_SIZE, "x is (N, C) or (N, C, *) with at most 10^6 elements"
    c = x.shape[1]
    assert 1 <= c <= MAX_CHANNELS
    for name in ("running_mean", "running_var", "weight", "bias"):
        a = given.get(name)
        if a is None:
            assert name in ("weight", "bias"), f"{name} is given"
            continue
        assert isinstance(a, np.ndarray) and a.dtype == x.dtype and a.shape == (c,), f"{name} is (C,) of x's dtype"
        assert np.isfinite(a).all() and np.abs(a).max() <= MAX_ABS
    assert np.isfinite(x).all() and np.abs(x).max() <= (MAX_ABS_FLOAT32 if x.dtype == f32 else MAX_ABS)
    assert (given["running_var"] >= 0).all()
    training = given.get("training", False)
    assert isinstance(training, bool)
    assert not training or x.size // c > 1, "training sees more than one value per channel"
    momentum, eps = given.get("momentum", 0.1), given.get("eps", 1e-5)
    assert isinstance(momentum, float) and 0 <= momentum <= 1
    assert isinstance(eps, float) and 1e-8 <= eps <= 1


SIZES = (62_500, 125_000, 250_000, 500_000, MAX_SIZE)  # for `compare`: x.size, (N, 64, 16, 16) in training


def sized_input(rng, n):
    gen = kit.numpy_rng(rng)
    return batch(gen, (n // (64 * 256), 64, 16, 16), training=True)
