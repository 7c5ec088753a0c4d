"""Hidden tests for combination-sum: small cases with pinned answers aimed at each classic mistake (every ordering
built, each candidate used once, the path appended without a copy, an early break on unsorted candidates, a break
at a candidate equal to what is left), the impossible and the one-candidate cases, then seeded inputs at the
maxima: 30 candidates, target 40, and between 100 and 149 combinations (the guarantee is under 150).
"""

from harness.catalogue.cases import Case

N_MAX = 30
C_MIN, C_MAX = 2, 40
T_MAX = 40
COMBINATIONS_MAX = 149  # "the number of unique combinations that sum up to target is less than 150"


def hidden_cases(rng):
    yield Case({"candidates": [2], "target": 1}, [], "target below every candidate: no combination",
               note_zh="target 小于所有候选数：没有组合")
    yield Case({"candidates": [2, 4, 6], "target": 7}, [], "even candidates, odd target: impossible",
               note_zh="候选数都是偶数，target 是奇数：无解")
    yield Case({"candidates": [5], "target": 5}, [[5]], "one candidate equal to the target",
               note_zh="唯一的候选数等于 target")
    yield Case({"candidates": [3], "target": 9}, [[3, 3, 3]], "one candidate used three times",
               note_zh="同一个候选数用三次")
    yield Case({"candidates": [2, 3, 5], "target": 8}, [[2, 2, 2, 2], [2, 3, 3], [3, 5]],
               "[2,3,3] must not come back as [3,2,3] or [3,3,2]", note_zh="[2,3,3] 不能再以 [3,2,3] 或 [3,3,2] 出现")
    yield Case({"candidates": [7, 3, 2], "target": 9}, [[2, 7], [3, 3, 3], [2, 2, 2, 3]],
               "unsorted candidates: a break at 7 > 2 loses [2,7]", note_zh="候选数未排序：在 7 > 2 处 break 会丢掉 [2,7]")
    yield Case({"candidates": [30, 2], "target": 4}, [[2, 2]], "a large candidate first: a break on it loses [2,2]",
               note_zh="大的候选数在前：在它那里 break 会丢掉 [2,2]")
    yield Case({"candidates": [4, 2, 8], "target": 8}, [[2, 2, 2, 2], [2, 2, 4], [4, 4], [8]],
               "[8] and [4,4]: a candidate equal to what is left", note_zh="[8] 和 [4,4]：候选数恰好等于剩余值")
    yield Case({"candidates": [2, 3], "target": 40}, note="the target 40 from 2 and 3: up to 20 numbers deep",
               note_zh="用 2 和 3 凑出 40：递归最深 20 层")
    yield Case({"candidates": [2], "target": T_MAX}, [[2] * 20], "max target from 2 alone: twenty 2s",
               note_zh="最大 target 只用 2：二十个 2")
    yield Case({"candidates": [C_MAX], "target": T_MAX}, [[40]], "the extremes: candidate 40, target 40",
               note_zh="极值：候选数 40，target 40")
    yield Case({"candidates": list(range(C_MAX, C_MAX - N_MAX, -1)), "target": T_MAX},
               note="max: 30 candidates 40 down to 11, descending: 19 combinations among 10^11 count vectors",
               note_zh="最大：30 个候选数，从 40 递减到 11：10^11 种计数组合中只有 19 个组合")
    yield Case({"candidates": [11, 13, 17, 19, 23, 29, 31, 37], "target": 21}, [],
               "primes above 10, target 21: one is too small, two too large", note_zh="大于 10 的质数，target 21：一个太小，两个太大")
    yield Case({"candidates": [2, 3, 5, 7], "target": T_MAX}, note="2, 3, 5, 7 to 40: 90 combinations",
               note_zh="用 2、3、5、7 凑出 40：90 个组合")
    drawn = 0
    while drawn < 6:
        n = N_MAX if drawn < 2 else rng.randint(8, N_MAX)
        candidates = rng.sample(range(C_MIN, C_MAX + 1), n)
        target = rng.randint(30, T_MAX)
        if 100 <= count(candidates, target) <= COMBINATIONS_MAX:
            drawn += 1
            yield Case({"candidates": candidates, "target": target},
                       note=f"{n} random candidates, target {target}: 100 to 149 combinations"
                       + (" (max n)" if n == N_MAX else ""),
                       note_zh=f"{n} 个随机候选数，target {target}：100 到 149 个组合" + ("（最大 n）" if n == N_MAX else ""))


def count(candidates, target):
    """The number of combinations (coin change II's count)."""
    ways = [1] + [0] * target
    for c in candidates:
        for total in range(c, target + 1):
            ways[total] += ways[total - c]
    return ways[target]


def validate(given):
    """The constraints, checked by the tests on every example and hidden case."""
    candidates, target = given["candidates"], given["target"]
    assert isinstance(candidates, list) and 1 <= len(candidates) <= N_MAX, "1 <= candidates.length <= 30"
    assert all(type(c) is int and C_MIN <= c <= C_MAX for c in candidates), "2 <= candidates[i] <= 40"
    assert len(set(candidates)) == len(candidates), "all elements of candidates are distinct"
    assert type(target) is int and 1 <= target <= T_MAX, "1 <= target <= 40"
    assert count(candidates, target) <= COMBINATIONS_MAX, "fewer than 150 combinations"


SIZES = (5, 10, 20, 40)  # for `compare`: n, the target, with the candidates 2, 3, 5, 7


def sized_input(rng, n):
    """The four smallest primes, shuffled: 2, 5, 18 and 90 combinations."""
    candidates = [2, 3, 5, 7]
    rng.shuffle(candidates)
    return {"candidates": candidates, "target": n}
