"""Hidden tests for adamw: one AdamW step per test, on states taken along chained runs of up to 1,000 steps.

The grader calls `adamw_step` once per test, so a test cannot feed the answer back in; instead each test's state
(param, exp_avg, exp_avg_sq, step) is where AdamW itself stood after `step - 1` chained steps on a noisy quadratic
(`trajectory`): the moments of a real run, not random arrays, at steps 1, 2, 3, 10, 100, 500 and 1,000 (and random
states at steps up to 10^6). Float32 runs keep their state in float32 between steps, as torch.optim.AdamW does.
Inputs have no exploitable structure: every element has its own curvature, target and noise, parameters are off
centre, shapes are not square, and the hyperparameters differ from the defaults except where a case tests those.
The classic mistakes and the cases that catch them (each off by far more than the tolerance):
- Adam's L2 penalty (weight_decay * param added to the gradient) in place of the decoupled decay: weights of ~3
  against gradients of ~1e-3 (the default weight decay), or weight decay 0.5 on weights of ~5: the moments are
  wrong by 30x and more;
- the decay applied after the update (on the updated param): off by lr^2 * weight_decay * update, shown by lr = 0.5
  with weight decay 0.8, and lr = 1 with weight decay 0.5;
- no bias correction: 3.2x the update at step 1, 26% at step 1,000 (1 - 0.999^1000 = 0.63), both corrections or
  only one; the step taken as 0-based (beta^(step - 1): 0 / 0 at step 1) or counted twice (beta^(step + 1));
- eps inside the square root (sqrt(v_hat + eps)) or added before the bias correction (TensorFlow's "epsilon hat":
  (sqrt(v) + eps) / sqrt(1 - beta2^t)): gradients of 1e-8 to 1e-12, where eps is the largest term;
- exp_avg_sq updated with grad (not grad ** 2), or with |grad|; beta1 and beta2 swapped; the moments computed with
  (1 - beta) on the old value;
- the inputs modified in place, as torch.optim does (every case: `inputs_unchanged`); float32 answered in float64;
- moments kept in float16 (half-precision optimizer state, which drifts over a chain): off by 1e-3 relative.
Float32 cases use float32 runs of up to 1,000 steps; torch's own float32 step from the same state is within 2e-7
of the largest |expected| of each item.
"""

import numpy as np

from harness.catalogue import kit
from harness.catalogue.cases import Case

MAX_SIZE = 10**6  # parameters in one tensor
MAX_STEP = 10**6
MAX_ABS = 1e6
f32, f64 = np.float32, np.float64
HYPER = {"lr": 1e-3, "beta1": 0.9, "beta2": 0.999, "eps": 1e-8, "weight_decay": 1e-2}


def _step(p, g, m, v, t, lr=1e-3, beta1=0.9, beta2=0.999, eps=1e-8, weight_decay=1e-2):
    """One AdamW step in float64, stored back in the state's dtype (the generator's, not the reference)."""
    dtype = p.dtype
    p, g, m, v = (np.asarray(x, f64) for x in (p, g, m, v))
    m = beta1 * m + (1 - beta1) * g
    v = beta2 * v + (1 - beta2) * g * g
    p = p * (1 - lr * weight_decay) - lr / (1 - beta1**t) * m / (np.sqrt(v) / np.sqrt(1 - beta2**t) + eps)
    return p.astype(dtype), m.astype(dtype), v.astype(dtype)


def trajectory(gen, shape, dtype, step, *, grad_scale=1.0, param_scale=0.05, offset=0.0, noise=0.5, **hyper):
    """The input of step `step` of an AdamW run on a noisy quadratic, after `step - 1` chained steps.

    Each element has its own curvature (0.5 to 2), target and noise; the gradient is
    grad_scale * (curvature * (param - target) / param_scale + noise * N(0, 1)), so its size is ~grad_scale
    whatever the parameters' scale. `hyper` (lr, beta1, beta2, eps, weight_decay) drives the run and is passed
    to the case as given; the others are the defaults, which the case does not pass.
    """
    curvature = gen.uniform(0.5, 2.0, shape)
    target = offset + gen.normal(0.0, param_scale, shape)
    p = (target + gen.normal(0.0, param_scale, shape)).astype(dtype)
    m, v = np.zeros(shape, dtype), np.zeros(shape, dtype)

    def gradient(p):
        bend = curvature * (p.astype(f64) - target) / param_scale
        return (grad_scale * (bend + noise * gen.standard_normal(shape))).astype(dtype)

    for t in range(1, step):
        p, m, v = _step(p, gradient(p), m, v, t, **hyper)
    return {"param": p, "grad": gradient(p), "exp_avg": m, "exp_avg_sq": v, "step": step, **hyper}


def random_state(gen, shape, dtype, step, *, grad_scale=1.0, param_scale=0.05, **hyper):
    """A state at a late step drawn at random (for the largest tensors and steps, where a run would be slow):
    moments of the gradients' scale, exp_avg_sq >= exp_avg ** 2 as a real run keeps it."""
    m = gen.normal(0.0, 0.3 * grad_scale, shape)
    return {"param": gen.normal(0.0, param_scale, shape).astype(dtype),
            "grad": gen.normal(0.0, grad_scale, shape).astype(dtype),
            "exp_avg": m.astype(dtype),
            "exp_avg_sq": (m * m + grad_scale**2 * gen.uniform(0.2, 2.0, shape)).astype(dtype),
            "step": step, **hyper}


def hidden_cases(rng):
    gen = kit.numpy_rng(rng)

    # The first steps, where the bias corrections are largest.
    first = trajectory(gen, (4, 3), f64, 1, lr=1e-2, weight_decay=0.1)
    yield Case(first, note="step 1 from zero moments, lr = 1e-2: m_hat = grad and v_hat = grad^2, so each element "
                           "moves by lr * sign(grad) (no bias correction moves 3.2x as far; a 0-based step divides "
                           "by 1 - beta^0 = 0)",
                      note_zh="第 1 步，两个矩从 0 开始，lr = 1e-2：m_hat = grad，v_hat = grad^2，所以每个元素移动 lr * sign(grad)"
                              "（不做偏差修正会移动 3.2 倍远；从 0 开始计数的 step 会除以 1 - beta^0 = 0）")
    yield Case(trajectory(gen, (5, 3), f64, 2, lr=1e-2, weight_decay=0.1),
               note="step 2, after one step: 1 - beta1^2 = 0.19 (a step counted twice uses 1 - beta1^3 = 0.271)",
               note_zh="第 2 步，已走过一步：1 - beta1^2 = 0.19（把这一步算两次会用 1 - beta1^3 = 0.271）")
    yield Case(trajectory(gen, (6, 4), f32, 3, lr=1e-2, weight_decay=0.05),
               note="step 3, float32, lr = 1e-2",
               note_zh="第 3 步，float32，lr = 1e-2")
    yield Case(trajectory(gen, (3, 7), f64, 10, lr=5e-3, beta1=0.8, beta2=0.99, weight_decay=0.02),
               note="step 10, beta1 = 0.8, beta2 = 0.99 (beta1 and beta2 swapped are far off)",
               note_zh="第 10 步，beta1 = 0.8，beta2 = 0.99（把 beta1 和 beta2 弄反会差得很远）")

    # Long chained runs.
    yield Case(trajectory(gen, (8, 5), f64, 100),
               note="step 100 of a run at the defaults (none passed)",
               note_zh="超参数取默认值（一个都没传）的训练过程的第 100 步")
    yield Case(trajectory(gen, (16, 8), f64, 1000, lr=3e-3),
               note="step 1,000 after 999 chained steps: beta1^1000 is ~0 but 1 - beta2^1000 = 0.632, so a missing "
                    "second-moment correction is 26% off",
               note_zh="连续走了 999 步之后的第 1,000 步：beta1^1000 约为 0，但 1 - beta2^1000 = 0.632，"
                       "所以缺少二阶矩的偏差修正会差 26%")
    yield Case(trajectory(gen, (12, 10), f32, 1000, lr=3e-3, weight_decay=0.05),
               note="step 1,000, float32: the state of a float32 run of 999 steps, kept in float32 as torch keeps it",
               note_zh="第 1,000 步，float32：float32 训练过程走了 999 步后的状态，像 torch 那样保持为 float32")
    yield Case(trajectory(gen, (24, 16), f32, 500, lr=3e-4, beta2=0.95, weight_decay=0.1, grad_scale=0.3),
               note="step 500, float32, LLM pre-training settings: lr = 3e-4, betas (0.9, 0.95), weight decay 0.1",
               note_zh="第 500 步，float32，LLM 预训练的设置：lr = 3e-4，betas (0.9, 0.95)，权重衰减 0.1")
    yield Case(trajectory(gen, (20, 6), f64, 1000, lr=1e-3, beta2=0.99, eps=1e-6, weight_decay=0.0),
               note="step 1,000, weight decay 0 (AdamW is then Adam), beta2 = 0.99, eps = 1e-6",
               note_zh="第 1,000 步，权重衰减为 0（此时 AdamW 就是 Adam），beta2 = 0.99，eps = 1e-6")

    # Weight decay: decoupled, applied first.
    yield Case(trajectory(gen, (10, 4), f64, 20, lr=1e-2, weight_decay=0.5, param_scale=0.5, offset=5.0,
                          grad_scale=0.05),
               note="weights near 5, gradients ~0.05, weight decay 0.5: Adam's L2 (weight_decay * param added to "
                    "the gradient) puts 2.5 into moments of 0.05",
               note_zh="权重在 5 附近，梯度约 0.05，权重衰减 0.5：Adam 的 L2（把 weight_decay * param 加进梯度）"
                       "会把 2.5 放进约 0.05 的矩里")
    yield Case(trajectory(gen, (9, 6), f32, 50, param_scale=0.5, offset=3.0, grad_scale=1e-3),
               note="float32, the default weight decay 1e-2 on weights near 3 with gradients ~1e-3: L2 in the "
                    "gradient is 30x the gradient",
               note_zh="float32，默认权重衰减 1e-2，权重在 3 附近，梯度约 1e-3：加进梯度的 L2 项是梯度的 30 倍")
    yield Case(trajectory(gen, (7, 5), f64, 30, lr=0.5, weight_decay=0.8, param_scale=1.0),
               note="lr = 0.5, weight decay 0.8: decaying after the update also shrinks the update, by lr * "
                    "weight_decay = 40%",
               note_zh="lr = 0.5，权重衰减 0.8：在更新之后才衰减，会把更新量也缩小 lr * weight_decay = 40%")
    yield Case(trajectory(gen, (6, 6), f32, 5, lr=1.0, weight_decay=0.5, param_scale=2.0),
               note="float32, lr = 1, weight decay 0.5: the parameter is halved first, then moved by ~1 (decayed "
                    "after, the update is halved too)",
               note_zh="float32，lr = 1，权重衰减 0.5：参数先减半，再移动约 1（在更新之后才衰减，更新量也会减半）")
    yield Case(trajectory(gen, (5, 4), f64, 40, lr=0.0, weight_decay=0.3),
               note="lr = 0: the parameter does not move (the decay is lr * weight_decay), but the moments do",
               note_zh="lr = 0：参数不动（衰减是 lr * weight_decay），但两个矩会变")

    # eps: added to sqrt(v) / sqrt(1 - beta2^t), outside the root.
    yield Case(trajectory(gen, (8, 3), f64, 1, grad_scale=1e-8),
               note="step 1, gradients ~1e-8: sqrt(v_hat) ~ eps, so eps inside the root (sqrt(v_hat + eps) ~ 1e-4) "
                    "shrinks the update ~5000x, and eps before the bias correction ((sqrt(v) + eps) / "
                    "sqrt(1 - 0.999)) 16x",
               note_zh="第 1 步，梯度约 1e-8：sqrt(v_hat) ~ eps，所以把 eps 放进根号里（sqrt(v_hat + eps) ~ 1e-4）"
                       "会让更新量缩小约 5000 倍，在偏差修正之前加 eps（(sqrt(v) + eps) / sqrt(1 - 0.999)）则缩小 16 倍")
    yield Case(trajectory(gen, (6, 5), f64, 1000, grad_scale=1e-10, lr=1e-2),
               note="step 1,000, gradients ~1e-10: eps dominates the denominator (the update is ~1% of lr)",
               note_zh="第 1,000 步，梯度约 1e-10：分母由 eps 主导（更新量约为 lr 的 1%）")
    yield Case(trajectory(gen, (7, 4), f32, 8, grad_scale=1e-9, lr=1e-2),
               note="float32, step 8, gradients ~1e-9 (exp_avg_sq ~1e-18, still a normal float32)",
               note_zh="float32，第 8 步，梯度约 1e-9（exp_avg_sq 约 1e-18，仍是 float32 的正规数）")
    mixed = trajectory(gen, (10, 10), f64, 7, lr=1e-2)
    mixed["grad"] = mixed["grad"] * 10.0 ** gen.uniform(-12, 2, (10, 10))
    yield Case(mixed, note="gradients from 1e-12 to 1e2 in one tensor: eps matters for the small ones only",
                      note_zh="同一个张量里梯度从 1e-12 到 1e2：eps 只对小的梯度起作用")
    yield Case(trajectory(gen, (5, 5), f64, 6, grad_scale=1e3, lr=1e-2),
               note="gradients ~1e3 (exp_avg_sq ~1e6): Adam's step does not grow with the gradient",
               note_zh="梯度约 1e3（exp_avg_sq 约 1e6）：Adam 的步长不随梯度增大")

    # The moments' hyperparameters and the edges.
    yield Case(trajectory(gen, (4, 9), f64, 4, beta1=0.0, lr=1e-2),
               note="beta1 = 0 (RMSprop with a bias-corrected second moment): exp_avg is the gradient itself",
               note_zh="beta1 = 0（二阶矩带偏差修正的 RMSprop）：exp_avg 就是梯度本身")
    zeros = trajectory(gen, (3, 8), f64, 1, lr=1e-2)
    zeros["grad"][gen.random((3, 8)) < 0.4] = 0.0
    yield Case(zeros, note="step 1 with 40% of the gradients exactly 0: those elements only decay (0 / (0 + eps))",
                      note_zh="第 1 步，40% 的梯度恰好为 0：这些元素只做衰减（0 / (0 + eps)）")
    yield Case(trajectory(gen, (1,), f64, 3, lr=1e-2), note="a single parameter",
               note_zh="只有一个参数")
    yield Case(trajectory(gen, (33,), f32, 12, lr=2e-3), note="a bias vector (33,), float32",
               note_zh="一个偏置向量 (33,)，float32")
    yield Case(trajectory(gen, (2, 3, 4), f64, 9, lr=2e-3, weight_decay=0.05), note="a 3-D tensor (2, 3, 4)",
               note_zh="一个 3 维张量 (2, 3, 4)")
    yield Case(random_state(gen, (50, 40), f64, MAX_STEP, lr=1e-3),
               note="step 10^6: beta2^step underflows to 0, both corrections are 1",
               note_zh="第 10^6 步：beta2^step 下溢成 0，两个偏差修正都是 1")

    # The maxima.
    yield Case(random_state(gen, (1000, 1000), f32, 1000, lr=1e-3, weight_decay=0.1),
               note="max: 10^6 parameters (1000, 1000), float32, step 1,000",
               note_zh="最大：10^6 个参数 (1000, 1000)，float32，第 1,000 步")
    yield Case(random_state(gen, (500, 2000), f64, 5000, lr=1e-3),
               note="max: 10^6 parameters (500, 2000), float64, step 5,000, the default weight decay",
               note_zh="最大：10^6 个参数 (500, 2000)，float64，第 5,000 步，默认权重衰减")
    # Late steps: 1 - 0.999^8000 is still 3e-4 short of 1, so bias corrections skipped once step is "large" show.
    yield Case(random_state(gen, (64, 32), f64, 8000),
               note="step 8,000, float64, the default betas: the second bias correction is 1 - 3.3e-4, not 1",
               note_zh="第 8,000 步，float64，默认 beta：第二个偏差修正仍是 1 - 3.3e-4，而不是 1")


def validate(given):
    """The constraints, checked by the tests on every example and hidden case."""
    param = given["param"]
    assert isinstance(param, np.ndarray) and param.dtype in (f32, f64), "param is a float32 or float64 array"
    assert param.ndim >= 1 and 1 <= param.size <= MAX_SIZE, "param has 1 to 10^6 elements"
    for name in ("param", "grad", "exp_avg", "exp_avg_sq"):
        x = given[name]
        assert isinstance(x, np.ndarray) and x.dtype == param.dtype and x.shape == param.shape, \
            f"{name} has param's shape and dtype"
        assert np.all(np.isfinite(x)) and np.abs(x).max() <= MAX_ABS, f"{name} is finite, |x| <= 1e6"
    assert np.all(given["exp_avg_sq"] >= 0), "exp_avg_sq >= 0"
    step = given["step"]
    assert type(step) is int and 1 <= step <= MAX_STEP, "step is an int, 1 <= step <= 10^6"
    hyper = {**HYPER, **{k: given[k] for k in HYPER if k in given}}
    for name, value in hyper.items():
        assert type(value) in (int, float), f"{name} is a number"
    assert 0 <= hyper["lr"] <= 1 and 0 <= hyper["weight_decay"] <= 1, "0 <= lr <= 1, 0 <= weight_decay <= 1"
    assert 0 <= hyper["beta1"] < 1 and 0 <= hyper["beta2"] < 1, "0 <= beta1, beta2 < 1"
    assert 0 < hyper["eps"] <= 1e-3, "0 < eps <= 1e-3"


SIZES = (62_500, 125_000, 250_000, 500_000, MAX_SIZE)  # for `compare`: parameters in one tensor, float64


def sized_input(rng, n):
    gen = kit.numpy_rng(rng)
    return random_state(gen, (n,), f64, 1000, lr=1e-3)
