"""Hidden tests for gae: the edges, one case (or more) per classic mistake, then long rollouts and the maximum.

Inputs have no exploitable structure: rewards and values have non-zero means of their own and a spread, last_value
is unlike the values, episodes have random lengths, and gamma and lam differ (except where a case is about them).
The classic mistakes and the cases that catch them (each off by far more than the tolerance):
- the done mask on the wrong step (done_{t+1}, CleanRL's and SB3's index for their "episode start" flags, or
  done_{t-1}, which at t = 0 wraps to dones[-1]), in the bootstrap or in the recursion: T = 2 with a done at step
  0, episodes of length 1 and 2 in a row, runs of dones, random episodes;
- the mask missing in the recursion (the next episode's advantage leaks back across the end) or in delta (the
  next episode's first value is bootstrapped, large values make it far off);
- last_value ignored (a bootstrap of 0 at the end): T = 1 not done, every cut-off rollout; last_value used after
  a done at the last step: T = 1 done, a done at the end with a large last_value;
- returns as discounted rewards-to-go instead of advantages + values, lam and gamma swapped (gamma = 0.9,
  lam = 0.5, large values), lam forgotten (lam = 0), iterating forwards (any rollout longer than an episode of 1);
- float32 answered in float64 (np.zeros(T) for the advantages, 1.0 - dones as a float64 mask);
- (gamma * lam)^t weights with a reverse cumulative sum, divided by the weights: in a long episode the weights
  underflow to 0 (float32 past ~1,700 steps at the defaults, float64 past ~11,500) and 0 / 0 is NaN;
- O(T^2) sums, one per step: T = 5*10^4 in one episode (over a billion terms in Python).
Float32 cases keep gamma * lam <= 0.999: float32 rounds gamma * lam itself by up to 3e-8, an error of
3e-8 / (1 - gamma * lam) in every horizon, and PyTorch's own float32 loop must stay within the tolerance.
"""

import numpy as np

from harness.catalogue import kit
from harness.catalogue.cases import Case

MAX_T = 5 * 10**4  # a loop that indexes tensors, as CleanRL's does (~50 us a step), takes ~2.5 s here
MAX_ABS = 10**4
MAX_FLOAT32_DECAY = 0.999  # gamma * lam in float32 cases
f32, f64 = np.float32, np.float64


def rollout(gen, t, dtype=f64, *, dones=0.1, reward=(0.5, 1.0), value=(3.0, 2.0), **options):
    """One case's input: t steps of rewards ~ N(mean, sd) and values ~ N(mean, sd), the means themselves jittered
    by 20%, dones at random with probability `dones` (or the given boolean array), a last_value drawn like the
    values (exactly representable in `dtype`), and the keyword options (gamma, lam) as given."""
    (r_mean, r_sd), (v_mean, v_sd) = reward, value
    r_mean, v_mean = r_mean * gen.uniform(0.8, 1.2), v_mean * gen.uniform(0.8, 1.2)
    done = np.asarray(dones, dtype=bool) if np.ndim(dones) else gen.random(t) < dones
    return {
        "rewards": gen.normal(r_mean, r_sd, t).astype(dtype),
        "values": gen.normal(v_mean, v_sd, t).astype(dtype),
        "dones": done,
        "last_value": float(dtype(gen.normal(v_mean, v_sd))),
        **options,
    }


def pinned(rewards, values, dones, last_value, gamma=0.99, lam=0.95, dtype=f64):
    """A hand-written case's input, with gamma and lam given only where they are not the defaults."""
    given = {"rewards": np.array(rewards, dtype), "values": np.array(values, dtype), "dones": np.array(dones),
             "last_value": last_value}
    return {**given, **({"gamma": gamma} if gamma != 0.99 else {}), **({"lam": lam} if lam != 0.95 else {})}


def answer(advantages, values, dtype=f64):
    """The pinned answer (advantages, advantages + values) of a hand-computed case."""
    a = np.array(advantages, dtype=np.float64)
    return a.astype(dtype), (a + np.array(values, dtype=np.float64)).astype(dtype)


def hidden_cases(rng):
    gen = kit.numpy_rng(rng)

    # The edges, computed by hand: one step, and a done at step 0 of two.
    yield Case(pinned([1.0], [0.5], [False], 2.0), answer([1.0 + 0.99 * 2.0 - 0.5], [0.5]),
               "T = 1, not done: A_0 = r_0 + gamma * last_value - V_0 (a bootstrap of 0 ignores last_value), and "
               "returns_0 = A_0 + V_0",
               note_zh="T = 1，未结束：A_0 = r_0 + gamma * last_value - V_0（自举值取 0 就忽略了 last_value），returns_0 = A_0 + V_0")
    yield Case(pinned([1.0], [0.5], [True], 40.0), answer([0.5], [0.5]),
               "T = 1, done: the episode ended, so A_0 = r_0 - V_0 and last_value (40) plays no part",
               note_zh="T = 1，已结束：回合结束了，所以 A_0 = r_0 - V_0，last_value（40）不起作用")
    yield Case(pinned([1.0, -0.5], [2.0, 0.25], [True, False], 3.0, gamma=0.9, lam=0.8),
               answer([1.0 - 2.0, -0.5 + 0.9 * 3.0 - 0.25], [2.0, 0.25]),
               "T = 2, done at step 0: A_0 = r_0 - V_0, and step 1 starts a new episode bootstrapped from "
               "last_value (done_{t+1} or done_{t-1} in place of done_t, or a mask missing in delta or in the "
               "recursion, carries one episode into the other)",
               note_zh="T = 2，第 0 步结束：A_0 = r_0 - V_0，第 1 步开始新回合，从 last_value 自举（用 done_{t+1} 或 done_{t-1} 代替 done_t，"
                       "或者 delta、递推里漏了掩码，都会把一个回合带进另一个回合）")
    yield Case(rollout(gen, 3, f32, dones=[False, False, True], value=(2.0, 1.0), gamma=0.97, lam=0.9)
               | {"last_value": 1000.0},
               note="T = 3, float32, gamma = 0.97, lam = 0.9, done at the last step: last_value (1000) must not be "
                    "bootstrapped there",
               note_zh="T = 3，float32，gamma = 0.97，lam = 0.9，最后一步结束：那里不能从 last_value（1000）自举")

    # Where the episodes end.
    yield Case(rollout(gen, 64, dones=1.0), note="every step done: A_t = r_t - V_t, no bootstrap, no recursion",
               note_zh="每一步都结束：A_t = r_t - V_t，没有自举，也没有递推")
    yield Case(rollout(gen, 300, dones=0.0, value=(10.0, 3.0)),
               note="no done in 300 steps: one episode cut off by the rollout, bootstrapped from last_value at the "
                    "end (a forward loop, a missing lam, or gamma and lam swapped are off here)",
               note_zh="300 步里没有 done：一个被 rollout 截断的回合，在末尾从 last_value 自举（正向循环、漏了 lam、gamma 与 lam 写反，在这里都会出错）")
    runs = np.zeros(40, dtype=bool)
    runs[[5, 6, 7, 8, 9, 20, 21, 39]] = True
    yield Case(rollout(gen, 40, dones=runs, value=(5.0, 2.0), gamma=0.95, lam=0.9),
               note="runs of consecutive dones (steps 5-9, 20-21 and the last): episodes of one step in a row",
               note_zh="连续的 done（第 5-9 步、第 20-21 步和最后一步）：接连几个只有一步的回合")
    yield Case(rollout(gen, 30, f32, dones=np.arange(30) % 2 == 1, value=(4.0, 1.0)),
               note="episodes of two steps, float32: a done every other step (a mask one step off is wrong on "
                    "every step)",
               note_zh="两步一个回合，float32：每隔一步一个 done（掩码错一步，每一步都会错）")
    yield Case(rollout(gen, 50, dones=np.arange(50) == 0, value=(6.0, 2.0)),
               note="done at step 0 only: the first step is an episode of its own",
               note_zh="只有第 0 步结束：第一步自成一个回合")
    yield Case(rollout(gen, 500, dones=0.15, reward=(1.0, 1.0), value=(8.0, 3.0)),
               note="random episodes (15% of steps done), the default gamma and lam (not given)",
               note_zh="随机长度的回合（15% 的步结束），默认的 gamma 和 lam（不传）")
    yield Case(rollout(gen, 2048, f32, dones=0.02, gamma=0.99, lam=0.95),
               note="a PPO rollout of 2048 steps (Stable-Baselines3's n_steps), float32, 2% done",
               note_zh="一段 2048 步的 PPO rollout（Stable-Baselines3 的 n_steps），float32，2% 的步结束")
    yield Case(rollout(gen, 3000, f32, dones=0.0),
               note="float32, one episode of 3000 steps at the default gamma and lam: the weights (gamma * lam)^t of a "
                    "reverse cumulative sum underflow to 0 past ~1,700 steps, and 0 / 0 is NaN",
               note_zh="float32，默认 gamma 和 lam 下一个 3000 步的回合：反向累加和里的权重 (gamma * lam)^t 过了约 1,700 步就下溢为 0，而 0 / 0 是 Na"
                       "N")
    yield Case(rollout(gen, 400, dones=0.05, reward=(1.0, 0.5), value=(50.0, 10.0), gamma=0.98, lam=0.9),
               note="values near 50, isolated dones: a mask missing in delta bootstraps gamma * V (~50) of the next "
                    "episode's first state",
               note_zh="价值约为 50，零星的 done：delta 里漏了掩码，就会自举下一回合第一个状态的 gamma * V（约 50）")
    steps = np.arange(600)
    yield Case(rollout(gen, 600, dones=(steps % 100 == 99) | (steps % 37 == 36), reward=(2.0, 3.0),
                       value=(-4.0, 2.0), gamma=0.995, lam=0.97),
               note="episodes of 1 to 37 steps, gamma = 0.995, lam = 0.97: a recursion not reset at a done leaks the "
                    "next episode's advantage back across the end",
               note_zh="回合长 1 到 37 步，gamma = 0.995，lam = 0.97：递推在 done 处不重置，下一回合的优势就会越过回合末尾倒流回来")

    # gamma and lam.
    yield Case(rollout(gen, 200, dones=0.05, gamma=0.99, lam=0.0),
               note="lam = 0: A_t = delta_t, the one-step TD error (a missing lam sums gamma^l * delta)",
               note_zh="lam = 0：A_t = delta_t，即一步 TD 误差（漏了 lam 就变成对 gamma^l * delta 求和）")
    yield Case(rollout(gen, 200, dones=0.05, gamma=0.99, lam=1.0),
               note="lam = 1: returns are the discounted returns, bootstrapped from last_value where the rollout "
                    "cuts an episode",
               note_zh="lam = 1：returns 就是折扣回报，在 rollout 截断回合的地方从 last_value 自举")
    yield Case(rollout(gen, 200, dones=0.05, gamma=0.0, lam=0.95), note="gamma = 0: A_t = r_t - V_t",
               note_zh="gamma = 0：A_t = r_t - V_t")
    yield Case(rollout(gen, 300, dones=0.03, value=(20.0, 5.0), gamma=0.9, lam=0.5),
               note="gamma = 0.9, lam = 0.5, values near 20: delta bootstraps gamma * V, not lam * V (swapped)",
               note_zh="gamma = 0.9，lam = 0.5，价值约为 20：delta 自举的是 gamma * V，不是 lam * V（写反了）")
    yield Case(rollout(gen, 5000, dones=0.01, reward=(0.2, 1.0), gamma=1.0, lam=1.0),
               note="gamma = lam = 1: undiscounted Monte Carlo returns, episodes of ~100 steps",
               note_zh="gamma = lam = 1：不打折扣的蒙特卡洛回报，回合长约 100 步")
    sparse = rollout(gen, 1000, f32, dones=0.004, value=(0.3, 0.1), gamma=0.97, lam=0.9)
    sparse["rewards"] = (gen.random(1000) < 0.03).astype(f32)
    yield Case(sparse, note="sparse rewards (0 or 1, 3% of steps), values near 0.3, float32",
               note_zh="稀疏奖励（0 或 1，3% 的步有奖励），价值约为 0.3，float32")

    # Long horizons and the maximum.
    yield Case(rollout(gen, 20_000, dones=0.001, gamma=0.999, lam=0.99),
               note="T = 2*10^4, gamma = 0.999, lam = 0.99, episodes of ~1000 steps",
               note_zh="T = 2*10^4，gamma = 0.999，lam = 0.99，回合长约 1000 步")
    yield Case(rollout(gen, MAX_T, f32, dones=0.0, gamma=0.9999, lam=0.999),
               note="float32, T = 5*10^4 in one episode, gamma * lam = 0.9989: a horizon of ~900 steps accumulated in "
                    "float32",
               note_zh="float32，T = 5*10^4 只有一个回合，gamma * lam = 0.9989：约 900 步的视野在 float32 中累积")
    yield Case(rollout(gen, MAX_T, f32, dones=2e-4, reward=(0.1, 1.0), gamma=0.999, lam=1.0),
               note="float32, T = 5*10^4, gamma * lam = 0.999 (the float32 bound), episodes of ~5000 steps",
               note_zh="float32，T = 5*10^4，gamma * lam = 0.999（float32 的上限），回合长约 5000 步")
    yield Case(rollout(gen, MAX_T, dones=0.002, reward=(0.0, 2.0)),
               note="T = 5*10^4, float64, the default gamma and lam, episodes of ~500 steps",
               note_zh="T = 5*10^4，float64，默认的 gamma 和 lam，回合长约 500 步")
    yield Case(rollout(gen, MAX_T, dones=0.0),
               note="max: T = 5*10^4, float64, one episode (an O(T^2) sum in Python takes minutes; the weights "
                    "(gamma * lam)^t underflow past ~11,500 steps)",
               note_zh="最大：T = 5*10^4，float64，只有一个回合（Python 里 O(T^2) 的求和要几分钟；权重 (gamma * lam)^t 过了约 11,500 步就下溢）")


def validate(given):
    """The constraints, checked by the tests on every example and hidden case."""
    rewards, values, dones = given["rewards"], given["values"], given["dones"]
    last_value, gamma, lam = given["last_value"], given.get("gamma", 0.99), given.get("lam", 0.95)
    assert isinstance(rewards, np.ndarray) and rewards.dtype in (f32, f64), "rewards is a float32 or float64 array"
    assert isinstance(values, np.ndarray) and values.dtype == rewards.dtype, "values has the rewards' dtype"
    assert isinstance(dones, np.ndarray) and dones.dtype == np.bool_, "dones is a bool array"
    assert rewards.ndim == 1 and 1 <= rewards.size <= MAX_T, "rewards has shape (T,), 1 <= T <= 5*10^4"
    assert values.shape == rewards.shape and dones.shape == rewards.shape, "values and dones have shape (T,)"
    assert np.all(np.isfinite(rewards)) and np.all(np.isfinite(values))
    assert np.abs(rewards).max() <= MAX_ABS and np.abs(values).max() <= MAX_ABS
    assert type(last_value) in (int, float) and abs(last_value) <= MAX_ABS, "last_value is a finite number"
    for name, x in (("gamma", gamma), ("lam", lam)):
        assert type(x) in (int, float) and 0 <= x <= 1, f"{name} is a number in [0, 1]"
    if rewards.dtype == f32:
        assert gamma * lam <= MAX_FLOAT32_DECAY, "float32 cases keep gamma * lam <= 0.999"


SIZES = (3_125, 6_250, 12_500, 25_000, MAX_T)  # for `compare`: T, one episode (no done), float64


def sized_input(rng, n):
    gen = kit.numpy_rng(rng)
    return rollout(gen, n, dones=0.0)
