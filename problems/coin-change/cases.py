"""Hidden tests for coin-change: edge cases with pinned answers, then seeded cases at the constraints' maxima.

Each classic mistake has a case that catches it: greedy (suboptimal, or stuck with an answer existing), amount 0,
a leaked or too small sentinel, coins larger than the amount (up to 2^31 - 1), unsorted coins, and deep
recursion (coins [1], amount 10^4, which a memoized recursion must survive).
"""

from harness.catalogue.cases import Case

COINS_MAX = 12
COIN_MAX = 2**31 - 1
AMOUNT_MAX = 10_000


def hidden_cases(rng):
    yield Case({"coins": [1, 3, 4], "amount": 6}, 2, "greedy pays 4 + 1 + 1; 3 + 3 is better",
               note_zh="贪心付 4 + 1 + 1；3 + 3 更优")
    yield Case({"coins": [3, 5], "amount": 9}, 3, "greedy takes 5 then 3 and is stuck at 1; 3 + 3 + 3 works",
               note_zh="贪心先取 5 再取 3，剩下的 1 凑不出；3 + 3 + 3 可行")
    yield Case({"coins": [25, 10, 1], "amount": 30}, 3, "greedy pays 25 + 5 x 1; 10 + 10 + 10 is better",
               note_zh="贪心付 25 + 5 x 1；10 + 10 + 10 更优")
    yield Case({"coins": [9, 6, 5, 1], "amount": 11}, 2, "greedy pays 9 + 1 + 1; 6 + 5 is better",
               note_zh="贪心付 9 + 1 + 1；6 + 5 更优")
    yield Case({"coins": [1, 2, 5], "amount": 0}, 0, "amount 0 takes no coins",
               note_zh="金额为 0 时一枚硬币也不需要")
    yield Case({"coins": [7], "amount": 0}, 0, "amount 0 with a coin that makes nothing else",
               note_zh="金额为 0，只有一种用不上的硬币")
    yield Case({"coins": [5, 7], "amount": 1}, -1, "every coin is larger than the amount",
               note_zh="每枚硬币的面值都大于金额")
    yield Case({"coins": [2, 4], "amount": 7}, -1, "odd amount, even coins: impossible",
               note_zh="奇数金额、偶数面值：凑不出")
    yield Case({"coins": [1], "amount": 1}, 1, "one coin of 1: the answer equals the amount",
               note_zh="只有面值为 1 的硬币：答案等于金额")
    yield Case({"coins": [5, 1, 2], "amount": 11}, 3, "unsorted coins", note_zh="硬币未排序")
    yield Case({"coins": [3, 3, 7], "amount": 13}, 3, "duplicate coins", note_zh="面值有重复")
    yield Case({"coins": [186, 419, 83, 408], "amount": 6249}, 20, "no coin divides the amount; greedy fails",
               note_zh="没有面值能整除金额；贪心失败")
    yield Case({"coins": [COIN_MAX], "amount": 0}, 0, "amount 0, a coin of 2^31 - 1",
               note_zh="金额为 0，一枚面值为 2^31 - 1 的硬币")
    yield Case({"coins": [COIN_MAX, 5, 3], "amount": 11}, 3, "a coin of 2^31 - 1 must be skipped",
               note_zh="面值为 2^31 - 1 的硬币必须跳过")
    yield Case({"coins": [COIN_MAX], "amount": AMOUNT_MAX}, -1, "amount = 10^4, only a coin of 2^31 - 1",
               note_zh="amount = 10^4，只有一种面值为 2^31 - 1 的硬币")
    yield Case({"coins": [1, COIN_MAX], "amount": AMOUNT_MAX}, AMOUNT_MAX, "amount = 10^4 with 1s and a 2^31 - 1 coin",
               note_zh="amount = 10^4，面值为 1 和 2^31 - 1")
    yield Case({"coins": [AMOUNT_MAX], "amount": AMOUNT_MAX}, 1, "amount = 10^4 paid by one coin",
               note_zh="amount = 10^4，一枚硬币恰好凑出")
    yield Case({"coins": [AMOUNT_MAX + 1], "amount": AMOUNT_MAX}, -1, "amount = 10^4, the coin is one too large",
               note_zh="amount = 10^4，硬币面值比金额大 1")
    yield Case({"coins": [1], "amount": AMOUNT_MAX}, AMOUNT_MAX,
               "amount = 10^4 in coins of 1: the answer equals the amount; recursion 10^4 deep",
               note_zh="amount = 10^4，只有面值为 1 的硬币：答案等于金额；递归深度达 10^4 层")
    yield Case({"coins": [5, 7], "amount": AMOUNT_MAX}, 1430, "amount = 10^4, greedy gets stuck with 7s",
               note_zh="amount = 10^4，贪心取 7 会卡住")
    yield Case({"coins": [2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24], "amount": AMOUNT_MAX - 1}, -1,
               "max: 12 even coins, odd amount 9999: impossible",
               note_zh="最大：12 种偶数面值，奇数金额 9999：凑不出")
    yield at_max(rng.sample(range(1, 16), COINS_MAX), "max: 12 coins up to 15, amount 10^4, answer in the hundreds",
                 note_zh="最大：12 种不超过 15 的面值，金额 10^4，答案为数百")
    yield at_max([rng.randint(1, 40) for _ in range(COINS_MAX)], "max: 12 coins up to 40, amount 10^4",
                 note_zh="最大：12 种不超过 40 的面值，金额 10^4")
    yield at_max(rng.sample(range(2, 60), COINS_MAX), "max: 12 coins in [2, 60), amount 10^4",
                 note_zh="最大：12 种面值，取自 [2, 60)，金额 10^4")
    yield at_max(rng.sample(range(1, AMOUNT_MAX + 1), COINS_MAX), "max: 12 coins up to 10^4, amount 10^4",
                 note_zh="最大：12 种不超过 10^4 的面值，金额 10^4")
    yield planted(rng)
    yield at_max([3 * rng.randint(1, 3000) for _ in range(COINS_MAX)],
                 "max: 12 multiples of 3, amount 10^4: impossible",
                 note_zh="最大：12 种面值都是 3 的倍数，金额 10^4：凑不出")
    yield at_max([rng.randint(AMOUNT_MAX + 1, COIN_MAX) for _ in range(COINS_MAX)],
                 "max: 12 coins all larger than the amount 10^4: impossible",
                 note_zh="最大：12 种面值都大于金额 10^4：凑不出")
    huge = [rng.randint(AMOUNT_MAX + 1, COIN_MAX) for _ in range(8)] + rng.sample(range(30, 400), 4)
    rng.shuffle(huge)
    yield at_max(huge, "max: 8 coins above 10^4 (up to 2^31 - 1) and 4 small ones, amount 10^4",
                 note_zh="最大：8 种面值大于 10^4（最高 2^31 - 1）、4 种较小，金额 10^4")
    yield at_max([COIN_MAX] + rng.sample(range(7, 100), COINS_MAX - 1),
                 "max: 12 coins, one of 2^31 - 1, amount 10^4",
                 note_zh="最大：12 种面值，其中一种为 2^31 - 1，金额 10^4")
    for _ in range(2):
        yield at_max(rng.sample(range(1, 500), COINS_MAX), "max: 12 random coins below 500, amount 10^4",
                     note_zh="最大：12 种小于 500 的随机面值，金额 10^4")
    for _ in range(2):
        amount = rng.randint(AMOUNT_MAX // 2, AMOUNT_MAX)
        yield Case({"coins": rng.sample(range(1, 100), rng.randint(2, COINS_MAX)), "amount": amount},
                   note="amount up to 10^4, random coins below 100",
                   note_zh="金额不超过 10^4，小于 100 的随机面值")


def at_max(coins, note, note_zh):
    return Case({"coins": coins, "amount": AMOUNT_MAX}, note=note, note_zh=note_zh)


def planted(rng):
    """Three large coins that sum to 10^4 among nine other large ones: the answer is at most 3."""
    a, b = sorted(rng.sample(range(1500, 4500), 2))
    coins = [a, b, AMOUNT_MAX - a - b] + rng.sample(range(1000, AMOUNT_MAX + 1), COINS_MAX - 3)
    rng.shuffle(coins)
    return Case({"coins": coins, "amount": AMOUNT_MAX}, note="max: 12 coins in the thousands, amount 10^4, answer <= 3",
                note_zh="最大：12 种面值均为数千，金额 10^4，答案 <= 3")


def validate(given):
    """The constraints, checked by the tests on every example and hidden case."""
    coins, amount = given["coins"], given["amount"]
    assert isinstance(coins, list) and 1 <= len(coins) <= COINS_MAX, f"{len(coins)} coins"
    assert all(type(c) is int and 1 <= c <= COIN_MAX for c in coins), "coins[i] in [1, 2^31 - 1]"
    assert type(amount) is int and 0 <= amount <= AMOUNT_MAX, f"amount {amount}"


SIZES = (625, 1250, 2500, 5000, 10_000)  # for `compare`: the amount, with 12 fixed coins


def sized_input(rng, n):
    return {"coins": [3, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43], "amount": n - 1}
